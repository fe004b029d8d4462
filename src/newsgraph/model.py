"""The typed interfaces between newsgraph's stages.

ingest produces `Article`; the language stage finds `Mention`s of `Actor`s; the extractors produce `Event`s;
the graph, store and view stages consume events. Nothing downstream reaches back upstream: an `Event` carries
everything a view or exporter needs (evidence, article, date, extractor, confidence).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# Actor types. "region" exists so that a resolver can say "this is a place, not an actor" (Eastern Europe).
STATE = "state"
ORGANIZATION = "organization"
PERSON = "person"
GROUP = "group"
REGION = "region"
ACTOR_TYPES = (STATE, ORGANIZATION, PERSON, GROUP, REGION)

# Event modality: None means a factual (realis) statement.
MODALITIES = ("future", "planned", "conditional", "hypothetical", "intent")


@dataclass(frozen=True)
class Actor:
    """A political actor: a state, an organisation, a person or a group.

    `key` is the stable identity used for IRIs and deduplication: the Wikidata QID where known, otherwise a
    slug of the type and canonical name (``person:alexander-grushko``). Two mentions are one node iff keys match.
    """

    key: str
    label: str  # canonical English name
    type: str
    qid: str | None = None
    code: str | None = None  # ISO 3166 alpha-3 or CAMEO actor code where one exists
    affiliation: Actor | None = None  # the body a person speaks for at the time of the article
    role: str | None = None  # the office through which the affiliation holds ("Secretary General")

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label}
        if self.qid:
            out["qid"] = self.qid
        out["type"] = self.type
        out["key"] = self.key  # the actor's node in the graph: a QID, a user actor file's key, or type:slug
        if self.code:
            out["code"] = self.code
        if self.affiliation is not None:
            out["affiliation"] = self.affiliation.as_json()
        if self.role:
            out["role"] = self.role
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Actor:
        aff = data.get("affiliation")
        label = data["label"]
        qid = data.get("qid")
        return cls(
            key=data.get("key") or qid or actor_key(data.get("type", GROUP), label),
            label=label,
            type=data.get("type", GROUP),
            qid=qid,
            code=data.get("code"),
            affiliation=cls.from_json(aff) if aff else None,
            role=data.get("role"),
        )

    def at_level(self, level: str) -> Actor:
        """The actor as seen at `level` ("actor" keeps persons; "state" folds them into the body they speak for)."""
        if level == "state" and self.type == PERSON and self.affiliation is not None:
            return self.affiliation.at_level(level)
        return self


def actor_key(type_: str, label: str) -> str:
    """The key of an actor with no QID: type plus an ASCII slug of its name."""
    import re
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "unnamed"
    return f"{type_}:{slug}"


# How the resolver found a name it does not know: spaCy NER, an Indonesian capitalised run, anything else.
UNKNOWN_NAME_HOWS = frozenset({"ner", "name", "unknown"})


@dataclass(frozen=True)
class Mention:
    """A span of article text that refers to an actor (or, with actor None, to nothing we can link)."""

    text: str
    start: int  # character offsets into the text that was analysed (a sentence or the whole article)
    end: int
    actor: Actor | None
    matched: str  # the alias, office or role phrase that matched, for `actors lookup` and debugging
    how: str  # alias | office | role | ner | name | coref | event | unknown
    tok_start: int = -1  # token indices into the spaCy Doc the mention was found in, when there was one
    tok_end: int = -1  # exclusive

    @property
    def unknown_name(self) -> bool:
        """A name neither the knowledge base nor a user actor file knows (a known actor without a QID is known)."""
        return self.how in UNKNOWN_NAME_HOWS


@dataclass
class Article:
    """One news article after ingest: clean body text plus metadata, boilerplate set aside."""

    id: str
    text: str  # the body that extraction reads: the paragraphs joined by blank lines (the title is apart)
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None  # the headline; extraction reads it too, as a headline (lower confidence)
    subtitle: str | None = None  # a standfirst / lede line under the headline, when the page has one
    url: str | None = None
    date: dt.date | None = None
    datetime: dt.datetime | None = None
    language: str | None = None
    source: str | None = None  # publisher / site
    author: str | None = None
    dateline: str | None = None  # "JAKARTA"
    boilerplate: list[str] = field(default_factory=list)  # lines dropped from extraction, kept for audit
    path: str | None = None  # where it was read from
    digest: str | None = None  # hash of the text, to skip unchanged re-ingests

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "subtitle": self.subtitle,
            "date": self.date.isoformat() if self.date else None,
            "language": self.language,
            "source": self.source,
            "author": self.author,
            "dateline": self.dateline,
            "paragraphs": self.paragraphs,
            "boilerplate": self.boilerplate,
        }


@dataclass
class Event:
    """One coded event: subject does `relation` (CAMEO `cameo`) to object, with its evidence.

    `as_json` is the stable events JSON Lines schema: its documented fields never change meaning.
    """

    article: str
    lang: str
    date: dt.date | None
    subject: Actor
    relation: str  # CAMEO root class in snake_case, e.g. "disapprove"
    cameo: str  # finest CAMEO code the evidence supports, e.g. "112"
    verb: str  # the English gloss of the predicate ("accuse"), whatever the article's language
    object: Actor
    evidence: str  # the sentence
    confidence: float
    negated: bool = False
    extractor: str = "rules"
    modality: str | None = None
    source: Actor | None = None  # who made the claim, in reported speech
    quote: bool = False  # the evidence is a direct quote of `source`
    trigger: str | None = None  # the words in the text that carry the event ("menuduh", "was accused by")
    sentence: int | None = None  # index of the sentence within the article
    headline: bool = False
    article_title: str | None = None
    article_url: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "article": self.article,
            "lang": self.lang,
            "date": self.date.isoformat() if self.date else None,
            "subject": self.subject.as_json(),
            "relation": self.relation,
            "cameo": self.cameo,
            "verb": self.verb,
            "object": self.object.as_json(),
            "negated": self.negated,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 3),
            "extractor": self.extractor,
        }
        if self.modality:
            out["modality"] = self.modality
        if self.source is not None:
            out["source"] = self.source.as_json()
        if self.quote:
            out["quote"] = True
        if self.trigger:
            out["trigger"] = self.trigger
        if self.sentence is not None:
            out["sentence"] = self.sentence
        if self.headline:
            out["headline"] = True
        if self.article_title:
            out["article_title"] = self.article_title
        if self.article_url:
            out["article_url"] = self.article_url
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        date = data.get("date")
        return cls(
            article=data["article"],
            lang=data.get("lang", ""),
            date=dt.date.fromisoformat(date) if date else None,
            subject=Actor.from_json(data["subject"]),
            relation=data["relation"],
            cameo=data["cameo"],
            verb=data.get("verb", ""),
            object=Actor.from_json(data["object"]),
            evidence=data.get("evidence", ""),
            confidence=float(data.get("confidence", 0.5)),
            negated=bool(data.get("negated", False)),
            extractor=data.get("extractor", "rules"),
            modality=data.get("modality"),
            source=Actor.from_json(data["source"]) if data.get("source") else None,
            quote=bool(data.get("quote", False)),
            trigger=data.get("trigger"),
            sentence=data.get("sentence"),
            headline=bool(data.get("headline", False)),
            article_title=data.get("article_title"),
            article_url=data.get("article_url"),
        )


class InputError(Exception):
    """Bad input: one line for the user, no traceback. The run goes on with the other inputs."""

    def __init__(self, where: str, why: str):
        super().__init__(f"{where}: {why}")
        self.where = where
        self.why = why
