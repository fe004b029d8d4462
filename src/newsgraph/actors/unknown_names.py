"""Names the knowledge base lacks: spaCy NER in English; in Indonesian, capitalised runs after name cues, in
appositions, or where the language's tagger calls every word a proper noun. Each becomes a new actor.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.actors.known_names import KnownNames, name_keys
from newsgraph.actors.people import PersonNames
from newsgraph.actors.role_phrases import RolePhrase, RolePhrases
from newsgraph.actors.tables import DETERMINERS, HYPHENS, LanguageTables
from newsgraph.actors.tokens import Tokens, make_mention, span_text
from newsgraph.actors.tracker import ArticleActors
from newsgraph.model import GROUP, ORGANIZATION, PERSON, REGION, STATE, Actor, Mention, actor_key

# spaCy NER labels kept as unknown actors, and the actor type each becomes. A GPE the KB does not know is a
# place below the state (a city, a province): a region, which extractors skip, not a political actor.
NER_TYPES = {"PERSON": PERSON, "ORG": ORGANIZATION, "NORP": GROUP, "GPE": REGION}
MAX_NAME_TOKENS, MAX_NAME_CHARS = 8, 80  # longer "names" from NER are junk, not actors
SENTENCE_END = {".", "!", "?", '"', "”", "'", "’", ")"}


class UnknownNames:
    """Names the knowledge base lacks, as NER or the language's cues and tagger find them."""

    def __init__(self, t: LanguageTables, names: KnownNames, people: PersonNames, role_phrases: RolePhrases):
        self.community_adjectives = t.community_adjectives
        self.peoples = t.peoples
        self.community_words = t.community_words
        self.compass_words = t.compass_words
        self.kb = t.kb
        self.lang = t.lang
        self.linkers_of = t.linkers_of
        self.name_cues = t.name_cues
        self.not_person_heads = t.not_person_heads
        self.org_suffixes = t.org_suffixes
        self.own_places = t.own_places
        self.place_cues = t.place_cues
        self.coordinators = t.coordinators
        self.place_nouns = t.place_nouns
        self.possessives = t.possessives
        self.site_nouns = t.site_nouns
        self.skipped = t.skipped
        self.title_heads = t.title_heads
        self.demonym_at = names.demonym_at
        self.name_at = names.name_at
        self.site_after = names.site_after
        self.name_run = people.name_run
        self.name_word = people.name_word
        self.particles = t.particles
        self.role_phrase = role_phrases.role_phrase
        self.tagged = t.tagged  # run on demand, on the sentences where a tag decides a name

    def unknown_mention(self, toks: Tokens, i: int, tracker: ArticleActors) -> list[Mention] | None:
        if toks.caps[i] and not (i + 1 < toks.n and toks.caps[i + 1]):
            # A lone capitalised word that is the surname of someone in office at the article date, in an article
            # that has named the body they serve ("Iran ... Araghchi accused Israel": NER calls him a place). A
            # surname alone, with no such context, stays a stranger of that name.
            sitting = self.kb.sitting_by_surname(toks.texts[i], tracker.date)
            if sitting is not None and sitting.affiliation is not None and sitting.affiliation.key in tracker.keys:
                return [make_mention(toks, i, i + 1, sitting, toks.texts[i], "alias")]
        if toks.has_ner:
            return self._ner_mention(toks, i, tracker)
        if toks.headline or not self.name_word(toks, i) or toks.lowers[i] in self.title_heads:
            return None  # "Perjanjian ZEE", "Idul Fitri": a document's or an event's name
        end = self.name_run(toks, i)
        if end is None or any(w in self.community_adjectives for w in toks.lowers[i:end - 1]) \
                or toks.lowers[end - 1] in self.community_adjectives:
            return None  # "ulama Syiah Moqtada al-Sadr": the name starts after the community word
        if end - i >= 2 and all(toks.texts[k].isupper() for k in range(i, end)):
            return None  # "LABUAN BAJO, KOMPAS.com -": a dateline or a heading in capitals, not a person

        cued = i > 0 and toks.lowers[i - 1] in self.name_cues
        # An apposition name starts a sentence or follows a lower-case word; after another capitalised
        # word it is more likely title case ("NATO-Rusia Gagal, Sekjen NATO ..."), unless that word is a community's
        after_capital = i > 0 and toks.capitalised(i - 1) and toks.lowers[i - 1] not in self.community_adjectives
        apposition = None if after_capital else self._apposition(toks, end, tracker)
        if not cued and apposition is None and not self._tagged_name(toks, i, end, after_capital):
            return None
        label = span_text(toks, i, end)
        if end - i >= 2 and toks.lowers[end - 1] in self.org_suffixes:  # "Toshiba Corp", "Mizuho Bank"
            actor = Actor(key=actor_key(ORGANIZATION, label), label=label, type=ORGANIZATION)
            return [make_mention(toks, i, end, actor, label, "name")]
        actor = Actor(key=actor_key(PERSON, label), label=label, type=PERSON)
        if apposition is not None:
            end, actor = self._affiliate(actor, apposition)
        return [make_mention(toks, i, end, actor, label, "name")]

    def _tagged_name(self, toks: Tokens, i: int, end: int, after_capital: bool) -> bool:
        """A person's name no cue introduces, where a tagger marks every word of the run a proper noun: two words
        or more (one capitalised word is as often a place), not after a place cue ("di Kalimantan Barat") or
        another capitalised word (title case, or a name's own head: "Warga Jakarta Timur"), and not headed by a
        word that names places and bodies ("Bank Mandiri")."""
        if after_capital or end - i < 2:
            return False
        if toks.propn is None:
            if not self.tagged:
                return False
            toks.propn = self._tag(toks)
        if not all(propn or self._particle(toks, k) or toks.texts[k] in HYPHENS and self._particle(toks, k - 1)
                   for k, propn in enumerate(toks.propn[i:end], i)):
            return False  # (a name's lower-case particles are no proper nouns: "Moqtada al-Sadr")
        if toks.lowers[i] in self.not_person_heads or self._after_place_cue(toks, i):
            return False
        # A line that ends with no full stop is a headline, where title case makes every word look like a name
        # ("Kirim Kendaraan Tempur Usang buatan Soviet ke Ukraina" above the body).
        k = end
        while k < toks.n and "\n" not in toks.texts[k]:
            k += 1
        last = next((toks.texts[j] for j in range(k - 1, end - 1, -1) if toks.texts[j].strip()), "")
        return last[-1:] in SENTENCE_END

    def _particle(self, toks: Tokens, k: int) -> bool:
        return toks.texts[k] in self.particles  # lower-case, as inside a name ("al-Sadr", not "Al-Masirah")

    def _after_place_cue(self, toks: Tokens, i: int) -> bool:
        """A place cue before token i, or before the place the run at i is coordinated with ("di Kendari dan Konawe
        Utara": both are places)."""
        j = i - 1
        if j >= 1 and toks.lowers[j] in self.coordinators and toks.caps[j - 1]:
            j -= 1
            while j > 0 and toks.caps[j - 1]:
                j -= 1  # back to the first word of the place before "dan"
            j -= 1
        return j >= 0 and toks.lowers[j] in self.place_cues

    def _tag(self, toks: Tokens) -> list[bool]:
        """Which of the sentence's tokens the language's tagger calls proper nouns (once per sentence)."""
        from newsgraph.language.pipeline import get_tagger

        tagger = get_tagger(self.lang)  # loaded when first needed, once per process
        spaces = [toks.spaced(k) for k in range(toks.n - 1)] + [False]
        doc = Doc(tagger.vocab, words=toks.texts, spaces=spaces)
        for _, component in tagger.pipeline:
            doc = component(doc)
        return [t.pos_ == "PROPN" for t in doc]

    def _ner_mention(self, toks: Tokens, i: int, tracker: ArticleActors) -> list[Mention] | None:
        label = toks.ent_label[i]
        if label not in NER_TYPES or toks.lowers[i] in DETERMINERS or toks.lowers[i] in self.skipped:
            return None
        if i >= 2 and toks.lowers[i - 1] in self.linkers_of and toks.lowers[i - 2] in self.place_nouns:
            return None  # "near the town of Samarra", "the port city of Odesa": a place, whatever NER says
        if toks.ent_iob[i] != "B":  # mid-entity: only after a determiner the entity began with
            j = i - 1
            while j >= 0 and toks.ent_iob[j] == "I" and toks.lowers[j] in DETERMINERS:
                j -= 1
            if j < 0 or toks.ent_iob[j] != "B" or toks.lowers[j] not in DETERMINERS:
                return None
        end = toks.ent_end(i)
        if toks.lowers[end - 1] in self.possessives:
            end -= 1
        if end - i == 1 and toks.lowers[i] in self.community_adjectives or self._people(toks, i, end):
            return [make_mention(toks, i, end, None, span_text(toks, i, end), "not-actor")]
        if label == "NORP" and toks.doc[toks.offset + end - 1].dep_ in ("amod", "compound"):
            return None  # "the Crimean bridge": an adjective, not a group that acts
        if toks.doc[toks.offset + end - 1].dep_ == "amod" and self.demonym_at(toks, end - 1):
            return None  # "Radical French farmers": NER's entity is an adjective and a demonym, left to the name
        if "(" in toks.texts[i:end] and ")" not in toks.texts[i:end]:
            end = i + toks.texts[i:end].index("(")  # "Umma (Nation) party": NER stopped inside the brackets
            if end == i:
                return None
        text = span_text(toks, i, end)
        if end - i > MAX_NAME_TOKENS or len(text) > MAX_NAME_CHARS:
            return None  # not a name: NER run wild on a table, a URL or junk
        if toks.lowers[i] in self.compass_words and self._state_part(toks, i, end, text):
            return None  # the state's own name after the compass word resolves it
        kind = NER_TYPES[label]
        site_end = self.site_after(toks, end)
        if site_end is not None:  # "the Rafah crossing", "the Torkham border crossing": the name is the site's
            kind, end = REGION, site_end
            text = span_text(toks, i, end)
        elif toks.lowers[end - 1] in self.site_nouns:
            kind = REGION
            if end + 2 < toks.n and toks.texts[end] == "(" and toks.texts[end + 2] == ")":
                end += 3  # "Esfahan Uranium Conversion Facilities (UCF)": its abbreviation is the same place
        actor = Actor(key=actor_key(kind, text), label=text, type=kind)
        if actor.type == PERSON:
            apposition = self._apposition(toks, end, tracker)
            if apposition is not None:
                end, actor = self._affiliate(actor, apposition)
        return [make_mention(toks, i, end, actor, text, "ner")]

    def _people(self, toks: Tokens, i: int, end: int) -> bool:
        """Whether NER's entity is a people in the plural ("Kurds", "Ethnic Albanians", "West Africans")."""
        words = toks.lowers[i:end]
        if len(words) > 1 and words[0] in self.community_words:
            words = words[1:]
        return " ".join(words) in self.peoples

    def _state_part(self, toks: Tokens, i: int, end: int, text: str) -> bool:
        """Whether the entity at i..end is a compass word and the full name of a state ("South Lebanon", or "eastern
        Democratic Republic of" cut short by NER), not a metonym ("East Jerusalem") and not an entity of its own
        ("East Germany")."""
        if text.lower() in self.own_places:
            return False
        hit = self.name_at(toks, i + 1)
        return (hit is not None and hit[0] >= end
                and all(n.kind in ("label", "alias", "cldr") for n in hit[1])
                and all(self.kb.actors[k].type == STATE for k in name_keys(hit[1])))

    def _apposition(self, toks: Tokens, end: int, tracker: ArticleActors) -> RolePhrase | None:
        """", Russia's deputy foreign minister" / ", Wakil Menteri Luar Negeri Rusia" after a name."""
        if end + 1 < toks.n and toks.texts[end] == ",":
            rp = self.role_phrase(toks, end + 1, tracker, with_name=False)
            if rp is not None and rp.body is not None and self.kb.roles[rp.role].kind in ("office", "post", "leader"):
                named = self.role_phrase(toks, end + 1, tracker, with_name=True)
                if named is not None and named.person is not None:
                    return None  # "Dikutip dari Al Jazeera, Sekjen PBB Antonio Guterres ...": the role has its own name
                return rp
        return None

    def _affiliate(self, person: Actor, rp: RolePhrase) -> tuple[int, Actor]:
        role = self.kb.roles[rp.role].label
        return rp.end, replace(person, affiliation=self.kb.actors[rp.body], role=role)
