"""Events -> RDF and back: namespaces, stable IRIs, the per-article graph, cross-article clusters.

    from newsgraph.graph import article_graph, events_from_store, event_clusters, actor_iri
"""

from __future__ import annotations

from newsgraph.graph.iris import actor_iri, article_iri, event_iri
from newsgraph.graph.mapping import article_graph, merge_events
from newsgraph.graph.namespaces import ACTOR, ARTICLE, CAMEO, EVENT, NG, WD
from newsgraph.graph.readback import EventCluster, event_clusters, events_from_store

__all__ = [
    "ACTOR",
    "ARTICLE",
    "CAMEO",
    "EVENT",
    "NG",
    "WD",
    "EventCluster",
    "actor_iri",
    "article_graph",
    "article_iri",
    "event_clusters",
    "event_iri",
    "events_from_store",
    "merge_events",
]
