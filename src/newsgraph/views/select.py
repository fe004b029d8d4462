"""Which events a view shows: an actor's neighbourhood, a pair, one article, the state level.

Plain functions over a list of events (networkx style), so the CLI, the server and tests share them.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence

from newsgraph.model import Actor, Event


def actor_matches(actor: Actor, query: str) -> bool:
    """True when `query` names `actor`: its label, key or Wikidata QID, case-insensitively."""
    q = query.strip().casefold()
    if not q:
        return False
    names = {actor.label.casefold(), actor.key.casefold()}
    if actor.qid:
        names.add(actor.qid.casefold())
    if actor.code:
        names.add(actor.code.casefold())
    return q in names


def find_actors(events: Iterable[Event], query: str) -> list[Actor]:
    """Every distinct actor (by key) in `events` that `query` names, in first-seen order."""
    seen: dict[str, Actor] = {}
    for ev in events:
        for actor in (ev.subject, ev.object):
            if actor.key not in seen and actor_matches(actor, query):
                seen[actor.key] = actor
    return list(seen.values())


def ego_events(events: Sequence[Event], actor: str, depth: int = 1) -> list[Event]:
    """The events met walking `depth` hops out from `actor` (matched by label or QID).

    Depth 1 is the actor's own events; depth 2 adds every event of its direct partners, and so on: an event is
    kept when one of its ends lies within depth-1 hops of the actor. A name that matches nothing gives [].
    """
    if depth < 1:
        raise ValueError("depth must be at least 1")
    adjacency: dict[str, set[str]] = defaultdict(set)
    for ev in events:
        adjacency[ev.subject.key].add(ev.object.key)
        adjacency[ev.object.key].add(ev.subject.key)
    inner = frontier = {a.key for a in find_actors(events, actor)}
    for _ in range(depth - 1):
        frontier = {n for k in frontier for n in adjacency[k]} - inner
        inner = inner | frontier
    return [ev for ev in events if ev.subject.key in inner or ev.object.key in inner]


def pair_events(events: Iterable[Event], a: str, b: str) -> list[Event]:
    """Events between the actors named `a` and `b`, in either direction, in date order (undated last)."""
    events = list(events)
    keys_a = {x.key for x in find_actors(events, a)}
    keys_b = {x.key for x in find_actors(events, b)}
    out = [
        ev
        for ev in events
        if (ev.subject.key in keys_a and ev.object.key in keys_b)
        or (ev.subject.key in keys_b and ev.object.key in keys_a)
    ]
    return sorted(out, key=lambda ev: (ev.date is None, ev.date or 0))


def article_events(events: Iterable[Event], article: str) -> list[Event]:
    """The events of one article, by its id."""
    return [ev for ev in events if ev.article == article]


def fold_to_state_level(events: Iterable[Event]) -> list[Event]:
    """Events with persons replaced by the bodies they speak for (Stoltenberg → NATO).

    An event that folds into a self-loop (a NATO official criticising NATO) is dropped: at state level it says
    nothing about relations between actors.
    """
    out = []
    for ev in events:
        subject = ev.subject.at_level("state")
        obj = ev.object.at_level("state")
        if subject.key == obj.key:
            continue
        if subject is ev.subject and obj is ev.object:
            out.append(ev)
        else:
            out.append(dataclasses.replace(ev, subject=subject, object=obj))
    return out


def min_confidence(events: Iterable[Event], threshold: float) -> list[Event]:
    return [ev for ev in events if ev.confidence >= threshold]
