"""The actor graph for Gephi and friends (GraphML, GEXF), via networkx: nodes are actors, one edge per
(subject, CAMEO root, object) with weight = mentions summed over the deduplicated events (clusters)."""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from newsgraph.export.registry import register_exporter
from newsgraph.graph.cameo import relation_name
from newsgraph.graph.iris import actor_iri
from newsgraph.graph.readback import event_clusters


def actor_network(store) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for c in event_clusters(store):
        if c.negated:
            continue
        for actor in (c.subject, c.object):
            node = str(actor_iri(actor.key))
            if node not in g:
                g.add_node(node, label=actor.label, type=actor.type, key=actor.key, qid=actor.qid or "")
        s, o = str(actor_iri(c.subject.key)), str(actor_iri(c.object.key))
        key = c.relation
        if g.has_edge(s, o, key):
            data = g.edges[s, o, key]
            data["weight"] += c.mentions
            data["events"] += 1
            data["articles"] = len(set(data["_articles"]) | set(c.articles))
            data["_articles"] = sorted(set(data["_articles"]) | set(c.articles))
        else:
            g.add_edge(s, o, key=key, relation=relation_name(c.relation), cameo_root=c.relation,
                       weight=c.mentions, events=1, articles=len(c.articles), _articles=list(c.articles))
    for _, _, data in g.edges(data=True):
        data.pop("_articles", None)
    return g


def _graphml(store, out: BinaryIO) -> None:
    nx.write_graphml(actor_network(store), out, encoding="utf-8")


def _gexf(store, out: BinaryIO) -> None:
    nx.write_gexf(actor_network(store), out, encoding="utf-8")


register_exporter("graphml", _graphml, extension="graphml", media_type="application/graphml+xml",
                  description="actor graph as GraphML (edge weight = mentions)")
register_exporter("gexf", _gexf, extension="gexf", media_type="application/gexf+xml",
                  description="actor graph as GEXF for Gephi (edge weight = mentions)")
