"""rdflib's in-memory Dataset: the baseline the benchmark measures everything against (`rdflib:`)."""

from __future__ import annotations

from typing import Iterator

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from newsgraph.graph.namespaces import PREFIXES
from newsgraph.store.base import Quad, Store
from newsgraph.store.errors import QuerySyntaxError
from newsgraph.store.result import QueryResult


class RdflibStore(Store):
    def __init__(self, path: str | None = None):
        self.location = "rdflib:"
        self._ds = Dataset(default_union=True)

    def _with_prefixes(self, sparql: str) -> str:
        return sparql  # declared through initNs instead, so parser positions match the user's text

    def _run_query(self, sparql: str, bindings: dict[str, Node] | None) -> QueryResult:
        try:
            res = self._ds.query(sparql, initBindings=bindings or {}, initNs=PREFIXES)
        except Exception as exc:  # pyparsing's ParseException and friends
            if exc.__class__.__name__ in ("ParseException", "ParseSyntaxException"):
                raise QuerySyntaxError("SPARQL", str(exc).splitlines()[0][:400]) from None
            raise
        if res.type == "ASK":
            return QueryResult("ask", boolean=bool(res.askAnswer))
        if res.type == "SELECT":
            names = [str(v) for v in res.vars]
            return QueryResult("select", vars=names, rows=[{n: row[i] for i, n in enumerate(names)} for row in res])
        g = Graph()
        for t in res:
            g.add(t)
        return QueryResult("graph", graph=g)

    def _run_update(self, sparql: str) -> None:
        try:
            self._ds.update(sparql)
        except Exception as exc:
            if exc.__class__.__name__ in ("ParseException", "ParseSyntaxException"):
                raise QuerySyntaxError("SPARQL update", str(exc).splitlines()[0][:400]) from None
            raise

    def _replace_graph(self, name: URIRef, graph) -> None:
        self._ds.remove_graph(name)
        target = self._ds.graph(name)
        target.addN((s, p, o, target) for s, p, o in graph)

    def _add(self, name: URIRef, triples) -> None:
        target = self._ds.graph(name)
        target.addN((s, p, o, target) for s, p, o in triples)

    def quads(self) -> Iterator[Quad]:
        for s, p, o, g in self._ds.quads((None, None, None, None)):
            name = g.identifier if hasattr(g, "identifier") else g
            if name is None or str(name) == "urn:x-rdflib:default":
                continue
            yield s, p, o, name

    def _events_by_subject(self):
        # All at once: rdflib evaluates GRAPH ?g in every article graph, so one query per subject cost ~0.4 s at
        # 2 k events (129 s in all), while a store rdflib can hold fits its events in memory anyway.
        by_subject: dict = {}
        for row in self._event_rows(None):
            by_subject.setdefault(row.subject, []).append(row)
        for subject in sorted(by_subject):
            yield by_subject[subject]

    def triple_count(self) -> int:
        return sum(1 for _ in self.quads())
