"""Relation classes for scoring: CAMEO root classes by name, and the PLOVER type a CAMEO code folds into."""

from __future__ import annotations

import functools
import re
from pathlib import Path

# CAMEO's 20 root classes in code order (01..20), named as newsgraph's Event.relation names them.
ROOT_CLASSES = (
    "make_public_statement",
    "appeal",
    "express_intent_to_cooperate",
    "consult",
    "engage_in_diplomatic_cooperation",
    "engage_in_material_cooperation",
    "provide_aid",
    "yield",
    "investigate",
    "demand",
    "disapprove",
    "reject",
    "threaten",
    "protest",
    "exhibit_force_posture",
    "reduce_relations",
    "coerce",
    "assault",
    "fight",
    "use_unconventional_mass_violence",
)

# The PLOVER gold standard records (v0.5, 2016) name two types differently from the 2021 CAMEO→PLOVER table.
PLOVER_ALIASES = {"ACCUSE": "DISAPPROVE", "REQUEST": "DEMAND"}


def is_cameo_code(code: str) -> bool:
    return bool(re.fullmatch(r"\d{2,4}", code or "")) and 1 <= int(code[:2]) <= 20


def relation_of_code(code: str) -> str:
    """The root-class name of a CAMEO code ("112" → "disapprove"); ValueError when it is not a CAMEO code."""
    if not is_cameo_code(code):
        raise ValueError(f"not a CAMEO event code: {code!r}")
    return ROOT_CLASSES[int(code[:2]) - 1]


def code_of_relation(relation: str) -> str:
    return f"{ROOT_CLASSES.index(relation) + 1:02d}"


def plover_of_code(code: str | None, table: Path | None = None) -> str | None:
    """The PLOVER type of a CAMEO code, or None where PLOVER drops it (01 statements, 02 appeals).

    newsgraph.taxonomy is the home of this mapping; the CAMEO2PLOVER table from the reference folder is the
    fallback so the PLOVER dev set can be scored while the taxonomy is absent.
    """
    if not code or not is_cameo_code(code):
        return None
    found = _from_taxonomy(code)
    if found is _MISSING:
        found = _from_table(table).get(_longest_prefix(code, _from_table(table)))
    return PLOVER_ALIASES.get(found, found) if found else None


_MISSING = object()


def _from_taxonomy(code: str):
    try:
        from newsgraph import taxonomy  # type: ignore[attr-defined]
    except ImportError:
        return _MISSING
    try:
        entry = taxonomy.code(code)
    except Exception:  # an unknown fine code: fall back to the table rather than fail the whole evaluation
        return _MISSING
    plover = getattr(entry, "plover", None)
    return plover.upper() if isinstance(plover, str) and plover else None


def _longest_prefix(code: str, table: dict[str, str]) -> str:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return code[:n]
    return code


@functools.cache
def _from_table(table: Path | None) -> dict[str, str]:
    from newsgraph.evaluation.devsets import shared_dir

    path = table or shared_dir() / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
    out: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out
