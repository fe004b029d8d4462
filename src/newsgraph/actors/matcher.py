"""Phrase lookup over token sequences: a trie of lower-cased tokens, longest match first.

At each token the walk follows the trie only as far as the text agrees with some phrase (one dict probe per
token matched), instead of a regex per alias: matching cost grows with the text, not with the size of the
knowledge base.
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
    any_case: bool  # no token constrains case: the check can be skipped


class _Node(Generic[T]):
    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.entries: list[Entry[T]] = []  # phrases ending here


class PhraseTable(Generic[T]):
    def __init__(self, tokenize: Callable[[str], list[str]], case_sensitive: bool = True):
        self._tokenize = tokenize
        self._case = case_sensitive
        self._root: dict[str, _Node[T]] = {}
        self._size = 0

    def add(self, phrase: str, value: T) -> None:
        tokens = tuple(t for t in self._tokenize(phrase) if t.strip())
        if not tokens:
            return
        pattern = case_pattern(tokens) if self._case else tuple(ANY for _ in tokens)
        children = self._root
        for tok in tokens:
            node = children.setdefault(tok.lower(), _Node())
            children = node.children
        if not node.entries:
            self._size += 1
        node.entries.append(Entry(value, tokens, pattern, all(p == ANY for p in pattern)))

    def match(self, lowers: Sequence[str], texts: Sequence[str], i: int, stop: int,
              accept: Callable[[T], bool] | None = None) -> tuple[int, list[T]] | None:
        """The longest phrase starting at token i (ending at or before `stop`): (end, values) or None."""
        if i >= stop or lowers[i] not in self._root:
            return None  # most words start no phrase: answer them without building a list
        return first(self.matches(lowers, texts, i, stop), accept)

    def matches(self, lowers: Sequence[str], texts: Sequence[str], i: int, stop: int) -> list[tuple[int, list[T]]]:
        """Every phrase starting at token i (ending at or before `stop`) whose case agrees with the text, longest
        first: [(end, values)]. Callers that filter the same position several ways compute this once."""
        node = self._root.get(lowers[i]) if i < stop else None
        if node is None:
            return []
        ends: list[tuple[int, list[Entry[T]]]] = []  # every phrase on the path, shortest first
        j = i + 1
        while True:
            if node.entries:
                ends.append((j, node.entries))
            if j >= stop or not node.children:
                break
            node = node.children.get(lowers[j])
            if node is None:
                break
            j += 1
        out = []
        for end, entries in reversed(ends):
            values = [e.value for e in entries if e.any_case or case_ok(e.pattern, e.original, texts[i:end])]
            if values:
                out.append((end, values))
        return out

    def match_gapped(self, lowers: Sequence[str], i: int, stop: int, gap_ok: Callable[[int], bool], max_gap: int,
                     last_words: set[str] | None = None) -> tuple[int, list[T], int, int] | None:
        """The longest phrase starting at token i with words the phrase does not have inserted before its last word
        ("the three Sahel states" for "the three states"), each accepted by `gap_ok`, at most `max_gap` of them;
        `last_words`: only before these words ("ketiga negara Sahel tersebut"). (end, values, gap start, gap end) or
        None. Case is not checked: meant for case-insensitive tables."""
        node = self._root.get(lowers[i]) if i < stop else None
        best = None
        j = i + 1
        while node is not None:
            for g in range(1, max_gap + 1):
                e = j + g
                if e >= stop or not gap_ok(e - 1):
                    break
                child = node.children.get(lowers[e])
                if child is not None and child.entries and (last_words is None or lowers[e] in last_words):
                    if best is None or e + 1 > best[0]:
                        best = (e + 1, [entry.value for entry in child.entries], j, e)
            if j >= stop:
                break
            node = node.children.get(lowers[j])
            j += 1
        return best

    def first_tokens(self) -> set[str]:
        return set(self._root)

    def __len__(self) -> int:
        return self._size


def first(matches: list[tuple[int, list[T]]], accept: Callable[[T], bool] | None = None) -> tuple[int, list[T]] | None:
    """The longest of `matches` with a value that `accept`s: (end, the accepted values) or None."""
    for end, values in matches:
        if accept is not None:
            values = [v for v in values if accept(v)]
        if values:
            return end, values
    return None
