"""Relation classes for scoring: CAMEO root classes by name, and the PLOVER type a CAMEO code folds into."""

from __future__ import annotations

import re

from newsgraph import taxonomy

# CAMEO's 20 root classes in code order (01..20), as newsgraph.taxonomy names them.
ROOT_CLASSES = tuple(root.relation for root in taxonomy.roots())

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


def plover_of_code(code: str | None) -> str | None:
    """The PLOVER type of a CAMEO code (newsgraph.taxonomy), or None where PLOVER drops it (01 statements, 02 appeals)."""
    if not code or not is_cameo_code(code) or not taxonomy.exists(code):
        return None
    found = taxonomy.code(code).plover
    found = found.upper() if found else None
    return PLOVER_ALIASES.get(found, found) if found else None
