"""Events → the JSON a view page draws: actors with positions, bundled edges, events, articles, codes.

Edges between the same ordered pair with the same relation class (and the same negation) are bundled into one
edge that lists its events; the page recomputes counts as filters change. Keys are short because a 10,000-actor
page carries tens of thousands of events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from newsgraph.model import Actor, Event
from newsgraph.views.layout import force_layout

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@lru_cache(maxsize=4096)
def code_info(cameo: str) -> tuple[str, int, float | None]:
    """(name, quad class, Goldstein score) of a CAMEO code, from the taxonomy where it knows the code.

    Unknown codes fall back to the quad class of their two-digit root, which CAMEO fixes by range.
    """
    try:
        from newsgraph import taxonomy

        entry = taxonomy.code(cameo)
        return entry.name, int(entry.quad_class), float(entry.goldstein)
    except (ImportError, KeyError, ValueError, AttributeError):
        return "", root_quad(cameo), None


def root_quad(cameo: str) -> int:
    try:
        root = int(str(cameo)[:2])
    except ValueError:
        return 0
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return 0


@lru_cache(maxsize=1024)
def flag(code: str | None) -> str:
    """The flag emoji of an ISO 3166 alpha-3 (or alpha-2) country code; "" for other codes (NATO, UN)."""
    if not code:
        return ""
    alpha2 = code.upper() if len(code) == 2 else None
    if alpha2 is None and len(code) == 3:
        from babel.core import get_global

        alias = get_global("territory_aliases").get(code.upper())
        alpha2 = alias[0] if alias and len(alias[0]) == 2 and alias[0].isalpha() else None
    if not alpha2 or not alpha2.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in alpha2)


def mentions(ev: Event) -> int:
    """How many times the event was reported; events merged across articles may carry a count."""
    n = getattr(ev, "mentions", None)
    try:
        return max(1, int(n)) if n is not None else 1
    except (TypeError, ValueError):
        return 1


def safe_url(url: str | None) -> str | None:
    """Only http(s) links reach the page: a javascript: or data: URL from an article is dropped."""
    if not url:
        return None
    u = url.strip()
    scheme = u.split(":", 1)[0].lower() if ":" in u else ""
    return u if scheme in ("http", "https") and "//" in u[:9] else None


def build_payload(events: Sequence[Event], *, title: str, view: str, focus: Sequence[str] = ()) -> dict[str, Any]:
    """The page's data. `focus` lists actor keys the page should centre on (the ego, the pair)."""
    actor_index: dict[str, int] = {}
    actors: list[Actor] = []
    article_index: dict[str, int] = {}
    articles: list[dict[str, Any]] = []
    codes: dict[str, dict[str, Any]] = {}
    edge_index: dict[tuple[int, int, str, bool], int] = {}
    edges: list[dict[str, Any]] = []
    out_events: list[dict[str, Any]] = []
    weight: Counter[int] = Counter()

    def actor_id(actor: Actor) -> int:
        i = actor_index.get(actor.key)
        if i is None:
            i = actor_index[actor.key] = len(actors)
            actors.append(actor)
        return i

    for ev in events:
        s, o = actor_id(ev.subject), actor_id(ev.object)
        a = article_index.get(ev.article)
        if a is None:
            a = article_index[ev.article] = len(articles)
            articles.append(
                {"id": ev.article, "title": ev.article_title or ev.article, "url": safe_url(ev.article_url),
                 "lang": ev.lang}
            )
        elif ev.article_title and articles[a]["title"] == ev.article:
            articles[a]["title"] = ev.article_title
        if ev.cameo not in codes:
            name, quad, goldstein = code_info(ev.cameo)
            codes[ev.cameo] = {"name": name, "q": quad, "g": goldstein}
        quad = codes[ev.cameo]["q"]
        n = mentions(ev)
        key = (s, o, ev.relation, bool(ev.negated))
        e = edge_index.get(key)
        if e is None:
            e = edge_index[key] = len(edges)
            edges.append({"f": s, "t": o, "r": ev.relation, "q": quad, "neg": bool(ev.negated), "ev": [], "n": 0})
        edge = edges[e]
        edge["ev"].append(len(out_events))
        edge["n"] += n
        weight[s] += n
        weight[o] += n
        record: dict[str, Any] = {
            "e": e, "c": ev.cameo, "r": ev.relation, "d": ev.date.isoformat() if ev.date else None,
            "n": n, "cf": round(float(ev.confidence), 3), "a": a, "l": ev.lang or "", "x": ev.evidence or "",
            "v": ev.verb or "",
        }
        if ev.negated:
            record["neg"] = True
        if ev.modality:
            record["m"] = ev.modality
        out_events.append(record)

    pos = force_layout(len(actors), [(e["f"], e["t"]) for e in edges], [e["n"] for e in edges])
    focus_set = set(focus)
    nodes = []
    for i, actor in enumerate(actors):
        node: dict[str, Any] = {
            "label": actor.label, "type": actor.type, "w": weight[i],
            "x": round(float(pos[i, 0]), 1), "y": round(float(pos[i, 1]), 1),
        }
        if actor.code:
            node["code"] = actor.code
            if f := flag(actor.code):
                node["flag"] = f
        if actor.qid:
            node["qid"] = actor.qid
        if actor.affiliation is not None:
            node["aff"] = actor.affiliation.label
        if actor.role:
            node["role"] = actor.role
        if actor.key in focus_set:
            node["focus"] = True
        nodes.append(node)
    return {
        "title": title, "view": view, "nodes": nodes, "edges": edges, "events": out_events,
        "articles": articles, "codes": codes, "quads": {str(k): v for k, v in QUAD_NAMES.items()},
    }
