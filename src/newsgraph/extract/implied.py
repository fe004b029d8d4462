"""Frames a sentence implies with no lexicon trigger of their own (English): what someone says another must do is
a demand ("X said Y must withdraw"), an accusation told as a claim noun with its content is the claim's owner's
("denied US accusations that it had supplied missiles"), and naming an actor or its act a threat or a crime, or
calling it one in someone's words, is criticism ("Austin called China the biggest threat").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.clauses import clause_subjects, clause_verb, is_negated, is_subjunctive
from newsgraph.extract.frames import (
    JUDGEMENT_CODE,
    JUDGEMENT_GLOSS,
    OBLIGATION_CODE,
    OBLIGATION_GLOSS,
    Frame,
    ImpliedTrigger,
    SentenceContext,
)
from newsgraph.extract.grammar import Grammar
from newsgraph.extract.phrases import DIRECT_OBJ, OBJ, PASS_SUBJ, SUBJ, Arguments, modifier_actors, named_by, pobj_actors
from newsgraph.model import Mention


ACCUSE_CODE, ACCUSE_GLOSS = "112", "accuse"


def obligations(sent: Span, args: Arguments, ctx: SentenceContext) -> list[Frame]:
    """'X said (that) Y must …', '"Y must …," X said' and 'X insisted that Y withdraw': X demands of Y."""
    frames = []
    for tok in sent:
        if tok.dep_ == "aux" and tok.lower_ in ctx.grammar.obligation:
            clause = tok.head
        elif is_subjunctive(tok, ctx):
            clause = tok
        else:
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ]
        # the subject names who must act, not an actor deeper in its phrase: "ties between Russia and North Korea
        # should be of great concern" demands nothing of either
        addressees = named_by(subjects[0], args) if subjects else []
        speakers: list[Mention] = []
        region = ctx.quote_at(tok.idx)
        if region is not None:
            speakers = [region.speaker]
        elif clause.dep_ == "ccomp" and ctx.lexicon.is_reporting_verb(clause.head):
            speakers, _, _ = clause_subjects(clause.head, args)
            if not addressees and subjects and subjects[0].lower_ in ctx.grammar.speaker_pronouns:
                # "Chirac told Iraq that it must cooperate": a pronoun who must act is the one told
                addressees = [m for c in clause.head.children if c.dep_ in OBJ for m in args.of(c)]
        if speakers and addressees and not _among_own_side(speakers, addressees):
            trigger = ImpliedTrigger(tok.i, tok.i + 1, tok.i, OBLIGATION_CODE, OBLIGATION_GLOSS, tokens=(tok.i,))
            frame = Frame(trigger, speakers, addressees, quote=region is not None)
            frame.features.add("obligation")
            frames.append(frame)
    return frames


def _among_own_side(speakers: list[Mention], addressees: list[Mention]) -> bool:
    """'Xi said the two countries should strengthen cooperation': what the speaker's own side must do with others
    is a proposal, no demand of the others."""
    own = {m.actor.key for m in speakers if m.actor is not None}
    own |= {m.actor.affiliation.key for m in speakers if m.actor is not None and m.actor.affiliation is not None}
    return any(m.actor is not None and m.actor.key in own for m in addressees)


def told_accusations(sent: Span, args: Arguments, ctx: SentenceContext) -> list[Frame]:
    """'Iran denied US accusations that it had supplied missiles to Russia', 'dismissed Washington's claims that
    Moscow was behind the blasts': a claim noun with its owner and a "that" clause is the owner's accusation of
    the clause's subject ("it" there is the subject of the clause the claim sits in)."""
    frames = []
    for noun in sent:
        if noun.lemma_.lower() not in ctx.grammar.claim_nouns or noun.i in args.at:
            continue
        owners = modifier_actors(noun, args) or next(
            (found for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ctx.grammar.agent_markers
             for found in [pobj_actors(prep, args)] if found), [])
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                       and any(m.dep_ == "mark" and m.lower_ in ctx.grammar.complementizers for m in c.children)), None)
        if not owners or clause is None:
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ), None)
        if subject is None:
            continue
        accused = args.of(subject, agent=True)
        if not accused and subject.lower_ in ctx.grammar.speaker_pronouns:
            accused, passive, _ = clause_subjects(clause_verb(noun), args)
            accused = [] if passive else accused
        owner_keys = {m.actor.key for m in owners if m.actor is not None}
        accused = [m for m in accused if m.actor is not None and m.actor.key not in owner_keys]
        if accused:
            trigger = ImpliedTrigger(noun.i, noun.i + 1, noun.i, ACCUSE_CODE, ACCUSE_GLOSS, tokens=(noun.i,))
            frame = Frame(trigger, owners, accused)
            frame.features.add("told accusation")
            frames.append(frame)
    return frames


def names_its_object(verb: Token, g: Grammar) -> bool:
    """'called the deployment "a significant escalation"', 'described the talks as useful': a naming verb with an
    object predicate or an "as" phrase names; whatever the name, it makes no phone call."""
    if verb.lemma_.lower() not in g.naming_verbs:
        return False
    return any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
               or c.dep_ in OBJ and any(p.dep_ == "prep" and p.lower_ == "as" for p in c.children)
               for c in verb.children)


def _shifted_object(verb: Token, args: Arguments, g: Grammar) -> list[Mention]:
    """'denounced as an ugly crime Serbia's suppression of ...': a naming verb's long object after its "as" phrase,
    which the parser hangs on that phrase (a second object or an apposition of the name)."""
    if verb.lemma_.lower() not in g.naming_verbs or any(c.dep_ in DIRECT_OBJ for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            names = [p for p in prep.children if p.dep_ == "pobj"]
            shifted = names[1:] + [a for p in names[:1] for a in p.children if a.dep_ == "appos"]
            for obj in shifted:
                found = args.of(obj)
                if found:
                    return found
    return []


def naming_verdict(verb: Token, g: Grammar) -> Token | None:
    """The verdict a naming verb gives its object: "called China the biggest threat" (an object predicate),
    "described the raid as a violation" ("as" on the verb or its object)."""
    if verb.lemma_.lower() not in g.naming_verbs:
        return None
    for c in verb.children:
        if c.dep_ == "oprd" and c.lemma_.lower() in g.judgements:
            return c
        for prep in [c, *c.children] if c.dep_ in OBJ else [c]:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                found = next((p for p in prep.children if p.dep_ in ("pobj", "amod", "acomp")
                              and p.lemma_.lower() in g.judgements), None)
                if found is not None:
                    return found
    return None


def _namings(sent: Span, args: Arguments, ctx: SentenceContext) -> list[Frame]:
    """'Austin called China the biggest threat to peace', 'Egypt described the raid as a violation of international
    law': naming an actor or its act a threat, a crime ... is the namer's criticism of it."""
    frames = []
    for verb in sent:
        verdict = naming_verdict(verb, ctx.grammar)
        if verdict is None or is_negated(verb, None, ctx.grammar):
            continue
        namers, passive, _ = clause_subjects(verb, args)
        named = [m for c in verb.children if c.dep_ in DIRECT_OBJ for m in args.of(c)]
        named = named or _shifted_object(verb, args, ctx.grammar)
        if namers and named and not passive:
            trigger = ImpliedTrigger(verdict.i, verdict.i + 1, verdict.i, JUDGEMENT_CODE, JUDGEMENT_GLOSS,
                                     tokens=(verb.i, verdict.i))
            frames.append(Frame(trigger, namers, named))
    return frames


def judgements(sent: Span, args: Arguments, ctx: SentenceContext) -> list[Frame]:
    """'"China is the biggest threat to peace," said Austin', 'Kyiv said the strikes were illegal': a verdict on
    an actor (or on its act) in someone's words is that speaker's criticism of it."""
    frames = _namings(sent, args, ctx)
    for tok in sent:
        if tok.lemma_ != "be" or tok.dep_ not in ("ROOT", "ccomp", "parataxis"):
            continue
        verdict = next((c for c in tok.children if c.dep_ in ("attr", "acomp")
                        and c.lemma_.lower() in ctx.grammar.judgements), None)
        subject = next((c for c in tok.children if c.dep_ in SUBJ), None)
        if verdict is None or subject is None or is_negated(tok, None, ctx.grammar):
            continue
        targets = args.of(subject)
        region = ctx.quote_at(tok.idx)
        if region is not None:
            speakers = [region.speaker]
        elif tok.dep_ == "ccomp" and ctx.lexicon.is_reporting_verb(tok.head):
            speakers, _, _ = clause_subjects(tok.head, args)
        else:
            continue
        if speakers and targets:
            trigger = ImpliedTrigger(verdict.i, verdict.i + 1, verdict.i, JUDGEMENT_CODE, JUDGEMENT_GLOSS,
                                     tokens=(verdict.i,))
            frames.append(Frame(trigger, speakers, targets, quote=region is not None))
    return frames
