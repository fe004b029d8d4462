"""`newsgraph query`: SPARQL over the store, ad hoc or saved (ontology/queries/*.rq), results as table/CSV/JSON."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from newsgraph.cli import CliError
from newsgraph.model import InputError

EPILOG = """\
examples:
  newsgraph query "SELECT ?s ?o WHERE { ?s ng:disapprove ?o }"
  newsgraph query --saved who_accuses_whom --param actor=Russia --param since=2022-01-01
  newsgraph query --list
  newsgraph query my_query.rq --format csv > out.csv

The prefixes ng: actor: event: article: cameo: wd: prov: schema: skos: rdf: rdfs: owl: xsd: dcterms: are
declared for you. Ad-hoc queries see the union of all graphs (on a remote endpoint, if it is set up so:
`oxigraph serve --union-default-graph`); each article is its own named graph, the ontology is in
<https://newsgraph.dev/graph/kb> and the cross-article event clusters in <https://newsgraph.dev/graph/clusters>.
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "query",
        help="ask the store in SPARQL (ad hoc, a .rq file, or a saved query)",
        description="Run a SPARQL SELECT/ASK/CONSTRUCT query over the store and print the answer.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", nargs="?", help="SPARQL text or a .rq file")
    p.add_argument("--store", metavar="LOC", help="store location: a directory (default output/store), "
                   "memory:, or a SPARQL endpoint URL http(s)://.../query")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format (default table)")
    p.add_argument("--saved", metavar="NAME", help="run the saved query NAME (see --list)")
    p.add_argument("--param", action="append", default=[], metavar="K=V",
                   help="a parameter of the saved query or .rq file; repeatable; values are bound, never spliced")
    p.add_argument("--list", action="store_true", help="describe the saved queries and their parameters")
    p.set_defaults(func=run)


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise CliError(f"--param {pair!r}: expected NAME=VALUE")
        out[name.strip()] = value
    return out


def _list() -> str:
    from newsgraph.store.saved import saved_queries

    lines = []
    for name, q in saved_queries().items():
        lines.append(name)
        lines += textwrap.wrap(q.description, 100, initial_indent="    ", subsequent_indent="    ")
        for prm in q.params:
            kind = prm.type + (", optional" if prm.optional else "")
            lines.append(f"    --param {prm.name}=…  ({kind}) {prm.description}")
        lines.append("")
    return "\n".join(lines).rstrip()


def run(args) -> int:
    from newsgraph.store import open_store
    from newsgraph.store.saved import get_saved, parse

    if args.list:
        print(_list())
        return 0
    params = _params(args.param)
    try:
        if args.saved:
            if args.query:
                raise CliError("give either a query or --saved NAME, not both")
            saved = get_saved(args.saved)
            text, params_of = saved.text, saved
        elif args.query:
            path = Path(args.query)
            if args.query.endswith(".rq") or (len(args.query) < 4096 and "\n" not in args.query and path.is_file()):
                if not path.is_file():
                    raise CliError(f"{args.query}: no such query file")
                saved = parse(path)
                text, params_of = saved.text, saved
            else:
                if params:
                    raise CliError("--param needs --saved NAME or a .rq file")
                text, params_of = args.query, None
        else:
            raise CliError("give a SPARQL query, a .rq file, --saved NAME or --list")
        if not text.strip():
            raise CliError("the query is empty")
        if params_of is not None:
            params_of.bindings(params)  # parameter mistakes are reported before the store is opened
        with open_store(args.store, read_only=True) as store:
            bindings = params_of.bindings(params, store) if params_of is not None else {}
            result = store.query(text, bindings)
    except InputError as exc:
        raise CliError(str(exc)) from None
    render = {"table": result.to_table, "csv": result.to_csv, "json": result.to_json}[args.format]
    out = render()
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return 0
