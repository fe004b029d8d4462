"""`newsgraph render`: interactive HTML views of the events, as self-contained files that open with no network."""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

from newsgraph.model import Event, InputError

DEFAULT_EVENTS = Path("output/events.jsonl")

EPILOG = """\
views:
  (none of the below)        the whole graph
  --level state              persons folded into the bodies they speak for (Stoltenberg -> NATO)
  --actor Russia --depth 1   one actor and its partners (label or Wikidata QID, any case)
  --pair Russia NATO         what the two did to each other, with a timeline coloured by quad class
  --article ID               the events of one article
  --out-dir DIR              all of them: whole graph, state level, top actors, top pairs, articles, index.html

Each page is one .html file that works from file:// with no network: filters (quad and relation class,
date, language, mentions, confidence), an actor search box, and the evidence of any edge one click away.

examples:
  newsgraph render                                   output/events.jsonl -> output/graph.html
  newsgraph render --actor Russia --depth 1 --out russia.html
  newsgraph render --store output/store --out-dir output/views
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "render",
        help="write interactive HTML views (graph, actor, pair, article, state level)",
        description="Write interactive HTML views of the event graph.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument("--events", metavar="FILE.jsonl", help=f"events JSON Lines (default: {DEFAULT_EVENTS})")
    src.add_argument("--store", metavar="LOC", help="read the events from a store (e.g. output/store)")
    dst = p.add_mutually_exclusive_group()
    dst.add_argument("--out", metavar="FILE.html", help="where to write the view (default: output/<view>.html)")
    dst.add_argument("--out-dir", metavar="DIR", help="write every view and an index.html into DIR")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--actor", metavar="A", help="ego view of actor A (label or QID)")
    which.add_argument("--pair", nargs=2, metavar=("A", "B"), help="pair view with a timeline of A and B")
    which.add_argument("--article", metavar="ID", help="the events of one article")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="hops around --actor (default 1)")
    p.add_argument("--level", choices=("actor", "state"), default="actor",
                   help="state folds persons into the bodies they speak for (default: actor)")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X", help="drop events below X (0-1)")
    p.add_argument("--title", help="page title")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.cli import CliError
    from newsgraph.views import find_actors, min_confidence, render_graph, render_views, view_events

    if args.depth < 1:
        raise CliError("--depth must be 1 or more")
    if not 0.0 <= args.min_confidence <= 1.0:
        raise CliError("--min-confidence must be between 0 and 1")
    if args.out_dir and (args.actor or args.pair or args.article):
        raise CliError("--out-dir writes every view; drop --actor/--pair/--article, or use --out")
    events = min_confidence(_load(args), args.min_confidence)
    if not events:
        raise CliError("no events to render (is the input empty, or --min-confidence too high?)")

    if args.out_dir:
        written = render_views(events, Path(args.out_dir))
        _say(args, f"wrote {len(written)} views; open {written['index']}")
        return 0

    for name in [args.actor] if args.actor else list(args.pair or []):
        if not find_actors(events, name):
            raise CliError(f"no actor named {name!r}{_suggest(events, name)}")
    chosen, view, focus, title = view_events(
        events, actor=args.actor, depth=args.depth, pair=args.pair, article=args.article, level=args.level
    )
    if not chosen:
        if args.article:
            ids = sorted({ev.article for ev in events})
            close = difflib.get_close_matches(args.article, ids, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise CliError(f"no events from article {args.article!r}{hint}")
        raise CliError(f"no events between {args.pair[0]!r} and {args.pair[1]!r}" if args.pair else "no events")
    out = Path(args.out) if args.out else Path("output") / _default_name(args)
    path = render_graph(chosen, out, title=args.title or title, view=view, focus=focus, index_href="")
    _say(args, f"wrote {path} ({len(chosen)} events)")
    return 0


def _load(args: argparse.Namespace) -> list[Event]:
    from newsgraph.cli import CliError

    if args.store:
        try:
            from newsgraph.graph import events_from_store
            from newsgraph.store import StoreError, open_store
        except ImportError as exc:
            raise CliError(f"cannot read a store here: {exc}") from None
        local = args.store[len("oxigraph:"):] if args.store.startswith("oxigraph:") else args.store
        if not re.match(r"^[a-z][a-z0-9+.-]+:", local) and not Path(local).is_dir():
            # Opening a missing path would create an empty store: a render only reads.
            raise CliError(f"{args.store}: no store there (build one with `newsgraph build`)")
        try:
            with open_store(args.store) as store:
                return list(events_from_store(store))
        except (StoreError, InputError, OSError) as exc:
            raise CliError(f"{args.store}: {exc}") from None
    path = Path(args.events) if args.events else DEFAULT_EVENTS
    if not path.is_file():
        hint = "" if args.events else " (run `newsgraph build` first, or pass --events or --store)"
        raise CliError(f"{path}: no such file{hint}")
    try:
        return read_events(path)
    except InputError as exc:
        raise CliError(str(exc)) from None


def read_events(path: Path) -> list[Event]:
    """Events from a JSON Lines file; a bad line is an InputError naming the file and line."""
    events = []
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    events.append(Event.from_json(json.loads(line)))
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    raise InputError(f"{path}:{n}", f"not an event record ({exc.__class__.__name__})") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    return events


def _suggest(events: list[Event], name: str) -> str:
    labels = sorted({a.label for ev in events for a in (ev.subject, ev.object)})
    close = difflib.get_close_matches(name, labels, n=3, cutoff=0.6)
    if not close:
        lower = name.casefold()
        close = [label for label in labels if lower in label.casefold()][:3]
    return f"; did you mean {', '.join(close)}?" if close else ""


def _default_name(args: argparse.Namespace) -> str:
    from newsgraph.views.render import _slug

    if args.actor:
        return f"actor-{_slug(args.actor, args.actor.casefold())}.html"
    if args.pair:
        a, b = args.pair
        return f"pair-{_slug(a + '--' + b, (a + b).casefold())}.html"
    if args.article:
        return f"article-{_slug(args.article, args.article)}.html"
    return "state.html" if args.level == "state" else "graph.html"


def _say(args: argparse.Namespace, text: str) -> None:
    if not getattr(args, "quiet", False):
        print(text, file=sys.stderr)
