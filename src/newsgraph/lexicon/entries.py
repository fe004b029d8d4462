"""Reading a language's verb lexicon (lang/<code>/verbs.tsv) into pattern entries.

Row format, tab-separated: pattern, code, gloss, forms, markers, notes.
- pattern: words separated by spaces. The first word anchors the match (a lemma in English, a stem such as
  "salah+kan" or "per-ingat+kan" in languages with a morphology.toml); the other words are matched as written
  (lemma or lower-case text). `*` is an object slot (one to a few tokens), `(*)` an optional slot (a few
  modifiers: "impose (*) sanction"), `(to)` an optional word, `a|b` alternative single words, `~stem` any
  verbal form of a stem (languages with morphology), `^word` marks the head when it is not the first word, and
  `[word]` is a context word: it must be there, but it is no part of the trigger, so an actor it names stays the
  event's argument ("join [nato]": Sweden joined NATO).
- code: the CAMEO code the pattern means (checked against the taxonomy), or `---` for a "no event" row (CAMEO's
  [---]): a longer pattern that silences every row whose words all lie inside its own words, and yields no
  trigger itself ("beat * to win" keeps "beat" from being an assault, "bid to join" keeps "join" from being a
  membership; "blocks Sweden's bid" still fires, its words reach outside the veto).
- gloss: the English verb a user sees ("accuse").
- forms: English: "verb", "noun" or empty (either). Indonesian: the morphology form groups the anchor takes
  ("verb", "verb,an,peN_an", "noun", "ber", ...); empty means "verb".
- markers: comma-separated words that introduce the target after this trigger ("on,against"); empty: the
  language default from lexicon.toml.
- notes: free text for reviewers; `refuses=CODE` records the action a refusal pattern refuses; `needs_verb`
  marks nominals that are no event on their own ("war", "ceasefire"); `swap` (CAMEO's [:code]) marks rows whose
  grammatical subject is the target and whose marked object is the actor: "Ukraine received jets from Denmark" is
  Denmark's 07x to Ukraine (the Trigger carries `swapped`, the extractor exchanges the roles).
  Alternatives are single words: "a|b c" means (a or b) then c; a group between two plain words ("a b|c d") reads
  like phrase alternatives and is rejected, as are spaces or empty alternatives around `|`.
Multiword noun rows take their last word as head in head-final languages (lexicon.toml: head_final = true),
unless `^` marks another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..datafile import read_tsv
from ..model import InputError
from .. import taxonomy

SLOT = "*"
NO_EVENT = "---"  # the code of a veto row: it matches, takes its words, and codes nothing
# A noun phrase with one of these ("show of force", "trip to") keeps its first word as head.
_LINKING = frozenset({"of", "to", "for", "on", "in", "with", "by", "against"})


@dataclass(frozen=True)
class Word:
    alternatives: tuple[str, ...]  # () for the slot
    optional: bool = False
    head: bool = False
    context: bool = False  # `[w]`: must match, but stays outside the trigger (the actor it names is an argument)

    @property
    def is_slot(self) -> bool:
        return not self.alternatives


@dataclass(frozen=True)
class Entry:
    pattern: str
    code: str
    gloss: str
    forms: tuple[str, ...]
    markers: tuple[str, ...]
    notes: str
    words: tuple[Word, ...]
    head_offset: int  # index into words of the head word
    refuses: str | None
    line: int

    @property
    def is_veto(self) -> bool:
        return self.code == NO_EVENT

    @property
    def swapped(self) -> bool:
        return "swap" in self.notes.split()

    @property
    def anchor(self) -> Word:
        return self.words[0]

    @property
    def length(self) -> int:
        """How many words (not slots, not optional) the pattern needs: longer patterns win."""
        return sum(1 for w in self.words if not w.is_slot and not w.optional)


def parse_pattern(pattern: str, where: str) -> tuple[tuple[Word, ...], int]:
    words: list[Word] = []
    head = 0
    _check_alternatives(pattern, where)
    for raw in pattern.split():
        optional = raw.startswith("(") and raw.endswith(")")
        if optional:
            raw = raw[1:-1]
        context = raw.startswith("[") and raw.endswith("]")
        if context:
            raw = raw[1:-1]
            if not words or raw == SLOT or raw.startswith("^"):
                raise InputError(where, f"pattern {pattern!r}: a context word [w] is a plain word after the first")
        is_head = raw.startswith("^")
        if is_head:
            raw = raw[1:]
            head = len(words)
        if raw == SLOT:
            words.append(Word(alternatives=(), optional=optional))
        else:
            alts = tuple(a for a in raw.lower().split("|") if a)
            if not alts:
                raise InputError(where, f"empty word in pattern {pattern!r}")
            words.append(Word(alternatives=alts, optional=optional, head=is_head, context=context))
    if not words or words[0].is_slot or words[0].optional:
        raise InputError(where, f"pattern {pattern!r} must start with a required word")
    if words[-1].is_slot:
        raise InputError(where, f"pattern {pattern!r} must not end with an object slot")
    return tuple(words), head


def _check_alternatives(pattern: str, where: str) -> None:
    """Alternatives are single words. A phrase alternative ("pull back|pull out", "a b|c d") cannot be written
    with `|`: the matcher would read it as "pull (back or pull) out". Reject the shapes that betray one."""
    if re.search(r"\s\||\|\s|\|\||(^|\s)\||\|($|\s)", pattern):
        raise InputError(where, f"pattern {pattern!r}: `|` must join single words with no space or empty "
                                "alternative around it")
    raw = pattern.split()
    for i in range(1, len(raw) - 1):
        if "|" in raw[i] and _plain(raw[i - 1]) and _plain(raw[i + 1]):
            a, b = raw[i].split("|", 1)
            raise InputError(where, f"pattern {pattern!r}: {raw[i]!r} between two words reads as phrase "
                                    f"alternatives ({raw[i - 1]} {a} | {b} {raw[i + 1]}); an alternative is one "
                                    f"word: write one row per phrase")


def _plain(raw: str) -> bool:
    """A single required word. Alternatives next to a slot, an optional word or other alternatives are plainly
    single words ("call * a|an (*) threat", "peacekeeping|stabilisation troop|force to")."""
    return "|" not in raw and raw.lstrip("^") != SLOT and not (raw.startswith("(") and raw.endswith(")"))


def read_entries(path: Path, head_final: bool = False) -> list[Entry]:
    entries: list[Entry] = []
    for row in read_tsv(path):
        where = row["_where"]
        pattern, code = row.get("pattern", ""), row.get("code", "")
        if not pattern or not code:
            raise InputError(where, "a lexicon row needs a pattern and a code")
        if code != NO_EVENT and not taxonomy.exists(code):
            raise InputError(where, f"unknown CAMEO code {code!r} for pattern {pattern!r}")
        words, head = parse_pattern(pattern, where)
        forms = tuple(f.strip() for f in row.get("forms", "").split(",") if f.strip())
        if (head == 0 and not words[0].head and head_final and "noun" in forms and len(words) > 1 and not words[-1].is_slot
                and not any(set(w.alternatives) & _LINKING for w in words)):
            head = len(words) - 1  # English noun compounds are head-final: "ethnic cleansing", "air strike"
        notes = row.get("notes", "")
        refuses = None
        for token in notes.split():
            if token.startswith("refuses="):
                refuses = token.split("=", 1)[1]
                if not taxonomy.exists(refuses):
                    raise InputError(where, f"unknown refused CAMEO code {refuses!r}")
        entries.append(
            Entry(
                pattern=pattern,
                code=code,
                gloss=row.get("gloss") or words[0].alternatives[0],
                forms=forms,
                markers=tuple(m.strip().lower() for m in row.get("markers", "").split(",") if m.strip()),
                notes=notes,
                words=words,
                head_offset=head,
                refuses=refuses,
                line=int(row["_line"]),
            )
        )
    return entries
