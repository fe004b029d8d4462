"""The function words of a language, read from `lang/<code>/grammar.toml`."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field

from newsgraph.resources import lang_dir


@dataclass(frozen=True)
class Grammar:
    negators: frozenset[str]
    negation_window: int
    negating_verbs: frozenset[str]
    negating_openers: tuple[tuple[str, ...], ...]  # "tidak mungkin ..." opening a clause negates it
    auxiliaries: frozenset[str]
    modality: dict[str, frozenset[str]]  # modality name -> cue words
    agent_markers: frozenset[str]
    object_markers: frozenset[str]
    oblique_markers: frozenset[str]
    addressee_markers: frozenset[str]
    locative_markers: frozenset[str]
    between_markers: frozenset[str]
    grievance_markers: frozenset[str]
    instrument_markers: frozenset[str]
    circumstance_markers: frozenset[str]
    sponsor_participles: frozenset[str]
    verb_prefixes: tuple[str, ...]
    coordinators: frozenset[str]
    clause_breaks: frozenset[str]
    complementizers: frozenset[str]
    purpose_markers: frozenset[str]
    manner_markers: frozenset[str]  # "dengan menggelar ...": a verb phrase saying how, inside its clause
    quote_verbs: frozenset[str]
    according_to: frozenset[str]
    first_person: frozenset[str]
    first_person_singular: frozenset[str]  # "saya", "I": the speaker in person, not the side they speak for
    speaker_pronouns: frozenset[str]
    obligation: frozenset[str]
    reported_future: frozenset[str]
    headline_sentence_case: bool = False  # read title-case headlines in sentence case (see extract/headline.py)
    continuations: frozenset[str] = frozenset()  # contrastive conjunctions that keep the last predicate's subject
    demonstratives: frozenset[str] = frozenset()  # "sejak itu": a break word before one is no new clause
    source_markers: frozenset[str] = frozenset()  # prepositions of origin: no target of a statement or consultation
    non_actor_heads: frozenset[str] = frozenset()  # a name opening with one is an operation ("Operasi Sindoor")
    currency_words: frozenset[str] = frozenset()  # "dolar AS" names money, not the United States
    agentive_nouns: frozenset[str] = frozenset()  # "keputusan X menaikkan ...": X is the verb's agent
    # Event anaphora ("serangan itu", "the strikes"): an event named in an earlier sentence standing for its actor.
    anaphor_before: frozenset[str] = frozenset()  # determiners before the event noun ("the", "these")
    anaphor_after: frozenset[str] = frozenset()  # demonstratives after it ("itu", "tersebut")
    anaphor_nouns: frozenset[str] = frozenset()  # nouns that name whatever was done last ("the move", "langkah itu")
    anaphor_reach: int = 0  # how many sentences back the event may be; 0 turns event anaphora off
    undecided: frozenset[str] = frozenset()  # "review whether to send weapons": a clause so marked is not asserted
    denying_verbs: frozenset[str] = frozenset()  # "denied that Tehran had ordered": a denied clause is not asserted
    observing_verbs: frozenset[str] = frozenset()  # "Turki menyaksikan serangan ...": watching an act is not doing it
    pending: frozenset[str] = frozenset()  # "has yet to ratify": an adverb that with "to" says it is not done
    # "does not rule out talks": a refusal verb that, negated, announces the act it takes as object
    open_when_negated: frozenset[str] = frozenset()
    # "tensions between India and Pakistan", "no decision about Ukraine": a subject's phrase is not its actors' when
    # they are named after one of these
    topic_markers: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()  # '"…," he said': a quote attributed to the last person named
    object_pronouns: frozenset[str] = frozenset()  # "..., accusing it of ...": the actor named before it
    origin_participles: frozenset[str] = frozenset()  # "companies based in the UAE": where they are from
    member_nouns: frozenset[str] = frozenset()  # "members of the PKK, which has waged ...": the body they belong to
    sport_words: frozenset[str] = frozenset()  # a sentence with one reports a match: no force, aid or protection
    topic_verbs: frozenset[str] = frozenset()  # "discussed Ukraine with Zelensky": the object is the topic
    quantity_nouns: frozenset[str] = frozenset()  # "part of a programme for Bosnia": a step that is no phrase
    destination_markers: frozenset[str] = frozenset()  # "sent inspectors to Iran to investigate": where they went
    purpose_prepositions: frozenset[str] = frozenset()  # "mobilised reservists for a war against Iraq"
    relation_nouns: frozenset[str] = frozenset()  # "Israel's ally", "Ukraine's allies": not the possessor
    stative_participles: frozenset[str] = frozenset()  # "opposed to": after "be", a state, no passive
    killing_words: frozenset[str] = frozenset()  # "killed Hassan Nasrallah": killing a named person assassinates
    judgements: frozenset[str] = frozenset()  # "X is a threat", "the strikes were illegal": the speaker's verdict
    naming_verbs: frozenset[str] = frozenset()  # "called China a threat", "described the raid as a crime"
    claim_nouns: frozenset[str] = frozenset()  # ", a charge Yerevan denied": the noun that sums up the clause before
    act_nouns: frozenset[str] = frozenset()  # ", a launch Seoul condemned": the noun that sums up the act before
    anaphor_agreements: frozenset[str] = frozenset()  # "the deal, brokered by ...": an accord between earlier parties
    anaphor_likeness: frozenset[str] = frozenset()  # "pengakuan serupa": an act like the last of its class
    # Word lists only the word-order strategy reads (the [linear] table: casualty words, cessation verbs ...)
    linear: dict[str, frozenset[str]] = field(default_factory=dict)

    def modality_of(self, word: str) -> str | None:
        for name, words in self.modality.items():
            if word in words:
                return name
        return None


def _words(section: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in section.get(key, []))


@functools.cache
def load_grammar(lang: str) -> Grammar:
    data = tomllib.loads((lang_dir(lang) / "grammar.toml").read_text(encoding="utf-8"))
    neg = data.get("negation", {})
    args = data.get("arguments", {})
    clauses = data.get("clauses", {})
    anaphora = data.get("anaphora", {})
    pronouns = data.get("pronouns", {})
    voice = data.get("voice", {})
    modality = data.get("modality", {})
    return Grammar(
        negators=_words(neg, "words"),
        negation_window=int(neg.get("window", 3)),
        negating_verbs=_words(neg, "verbs"),
        negating_openers=tuple(tuple(p.lower().split()) for p in neg.get("clause_openers", [])),
        auxiliaries=_words(data.get("auxiliaries", {}), "words"),
        modality={
            name: frozenset(w.lower() for w in words)
            for name, words in modality.items()
            if name not in ("obligation", "reported_future")
        },
        agent_markers=_words(voice, "agent_markers"),
        object_markers=_words(args, "object_markers"),
        oblique_markers=_words(args, "oblique_markers"),
        addressee_markers=_words(args, "addressee_markers"),
        locative_markers=_words(args, "locative_markers"),
        between_markers=_words(args, "between_markers"),
        grievance_markers=_words(args, "grievance_markers"),
        instrument_markers=_words(args, "instrument_markers"),
        circumstance_markers=_words(args, "circumstance_markers"),
        sponsor_participles=_words(args, "sponsor_participles"),
        verb_prefixes=tuple(w.lower() for w in data.get("morphology", {}).get("verb_prefixes", [])),
        coordinators=_words(args, "coordinators"),
        clause_breaks=_words(clauses, "breaks"),
        complementizers=_words(clauses, "complementizers"),
        purpose_markers=_words(clauses, "purpose_markers"),
        manner_markers=_words(clauses, "manner_markers"),
        quote_verbs=_words(clauses, "quote_verbs"),
        according_to=_words(clauses, "according_to"),
        first_person=_words(pronouns, "first_person"),
        first_person_singular=_words(pronouns, "first_person_singular"),
        speaker_pronouns=_words(pronouns, "speaker"),
        obligation=_words(modality, "obligation"),
        reported_future=_words(modality, "reported_future"),
        headline_sentence_case=bool(data.get("headline", {}).get("sentence_case", False)),
        continuations=_words(clauses, "continuations"),
        demonstratives=_words(clauses, "demonstratives"),
        source_markers=_words(args, "source_markers"),
        non_actor_heads=_words(args, "non_actor_heads"),
        currency_words=_words(args, "currency_words"),
        agentive_nouns=_words(args, "agentive_nouns"),
        anaphor_before=_words(anaphora, "before"),
        anaphor_after=_words(anaphora, "after"),
        anaphor_nouns=_words(anaphora, "nouns"),
        anaphor_reach=int(anaphora.get("reach", 0)),
        anaphor_agreements=_words(anaphora, "agreements"),
        anaphor_likeness=_words(anaphora, "likeness"),
        claim_nouns=_words(clauses, "claim_nouns"),
        act_nouns=_words(clauses, "act_nouns"),
        judgements=_words(clauses, "judgements"),
        pending=_words(neg, "pending"),
        open_when_negated=_words(neg, "open_when_negated"),
        killing_words=_words(args, "killing_words"),
        topic_markers=_words(args, "topic_markers"),
        person_pronouns=_words(pronouns, "person"),
        object_pronouns=_words(pronouns, "object"),
        origin_participles=_words(args, "origin_participles"),
        member_nouns=_words(args, "member_nouns"),
        sport_words=_words(clauses, "sport_words"),
        topic_verbs=_words(args, "topic_verbs"),
        quantity_nouns=_words(args, "quantity_nouns"),
        destination_markers=_words(args, "destination_markers"),
        purpose_prepositions=_words(args, "purpose_prepositions"),
        relation_nouns=_words(args, "relation_nouns"),
        stative_participles=_words(voice, "stative_participles"),
        linear={key: frozenset(w.lower() for w in words) for key, words in data.get("linear", {}).items()},
        observing_verbs=_words(clauses, "observing_verbs"),
        undecided=_words(clauses, "undecided"),
        denying_verbs=_words(clauses, "denying_verbs"),
        naming_verbs=_words(clauses, "naming_verbs"),
    )
