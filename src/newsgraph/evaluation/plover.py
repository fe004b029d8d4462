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


def type_of_code(cameo: str | None) -> str | None:
    """The GSR type a predicted CAMEO code is reported under; None for codes PLOVER drops (01, 02)."""
    if not cameo or not is_cameo_code(cameo):
        return None
    report_as = _table()["report_as"]
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in report_as:
            return report_as[cameo[:n]]
    return None


def accepts(gold_type: str, cameo: str | None) -> bool:
    """Whether a prediction coded `cameo` counts as the GSR event type `gold_type`."""
    if not cameo or not is_cameo_code(cameo):
        return False
    if cameo[:2] in _table()["types"].get(gold_type, ()):
        return True
    return plover_of_code(cameo) == gold_type
