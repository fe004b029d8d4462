"""Comparing predicted CAMEO codes with PLOVER gold types (the PLOVER gold-standard records).

The facts live in data/plover_gsr.toml; see there why the GSR's types need more than the 2021 table.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from newsgraph.evaluation.relations import is_cameo_code, plover_of_code

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
INTENT_MODALITIES = {"future", "planned", "intent"}
COOPERATIVE_ROOTS = {"04", "05", "06", "07", "08"}
FORCEFUL_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}


def intent_type(cameo: str | None, modality: str | None) -> str | None:
    """The PLOVER type of an announced act (AGREE or THREATEN), or None when the event is not an announced act."""
    if modality not in INTENT_MODALITIES or not cameo or not is_cameo_code(cameo):
        return None
    if cameo[:2] in COOPERATIVE_ROOTS:
        return "AGREE"
    if cameo[:2] in FORCEFUL_ROOTS:
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
