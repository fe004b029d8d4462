"""Find and resolve actor mentions in a sentence: KB names, role phrases, coreference and unknown names.

The resolver walks the tokens left to right and at each token tries, in order: a role phrase (the longest
unit: "Sekretaris Jenderal NATO Jens Stoltenberg", "the Russian foreign ministry"), a name from the knowledge
base ("Moskow", "Negeri Paman Sam"), a coreference cue ("pihaknya", "the alliance", a surname seen earlier),
and an unknown name (spaCy NER in English; capitalised runs after name cues and in appositions in Indonesian).
What it finds becomes one `Mention`, and the walk resumes after it: mentions never overlap.

Each kind of phrase has its own module; this one walks the sentence and keeps the article's bookkeeping:
    tokens.py          a sentence's tokens as plain lists, and the Mention a token range becomes
    tables.py          the language's words and phrase tables, and the knowledge base's names in it
    offices.py         who holds an office at a date; the Actor a role phrase resolves to
    known_names.py     knowledge-base names (states, bodies, people, ships) and where a name is no actor
    people.py          people's names after roles and titles, in apposition, as capitalised runs
    role_phrases.py    role phrases ("Russian President Vladimir Putin", "Menlu AS")
    coreference.py     pronouns, definite descriptions and surnames that refer back
    body_heads.py      a body named again by the first word of its name ("Mahkamah" for the ICJ)
    unknown_names.py   names the knowledge base lacks: NER, Indonesian name cues and the tagger
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Span

from newsgraph.actors.body_heads import BodyHeads
from newsgraph.actors.coreference import Coreference
from newsgraph.actors.kb import KnowledgeBase
from newsgraph.actors.known_names import KnownNames
from newsgraph.actors.offices import Offices
from newsgraph.actors.people import PersonNames
from newsgraph.actors.role_phrases import RolePhrases
from newsgraph.actors.tables import LanguageTables
from newsgraph.actors.tokens import TokenReader
from newsgraph.actors.tracker import ArticleActors
from newsgraph.actors.unknown_names import UnknownNames
from newsgraph.model import PERSON, InputError, Mention


class ActorResolver:
    """Resolves actor mentions in one language. Build once per language (see `resolver_for`), reuse."""

    def __init__(self, kb: KnowledgeBase, lang: str = "en"):
        self.kb = kb
        self.lang = lang
        t = LanguageTables(kb, lang)
        offices = Offices(t)
        names = KnownNames(t, offices)
        people = PersonNames(t, names)
        roles = RolePhrases(t, names, people, offices)
        self.unknown = UnknownNames(t, names, people, roles)
        coref = Coreference(t, names)
        # The finders as bound methods: find_mentions calls them at every candidate token.
        self._vessel_mention = names.vessel_mention
        self._role_mention = roles.role_mention
        self._name_mention = names.name_mention
        self._coref_mention = coref.coref_mention
        self._head_mention = BodyHeads(t).head_mention
        self._unknown_mention = self.unknown.unknown_mention
        self._in_aside = coref.in_aside
        self._choose = names.choose
        self._read = TokenReader().read
        self._nlp = t.nlp
        self.possessives = t.possessives
        self.list_separators = t.list_separators
        self.list_determiners = t.list_determiners
        self.intermediary_cues = t.intermediary_cues
        self.relative_openers = t.relative_openers
        # Words that can start something; any other lower-case word is skipped at the cost of one set probe.
        self._starts = t.names.first_tokens() | t.roles.first_tokens() | t.coref_starts

    def find_mentions(self, span: Doc | Span, tracker: ArticleActors | None = None) -> list[Mention]:
        """Actor mentions in one sentence, in token order, non-overlapping, longest first. Offsets are into
        span.doc.text; the tracker remembers them for coreference in the article's later sentences."""
        tracker = tracker if tracker is not None else ArticleActors()
        tracker.next_sentence()
        toks = self._read(span)
        out: list[Mention] = []
        pending: dict[int, tuple[str, ...]] = {}  # index in out -> candidate keys of an ambiguous name
        starts, possessives = self._starts, self.possessives
        # Only a word that starts a phrase, or a capitalised word, can start a mention.
        candidates = [k for k, (lower, cap) in enumerate(zip(toks.lowers, toks.caps))
                      if lower in starts or (cap and lower not in possessives)]
        i = 0
        prev_end = -1
        has_relative = not self.relative_openers.isdisjoint(toks.lowers)
        for i0 in candidates:
            if i0 < i:
                continue  # inside the mention found last
            i = i0
            found = (
                self._vessel_mention(toks, i)
                or self._role_mention(toks, i, tracker)
                or self._name_mention(toks, i, tracker, out, pending)
                or self._coref_mention(toks, i, tracker)
                or self._head_mention(toks, i, tracker)
                or self._unknown_mention(toks, i, tracker)
            )
            if not found:
                i += 1
                continue
            start = found[0].tok_start - toks.offset
            if not (prev_end > 0 and self._listed(toks.lowers[prev_end:start])):
                # not "X and Y", "X, Y": a new run of coordinated actors (after "by"/"oleh" one of go-betweens)
                tracker.coordinate(None, start > 0 and toks.lowers[start - 1] in self.intermediary_cues)
            aside = has_relative and self._in_aside(toks, start)
            for m in found:
                if len(out) not in pending:
                    tracker.note(m, aside)
                    if m.actor is not None and (m.how not in ("ner", "name") or m.actor.type == PERSON):
                        tracker.coordinate(m.actor)  # an unknown organisation NER found ("Torkham") is no side
                out.append(m)
            # several mentions on one span ("the two countries") end where it ends, not one word further each
            i = max(i + 1, max(m.tok_end for m in found) - toks.offset)
            prev_end = max(m.tok_end for m in found) - toks.offset
        if pending:
            context = set(tracker.keys)
            for m in out:
                if m.actor is not None:
                    context |= self.kb.context_keys(m.actor.key)
            for index, candidates in pending.items():
                actor = self._choose(candidates, context)
                if actor is not None:
                    out[index] = replace(out[index], actor=actor)
                    tracker.note(out[index])
        return out

    def _listed(self, between: list[str]) -> bool:
        """Whether the words between two mentions make them a list: "X and Y", "X, Y", "X, and Y", "X and the Y"."""
        if between and between[-1] in self.list_determiners:
            between = between[:-1]
        return 1 <= len(between) <= 2 and all(w in self.list_separators for w in between)

    def lookup(self, text: str, date: dt.date | None = None) -> Mention | None:
        """What `text` alone resolves to at `date` (None: today): the longest mention found in it, or None."""
        if not text or not text.strip():
            raise InputError("lookup", "empty text")
        doc = self._nlp(text.strip())
        mentions = self.find_mentions(doc[:], ArticleActors(date=date))
        return max(mentions, key=lambda m: (m.end - m.start, -m.start), default=None)
