"""`newsgraph actors`: look up what a phrase resolves to, list or export the actor knowledge base."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from newsgraph.cli import CliError
from newsgraph.cli.actor_files import add_actors_option, knowledge_base
from newsgraph.model import ACTOR_TYPES, InputError

HELP = "look up, list or export the actor knowledge base"
DESCRIPTION = """\
The actor knowledge base (ontology/actors/) links names, metonyms, epithets and role phrases in English and
Indonesian to actors with Wikidata QIDs, and knows who held which office when.

sub-commands:
  lookup TEXT     what TEXT resolves to: label, QID, type, affiliation and role, and the alias or office matched
  list            every actor in the knowledge base (filter with --type)
  export          the knowledge base as RDF (Turtle), for the graph or for other tools

examples:
  newsgraph actors lookup "Sekjen NATO" --lang id --date 2022-11-29
  newsgraph actors lookup "the Russian foreign ministry"
  newsgraph actors lookup "Negeri Tirai Bambu" --lang id --json
  newsgraph actors list --type state
  newsgraph actors export > actors.ttl
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actors", help=HELP, description=DESCRIPTION,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    cmds = p.add_subparsers(dest="actors_command", metavar="SUBCOMMAND")

    look = cmds.add_parser("lookup", help="what a name or role phrase resolves to",
                           description="Resolve TEXT as a mention in an article of --lang dated --date: prints "
                           "the actor's label, QID, type, affiliation and role, and the alias or office matched.")
    look.add_argument("text", metavar="TEXT", help='a name or phrase, e.g. "Menlu AS" or "the NATO chief"')
    look.add_argument("--lang", default="en", help="language of TEXT (default: en; e.g. id)")
    look.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                      help="the article date offices are looked up at (default: the current office holders)")
    look.add_argument("--json", action="store_true", help="print JSON")
    add_actors_option(look)  # check a user actor file: does this name resolve to my actor?
    look.set_defaults(func=run_lookup)

    lst = cmds.add_parser("list", help="list the actors in the knowledge base",
                          description="List every actor: key, type, QID, code and English label.")
    lst.add_argument("--type", choices=ACTOR_TYPES, help="only actors of this type")
    lst.add_argument("--lang", help="also print each actor's label in this language")
    lst.add_argument("--json", action="store_true", help="print JSON Lines, one actor per line")
    lst.set_defaults(func=run_list)

    exp = cmds.add_parser("export", help="the knowledge base as Turtle",
                          description="Write the knowledge base as RDF Turtle to stdout or --output.")
    exp.add_argument("-o", "--output", metavar="FILE.ttl", help="write here instead of stdout")
    exp.set_defaults(func=run_export)

    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (want YYYY-MM-DD)") from None


def _kb():
    from newsgraph.actors import load_kb

    try:
        return load_kb()
    except (InputError, FileNotFoundError) as exc:
        raise CliError(f"cannot load the actor knowledge base: {exc}") from None


def run_lookup(args: argparse.Namespace) -> int:
    from newsgraph.actors import ActorResolver, resolver_for

    kb = _kb()
    if args.lang not in kb.languages():
        raise CliError(f"no actor names for language {args.lang!r} (have: {', '.join(kb.languages())})")
    user_kb = knowledge_base(args)
    try:
        resolver = ActorResolver(user_kb, lang=args.lang) if user_kb is not None else resolver_for(args.lang)
        mention = resolver.lookup(args.text, args.date)
    except InputError as exc:
        raise CliError(str(exc)) from None
    if mention is None:
        if args.json:
            print(json.dumps({"text": args.text, "actor": None}))
        else:
            print(f"{args.text!r}: no actor found", file=sys.stderr)
        return 1
    actor = mention.actor
    if args.json:
        out = {"text": args.text, "span": mention.text, "matched": mention.matched, "how": mention.how,
               "actor": actor.as_json() | {"key": actor.key} if actor else None}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    rows = [("span", mention.text)]
    if actor is None:
        rows.append(("actor", "ambiguous: not resolved without context"))
    else:
        rows += [("label", actor.label), ("qid", actor.qid or "-"), ("type", actor.type), ("key", actor.key)]
        if actor.code:
            rows.append(("code", actor.code))
        if actor.affiliation is not None:
            aff = actor.affiliation
            rows.append(("affiliation", f"{aff.label} ({aff.qid or aff.key})"))
        if actor.role:
            rows.append(("role", actor.role))
    rows += [("matched", mention.matched), ("how", mention.how)]
    if args.date:
        rows.append(("date", args.date.isoformat()))
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    kb = _kb()
    if args.lang and args.lang not in kb.languages():
        raise CliError(f"no actor names for language {args.lang!r} (have: {', '.join(kb.languages())})")
    for key, actor in kb.actors.items():
        if args.type and actor.type != args.type:
            continue
        if args.json:
            row = {"key": key} | actor.as_json()
            if args.lang:
                row["label_" + args.lang] = kb.label(key, args.lang)
            print(json.dumps(row, ensure_ascii=False))
        else:
            cells = [key, actor.type, actor.qid or "-", actor.code or "-", actor.label]
            if args.lang:
                cells.append(kb.label(key, args.lang))
            print("\t".join(cells))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from newsgraph.actors.rdf import kb_graph

    text = kb_graph(_kb()).serialize(format="turtle")
    if args.output:
        import os
        import tempfile

        folder = os.path.dirname(os.path.abspath(args.output))
        try:  # write beside the target and rename: never a half-written file
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, args.output)
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror}") from None
    else:
        sys.stdout.write(text)
    return 0
