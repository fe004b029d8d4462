"""The words and phrases of a language the resolver reads (newsgraph/lang/<code>/), as sets and phrase tables.

Built once per resolver; each part of it keeps references to the tables it reads.
"""

from __future__ import annotations

import functools

import spacy

from newsgraph.actors.kb import KnowledgeBase, Name
from newsgraph.actors.langdata import load_language
from newsgraph.actors.matcher import PhraseTable
from newsgraph.model import InputError

# Entities that may contain a KB name without being that actor ("Washington Post", "Georgia Tech").
NER_CONTAINERS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
DETERMINERS = {"the", "a", "an"}
HYPHENS = {"-", "–", "—"}


class LanguageTables:
    """A language's word lists and phrase tables, with the knowledge base's names in that language."""

    def __init__(self, kb: KnowledgeBase, lang: str):
        self.kb = kb
        self.lang = lang
        data = load_language(lang)
        tokenize = _tokenizer(lang)
        self.names: PhraseTable[Name] = PhraseTable(tokenize)
        for name in kb.names(lang):
            self.names.add(name.text, name)
        self.roles: PhraseTable[str] = PhraseTable(tokenize, case_sensitive=False)
        for phrase, role in data.roles.items():
            if role not in kb.roles:
                raise InputError(f"lang/{lang}/roles.tsv", f"unknown role {role!r} for {phrase!r}")
            self.roles.add(phrase, role)
        # phrase -> (what it refers to, how many: "the four countries" 4; 0 for a phrase that says no number)
        self.coref: PhraseTable[tuple[str, int]] = PhraseTable(tokenize, case_sensitive=False)
        for phrase, refers in data.coref.items():
            self.coref.add(phrase, (refers, data.coref_counts.get(phrase, 0)))
        self.linkers: PhraseTable[bool] = PhraseTable(tokenize, case_sensitive=False)
        for phrase in data.words("linker"):
            self.linkers.add(phrase, True)
        self.orders = data.orders()
        self.possessives = {w.lower() for w in data.words("possessive")}
        # "Lebanon's new President Elias Hrawi", "Nigerian junior foreign minister": words between body and role
        self.role_modifiers = {w.lower() for w in data.words("role_modifier")}
        self.coordinators = {w.lower() for w in data.words("coordinator")}
        self.list_separators = {",", ";", "/"} | self.coordinators
        self.list_determiners = {w.lower() for w in data.words("list_determiner")}  # "Iran and the United States"
        # "talks mediated by Qatar and Turkey", "exchanging messages through Oman's foreign minister": the bodies
        # after these words are go-betweens, never "the two sides"
        self.intermediary_cues = {w.lower() for w in data.words("intermediary_cue")}
        # "the leaders of Britain, France and Germany": a plural role word spreads over a list of bodies
        self.plural_roles = {w.lower() for w in data.words("plural_role")}
        # "para pemimpin ASEAN": a word before a role that makes it plural
        self.plural_markers = {w.lower() for w in data.words("plural_marker")}
        # "Menteri Pemuda dan Olahraga Dito Ariotedjo": what a minister is minister of, between the role and the name
        self.portfolios: PhraseTable[bool] = PhraseTable(tokenize, case_sensitive=False)
        for phrase in data.words("portfolio"):
            self.portfolios.add(phrase, True)
        self.name_cues = {w.lower() for w in data.words("name_cue")}
        self.particles = {w.lower() for w in data.words("name_particle")}
        self.skipped = {w.lower() for w in data.words("skip_capitalised")}
        self.not_names = self.skipped | _stop_words(lang)
        self.verb_prefixes = tuple(w.lower() for w in data.words("not_name_prefix"))
        self.place_cues = {w.lower() for w in data.words("place_cue")}
        # "Duta Besar Rusia untuk Indonesia Lyudmila Vorobieva": the word before where an envoy is posted
        self.postings = {w.lower() for w in data.words("posting")}
        self.place_nouns = {w.lower() for w in data.words("place_noun")}
        self.linkers_of = {w.lower() for w in data.words("linker") if " " not in w}
        self.not_person_heads = {w.lower() for w in data.words("not_person_head")}
        # "ethnic Albanians", "the Russian language", "a Bosnia-style war": the name qualifies a people, a tongue
        # or a manner, not the state acting
        self.community_words = {w.lower() for w in data.words("community_word")}
        # "a Sikh separatist leader", "seorang pemimpin separatis Sikh": a religion or community as a word of its own
        # is no actor, and neither is a people named in the plural ("Kurds", "ethnic Albanians", "West Africans"):
        # a population is no body that acts, and the state only where the knowledge base makes it the state's people
        self.community_adjectives = {w.lower() for w in data.words("community_adjective")}
        self.peoples = {w.lower() for w in data.words("people_plural")}
        self.not_actor_suffixes = {w.lower() for w in data.words("not_actor_suffix")}
        # "the Esfahan Uranium Conversion Facilities", "Al Udeid Air Base": a name NER calls an organisation whose
        # last word is a site is a place, which no event has as its actor or target
        self.site_nouns = {w.lower() for w in data.words("site_noun")}
        # "the Rafah border crossing": a word between a name and its site word ("border", "air")
        self.site_modifiers = {w.lower() for w in data.words("site_modifier")}
        # "Rumah Sakit Indonesia", "Bandara Internasional ...": a capitalised site word before a name (languages
        # that put the head first) makes the name a building's or a place's, not the actor's
        self.site_heads = PhraseTable(tokenize, case_sensitive=False)
        for phrase in data.words("site_head"):
            self.site_heads.add(phrase, True)
        self.site_head_ends = {tuple(tokenize(p.lower()))[-1] for p in data.words("site_head")}
        # "Perjanjian ZEE", "Konvensi Wina", "Idul Fitri", "Pertemuan Pemimpin ASEAN": a capitalised word that opens
        # the proper name of a document, an event or a meeting; the words after it belong to that name
        self.title_heads = {w.lower() for w in data.words("title_head")}
        # "South Lebanon", "Eastern Ukraine": a part of a state named by a compass word is that state, as "southern
        # Lebanon" is; "East Germany", "Northern Ireland" are other entities, named whole
        self.compass_words = {w.lower() for w in data.words("compass_word")}
        self.own_places = {w.lower() for w in data.words("compass_place")}
        self.org_suffixes = {w.lower() for w in data.words("org_suffix")}
        # "the three Sahel states", "the 50-year-old bloc", "ketiga negara Sahel tersebut": modifiers a coreference
        # phrase may take before its last word ("*": any last word; else only before these words)
        slot = [w.lower() for w in data.words("coref_modifier_before")]
        self.coref_gap = bool(slot)
        self.coref_last = None if "*" in slot else set(slot)
        self.coref_not_tags = set(data.words("coref_modifier_not_tag"))  # "the biggest group": a superlative
        self.coref_possessive_tags = set(data.words("coref_possessive_tag"))  # "her request", not "told her"
        # ", which have formed their own AES,": a body first named in such a clause is no antecedent of "the bloc"
        self.relative_openers = {w.lower() for w in data.words("relative_opener")}
        # "KBRI Muscat": a state's mission abroad named by where it is; the place is part of the mission's name
        self.mission_prefixes = set(data.words("mission_prefix"))
        # "the leader of China's Communist Party": what a state owns whose head is the state's head (its government,
        # "administration", "regime" are roles already)
        # "the deputy chief of Israel's militia ally": what a state's ally, rival or neighbour is, is not the state's
        # (the coder's own list of these nouns, as lemmas, is grammar.toml's relation_nouns)
        self.relation_nouns = {w.lower() for w in data.words("relation_noun")}
        self.head_owned = PhraseTable(tokenize, case_sensitive=False)
        for phrase in data.words("head_of_state_owned"):
            self.head_owned.add(phrase, True)
        self.speaker_verbs = {w.lower() for w in data.words("speaker_before_verb")}  # "Sugiono mengatakan ..."
        # '"...," he said': a pronoun between a closing quote mark and a reporting verb (lemma) is the speaker
        self.closing_quotes = set(data.words("closing_quote"))
        self.attribution_lemmas = set(data.words("attribution_lemma"))
        self.speech_verbs = {w.lower() for w in data.words("speech_verb")}  # '"...," kata dia': 'dia' is the speaker
        self.given_names = "given" in data.words("short_name")  # the press names people by their first name
        self.short_body_names = set(data.words("short_body_name"))  # "first": "Mahkamah" for "Mahkamah Internasional"
        self.nlp = _pipeline(lang)
        self.tagged = _has_tagger(lang)  # run on demand, on the sentences where a tag decides a name
        self.coref_starts = self.coref.first_tokens()
        # the words a coreference phrase of two words or more ends with: a gap is looked for only before one
        self.coref_last_words = {tuple(tokenize(p.lower()))[-1] for p in data.coref if len(tokenize(p)) > 1}
        if self.coref_last is not None:
            self.coref_last_words &= self.coref_last


@functools.lru_cache(maxsize=None)
def _pipeline(lang: str):
    """The language stage's pipeline for `lang` (shared: Indonesian's tokenizer alone takes seconds to build),
    or spaCy's blank one for a language the stage does not support yet."""
    from newsgraph.language.pipeline import UnsupportedLanguage, get_pipeline

    try:
        return get_pipeline(lang)
    except UnsupportedLanguage:
        pass
    try:
        return spacy.blank(lang)
    except Exception as exc:  # spaCy raises its own error types for unknown language codes
        raise InputError(lang, f"spaCy has no tokenizer for this language ({exc.__class__.__name__})") from None


def _has_tagger(lang: str) -> bool:
    from newsgraph.language.pipeline import UnsupportedLanguage, language_spec

    try:
        return bool(language_spec(lang).tagger)
    except UnsupportedLanguage:
        return False


def _tokenizer(lang: str):
    tokenizer = _pipeline(lang).tokenizer
    return lambda text: [t.text for t in tokenizer(text)]


def _stop_words(lang: str) -> set[str]:
    return {w.lower() for w in _pipeline(lang).Defaults.stop_words}
