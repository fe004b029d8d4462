"""Plain functions over an actor graph (see `actor_graph`): centrality, communities, pair balance, counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx

from newsgraph.analytics.dedupe import DEFAULT_WINDOW_DAYS, deduplicate
from newsgraph.model import Event

COOPERATION = (1, 2)
CONFLICT = (3, 4)


def weighted_projection(G: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of G with edge weight = summed mentions: what community and path measures need."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, w in G.edges(data="weight", default=1):
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def _pagerank(G: nx.MultiDiGraph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict:
    """Weighted PageRank by power iteration, as networkx's but without its scipy dependency (not installed here).

    Dangling actors (never the subject) spread their rank evenly, as networkx does by default.
    """
    nodes = list(G)
    n = len(nodes)
    out_w = {u: 0.0 for u in nodes}
    links: dict[str, dict[str, float]] = {u: {} for u in nodes}
    for u, v, w in G.edges(data="weight", default=1):
        links[u][v] = links[u].get(v, 0.0) + w
        out_w[u] += w
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_w[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if out_w[u]:
                share = alpha * rank[u] / out_w[u]
                for v, w in links[u].items():
                    new[v] += share * w
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * tol:
            return new
        rank = new
    return rank


def centrality(G: nx.MultiDiGraph, k: int = 10) -> list[dict[str, Any]]:
    """The `k` most central actors: in the most events first, then the most mentioned, then by PageRank.

    Events lead because "who is in the most events" is what a reader of the news means by central; PageRank
    (weighted by mentions: being the object of central actors) and betweenness (share of shortest paths in the
    undirected graph through the actor: the brokers between camps) come alongside. Each row: key, label,
    events, in, out, mentions, pagerank, betweenness.
    """
    if G.number_of_nodes() == 0:
        return []
    pagerank = _pagerank(G)
    betweenness = nx.betweenness_centrality(weighted_projection(G), normalized=True)
    rows = [
        {
            "key": n,
            "label": G.nodes[n].get("label", n),
            "events": G.in_degree(n) + G.out_degree(n),
            "in": G.in_degree(n),
            "out": G.out_degree(n),
            "mentions": G.in_degree(n, weight="weight") + G.out_degree(n, weight="weight"),
            "pagerank": pagerank[n],
            "betweenness": betweenness[n],
        }
        for n in G.nodes
    ]
    rows.sort(key=lambda r: (-r["events"], -r["mentions"], -r["pagerank"], r["key"]))
    return rows[:k]


def communities(G: nx.MultiDiGraph, seed: int = 0) -> list[list[str]]:
    """Groups of actors that deal mostly with each other (Louvain on the undirected weighted projection).

    Sorted largest first, members sorted by key; `seed` makes the result repeatable across runs.
    """
    H = weighted_projection(G)
    if H.number_of_edges() == 0:
        return [[n] for n in sorted(H.nodes)]
    found = nx.community.louvain_communities(H, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def pair_balance(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Conflict/cooperation balance per unordered actor pair, pairs in the most events first.

    Each row: a, b (keys, a < b), a_label, b_label, events, mentions, mean_goldstein (over the events that have a
    score: each real event counts once, however often it was reported), total_goldstein, cooperation and conflict
    (events by quad class), a_to_b and b_to_a (events by direction). Negated events count in `events` only.
    """
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for u, v, data in G.edges(data=True):
        a, b = sorted((u, v))
        row = pairs.get((a, b))
        if row is None:
            row = pairs[(a, b)] = {
                "a": a,
                "b": b,
                "a_label": G.nodes[a].get("label", a),
                "b_label": G.nodes[b].get("label", b),
                "events": 0,
                "mentions": 0,
                "total_goldstein": 0.0,
                "_scored": 0,
                "cooperation": 0,
                "conflict": 0,
                "a_to_b": 0,
                "b_to_a": 0,
            }
        row["events"] += 1
        row["mentions"] += data.get("weight", 1)
        row["a_to_b" if u == a else "b_to_a"] += 1
        if data.get("goldstein") is not None:
            row["total_goldstein"] += data["goldstein"]
            row["_scored"] += 1
        quad = data.get("quad")
        if quad in COOPERATION:
            row["cooperation"] += 1
        elif quad in CONFLICT:
            row["conflict"] += 1
    out = []
    for row in pairs.values():
        scored = row.pop("_scored")
        row["mean_goldstein"] = row["total_goldstein"] / scored if scored else None
        out.append(row)
    out.sort(key=lambda r: (-r["events"], -r["mentions"], r["a"], r["b"]))
    return out


def counts_by_relation_and_month(
    events: Iterable[Event], window: int | None = DEFAULT_WINDOW_DAYS
) -> list[dict[str, Any]]:
    """Events per (month, relation class), in month order; `month` is "YYYY-MM" (of the first report), or "undated".

    Reports of one real event count once (see `deduplicate`); `mentions` counts every report.
    """
    n: Counter[tuple[str, str]] = Counter()
    m: Counter[tuple[str, str]] = Counter()
    for reported in deduplicate(events, window):
        month = reported.start.strftime("%Y-%m") if reported.start else "undated"
        key = (month, reported.event.relation)
        n[key] += 1
        m[key] += reported.mentions
    keys = sorted(n, key=lambda k: (k[0] == "undated", k[0], -n[k], k[1]))
    return [{"month": k[0], "relation": k[1], "events": n[k], "mentions": m[k]} for k in keys]
