"""Events → a networkx MultiDiGraph of actors: one node per actor key, one edge per (deduplicated) event."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from newsgraph import taxonomy
from newsgraph.analytics.dedupe import DEFAULT_WINDOW_DAYS, deduplicate
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


def actor_graph(
    events: Iterable[Event], level: str = "actor", window: int | None = DEFAULT_WINDOW_DAYS
) -> nx.MultiDiGraph:
    """The actor graph of `events`.

    Reports of one real event (same actors, CAMEO root and negation, dates within `window` days; see
    `deduplicate`) become one edge; `window=None` keeps every record as its own edge. Nodes are keyed by
    `Actor.key` with `label`, `type` and `qid` attributes; each edge goes subject → object with `relation`,
    `cameo`, `goldstein`, `quad`, `date` (first report), `negated`, `articles` and `weight` (its mentions).

    `level="state"` folds persons into the body they speak for; an event that becomes a self-loop by that
    folding ("Lavrov criticised Russia" at state level) is dropped and counted in `G.graph["self_loops_dropped"]`,
    since it says nothing about relations between actors. Negated events ("Russia did not threaten NATO") are
    kept with `negated=True` but carry no Goldstein score or quad class: they did not happen.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    G = nx.MultiDiGraph(level=level, window=window, self_loops_dropped=0)
    for reported in deduplicate(events, window):
        ev = reported.event
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
            date=reported.start,
            negated=ev.negated,
            articles=reported.articles,
            weight=reported.mentions,
        )
    return G
