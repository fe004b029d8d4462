"""What the endpoint runs SPARQL on: a pyoxigraph Store, found behind whichever newsgraph store was opened.

The endpoint needs lazily evaluated pyoxigraph results (to stop at its row limit and deadline) and the SPARQL
protocol's dataset parameters, so it talks to the Oxigraph store underneath the newsgraph `Store` rather than to
its `.query()`. A store backed by a remote SPARQL endpoint is already an endpoint: there is nothing to serve.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pyoxigraph as ox

from newsgraph.model import InputError

# SERVICE makes the server fetch URLs the client chooses (a request forgery hole once bound beyond localhost).
# Strings, IRIs and comments are blanked first so that "SERVICE" inside them does not count.
_NOT_CODE = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)


# rdflib's SPARQLStore names the default graph this way in default-graph-uri; it means "the default graph".
DEFAULT_GRAPH_NAMES = frozenset({"urn:x-rdflib:default"})


def uses_service(sparql: str) -> bool:
    return bool(_SERVICE.search(_NOT_CODE.sub(" ", sparql)))


class OxigraphEngine:
    """Queries and updates on one pyoxigraph Store.

    Without dataset parameters the default graph is the union of all graphs: newsgraph keeps one named graph per
    article, and a client asking `?s ?p ?o` expects to see them all.
    """

    def __init__(self, store: ox.Store, prefixes: dict[str, str] | None = None):
        self.store = store
        # The team's standard prefixes (ng:, cameo:, actor: ...) need no PREFIX line; a query's own PREFIX wins.
        self.prefixes = standard_prefixes() if prefixes is None else prefixes

    def query(self, sparql: str, default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()):
        kwargs: dict = {"prefixes": self.prefixes}
        default_graphs = [g for g in default_graphs if g not in DEFAULT_GRAPH_NAMES]
        if default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        return self.store.query(sparql, **kwargs)

    def update(self, sparql: str) -> None:
        self.store.update(sparql, prefixes=self.prefixes)


def standard_prefixes() -> dict[str, str]:
    from newsgraph.graph.namespaces import PREFIXES

    return {p: str(ns) for p, ns in PREFIXES.items()}


def engine_for(store) -> OxigraphEngine:
    """The engine behind `store`: a pyoxigraph Store, or a newsgraph store that holds one."""
    if isinstance(store, ox.Store):
        return OxigraphEngine(store)
    for name in ("oxigraph", "ox_store", "pyoxigraph_store", "_store", "store"):
        inner = getattr(store, name, None)
        if isinstance(inner, ox.Store):
            return OxigraphEngine(inner)
    location = str(getattr(store, "location", type(store).__name__))
    if location.startswith(("http:", "https:")):
        raise InputError(location, "this store is a SPARQL endpoint already; query it directly")
    raise InputError(location, "only Oxigraph stores can be served (a store directory, or memory:)")
