"""Embedded Oxigraph (pyoxigraph): the default persistent store, and `memory:` for an in-process one."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from newsgraph.graph.namespaces import PREFIXES
from newsgraph.store.base import Quad, Store
from newsgraph.store.binding import bind_values
from newsgraph.store.errors import QuerySyntaxError, StoreError
from newsgraph.store.result import QueryResult

_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}


def to_ox(term: Node):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dtype = term.datatype.value
        if dtype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dtype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported term {term!r}")


def _turtle(triples) -> bytes:
    # One "s p o ." line per triple from rdflib's n3(): valid Turtle (n3() may write long """strings""", which
    # N-Triples lacks) and much faster than a serialiser pass.
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples).encode("utf-8")


class OxigraphStore(Store):
    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.location = f"oxigraph:{path}" if path is not None else "memory:"
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                # Read-only opening works while a build holds the write lock.
                if not Path(path).is_dir():
                    raise StoreError(str(path), "no store here; run `newsgraph build` first")
                self._store = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(str(path), f"cannot open the Oxigraph store: {exc}") from None

    @property
    def oxigraph(self) -> ox.Store:
        """The pyoxigraph Store underneath, for code that speaks Oxigraph directly (the SPARQL endpoint)."""
        return self._store

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None  # releases the RocksDB lock so the path can be reopened

    def _with_prefixes(self, sparql: str) -> str:
        return sparql  # declared through the engine instead, so parser positions match the user's text

    def _run_query(self, sparql: str, bindings: dict[str, Node] | None) -> QueryResult:
        # Bound through escaped VALUES blocks in every (sub)query, not Oxigraph's SEP-0007 substitution, which
        # skips subqueries that do not project the variable (see newsgraph.store.binding).
        text = bind_values(sparql, bindings) if bindings else sparql
        try:
            res = self._store.query(text, use_default_graph_as_union=True, prefixes=_PREFIXES)
        except SyntaxError as exc:
            raise QuerySyntaxError("SPARQL", str(exc).splitlines()[0][:400]) from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(self.location, str(exc)) from None
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            rows = [{n: from_ox(sol[n]) for n in names} for sol in res]
            return QueryResult("select", vars=names, rows=rows)
        g = Graph()
        for t in res:
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return QueryResult("graph", graph=g)

    def _run_update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError("SPARQL update", str(exc).splitlines()[0][:400]) from None

    def _replace_graph(self, name: URIRef, graph) -> None:
        node = ox.NamedNode(str(name))
        self._store.remove_graph(node) if self._store.contains_named_graph(node) else None
        # load() is one transaction: the graph is either fully written or not at all.
        self._store.load(_turtle(graph), format=ox.RdfFormat.TURTLE, to_graph=node)

    def _update_then_insert(self, update: str, name: URIRef, graph: Graph) -> None:
        # One update request is one transaction in Oxigraph: a kill never leaves the clusters half replaced.
        body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)
        self._run_update(f"{update} ;\nINSERT DATA {{ GRAPH {name.n3()} {{\n{body}\n}} }}")

    def _add(self, name: URIRef, triples) -> None:
        node = ox.NamedNode(str(name))
        self._store.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o), node) for s, p, o in triples])

    def quads(self) -> Iterator[Quad]:
        for q in self._store.quads_for_pattern(None, None, None, None):
            if isinstance(q.graph_name, ox.DefaultGraph):
                continue
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)

    def triple_count(self) -> int:
        return len(self._store)  # newsgraph writes named graphs only, so this is every triple we wrote
