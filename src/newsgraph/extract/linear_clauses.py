"""The words and clause boundaries of one sentence read without a parse, for the word-order strategy (`linear.py`).

Which positions hold an actor mention or a trigger, which words are function words (grammar.toml), where a clause
breaks (a conjunction, a complementizer, a closing quote, a comma before a new subject and its predicate), and which
unknown words look like verbs by their prefix. Argument search (`linear_arguments.py`) builds on these answers.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.extract import cues
from newsgraph.extract.frames import STATEMENT_ROOT, MentionIndex
from newsgraph.extract.grammar import Grammar
from newsgraph.model import Mention

PARENTHETICAL_REACH = 4  # words in a bracketed abbreviation or gloss after a name: "(USTR)", "(Pemerintah Persatuan)"


class Clauses(MentionIndex):
    """Token positions of actor mentions and triggers within one sentence."""

    def __init__(self, sent: Span, mentions: list[Mention], triggers: list, g: Grammar):
        super().__init__(mentions)
        self.sent = sent
        self.doc = sent.doc
        self.g = g
        self.trigger_heads = {t.head: t for t in triggers}
        # the words of verb phrases ("memanggil duta besar"): a mention among them is that verb's object
        self.verb_phrase_words = {k for t in triggers if not t.nominal for k in range(t.tok_start, t.tok_end)}
        self.trigger_tokens_of_current: set[int] = set()  # the predicate being filled: not a boundary
        self.headline = False

    def word(self, i: int) -> str:
        return self.doc[i].lower_

    def preceded_by(self, m: Mention, words: frozenset[str]) -> bool:
        i = m.tok_start - 1
        return i >= self.sent.start and self.word(i) in words

    def function_word(self, word: str) -> bool:
        g = self.g
        return (word in g.auxiliaries or word in g.negators or word in g.coordinators or word in g.clause_breaks
                or word in g.complementizers or word in g.oblique_markers or g.modality_of(word) is not None)

    def closes_quote(self, i: int) -> bool:
        """A closing quote or the speech verb after it: what follows names the speaker, not a target."""
        word = self.word(i)
        return word in self.g.quote_verbs or (len(word) == 1 and word in cues.CLOSE_QUOTES)

    def predicative(self, t) -> bool:
        """A nominal-looking trigger used as the predicate: 'Indonesia dan Australia sepakat …'."""
        i = t.tok_start - 1
        while i >= self.sent.start and (self.word(i) in self.g.auxiliaries or self.word(i) in self.g.negators):
            i -= 1
        return i >= self.sent.start and i in self.at

    def verb_like(self, i: int) -> bool:
        """An affixed verb the lexicon does not know ('melanjutkan', 'menggelar'), by its prefix."""
        tok = self.doc[i]
        return (tok.is_alpha and tok.is_lower and i not in self.trigger_heads and not self.function_word(tok.lower_)
                and any(tok.lower_.startswith(p) and len(tok.lower_) > len(p) + 3 for p in self.g.verb_prefixes))

    def is_reporting(self, t) -> bool:
        return self.lexicon.is_reporting_verb(self.doc[t.head])

    def is_break(self, i: int) -> bool:
        w = self.word(i)
        if w in self.g.clause_breaks and i + 1 < self.sent.end and self.word(i + 1) in self.g.demonstratives:
            return False  # "sejak itu", "setelah itu": an adverb of time, no new clause
        return w in self.g.clause_breaks or w in self.g.complementizers

    def opening_event_noun(self, noun) -> bool:
        """The event noun opens its clause ('Bantuan Jepang ...', ', bantuan Jepang ...')."""
        before = noun.tok_start - 1
        return before < self.sent.start or self.is_break(before) or self.word(before) == ","

    def ceased(self, t) -> bool:
        """The act is what a verb of stopping takes ('mendesak Israel menghentikan serangan terhadap Lebanon',
        'berhenti menyerang'): asked to stop, the addressee is doing it."""
        i = t.tok_start - 1
        return i >= self.sent.start and self.word(i) in self.g.linear.get("cessation_verbs", ())

    def plain_object_after(self, t) -> bool:
        """A noun right after the verb is its object though it names no actor ('AS dan Israel menolak resolusi
        tersebut': they reject the resolution, not each other)."""
        i = t.tok_end
        if i >= self.sent.end:
            return False
        tok = self.doc[i]
        return (tok.is_lower and tok.text.replace("-", "").isalpha() and not self.function_word(tok.lower_)
                and i not in self.trigger_heads)

    def verb_or_trigger(self, i: int) -> bool:
        return self.verbal_trigger_at(i) or self.verb_like(i)

    def says_event(self, i: int) -> bool:
        """'menyampaikan kecaman terhadap', 'menyatakan dukungan kepada', 'mengumumkan sanksi terhadap': a plain
        statement verb whose object is an event noun of another class is a light verb for that event."""
        verb = self.trigger_heads.get(i)
        if verb is None or verb.nominal or verb.code != STATEMENT_ROOT + "0" or verb.tok_end - verb.tok_start > 1:
            return False
        start = self.after_measure_words(verb.tok_end)
        noun = self.trigger_heads.get(start)
        return noun is not None and noun.nominal and noun.tok_start == start and noun.code[:2] != STATEMENT_ROOT

    def after_measure_words(self, i: int) -> int:
        """The position after the nouns that count or package an event noun ('paket bantuan', 'beberapa putaran
        pembicaraan'), from i."""
        measures = self.g.linear.get("measure_nouns", ())
        while i < self.sent.end and self.word(i) in measures:
            i += 1
        return i

    def before_measure_words(self, i: int) -> int:
        """The position before the measure nouns that end at i (see after_measure_words)."""
        measures = self.g.linear.get("measure_nouns", ())
        while i >= self.sent.start and self.word(i) in measures:
            i -= 1
        return i

    def verbal_trigger_at(self, i: int) -> bool:
        t = self.trigger_heads.get(i)
        return t is not None and not t.nominal

    def only_auxiliaries(self, lo: int, hi: int) -> bool:
        return all(self.word(k) in self.g.auxiliaries for k in range(lo, hi))

    def after_parenthetical(self, i: int) -> int:
        """'Perwakilan Dagang AS (USTR) dan Menteri Keuangan AS': the position after a bracketed abbreviation or
        gloss that follows a name, so that the list goes on after it."""
        if i >= self.sent.end or self.word(i) != "(":
            return i
        for j in range(i + 1, min(self.sent.end, i + PARENTHETICAL_REACH + 2)):
            if self.word(j) == ")":
                return j + 1
        return i

    def before_parenthetical(self, i: int) -> int:
        """The position of the name before a bracketed abbreviation that ends at i (see after_parenthetical)."""
        if i < self.sent.start or self.word(i) != ")":
            return i
        for j in range(i - 1, max(self.sent.start - 1, i - PARENTHETICAL_REACH - 2), -1):
            if self.word(j) == "(":
                return j - 1
        return i

    def opens_clause(self, i: int) -> bool:
        """A comma before actors that a predicate follows: 'Korut luncurkan rudal, Jepang dan Korsel protes'."""
        if self.word(i) != ",":
            return False
        j, named = i + 1, False
        while j < self.sent.end:
            m = self.at.get(j)
            if m is not None:
                named, j = True, m.tok_end
            elif self.word(j) in self.g.coordinators and self.word(j) != ",":
                j += 1
            elif self.word(j) in self.g.auxiliaries or self.word(j) in self.g.negators:
                j += 1
            else:
                break
        t = self.trigger_heads.get(j) if named else None
        return t is not None and (not t.nominal or self.predicative(t))
