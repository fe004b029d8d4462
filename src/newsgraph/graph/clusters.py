"""Cross-article deduplication: one real event reported by N articles is one ng:EventCluster with N mentions.

Events join a cluster when they share subject, object, CAMEO root and negation and their dates chain within
`window` days (single linkage on sorted dates: 1st, 3rd and 5th of May with window 3 are one cluster). The
chaining depends only on the set of dates, never on ingest order, so a rebuild in any order gives the same
clusters and the same cluster IRIs. Undated events of a key form one cluster of their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.term import Node

from newsgraph.graph.iris import cluster_iri
from newsgraph.graph.namespaces import CAMEO, NG

DEFAULT_WINDOW_DAYS = 3


@lru_cache(maxsize=65_536, typed=True)  # typed: True and 1 are different literals
def literal(value, datatype: URIRef | None = None) -> Literal:
    """A literal of a value that recurs (a count, a flag, a date), made once: rdflib's Literal() parses and checks
    its value on every call, and the clusters of 1 M events need tens of millions of them."""
    return Literal(value, datatype=datatype)


@dataclass(frozen=True)
class EventRow:
    """What clustering needs to know of one stored event."""

    event: URIRef
    subject: URIRef
    root: str  # two-digit CAMEO root
    object: URIRef
    negated: bool
    date: dt.date | None
    article: URIRef
    mentions: int
    predicate: URIRef | None = None  # the shortcut property (ng:disapprove)
    evidence: str | None = None
    confidence: float = 0.0
    goldstein: float | None = None  # of the event's full CAMEO code (for the actor-pair aggregates)

    @property
    def key(self) -> tuple[URIRef, str, URIRef, bool]:
        return (self.subject, self.root, self.object, self.negated)


@dataclass
class Cluster:
    key: tuple[URIRef, str, URIRef, bool]
    rows: list[EventRow] = field(default_factory=list)

    @property
    def dates(self) -> list[dt.date]:
        return sorted(r.date for r in self.rows if r.date is not None)

    @property
    def iri(self) -> URIRef:
        subject, root, obj, negated = self.key
        first = self.dates[0].isoformat() if self.dates else None
        return cluster_iri(str(subject), root, str(obj), negated, first)


def cluster_rows(rows: list[EventRow], window: int = DEFAULT_WINDOW_DAYS) -> list[Cluster]:
    by_key: dict[tuple, list[EventRow]] = {}
    for row in rows:
        by_key.setdefault(row.key, []).append(row)
    clusters: list[Cluster] = []
    for key, members in by_key.items():
        undated = [r for r in members if r.date is None]
        dated = sorted((r for r in members if r.date is not None), key=lambda r: (r.date, str(r.event)))
        current: Cluster | None = None
        for row in dated:
            if current is None or (row.date - current.rows[-1].date).days > window:
                current = Cluster(key)
                clusters.append(current)
            current.rows.append(row)
        if undated:
            clusters.append(Cluster(key, undated))
    return clusters


@dataclass(frozen=True)
class ActorInfo:
    label: Node
    cls: URIRef
    key: Node


def cluster_graph(clusters: list[Cluster], actors: dict[URIRef, ActorInfo] | None = None) -> set[tuple]:
    """The clusters as triples, plus one label/type/key per actor they involve, so that queries over clusters
    find names by index lookup in one graph instead of grouping the copies in every article graph.

    A set of triples, not an rdflib Graph: the stores only iterate it, and indexing ~10 triples per event in
    a Graph took 40% of a bulk load's time."""
    g: set[tuple] = set()
    for iri, info in (actors or {}).items():
        g.add((iri, RDFS.label, info.label))
        g.add((iri, RDF.type, info.cls))
        g.add((iri, NG.key, info.key))
    # the terms once, not per cluster: each NG.x makes and checks a new IRI (a tenth of a bulk load's clustering)
    a, subject_p, object_p, relation_p, negated_p = RDF.type, NG.subject, NG.object, NG.relation, NG.negated
    mentions_p, articles_p, predicate_p, evidence_p = NG.mentionCount, NG.articleCount, NG.predicate, NG.evidence
    start_p, end_p, member_p, article_p = NG.startDate, NG.endDate, NG.member, NG.article
    cluster_class = NG.EventCluster
    for cluster in clusters:
        node = cluster.iri
        subject, root, obj, negated = cluster.key
        g.add((node, a, cluster_class))
        g.add((node, subject_p, subject))
        g.add((node, object_p, obj))
        g.add((node, relation_p, CAMEO[root]))
        g.add((node, negated_p, literal(negated)))
        g.add((node, mentions_p, literal(sum(r.mentions for r in cluster.rows))))
        g.add((node, articles_p, literal(len({r.article for r in cluster.rows}))))
        best = max(cluster.rows, key=lambda r: (r.confidence, str(r.event)))
        if best.predicate is not None:
            g.add((node, predicate_p, best.predicate))
        if best.evidence is not None:
            g.add((node, evidence_p, Literal(best.evidence)))
        dates = cluster.dates
        if dates:
            g.add((node, start_p, literal(dates[0], XSD.date)))
            g.add((node, end_p, literal(dates[-1], XSD.date)))
        for row in cluster.rows:
            # the articles stay listed on the cluster: they are how a changed article finds the clusters it was
            # in even after a kill has replaced its events (Store._cluster_keys_of); their publishers are not
            g.add((node, member_p, row.event))
            g.add((node, article_p, row.article))
    return g
