"""Coreference: pronouns, definite descriptions and surnames that refer to actors named earlier.

"pihaknya", "the alliance", "the two countries", "ketiga negara Sahel tersebut", "Stoltenberg" after "Jens
Stoltenberg": the tracker (tracker.py) remembers the article's actors; this module reads the phrases.
"""

from __future__ import annotations

from newsgraph.actors.known_names import KnownNames, name_keys
from newsgraph.actors.tables import HYPHENS, LanguageTables
from newsgraph.actors.tokens import Tokens, make_mention, span_text, units
from newsgraph.actors.tracker import ArticleActors, _body, is_body
from newsgraph.model import GROUP, ORGANIZATION, PERSON, REGION, STATE, InputError, Mention

# Coreference kinds that are definite descriptions ("the bloc", "negara tersebut"), not pronouns ("pihaknya")
DEFINITE_KINDS = {"last-alliance", "last-organization", "last-state", "last-group"}
MAX_COREF_MODIFIERS, MAX_COREF_GAP_TOKENS = 3, 7  # "the 50-year-old West African bloc": 3 words, 7 tokens
LAST_PERSON_REACH = 3  # tokens from a sentence's start within which "he"/"she"/"ia" may open it


class Coreference:
    """Coreference phrases and the earlier actors they refer to."""

    def __init__(self, t: LanguageTables, names: KnownNames):
        self.coref = t.coref
        self.coref_gap = t.coref_gap
        self.coref_last = t.coref_last
        self.coref_last_words = t.coref_last_words
        self.coref_not_tags = t.coref_not_tags
        self.coref_starts = t.coref_starts
        self.given_names = t.given_names
        self.kb = t.kb
        self.lang = t.lang
        self.not_names = t.not_names
        self.relative_openers = t.relative_openers
        self.roles = t.roles
        self.speech_verbs = t.speech_verbs
        self.name_at = names.name_at

    def coref_mention(self, toks: Tokens, i: int, tracker: ArticleActors) -> list[Mention] | None:
        hit = self.coref.match(toks.lowers, toks.texts, i, toks.n)
        if self.coref_gap and (hit is None or self.coref_last is not None) and toks.lowers[i] in self.coref_starts \
                and not self.coref_last_words.isdisjoint(toks.lowers[i + 2:i + 2 + MAX_COREF_GAP_TOKENS]):
            # "ketiga negara Sahel tersebut" is longer than the "ketiga negara" inside it
            gapped = self.coref.match_gapped(toks.lowers, i, toks.n, lambda k: self._coref_modifier(toks, k),
                                             MAX_COREF_GAP_TOKENS, self.coref_last)
            if gapped is not None and (hit is None or gapped[0] > hit[0]) \
                    and units(toks, gapped[2], gapped[3]) <= MAX_COREF_MODIFIERS:
                hit = gapped[0], gapped[1]
        if hit:
            end, refers = hit
            phrase = span_text(toks, i, end)
            if refers[0] == "place":  # "across the country", "di seluruh negeri": where, not who
                return [make_mention(toks, i, end, None, phrase, "not-actor")]
            if refers[0] in ("two-states", "two-people", "two-sides", "three-states"):
                if refers[0] == "three-states":
                    states = tracker.last_list_of_states(3)
                elif refers[0] == "two-people":
                    states = tracker.two_people()
                elif refers[0] == "two-sides":
                    states = tracker.two_states(lambda a: is_body(a) and a.type != REGION, outside_sentence=True)
                else:
                    states = tracker.two_states()
                if len(states) < 2:
                    return None
                # One mention per country, same span: a Mention holds one actor.
                return [make_mention(toks, i, end, s, phrase, "coref") for s in states]
            if refers[0] in ("last-person", "other-person") and 0 < i and toks.texts[i][:1].isupper() and (
                    i + 1 < toks.n and toks.caps[i + 1]):
                return None  # "met He Lifeng": a capitalised "He" inside a sentence before a name is a family name
            if refers[0] == "last-person" and i > LAST_PERSON_REACH and toks.lowers[i - 1] not in self.speech_verbs:
                # "He said ...", "In March he sent ...": near a sentence's start. A 'he' deeper in it is the one
                # person the sentence has named ("Zelenskiy, speaking in Warsaw where he signed ..."); with none
                # or several, the reported-speech rules decide ("Trump said he would ...").
                actor = tracker.sole_person_here()
                return None if actor is None else [make_mention(toks, i, end, actor, phrase, "coref")]
            if refers[0] == "other-person":
                actor = tracker.object_person()
                return None if actor is None else [make_mention(toks, i, end, actor, phrase, "coref")]
            if refers[0] == "last-person":
                actor = tracker.last_subject_person()
                return None if actor is None else [make_mention(toks, i, end, actor, phrase, "coref")]
            if refers[0] == "sole-body":
                actor = tracker.sole(lambda a: is_body(_body(a)))
            else:
                actor = tracker.recent(self._antecedent(refers[0]), given=refers[0] in DEFINITE_KINDS)
            if actor is None:
                return None
            person = refers[0] in ("last-person", "speaker-person")
            return [make_mention(toks, i, end, actor if person else _body(actor), phrase, "coref")]
        caps = toks.caps
        if caps[i]:  # a surname (or any tail of a full name) seen earlier in the article
            run = 1
            while run < 3 and i + run < toks.n and caps[i + run]:
                run += 1
            for end in range(i + run, i, -1):
                person = tracker.person(tuple(toks.lowers[i:end]))
                if person is not None:
                    return [make_mention(toks, i, end, person, person.label, "coref")]
            if run == 1 and self.given_names:  # "Airlangga" after "Airlangga Hartarto" (Indonesian press)
                person = tracker.by_given_name(toks.lowers[i])
                if person is not None:
                    return [make_mention(toks, i, i + 1, person, person.label, "coref")]
        return None

    def in_aside(self, toks: Tokens, start: int) -> bool:
        """Token `start` stands in a relative clause set off by a comma (", which have formed their own AES,")."""
        for k in range(start - 1, 0, -1):
            if toks.texts[k - 1] == ",":
                return toks.lowers[k] in self.relative_openers
        return False

    def _coref_modifier(self, toks: Tokens, k: int) -> bool:
        """A word that may modify a coreference phrase's noun: an adjective, a number, a compound ("50-year-old"), a
        region's name ("Sahel"); never a function word or the name of an actor ("the Wagner group" is Wagner)."""
        text = toks.texts[k]
        if text in HYPHENS:
            return 0 < k < toks.n - 1 and not toks.spaced(k - 1) and not toks.spaced(k)
        if not text[:1].isalnum() or toks.lowers[k] in self.not_names:
            return False
        if not toks.caps[k]:
            return not (self.coref_not_tags and toks.doc[toks.offset + k].tag_ in self.coref_not_tags)
        if toks.caps[k]:
            hit = self.name_at(toks, k)
            if hit is not None and any(self.kb.actors[key].type != REGION for key in name_keys(hit[1])):
                return False
            if self.roles.match(toks.lowers, toks.texts, k, toks.n):
                return False
        return True

    def _antecedent(self, refers: str):
        tags = self.kb.tags
        if refers == "last-actor":
            return lambda a: True
        if refers == "last-body":
            return lambda a: is_body(_body(a))
        # A person counts as the body they speak for: "Stoltenberg said the alliance ..." is NATO.
        if refers == "last-alliance":
            return lambda a: "alliance" in tags.get(_body(a).key, ())
        if refers == "last-organization":
            return lambda a: _body(a).type == ORGANIZATION
        if refers == "last-state":
            return lambda a: _body(a).type == STATE
        if refers in ("last-person", "speaker-person", "person-body"):
            return lambda a: a.type == PERSON
        if refers == "last-group":
            return lambda a: _body(a).type == GROUP
        raise InputError(f"lang/{self.lang}/coref.tsv", f"unknown refers value {refers!r}")
