"""Per-language cue lists (boilerplate openers, byline openers, photo credits), read from every `lang/<code>/` folder.

The engine knows no language: adding a language's cues is adding `lang/<code>/boilerplate.txt` and friends.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import Any

from newsgraph.resources import LANG_DIR

# What may follow a cue in a boilerplate line: a separator, or nothing.
_SEPARATORS = r"\s*(?:[:|•»›>]|[-–—](?!\w)|$)"


def _lang_dirs():
    return sorted(p for p in LANG_DIR.iterdir() if p.is_dir())


@lru_cache(maxsize=None)
def cue_words(name: str) -> tuple[str, ...]:
    """Every language's `<name>.txt` list, comments and blanks dropped, longest cue first."""
    found: set[str] = set()
    for folder in _lang_dirs():
        path = folder / f"{name}.txt"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                found.add(line.rstrip(":").strip())
    return tuple(sorted(found, key=lambda c: (-len(c), c.lower())))


@lru_cache(maxsize=None)
def _opener(name: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c) for c in cue_words(name))
    return re.compile(rf"^\W*(?:{alternatives})(?!\w|-\w)", re.IGNORECASE)  # "Foto-foto ..." is no cue


def starts_with_cue(line: str, name: str) -> re.Match[str] | None:
    """The match if `line` opens with one of the `name` cues as a whole word."""
    if not cue_words(name):
        return None
    return _opener(name).match(line)


def followed_by_separator(line: str, match: re.Match[str]) -> bool:
    return re.match(_SEPARATORS, line[match.end():]) is not None


@lru_cache(maxsize=None)
def _credit_pattern() -> re.Pattern[str] | None:
    words = cue_words("credits")
    if not words:
        return None
    alternatives = "|".join(re.escape(c) for c in words)
    # "… istimewa", "… (Foto: X)", "Photo: X", "AP Photo/Name"
    return re.compile(rf"(?:\b(?:{alternatives})\W*$)|(?:\b(?:{alternatives})\s*[:/])", re.IGNORECASE)


def looks_like_credit(line: str) -> bool:
    pattern = _credit_pattern()
    return bool(pattern and pattern.search(line))


@lru_cache(maxsize=None)
def language_data(code: str, name: str) -> dict[str, Any]:
    """`lang/<code>/<name>.toml`, or {} when the language has none."""
    path = LANG_DIR / code / f"{name}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def languages_with(name: str) -> list[str]:
    """Codes of the language folders that carry `<name>.toml`."""
    return [p.name for p in _lang_dirs() if (p / f"{name}.toml").is_file()]
