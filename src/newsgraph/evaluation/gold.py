"""The gold format: JSON Lines, one object per sentence or article, with the triples a good coder should find.

See docs/eval.md. Parsing is strict about what matters for scoring (ids, actors, relations) and says exactly
which line is wrong, because a researcher's gold file with a typo should fail loudly, not score silently low.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.evaluation.relations import ROOT_CLASSES, is_cameo_code, relation_of_code
from newsgraph.model import MODALITIES, InputError

QID = re.compile(r"^Q[1-9]\d*$")
SCHEMES = ("cameo", "plover")


@dataclass(frozen=True)
class GoldActor:
    """An actor as gold names it: any of a QID, a canonical English label (plus aliases), an actor code."""

    label: str | None = None
    qid: str | None = None
    code: str | None = None  # ISO 3166 alpha-3 or CAMEO actor code; compared on its first three letters
    aliases: tuple[str, ...] = ()
    affiliation: GoldActor | None = None  # the body a person speaks for, used by `--level state`

    def __str__(self) -> str:
        return self.label or self.qid or self.code or "?"

    def at_level(self, level: str) -> GoldActor:
        if level == "state" and self.affiliation is not None:
            return self.affiliation.at_level(level)
        return self

    def names(self) -> set[str]:
        return {n.casefold() for n in (self.label, *self.aliases) if n}

    @classmethod
    def parse(cls, value: Any, where: str) -> GoldActor:
        if isinstance(value, str) and value.strip():
            value = value.strip()
            return cls(qid=value) if QID.match(value) else cls(label=value)
        if isinstance(value, dict):
            label, qid, code = value.get("label"), value.get("qid"), value.get("code")
            aliases = value.get("aliases") or []
            if qid is not None and not (isinstance(qid, str) and QID.match(qid)):
                raise InputError(where, f"actor qid {qid!r} is not a Wikidata QID like Q159")
            if not (label or qid or code):
                raise InputError(where, "an actor needs a label, a qid or a code")
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise InputError(where, "actor aliases must be a list of strings")
            aff = value.get("affiliation")
            return cls(
                label=label,
                qid=qid,
                code=code.upper() if code else None,
                aliases=tuple(aliases),
                affiliation=cls.parse(aff, where) if aff is not None else None,
            )
        raise InputError(where, f"an actor must be a label, a QID or an object, not {value!r}")


@dataclass(frozen=True)
class GoldEvent:
    subject: GoldActor
    relation: str  # a CAMEO root-class name, or a PLOVER type when the item's scheme is "plover"
    object: GoldActor | None  # None: the text names no target; scoring neither rewards nor punishes this event
    cameo: str | None = None
    negated: bool = False
    source: GoldActor | None = None
    modality: str | None = None

    def __str__(self) -> str:
        neg = "NOT " if self.negated else ""
        return f"{self.subject} {neg}{self.relation} {self.object if self.object else '(no target)'}"


@dataclass
class GoldItem:
    id: str
    lang: str
    text: str  # "" for article-level gold whose article comes as an INPUT file
    events: list[GoldEvent]
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    headline: bool = False  # the text is a headline: extraction reads it as the article title
    scheme: str = "cameo"
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def parse_item(data: Any, where: str) -> GoldItem:
    if not isinstance(data, dict):
        raise InputError(where, "each line must be a JSON object")
    item_id = data.get("id")
    if not isinstance(item_id, str) or not item_id.strip():
        raise InputError(where, 'missing "id" (a non-empty string)')
    where = f"{where} ({item_id})"
    lang = data.get("lang")
    if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
        raise InputError(where, '"lang" must be a language code such as "id" or "en"')
    text = data.get("text", "")
    if not isinstance(text, str):
        raise InputError(where, '"text" must be a string (the sentence or article the events come from)')
    scheme = data.get("scheme", "cameo")
    if scheme not in SCHEMES:
        raise InputError(where, f'"scheme" must be one of {", ".join(SCHEMES)}')
    events = data.get("events")
    if not isinstance(events, list):
        raise InputError(where, '"events" must be a list ([] when the text has no event between actors)')
    date = data.get("date")
    try:
        date = dt.date.fromisoformat(date) if date else None
    except (TypeError, ValueError):
        raise InputError(where, f'"date" {date!r} is not an ISO date (YYYY-MM-DD)') from None
    known = {"id", "lang", "text", "scheme", "events", "date", "title", "url", "headline", "note"}
    return GoldItem(
        id=item_id,
        lang=lang,
        text=text,
        events=[_parse_event(e, f"{where} event {i + 1}", scheme) for i, e in enumerate(events)],
        date=date,
        title=data.get("title"),
        url=data.get("url"),
        headline=bool(data.get("headline", False)),
        scheme=scheme,
        note=data.get("note"),
        extra={k: v for k, v in data.items() if k not in known},
    )


def _parse_event(data: Any, where: str, scheme: str) -> GoldEvent:
    if not isinstance(data, dict):
        raise InputError(where, "an event must be a JSON object")
    if "subject" not in data:
        raise InputError(where, 'missing "subject"')
    cameo = data.get("cameo")
    if cameo is not None:
        cameo = str(cameo)
        if not is_cameo_code(cameo):
            raise InputError(where, f'"cameo" {cameo!r} is not a CAMEO event code (01..20 plus finer digits)')
    relation = data.get("relation")
    if scheme == "cameo":
        if relation is None and cameo:
            relation = relation_of_code(cameo)
        if relation not in ROOT_CLASSES:
            raise InputError(where, f'"relation" {relation!r} is not a CAMEO root class name (see docs/eval.md)')
        if cameo and relation_of_code(cameo) != relation:
            raise InputError(where, f'"cameo" {cameo} is not in the class "{relation}"')
    elif not (isinstance(relation, str) and relation.isupper()):
        raise InputError(where, f'"relation" {relation!r} is not a PLOVER type such as AGREE')
    modality = data.get("modality")
    if modality is not None and modality not in MODALITIES:
        raise InputError(where, f'"modality" must be one of {", ".join(MODALITIES)}')
    obj = data.get("object")
    return GoldEvent(
        subject=GoldActor.parse(data["subject"], where),
        relation=relation,
        object=GoldActor.parse(obj, where) if obj is not None else None,
        cameo=cameo,
        negated=bool(data.get("negated", False)),
        source=GoldActor.parse(data["source"], where) if data.get("source") is not None else None,
        modality=modality,
    )


def read_gold(lines: Iterable[str], name: str = "gold") -> Iterator[GoldItem]:
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{name}:{n}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"not valid JSON ({exc.msg})") from None
        item = parse_item(data, where)
        if item.id in seen:
            raise InputError(where, f"duplicate id {item.id!r}")
        seen.add(item.id)
        yield item


def load_gold(path: str | Path) -> list[GoldItem]:
    """Read a gold JSON Lines file; InputError (one line, with file:line) on anything malformed."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "is not UTF-8 text") from None
    items = list(read_gold(text.splitlines(), name=str(path)))
    if not items:
        raise InputError(str(path), "holds no gold items")
    return items
