"""CAMEO facts an event node carries, read from newsgraph.taxonomy (imported lazily: the graph stage must not
fail to import while the taxonomy is missing or being edited)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class CodeFacts:
    code: str
    root: str
    goldstein: float | None
    quad_class: int | None


def _quad_of_root(root: str) -> int | None:
    # CAMEO's own quad-class partition of the 20 roots: 01-05, 06-08, 09-14, 15-20.
    try:
        n = int(root)
    except ValueError:
        return None
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 14 else 4 if n <= 20 else None


@lru_cache(maxsize=1024)
def facts(code: str) -> CodeFacts:
    try:
        from newsgraph.taxonomy import code as lookup

        entry = lookup(code)
        return CodeFacts(code, entry.root, float(entry.goldstein), int(entry.quad_class))
    except Exception:  # taxonomy absent or code unknown: the root is still the first two digits
        root = code[:2]
        return CodeFacts(code, root, None, _quad_of_root(root))


def relation_name(root: str) -> str:
    """snake_case name of a CAMEO root ("11" -> "disapprove"); the code itself if the taxonomy is unavailable."""
    try:
        from newsgraph.taxonomy import relation_of

        return relation_of(root)
    except Exception:
        return root
