"""Per directed actor pair, the totals that the pair and centrality queries would otherwise add up over every event.

pair_balance and actor_centrality aggregate all events of a store: at 1 M events that is a scan of tens of
millions of triples per question, over a minute on Oxigraph. The store writes one ng:ActorPair node per
(subject, object) with at least one non-negated event, beside the clusters and in the same step (so a replaced
article or a resumed build updates both together), and the queries read these few nodes instead:

- ng:eventCount, ng:mentionCount: the pair's non-negated events and their mentions;
- ng:scoredEventCount, ng:scoredMentionCount, ng:goldsteinSum (Goldstein score times mentions),
  ng:conflictMentionCount (score below 0) and ng:cooperationMentionCount (above 0): the same over the events
  whose CAMEO code has a Goldstein score.

A pair's totals depend only on that pair's events, all of one subject: Store computes them one subject at a time,
like the clusters.
"""

from __future__ import annotations

import math
from typing import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from newsgraph.graph.clusters import EventRow, literal
from newsgraph.graph.iris import pair_iri
from newsgraph.graph.namespaces import NG


# the terms once, not per pair: each NG.x makes and checks a new IRI (see clusters.cluster_graph)
_A, _PAIR, _SUBJECT, _OBJECT = RDF.type, NG.ActorPair, NG.subject, NG.object
_EVENTS, _MENTIONS, _SCORED_EVENTS, _SCORED_MENTIONS = (NG.eventCount, NG.mentionCount, NG.scoredEventCount,
                                                        NG.scoredMentionCount)
_GOLDSTEIN, _CONFLICT, _COOPERATION = NG.goldsteinSum, NG.conflictMentionCount, NG.cooperationMentionCount


def pair_triples(rows: Iterable[EventRow]) -> Iterator[tuple]:
    """The ng:ActorPair nodes of the pairs the rows cover; each pair must come with all of its events."""
    by_pair: dict[tuple[URIRef, URIRef], list[EventRow]] = {}
    for row in rows:
        if not row.negated:
            by_pair.setdefault((row.subject, row.object), []).append(row)
    for (subject, obj), events in sorted(by_pair.items()):
        node = pair_iri(str(subject), str(obj))
        scored = [r for r in events if r.goldstein is not None]
        yield node, _A, _PAIR
        yield node, _SUBJECT, subject
        yield node, _OBJECT, obj
        yield node, _EVENTS, literal(len(events))
        yield node, _MENTIONS, literal(sum(r.mentions for r in events))
        if scored:
            # fsum: the correctly rounded total, whatever order the events come in
            total = math.fsum(r.goldstein * r.mentions for r in scored)
            yield node, _SCORED_EVENTS, literal(len(scored))
            yield node, _SCORED_MENTIONS, literal(sum(r.mentions for r in scored))
            yield node, _GOLDSTEIN, Literal(total, datatype=XSD.double)
            yield node, _CONFLICT, literal(sum(r.mentions for r in scored if r.goldstein < 0))
            yield node, _COOPERATION, literal(sum(r.mentions for r in scored if r.goldstein > 0))
