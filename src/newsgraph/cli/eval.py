"""`newsgraph eval`: precision, recall and F1 of the event coder against gold triples."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from newsgraph.model import Article, Event, InputError

HELP = "score extracted events against gold triples (precision, recall, F1)"

DESCRIPTION = """\
Score newsgraph's event coder against gold (subject, relation, object) triples: precision, recall and F1 overall,
per language and per relation class, then the misses (gold not predicted) and false hits (predicted, not gold).

GOLD is a JSON Lines file, one sentence or article per line (format: docs/eval.md). When its items carry their
own text they are the input; for article-level gold, give the articles as INPUT (text files named <id>.txt, or
JSON Lines of {"id", "text", "title"?, "date"?}) and they are matched to gold items by id.

examples:
  newsgraph eval mygold.jsonl
  newsgraph eval --devset id --show-errors 30
  newsgraph eval --devset plover --json > plover.json
  newsgraph eval mygold.jsonl --predictions output/events.jsonl   score saved events, no extraction
  newsgraph eval mygold.jsonl --actors my_actors.tsv              extract with your own actors added

The petrarch dev set codes a fictional world (Arnor, Gondor, ...): it is extracted with that world's states added
as user actors (evaluation/data/actor_codes.toml, [petrarch]), as PETRARCH runs it with its own dictionary.
"""


def register(subparsers) -> None:
    from newsgraph.cli.actor_files import add_actors_option
    from newsgraph.evaluation.devsets import DEVSETS

    p = subparsers.add_parser("eval", help=HELP, description=DESCRIPTION,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold", nargs="?", metavar="GOLD.jsonl", help="gold file (see docs/eval.md)")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="articles for article-level gold, matched by id")
    p.add_argument("--devset", choices=sorted(DEVSETS),
                   help="score a bundled dev set instead of GOLD: " + "; ".join(f"{k}: {v[1]}" for k, v in DEVSETS.items()))
    p.add_argument("--predictions", metavar="EVENTS.jsonl",
                   help="score these events (newsgraph's events JSON Lines, 'article' = gold id) instead of extracting")
    p.add_argument("--level", choices=["actor", "state"],
                   help="actor: persons are themselves; state: persons fold into the body they speak for, on both "
                        "sides (default: actor, or the level a dev set is coded at)")
    p.add_argument("--strict", action="store_true", help="a triple matches only if its negation agrees too")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="ignore predicted events with confidence below X (default 0)")
    p.add_argument("--show-errors", type=int, default=10, metavar="N",
                   help="list at most N misses and N false hits (default 10; 0 for none)")
    p.add_argument("--json", action="store_true", help="print the full report as JSON (all errors)")
    p.add_argument("--fail-under", type=float, metavar="F1",
                   help="exit with status 1 when overall F1 is below this (for CI)")
    add_actors_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from newsgraph.cli import CliError
    from newsgraph.cli.actor_files import knowledge_base
    from newsgraph.evaluation import format_report, load_devset, load_gold, predict, score

    if args.show_errors < 0:
        raise CliError("--show-errors must be 0 or more")
    if not 0.0 <= args.min_confidence <= 1.0:
        raise CliError("--min-confidence must be between 0 and 1")
    if bool(args.gold) == bool(args.devset):
        raise CliError("give either a GOLD.jsonl file or --devset NAME (one of them)")
    if args.actors and args.predictions:
        raise CliError("--actors changes extraction; --predictions scores saved events without extracting")
    world = ()  # a dev set's own actors
    try:
        if args.devset:
            loaded = load_devset(args.devset)
            gold, level, title = loaded.items, args.level or loaded.level, f"dev set {args.devset}"
            world = loaded.actors
            if loaded.skipped:
                title += f" ({loaded.skipped} records without usable triples left out)"
        else:
            gold, level, title = load_gold(args.gold), args.level or "actor", args.gold
        articles = _read_inputs(args.inputs, {g.id for g in gold})
    except InputError as exc:
        raise CliError(str(exc)) from None
    textless = [g.id for g in gold if not g.text.strip() and g.id not in articles]
    if textless and not args.predictions:
        shown = ", ".join(textless[:5]) + (" ..." if len(textless) > 5 else "")
        raise CliError(f"{len(textless)} gold items have no text and no INPUT article with their id: {shown}")

    failures: dict[str, str] = {}
    if args.predictions:
        predicted = _read_predictions(Path(args.predictions))
        stray = set(predicted) - {g.id for g in gold}
        if stray:  # usually article ids that differ from the gold ids: say so rather than score zero silently
            logging.getLogger("newsgraph").warning(
                "%d of %d predicted articles match no gold id (e.g. %s); their events are not scored",
                len(stray), len(predicted), sorted(stray)[0])
    else:
        kb = knowledge_base(args, world)
        try:
            from newsgraph.evaluation.predict import default_extractor

            extractor = default_extractor() if kb is None else default_extractor(kb)
        except ImportError as exc:
            raise CliError(f"the event extractor is not available ({exc}); use --predictions EVENTS.jsonl") from None
        show = not args.quiet and sys.stderr.isatty() and len(gold) >= 50
        progress = (lambda n: print(f"\rextracting {n}/{len(gold)}", end="", file=sys.stderr)) if show else None
        try:
            predicted = predict(gold, extractor, articles=articles, failures=failures, progress=progress)
        except ImportError as exc:  # a stage the extractor needs is missing from this install
            raise CliError(f"the event extractor cannot run ({exc})") from None
        if show:
            print(file=sys.stderr)
    if args.min_confidence:
        predicted = {k: [e for e in v if e.confidence >= args.min_confidence] for k, v in predicted.items()}

    report = score(gold, predicted, level=level, strict=args.strict)
    report.failed = failures
    extra = {}
    if args.devset == "plover":  # beside the score, never instead of it: see evaluation/plover.py
        from newsgraph.evaluation.plover import cameo_actor_codes

        extra["cameo_actor_codes"] = score(gold, cameo_actor_codes(predicted), level=level, strict=args.strict)
    if args.json:
        print(json.dumps({"gold": title, **report.as_json(),
                          **{k: {"precision": r.precision, "recall": r.recall, "f1": r.f1, "tp": r.overall.tp,
                                 "fp": r.overall.fp, "fn": r.overall.fn} for k, r in extra.items()}},
                         ensure_ascii=False, indent=1))
    else:
        print(format_report(report, show_errors=args.show_errors, title=title))
        for r in extra.values():
            print(f"\nwith CAMEO's actor codes (non-state groups as their country: Hamas is Palestine, as the gold "
                  f"codes them; not what --level state does): P {_figure(r.precision)}  R {_figure(r.recall)}  "
                  f"F1 {_figure(r.f1)}"
                  f"  (tp {r.overall.tp}, fp {r.overall.fp}, fn {r.overall.fn})")
    if args.fail_under is not None and (report.f1 or 0.0) < args.fail_under:
        return 1
    return 0


def _figure(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _read_inputs(paths: list[str], gold_ids: set[str]) -> dict[str, Article]:
    """Articles for article-level gold: <id>.txt files, or JSON Lines of article objects."""
    import datetime as dt

    out: dict[str, Article] = {}
    for name in paths:
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(name, f"cannot read ({exc.strerror or exc})") from None
        except UnicodeDecodeError:
            raise InputError(name, "is not UTF-8 text") from None
        if path.suffix == ".jsonl":
            for n, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                    art = Article(id=str(data["id"]), text=str(data["text"]), title=data.get("title"),
                                  language=data.get("lang") or data.get("language"),
                                  date=dt.date.fromisoformat(data["date"]) if data.get("date") else None)
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(f"{name}:{n}", f"not an article object with id and text ({exc})") from None
                art.paragraphs = [p for p in art.text.split("\n\n") if p.strip()]
                out[art.id] = art
        else:
            out[path.stem] = Article(id=path.stem, text=text, paragraphs=[p for p in text.split("\n\n") if p.strip()])
    for unknown in sorted(set(out) - gold_ids):
        logging.getLogger("newsgraph").warning("input %s matches no gold item id; ignored", unknown)
    return out


def _read_predictions(path: Path) -> dict[str, list[Event]]:
    from newsgraph.cli import CliError

    out: dict[str, list[Event]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CliError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise CliError(f"{path}: is not UTF-8 text") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            event = Event.from_json(json.loads(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise CliError(f"{path}:{n}: not an event ({exc})") from None
        out.setdefault(event.article, []).append(event)
    return out
