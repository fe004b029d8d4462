"""The CAMEO event taxonomy: every code with its name, root class, PLOVER mapping, Goldstein score and quad class.

The facts live in `cameo.tsv` beside this module (reviewed as data); this module only reads them, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.datafile import read_tsv

TSV_PATH = Path(__file__).with_name("cameo.tsv")
REFUSALS_PATH = Path(__file__).with_name("refusals.tsv")
INTENTS_PATH = Path(__file__).with_name("intents.tsv")

QUAD_NAMES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}


@dataclass(frozen=True)
class CameoCode:
    code: str  # "112"; roots are two digits ("11")
    name: str  # English name from the CAMEO codebook
    root: str  # two-digit root code
    relation: str  # snake_case root relation ("disapprove")
    plover: str | None  # PLOVER event type ("ACCUSE"); None for CAMEO 01/02, which PLOVER drops
    plover_mode: str | None
    plover_context: str | None
    goldstein: float
    quad_class: int

    @property
    def quad_name(self) -> str:
        return QUAD_NAMES[self.quad_class]

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2

    @property
    def parent(self) -> str | None:
        """The code one level up: 1123 -> 112, 112 -> 11, 11 -> None."""
        return None if self.is_root else self.code[:-1] if len(self.code) > 3 else self.root


@lru_cache(maxsize=1)
def _table() -> dict[str, CameoCode]:
    return {
        row["code"]: CameoCode(
            code=row["code"],
            name=row["name"],
            root=row["root"],
            relation=row["relation"],
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
        )
        for row in read_tsv(TSV_PATH)
    }


def code(c: str) -> CameoCode:
    """The taxonomy entry for CAMEO code `c` ("112"); KeyError names the bad code."""
    try:
        return _table()[str(c).strip()]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {c!r} (codes are 2-4 digits, e.g. '11', '112', '1123')") from None


def exists(c: str) -> bool:
    return str(c).strip() in _table()


def relation_of(c: str) -> str:
    """The snake_case root relation of code `c`: relation_of("1123") == "disapprove"."""
    return code(c).relation


def roots() -> list[CameoCode]:
    return [entry for entry in _table().values() if entry.is_root]


def all_codes() -> list[CameoCode]:
    return list(_table().values())


def children(c: str) -> list[CameoCode]:
    """The codes directly under `c`."""
    code(c)
    return [entry for entry in _table().values() if entry.parent == c]


@lru_cache(maxsize=1)
def _refusals() -> dict[str, str]:
    return {row["refused"]: row["reject"] for row in read_tsv(REFUSALS_PATH)}


@lru_cache(maxsize=1)
def _intents() -> dict[str, str]:
    return {row["action"]: row["announced"] for row in read_tsv(INTENTS_PATH)}


def _by_longest_prefix(table: dict[str, str], c: str) -> str | None:
    for n in range(len(c), 1, -1):
        if c[:n] in table:
            return table[c[:n]]
    return None


def intent_of(c: str) -> str | None:
    """The code of announcing the action `c` (intent_of("072") == "0332", intent_of("190") == "1384"), or None
    when announcing it has no code of its own (the action then keeps its class)."""
    code(c)
    return _by_longest_prefix(_intents(), c)


def refusal_of(c: str) -> str:
    """The reject code for refusing the action `c`: refusal_of("040") == "125", refusal_of("084") == "1243"."""
    code(c)
    return _by_longest_prefix(_refusals(), c) or "120"
