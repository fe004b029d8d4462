"""The `newsgraph` command line. Each sub-command lives in its own module with a `register(subparsers)`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from newsgraph import __version__

# Module names under newsgraph.cli, in the order `--help` lists them.
COMMANDS = ["build", "extract", "query", "render", "export", "actors", "eval", "serve", "validate", "stats"]

DESCRIPTION = """\
newsgraph turns news articles (English and Indonesian) into a knowledge graph of who does what to whom:
actors linked to Wikidata, events coded in CAMEO, each with its evidence sentence.

typical use:
  newsgraph build samples/            ingest, extract, store; write output/graph.ttl, graph.html, events.jsonl
  newsgraph query "SELECT ..."        ask the store in SPARQL
  newsgraph render --actor Russia     an HTML view of one actor's neighbourhood
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors and results")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"newsgraph.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"newsgraph.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


class CliError(Exception):
    """An error the user can fix: printed as one line, exit status 2."""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.ERROR if args.quiet else logging.WARNING,
        format="newsgraph: %(message)s",
        stream=sys.stderr,
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"newsgraph: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
