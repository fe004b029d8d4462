"""Analytics over the actor graph, networkx style: build a graph once, then call plain functions on it.

    G = actor_graph(events, level="state")     # reports of one real event are one edge, weighted by mentions
    centrality(G, k=10); communities(G); pair_balance(G); counts_by_relation_and_month(events)
"""

from newsgraph.analytics.actor_graph import actor_graph, event_scores
from newsgraph.analytics.dedupe import ReportedEvent, deduplicate
from newsgraph.analytics.measures import centrality, communities, counts_by_relation_and_month, pair_balance

__all__ = [
    "ReportedEvent",
    "actor_graph",
    "centrality",
    "communities",
    "counts_by_relation_and_month",
    "deduplicate",
    "event_scores",
    "pair_balance",
]
