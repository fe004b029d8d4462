"""Find and resolve actor mentions in a sentence: KB names, role phrases, coreference and unknown names.

The resolver walks the tokens left to right and at each token tries, in order: a role phrase (the longest
unit: "Sekretaris Jenderal NATO Jens Stoltenberg", "the Russian foreign ministry"), a name from the knowledge
base ("Moskow", "Negeri Paman Sam"), a coreference cue ("pihaknya", "the alliance", a surname seen earlier),
and an unknown name (spaCy NER in English; capitalised runs after name cues and in appositions in Indonesian).
What it finds becomes one `Mention`, and the walk resumes after it: mentions never overlap.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field, replace

import spacy
from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from newsgraph.actors.kb import KnowledgeBase, Name, fold_name
from newsgraph.actors.langdata import load_language
from newsgraph.actors.matcher import PhraseTable, first
from newsgraph.actors.tracker import ArticleActors, _body, is_body
from newsgraph.model import GROUP, ORGANIZATION, PERSON, REGION, STATE, Actor, InputError, Mention, actor_key

# spaCy NER labels kept as unknown actors, and the actor type each becomes. A GPE the KB does not know is a
# place below the state (a city, a province): a region, which extractors skip, not a political actor.
COLLECTIVE_ROLE = "leadership"  # ontology/actors/roles.tsv: a body kind, always the body itself
# The head of something a state owns ("the head of India's intelligence agency", "Kepala Bakamla", "the Pentagon chief")
# is one of the state's officials, not its head; "the head of Israel's government" is the head.
OWNED_HEAD_ROLE = "official"
HEAD_OF_STATE_BODIES = {"government", "leadership"}
MAX_VESSEL_WORDS = 4  # "BRP Sierra Madre", "USS Dwight D. Eisenhower"
# Coreference kinds that are definite descriptions ("the bloc", "negara tersebut"), not pronouns ("pihaknya")
DEFINITE_KINDS = {"last-alliance", "last-organization", "last-state", "last-group"}
MAX_COREF_MODIFIERS, MAX_COREF_GAP_TOKENS = 3, 7  # "the 50-year-old West African bloc": 3 words, 7 tokens
LAST_PERSON_REACH = 3  # tokens from a sentence's start within which "he"/"she"/"ia" may open it
NER_TYPES = {"PERSON": PERSON, "ORG": ORGANIZATION, "NORP": GROUP, "GPE": REGION}
# Entities that may contain a KB name without being that actor ("Washington Post", "Georgia Tech").
NER_CONTAINERS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
DETERMINERS = {"the", "a", "an"}
MAX_NAME_TOKENS, MAX_NAME_CHARS = 8, 80  # longer "names" from NER are junk, not actors
HYPHENS = {"-", "–", "—"}
SENTENCE_END = {".", "!", "?", '"', "”", "'", "’", ")"}


@dataclass
class _DocTokens:
    """A doc's tokens as plain lists, read from spaCy once per doc and sliced per sentence."""

    doc: Doc
    texts: list[str]
    lowers: list[str]
    idx: list[int]  # character offset of each token in doc.text
    caps: list[bool]  # capitalised: an upper-case first letter
    alpha: list[bool]  # starts with a letter (for the headline test)
    capital: list[bool]  # starts with an upper-case letter (for the headline test)
    ent_label: list[str] | None  # None: the doc has no NER
    ent_iob: list[str] | None
    propn: list[bool] | None  # the pipeline tagged a proper noun; None: no tags, or NER decides names instead

    @classmethod
    def read(cls, doc: Doc) -> _DocTokens:
        texts = [t.text for t in doc]
        has_ner = doc.has_annotation("ENT_IOB")
        upper = [t[:1].isupper() for t in texts]
        return cls(
            doc=doc,
            texts=texts,
            lowers=[t.lower() for t in texts],  # what Token.lower_ holds, without a Token per word
            idx=doc.to_array(IDX).tolist() if texts else [],
            # A capital that is no letter (a Roman numeral "Ⅱ") counts only when a letter follows.
            caps=[u and (t[0].isalpha() or any(c.isalpha() for c in t)) for u, t in zip(upper, texts)],
            alpha=[t[:1].isalpha() for t in texts],
            capital=[u and t[0].isalpha() for u, t in zip(upper, texts)],
            ent_label=[t.ent_type_ for t in doc] if has_ner else None,
            ent_iob=[t.ent_iob_ for t in doc] if has_ner else None,
            propn=[t.pos_ == "PROPN" for t in doc] if not has_ner and doc.has_annotation("POS") else None,
        )


@dataclass
class _Tokens:
    """One sentence's tokens as plain lists (indices from 0 at the sentence start)."""

    doc: Doc
    offset: int  # doc index of the span's first token
    n: int
    texts: list[str]
    lowers: list[str]
    idx: list[int]  # character offset of each token in doc.text
    caps: list[bool]
    ent_label: list[str]
    ent_iob: list[str]
    has_ner: bool
    headline: bool
    propn: list[bool] | None
    names_at: dict[int, list] = field(default_factory=dict)  # token -> knowledge-base names matched there

    def __len__(self) -> int:
        return self.n

    def capitalised(self, i: int) -> bool:
        return self.caps[i]

    def spaced(self, i: int) -> bool:
        """Whitespace follows token i (i is not the sentence's last token)."""
        return self.idx[i + 1] != self.idx[i] + len(self.texts[i])

    def ent_end(self, i: int) -> int:
        j = i + 1
        while j < len(self) and self.ent_iob[j] == "I":
            j += 1
        return j


@dataclass
class _RolePhrase:
    start: int
    end: int
    role: str
    body: str | None
    person: Actor | None
    person_known: bool


class ActorResolver:
    """Resolves actor mentions in one language. Build once per language (see `resolver_for`), reuse."""

    def __init__(self, kb: KnowledgeBase, lang: str = "en"):
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
        self.coref: PhraseTable[str] = PhraseTable(tokenize, case_sensitive=False)
        for phrase, refers in data.coref.items():
            self.coref.add(phrase, refers)
        self.linkers: PhraseTable[bool] = PhraseTable(tokenize, case_sensitive=False)
        for phrase in data.words("linker"):
            self.linkers.add(phrase, True)
        self.orders = data.orders()
        self.possessives = {w.lower() for w in data.words("possessive")}
        # "Lebanon's new President Elias Hrawi", "Nigerian junior foreign minister": words between body and role
        self.role_modifiers = {w.lower() for w in data.words("role_modifier")}
        self.list_separators = {",", ";", "/"} | {w.lower() for w in data.words("coordinator")}
        # "talks mediated by Qatar and Turkey", "exchanging messages through Oman's foreign minister": the bodies
        # after these words are go-betweens, never "the two sides"
        self.intermediary_cues = {w.lower() for w in data.words("intermediary_cue")}
        # "the leaders of Britain, France and Germany": a plural role word spreads over a list of bodies
        self.plural_roles = {w.lower() for w in data.words("plural_role")}
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
        # is no actor (its people in the plural, "Kurds", stay an unknown group)
        self.community_adjectives = {w.lower() for w in data.words("community_adjective")}
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
        self._site_head_ends = {tuple(tokenize(p.lower()))[-1] for p in data.words("site_head")}
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
        # ", which have formed their own AES,": a body first named in such a clause is no antecedent of "the bloc"
        self.relative_openers = {w.lower() for w in data.words("relative_opener")}
        # "KBRI Muscat": a state's mission abroad named by where it is; the place is part of the mission's name
        self.mission_prefixes = set(data.words("mission_prefix"))
        # "the leader of China's Communist Party": what a state owns whose head is the state's head (its government,
        # "administration", "regime" are roles already)
        self.head_owned = PhraseTable(tokenize, case_sensitive=False)
        for phrase in data.words("head_of_state_owned"):
            self.head_owned.add(phrase, True)
        self.speech_verbs = {w.lower() for w in data.words("speech_verb")}  # '"...," kata dia': 'dia' is the speaker
        self.given_names = "given" in data.words("short_name")  # the press names people by their first name
        self._nlp = _pipeline(lang)
        self._tagged = _has_tagger(lang)  # run on demand, on the sentences where a tag decides a name
        # Words that can start something; any other lower-case word is skipped at the cost of one set probe.
        self.coref_starts = self.coref.first_tokens()
        # the words a coreference phrase of two words or more ends with: a gap is looked for only before one
        self.coref_last_words = {tuple(tokenize(p.lower()))[-1] for p in data.coref if len(tokenize(p)) > 1}
        if self.coref_last is not None:
            self.coref_last_words &= self.coref_last
        self._starts = self.names.first_tokens() | self.roles.first_tokens() | self.coref_starts
        # The last doc read: the extractor asks for its sentences one by one. One reference, replaced whole.
        self._last_doc: _DocTokens | None = None
        # The knowledge base does not change under a resolver: who held an office at a date, and the Actor a
        # person or body becomes in a role, are answered once per distinct question (Actors are immutable).
        self._holder = functools.lru_cache(maxsize=4096)(kb.holder)
        self._with_office = functools.lru_cache(maxsize=4096)(kb.with_office)
        self._body_as = functools.lru_cache(maxsize=4096)(kb.body_as)
        self._known_person = functools.lru_cache(maxsize=4096)(self._person_at_date)

    # ---- public API ---------------------------------------------------------------------------------------

    def find_mentions(self, span: Doc | Span, tracker: ArticleActors | None = None) -> list[Mention]:
        """Actor mentions in one sentence, in token order, non-overlapping, longest first. Offsets are into
        span.doc.text; the tracker remembers them for coreference in the article's later sentences."""
        tracker = tracker if tracker is not None else ArticleActors()
        tracker.next_sentence()
        toks = self._tokens(span)
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
                or self._unknown_mention(toks, i, tracker)
            )
            if not found:
                i += 1
                continue
            start = found[0].tok_start - toks.offset
            gap = start - prev_end  # "X and Y", "X, Y", "X, and Y": one or two separators between them
            seps = self.list_separators
            if not (prev_end > 0 and (gap == 1 and toks.lowers[prev_end] in seps
                                      or gap == 2 and toks.lowers[prev_end] in seps and toks.lowers[prev_end + 1] in seps)):
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

    def lookup(self, text: str, date: dt.date | None = None) -> Mention | None:
        """What `text` alone resolves to at `date` (None: today): the longest mention found in it, or None."""
        if not text or not text.strip():
            raise InputError("lookup", "empty text")
        doc = self._nlp(text.strip())
        mentions = self.find_mentions(doc[:], ArticleActors(date=date))
        return max(mentions, key=lambda m: (m.end - m.start, -m.start), default=None)

    # ---- token view ---------------------------------------------------------------------------------------

    def _tokens(self, span: Doc | Span) -> _Tokens:
        if isinstance(span, Doc):
            doc, start, end = span, 0, len(span)
        else:
            doc, start, end = span.doc, span.start, span.end
        cached = self._last_doc
        if cached is None or cached.doc is not doc or len(cached.texts) != len(doc):  # (a retokenised doc)
            cached = self._last_doc = _DocTokens.read(doc)
        alpha = sum(cached.alpha[start:end])
        capital = sum(cached.capital[start:end])
        n = end - start
        return _Tokens(
            doc=doc,
            offset=start,
            n=n,
            texts=cached.texts[start:end],
            lowers=cached.lowers[start:end],
            idx=cached.idx[start:end],
            caps=cached.caps[start:end],
            ent_label=cached.ent_label[start:end] if cached.ent_label is not None else [""] * n,
            ent_iob=cached.ent_iob[start:end] if cached.ent_iob is not None else [""] * n,
            has_ner=cached.ent_label is not None,
            propn=cached.propn[start:end] if cached.propn is not None else None,
            # Title-case headlines ("Sekjen NATO Salahkan Moskow") make every word look like a name.
            headline=alpha >= 6 and capital >= 0.9 * alpha,
        )

    def _mention(self, toks: _Tokens, start: int, end: int, actor: Actor | None, matched: str, how: str) -> Mention:
        s, e = toks.idx[start], toks.idx[end - 1] + len(toks.texts[end - 1])
        return Mention(text=self._text(toks, start, end), start=s, end=e, actor=actor, matched=matched, how=how,
                       tok_start=toks.offset + start, tok_end=toks.offset + end)

    # ---- role phrases -------------------------------------------------------------------------------------

    def _role_mention(self, toks: _Tokens, i: int, tracker: ArticleActors) -> list[Mention] | None:
        rp = self._role_phrase(toks, i, tracker, with_name=True)
        if rp is None:
            return None
        resolved = self._resolve_role(rp, tracker.date)
        if resolved is None:
            return None
        actor, matched, how = resolved
        out = [self._mention(toks, rp.start, rp.end, actor, matched, how)]
        if rp.body is not None and rp.person is None and self._plural_role(toks, i):
            out.extend(self._listed_holders(toks, rp, tracker))
        return out

    def _plural_role(self, toks: _Tokens, i: int) -> bool:
        hit = self.roles.match(toks.lowers, toks.texts, i, toks.n)
        return hit is not None and toks.lowers[hit[0] - 1] in self.plural_roles

    def _listed_holders(self, toks: _Tokens, rp: _RolePhrase, tracker: ArticleActors) -> list[Mention]:
        """'the leaders of Britain, France and Germany', 'the foreign ministers of India and China': a plural role
        over a list of bodies is each body's holder, one mention per body."""
        out: list[Mention] = []
        k = rp.end
        while k + 1 < toks.n and toks.lowers[k] in self.list_separators:
            k += 1
            if toks.lowers[k] in self.list_separators:  # ", and"
                k += 1
            found = self._body_at(toks, k, tracker)
            if found is None:
                break
            end, body = found
            resolved = self._resolve_role(_RolePhrase(k, end, rp.role, body, None, False), tracker.date)
            if resolved is None:
                break
            actor, matched, how = resolved
            out.append(self._mention(toks, k, end, actor, matched, how))
            k = end
        return out

    def _role_phrase(self, toks: _Tokens, i: int, tracker: ArticleActors, *, with_name: bool) -> _RolePhrase | None:
        n = toks.n
        hit = self.roles.match(toks.lowers, toks.texts, i, n)
        named = self._name_at(toks, i) if hit else None
        if hit and named and named[0] > hit[0]:
            return None  # "King Hussein" is a name the knowledge base knows whole, title and all
        if hit:  # ROLE [linker] [BODY] [NAME]: "Sekjen NATO Jens Stoltenberg", "Secretary General of NATO"
            j, roles = hit
            role = roles[0]
            body, k = None, j
            owned_head = False  # "the head of India's intelligence agency": no name of the head follows directly
            if "role-body" in self.orders and j < n:
                link = self.linkers.match(toks.lowers, toks.texts, j, n)
                at = link[0] if link else j
                inner = self.roles.match(toks.lowers, toks.texts, at, n)
                if inner and self.kb.roles[inner[1][0]].kind == "body" and self.kb.roles[role].kind == "post":
                    at = inner[0]  # "jubir Kemlu China": the spokesperson of China's foreign ministry
                found = self._body_at(toks, at, tracker)
                after = self.roles.match(toks.lowers, toks.texts, found[0], n) if found and found[0] < n else None
                if after is not None and self.kb.roles[after[1][0]].kind == "title":
                    after = None  # "Kepala Bakamla Laksamana Madya Irvansyah": a rank begins the name
                if found and found[0] < n and toks.lowers[found[0]] in self.possessives:
                    # "the head of India's intelligence agency": the head of what the body owns, not the body's head
                    owned = self._body_at(toks, found[0] + 1, tracker)
                    o = found[0] + 1
                    while o < n - 1 and toks.lowers[o] in self.role_modifiers:
                        o += 1  # "the leaders of Romania's new government"
                    owned_role = self.roles.match(toks.lowers, toks.texts, o, n)
                    if self.head_owned.match(toks.lowers, toks.texts, o, n):
                        owned_role = (o + 1, ["government"])  # "the leader of China's Communist Party": its head
                    if owned is not None:
                        found = owned  # "the leader of Russia's Wagner Group"
                    elif self.kb.actors[found[1]].type == STATE and (
                            owned_role is None or owned_role[1][0] not in HEAD_OF_STATE_BODIES):
                        # (a group's or an organisation's "political bureau", "council" is led by its leader)
                        role, found, owned_head = OWNED_HEAD_ROLE, (found[0] + 1, found[1]), True
                    after = None
                if found and after is None:
                    k, body = found
                    if self._institution_at(toks, at) and self.kb.roles[role].kind in ("office", "leader"):
                        role = OWNED_HEAD_ROLE  # "Kepala Bakamla", "the head of the Pentagon": not the state's head
                elif link:  # "head of the Russian delegation": the role belongs to the next phrase
                    return None
            person, known = None, False
            if with_name and body is not None:
                k = self._posting_end(toks, k, tracker, role, body)
            if with_name and k < n and owned_head:
                got = None
            elif with_name and k < n:
                got = self._person_at(toks, k, tracker) or self._appositive_name(toks, k, tracker, role, body)
                if body is None and self.kb.roles[role].kind == "title":
                    got = self._titled_name(toks, k, tracker, got)
                elif got is None and body is not None:
                    got = self._ranked_name(toks, k, tracker)  # "Kepala Bakamla Laksamana Madya Irvansyah"
                if got:
                    k, person, known = got
            if body is not None or person is not None:
                return _RolePhrase(i, k, role, body, person, known)
        if "body-role" in self.orders:  # BODY ['s] ROLE [NAME]: "Russian President Vladimir Putin"
            found = self._body_at(toks, i, tracker, people=True)
            if found and i > 0 and toks.lowers[i - 1] in self.community_words:
                found = None  # "ethnic Albanian guerrillas": a community's members, not the state's (the name decides)
            if found:
                j, body = found
                if j < n and toks.lowers[j] in self.possessives:
                    j += 1
                while j < n - 1:
                    if toks.lowers[j] in self.role_modifiers:
                        j += 1
                        continue
                    region = self._name_at(toks, j, accept=self._all_regions)
                    if region is None or not self.roles.match(toks.lowers, toks.texts, region[0], n):
                        break
                    j = region[0]  # "U.S. Middle East envoy Steve Witkoff": the region is the envoy's brief
                hit = self.roles.match(toks.lowers, toks.texts, j, n) if j < n else None
                if hit is None:
                    shorter = self._body_under_role(toks, i, j, tracker)
                    if shorter is not None:
                        j, body, hit = shorter
                by_person = self.kb.actors[_keys(self._name_at(toks, i)[1])[0]].type == PERSON
                if hit and by_person and self.kb.roles[hit[1][0]].kind != "body":
                    hit = None  # "Putin's spokesman" is about Putin: leave it to the name
                if hit and self.kb.roles[hit[1][0]].kind in ("office", "leader") and self._institution_at(toks, i):
                    hit = (hit[0], [OWNED_HEAD_ROLE])  # "the Pentagon chief", "the IDF chief": not the state's head
                if hit and toks.lowers[hit[0] - 1] in self.plural_roles:
                    # "EU leaders", "Arab foreign ministers": a plural after the body is its members, the body
                    hit = (hit[0], [COLLECTIVE_ROLE])
                if hit:
                    k, roles = hit
                    person, known = None, False
                    named = self._name_at(toks, j, accept=self._all_people)
                    if with_name and named and named[0] > k:
                        k = j  # "Jordan's King Hussein": the title begins the name
                    elif with_name:
                        k = self._posting_end(toks, k, tracker, roles[0], body)
                    if with_name and k < n:
                        got = self._person_at(toks, k, tracker) or self._appositive_name(toks, k, tracker, roles[0], body) \
                            or self._ranked_name(toks, k, tracker)
                        if got:
                            k, person, known = got
                    return _RolePhrase(i, k, roles[0], body, person, known)
        return None

    def _body_under_role(self, toks: _Tokens, i: int, j: int, tracker: ArticleActors):
        """'U.S. Treasury Secretary Scott Bessent': a shorter body name at i ('U.S.') followed by a role that runs
        past the longer name ('U.S. Treasury', ending at j) is that body's role: (end, body, role hit) or None."""
        for end, names in toks.names_at.get(i) or ():
            if end >= j:
                continue
            keys = _keys([nm for nm in names if all(self.kb.is_body(k) for k in nm.keys)])
            if len(keys) != 1:
                continue
            hit = self.roles.match(toks.lowers, toks.texts, end, toks.n)
            if hit is not None and hit[0] > j:
                return end, keys[0], hit
        return None

    def _posting_end(self, toks: _Tokens, k: int, tracker: ArticleActors, role: str, body: str) -> int:
        """Where the name of an envoy starts after the place they are posted to ("Duta Besar Rusia untuk Indonesia
        Lyudmila Vorobieva", "Israel's ambassador to the United Nations, Gilad Erdan,"): the posting is part of the
        role. `k` itself when no posting and name follow."""
        n = toks.n
        if k >= n - 1 or toks.lowers[k] not in self.postings:
            return k
        posted = self._body_at(toks, k + 1, tracker)
        if posted is None and toks.lowers[k + 1] in DETERMINERS:
            posted = self._body_at(toks, k + 2, tracker)  # "to the US"
        if posted and posted[0] < n and (self._person_at(toks, posted[0], tracker)
                                         or self._appositive_name(toks, posted[0], tracker, role, body)):
            return posted[0]
        return k

    def _resolve_role(self, rp: _RolePhrase, date: dt.date | None) -> tuple[Actor, str, str] | None:
        kb = self.kb
        role = kb.roles[rp.role]
        body = kb.actors[rp.body] if rp.body else None
        matched = role.label if role.kind != "title" else ""
        if body is not None:
            matched = f"{matched} of {body.label}".strip() if matched else body.label
        if rp.person is not None and rp.person_known and role.kind == "body":
            office = self._office_at(rp.person.key, date)  # "pemerintahan Jokowi": the government he led
            if office is not None:
                return self._body_as(office.body, rp.role), f"{role.label} of {kb.actors[office.body].label}", "role"
        if rp.person is not None:
            if rp.person_known:
                return self._known_person(rp.person.key, date, rp.role, rp.body), matched or rp.person.label, "role"
            if body is not None and role.kind in ("office", "leader"):
                # "Turkey's President Tayyip Erdogan": a spelling the knowledge base lacks, but the office's holder
                # at that date has this surname
                office = self._holder(body.key, rp.role, date)
                if office is not None and _same_surname(kb.actors[office.person].label, rp.person.label):
                    return self._with_office(office.person, office), matched, "office"
            person = rp.person
            if body is not None and person.affiliation is None:
                person = replace(person, affiliation=body)
            if role.kind != "title" and person.role is None:
                person = replace(person, role=role.label)
            return person, matched or person.label, "role"
        if body is None:
            return None
        if role.kind in ("office", "leader"):
            office = self._holder(body.key, rp.role, date)
            if office is not None:
                return self._with_office(office.person, office), matched, "office"
        return self._body_as(body.key, rp.role), matched, "role"

    def _person_at_date(self, key: str, date: dt.date | None, role: str | None = None, body: str | None = None) -> Actor:
        """A KB person with the office they held at `date`, preferring the one the text names."""
        offices = self.kb.offices_of(key, date)
        if date is None:  # no article date: what they hold now, else their last office
            offices = [o for o in offices if o.end is None] or offices[:1]
        for want in (
            lambda o: o.role == role and (body is None or o.body == body),
            lambda o: body is not None and o.body == body,
            lambda o: role == "leader" and o.leads,
            lambda o: body is None,
        ):
            for office in offices:
                if want(office):
                    return self._with_office(key, office)
        actor = self.kb.actors[key]
        if body is not None and self.kb.roles.get(role or "") and self.kb.roles[role].kind != "title":
            return replace(actor, affiliation=self.kb.actors[body], role=self.kb.roles[role].label)
        if body is None and date is not None and not offices:
            # Out of office at the article's date: a future or former head of state is still on their state's side
            # (Putin in 2000), without claiming the office; a former chief of an organisation no longer speaks
            # for it (Stoltenberg in 2025).
            nearest = self.kb.nearest_office(key, date)
            if nearest is not None and (date < nearest.start or self.kb.actors[nearest.body].type == STATE):
                return replace(actor, affiliation=self.kb.actors[nearest.body])
        return actor

    # ---- knowledge-base names -----------------------------------------------------------------------------

    def _office_at(self, person: str, date: dt.date | None):
        offices = self.kb.offices_of(person, date)
        leading = [o for o in offices if o.leads]
        return (leading or offices or [None])[0]

    def _body_at(self, toks: _Tokens, i: int, tracker: ArticleActors, people: bool = False) -> tuple[int, str] | None:
        """A state, organisation or group named at token i (with a bracketed repeat: "Amerika Serikat (AS)")."""
        if i >= toks.n:
            return None
        hit = self._name_at(toks, i,
                            accept=lambda name: all(self.kb.is_body(k) for k in name.keys)
                            or (people and self._all_people(name)))
        if not hit:
            return None
        end, names = hit
        keys = _keys(names)
        key = keys[0] if len(keys) == 1 else None
        if key is None:
            chosen = self._choose(keys, set(tracker.keys), tracker.date)
            if chosen is None:
                return None
            key = chosen.key
        if self.kb.actors[key].type == PERSON:
            # "the Biden administration", "pemerintahan Jokowi": the body the person led at the date, or out of
            # office then ("the Obama administration" in a 2024 article), the one they led nearest in time.
            office = self._office_at(key, tracker.date)
            if office is None and tracker.date is not None:
                office = self.kb.nearest_office(key, tracker.date)
            return (self._bracketed(toks, end, key), office.body) if office else None
        return self._bracketed(toks, end, key), key

    def _institution_at(self, toks: _Tokens, i: int) -> bool:
        """The body at token i is named by an institution of a state ("Bakamla", "the Pentagon"), not by the state."""
        hit = self._name_at(toks, i)
        return hit is not None and all(name.kind == "institution" for name in hit[1])

    def _all_regions(self, name: Name) -> bool:
        return all(self.kb.actors[k].type == REGION for k in name.keys)

    def _all_people(self, name: Name) -> bool:
        return all(self.kb.actors[k].type == PERSON for k in name.keys)

    def _name_at(self, toks: _Tokens, i: int, accept=None) -> tuple[int, list[Name]] | None:
        """The longest knowledge-base name at token i that `accept`s (names at a token are matched once)."""
        found = toks.names_at.get(i)
        if found is None:
            found = toks.names_at[i] = self.names.matches(toks.lowers, toks.texts, i, toks.n)
        return first(found, accept)

    def _bracketed(self, toks: _Tokens, end: int, key: str) -> int:
        n = toks.n
        if end + 2 < n and toks.texts[end] == "(":
            inner = self.names.match(toks.lowers, toks.texts, end + 1, n)
            if inner and inner[0] < n and toks.texts[inner[0]] == ")" and key in _keys(inner[1]):
                return inner[0] + 1
        return end

    def _name_mention(self, toks: _Tokens, i: int, tracker: ArticleActors, out: list[Mention],
                      pending: dict[int, tuple[str, ...]]) -> list[Mention] | None:
        n = toks.n
        hit = self._name_at(toks, i)
        if not hit:
            return None
        end, names = hit
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
            return [self._mention(toks, i, not_actor, None, names[0].text, "not-actor")]
        keys = _keys(names)
        matched = names[0].text
        if len(keys) > 1:
            actor = self._choose(keys, set(tracker.keys), tracker.date)
            if actor is None:
                pending[len(out)] = keys
            elif actor.type == PERSON:
                actor = self._known_person(actor.key, tracker.date)
            return [self._mention(toks, i, end, actor, matched, "alias")]
        key = keys[0]
        actor = self.kb.actors[key]
        if actor.type == PERSON:
            actor = self._known_person(key, tracker.date)
        if matched in self.mission_prefixes:
            while end < n and end - i <= 3 and toks.caps[end] and toks.texts[end] not in self.mission_prefixes:
                end += 1  # "KBRI Muscat", "KJRI Jeddah": Indonesia's mission, wherever it is
        return [self._mention(toks, i, self._bracketed(toks, end, key), actor, matched, "alias")]

    def _site_after(self, toks: _Tokens, end: int, capital: bool = False) -> int | None:
        """The end of a site word right after a name ("Rafah crossing", "Torkham border crossing", with `capital`
        only a capitalised one: "Indonesia Hospital"), else None."""
        j = end
        if j + 1 < toks.n and toks.lowers[j] in self.site_modifiers:
            j += 1
        if j < toks.n and toks.lowers[j] in self.site_nouns and (not capital or toks.caps[j]):
            return j + 1
        return None

    def _site_before(self, toks: _Tokens, i: int) -> bool:
        """A capitalised site word heads the name at i: "Rumah Sakit Indonesia", "Bandara Internasional X"."""
        if i == 0 or not self._site_head_ends or toks.lowers[i - 1] not in self._site_head_ends:
            return False
        for start in range(i - 1, max(-1, i - 4), -1):
            hit = self.site_heads.match(toks.lowers, toks.texts, start, i)
            if hit is not None and hit[0] == i and all(toks.caps[start:i]):
                return True
        return False

    def _not_actor_use(self, toks: _Tokens, i: int, end: int, name: Name) -> int | None:
        """Where a state's name or demonym at i..end is used for something other than the state, the end of that
        use: a demonym after a community word ("ethnic Albanian guerrillas"), or a name or demonym before a
        suffix word, hyphenated or not ("the Russian language", "a Bosnia-style civil war"); a name (no demonym)
        inside a site's proper name ("the Indonesia Hospital", "Rumah Sakit Indonesia"). None otherwise."""
        if name.kind != "demonym":
            site_end = self._site_after(toks, end, capital=True)
            if site_end is not None:
                return site_end
            if self._site_before(toks, i):
                return end
        if not all(self.kb.actors[k].type == STATE for k in name.keys):
            return None
        if name.kind == "demonym" and i > 0 and toks.lowers[i - 1] in self.community_words:
            return end
        j = end + 1 if end < toks.n and toks.texts[end] in HYPHENS else end
        if j < toks.n and toks.lowers[j] in self.not_actor_suffixes:
            return j + 1
        return None

    def _choose(self, candidates: tuple[str, ...], context: set[str], date: dt.date | None = None) -> Actor | None:
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

    # ---- people -------------------------------------------------------------------------------------------

    def _person_at(self, toks: _Tokens, i: int, tracker: ArticleActors) -> tuple[int, Actor, bool] | None:
        """A person's name at token i: (end, actor, known-to-the-KB). Unknown names become new persons."""
        hit = self._name_at(toks, i, accept=self._all_people)
        if hit:
            keys = _keys(hit[1])
            chosen = self.kb.actors[keys[0]] if len(keys) == 1 else self._choose(keys, set(tracker.keys), tracker.date)
            if chosen is not None:  # "President Bush" in 1991 and in 2003 are two people
                return hit[0], chosen, True
        end = self._name_run(toks, i)
        if end is None:
            return None
        words = tuple(toks.lowers[i:end])
        seen = tracker.person(words)
        if seen is None and self.given_names and len(words) == 1:
            seen = tracker.by_given_name(words[0])  # "Presiden Hassan" after "Hassan Sheikh Mohamud"
        if seen is not None:
            return end, seen, seen.key in self.kb.actors
        label = self._text(toks, i, end)
        return end, Actor(key=actor_key(PERSON, label), label=label, type=PERSON), False

    def _ranked_name(self, toks: _Tokens, k: int, tracker: ArticleActors) -> tuple[int, Actor, bool] | None:
        """A rank or title and the name after it, following a role phrase ("Army chief Field Marshal Asim Munir")."""
        hit = self.roles.match(toks.lowers, toks.texts, k, toks.n)
        if hit is None or self.kb.roles[hit[1][0]].kind != "title" or hit[0] >= toks.n:
            return None
        return self._titled_name(toks, hit[0], tracker, self._person_at(toks, hit[0], tracker))

    def _titled_name(self, toks: _Tokens, k: int, tracker: ArticleActors,
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
                and not self._name_at(toks, end, accept=lambda nm: all(self.kb.is_body(x) for x in nm.keys)):
            end += 1
        if end - k < 2 or (got is not None and got[0] >= end):
            return got  # one capitalised word after "General" is as often a place or a body as a name
        words = tuple(toks.lowers[k:end])
        seen = tracker.person(words)
        if seen is not None:
            return end, seen, seen.key in self.kb.actors
        label = self._text(toks, k, end)
        return end, Actor(key=actor_key(PERSON, label), label=label, type=PERSON), False

    def _appositive_name(self, toks: _Tokens, k: int, tracker: ArticleActors, role: str,
                         body: str | None) -> tuple[int, Actor, bool] | None:
        """"Menteri Luar Negeri Lituania, Gabrielius Landsbergis, ...": a name set off by commas after a role
        phrase with a body, followed by a comma, the end, or a lower-case word."""
        n = toks.n
        if body is None or k + 1 >= n or toks.texts[k] != "," or self.kb.roles[role].kind in ("body", "title"):
            return None
        got = self._person_at(toks, k + 1, tracker)
        if got is None:
            return None
        end = got[0]
        if end < n and toks.texts[end] not in (",", ".", ";") and toks.capitalised(end):
            return None
        return got

    def _name_run(self, toks: _Tokens, i: int, limit: int = 5) -> int | None:
        """The end of a run of capitalised words starting at i that can be a person's name, or None."""
        n = toks.n
        if toks.has_ner:
            if toks.ent_label[i] != "PERSON":
                return None
            return min(toks.ent_end(i), n)
        if toks.headline or not self._name_word(toks, i):
            return None
        end = i + 1
        while end < n and end - i < limit:
            if self._name_word(toks, end):
                end += 1
            elif (toks.lowers[end] in self.particles or toks.texts[end] in HYPHENS) and end + 1 < n \
                    and self._name_word(toks, end + 1) and (toks.texts[end] not in HYPHENS or not toks.spaced(end - 1)):
                end += 2
            else:
                break
        # In prose a name is followed by a lower-case word, punctuation or a date word; another capitalised
        # word (a KB name, a role) means title case: "Sekjen NATO Salahkan Moskow" names nobody.
        if end < n and toks.capitalised(end) and toks.lowers[end] not in self.not_names:
            return None
        if end == i + 1 and self.verb_prefixes and toks.lowers[i].startswith(self.verb_prefixes):
            return None
        return end

    def _name_word(self, toks: _Tokens, i: int) -> bool:
        if not toks.capitalised(i) or toks.lowers[i] in self.not_names:
            return False
        # A word that starts a known body or a role is not part of a person's name.
        if self.roles.match(toks.lowers, toks.texts, i, toks.n):
            return False
        hit = self._name_at(toks, i)
        return not hit or any(self.kb.actors[k].type == PERSON for k in _keys(hit[1]))

    @staticmethod
    def _text(toks: _Tokens, start: int, end: int) -> str:
        """The text of tokens [start, end) as in the document (doc.text is rebuilt on every access: avoid)."""
        if end - start == 1:
            return toks.texts[start]
        parts = []
        for k in range(start, end):
            parts.append(toks.texts[k])
            if k < end - 1:
                parts.append(" " * (toks.idx[k + 1] - toks.idx[k] - len(toks.texts[k])))
        return "".join(parts)

    # ---- vessels ----------------------------------------------------------------------------------------------

    def _vessel_mention(self, toks: _Tokens, i: int) -> list[Mention] | None:
        """'the BRP Datu Tamblot', 'KRI Bung Tomo': a navy's ship prefix and the ship's name are its state."""
        state = self.kb.vessel_prefixes.get(toks.texts[i])
        if state is None:
            return None
        end = i + 1
        while end < toks.n and end - i <= MAX_VESSEL_WORDS and toks.caps[end]:
            end += 1
        if end == i + 1:
            return None  # a prefix alone ("JS", "ITS") is no ship
        return [self._mention(toks, i, end, self.kb.actors[state], f"ship prefix {toks.texts[i]}", "alias")]

    # ---- coreference --------------------------------------------------------------------------------------

    def _coref_mention(self, toks: _Tokens, i: int, tracker: ArticleActors) -> list[Mention] | None:
        hit = self.coref.match(toks.lowers, toks.texts, i, toks.n)
        if self.coref_gap and (hit is None or self.coref_last is not None) and toks.lowers[i] in self.coref_starts \
                and not self.coref_last_words.isdisjoint(toks.lowers[i + 2:i + 2 + MAX_COREF_GAP_TOKENS]):
            # "ketiga negara Sahel tersebut" is longer than the "ketiga negara" inside it
            gapped = self.coref.match_gapped(toks.lowers, i, toks.n, lambda k: self._coref_modifier(toks, k),
                                             MAX_COREF_GAP_TOKENS, self.coref_last)
            if gapped is not None and (hit is None or gapped[0] > hit[0]) \
                    and self._units(toks, gapped[2], gapped[3]) <= MAX_COREF_MODIFIERS:
                hit = gapped[0], gapped[1]
        if hit:
            end, refers = hit
            phrase = self._text(toks, i, end)
            if refers[0] == "place":  # "across the country", "di seluruh negeri": where, not who
                return [self._mention(toks, i, end, None, phrase, "not-actor")]
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
                return [self._mention(toks, i, end, s, phrase, "coref") for s in states]
            if refers[0] in ("last-person", "other-person") and 0 < i and toks.texts[i][:1].isupper() and (
                    i + 1 < toks.n and toks.caps[i + 1]):
                return None  # "met He Lifeng": a capitalised "He" inside a sentence before a name is a family name
            if refers[0] == "last-person" and i > LAST_PERSON_REACH and toks.lowers[i - 1] not in self.speech_verbs:
                # "He said ...", "In March he sent ...": near a sentence's start. A 'he' deeper in it is the one
                # person the sentence has named ("Zelenskiy, speaking in Warsaw where he signed ..."); with none
                # or several, the reported-speech rules decide ("Trump said he would ...").
                actor = tracker.sole_person_here()
                return None if actor is None else [self._mention(toks, i, end, actor, phrase, "coref")]
            if refers[0] == "other-person":
                actor = tracker.object_person()
                return None if actor is None else [self._mention(toks, i, end, actor, phrase, "coref")]
            if refers[0] == "last-person":
                actor = tracker.last_subject_person()
                return None if actor is None else [self._mention(toks, i, end, actor, phrase, "coref")]
            if refers[0] == "sole-body":
                actor = tracker.sole(lambda a: is_body(_body(a)))
            else:
                actor = tracker.recent(self._antecedent(refers[0]), given=refers[0] in DEFINITE_KINDS)
            if actor is None:
                return None
            person = refers[0] in ("last-person", "speaker-person")
            return [self._mention(toks, i, end, actor if person else _body(actor), phrase, "coref")]
        caps = toks.caps
        if caps[i]:  # a surname (or any tail of a full name) seen earlier in the article
            run = 1
            while run < 3 and i + run < toks.n and caps[i + run]:
                run += 1
            for end in range(i + run, i, -1):
                person = tracker.person(tuple(toks.lowers[i:end]))
                if person is not None:
                    return [self._mention(toks, i, end, person, person.label, "coref")]
            if run == 1 and self.given_names:  # "Airlangga" after "Airlangga Hartarto" (Indonesian press)
                person = tracker.by_given_name(toks.lowers[i])
                if person is not None:
                    return [self._mention(toks, i, i + 1, person, person.label, "coref")]
        return None

    def _in_aside(self, toks: _Tokens, start: int) -> bool:
        """Token `start` stands in a relative clause set off by a comma (", which have formed their own AES,")."""
        for k in range(start - 1, 0, -1):
            if toks.texts[k - 1] == ",":
                return toks.lowers[k] in self.relative_openers
        return False

    def _coref_modifier(self, toks: _Tokens, k: int) -> bool:
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
            hit = self._name_at(toks, k)
            if hit is not None and any(self.kb.actors[key].type != REGION for key in _keys(hit[1])):
                return False
            if self.roles.match(toks.lowers, toks.texts, k, toks.n):
                return False
        return True

    @staticmethod
    def _units(toks: _Tokens, start: int, end: int) -> int:
        """Words in tokens [start, end), a hyphenated compound counting as one."""
        return 1 + sum(1 for k in range(start, end - 1) if toks.spaced(k))

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

    # ---- unknown names ------------------------------------------------------------------------------------

    def _unknown_mention(self, toks: _Tokens, i: int, tracker: ArticleActors) -> list[Mention] | None:
        if toks.caps[i] and not (i + 1 < toks.n and toks.caps[i + 1]):
            # A lone capitalised word that is the surname of someone in office at the article date, in an article
            # that has named the body they serve ("Iran ... Araghchi accused Israel": NER calls him a place). A
            # surname alone, with no such context, stays a stranger of that name.
            sitting = self.kb.sitting_by_surname(toks.texts[i], tracker.date)
            if sitting is not None and sitting.affiliation is not None and sitting.affiliation.key in tracker.keys:
                return [self._mention(toks, i, i + 1, sitting, toks.texts[i], "alias")]
        if toks.has_ner:
            return self._ner_mention(toks, i, tracker)
        if toks.headline or not self._name_word(toks, i):
            return None
        end = self._name_run(toks, i)
        if end is None or all(w in self.community_adjectives for w in toks.lowers[i:end]):
            return None

        cued = i > 0 and toks.lowers[i - 1] in self.name_cues
        # An apposition name starts a sentence or follows a lower-case word; after another capitalised
        # word it is more likely title case ("NATO-Rusia Gagal, Sekjen NATO ...").
        after_capital = i > 0 and toks.capitalised(i - 1)
        apposition = None if after_capital else self._apposition(toks, end, tracker)
        if not cued and apposition is None and not self._tagged_name(toks, i, end, after_capital):
            return None
        label = self._text(toks, i, end)
        if end - i >= 2 and toks.lowers[end - 1] in self.org_suffixes:  # "Toshiba Corp", "Mizuho Bank"
            actor = Actor(key=actor_key(ORGANIZATION, label), label=label, type=ORGANIZATION)
            return [self._mention(toks, i, end, actor, label, "name")]
        actor = Actor(key=actor_key(PERSON, label), label=label, type=PERSON)
        if apposition is not None:
            end, actor = self._affiliate(actor, apposition)
        return [self._mention(toks, i, end, actor, label, "name")]

    def _tagged_name(self, toks: _Tokens, i: int, end: int, after_capital: bool) -> bool:
        """A person's name no cue introduces, where a tagger marks every word of the run a proper noun: two words
        or more (one capitalised word is as often a place), not after a place cue ("di Kalimantan Barat") or
        another capitalised word (title case, or a name's own head: "Warga Jakarta Timur"), and not headed by a
        word that names places and bodies ("Bank Mandiri")."""
        if after_capital or end - i < 2:
            return False
        if toks.propn is None:
            if not self._tagged:
                return False
            toks.propn = self._tag(toks)
        if not all(toks.propn[i:end]):
            return False
        if toks.lowers[i] in self.not_person_heads or (i > 0 and toks.lowers[i - 1] in self.place_cues):
            return False
        # A line that ends with no full stop is a headline, where title case makes every word look like a name
        # ("Kirim Kendaraan Tempur Usang buatan Soviet ke Ukraina" above the body).
        k = end
        while k < toks.n and "\n" not in toks.texts[k]:
            k += 1
        last = next((toks.texts[j] for j in range(k - 1, end - 1, -1) if toks.texts[j].strip()), "")
        return last[-1:] in SENTENCE_END

    def _tag(self, toks: _Tokens) -> list[bool]:
        """Which of the sentence's tokens the language's tagger calls proper nouns (once per sentence)."""
        from newsgraph.language.pipeline import get_tagger

        tagger = get_tagger(self.lang)  # loaded when first needed, once per process
        spaces = [toks.spaced(k) for k in range(toks.n - 1)] + [False]
        doc = Doc(tagger.vocab, words=toks.texts, spaces=spaces)
        for _, component in tagger.pipeline:
            doc = component(doc)
        return [t.pos_ == "PROPN" for t in doc]

    def _ner_mention(self, toks: _Tokens, i: int, tracker: ArticleActors) -> list[Mention] | None:
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
        if end - i == 1 and toks.lowers[i] in self.community_adjectives:
            return [self._mention(toks, i, end, None, toks.texts[i], "not-actor")]
        if label == "NORP" and toks.doc[toks.offset + end - 1].dep_ in ("amod", "compound"):
            return None  # "the Crimean bridge": an adjective, not a group that acts
        if toks.doc[toks.offset + end - 1].dep_ == "amod" and self._demonym_at(toks, end - 1):
            return None  # "Radical French farmers": NER's entity is an adjective and a demonym, left to the name
        if "(" in toks.texts[i:end] and ")" not in toks.texts[i:end]:
            end = i + toks.texts[i:end].index("(")  # "Umma (Nation) party": NER stopped inside the brackets
            if end == i:
                return None
        text = self._text(toks, i, end)
        if end - i > MAX_NAME_TOKENS or len(text) > MAX_NAME_CHARS:
            return None  # not a name: NER run wild on a table, a URL or junk
        if toks.lowers[i] in self.compass_words and self._state_part(toks, i, end, text):
            return None  # the state's own name after the compass word resolves it
        kind = NER_TYPES[label]
        site_end = self._site_after(toks, end)
        if site_end is not None:  # "the Rafah crossing", "the Torkham border crossing": the name is the site's
            kind, end = REGION, site_end
            text = self._text(toks, i, end)
        elif toks.lowers[end - 1] in self.site_nouns:
            kind = REGION
            if end + 2 < toks.n and toks.texts[end] == "(" and toks.texts[end + 2] == ")":
                end += 3  # "Esfahan Uranium Conversion Facilities (UCF)": its abbreviation is the same place
        actor = Actor(key=actor_key(kind, text), label=text, type=kind)
        if actor.type == PERSON:
            apposition = self._apposition(toks, end, tracker)
            if apposition is not None:
                end, actor = self._affiliate(actor, apposition)
        return [self._mention(toks, i, end, actor, text, "ner")]

    def _state_part(self, toks: _Tokens, i: int, end: int, text: str) -> bool:
        """Whether the entity at i..end is a compass word and the full name of a state ("South Lebanon", or "eastern
        Democratic Republic of" cut short by NER), not a metonym ("East Jerusalem") and not an entity of its own
        ("East Germany")."""
        if text.lower() in self.own_places:
            return False
        hit = self._name_at(toks, i + 1)
        return (hit is not None and hit[0] >= end
                and all(n.kind in ("label", "alias", "cldr") for n in hit[1])
                and all(self.kb.actors[k].type == STATE for k in _keys(hit[1])))

    def _demonym_at(self, toks: _Tokens, i: int) -> bool:
        hit = self._name_at(toks, i)
        return hit is not None and hit[0] == i + 1 and all(name.kind == "demonym" for name in hit[1])

    def _apposition(self, toks: _Tokens, end: int, tracker: ArticleActors) -> _RolePhrase | None:
        """", Russia's deputy foreign minister" / ", Wakil Menteri Luar Negeri Rusia" after a name."""
        if end + 1 < toks.n and toks.texts[end] == ",":
            rp = self._role_phrase(toks, end + 1, tracker, with_name=False)
            if rp is not None and rp.body is not None and self.kb.roles[rp.role].kind in ("office", "post", "leader"):
                return rp
        return None

    def _affiliate(self, person: Actor, rp: _RolePhrase) -> tuple[int, Actor]:
        role = self.kb.roles[rp.role].label
        return rp.end, replace(person, affiliation=self.kb.actors[rp.body], role=role)


def _same_surname(known: str, written: str) -> bool:
    return fold_name(known.split()[-1]) == fold_name(written.split()[-1])


def _keys(names: list[Name]) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        out += [k for k in name.keys if k not in out]
    return tuple(out)


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
