"""The store interface every backend implements, and the logic they share.

A backend supplies a handful of primitives (run a query, run an update, replace one named graph, list quads);
everything newsgraph-specific (article graphs, digests, cross-article clusters, the ontology graph) is written
once here in terms of them, so a new backend is one small module plus one registry line.

Layout of the data:
- one named graph per article, named by the article IRI; its digest (ng:digest on the article node) is written
  LAST, after the events and the clusters, so an interrupted write leaves no digest and the next build redoes it;
- the ontology, CAMEO and actor KB files in the named graph <https://newsgraph.dev/graph/kb>, reloaded only when
  the files change;
- derived ng:EventCluster nodes in <https://newsgraph.dev/graph/clusters>, recomputed for the affected
  (subject, root, object, negated) keys after each article is replaced, and beside them the ng:ActorPair totals
  of the affected (subject, object) pairs (newsgraph.graph.pairs);
- a "clusters are stale" marker in <https://newsgraph.dev/graph/state> while a cluster update that is not one
  transaction runs (a bulk load, a full recomputation, a delete-then-insert over HTTP); repair() on the next open
  recomputes every cluster if a kill left it behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from abc import ABC, abstractmethod
from contextlib import contextmanager
from typing import BinaryIO, Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD
from rdflib.term import Node

from newsgraph.graph.clusters import DEFAULT_WINDOW_DAYS, ActorInfo, EventRow, cluster_graph, cluster_rows
from newsgraph.graph.iris import actor_iri, article_iri
from newsgraph.graph.mapping import article_triples
from newsgraph.graph.pairs import pair_triples
from newsgraph.graph.namespaces import CAMEO, CLUSTER_GRAPH, GRAPH, KB_GRAPH, NG, sparql_prologue
from newsgraph.graph.cameo import facts
from newsgraph.model import Article, Event
from newsgraph.store.result import QueryResult

Quad = tuple[Node, Node, Node, Node]  # s, p, o, graph name
Bindings = dict[str, "str | int | float | bool | dt.date | Node"]

# Marks a store whose clusters may be stale (see Store._clusters_at_risk). It lives in a graph of its own so that
# replacing the cluster graph cannot drop it before the new clusters are in.
STATE_GRAPH = GRAPH["state"]
_DIRTY = (CLUSTER_GRAPH, NG.stale, Literal(True))


def to_term(value) -> Node:
    """A query parameter as an RDF term: plain Python values become typed literals, never SPARQL text."""
    if isinstance(value, Node):
        return value
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, (int, float)):
        return Literal(value)
    if isinstance(value, dt.date):
        return Literal(value, datatype=XSD.date)
    return Literal(str(value))


def article_digest(article: Article) -> str:
    if article.digest:
        return article.digest
    text = "\x1f".join([article.title or "", article.text or "", article.url or "", str(article.date or "")])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store(ABC):
    """A newsgraph RDF store. Use as a context manager; see newsgraph.store.open_store."""

    location: str = ""
    cluster_window: int = DEFAULT_WINDOW_DAYS

    # ------------------------------------------------------------------ backend primitives

    @abstractmethod
    def _run_query(self, sparql: str, bindings: dict[str, Node] | None) -> QueryResult:
        """Run a query over the union of all graphs, binding variables safely; raise QuerySyntaxError."""

    @abstractmethod
    def _run_update(self, sparql: str) -> None: ...

    @abstractmethod
    def _replace_graph(self, name: URIRef, graph: Iterable[tuple[Node, Node, Node]]) -> None:
        """Make named graph `name` hold exactly the triples of `graph` (an rdflib Graph or any iterable of
        triples), as atomically as the backend allows."""

    @abstractmethod
    def quads(self) -> Iterator[Quad]:
        """Every quad of every named graph (the default graph is unused)."""

    def _add(self, name: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)
        if body:
            self._run_update(f"INSERT DATA {{ GRAPH {name.n3()} {{\n{body}\n}} }}")

    def close(self) -> None:
        pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ the public interface

    def query(self, sparql: str, bindings: Bindings | None = None) -> QueryResult:
        """SELECT / ASK / CONSTRUCT over all graphs. `bindings` pre-bind variables (never spliced into text).
        The standard prefixes (ng:, actor:, cameo:, prov:, rdfs: ...) are declared unless the query does."""
        terms = {k.lstrip("?$"): to_term(v) for k, v in (bindings or {}).items()}
        return self._run_query(self._with_prefixes(sparql), terms or None)

    def _with_prefixes(self, sparql: str) -> str:
        """Declare the standard prefixes on the query's first line (so parser line numbers stay right); a
        query's own PREFIX of the same name comes later and wins."""
        return sparql_prologue().replace("\n", " ") + sparql

    def triple_count(self) -> int:
        r = self._run_query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", None)
        return int(r.rows[0]["n"]) if r.rows else 0

    def article_state(self, article_id: str) -> str | None:
        art = article_iri(article_id)
        r = self._run_query(
            f"SELECT ?d WHERE {{ GRAPH {art.n3()} {{ {art.n3()} {NG.digest.n3()} ?d }} }}", None
        )
        return str(r.rows[0]["d"]) if r.rows else None

    def replace_article(self, article: Article, events: list[Event], *, digest: str | None = None) -> int:
        """Replace the article's named graph with its new events; return the triples written. `digest` is what
        article_state() answers from now on (default: the text digest; a build adds the extractor version).

        Order matters for crash safety: graph, then clusters, then the digest. A build killed anywhere before
        the digest finds no digest next time and redoes the article, ending in the same store."""
        art = article_iri(article.id)
        graph = article_triples(article, events)
        stamp = (art, NG.digest, Literal(digest or article_digest(article)))
        if self._clusters_deferred:
            self._bulk_article(art, graph, stamp)
            return len(graph) + 1
        old_keys = self._cluster_keys_of(art)
        self._replace_graph(art, graph)
        self._recluster(old_keys | _keys_of(events))
        self._add(art, [stamp])
        return len(graph) + 1

    def remove_article(self, article_id: str) -> None:
        art = article_iri(article_id)
        keys = self._cluster_keys_of(art)
        with self._clusters_at_risk():  # nothing redoes a removal cut short between the drop and the clusters
            self._run_update(f"DROP SILENT GRAPH {art.n3()}")
            self._recluster(keys)

    def export(self, fmt: str, out: BinaryIO) -> None:
        from newsgraph.export import get_exporter

        get_exporter(fmt)(self, out)

    def article_ids(self) -> list[str]:
        r = self._run_query(
            f"SELECT DISTINCT ?id WHERE {{ GRAPH ?g {{ ?a a {NG.Article.n3()} ; {NG.articleId.n3()} ?id }} }} ORDER BY ?id",
            None,
        )
        return [str(row["id"]) for row in r.rows]

    # ------------------------------------------------------------------ ontology / KB graph

    def ensure_kb(self, files: list | None = None) -> bool:
        """Load the ontology + CAMEO + actor KB files into their graph, unless already loaded unchanged."""
        from newsgraph.store.kb import kb_files, load_kb

        files = kb_files() if files is None else files
        digest = hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()
        r = self._run_query(
            f"ASK {{ GRAPH {KB_GRAPH.n3()} {{ {KB_GRAPH.n3()} {NG.digest.n3()} {Literal(digest).n3()} }} }}", None
        )
        if r.boolean:
            return False
        self._replace_graph(KB_GRAPH, load_kb(files))
        self._add(KB_GRAPH, [(KB_GRAPH, NG.digest, Literal(digest))])
        return True

    # ------------------------------------------------------------------ clusters (cross-article dedup)

    _clusters_deferred = False
    _stale_marked = False

    @contextmanager
    def deferred_clusters(self):
        """Bulk loading: skip per-article cluster updates and recompute all clusters once at the end.
        A marker makes a killed bulk load recompute them on the next open (see repair()).

        Inside the block a backend may hold articles back and write many in one go (_bulk_article); they are
        all written before the block's clusters are computed, and before any read the backend answers."""
        self._add(STATE_GRAPH, [_DIRTY])
        self._clusters_deferred = True
        ok = False
        try:
            yield self
            ok = True
        finally:
            self._clusters_deferred = False
            self._end_bulk(write=ok)
        self.recluster_all()

    def _bulk_article(self, art: URIRef, triples, digest: tuple[Node, Node, Node]) -> None:
        """Write one article's graph and then its digest during a bulk load. Backends that load faster in big
        batches override this with a buffer (and _end_bulk), keeping the rule that an article's digest is
        stored only once all its triples are: a kill then loses whole articles, which the next build redoes."""
        self._replace_graph(art, triples)
        self._add(art, [digest])

    def _end_bulk(self, write: bool) -> None:
        """The bulk load is over: write what _bulk_article holds back (`write`), or drop it (the block raised;
        the dropped articles have no digest, so the next build redoes them)."""
        if write:
            self._write_held()
        else:
            self._drop_held()

    def _write_held(self) -> None:
        """Write the articles a batching backend's _bulk_article holds back (none here)."""

    def _drop_held(self) -> None:
        """Forget the articles a batching backend's _bulk_article holds back (none here)."""

    @contextmanager
    def _clusters_at_risk(self):
        """Mark the clusters stale while the block runs and clear the mark only when it completes: a kill or an
        error inside leaves the mark, and the next open recomputes every cluster (repair()). Nested blocks and
        bulk loads (which hold the mark already) add no requests."""
        if self._stale_marked or self._clusters_deferred:
            yield
            return
        self._add(STATE_GRAPH, [_DIRTY])
        self._stale_marked = True
        try:
            yield
        finally:
            self._stale_marked = False
        mark = " ".join(t.n3() for t in _DIRTY)
        # not the short DELETE WHERE form: rdflib's Dataset deletes nothing with it when the graph is a variable
        self._run_update(f"DELETE {{ GRAPH ?g {{ {mark} }} }} WHERE {{ GRAPH ?g {{ {mark} }} }}")

    def repair(self) -> None:
        """Finish what a killed build or bulk load left: recompute the clusters if they are marked stale."""
        s, p, o = _DIRTY
        # any graph: stores written before the marker had its own graph kept it in the cluster graph
        if self._run_query(f"ASK {{ GRAPH ?g {{ {s.n3()} {p.n3()} {o.n3()} }} }}", None).boolean:
            self.recluster_all()

    def recluster_all(self) -> None:
        """Recompute every cluster. One subject's events at a time: a cluster key starts with its subject, so
        each subject's clusters are complete on their own, and memory holds one subject's events instead of
        the whole store's. The triples stream into the store as they are made."""
        with self._clusters_at_risk():  # replacing the cluster graph is a drop then a load: not one transaction
            actors = self._actor_info(None)  # before the drop: the actors the cluster graph names stay named
            self._replace_graph(CLUSTER_GRAPH, self._all_cluster_triples(actors))

    def _all_cluster_triples(self, actors: dict[URIRef, ActorInfo]) -> Iterator[tuple[Node, Node, Node]]:
        yield from cluster_graph([], actors)
        for rows in self._events_by_subject():
            for cluster in cluster_rows(rows, self.cluster_window):
                # a cluster's triples at a time, not a set of the subject's: the busiest subject of 1 M events
                # has ~2 M of them
                yield from cluster_graph([cluster])
            yield from pair_triples(rows)  # a pair's events all have its subject: these rows have them all

    def _events_by_subject(self) -> Iterator[list[EventRow]]:
        """Every event, one subject's events at a time, asked for per subject. A backend whose queries cost
        more per call than per row overrides this to read them all at once."""
        r = self._run_query(
            f"""SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?e a {NG.Event.n3()} ; {NG.subject.n3()} ?s }} }}""", None
        )
        for subject in sorted(row["s"] for row in r.rows):
            yield self._event_rows(subject=subject)

    def _cluster_keys_of(self, art: URIRef) -> set[tuple]:
        r = self._run_query(
            f"""SELECT DISTINCT ?s ?r ?o ?n WHERE {{ GRAPH {CLUSTER_GRAPH.n3()} {{
                ?c {NG.article.n3()} {art.n3()} ; {NG.subject.n3()} ?s ; {NG.relation.n3()} ?r ;
                   {NG.object.n3()} ?o ; {NG.negated.n3()} ?n }} }}""",
            None,
        )
        return {(row["s"], row["r"], row["o"], row["n"]) for row in r.rows}

    def _actor_info(self, actors: set[URIRef] | None) -> dict[URIRef, ActorInfo]:
        values = ""
        if actors is not None:
            if not actors:
                return {}
            values = "VALUES ?x { " + " ".join(a.n3() for a in sorted(actors)) + " }"
        r = self._run_query(  # DISTINCT: every article graph repeats its actors
            f"""SELECT DISTINCT ?x ?l ?t ?k WHERE {{ {values}
                GRAPH ?g {{ ?x {NG.key.n3()} ?k ; {RDFS.label.n3()} ?l ; a ?t }} }}""",
            None,
        )
        info: dict[URIRef, ActorInfo] = {}
        # several article graphs may name an actor; keep the smallest label so the choice is stable
        for row in sorted(r.rows, key=lambda row: (str(row["x"]), str(row["l"]), str(row["t"]))):
            info.setdefault(row["x"], ActorInfo(row["l"], row["t"], row["k"]))
        return info

    def _event_rows(self, pairs: set[tuple] | None = None, subject: URIRef | None = None) -> list[EventRow]:
        """The events of the given (subject, object) pairs, or of one subject, or (neither given) every event."""
        values = first = ""
        if pairs is not None:
            if not pairs:
                return []
            tuples = " ".join(f"({s.n3()} {o.n3()})" for s, o in sorted(pairs))
            values = f"VALUES (?s ?o) {{ {tuples} }}"
        if subject is not None:
            # the subject as a constant in the first pattern, which the engines look up by index (Oxigraph joins
            # a VALUES block after scanning the events: 500 (subject, object) pairs took 20 s at 20 k events)
            first = f"?e {NG.subject.n3()} {subject.n3()} ."
        r = self._run_query(
            f"""SELECT ?e ?s ?r ?c ?o ?n ?date ?a ?m ?p ?ev ?conf WHERE {{ {values}
                GRAPH ?g {{ {first} ?e a {NG.Event.n3()} ; {NG.subject.n3()} ?s ; {NG.relation.n3()} ?r ;
                   {NG.cameo.n3()} ?c ; {NG.object.n3()} ?o ; {NG.negated.n3()} ?n ; {NG.article.n3()} ?a ;
                   {NG.mentionCount.n3()} ?m ; {NG.predicate.n3()} ?p ; {NG.evidence.n3()} ?ev ;
                   {NG.confidence.n3()} ?conf .
                   OPTIONAL {{ ?e {NG.date.n3()} ?date }} }} }}""",
            None,
        )
        rows = []
        cameo = len(str(CAMEO))
        for row in r.rows:
            date = row.get("date")
            rows.append(
                EventRow(
                    event=row["e"],
                    subject=row["s"],
                    root=str(row["r"])[cameo:],
                    object=row["o"],
                    negated=bool(row["n"].toPython()),
                    date=date.toPython() if date is not None and isinstance(date.toPython(), dt.date) else None,
                    article=row["a"],
                    mentions=int(row["m"]),
                    predicate=row["p"],
                    evidence=str(row["ev"]),
                    confidence=float(row["conf"]),
                    goldstein=facts(str(row["c"])[cameo:]).goldstein,
                )
            )
        return rows

    def _recluster(self, keys: set[tuple]) -> None:
        """Recompute the clusters of the given keys and the totals of their actor pairs."""
        if not keys or self._clusters_deferred:
            return
        pairs = {(k[0], k[2]) for k in keys}
        # one read for both: a pair's events include those of each of its keys
        rows = self._event_rows(pairs)
        wanted = {(s, str(r)[len(str(CAMEO)) :], o, bool(n.toPython())) for s, r, o, n in keys}
        clusters = cluster_rows([row for row in rows if row.key in wanted], self.cluster_window)
        actors = self._actor_info({k[0] for k in keys} | {k[2] for k in keys})
        graph = cluster_graph(clusters, actors)
        graph.update(pair_triples(rows))
        tuples = " ".join(f"({' '.join(t.n3() for t in key)})" for key in sorted(keys))
        pair_tuples = " ".join(f"({s.n3()} {o.n3()})" for s, o in sorted(pairs))
        g = CLUSTER_GRAPH.n3()
        delete = f"""DELETE {{ GRAPH {g} {{ ?c ?p ?x }} }} WHERE {{ VALUES (?s ?r ?o ?n) {{ {tuples} }}
            GRAPH {g} {{ ?c {NG.subject.n3()} ?s ; {NG.relation.n3()} ?r ; {NG.object.n3()} ?o ;
                         {NG.negated.n3()} ?n ; ?p ?x }} }} ;
            DELETE {{ GRAPH {g} {{ ?c ?p ?x }} }} WHERE {{ VALUES (?s ?o) {{ {pair_tuples} }}
            GRAPH {g} {{ ?c a {NG.ActorPair.n3()} ; {NG.subject.n3()} ?s ; {NG.object.n3()} ?o ; ?p ?x }} }}"""
        self._update_then_insert(delete, CLUSTER_GRAPH, graph)

    def resolve_actor(self, name: str) -> URIRef | None:
        """The actor whose label (any case) or key is `name`; bound as a parameter, never spliced."""
        r = self._run_query(
            f"""SELECT ?x WHERE {{ GRAPH {CLUSTER_GRAPH.n3()} {{ ?x {NG.key.n3()} ?k ; {RDFS.label.n3()} ?l }}
                FILTER (LCASE(STR(?l)) = LCASE(?name) || STR(?k) = ?name) }} ORDER BY ?x LIMIT 1""",
            {"name": Literal(name)},
        )
        return r.rows[0]["x"] if r.rows else None

    def _update_then_insert(self, update: str, name: URIRef, graph: Graph) -> None:
        """Run `update` then insert `graph` into `name`; backends that can do both in one transaction do.

        Here they are separate requests (an HTTP endpoint also splits the insert into batches), so a kill in
        between would lose the clusters of keys that a re-run no longer knows of (the old keys of a changed
        article, read from the very clusters deleted): the stale mark makes the next open recompute them all."""
        with self._clusters_at_risk():
            self._run_update(update)
            self._add(name, graph)


def _keys_of(events: list[Event]) -> set[tuple]:
    return {
        (actor_iri(e.subject.key), CAMEO[facts(e.cameo).root], actor_iri(e.object.key), Literal(bool(e.negated)))
        for e in events
    }

