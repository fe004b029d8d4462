"""`newsgraph extract`: events to stdout, no store."""

from __future__ import annotations

import argparse
import json
import sys

from newsgraph.batch import Progress, RunStats, iter_extracted
from newsgraph.cli.actor_files import add_actors_option, knowledge_base

HELP = """\
Read articles and print the events found in them, one JSON object per line (the stable events schema,
see README). Nothing is stored. INPUT is a .txt, .html or .jsonl file, a directory (read recursively) or - for stdin.
Inputs that cannot be read are reported on stderr, one line each, and the others are still processed;
the exit status is then 1.

--actors FILE adds actors the bundled knowledge base lacks (a local militia, a company, a fictional world):
  key<TAB>label<TAB>type<TAB>code<TAB>aliases<TAB>affiliation
  group:zorblax-brigade<TAB>Zorblax Brigade<TAB>group<TAB><TAB>Zorblax|the Brigade<TAB>Q159
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="print the events of articles (no store)", description=HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or - for stdin")
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="drop events whose confidence is below X (0-1; default 0)")
    p.add_argument("--level", choices=["actor", "state"], default="actor",
                   help="'state' folds persons into the bodies they speak for")
    add_actors_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    kb = knowledge_base(args)
    stats = RunStats()
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())
    out = sys.stdout
    for _, events in iter_extracted(args.inputs, stats=stats, min_confidence=args.min_confidence, progress=progress,
                                    kb=kb):
        for e in events:
            if args.level == "state":
                e.subject, e.object = e.subject.at_level("state"), e.object.at_level("state")
                if e.subject.key == e.object.key:
                    continue
            if args.format == "jsonl":
                out.write(json.dumps(e.as_json(), ensure_ascii=False) + "\n")
            else:
                neg = "NOT " if e.negated else ""
                out.write(f"{e.subject.label:<24} {neg}{e.relation:<28} {e.object.label:<24} {e.cameo:<5} {e.confidence:.2f}\n")
    progress.done(stats)
    return 1 if stats.failed else 0
