"""Comparing predicted CAMEO codes with PLOVER gold types (the PLOVER gold-standard records).

The facts live in data/plover_gsr.toml; see there why the GSR's types need more than the 2021 table.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import replace
from pathlib import Path

from newsgraph.evaluation.relations import is_cameo_code, plover_of_code
from newsgraph.model import GROUP, ORGANIZATION, STATE, Actor, Event

DATA = Path(__file__).with_name("data") / "plover_gsr.toml"


@functools.cache
def _table() -> dict:
    with DATA.open("rb") as fh:
        return tomllib.load(fh)


def gold_types() -> tuple[str, ...]:
    return tuple(_table()["types"])


def type_of_code(cameo: str | None, modality: str | None = None) -> str | None:
    """The GSR type a predicted CAMEO code is reported under; None for codes PLOVER drops (01, 02)."""
    if not cameo or not is_cameo_code(cameo):
        return None
    announced = intent_type(cameo, modality)
    if announced is not None:
        return announced
    report_as = _table()["report_as"]
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in report_as:
            return report_as[cameo[:n]]
    return None


# PLOVER codes a commitment to act as the commitment: "will give aid" is AGREE and "will strike" THREATEN, where
# newsgraph keeps the act's class and records the modality. These fold one into the other for scoring.
# An announced protest or boycott ("said they would boycott all contact with the United States") is a threat too:
# CAMEO's own 133 is "threaten political dissent, protest", as 131-132 and 134-138 are the threats of 16-20.
# A forceful act its actor holds out as possible ("the EC may halt mediation if the parties fail", "could cut off
# supplies") is a warning, PLOVER's THREATEN ("coercive or forceful warnings"), not the act; a cooperative act held
# out as possible ("may give aid") is no commitment, so it is not AGREE.
INTENT_MODALITIES = {"future", "planned", "intent"}
WARNING_MODALITIES = {"hypothetical"}
COOPERATIVE_ROOTS = {"04", "05", "06", "07", "08"}
FORCEFUL_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}


def intent_type(cameo: str | None, modality: str | None) -> str | None:
    """The PLOVER type of an announced act (AGREE or THREATEN) or of a forceful act held out as possible
    (THREATEN), or None when the event is neither."""
    if not cameo or not is_cameo_code(cameo):
        return None
    if modality in INTENT_MODALITIES and cameo[:2] in COOPERATIVE_ROOTS:
        return "AGREE"
    if modality in INTENT_MODALITIES | WARNING_MODALITIES and cameo[:2] in FORCEFUL_ROOTS:
        return "THREATEN"
    return None


def accepts(gold_type: str, cameo: str | None, modality: str | None = None) -> bool:
    """Whether a prediction coded `cameo` (with `modality`) counts as the GSR event type `gold_type`."""
    if not cameo or not is_cameo_code(cameo):
        return False
    announced = intent_type(cameo, modality)
    if announced is not None:
        return announced == gold_type
    if cameo[:2] in _table()["types"].get(gold_type, ()):
        return True
    return plover_of_code(cameo) == gold_type


# ---- CAMEO's actor-code convention (a comparison reported beside the score, never instead of it) ----------------
#
# CAMEO actor codes, and so the PLOVER gold, name a non-state group by its country and sector: Hamas is PSEREB,
# Hezbollah LBNREB, the LTTE LKAREB, and the reader folds the sector away (Palestine, Lebanon, Sri Lanka). newsgraph's
# `--level state` folds only persons into the body they speak for: whether Hamas is Palestine is the analyst's
# question, not ours to answer for them. `cameo_actor_codes` re-reads predictions the way the gold is coded, so the
# report can show how much of the remaining gap is this convention and nothing else.

def cameo_actor(actor: Actor) -> Actor:
    """`actor` as a CAMEO actor code names it, sector dropped: a person as the body they speak for, a group or an
    organisation as the state its code starts with (PSEREBHMS: Palestine) or the state it is part of (the IRGC:
    Iran); anything else (an IGO, a region's code such as MEAREB) as itself."""
    a = actor.at_level("state")
    if a.type not in (GROUP, ORGANIZATION):
        return a
    for body in _bodies_above(a):  # the Haqqani network has no code of its own, the Taliban it belongs to does
        if body.type == STATE:
            return body
        code = (body.code or "")[:3].upper()
        entry = _country_codes().get(code) if len(code) == 3 else None
        if entry is not None and entry.get("qid"):
            return Actor(key=entry["qid"], label=entry["label"], type=STATE, qid=entry["qid"], code=code)
    return a


def cameo_actor_codes(predicted: dict[str, list[Event]]) -> dict[str, list[Event]]:
    """Predicted events with both actors read as CAMEO codes them (`cameo_actor`). An event whose two actors become
    one state is dropped: the gold reader makes such pairs target-less (a government and its rebels), which scoring
    neither rewards nor punishes, and this is the same on the predicted side."""
    out: dict[str, list[Event]] = {}
    for item, events in predicted.items():
        kept = []
        for e in events:
            s, o = cameo_actor(e.subject), cameo_actor(e.object)
            if s.key != o.key:
                kept.append(replace(e, subject=s, object=o))
        out[item] = kept
    return out


@functools.cache
def _country_codes() -> dict[str, dict]:
    from newsgraph.evaluation.devsets import CODES

    with CODES.open("rb") as fh:
        return tomllib.load(fh)["countries"]


def _bodies_above(actor: Actor) -> list[Actor]:
    """The actor and the bodies it is part of (actors.tsv part_of), nearest first."""
    from newsgraph.actors import load_kb

    kb = load_kb()
    out, key = [actor], actor.key
    while key in kb.part_of and kb.part_of[key] in kb.actors and kb.part_of[key] not in {b.key for b in out}:
        key = kb.part_of[key]
        out.append(kb.actors[key])
    return out
