"""Phrase lookup over token sequences: a dict keyed by lower-cased token tuples, longest match first.

One dict probe per candidate length at each token, instead of a regex per alias: matching cost grows with
the text, not with the size of the knowledge base.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

EXACT = "U"  # an acronym: "US" must not match "us", "WHO" not "who"
CAPITAL = "C"  # a proper name: "Turkey" must not match "turkey"
ANY = ""


def case_pattern(tokens: Sequence[str]) -> tuple[str, ...]:
    out = []
    for tok in tokens:
        letters = [c for c in tok if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            out.append(EXACT)
        elif letters and tok[0].isupper():
            out.append(CAPITAL)
        else:
            out.append(ANY)
    return tuple(out)


def case_ok(pattern: tuple[str, ...], alias: tuple[str, ...], texts: Sequence[str]) -> bool:
    for want, a, t in zip(pattern, alias, texts):
        if want == EXACT and t != a:
            return False
        if want == CAPITAL and not t[:1].isupper():
            return False
    return True


@dataclass(frozen=True)
class Entry(Generic[T]):
    value: T
    original: tuple[str, ...]  # the tokens as written in the data, for the case check
    pattern: tuple[str, ...]


class PhraseTable(Generic[T]):
    def __init__(self, tokenize: Callable[[str], list[str]], case_sensitive: bool = True):
        self._tokenize = tokenize
        self._case = case_sensitive
        self._table: dict[tuple[str, ...], list[Entry[T]]] = {}
        self._longest: dict[str, int] = {}  # first token -> longest phrase starting with it

    def add(self, phrase: str, value: T) -> None:
        tokens = tuple(t for t in self._tokenize(phrase) if t.strip())
        if not tokens:
            return
        key = tuple(t.lower() for t in tokens)
        pattern = case_pattern(tokens) if self._case else tuple(ANY for _ in tokens)
        self._table.setdefault(key, []).append(Entry(value, tokens, pattern))
        self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

    def match(self, lowers: Sequence[str], texts: Sequence[str], i: int, stop: int,
              accept: Callable[[T], bool] | None = None) -> tuple[int, list[T]] | None:
        """The longest phrase starting at token i (ending at or before `stop`): (end, values) or None."""
        longest = self._longest.get(lowers[i])
        if not longest:
            return None
        for n in range(min(longest, stop - i), 0, -1):
            entries = self._table.get(tuple(lowers[i : i + n]))
            if not entries:
                continue
            values = [
                e.value for e in entries
                if case_ok(e.pattern, e.original, texts[i : i + n]) and (accept is None or accept(e.value))
            ]
            if values:
                return i + n, values
        return None

    def first_tokens(self) -> set[str]:
        return set(self._longest)

    def __len__(self) -> int:
        return len(self._table)
