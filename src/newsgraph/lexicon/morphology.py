"""A small, data-driven affix engine (Indonesian first): stems to surface forms and surface forms back to stems.

All the language lives in lang/<code>/morphology.toml; this module only knows how to apply prefix, nasal,
suffix and clitic rules. The lexicon uses `generate` to build a surface-form table once, so matching a token is
one dict lookup; `analyse` strips affixes for words that are not in any table (debugging, coverage tools).

Stems are written `root`, `root+kan`, `root+i` or `per-root+kan` (an inner prefix that never melts into meN-).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import InputError
from ..resources import lang_dir

VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class Stem:
    """A lexicon stem: root ("salah"), derivational suffix ("kan"), inner prefix ("per")."""

    root: str
    suffix: str = ""
    inner: str = ""

    @classmethod
    def parse(cls, text: str) -> Stem:
        text = text.strip().lower()
        root, _, suffix = text.partition("+")
        inner = ""
        if "-" in root:
            inner, _, root = root.partition("-")
        return cls(root=root, suffix=suffix, inner=inner)

    @property
    def base(self) -> str:
        """The stem without its derivational suffix: what nominal forms build on ("peringat")."""
        return self.inner + self.root

    @property
    def full(self) -> str:
        return self.base + self.suffix

    def __str__(self) -> str:
        inner = f"{self.inner}-" if self.inner else ""
        suffix = f"+{self.suffix}" if self.suffix else ""
        return f"{inner}{self.root}{suffix}"


@dataclass(frozen=True)
class Form:
    """One surface form of a stem: the word, its form rule, voice and whether it is a nominalisation."""

    word: str
    stem: Stem
    form: str  # rule name from morphology.toml ("meN", "di", "an", ...)
    voice: str | None
    nominal: bool


@dataclass(frozen=True)
class _FormRule:
    name: str
    prefix: str
    suffix: str
    voice: str | None
    nominal: bool
    keep_suffix: bool
    groups: tuple[str, ...]


class Morphology:
    def __init__(self, rules: dict):
        self._nasal = [(tuple(r["before"]), r["allomorph"], bool(r.get("drop"))) for r in rules.get("nasal", [])]
        opts = rules.get("nasal_options", {})
        self._mono = opts.get("monosyllabic_allomorph")
        self._clusters = tuple(opts.get("keep_clusters", ()))
        self._inner = tuple(rules.get("inner_prefix", {}).get("prefixes", ()))
        ber = rules.get("ber", {})
        self._ber_r = tuple(ber.get("r_drop_before", ()))
        self._ber_irregular = dict(ber.get("irregular", {}))
        self.clitics = tuple(rules.get("clitics", {}).get("suffixes", ()))
        self.forms = [
            _FormRule(
                name=f["name"],
                prefix=f.get("prefix", ""),
                suffix=f.get("suffix", ""),
                voice=f.get("voice"),
                nominal=bool(f.get("nominal", False)),
                keep_suffix=bool(f.get("keep_suffix", False)),
                groups=tuple(f.get("groups", ())),
            )
            for f in rules.get("form", [])
        ]
        self.groups = {g for f in self.forms for g in f.groups}

    # -- generation -------------------------------------------------------------------------------------------
    def _nasalise(self, pe: str, stem: str, has_inner: bool) -> str:
        """meN-/peN- + stem: `pe` is "me" or "pe"."""
        if has_inner:  # memper-, pemer-: the inner prefix keeps its first letter
            return pe + "m" + stem
        if self._mono and _syllables(stem) == 1:
            return pe + self._mono + stem
        for befores, allomorph, drop in self._nasal:
            for b in befores:
                if stem.startswith(b):
                    if drop and not stem.startswith(self._clusters):
                        return pe + allomorph + stem[len(b):]
                    return pe + allomorph + stem
        return pe + stem

    def _prefix(self, prefix: str, stem: str, has_inner: bool) -> str:
        if prefix == "meN":
            return self._nasalise("me", stem, has_inner)
        if prefix == "peN":
            return self._nasalise("pe", stem, has_inner)
        if prefix == "ber":
            if stem in self._ber_irregular:
                return self._ber_irregular[stem]
            if stem.startswith(self._ber_r) or stem.startswith("er"):
                return "be" + stem
        if prefix in ("ter", "per") and stem.startswith("r"):
            return prefix[:-1] + stem
        return prefix + stem

    def generate(self, stem: Stem | str, groups: tuple[str, ...] | list[str] = ("verb",)) -> list[Form]:
        """Every surface form of `stem` for the form groups asked for ("verb", "an", "peN_an", "noun", ...)."""
        stem = Stem.parse(stem) if isinstance(stem, str) else stem
        out: list[Form] = []
        for rule in self.forms:
            if not set(rule.groups) & set(groups):
                continue
            body = stem.full if rule.keep_suffix else stem.base
            if rule.name == "noun":
                body = stem.full
            word = self._prefix(rule.prefix, body, bool(stem.inner)) if rule.prefix else body
            if rule.suffix:
                word += rule.suffix
            voice = None if rule.nominal else rule.voice
            out.append(Form(word=word, stem=stem, form=rule.name, voice=voice, nominal=rule.nominal))
        return out

    # -- recognition ------------------------------------------------------------------------------------------
    def strip_clitic(self, word: str) -> str | None:
        """`word` without a trailing clitic or particle, or None if it has none."""
        for clitic in self.clitics:
            if word.endswith(clitic) and len(word) - len(clitic) >= 3:
                return word[: -len(clitic)]
        return None

    def analyse(self, word: str, roots: set[str] | frozenset[str] | None = None) -> list[tuple[Stem, str]]:
        """Candidate (stem, form name) readings of `word` by stripping affixes; with `roots`, only known roots.

        Rule-based and over-generating on purpose: "menilai" gives both tilai and nilai; pass `roots` to choose.
        """
        word = word.lower()
        words = [word]
        bare = self.strip_clitic(word)
        if bare:
            words.append(bare)
        found: list[tuple[Stem, str]] = []
        for w in words:
            for rule in self.forms:
                if rule.suffix:
                    if not w.endswith(rule.suffix):
                        continue
                    core = w[: -len(rule.suffix)]
                else:
                    core = w
                for body in self._unprefix(rule.prefix, core):
                    deriv = ("kan", "i", "") if rule.keep_suffix else ("",)
                    for suffix in deriv:
                        if suffix and not body.endswith(suffix):
                            continue
                        base = body[: -len(suffix)] if suffix else body
                        inner = ""
                        for ip in self._inner:
                            if base.startswith(ip) and (roots is None or base[len(ip):] in roots) and len(base) > len(ip) + 2:
                                found.append((Stem(root=base[len(ip):], suffix=suffix, inner=ip), rule.name))
                        if len(base) >= 2 and (roots is None or base in roots):
                            found.append((Stem(root=base, suffix=suffix, inner=inner), rule.name))
        seen: set = set()
        unique = []
        for item in found:
            if item not in seen:
                seen.add(item)
                unique.append(item)
        return unique

    def _unprefix(self, prefix: str, word: str) -> list[str]:
        if not prefix:
            return [word]
        if prefix in ("meN", "peN"):
            pe = "me" if prefix == "meN" else "pe"
            if not word.startswith(pe):
                return []
            rest = word[2:]
            out = []
            if self._mono and rest.startswith(self._mono) and _syllables(rest[len(self._mono):]) == 1:
                out.append(rest[len(self._mono):])
            for befores, allomorph, drop in self._nasal:
                if not rest.startswith(allomorph):
                    continue
                tail = rest[len(allomorph):]
                if not tail:
                    continue
                for b in befores:
                    if drop and tail[0] in VOWELS:
                        out.append(b + tail)
                    elif tail.startswith(b):
                        out.append(tail)
            return list(dict.fromkeys(out))
        out = []
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            out.append(word[len(prefix):])
        if prefix in ("ber", "ter", "per") and word.startswith(prefix[:-1] + "r"):
            out.append(word[len(prefix) - 1:])
        if prefix == "ber":
            out += [stem for stem, form in self._ber_irregular.items() if form == word]
        return out


def _syllables(word: str) -> int:
    """Vowel letters: enough to tell one-syllable stems (bom, cat, tes) from the rest; "klaim" is kla-im."""
    return sum(1 for ch in word if ch in VOWELS)


@lru_cache(maxsize=None)
def load_morphology(lang: str) -> Morphology | None:
    """The affix engine for `lang`, or None when the language has no morphology.toml (English)."""
    path: Path = lang_dir(lang) / "morphology.toml"
    if not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            return Morphology(tomllib.load(fh))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise InputError(str(path), f"bad affix rules: {exc}") from None
