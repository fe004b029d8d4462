"""`newsgraph serve`: a SPARQL 1.1 endpoint over the store, with a query page and the HTML views."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from newsgraph.cli import CliError

HELP = "serve the graph as a SPARQL 1.1 endpoint, with a query page and the HTML views"
DESCRIPTION = """\
Start a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql over the store (default output/store).

  GET  /sparql?query=...                      POST /sparql (form query=... or update=...)
  POST /sparql  Content-Type: application/sparql-query | application/sparql-update
  /                a query page for the browser     /views/NAME.html  the HTML views from --views

SELECT/ASK answer as application/sparql-results+json (default), application/sparql-results+xml, text/csv or
text/tab-separated-values; CONSTRUCT/DESCRIBE as text/turtle (default), application/ld+json, application/n-triples
or application/rdf+xml, chosen by the Accept header or ?format=json|xml|csv|tsv|turtle|jsonld.
The endpoint is read-only unless --allow-update, and listens on 127.0.0.1 unless --host says otherwise.

examples:
  newsgraph serve
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:8000/sparql
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve", help=HELP, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "--store", metavar="LOC", default=None, help="store to serve: a path or memory: (default: output/store)"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    p.add_argument("--allow-update", action="store_true", help="accept SPARQL UPDATE (default: read-only)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="per-query time limit (default: 30)")
    p.add_argument(
        "--limit", type=int, default=10000, metavar="ROWS", help="most rows or triples per answer (default: 10000)"
    )
    p.add_argument(
        "--views", metavar="DIR", default="output", help="folder of HTML views served at /views/ (default: output)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.model import InputError
    from newsgraph.server import Endpoint, engine_for, make_server
    from newsgraph.store import open_store

    if args.timeout <= 0:
        raise CliError("--timeout must be positive")
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    if not 0 <= args.port <= 65535:
        raise CliError("--port must be between 0 and 65535")
    location = args.store
    if location is None:
        location = "output/store"
        if not Path(location).exists():
            raise CliError("no store at output/store: run `newsgraph build` first, or pass --store")
    views = Path(args.views)
    if not getattr(args, "quiet", False):
        logging.getLogger("newsgraph.serve").setLevel(logging.INFO)  # one access-log line per request
    try:
        # Opened for writing even when the endpoint is read-only: Oxigraph's read-only mode is undefined behaviour
        # while another process writes, and a server runs long enough to meet a build. The lock makes a build
        # started meanwhile fail with a clear message instead.
        with open_store(location) as store:
            endpoint = Endpoint(
                engine_for(store), allow_update=args.allow_update, timeout=args.timeout, limit=args.limit
            )
            try:
                server = make_server(endpoint, args.host, args.port, views if views.is_dir() else None)
            except OSError as exc:
                raise CliError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
            mode = "read-write" if args.allow_update else "read-only"
            print(
                f"newsgraph: SPARQL endpoint at {server.url}/sparql ({mode}); query page at {server.url}/",
                file=sys.stderr,
                flush=True,
            )
            if args.host not in ("127.0.0.1", "localhost", "::1"):
                print(f"newsgraph: warning: listening on {args.host}: other machines can reach it", file=sys.stderr)
            _stop_on_sigterm()
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                print("newsgraph: stopped", file=sys.stderr)
            finally:
                server.server_close()
    except InputError as exc:
        raise CliError(str(exc)) from None
    return 0


def _stop_on_sigterm() -> None:
    """`kill` (SIGTERM) stops the server like Ctrl-C does: the store is closed, not abandoned."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
