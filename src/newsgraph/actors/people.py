"""People's names after a role or a title, in apposition, and as runs of capitalised words."""

from __future__ import annotations

from newsgraph.actors.known_names import KnownNames, name_keys
from newsgraph.actors.tables import HYPHENS, NER_CONTAINERS, LanguageTables
from newsgraph.actors.tokens import Tokens, span_text
from newsgraph.actors.tracker import ArticleActors
from newsgraph.model import PERSON, Actor, actor_key


class PersonNames:
    """People's names: known to the knowledge base, seen earlier in the article, or new."""

    def __init__(self, t: LanguageTables, names: KnownNames):
        self.given_names = t.given_names
        self.kb = t.kb
        self.not_names = t.not_names
        self.particles = t.particles
        self.roles = t.roles
        self.verb_prefixes = t.verb_prefixes
        self.all_people = names.all_people
        self.choose = names.choose
        self.name_at = names.name_at

    def person_at(self, toks: Tokens, i: int, tracker: ArticleActors) -> tuple[int, Actor, bool] | None:
        """A person's name at token i: (end, actor, known-to-the-KB). Unknown names become new persons."""
        hit = self.name_at(toks, i, accept=self.all_people)
        if hit:
            keys = name_keys(hit[1])
            chosen = self.kb.actors[keys[0]] if len(keys) == 1 else self.choose(keys, set(tracker.keys), tracker.date)
            if chosen is not None:  # "President Bush" in 1991 and in 2003 are two people
                return hit[0], chosen, True
        end = self.name_run(toks, i)
        if end is None:
            return None
        words = tuple(toks.lowers[i:end])
        seen = tracker.person(words)
        if seen is None and self.given_names and len(words) == 1:
            seen = tracker.by_given_name(words[0])  # "Presiden Hassan" after "Hassan Sheikh Mohamud"
        if seen is not None:
            return end, seen, seen.key in self.kb.actors
        label = span_text(toks, i, end)
        return end, Actor(key=actor_key(PERSON, label), label=label, type=PERSON), False

    def appositive_name(self, toks: Tokens, k: int, tracker: ArticleActors, role: str,
                        body: str | None) -> tuple[int, Actor, bool] | None:
        """"Menteri Luar Negeri Lituania, Gabrielius Landsbergis, ...": a name set off by commas after a role
        phrase with a body, followed by a comma, the end, or a lower-case word."""
        n = toks.n
        if body is None or k + 1 >= n or toks.texts[k] != "," or self.kb.roles[role].kind in ("body", "title"):
            return None
        # "pemimpin junta Myanmar, Jenderal Senior Min Aung Hlaing,": a rank may open the name
        got = self.person_at(toks, k + 1, tracker) or self.ranked_name(toks, k + 1, tracker)
        if got is None:
            return None
        end = got[0]
        if end < n and toks.texts[end] not in (",", ".", ";") and toks.capitalised(end):
            return None
        return got

    def ranked_name(self, toks: Tokens, k: int, tracker: ArticleActors) -> tuple[int, Actor, bool] | None:
        """A rank or title and the name after it, following a role phrase ("Army chief Field Marshal Asim Munir")."""
        hit = self.roles.match(toks.lowers, toks.texts, k, toks.n)
        if hit is None or self.kb.roles[hit[1][0]].kind != "title" or hit[0] >= toks.n:
            return None
        return self.titled_name(toks, hit[0], tracker, self.person_at(toks, hit[0], tracker))

    def titled_name(self, toks: Tokens, k: int, tracker: ArticleActors,
                    got: tuple[int, Actor, bool] | None) -> tuple[int, Actor, bool] | None:
        """After a rank or title ("Field Marshal Asim Munir", "Lt. Gen. Oleksandr Syrskyi") the capitalised words that
        follow are a person's name, whatever NER made of them (a place, an organisation, half a name)."""
        if got is not None and got[2]:
            return got  # a name the knowledge base knows
        if toks.has_ner and toks.ent_iob[k] == "I" and toks.ent_label[k] in NER_CONTAINERS - {"PERSON"}:
            return got  # "General Electric Co": the title word begins another entity's name
        n, end = toks.n, k
        while end < n and end - k < 4 and toks.caps[end] and toks.lowers[end] not in self.not_names \
                and not self.roles.match(toks.lowers, toks.texts, end, n) \
                and not self.name_at(toks, end, accept=lambda nm: all(self.kb.is_body(x) for x in nm.keys)):
            end += 1
        if end - k < 2 or (got is not None and got[0] >= end):
            return got  # one capitalised word after "General" is as often a place or a body as a name
        words = tuple(toks.lowers[k:end])
        seen = tracker.person(words)
        if seen is not None:
            return end, seen, seen.key in self.kb.actors
        label = span_text(toks, k, end)
        return end, Actor(key=actor_key(PERSON, label), label=label, type=PERSON), False

    def name_run(self, toks: Tokens, i: int, limit: int = 5) -> int | None:
        """The end of a run of capitalised words starting at i that can be a person's name, or None."""
        n = toks.n
        if toks.has_ner:
            if toks.ent_label[i] != "PERSON":
                return None
            return min(toks.ent_end(i), n)
        if toks.headline or not self.name_word(toks, i):
            return None
        end = i + 1
        while end < n and end - i < limit:
            if self.name_word(toks, end):
                end += 1
            elif (toks.lowers[end] in self.particles or toks.texts[end] in HYPHENS) and end + 1 < n \
                    and self.name_word(toks, end + 1) and (toks.texts[end] not in HYPHENS or not toks.spaced(end - 1)):
                end += 2
            elif self.hyphened_particle(toks, end) and end + 2 < n and self.name_word(toks, end + 2):
                end += 3
            else:
                break
        # In prose a name is followed by a lower-case word, punctuation or a date word; another capitalised
        # word (a KB name, a role) means title case: "Sekjen NATO Salahkan Moskow" names nobody.
        if end < n and toks.capitalised(end) and toks.lowers[end] not in self.not_names:
            return None
        if end == i + 1 and self.verb_prefixes and toks.lowers[i].startswith(self.verb_prefixes):
            return None
        return end

    def hyphened_particle(self, toks: Tokens, i: int) -> bool:
        """A particle joined by a hyphen to the name after it: "al-" of "Moqtada al-Sadr"."""
        return (toks.lowers[i] in self.particles and i + 1 < toks.n and toks.texts[i + 1] in HYPHENS
                and not toks.spaced(i) and not toks.spaced(i + 1))

    def name_word(self, toks: Tokens, i: int) -> bool:
        if not toks.capitalised(i) or toks.lowers[i] in self.not_names:
            return False
        # A word that starts a known body or a role is not part of a person's name.
        if self.roles.match(toks.lowers, toks.texts, i, toks.n):
            return False
        hit = self.name_at(toks, i)
        return not hit or any(self.kb.actors[k].type == PERSON for k in name_keys(hit[1]))
