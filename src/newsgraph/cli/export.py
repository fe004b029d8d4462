"""`newsgraph export`: the store as Turtle, N-Triples, JSON-LD, TriG, N-Quads, GraphML, GEXF, CSV or JSONL."""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

from newsgraph.cli import CliError
from newsgraph.model import InputError

FORMATS = ["turtle", "ntriples", "jsonld", "trig", "nquads", "graphml", "gexf", "csv", "jsonl"]


def register(subparsers) -> None:
    from newsgraph.export import exporters

    formats = "\n".join(f"  {name:<9} {ex.description}" for name, ex in exporters().items())
    p = subparsers.add_parser(
        "export",
        help="write the store as RDF, a Gephi graph or flat event files",
        description="Export the whole store in one format, to stdout or a file.",
        epilog=f"formats:\n{formats}\n\nA file is written to a temporary name and renamed when complete: a failed "
        "export never leaves a half-written file.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--format", "-f", required=True, choices=list(exporters()), metavar="FORMAT",
                   help="one of: " + ", ".join(exporters()))
    p.add_argument("--store", metavar="LOC", help="store location (default output/store; memory:, http(s)://...)")
    p.add_argument("--out", "-o", metavar="FILE", help="output file (default: stdout)")
    p.set_defaults(func=run)


def run(args) -> int:
    from newsgraph.store import open_store

    try:
        with open_store(args.store, read_only=True) as store:
            if args.out is None:
                buf = io.BytesIO()  # buffered: an error mid-export prints nothing partial
                store.export(args.format, buf)
                sys.stdout.buffer.write(buf.getvalue())
                sys.stdout.flush()
                return 0
            out = Path(args.out)
            if out.is_dir():
                raise CliError(f"{out}: is a directory")
            if not out.parent.is_dir():
                raise CliError(f"{out.parent}: no such directory")
            fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
            try:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would make the export unreadable to others
                with os.fdopen(fd, "wb") as fh:
                    store.export(args.format, fh)
                os.replace(tmp, out)
            except BaseException:
                os.unlink(tmp)
                raise
    except InputError as exc:
        raise CliError(str(exc)) from None
    print(f"newsgraph: wrote {args.out} ({args.format})", file=sys.stderr)
    return 0
