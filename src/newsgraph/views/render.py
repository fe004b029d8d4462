"""Write view pages: one graph page, or the whole set (graph, state level, actors, pairs, articles, index)."""

from __future__ import annotations

import hashlib
import html
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newsgraph.model import Event
from newsgraph.views.encode import build_payload
from newsgraph.views.options import vis_options
from newsgraph.views.page import render_page
from newsgraph.views.select import article_events, ego_events, find_actors, fold_to_state_level, pair_events

# How many ego and pair views `render_views` writes: the most-connected actors and the busiest pairs. An index
# of 10,000 ego pages helps no one; the search box and `newsgraph render --actor` cover the rest.
TOP_ACTORS = 20
TOP_PAIRS = 10
MAX_ARTICLES = 200


def render_graph(
    events: Sequence[Event],
    out: Path,
    *,
    title: str,
    view: str = "graph",
    focus: Sequence[str] = (),
    index_href: str = "",
) -> Path:
    """Write one self-contained view page of `events` to `out` and return its path.

    `view` is graph | ego | pair | article | state (the pair view adds a timeline); `focus` lists actor keys to
    emphasise (the ego, the pair); `index_href` links back to an index page (none when empty). The file is
    written whole or not at all.
    """
    payload = build_payload(events, title=title, view=view, focus=focus)
    page = render_page(payload, vis_options(len(payload["nodes"]), len(payload["edges"])), index_href=index_href)
    _write_atomic(Path(out), page)
    return Path(out)


def render_views(events: Sequence[Event], out_dir: Path) -> dict[str, Path]:
    """Write the whole set of views under `out_dir` and an index.html linking them; returns name → path.

    Names: "index", "graph", "state", "actor:<label>", "pair:<a>|<b>", "article:<id>".
    """
    out_dir = Path(out_dir)
    written: dict[str, Path] = {}
    entries: dict[str, list[tuple[str, str, int]]] = {"Graphs": [], "Actors": [], "Pairs": [], "Articles": []}

    def page(name: str, rel: str, subset: Sequence[Event], section: str, text: str, **kw: object) -> None:
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        href = os.path.relpath(out_dir / "index.html", path.parent)
        written[name] = render_graph(subset, path, index_href=href, **kw)  # type: ignore[arg-type]
        entries[section].append((rel, text, len(subset)))

    page("graph", "graph.html", events, "Graphs", "Whole graph (every actor)", title="newsgraph: whole graph")
    state = fold_to_state_level(events)
    page("state", "state.html", state, "Graphs", "State level (persons folded into the bodies they speak for)",
         title="newsgraph: state level", view="state")

    degree: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for ev in events:
        for actor in (ev.subject, ev.object):
            degree[actor.key] += 1
            labels[actor.key] = actor.label
    for key, _ in degree.most_common(TOP_ACTORS):
        subset = [ev for ev in events if key in (ev.subject.key, ev.object.key)]
        page(f"actor:{labels[key]}", f"actors/{_slug(labels[key], key)}.html", subset, "Actors", labels[key],
             title=f"newsgraph: {labels[key]} and its partners", view="ego", focus=[key])

    pairs: Counter[tuple[str, str]] = Counter()
    for ev in events:
        if ev.subject.key != ev.object.key:
            pairs[tuple(sorted((ev.subject.key, ev.object.key)))] += 1  # type: ignore[index]
    for (a, b), _ in pairs.most_common(TOP_PAIRS):
        subset = [ev for ev in events if {ev.subject.key, ev.object.key} == {a, b}]
        subset.sort(key=lambda ev: (ev.date is None, ev.date or 0))
        text = f"{labels[a]} and {labels[b]}"
        page(f"pair:{labels[a]}|{labels[b]}", f"pairs/{_slug(labels[a] + '--' + labels[b], a + b)}.html", subset,
             "Pairs", text, title=f"newsgraph: {text}", view="pair", focus=[a, b])

    per_article: dict[str, list[Event]] = {}
    titles: dict[str, str] = {}
    for ev in events:
        per_article.setdefault(ev.article, []).append(ev)
        if ev.article_title:
            titles[ev.article] = ev.article_title
    ranked = sorted(per_article, key=lambda a: -len(per_article[a]))[:MAX_ARTICLES]
    for art in sorted(ranked):
        text = titles.get(art, art)
        page(f"article:{art}", f"articles/{_slug(art, art)}.html", per_article[art], "Articles", text,
             title=f"newsgraph: {text}", view="article")
    omitted = len(per_article) - len(ranked)

    index = out_dir / "index.html"
    _write_atomic(index, _index_page(entries, len(events), omitted))
    written["index"] = index
    return written


def view_events(
    events: Sequence[Event], *, actor: str | None = None, depth: int = 1, pair: Sequence[str] | None = None,
    article: str | None = None, level: str = "actor",
) -> tuple[list[Event], str, list[str], str]:
    """The events, view name, focus keys and title of one requested view (for the CLI and the server)."""
    chosen = list(events)
    if level == "state":
        chosen = fold_to_state_level(chosen)
    if pair:
        a, b = pair
        keys = [x.key for name in (a, b) for x in find_actors(chosen, name)]
        return pair_events(chosen, a, b), "pair", keys, f"newsgraph: {a} and {b}"
    if actor:
        keys = [x.key for x in find_actors(chosen, actor)]
        return ego_events(chosen, actor, depth), "ego", keys, f"newsgraph: {actor}, depth {depth}"
    if article:
        subset = article_events(chosen, article)
        name = next((ev.article_title for ev in subset if ev.article_title), article)
        return subset, "article", [], f"newsgraph: {name}"
    if level == "state":
        return chosen, "state", [], "newsgraph: state level"
    return chosen, "graph", [], "newsgraph: whole graph"


def _index_page(entries: dict[str, list[tuple[str, str, int]]], n_events: int, omitted: int) -> str:
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        "<title>newsgraph views</title><style>body{font:14px/1.5 system-ui,'DejaVu Sans',sans-serif;margin:2em;"
        "max-width:60em}h2{font-size:15px;margin-top:1.5em}li span{color:#777}</style></head><body>",
        f"<h1>newsgraph views</h1><p>{n_events} events. Each page works offline, straight from this folder.</p>",
    ]
    for section, items in entries.items():
        if not items:
            continue
        parts.append(f"<h2>{html.escape(section)}</h2><ul>")
        for rel, text, count in items:
            parts.append(
                f"<li><a href='{html.escape(rel, quote=True)}'>{html.escape(text)}</a> <span>{count} events</span></li>"
            )
        parts.append("</ul>")
    if omitted:
        parts.append(f"<p>{omitted} smaller articles have no page of their own; "
                     "use <code>newsgraph render --article ID</code>.</p>")
    parts.append("</body></html>\n")
    return "".join(parts)


def _slug(text: str, key: str) -> str:
    """A file name that is safe anywhere and unique per key (two actors named alike get different files)."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:60] or "view"
    return f"{base}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a page is a normal file others may open or serve
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
