"""Any SPARQL 1.1 endpoint over HTTP (query + update), for graphs that outgrow one process.

Location `http://host:port/query`: updates go to the same URL with /query replaced by /update (Oxigraph, Fuseki
style); any other URL takes both queries and updates (Virtuoso's /sparql). Updates are sent in batches of at most
BATCH triples because Virtuoso answers HTTP 400 to bigger ones. The endpoint should query the union of its graphs
by default (`oxigraph serve --union-default-graph`; Virtuoso does so already) for ad-hoc queries; newsgraph's own
queries name their graphs and do not depend on it.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Iterator

import numpy as np
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from newsgraph.store.base import Quad, Store
from newsgraph.store.binding import bind_values
from newsgraph.store.errors import QuerySyntaxError, StoreError
from newsgraph.store.result import QueryResult

BATCH = 1000
TIMEOUT_S = 120

# application/x-www-form-urlencoded, exactly as urlencode writes it, a third faster: numpy looks every byte up in a
# table of its escape instead of urlencode's per-byte Python loop (about 1 s per 10 MB of update text here).
# Updates stay form-encoded rather than sent as a direct application/sparql-update body, which would cost
# nothing, because not every endpoint this must reach is known to take that form.
_SAFE = {b for b in range(128) if chr(b).isalnum() or chr(b) in "_.-~"}
_ESCAPE = np.zeros((256, 3), dtype=np.uint8)
_WIDTH = np.ones(256, dtype=bool).repeat(3).reshape(256, 3)
for _b in range(256):
    _text = chr(_b) if _b in _SAFE else "+" if _b == 32 else f"%{_b:02X}"
    _ESCAPE[_b, : len(_text)] = list(_text.encode("ascii"))
    _WIDTH[_b, len(_text) :] = False


def _form_value(text: str) -> bytes:
    data = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    return _ESCAPE[data][_WIDTH[data]].tobytes()


def _term(b: dict) -> Node:
    kind = b["type"]
    if kind == "uri":
        return URIRef(b["value"])
    if kind == "bnode":
        return BNode(b["value"])
    if "xml:lang" in b:
        return Literal(b["value"], lang=b["xml:lang"])
    if b.get("datatype") and b["datatype"] != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(b["value"], datatype=URIRef(b["datatype"]))
    return Literal(b["value"])


class SparqlEndpointStore(Store):
    def __init__(self, url: str):
        self.location = url
        self._held: dict[URIRef, list[str]] = {}  # articles a bulk load holds back (see _bulk_article)
        self._held_digests: dict[URIRef, str] = {}
        self._held_lines = 0
        self.query_url = url
        parts = urllib.parse.urlsplit(url)
        if parts.path.endswith("/query"):
            self.update_url = urllib.parse.urlunsplit(parts._replace(path=parts.path[: -len("query")] + "update"))
        else:
            self.update_url = url

    def _post(self, url: str, field: str, text: str, accept: str) -> tuple[str, bytes]:
        data = field.encode("ascii") + b"=" + _form_value(text)
        req = urllib.request.Request(url, data=data, headers={"Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip().splitlines()
            why = body[0][:300] if body else exc.reason
            if exc.code == 400:
                raise QuerySyntaxError("SPARQL", why) from None
            raise StoreError(url, f"HTTP {exc.code}: {why}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(url, f"cannot reach the SPARQL endpoint: {getattr(exc, 'reason', exc)}") from None

    def _run_query(self, sparql: str, bindings: dict[str, Node] | None) -> QueryResult:
        self._write_held()
        text = bind_values(sparql, bindings) if bindings else sparql
        ctype, body = self._post(
            self.query_url, "query", text, "application/sparql-results+json, application/n-triples;q=0.9"
        )
        if "json" in ctype:
            data = json.loads(body)
            if "boolean" in data:
                return QueryResult("ask", boolean=bool(data["boolean"]))
            names = data["head"].get("vars", [])
            rows = [
                {n: (_term(b[n]) if n in b else None) for n in names} for b in data["results"]["bindings"]
            ]
            return QueryResult("select", vars=names, rows=rows)
        g = Graph()
        g.parse(data=body, format="nt")
        return QueryResult("graph", graph=g)

    def _run_update(self, sparql: str) -> None:
        self._write_held()
        self._post(self.update_url, "update", sparql, "*/*")

    def _add(self, name: URIRef, triples) -> None:
        self._write_held()
        batch: list[str] = []
        for s, p, o in triples:
            batch.append(f"{s.n3()} {p.n3()} {o.n3()} .")
            if len(batch) >= BATCH:
                self._insert(name, batch)
                batch = []
        if batch:
            self._insert(name, batch)

    def _insert(self, name: URIRef, lines: list[str]) -> None:
        self._run_update(f"INSERT DATA {{ GRAPH {name.n3()} {{\n" + "\n".join(lines) + "\n} }")

    def _replace_graph(self, name: URIRef, graph) -> None:
        # Not atomic over HTTP: the digest written last (see Store.replace_article) makes a half-written article
        # graph be redone by the next build, the stale mark (Store._clusters_at_risk) a half-written cluster
        # graph. Blank nodes are skolemised so a node split across batches stays one node.
        if isinstance(graph, Graph):
            graph = graph.skolemize(authority="https://newsgraph.dev")
        self._run_update(f"DROP SILENT GRAPH {name.n3()}")
        self._add(name, graph)

    def _bulk_article(self, art: URIRef, triples, digest: tuple) -> None:
        # Small articles are held back and sent several to a request (up to BATCH triples): three requests per
        # article (drop, insert, digest) were most of a bulk load's time.
        lines = [f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples]
        if len(lines) > BATCH:
            super()._bulk_article(art, triples, digest)
            return
        if self._held_lines + len(lines) > BATCH:
            self._write_held()
        self._held[art] = lines
        self._held_digests[art] = " ".join(t.n3() for t in digest)
        self._held_lines = sum(len(held) for held in self._held.values())

    def _drop_held(self) -> None:
        self._held, self._held_digests, self._held_lines = {}, {}, 0

    def _write_held(self) -> None:
        """Drop and insert the held-back articles' graphs in one request, then their digests in another: a kill
        in between leaves articles without a digest, which the next build redoes."""
        if not self._held:
            return
        held, digests = self._held, self._held_digests
        self._drop_held()
        drops = "".join(f"DROP SILENT GRAPH {art.n3()} ;\n" for art in held)
        graphs = "\n".join(f"GRAPH {art.n3()} {{\n" + "\n".join(lines) + "\n}" for art, lines in held.items())
        self._post(self.update_url, "update", f"{drops}INSERT DATA {{\n{graphs}\n}}", "*/*")
        stamps = "\n".join(f"GRAPH {art.n3()} {{ {digest} . }}" for art, digest in digests.items())
        self._post(self.update_url, "update", f"INSERT DATA {{\n{stamps}\n}}", "*/*")

    def quads(self) -> Iterator[Quad]:
        r = self._run_query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", None)
        for row in r.rows:
            yield row["s"], row["p"], row["o"], row["g"]
