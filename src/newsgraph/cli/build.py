"""`newsgraph build`: ingest into the store, then write the graph, the events and the HTML view."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from newsgraph.batch import Progress, RunStats, iter_extracted
from newsgraph.cli import CliError
from newsgraph.cli.actor_files import add_actors_option, knowledge_base
from newsgraph.model import InputError

HELP = """\
Read articles, extract their events and add them to the graph store (default: OUT/store, an embedded
Oxigraph database that persists between runs). Then write:

  OUT/graph.ttl      the whole graph in Turtle
  OUT/events.jsonl   every event in the store, one JSON object per line (the stable events schema)
  OUT/graph.html     an interactive view that opens from a file with no network

A build adds to what the store holds: an article already stored with the same text by the same extractor is
skipped, and an article whose text changed replaces its own events and nothing else. A run of more than a few
articles writes them in batches and computes the cross-article event clusters once at the end ("computing the
event clusters"); interrupted anywhere, the next build finishes the job. A new newsgraph version, or
an edit of the lexicons, actor knowledge base or taxonomy, extracts every stored article again. INPUT is a .txt, .html or .jsonl file, a directory
(read recursively) or - for stdin. Unreadable inputs are reported one line each and the others still processed;
the exit status is then 1.

--actors FILE adds actors the bundled knowledge base lacks (format: ontology/actors/README.md, or
`newsgraph extract --help`). The files are part of the extractor version: adding, dropping or editing one
extracts every stored article again on the next build that reads them.
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="ingest articles into the store and write graph.ttl, events.jsonl, graph.html",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or - for stdin")
    p.add_argument("--out", default="output", metavar="DIR", help="where the outputs go (default: output/)")
    p.add_argument("--store", metavar="LOC",
                   help="store location: a directory (embedded Oxigraph), memory:, or a SPARQL endpoint URL "
                        "(default: OUT/store)")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="store only events whose confidence is at least X (0-1; default 0)")
    p.add_argument("--no-html", action="store_true", help="skip the HTML view")
    add_actors_option(p)
    p.set_defaults(func=run)


@contextmanager
def atomic_output(path: Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside `path`, renamed into place only when the writer finishes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def run(args: argparse.Namespace) -> int:
    from newsgraph.extract import version as extract_version
    from newsgraph.graph import events_from_store
    from newsgraph.store import article_digest, open_store
    from newsgraph.store.writer import ArticleWriter

    if not 0.0 <= args.min_confidence <= 1.0:
        raise CliError("--min-confidence must be between 0 and 1")
    kb = knowledge_base(args)  # before the store opens: a bad actor file changes nothing
    out = Path(args.out)
    location = args.store or str(out / "store")
    stats = RunStats()
    progress = Progress(enabled=not args.quiet)
    try:
        store_cm = open_store(location)
    except (OSError, ValueError) as exc:
        raise CliError(f"cannot open the store at {location}: {exc}") from None
    try:
        version = extract_version.with_actor_files(extract_version.extractor_version(), args.actors)
    except InputError as exc:  # an actor file gone since it was read
        raise CliError(str(exc)) from None

    def stored_digest(article) -> str:
        return extract_version.versioned_digest(article_digest(article), version)

    with store_cm as store:
        def wanted(article) -> bool:
            return store.article_state(article.id) != stored_digest(article)

        # Many articles take the bulk path (batched writes, clusters recomputed once at the end): see ArticleWriter
        with ArticleWriter(store, on_cluster=lambda: progress.note(stats, "computing the event clusters")) as write:
            for article, events in iter_extracted(
                args.inputs, stats=stats, min_confidence=args.min_confidence, progress=progress, wanted=wanted, kb=kb
            ):
                write(article, events, digest=stored_digest(article))
        progress.done(stats)

        with atomic_output(out / "graph.ttl", "wb") as fh:
            store.export("turtle", fh)
        events = events_from_store(store)
        with atomic_output(out / "events.jsonl") as fh:
            for e in events:
                fh.write(json.dumps(e.as_json(), ensure_ascii=False) + "\n")
        written = [out / "graph.ttl", out / "events.jsonl"]
        if not args.no_html:
            from newsgraph.views import render_graph

            tmp_html = out / ".graph.html.partial"
            try:
                render_graph(events, tmp_html, title="newsgraph")
                os.replace(tmp_html, out / "graph.html")
            finally:
                tmp_html.unlink(missing_ok=True)
            written.append(out / "graph.html")
        total = store.triple_count()

    if not args.quiet:
        print(f"store: {location} ({total} triples; {stats.unchanged} unchanged articles skipped)")
        print(f"events in store: {len(events)}")
        for path in written:
            print(f"wrote {path}")
    return 1 if stats.failed else 0
