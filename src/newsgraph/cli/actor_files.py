"""The `--actors FILE` option shared by extract, build and eval: user actors on top of the bundled KB."""

from __future__ import annotations

import argparse
import functools

from newsgraph.model import InputError

ACTORS_HELP = (
    "add the actors of FILE (tab-separated: key, label, type = state|organization|group|person, and optional "
    "code, aliases separated by '|', affiliation key; a header row names the columns) to the bundled knowledge "
    "base; repeat for more files. A key or label the bundled KB has is an error. Format: ontology/actors/README.md"
)


def add_actors_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actors", action="append", default=[], metavar="FILE", help=ACTORS_HELP)


def knowledge_base(args: argparse.Namespace, extra: tuple = ()):
    """The KB a command extracts with: None (the bundled default) unless --actors files or `extra` entries (a dev
    set's own actors) add to it. A bad file or a clash is a CliError (one line, non-zero exit)."""
    from newsgraph.actors.user import load_user_kb
    from newsgraph.cli import CliError

    if not args.actors and not extra:
        return None
    try:
        kb = load_user_kb(args.actors)
        return _extended(kb, tuple(extra)) if extra else kb
    except InputError as exc:
        raise CliError(str(exc)) from None


@functools.lru_cache(maxsize=4)
def _extended(kb, extra: tuple):
    # Cached so that repeated runs in one process reuse one KB, and with it the extractor's cached resolvers.
    return kb.extended(extra)
