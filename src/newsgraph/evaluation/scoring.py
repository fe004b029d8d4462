"""Scoring predicted events against gold: precision, recall and F1 of (subject, relation, object) triples.

Per item, gold and predicted triples are sets (a triple said twice counts once) matched one to one. Actors match
on the Wikidata QID when both sides have one, else on the actor code when both have one, else on the case-folded
label (or a gold alias). Relations match on the CAMEO root class, or for items in the "plover" scheme on the PLOVER
type. Negation is ignored unless `strict`, when it must agree too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsgraph.actors.kb import fold_name
from newsgraph.evaluation import plover
from newsgraph.evaluation.gold import GoldActor, GoldEvent, GoldItem
from newsgraph.evaluation.relations import is_cameo_code, relation_of_code
from newsgraph.model import Actor, Event

LEVELS = ("actor", "state")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:  # None: nothing was predicted, so precision is undefined
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:  # None: gold holds nothing to find
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_json(self) -> dict[str, Any]:
        r = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": r(self.precision),
                "recall": r(self.recall), "f1": r(self.f1)}


@dataclass
class ErrorCase:
    """One miss (gold triple not predicted) or false hit (predicted triple not in gold), with its text."""

    kind: str  # "miss" | "false_hit"
    item: str
    lang: str
    triple: str
    relation: str
    text: str
    trigger: str | None = None
    confidence: float | None = None

    def as_json(self) -> dict[str, Any]:
        out = {"kind": self.kind, "item": self.item, "lang": self.lang, "triple": self.triple,
               "relation": self.relation, "text": self.text}
        if self.trigger:
            out["trigger"] = self.trigger
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        return out


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_lang: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_relation: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_note: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))  # per construction tag
    misses: list[ErrorCase] = field(default_factory=list)
    false_hits: list[ErrorCase] = field(default_factory=list)
    items: int = 0
    ignored: int = 0  # predictions matching a gold event that names no target: neither right nor wrong
    negation_agree: int = 0  # matched triples whose negation agrees with gold
    level: str = "actor"
    strict: bool = False
    failed: dict[str, str] = field(default_factory=dict)  # item id -> why extraction failed on it

    @property
    def precision(self) -> float | None:
        return self.overall.precision

    @property
    def recall(self) -> float | None:
        return self.overall.recall

    @property
    def f1(self) -> float | None:
        return self.overall.f1

    def as_json(self) -> dict[str, Any]:
        return {
            **self.overall.as_json(),
            "items": self.items,
            "level": self.level,
            "strict": self.strict,
            "ignored": self.ignored,
            "negation_agreement": round(self.negation_agree / self.overall.tp, 4) if self.overall.tp else None,
            "by_lang": {k: v.as_json() for k, v in sorted(self.by_lang.items())},
            "by_relation": {k: v.as_json() for k, v in sorted(self.by_relation.items())},
            "by_note": {k: v.as_json() for k, v in sorted(self.by_note.items())},
            "misses": [e.as_json() for e in self.misses],
            "false_hits": [e.as_json() for e in self.false_hits],
            "failed": dict(self.failed),
        }


def actor_matches(gold: GoldActor, actor: Actor) -> bool:
    if gold.qid and actor.qid:
        return gold.qid == actor.qid
    if gold.code and actor.code:
        return gold.code[:3] == actor.code[:3].upper()
    if gold.qid and actor.key == gold.qid:
        return True
    return fold_name(actor.label) in {fold_name(n) for n in gold.names()}


def _pred_class(event: Event, scheme: str) -> str | None:
    """The class a predicted event counts under; None puts it outside what the gold codes (PLOVER drops 01, 02)."""
    if scheme == "plover":
        return plover.type_of_code(event.cameo, event.modality)
    return event.relation


def _relation_matches(gold: GoldEvent, event: Event, scheme: str) -> bool:
    if scheme == "plover":
        return plover.accepts(gold.relation, event.cameo, event.modality)
    if event.cameo and is_cameo_code(event.cameo):
        return relation_of_code(event.cameo) == gold.relation or event.relation == gold.relation
    return event.relation == gold.relation


def _actor_str(actor: Actor) -> str:
    return f"{actor.label} ({actor.qid})" if actor.qid else actor.label


def score(
    gold: Iterable[GoldItem],
    predicted: dict[str, list[Event]],
    *,
    level: str = "actor",
    strict: bool = False,
) -> Report:
    """Score `predicted` (events per gold item id) against `gold`. Items absent from `predicted` predicted nothing."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}")
    report = Report(level=level, strict=strict)
    for item in gold:
        report.items += 1
        counts = Counts()
        _score_item(item, predicted.get(item.id, []), level, strict, report, counts)
        report.overall.add(counts)
        report.by_lang[item.lang].add(counts)
        for tag in {t.strip() for t in (item.note or "").split(",") if t.strip()}:
            report.by_note[tag].add(counts)
    report.by_lang = dict(report.by_lang)
    report.by_relation = dict(report.by_relation)
    report.by_note = dict(report.by_note)
    return report


def _score_item(item: GoldItem, events: list[Event], level: str, strict: bool, report: Report, counts: Counts):
    scheme = item.scheme
    gold_events = _dedup_gold(item.events, level)
    targets = [g for g in gold_events if g.object is not None]
    open_ended = [g for g in gold_events if g.object is None]
    preds = _dedup_pred([e for e in events if _pred_class(e, scheme) is not None], level, scheme, strict)
    used = [False] * len(preds)
    for g in targets:
        subj, obj = g.subject.at_level(level), g.object.at_level(level)
        hit = next(
            (
                i
                for i, p in enumerate(preds)
                if not used[i]
                and _relation_matches(g, p, scheme)
                and actor_matches(subj, p.subject.at_level(level))
                and actor_matches(obj, p.object.at_level(level))
                and (not strict or p.negated == g.negated)
            ),
            None,
        )
        if hit is None:
            counts.fn += 1
            report.by_relation[g.relation].fn += 1
            report.misses.append(ErrorCase("miss", item.id, item.lang, str(g), g.relation, item.text))
        else:
            used[hit] = True
            counts.tp += 1
            report.by_relation[g.relation].tp += 1
            report.negation_agree += preds[hit].negated == g.negated
    for i, p in enumerate(preds):
        if used[i]:
            continue
        if any(
            _relation_matches(g, p, scheme) and actor_matches(g.subject.at_level(level), p.subject.at_level(level))
            for g in open_ended
        ):
            report.ignored += 1
            continue
        cls = _pred_class(p, scheme) or p.relation
        counts.fp += 1
        report.by_relation[cls].fp += 1
        s, o = p.subject.at_level(level), p.object.at_level(level)
        neg = "NOT " if p.negated else ""
        report.false_hits.append(
            ErrorCase("false_hit", item.id, item.lang, f"{_actor_str(s)} {neg}{cls} {_actor_str(o)}", cls,
                      item.text, trigger=p.trigger, confidence=p.confidence)
        )


def _dedup_gold(events: list[GoldEvent], level: str) -> list[GoldEvent]:
    seen, out = set(), []
    for g in events:
        key = (g.subject.at_level(level), g.relation, g.object.at_level(level) if g.object else None, g.negated)
        if key not in seen:
            seen.add(key)
            out.append(g)
    return out


def _dedup_pred(events: list[Event], level: str, scheme: str, strict: bool) -> list[Event]:
    seen, out = set(), []
    for e in events:
        key = (e.subject.at_level(level).key, _pred_class(e, scheme), e.object.at_level(level).key,
               e.negated if strict else None)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
