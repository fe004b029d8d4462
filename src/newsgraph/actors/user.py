"""User actor files: actors the bundled knowledge base lacks (a local militia, a company, a fictional world),
loaded on top of it. The format is documented in ontology/actors/README.md ("Your own actors").

    kb = load_user_kb(["militias.tsv"])       # the bundled KB plus the file's actors, cached per file content
    events = extract_article(article, kb=kb)
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path
from typing import Sequence

from newsgraph.actors.kb import ActorEntry, KnowledgeBase, load_kb
from newsgraph.model import GROUP, ORGANIZATION, PERSON, STATE, Actor, InputError

USER_TYPES = (STATE, ORGANIZATION, GROUP, PERSON)
COLUMNS = ("key", "label", "type", "code", "aliases", "affiliation")
REQUIRED = ("key", "label", "type")

_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]*\Z")  # becomes an IRI path: actor/<key, ':' -> '/'>
_QID = re.compile(r"Q[1-9][0-9]*\Z")
_CODE = re.compile(r"[A-Za-z0-9]+\Z")


def read_actor_file(path: Path | str) -> list[ActorEntry]:
    """The actors of one user file. Any problem raises InputError naming the file (and line)."""
    return parse_actor_file(str(path), _read_bytes(Path(path)))


def parse_actor_file(name: str, data: bytes) -> list[ActorEntry]:
    """The actors of a user file's bytes; `name` is what errors call it."""
    if b"\0" in data:
        raise InputError(name, "is a binary file, not a tab-separated actor list")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(name, "is not UTF-8 text") from None
    header: list[str] | None = None
    entries: list[ActorEntry] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{name}:{lineno}"
        if header is None:
            header = _header(cells, where)
            continue
        if len(cells) > len(header):
            raise InputError(where, f"{len(cells)} tab-separated cells, the header has {len(header)} columns")
        entries.append(_entry(dict(zip(header, cells + [""] * (len(header) - len(cells)))), where))
    if header is None:
        raise InputError(name, f"is empty: want a header row ({', '.join(COLUMNS)}) and one actor per line")
    if not entries:
        raise InputError(name, "has a header but no actors")
    return entries


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "actor file not found") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, not an actor file") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None


def _header(cells: list[str], where: str) -> list[str]:
    names = [c.lower() for c in cells]
    unknown = [c for c in names if c not in COLUMNS]
    missing = [c for c in REQUIRED if c not in names]
    if unknown or missing:
        what = f"unknown column {unknown[0]!r}" if unknown else f"no {missing[0]!r} column"
        raise InputError(where, f"{what}: the header row names tab-separated columns from {', '.join(COLUMNS)} "
                                f"(key, label and type required)")
    if len(set(names)) != len(names):
        raise InputError(where, "a column is named twice in the header row")
    return names


def _entry(row: dict[str, str], where: str) -> ActorEntry:
    for column in REQUIRED:
        if not row[column]:
            raise InputError(where, f"empty {column}")
    key, label, type_ = row["key"], row["label"], row["type"].lower()
    if not _KEY.match(key):
        raise InputError(where, f"bad key {key!r} (letters, digits and _ . : - only, starting with a letter; "
                                "e.g. group:my-militia, or a Wikidata QID)")
    if type_ not in USER_TYPES:
        raise InputError(where, f"unknown type {row['type']!r} (want {', '.join(USER_TYPES)})")
    code = row.get("code", "")
    if code and not _CODE.match(code):
        raise InputError(where, f"bad code {code!r} (letters and digits only, e.g. an ISO or CAMEO code: ARN)")
    aliases = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
    actor = Actor(key=key, label=label, type=type_, qid=key if _QID.match(key) else None,
                  code=code.upper() or None)
    return ActorEntry(actor, tuple(dict.fromkeys([label, *aliases])), row.get("affiliation") or None, where)


def load_user_kb(paths: Sequence[Path | str], base: KnowledgeBase | None = None) -> KnowledgeBase:
    """The bundled knowledge base (or `base`) plus the actors of `paths`, in order. With the bundled base the
    result is cached per file content, so repeated runs in one process share one KB (and its resolvers)."""
    if not paths:
        return base or load_kb()
    contents = tuple((str(p), _read_bytes(Path(p))) for p in paths)
    if base is not None:
        return _extend(base, contents)
    return _cached(contents)


@functools.lru_cache(maxsize=8)
def _cached(contents: tuple[tuple[str, bytes], ...]) -> KnowledgeBase:
    return _extend(load_kb(), contents)


def _extend(base: KnowledgeBase, contents: tuple[tuple[str, bytes], ...]) -> KnowledgeBase:
    entries: list[ActorEntry] = []
    for name, data in contents:
        entries += parse_actor_file(name, data)
    return base.extended(entries)


def actor_files_digest(paths: Sequence[Path | str]) -> str:
    """A digest of the files' contents (not their names): what makes a build re-extract when they change."""
    h = hashlib.sha256()
    for p in paths:
        h.update(hashlib.sha256(_read_bytes(Path(p))).digest())
    return h.hexdigest()
