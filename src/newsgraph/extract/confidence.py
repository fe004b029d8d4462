"""What an event's confidence means: how directly the text supports it.

A direct active clause between knowledge-base actors, arguments adjacent to the predicate, scores highest (0.95).
Each weaker link lowers it: distance, an actor found by coreference or unknown to the knowledge base, a passive
with an inferred agent, a nominal or headline-only match, a claim reported second-hand. The figures are ordinal
(they rank events) and were set by reading extractions on the dev sets, not fitted.
"""

from __future__ import annotations

from newsgraph.extract.frames import Frame
from newsgraph.model import Mention

BASE = 0.95
PENALTIES = {
    "coref": 0.15,  # an actor reached through a pronoun or "the alliance"
    "event": 0.2,  # an actor reached through an earlier event ("condemned the strikes")
    "unknown_actor": 0.08,  # a name neither the knowledge base nor a user actor file knows
    "implicit_agent": 0.15,  # a passive whose agent was not marked
    "nominal": 0.1,  # "Russia's invasion of Ukraine": no clause, the roles come from a noun phrase
    "headline": 0.12,  # headline grammar drops function words
    "reported": 0.05,  # "X said Y attacked Z": Y's act is X's claim
    "per_word": 0.02,  # each word beyond three between the predicate and its farthest argument
    "role_only": 0.05,  # an office with no name ("Menlu AS")
}
FLOOR = 0.05


def score(frame: Frame, subject: Mention, obj: Mention, *, headline: bool) -> float:
    c = BASE
    for m in (subject, obj):
        if m.how in ("coref", "event"):
            c -= PENALTIES[m.how]
        if m.unknown_name:
            c -= PENALTIES["unknown_actor"]
        if m.how == "role":
            c -= PENALTIES["role_only"]
    if frame.implicit_agent:
        c -= PENALTIES["implicit_agent"]
    if "nominal" in frame.features:
        c -= PENALTIES["nominal"]
    if headline:
        c -= PENALTIES["headline"]
    if frame.source is not None and not frame.quote:
        c -= PENALTIES["reported"]
    c -= PENALTIES["per_word"] * max(0, frame.distance - 3)
    return max(FLOOR, min(0.99, c))
