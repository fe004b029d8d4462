"""Grammar-driven cues shared by the role-assignment strategies: negation, modality, quotes, coordination."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from newsgraph.extract.frames import QuoteRegion
from newsgraph.extract.grammar import Grammar
from newsgraph.model import PERSON, Mention

OPEN_QUOTES = "\"“«„‘'"
CLOSE_QUOTES = "\"”»‟’'"
# Quote scans jump from mark to mark: a paragraph is mostly other characters.
_OPEN_QUOTE = re.compile(f"[{re.escape(OPEN_QUOTES)}]")
_CLOSE_QUOTE = re.compile(f"[{re.escape(CLOSE_QUOTES)}]")


def lower(doc: Doc, i: int) -> str:
    return doc[i].lower_


def negation_before(doc: Doc, start: int, lower_bound: int, g: Grammar) -> bool:
    """A negator within the window before the predicate, over auxiliaries only ("tidak akan menyerang"), or a
    clause opened by a denial ("Tidak mungkin kami dapat melanjutkan dialog")."""
    first = lower_bound
    while first < start and doc[first].is_punct:  # an opening quote mark
        first += 1
    for opener in g.negating_openers:
        words = tuple(t.lower_ for t in doc[first : min(start, first + len(opener))])
        if words == opener:
            return True
    skipped = 0
    i = start - 1
    while i >= lower_bound and skipped <= g.negation_window:
        word = doc[i].lower_
        if word in g.negators:
            return True
        if word not in g.auxiliaries and g.modality_of(word) is None:
            return False
        skipped += 1
        i -= 1
    return False


def modality_before(doc: Doc, start: int, lower_bound: int, g: Grammar) -> str | None:
    """Modal cue words in the predicate's auxiliary run, or a conditional opening its clause."""
    i = start - 1
    while i >= lower_bound:
        word = doc[i].lower_
        mod = g.modality_of(word)
        if mod and mod != "conditional":
            return mod
        if word not in g.auxiliaries and word not in g.negators:
            break
        i -= 1
    # The conditional word itself opens the clause ("Jika Iran menyerang …"), so it stands just before it.
    conditional = g.modality.get("conditional", frozenset())
    for j in range(max(0, lower_bound - 1), start):
        if doc[j].lower_ in conditional:
            return "conditional"
    return None


def obliged_before(doc: Doc, start: int, lower_bound: int, g: Grammar) -> bool:
    """An obligation word in the predicate's auxiliary run ("Irak harus menarik ..."): the act is required, not
    asserted."""
    i = start - 1
    while i >= lower_bound:
        word = doc[i].lower_
        if word in g.obligation:
            return True
        if word not in g.auxiliaries and word not in g.negators and g.modality_of(word) is None:
            return False
        i -= 1
    return False


def clause_start(doc: Doc, pos: int, sent_start: int, g: Grammar) -> int:
    """The first token of the clause holding `pos`: after the nearest clause break or complementizer."""
    i = pos - 1
    while i >= sent_start:
        word = doc[i].lower_
        if word in g.clause_breaks or word in g.complementizers:
            return i + 1
        i -= 1
    return sent_start


def find_quote_regions(doc: Doc | Span, mentions: list[Mention], g: Grammar,
                       continued_by: Mention | None = None, *, text: str | None = None) -> list[QuoteRegion]:
    """Direct quotes and their speakers: '"…," kata Stoltenberg' / '"…," said Putin' / '"…," Putin said'. A quote
    still open at the end of the text goes on in the next paragraph (wire style: no closing mark there, the next
    paragraph opens with one); `continued_by` is the speaker that paragraph names (see `opening_quote_speaker`).
    `text`: the doc's text, when the caller holds it (spaCy joins `doc.text` anew from its tokens each time)."""
    regions = []
    doc_ = doc.doc if isinstance(doc, Span) else doc
    offset = doc.start_char if isinstance(doc, Span) else 0
    if text is None:
        text = doc.text
    by_start = sorted((m for m in mentions if m.actor is not None), key=lambda m: m.start)
    for i, close in _quotes(text):
        if close is None:
            if continued_by is not None:
                regions.append(QuoteRegion(offset + i, offset + len(text), continued_by))
            break
        speaker = _speaker_after(doc_, offset + close + 1, by_start, g)
        if speaker is None and _pronoun_attribution(doc_, offset + close + 1, g):
            # '"…," he said' where the resolver left "he" open: the person named last before the quote
            speaker = next((m for m in reversed(by_start)
                            if m.end <= offset + i and m.actor.type == PERSON), None)
        if speaker is None and regions:
            # '"…," Kallas said on X. "We are preparing more sanctions …"': a quote that goes on after its
            # attribution is still the same speaker's, within the paragraph.
            speaker = regions[-1].speaker
        if speaker is not None:
            regions.append(QuoteRegion(offset + i, offset + close + 1, speaker))
    return regions


def _quotes(text: str) -> Iterator[tuple[int, int | None]]:
    """(opening, closing) character offsets of the text's quotes in order; a last one still open has no closing."""
    i = 0
    while (found := _OPEN_QUOTE.search(text, i)) is not None:
        i = found.start()
        if i == 0 or not text[i - 1].isalnum():
            close = _closing_quote(text, i + 1)
            yield i, close
            if close is None:
                return
            i = close + 1
        else:
            i += 1


def opens_unclosed_quote(text: str) -> bool:
    """Whether a paragraph has a quote that is still open at its end."""
    return any(close is None for _, close in _quotes(text))


def opening_quote_speaker(doc: Doc, mentions: list[Mention], g: Grammar) -> Mention | None:
    """The speaker of the quote a paragraph opens with, if it opens with one: who a quote left open in the paragraph
    before belongs to."""
    text = doc.text.lstrip()
    if not text or text[0] not in OPEN_QUOTES:
        return None
    regions = find_quote_regions(doc, mentions, g)
    return regions[0].speaker if regions and regions[0].start == len(doc.text) - len(text) else None


def _closing_quote(text: str, start: int) -> int | None:
    for found in _CLOSE_QUOTE.finditer(text, start):
        j = found.start()
        if j + 1 == len(text) or not text[j + 1].isalnum():
            # An apostrophe inside a word ("Russia's") is not a closing quote.
            if text[j] in "'’" and j > 0 and text[j - 1].isalnum() and j + 1 < len(text) and text[j + 1].isalpha():
                continue
            return j
    return None


def _speaker_after(doc: Doc, char: int, mentions: list[Mention], g: Grammar) -> Mention | None:
    """The speaker named right after a closing quote, within a few words."""
    tokens = [t for t in doc if t.idx >= char][:8]
    words = [t.lower_ for t in tokens]
    for k, word in enumerate(words):
        if word in g.quote_verbs:
            # '"…," Sandu told reporters in Chisinau': a name right before the verb is the speaker, whatever
            # follows; '"…," said Putin' / '"…," kata Stoltenberg' name them after it.
            before = _mention_ending_at(tokens, k, mentions)
            # '"…," ujarnya': the verb carries its own pronoun, resolved as a mention of the speaker
            return before or _mention_starting_near(tokens, k, mentions, reach=4)
    return None


def _pronoun_attribution(doc: Doc, char: int, g: Grammar) -> bool:
    """'"…," he said': a personal pronoun right before the quote verb attributes the quote."""
    words = [t.lower_ for t in doc if t.idx >= char][:8]
    return any(w in g.quote_verbs and k > 0 and words[k - 1] in g.person_pronouns for k, w in enumerate(words))


def _mention_starting_near(tokens, k: int, mentions: list[Mention], reach: int) -> Mention | None:
    for t in tokens[k : k + reach]:
        for m in mentions:
            if m.tok_start <= t.i < m.tok_end:
                return m
    return None


def _mention_ending_at(tokens, k: int, mentions: list[Mention]) -> Mention | None:
    if k == 0:
        return None
    prev = tokens[k - 1]
    for m in mentions:
        if m.tok_start <= prev.i < m.tok_end:
            return m
    return None
