"""Names from the knowledge base in a sentence: states, bodies, people, ships, and where a name is no actor.

"Moskow", "Negeri Paman Sam", "KRI Bung Tomo"; an ambiguous name ("Brussels", "Bush") resolves by the article's
context and date; "the Russian language", "Rumah Sakit Indonesia" use a state's name for no actor.
"""

from __future__ import annotations

import datetime as dt

from newsgraph.actors.kb import Name
from newsgraph.actors.matcher import first
from newsgraph.actors.offices import Offices
from newsgraph.actors.tables import HYPHENS, NER_CONTAINERS, LanguageTables
from newsgraph.actors.tokens import Tokens, make_mention
from newsgraph.actors.tracker import ArticleActors
from newsgraph.model import PERSON, REGION, STATE, Actor, Mention

MAX_VESSEL_WORDS = 4  # "BRP Sierra Madre", "USS Dwight D. Eisenhower"


def name_keys(names: list[Name]) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        out += [k for k in name.keys if k not in out]
    return tuple(out)


class KnownNames:
    """Knowledge-base names in a sentence: the mentions they make and the bodies and people they name."""

    def __init__(self, t: LanguageTables, offices: Offices):
        self.site_head_ends = t.site_head_ends
        self.title_heads = t.title_heads
        self.community_words = t.community_words
        self.kb = t.kb
        self.list_separators = t.list_separators
        self.mission_prefixes = t.mission_prefixes
        self.names = t.names
        self.not_actor_suffixes = t.not_actor_suffixes
        self.possessives = t.possessives
        self.site_heads = t.site_heads
        self.site_modifiers = t.site_modifiers
        self.site_nouns = t.site_nouns
        self.known_person = offices.known_person
        self.office_at = offices.office_at

    def vessel_mention(self, toks: Tokens, i: int) -> list[Mention] | None:
        """'the BRP Datu Tamblot', 'KRI Bung Tomo': a navy's ship prefix and the ship's name are its state."""
        state = self.kb.vessel_prefixes.get(toks.texts[i])
        if state is None:
            return None
        end = i + 1
        while end < toks.n and end - i <= MAX_VESSEL_WORDS and toks.caps[end]:
            end += 1
        if end == i + 1:
            return None  # a prefix alone ("JS", "ITS") is no ship
        return [make_mention(toks, i, end, self.kb.actors[state], f"ship prefix {toks.texts[i]}", "alias")]

    def name_mention(self, toks: Tokens, i: int, tracker: ArticleActors, out: list[Mention],
                     pending: dict[int, tuple[str, ...]]) -> list[Mention] | None:
        n = toks.n
        hit = self.name_at(toks, i)
        if not hit:
            return None
        end, names = hit
        if end == i + 1 and _roman_numeral(toks.texts[i]) and not names[0].text.isupper():
            return None  # "Pasal XI GATT", "Paus Leo XIV": a numeral, not "Xi"
        if toks.has_ner and toks.ent_iob[i] in ("B", "I") and toks.ent_label[i] in NER_CONTAINERS:
            ent_end = toks.ent_end(i)
            while ent_end > end and toks.lowers[ent_end - 1] in self.possessives:
                ent_end -= 1  # "Kim Jong Un's" is still Kim Jong Un
            # "Washington Post": the entity is something else; let NER have it. But a list the tagger took for one
            # entity ("Arnor, Osgiliath and Gondor") is names, each its own.
            if ent_end > end and toks.texts[end] not in HYPHENS and toks.lowers[end] not in self.list_separators:
                return None
        if names[0].kind == "metonym" and not names[0].text.isupper() and all(
                toks.texts[k].isupper() for k in range(i, end)):
            return None  # "JAKARTA, JITUNEWS.COM -" / "MOSCOW (Reuters) -": a dateline, not Indonesia acting
        not_actor = self._not_actor_use(toks, i, end, names[0])
        if not_actor is not None:
            return [make_mention(toks, i, not_actor, None, names[0].text, "not-actor")]
        keys = name_keys(names)
        matched = names[0].text
        if len(keys) > 1:
            actor = self.choose(keys, set(tracker.keys), tracker.date)
            if actor is None:
                pending[len(out)] = keys
            elif actor.type == PERSON:
                actor = self.known_person(actor.key, tracker.date)
            return [make_mention(toks, i, end, actor, matched, "alias")]
        key = keys[0]
        actor = self.kb.actors[key]
        if actor.type == PERSON:
            actor = self.known_person(key, tracker.date)
        if matched in self.mission_prefixes:
            while end < n and end - i <= 3 and toks.caps[end] and toks.texts[end] not in self.mission_prefixes:
                end += 1  # "KBRI Muscat", "KJRI Jeddah": Indonesia's mission, wherever it is
        end = self._own_state_after(toks, self._bracketed(toks, end, key), key)
        return [make_mention(toks, i, end, actor, matched, "alias")]

    def _own_state_after(self, toks: Tokens, end: int, key: str) -> int:
        """'Pemerintah Persatuan Nasional (NUG) Myanmar', 'UNHCR PBB': the name of the body a body is part of,
        right after it, says whose body it is; it is no second actor. `end` itself when none follows."""
        parent = self.kb.part_of.get(key)
        if parent is None or end >= toks.n:
            return end
        hit = self.name_at(toks, end)
        if hit is not None and name_keys(hit[1]) == (parent,) and hit[1][0].kind != "demonym":
            return hit[0]
        return end

    def name_at(self, toks: Tokens, i: int, accept=None) -> tuple[int, list[Name]] | None:
        """The longest knowledge-base name at token i that `accept`s (names at a token are matched once)."""
        found = toks.names_at.get(i)
        if found is None:
            found = toks.names_at[i] = self.names.matches(toks.lowers, toks.texts, i, toks.n)
        return first(found, accept)

    def body_at(self, toks: Tokens, i: int, tracker: ArticleActors, people: bool = False) -> tuple[int, str] | None:
        """A state, organisation or group named at token i (with a bracketed repeat: "Amerika Serikat (AS)")."""
        if i >= toks.n:
            return None
        hit = self.name_at(toks, i,
                           accept=lambda name: all(self.kb.is_body(k) for k in name.keys)
                           or (people and self.all_people(name)))
        if not hit:
            return None
        end, names = hit
        keys = name_keys(names)
        key = keys[0] if len(keys) == 1 else None
        if key is None:
            chosen = self.choose(keys, set(tracker.keys), tracker.date)
            if chosen is None:
                return None
            key = chosen.key
        if self.kb.actors[key].type == PERSON:
            # "the Biden administration", "pemerintahan Jokowi": the body the person led at the date, or out of
            # office then ("the Obama administration" in a 2024 article), the one they led nearest in time.
            office = self.office_at(key, tracker.date)
            if office is None and tracker.date is not None:
                office = self.kb.nearest_office(key, tracker.date)
            return (self._bracketed(toks, end, key), office.body) if office else None
        return self._bracketed(toks, end, key), key

    def _bracketed(self, toks: Tokens, end: int, key: str) -> int:
        n = toks.n
        if end + 2 < n and toks.texts[end] == "(":
            inner = self.names.match(toks.lowers, toks.texts, end + 1, n)
            if inner and inner[0] < n and toks.texts[inner[0]] == ")" and key in name_keys(inner[1]):
                return inner[0] + 1
        return end

    def institution_at(self, toks: Tokens, i: int) -> bool:
        """The body at token i is named by an institution of a state ("Bakamla", "the Pentagon"), not by the state."""
        hit = self.name_at(toks, i)
        return hit is not None and all(name.kind == "institution" for name in hit[1])

    def all_regions(self, name: Name) -> bool:
        return all(self.kb.actors[k].type == REGION for k in name.keys)

    def all_people(self, name: Name) -> bool:
        return all(self.kb.actors[k].type == PERSON for k in name.keys)

    def demonym_at(self, toks: Tokens, i: int) -> bool:
        hit = self.name_at(toks, i)
        return hit is not None and hit[0] == i + 1 and all(name.kind == "demonym" for name in hit[1])

    def site_after(self, toks: Tokens, end: int, capital: bool = False) -> int | None:
        """The end of a site word right after a name ("Rafah crossing", "Torkham border crossing", with `capital`
        only a capitalised one: "Indonesia Hospital"), else None."""
        j = end
        if j + 1 < toks.n and toks.lowers[j] in self.site_modifiers:
            j += 1
        if j < toks.n and toks.lowers[j] in self.site_nouns and (not capital or toks.caps[j]):
            return j + 1
        return None

    def after_title_head(self, toks: Tokens, i: int) -> bool:
        """A capitalised word that opens a document's, an event's or a meeting's name stands right before token i,
        and not as the sentence's first word (where any word is capitalised)."""
        return (i >= 2 and toks.caps[i - 1] and toks.lowers[i - 1] in self.title_heads
                and toks.texts[i - 2][:1].isalnum())

    def _site_before(self, toks: Tokens, i: int) -> bool:
        """A capitalised site word heads the name at i: "Rumah Sakit Indonesia", "Bandara Internasional X"."""
        if i == 0 or not self.site_head_ends or toks.lowers[i - 1] not in self.site_head_ends:
            return False
        for start in range(i - 1, max(-1, i - 4), -1):
            hit = self.site_heads.match(toks.lowers, toks.texts, start, i)
            if hit is not None and hit[0] == i and all(toks.caps[start:i]):
                return True
        return False

    def _not_actor_use(self, toks: Tokens, i: int, end: int, name: Name) -> int | None:
        """Where a state's name or demonym at i..end is used for something other than the state, the end of that
        use: a demonym after a community word ("ethnic Albanian guerrillas"), or a name or demonym before a
        suffix word, hyphenated or not ("the Russian language", "a Bosnia-style civil war"); a name (no demonym)
        inside a site's proper name ("the Indonesia Hospital", "Rumah Sakit Indonesia"). None otherwise."""
        if name.kind != "demonym":
            site_end = self.site_after(toks, end, capital=True)
            if site_end is not None:
                return site_end
            if self._site_before(toks, i):
                return end
        if name.kind == "metonym" and self.after_title_head(toks, i):
            return end  # "Konvensi Wina", "Perjanjian Paris": the city names the document, not its state
        if not all(self.kb.actors[k].type == STATE for k in name.keys):
            return None
        if name.kind == "demonym" and i > 0 and toks.lowers[i - 1] in self.community_words:
            return end
        j = end + 1 if end < toks.n and toks.texts[end] in HYPHENS else end
        if j < toks.n and toks.lowers[j] in self.not_actor_suffixes:
            return j + 1
        return None

    def choose(self, candidates: tuple[str, ...], context: set[str], date: dt.date | None = None) -> Actor | None:
        """An ambiguous name resolves when exactly one of its candidates is in the article's context, or else,
        for people ("Bush", "Clinton"), when exactly one of them held an office at the article's date, or, none
        holding one then but all having served the same body, to the one whose office lies nearest in time."""
        present = [k for k in candidates if k in context]
        if len(present) == 1:
            return self.kb.actors[present[0]]
        if date is not None and not present:
            serving = [k for k in candidates if self.kb.actors[k].type == PERSON and self.kb.offices_of(k, date)]
            if len(serving) == 1:
                return self.kb.actors[serving[0]]
            # Nobody in office that day, but every candidate served the same body ("Bush" in 2000): the one whose
            # office lies nearest in time, so at least the side is right.
            nearest = {k: self.kb.nearest_office(k, date) for k in candidates if self.kb.actors[k].type == PERSON}
            if not serving and nearest and all(nearest.values()) and len({o.body for o in nearest.values()}) == 1:
                return self.kb.actors[min(nearest, key=lambda k: (nearest[k].days_from(date), k))]
        return None


def _roman_numeral(word: str) -> bool:
    return len(word) >= 2 and all(c in "IVXLCDM" for c in word)
