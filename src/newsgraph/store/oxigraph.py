"""Embedded Oxigraph (pyoxigraph): the default persistent store, and `memory:` for an in-process one."""

from __future__ import annotations

from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator

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
    # Results repeat the same few classes, properties, actors, dates and numbers on every row, and making an
    # rdflib term (IRI check, literal parsing) costs far more than a lookup: remember the recent ones.
    node = _FROM_OX.get(term)
    if node is None:
        if len(_FROM_OX) >= _FROM_OX_MAX:
            _FROM_OX.clear()
        node = _FROM_OX[term] = _convert(term)
    return node


_FROM_OX: dict = {}
_FROM_OX_MAX = 100_000


def _convert(term) -> Node | None:
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


# A bulk load holds back articles until they add up to this many triples, then writes them in one call.
BULK_TRIPLES = 1_000_000
# A big graph (the clusters of a big store) is written in pieces of this many triples, never as one string; a
# piece is held twice (the triples, then their text), which at 1 M triples was ~0.5 GB.
PIECE_TRIPLES = 250_000
# A graph of up to this many triples is written in one transaction (an article, the KB); a bigger one with the
# bulk loader on disk, where a transaction of 270 k cluster triples took 10 s.
ATOMIC_TRIPLES = 50_000


def _lines(triples) -> str:
    # One "s p o ." line per triple from rdflib's n3(): valid Turtle (n3() may write long """strings""", which
    # N-Triples lacks) and much faster than a serialiser pass.
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)


def _turtle(triples) -> bytes:
    return _lines(triples).encode("utf-8")


def _turtle_pieces(triples: Iterable, size: int) -> Iterator[tuple[int, bytes]]:
    it = iter(triples)
    while piece := list(islice(it, size)):
        yield len(piece), _turtle(piece)


class OxigraphStore(Store):
    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.location = f"oxigraph:{path}" if path is not None else "memory:"
        self.read_only = read_only
        # articles a bulk load holds back (see _bulk_article): TriG per article graph, then the digests
        self._held: dict[URIRef, str] = {}
        self._held_digests: dict[URIRef, tuple] = {}
        self._held_triples = 0
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

    def _load_piece(self, data: bytes, **kwargs) -> None:
        """Load a piece of a big write. On disk a transactional load() writes ~40 k triples/s; the bulk loader
        writes sorted files directly, 3-4x faster, but is not one transaction: it is used only where a kill
        part-way is repaired (articles without their digest, clusters under the stale mark). In memory the
        transactional load() is as fast."""
        if self.location == "memory:":
            self._store.load(data, **kwargs)
        else:
            self._store.bulk_load(data, **kwargs)

    @property
    def oxigraph(self) -> ox.Store:
        """The pyoxigraph Store underneath, for code that speaks Oxigraph directly (the SPARQL endpoint)."""
        return self._store

    def close(self) -> None:
        self._drop_held()  # only a bulk load left open holds articles: they have no digest, a rebuild redoes them
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
        self._write_held()
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
        self._write_held()
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError("SPARQL update", str(exc).splitlines()[0][:400]) from None

    def _replace_graph(self, name: URIRef, graph) -> None:
        self._write_held()
        node = ox.NamedNode(str(name))
        if self._store.contains_named_graph(node):
            self._store.remove_graph(node)
        pieces = _turtle_pieces(graph, PIECE_TRIPLES)
        first, second = next(pieces, (0, b"")), next(pieces, None)
        if second is None and first[0] <= ATOMIC_TRIPLES:
            # load() is one transaction: the graph is either fully written or not at all.
            self._store.load(first[1], format=ox.RdfFormat.TURTLE, to_graph=node)
            return
        # A big graph (the clusters of a big store, streamed from Store.recluster_all) is written in pieces,
        # never held as one string. Every caller is safe with a part-written graph: an article's or the KB's
        # digest is written after it, the clusters are under the stale mark.
        for _, piece in chain([first], [second] if second else [], pieces):
            self._load_piece(piece, format=ox.RdfFormat.TURTLE, to_graph=node)

    def _bulk_article(self, art: URIRef, triples, digest: tuple) -> None:
        # Held back and written BULK_TRIPLES at a time: one load call per article cost more than the load.
        self._held[art] = f"{art.n3()} {{\n{_lines(triples)}\n}}\n"
        self._held_digests[art] = digest
        self._held_triples += len(triples)
        if self._held_triples >= BULK_TRIPLES:
            self._write_held()

    def _drop_held(self) -> None:
        self._held, self._held_digests, self._held_triples = {}, {}, 0

    def _write_held(self) -> None:
        """Write the held-back articles: drop their old graphs, load their triples, and only then add their
        digests (the bulk loader may stop part-way; an article without its digest is redone by the next build)."""
        if not self._held:
            return
        held, digests = self._held, self._held_digests
        self._drop_held()
        for art in held:
            node = ox.NamedNode(str(art))
            if self._store.contains_named_graph(node):
                self._store.remove_graph(node)
        self._load_piece("".join(held.values()).encode("utf-8"), format=ox.RdfFormat.TRIG)
        self._store.extend(
            [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(art))) for art, (s, p, o) in digests.items()]
        )

    def _update_then_insert(self, update: str, name: URIRef, graph: Graph) -> None:
        # One update request is one transaction in Oxigraph: a kill never leaves the clusters half replaced.
        body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)
        self._run_update(f"{update} ;\nINSERT DATA {{ GRAPH {name.n3()} {{\n{body}\n}} }}")

    def _add(self, name: URIRef, triples) -> None:
        self._write_held()
        node = ox.NamedNode(str(name))
        self._store.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o), node) for s, p, o in triples])

    def quads(self) -> Iterator[Quad]:
        self._write_held()
        for q in self._store.quads_for_pattern(None, None, None, None):
            if isinstance(q.graph_name, ox.DefaultGraph):
                continue
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)

    def triple_count(self) -> int:
        self._write_held()
        return len(self._store)  # newsgraph writes named graphs only, so this is every triple we wrote
