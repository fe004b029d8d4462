"""The bundled dev sets: our Indonesian gold in devsets/, and readers for the English reference sets in ../shared.

The English sets are read where they lie (never copied into the repository): the PLOVER gold-standard records and
the PETRARCH2 unit-test records. Each reader turns a record into a GoldItem; what a reader cannot turn into
(subject, relation, object) triples it leaves out and counts, so the score is never computed on a guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import os
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from newsgraph.evaluation.gold import GoldActor, GoldEvent, GoldItem, load_gold
from newsgraph.evaluation.relations import is_cameo_code, relation_of_code
from newsgraph.actors.kb import ActorEntry
from newsgraph.model import STATE, Actor, InputError, actor_key

REPO_DIR = Path(__file__).resolve().parents[3]
CODES = Path(__file__).with_name("data") / "actor_codes.toml"


def shared_dir() -> Path:
    """The team's read-only reference folder: ../shared next to the repository, or NEWSGRAPH_SHARED."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    return Path(env) if env else REPO_DIR.parent / "shared"


def devsets_dir() -> Path:
    return REPO_DIR / "devsets"


@functools.cache
def _codes() -> dict:
    with CODES.open("rb") as fh:
        return tomllib.load(fh)


def actor_for_code(code: str, text: str | None = None, *, world: str = "countries") -> GoldActor | None:
    """The gold actor an ISO-3 / CAMEO actor code names (its first three letters: agents fold to the state)."""
    entry = _codes()[world].get(code[:3].upper()) or _codes()["countries"].get(code[:3].upper())
    if entry is None:
        return GoldActor(label=text) if text else None
    return GoldActor(label=entry["label"], qid=entry.get("qid"), code=code[:3].upper(),
                     aliases=tuple(entry.get("aliases", ())))


@dataclass
class Loaded:
    items: list[GoldItem]
    skipped: int  # records the reader could not turn into gold triples
    level: str  # the actor level the set is coded at
    # Actors the set's world has and the bundled KB lacks: extraction runs with them as a user actor file.
    actors: tuple[ActorEntry, ...] = field(default=())


# ---- PLOVER gold-standard records ---------------------------------------------------------------------------

def read_plover(path: Path | None = None) -> Loaded:
    """PLOVER_GSR_CAMEO.txt → items in the "plover" scheme, coded at state level (GOV/REB sectors fold away).

    Compound actors marked SRC/TAR act on each other (one triple each way); a record with sources but no target
    gives target-less gold events, which scoring neither rewards nor punishes.
    """
    path = path or shared_dir() / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt"
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"cannot read the PLOVER records ({exc})") from None
    items, skipped, seen = [], 0, set()
    for rec in records:
        if rec.get("event") == "DOCUMENT":
            continue
        sources = _plover_actors(rec.get("source"))
        targets = _plover_actors(rec.get("target"))
        if not rec.get("text") or not sources:
            skipped += 1
            continue
        etype = rec["event"].upper()
        info = rec.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
        if targets:
            pairs = list(itertools.product(sources, targets))
        elif len(sources) > 1 and "SRC/TAR" in markup:
            pairs = list(itertools.permutations(sources, 2))
        else:
            pairs = [(a, None) for a in sources]
        # Government and rebels of one country fold to one state: no cross-actor target we model, so target-less
        pairs = list(dict.fromkeys((s, None if o is not None and _same(s, o) else o) for s, o in pairs))
        date = rec.get("date")
        items.append(GoldItem(
            id=_unique(rec["id"], seen),
            lang=rec.get("language") or "en",
            text=rec["text"],
            events=[GoldEvent(subject=s, relation=etype, object=o) for s, o in pairs],
            date=dt.date.fromisoformat(date) if date else None,
            scheme="plover",
        ))
    return Loaded(items, skipped, "state")


def _same(a: GoldActor, b: GoldActor) -> bool:
    return a == b or bool(a.qid and a.qid == b.qid) or bool(a.code and a.code == b.code)


def _unique(item_id: str, seen: set[str]) -> str:
    """The records reuse a few ids; predictions are keyed by id, so the second one becomes `<id>#2`."""
    out, n = item_id, 1
    while out in seen:
        n += 1
        out = f"{item_id}#{n}"
    seen.add(out)
    return out


def _plover_actors(value) -> list[GoldActor]:
    if not isinstance(value, list):
        return []  # "" or a stray context word ("diplomatic") where a target list belongs
    out = []
    for a in value:
        code, text = (a.get("code") or "").upper(), a.get("actorText")
        if code and code[:3] in _codes()["countries"]:
            actor = actor_for_code(code, text)
        elif text and text.strip().casefold() in _codes()["generic"]:
            entry = _codes()["generic"][text.strip().casefold()]
            actor = GoldActor(label=entry["label"], qid=entry.get("qid"), aliases=(text, *entry.get("aliases", ())))
        else:
            actor = GoldActor(label=text) if text else None
        if actor is not None and actor not in out:
            out.append(actor)
    return out


# ---- PETRARCH2 unit-test records ----------------------------------------------------------------------------

def read_petrarch(path: Path | None = None) -> Loaded:
    """PETR.UnitTest.records.xml → items compared on CAMEO root classes, actors on their three-letter roots.

    Records that test error handling (story discards, bad parses) and codings outside CAMEO's 01–20 or with an
    actor the records leave uncoded are left out whole: half an item would turn right answers into false hits.
    PETRARCH codes them with a dictionary of their fictional world; we extract with that world's states
    (`petrarch_actors`) added to our KB as a user actor dictionary, so the score measures the coder.
    """
    path = path or shared_dir() / "reference" / "petrarch2-dictionaries" / "PETR.UnitTest.records.xml"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(str(path), f"cannot read the PETRARCH records ({exc})") from None
    items, skipped, seen = [], 0, set()
    for sent in root.iter("Sentence"):
        text = " ".join((sent.findtext("Text") or "").split())
        events = _petrarch_events(sent.findall("EventCoding"))
        if events is None or not text or sent.get("category") == "ERROR":
            skipped += 1
            continue
        item_id = _unique(sent.get("id") or f"petrarch-{len(items) + 1}", seen)
        date = sent.get("date") or ""
        items.append(GoldItem(
            id=item_id,
            lang="en",
            text=text,
            events=events,
            date=dt.date(int(date[:4]), int(date[4:6]), int(date[6:8])) if re.fullmatch(r"\d{8}", date) else None,
        ))
    return Loaded(items, skipped, "state", petrarch_actors())


@functools.cache
def petrarch_actors() -> tuple[ActorEntry, ...]:
    """The [petrarch] section of actor_codes.toml as user actors: states with their code and aliases."""
    out = []
    for code, entry in _codes()["petrarch"].items():
        label = entry["label"]
        actor = Actor(key=actor_key(STATE, label), label=label, type=STATE, code=code)
        names = tuple(dict.fromkeys([label, *entry.get("aliases", ())]))
        out.append(ActorEntry(actor, names, None, f"{CODES.name} [petrarch] {code}"))
    return tuple(out)


def _petrarch_events(codings) -> list[GoldEvent] | None:
    events = []
    for c in codings:
        if c.get("noevents"):
            continue
        if c.get("error") or not c.get("sourcecode"):
            return None
        code = c.get("eventcode") or ""
        subj = _petrarch_actor(c.get("sourcecode"))
        obj = _petrarch_actor(c.get("targetcode"))
        if not is_cameo_code(code) or subj is None or obj is None:
            return None
        events.append(GoldEvent(subject=subj, relation=relation_of_code(code), object=obj, cameo=code))
    return events


def _petrarch_actor(code: str | None) -> GoldActor | None:
    if not code or not re.fullmatch(r"[A-Z]{3}[A-Z]*", code):
        return None
    root = code[:3]
    if root not in _codes()["petrarch"] and root not in _codes()["countries"]:
        return None
    return actor_for_code(code, world="petrarch")


# ---- registry ------------------------------------------------------------------------------------------------

def _ours(lang: str, name: str) -> Callable[[], Loaded]:
    return lambda: Loaded(load_gold(devsets_dir() / lang / f"{name}.jsonl"), 0, "actor")


DEVSETS: dict[str, tuple[Callable[[], Loaded], str]] = {
    "id": (_ours("id", "dev"), "our Indonesian dev set (devsets/id/dev.jsonl)"),
    "id-test": (_ours("id", "test"), "our held-out Indonesian test set (devsets/id/test.jsonl): do not tune on it"),
    "en": (_ours("en", "dev"), "our English dev set, modern news English (devsets/en/dev.jsonl)"),
    "en-test": (_ours("en", "test"), "our held-out English test set (devsets/en/test.jsonl): do not tune on it"),
    "id-articles": (_ours("id", "articles"), "our Indonesian article-level gold, 12 whole articles (devsets/id/articles.jsonl)"),
    "en-articles": (_ours("en", "articles"), "our English article-level gold, 12 whole articles (devsets/en/articles.jsonl)"),
    "id-articles-2": (_ours("id", "articles-2"), "our second Indonesian article-level dev set, 12 whole articles written blind in session 5 (devsets/id/articles-2.jsonl)"),
    "en-articles-2": (_ours("en", "articles-2"), "our second English article-level dev set, 12 whole articles written blind in session 5 (devsets/en/articles-2.jsonl)"),
    "id-articles-3": (_ours("id", "articles-3"), "our third Indonesian article-level dev set, 12 whole articles written blind in session 6 (devsets/id/articles-3.jsonl)"),
    "en-articles-3": (_ours("en", "articles-3"), "our third English article-level dev set, 12 whole articles written blind in session 6 (devsets/en/articles-3.jsonl)"),
    "id-articles-test": (_ours("id", "articles-test"), "our held-out Indonesian article-level test set, 10 whole articles (devsets/id/articles-test.jsonl): held out: do not tune on it, do not read its errors"),
    "en-articles-test": (_ours("en", "articles-test"), "our held-out English article-level test set, 10 whole articles (devsets/en/articles-test.jsonl): held out: do not tune on it, do not read its errors"),
    "plover": (read_plover, "PLOVER gold-standard records, English (../shared/reference/plover)"),
    "petrarch": (read_petrarch, "PETRARCH2 unit-test records, English (../shared/reference/petrarch2-dictionaries)"),
}


def load_devset(name: str) -> Loaded:
    if name not in DEVSETS:
        raise InputError(name, f"no such dev set (choose from {', '.join(DEVSETS)})")
    return DEVSETS[name][0]()
