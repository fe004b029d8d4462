"""Events → a networkx MultiDiGraph of actors: one node per actor key, one edge per event."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from newsgraph import taxonomy
from newsgraph.model import Event

LEVELS = ("actor", "state")

# CAMEO's quad classes by root code: verbal cooperation, material cooperation, verbal conflict, material conflict.
# Used only for a code the taxonomy does not list (an events file from another coder), so it still counts.
_QUAD_BY_ROOT = {
    **{f"{r:02d}": 1 for r in range(1, 6)},
    **{f"{r:02d}": 2 for r in range(6, 9)},
    **{f"{r:02d}": 3 for r in range(9, 14)},
    **{f"{r:02d}": 4 for r in range(14, 21)},
}


def event_scores(cameo: str) -> tuple[float | None, int | None]:
    """(Goldstein score, quad class 1-4) of a CAMEO code; None where the code is unknown."""
    if taxonomy.exists(cameo):
        entry = taxonomy.code(cameo)
        return entry.goldstein, entry.quad_class
    return None, _QUAD_BY_ROOT.get(str(cameo)[:2])


def mentions(event: Event) -> int:
    """How many reports back the event: the deduplicated count where the build kept one, else 1."""
    n = getattr(event, "mentions", None)
    return int(n) if isinstance(n, int) and n > 0 else 1


def actor_graph(events: Iterable[Event], level: str = "actor") -> nx.MultiDiGraph:
    """The actor graph of `events`.

    Nodes are keyed by `Actor.key` with `label`, `type` and `qid` attributes; each event adds one edge
    subject → object with `relation`, `cameo`, `goldstein`, `quad`, `date`, `negated`, `article` and
    `weight` (its mention count). `level="state"` folds persons into the body they speak for; an event that
    becomes a self-loop by that folding ("Lavrov criticised Russia" at state level) is dropped and counted in
    `G.graph["self_loops_dropped"]`, since it says nothing about relations between actors.
    Negated events ("Russia did not threaten NATO") are kept as edges with `negated=True` but carry no Goldstein
    score: they did not happen.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    G = nx.MultiDiGraph(level=level, self_loops_dropped=0)
    for ev in events:
        subject, obj = ev.subject.at_level(level), ev.object.at_level(level)
        if subject.key == obj.key:
            G.graph["self_loops_dropped"] += 1
            continue
        for actor in (subject, obj):
            if actor.key not in G:
                G.add_node(actor.key, label=actor.label, type=actor.type, qid=actor.qid)
        goldstein, quad = event_scores(ev.cameo)
        G.add_edge(
            subject.key,
            obj.key,
            relation=ev.relation,
            cameo=ev.cameo,
            goldstein=None if ev.negated else goldstein,
            quad=None if ev.negated else quad,
            date=ev.date,
            negated=ev.negated,
            article=ev.article,
            weight=mentions(ev),
        )
    return G
