"""The actor knowledge base, compiled from the reviewed TSV data in ontology/actors/.

states.tsv, actors.tsv and people.tsv say who exists (language-neutral); names/<lang>.tsv and the generated
names/<lang>.cldr.tsv say what each is called in a language; roles.tsv and offices.tsv say who held which
office when. A language is available when it has a names file: adding one is adding data, not code.
"""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import functools
import os
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from newsgraph.datafile import read_tsv
from newsgraph.model import ORGANIZATION, PERSON, REGION, STATE, ACTOR_TYPES, Actor, InputError, actor_key
from newsgraph.resources import ontology_dir

ANY_LANGUAGE = "*"  # people's names: spelled the same in every language we read
ROLE_KINDS = ("office", "leader", "post", "body", "title")
NAME_KINDS = ("label", "alias", "abbrev", "demonym", "metonym", "institution", "epithet", "cldr")


@dataclass(frozen=True)
class Role:
    key: str
    kind: str  # one of ROLE_KINDS
    label: str  # English, as shown in Actor.role


@dataclass(frozen=True)
class Office:
    person: str  # actor keys
    body: str
    role: str
    start: dt.date
    end: dt.date | None  # None: in office now
    leads: bool

    def active(self, date: dt.date) -> bool:
        return self.start <= date and (self.end is None or date <= self.end)

    def days_from(self, date: dt.date) -> int:
        """How far `date` lies outside the term (0 inside it)."""
        if date < self.start:
            return (self.start - date).days
        if self.end is not None and date > self.end:
            return (date - self.end).days
        return 0


@dataclass(frozen=True)
class Name:
    text: str
    keys: tuple[str, ...]  # more than one: an ambiguous name
    kind: str
    lang: str


@dataclass(frozen=True)
class ActorEntry:
    """An actor added on top of the bundled data (a user's actor file, a dev set's fictional world)."""

    actor: Actor  # no affiliation yet: `affiliation` is resolved when the entry is added
    names: tuple[str, ...]  # every name it is called by, label included, in every language
    affiliation: str | None  # a person: the body they speak for; anything else: the body it is part of
    where: str  # "file:line", for errors


# A surname shorter than this is too often a word or an initial to stand for a person alone.
MIN_SURNAME = 4


def fold_name(word: str) -> str:
    """Case and accents folded: "Erdoğan" and "Erdogan" are one surname."""
    return unicodedata.normalize("NFKD", word.casefold()).encode("ascii", "ignore").decode()


class KnowledgeBase:
    """Actors, their names per language and their offices in time. Read-only once built."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.actors: dict[str, Actor] = {}
        self.tags: dict[str, frozenset[str]] = {}
        self.part_of: dict[str, str] = {}
        self.status: dict[str, str] = {}  # states: member | observer | other
        self.roles: dict[str, Role] = {}
        self.offices: list[Office] = []
        self._names: dict[str, dict[str, Name]] = defaultdict(dict)  # lang -> name text -> Name
        self._by_label: dict[str, str] = {}
        self._surnames: dict[str, list[str]] | None = None  # built on first use
        self.vessel_prefixes: dict[str, str] = {}  # "BRP" -> the Philippines' key
        self._load()

    # ---- loading -------------------------------------------------------------------------------------------

    def _add(self, actor: Actor, where: str) -> None:
        if actor.type not in ACTOR_TYPES:
            raise InputError(where, f"unknown actor type {actor.type!r}")
        if actor.key in self.actors:
            raise InputError(where, f"duplicate actor key {actor.key}")
        if actor.label in self._by_label:
            raise InputError(where, f"duplicate label {actor.label!r}")
        self.actors[actor.key] = actor
        self._by_label[actor.label] = actor.key

    def _load(self) -> None:
        for row in read_tsv(self.folder / "states.tsv"):
            actor = Actor(key=row["qid"], label=row["label"], type=STATE, qid=row["qid"], code=row["iso3"] or None)
            self._add(actor, row["_where"])
            self.status[actor.key] = row["status"]
            self.tags[actor.key] = frozenset({"state"})
        for row in read_tsv(self.folder / "actors.tsv"):
            qid = row["qid"] or None
            key = row["key"] or qid or actor_key(row["type"], row["label"])
            if qid and key != qid:
                raise InputError(row["_where"], f"key {key} must be the QID {qid}")
            self._add(Actor(key=key, label=row["label"], type=row["type"], qid=qid, code=row["code"] or None),
                      row["_where"])
            self.tags[key] = frozenset(t.strip() for t in row["tags"].split(",") if t.strip())
            if row["part_of"]:
                self.part_of[key] = row["part_of"]
        for row in read_tsv(self.folder / "people.tsv"):
            qid = row["qid"] or None
            key = qid or actor_key(PERSON, row["label"])
            self._add(Actor(key=key, label=row["label"], type=PERSON, qid=qid), row["_where"])
            self.tags[key] = frozenset()
            for alias in [row["label"], *row["aliases"].split("|")]:
                if alias.strip():
                    self._add_name(ANY_LANGUAGE, alias.strip(), (key,), "alias", row["_where"])
        for key, parent in self.part_of.items():
            if parent not in self.actors:
                raise InputError("actors.tsv", f"{key} is part_of unknown actor {parent}")
        for row in read_tsv(self.folder / "vessels.tsv"):
            if row["state"] not in self.actors:
                raise InputError(row["_where"], f"unknown actor key {row['state']}")
            self.vessel_prefixes[row["prefix"]] = row["state"]
        for row in read_tsv(self.folder / "roles.tsv"):
            if row["kind"] not in ROLE_KINDS:
                raise InputError(row["_where"], f"unknown role kind {row['kind']!r}")
            self.roles[row["role"]] = Role(row["role"], row["kind"], row["label"])
        for row in read_tsv(self.folder / "offices.tsv"):
            self.offices.append(self._office(row))
        self._by_person: dict[str, list[Office]] = defaultdict(list)
        self._by_body: dict[str, list[Office]] = defaultdict(list)
        for office in self.offices:
            self._by_person[office.person].append(office)
            self._by_body[office.body].append(office)
        names = self.folder / "names"
        for path in sorted(names.glob("*.tsv")):
            lang = path.name.split(".")[0]
            for row in read_tsv(path):
                keys = tuple(k.strip() for k in row["key"].split("|") if k.strip())
                for key in keys:
                    if key not in self.actors:
                        raise InputError(row["_where"], f"unknown actor key {key}")
                if row["kind"] not in NAME_KINDS:
                    raise InputError(row["_where"], f"unknown name kind {row['kind']!r}")
                self._add_name(lang, row["name"], keys, row["kind"], row["_where"])
        # The canonical English label is understood in every language (Indonesian news writes "Human Rights
        # Watch" and "NATO" too); names given for a language come first.
        for lang in self.languages():
            for actor in self.actors.values():
                if actor.type != PERSON and actor.label not in self._names[lang]:
                    self._add_name(lang, actor.label, (actor.key,), "alias", "label")

    def _office(self, row: dict[str, str]) -> Office:
        where = row["_where"]
        person = self._by_label.get(row["person"])
        if person is None or self.actors[person].type != PERSON:
            raise InputError(where, f"person {row['person']!r} is not in people.tsv")
        body = self._by_label.get(row["body"]) or (row["body"] if row["body"] in self.actors else None)
        if body is None:
            raise InputError(where, f"body {row['body']!r} is not a known actor label")
        if row["role"] not in self.roles:
            raise InputError(where, f"role {row['role']!r} is not in roles.tsv")
        start = _date(row["start"], where, end=False)
        if start is None:
            raise InputError(where, "an office needs a start date")
        end = _date(row["end"], where, end=True)
        if end is not None and end < start:
            raise InputError(where, "office ends before it starts")
        return Office(person, body, row["role"], start, end, row.get("leads") == "1")

    def _add_name(self, lang: str, text: str, keys: tuple[str, ...], kind: str, where: str) -> None:
        table = self._names[lang]
        old = table.get(text)
        if old is None:
            table[text] = Name(text, keys, kind, lang)
        elif set(keys) - set(old.keys):
            # The same name for another actor, in any file: the name is ambiguous (union of candidates).
            table[text] = Name(text, old.keys + tuple(k for k in keys if k not in old.keys), old.kind, lang)

    def extended(self, entries: Iterable[ActorEntry]) -> KnowledgeBase:
        """A new knowledge base: this one plus `entries`, which may only add actors (a key or label this one
        has already is an error naming the entry's line). This one is left unchanged (it is shared and cached)."""
        kb = copy.copy(self)
        kb._surnames = None
        kb.actors, kb._by_label = dict(self.actors), dict(self._by_label)
        kb.tags, kb.part_of, kb.status = dict(self.tags), dict(self.part_of), dict(self.status)
        kb._names = defaultdict(dict, {lang: dict(table) for lang, table in self._names.items()})
        entries = list(entries)
        first: dict[str, str] = {}
        for e in entries:
            key, label = e.actor.key, e.actor.label
            if key in self.actors:
                raise InputError(e.where, f"key {key} is already the bundled actor {self.actors[key].label!r}; "
                                          "an actor file may only add new keys")
            if key in first:
                raise InputError(e.where, f"duplicate key {key} (first given at {first[key]})")
            if label in self._by_label:
                raise InputError(e.where, f"label {label!r} is already the bundled actor {self._by_label[label]}; "
                                          "give the new actor another label")
            if label in kb._by_label:
                raise InputError(e.where, f"duplicate label {label!r} (also {kb._by_label[label]})")
            first[key] = e.where
            kb._add(e.actor, e.where)
            kb.tags[key] = frozenset({"state"}) if e.actor.type == STATE else frozenset()
        for e in entries:  # affiliations may name an entry given further down
            aff = e.affiliation
            if not aff:
                continue
            if aff == e.actor.key:
                raise InputError(e.where, "an actor cannot be affiliated with itself")
            if aff not in kb.actors:
                raise InputError(e.where, f"affiliation {aff} is not a known actor key")
            if e.actor.type == PERSON:
                if not kb.is_body(aff):
                    raise InputError(e.where, f"a person speaks for a state, organisation or group, not {aff}")
                kb.actors[e.actor.key] = replace(e.actor, affiliation=kb.actors[aff])
            else:
                kb.part_of[e.actor.key] = aff
        for e in entries:
            # People's names are spelled the same in every language (as in people.tsv); other names are added to
            # every language we read, where a name another actor has already becomes ambiguous between them.
            langs = [ANY_LANGUAGE] if e.actor.type == PERSON else self.languages()
            for lang in langs:
                for name in e.names:
                    kb._add_name(lang, name, (e.actor.key,), "alias", e.where)
        return kb

    # ---- queries ------------------------------------------------------------------------------------------

    def languages(self) -> list[str]:
        return sorted(lang for lang in self._names if lang != ANY_LANGUAGE)

    def names(self, lang: str) -> list[Name]:
        """Every name usable in `lang`: the language's own names, then people's names."""
        if lang not in self._names:
            raise InputError(lang, f"no actor names for this language (have: {', '.join(self.languages())})")
        return list(self._names[lang].values()) + list(self._names[ANY_LANGUAGE].values())

    def names_of(self, key: str, lang: str) -> list[Name]:
        return [n for n in self._names.get(lang, {}).values() if key in n.keys]

    def label(self, key: str, lang: str) -> str:
        """The preferred name of an actor in a language (rdfs:label), falling back to the English label."""
        names = self.names_of(key, lang)
        for kind in ("label", "cldr"):
            for name in names:
                if name.kind == kind and len(name.keys) == 1:
                    return name.text
        return self.actors[key].label

    def key_for_label(self, label: str) -> str | None:
        return self._by_label.get(label)

    def offices_of(self, person: str, date: dt.date | None = None) -> list[Office]:
        """The person's offices at `date` (latest first); with no date, all of them, latest first."""
        mine = [o for o in self._by_person.get(person, ()) if date is None or o.active(date)]
        return sorted(mine, key=lambda o: o.start, reverse=True)

    def sitting_by_surname(self, surname: str, date: dt.date | None) -> Actor | None:
        """The one person in office at `date` whose name ends with `surname` ("Maduro", "Pezeshkian"), with that
        office; None when nobody or several are ("Sharif" while both brothers serve). News names sitting leaders
        and ministers by surname alone; anyone else only after their full name."""
        if date is None or len(surname) < MIN_SURNAME:
            return None
        if self._surnames is None:
            self._surnames = defaultdict(list)
            for person in self._by_person:
                self._surnames[fold_name(self.actors[person].label.split()[-1])].append(person)
        holders = self._surnames.get(fold_name(surname), ())
        sitting = [(p, mine[0]) for p in holders if (mine := self.offices_of(p, date))]
        if len(sitting) != 1:
            return None
        person, office = sitting[0]
        return self.with_office(person, office)

    def nearest_office(self, person: str, date: dt.date) -> Office | None:
        """The person's office closest in time to `date`: whose side they are on when they hold none then."""
        return min(self._by_person.get(person, ()), key=lambda o: (o.days_from(date), -o.leads), default=None)

    def holder(self, body: str, role: str, date: dt.date | None) -> Office | None:
        """Who held `role` of `body` at `date` (None: the current holder). Role "leader" means the office
        marked leads=1, looked for in the body and then in its parts (the EU's chief sits in the Commission)."""
        if role == "leader":
            for b in [body, *[k for k, parent in self.part_of.items() if parent == body]]:
                found = self._pick([o for o in self._by_body.get(b, ()) if o.leads], date)
                if found:
                    return found
            return None
        return self._pick([o for o in self._by_body.get(body, ()) if o.role == role], date)

    @staticmethod
    def _pick(offices: list[Office], date: dt.date | None) -> Office | None:
        if date is not None:
            offices = [o for o in offices if o.active(date)]
        else:
            offices = [o for o in offices if o.end is None]
        # On a hand-over day both are "active": the newer holder wins.
        return max(offices, key=lambda o: o.start, default=None)

    def with_office(self, person: str, office: Office | None, role_hint: str | None = None) -> Actor:
        """The person as an Actor carrying the body they speak for and the office it comes through."""
        actor = self.actors[person]
        if office is None:
            return actor
        role = self.roles[role_hint or office.role].label
        return replace(actor, affiliation=self.actors[office.body], role=role)

    def body_as(self, key: str, role: str | None) -> Actor:
        """A state or organisation as the actor of a role phrase with no person named ("Menlu AS")."""
        actor = self.actors[key]
        return replace(actor, role=self.roles[role].label) if role and role in self.roles else actor

    def un_members(self) -> list[Actor]:
        return [self.actors[k] for k, s in self.status.items() if s == "member"]

    def context_keys(self, key: str) -> set[str]:
        """A key plus the bodies it belongs to: the European Commission in a sentence is EU context."""
        out = {key}
        while key in self.part_of and self.part_of[key] not in out:
            key = self.part_of[key]
            out.add(key)
        return out

    def is_body(self, key: str) -> bool:
        return self.actors[key].type not in (PERSON, REGION)

    def is_organization(self, key: str) -> bool:
        return self.actors[key].type == ORGANIZATION


def _date(text: str, where: str, *, end: bool) -> dt.date | None:
    if not text:
        return None
    parts = text.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        day = int(parts[2]) if len(parts) > 2 else (calendar.monthrange(year, month)[1] if end else 1)
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        raise InputError(where, f"bad date {text!r} (want YYYY-MM-DD or YYYY-MM)") from None


@functools.lru_cache(maxsize=4)
def _load(folder: str) -> KnowledgeBase:
    return KnowledgeBase(Path(folder))


def load_kb(folder: Path | str | None = None) -> KnowledgeBase:
    """The knowledge base compiled from `folder` (default: ontology/actors/), cached per folder."""
    if folder is None:
        return _load(_default_folder(os.environ.get("NEWSGRAPH_ONTOLOGY")))
    return _load(str(Path(folder).resolve()))


@functools.lru_cache(maxsize=4)
def _default_folder(ontology_env: str | None) -> str:
    # Extraction asks for the default KB once per article; finding and resolving the folder is file-system calls,
    # so it is done once per NEWSGRAPH_ONTOLOGY value (the argument only keys the cache; ontology_dir reads it).
    return str((ontology_dir() / "actors").resolve())
