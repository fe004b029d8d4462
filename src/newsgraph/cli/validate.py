"""`newsgraph validate`: check a store or an RDF file against the SHACL shapes in ontology/shapes.ttl."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsgraph.cli import CliError

HELP = "check the graph against the SHACL shapes (exit 0 if it conforms, 1 if not)"
DESCRIPTION = """\
Validate newsgraph RDF with pyshacl against ontology/shapes.ttl: every event has exactly one subject and object
actor, a CAMEO code under its relation, evidence, a confidence in [0, 1], a boolean ng:negated and its article;
actors have a label, a key and a type; articles at most one date, language and title; clusters count mentions.

Checks a store (--store, default output/store) or an RDF file (Turtle, N-Triples, RDF/XML, JSON-LD, TriG,
N-Quads; a dataset's graphs are checked together). Exit status: 0 conforms (warnings allowed), 1 violations,
2 the input could not be read.

examples:
  newsgraph validate
  newsgraph validate output/graph.ttl
  newsgraph validate --store output/store --examples 10
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "validate", help=HELP, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="an RDF file to check instead of the store")
    p.add_argument("--store", metavar="LOC", help="the store to check (default: output/store)")
    p.add_argument("--examples", type=int, default=3, metavar="N", help="focus nodes shown per problem (default: 3)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.model import InputError
    from newsgraph import validate

    if args.file and args.store:
        raise CliError("give a FILE or --store, not both")
    def progress(what: str) -> None:
        if not getattr(args, "quiet", False):
            print(f"newsgraph: checking {what} against ontology/shapes.ttl ...", file=sys.stderr, flush=True)

    try:
        if args.file:
            source = args.file
            progress(args.file)
            report = validate.validate_file(args.file)
        else:
            location = args.store or "output/store"
            if args.store is None and not Path(location).exists():
                raise CliError("no store at output/store: run `newsgraph build` first, or give --store or a FILE")
            from newsgraph.store import open_store

            source = location
            progress(f"the store {location}")
            with open_store(location, read_only=True) as store:
                report = validate.validate_store(store)
    except InputError as exc:
        raise CliError(str(exc)) from None
    print(f"{source}: {report.summary(max(0, args.examples))}")
    return 0 if report.conforms else 1
