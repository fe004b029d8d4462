"""What a clause of a dependency parse says about its verb: who its subjects are (inherited along xcomp, conj and
relative-clause links), whether it is negated, which modality it carries, whether its act is required of someone or
mandative ("insisted that Kyiv recognise"), and which verb a noun's clause hangs on. Role assignment
(`dependency.py`) and the frames a sentence implies without a trigger (`implied.py`) both ask it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.frames import SentenceContext
from newsgraph.extract.grammar import Grammar
from newsgraph.extract.phrases import PASS_SUBJ, SUBJ, Arguments, pobj_actors, pobj_own_actors
from newsgraph.model import Mention

FINITE_TAGS = {"VBD", "VBZ", "VBP"}
MAX_INHERIT = 4  # links climbed for an inherited subject


def clause_subjects(verb: Token, args: Arguments) -> tuple[list[Mention], bool, list[Mention]]:
    """(agents, passive, patients) of a verb, climbing xcomp/conj/relcl links for an inherited subject."""
    agents: list[Mention] = []
    patients: list[Mention] = []
    passive = False
    tok = verb
    for _ in range(MAX_INHERIT):
        own_subject = False
        for child in tok.children:
            if child.dep_ in SUBJ and not agents:
                agents = subject_actors(child, args)
                agents = _comma_listed(child, args) + agents
                own_subject = True
            elif child.dep_ in PASS_SUBJ and tok is verb:
                passive = True
                patients = subject_actors(child, args)
            elif child.dep_ in PASS_SUBJ and not agents:
                # "Lula is scheduled to visit China", "Iran is expected to attack": the subject of a passive
                # raising verb is the complement's agent ("negotiators are expected to meet": nobody we know, and
                # nobody else's either)
                agents = args.of(child, agent=True)
                own_subject = True
            elif child.dep_ == "agent" and tok is verb:
                # (a governing passive's by-agent is not its complement's: "he had been instructed by Trump to
                # resolve the differences" is his resolving)
                agents = pobj_actors(child, args) or agents
                # "the channel, disputed by Argentina and Chile": a by-agent makes the verb passive even with no
                # passive subject, so its agents are never read as acting on each other.
                passive = passive or tok is verb
        if agents or passive or own_subject:
            # a clause with a subject of its own ("accusations that it had supplied") inherits none, nor does a
            # passive one ("tensions between India and Pakistan soared after 40 police were killed": no agent)
            break
        if tok.dep_ == "advcl" and (tok.tag_ in FINITE_TAGS or tok.tag_ == "VBN" and not any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)):
            # a finite adverbial clause names its own subject; with none the parser lost it ("soared after a car
            # bombing killed 40 police": "bombing" hung from "after"); a bare past participle is passive or an
            # adjective ("expels diplomats after disputed Maduro win"): the main clause's subject does not do it
            break
        if tok.dep_ == "conj" and _main_clause_conjunct(tok):
            tok = tok.head.head  # "determined that the RSF had committed genocide, and imposed sanctions"
        elif tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "relcl":
            agents = args.of(tok.head)
            break
        elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
            # "the US decision to sell arms to Taiwan", "NATO's plan to station troops": whose decision it is
            for mod in tok.head.children:
                if mod.dep_ in ("poss", "compound", "amod") and mod.i < tok.head.i:
                    agents = args.of(mod)
                    if agents:
                        break
            break
        else:
            break
    return agents, passive, patients


def _main_clause_conjunct(verb: Token) -> bool:
    """The parser often hangs a second main-clause verb on the reported clause before it: "X said the move was
    unfair, and accused Washington ...". After a comma and a conjunction, such a verb is the reporter's."""
    first = verb.head
    if first.dep_ != "ccomp" or first.head.i == first.i or first.head.pos_ not in ("VERB", "AUX"):
        return False
    before = verb.doc[max(verb.i - 2, 0):verb.i]
    return len(before) == 2 and before[0].text == "," and before[1].dep_ == "cc"


def _comma_listed(subject: Token, args: Arguments) -> list[Mention]:
    """'Iran, US hold talks': a headline lists its subjects with a comma, which the parser hangs on the verb as a
    loose modifier; an actor right before ', <subject>' is a subject too."""
    if subject.i < 2 or subject.doc[subject.i - 1].text != ",":
        return []
    before = subject.doc[subject.i - 2]
    if before.head.i != subject.head.i or before.dep_ not in ("npadvmod", "dep", "nmod", "nsubj"):
        return []
    return [m for m in args.of(before) if m.tok_end == subject.i - 1]


RELATIVE_TAGS = ("WDT", "WP")


def first_conjunct(tok: Token) -> Token:
    """The first item of the coordination a word is in ("launched artillery, mortar and rocket fire": artillery)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def is_purpose_clause(clause: Token, g: Grammar) -> bool:
    """An adverbial clause opened by a purpose marker: "blocked a road to show their anger", "sent inspectors to
    investigate"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ in g.purpose_markers for c in clause.children)


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun's clause modifies ("Saudi Arabia, which held talks", "Maduro, whom Washington
    accuses"), or None when the word is no relative pronoun of a relative clause."""
    clause = pronoun.head
    if pronoun.tag_ in RELATIVE_TAGS and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return None


def subject_actors(subject: Token, args: Arguments) -> list[Mention]:
    """The actors a subject word stands for. A relative pronoun stands for the noun its clause modifies ('Saudi
    Arabia, which held talks with the Houthis'), and only when that noun is itself an actor, not one inside its
    phrase ('a Security Council resolution that called for ...' is not the Council acting)."""
    noun = relative_antecedent(subject)
    if noun is not None:
        if noun.i in args.at:
            return args.of(noun)
        if noun.lemma_.lower() in args.g.member_nouns:
            # "members of the PKK, which has waged an insurgency": people of a body stand for it
            return next((found for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for found in [pobj_own_actors(prep, args)] if found), [])
        return []
    return args.of(subject, agent=True)


def object_actors(obj: Token, args: Arguments) -> list[Mention]:
    """The actors an object word stands for. A relative pronoun stands for the noun before it that its clause
    modifies ("Maduro, whom Washington accuses of running a cartel"), and only when that noun is itself an actor,
    as for subjects: "a Venezuelan gang that Washington designated" is not Venezuela."""
    noun = relative_antecedent(obj)
    if noun is not None and noun.i < obj.i:
        return args.of(noun) if noun.i in args.at else []
    return args.of(obj)


def subject_token(verb: Token) -> Token | None:
    """The subject word a verb has or inherits ("it is willing to withdraw": 'it'), actor or not."""
    tok = verb
    for _ in range(MAX_INHERIT):
        subject = next((c for c in tok.children if c.dep_ in SUBJ), None)
        if subject is not None:
            return subject
        if tok.dep_ not in ("xcomp", "conj", "acomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def is_negated(verb: Token, t, g: Grammar) -> bool:
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "has yet to ratify": the adverb on the verb, or on "has" when the parser makes the verb its complement
        holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        if any(c.dep_ == "advmod" and c.lower_ in g.pending for h in holders for c in h.children):
            return True
    if verb.dep_ == "conj" and any(c.dep_ in ("preconj", "cc") and c.lower_ in g.negators
                                   for c in verb.head.children):
        return True  # "has neither confirmed nor denied": both halves are negated
    tok = verb
    for _ in range(3):
        if any(c.dep_ == "neg" or c.lower_ in g.negators and c.dep_ in ("advmod", "det", "preconj") for c in tok.children):
            return True
        # "no longer opposes": the negator hangs from the adverb
        if any(c.dep_ == "advmod" and any(n.dep_ == "neg" for n in c.children) for c in tok.children):
            return True
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            break
        if tok.head.lemma_.lower() in g.negating_verbs:
            return True
        tok = tok.head
    return False


def clause_modality(verb: Token, g: Grammar, reported: bool = False) -> str | None:
    tok = verb
    for _ in range(3):
        for c in tok.children:
            if c.dep_ in ("aux", "mark", "advmod"):
                if reported and c.lower_ in g.reported_future:
                    return "future"  # "Iraq said it would allow …": the future seen from a past report
                mod = g.modality_of(c.lower_)
                if mod:
                    return mod
        if tok.dep_ == "acl" and tok.head.i != tok.i:
            # "Russia's plan to station weapons in Belarus": planned; "the US decision to sell arms": as decided
            return g.modality_of(tok.head.lemma_.lower())
        if tok.dep_ == "xcomp" and tok.head.i != tok.i:
            mod = g.modality_of(tok.head.lemma_.lower())
            if mod:
                return mod
            tok = tok.head
        elif tok.dep_ in ("advcl", "conj") and tok.head.i != tok.i:
            if any(c.dep_ == "mark" and g.modality_of(c.lower_) == "conditional" for c in tok.children):
                return "conditional"
            break
        else:
            break
    return None


def is_obliged(verb: Token, g: Grammar) -> bool:
    """'Iraq must withdraw', 'the US must be ready to mediate': a required act is not asserted (the demand is)."""
    tok = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in g.obligation for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def is_subjunctive(verb: Token, ctx: SentenceContext) -> bool:
    """'The Kremlin insisted that Kyiv recognise ...': a bare verb with its own subject in a reported clause is
    mandative; what it says must happen has not happened."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VB", "VBP"):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
    if subject is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # "Kyiv recognise": a base form after a singular subject cannot be the present tense
    singular = subject.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subject.children)
    return (verb.tag_ == "VB" or singular) and ctx.lexicon.is_reporting_verb(verb.head)


def clause_verb(noun: Token) -> Token:
    """The verb whose clause a nominal trigger sits in ("offered to host talks between ..." -> host)."""
    tok = noun
    for _ in range(MAX_INHERIT):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok
