"""newsgraph's RDF stores: one interface, backends chosen by location.

    from newsgraph.store import open_store
    with open_store("output/store") as store:      # None -> output/store (embedded Oxigraph)
        if store.article_state(article.id) != article.digest:
            store.replace_article(article, events)
        store.query("SELECT ...", {"actor": "Russia"})

Locations: a directory path or `oxigraph:PATH` (embedded, persistent); `memory:` (Oxigraph in memory);
`rdflib:` (rdflib in memory, the benchmark baseline); `http(s)://.../query` (any SPARQL 1.1 endpoint).
"""

from __future__ import annotations

from newsgraph.store.base import Store, article_digest
from newsgraph.store.errors import QuerySyntaxError, StoreError
from newsgraph.store.registry import BACKENDS, DEFAULT_LOCATION, backend_for, register_backend
from newsgraph.store.result import QueryResult

__all__ = [
    "BACKENDS",
    "DEFAULT_LOCATION",
    "QueryResult",
    "QuerySyntaxError",
    "Store",
    "StoreError",
    "article_digest",
    "open_store",
    "register_backend",
]


def open_store(location: str | None = None, *, load_kb: bool = True, read_only: bool = False) -> Store:
    """Open the store at `location` (None: output/store). Writable stores get the ontology/CAMEO/actor KB graph
    (re)loaded if its files changed, and clusters a killed bulk load left stale recomputed. `read_only` is for
    query/export: it never creates a store and works beside a running build."""
    store = backend_for(location, read_only=read_only)
    try:
        if load_kb and not read_only:
            store.ensure_kb()
            store.repair()
    except BaseException:
        store.close()
        raise
    return store
