"""Role assignment from a dependency parse (English: spaCy's trained parser, ClearNLP labels).

Subjects come from nsubj / the passive agent, targets from dobj / dative / a marked prepositional object; subjects
are inherited along xcomp and conj chains ("Russia refused to attack and threatened …"); a complement clause of a
speech verb records the speaker as the claim's source.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsgraph.extract.frames import (
    CONTROL_ROOTS,
    CONSULT_ROOT,
    STATEMENT_ROOT,
    FORCEFUL_ROOTS,
    Frame,
    ImpliedTrigger,
    MEDIATION_CODE,
    MUTUAL_IF_NO_OBJECT_ROOTS,
    SentenceContext,
    is_joint,
    is_verbal,
    voices_speakers_side,
)
from newsgraph import taxonomy
from newsgraph.extract.grammar import Grammar
from newsgraph.extract.clauses import (
    MAX_INHERIT,
    RELATIVE_TAGS,
    clause_modality,
    clause_subjects,
    clause_verb,
    first_conjunct,
    is_negated,
    is_obliged,
    is_purpose_clause,
    is_subjunctive,
    object_actors,
    subject_token,
)
from newsgraph.extract.implied import judgements, names_its_object, naming_verdict, obligations, told_accusations
from newsgraph.extract.phrases import (
    DIRECT_OBJ,
    NOUN_ARG_DEPS,
    NOUN_ARG_PREPS,
    OBJ,
    SUBJ,
    Arguments,
    backs_a_noun,
    modifier_actors,
    named_by,
    pobj_actors,
    pobj_own_actors,
)
from newsgraph.model import PERSON, Mention

COMPLEMENT_DEPS = ("xcomp", "ccomp")


def _named_in_free_relative(clause: Token, args: Arguments) -> list[Mention]:
    """'praised what he called the constructive role of Beijing': the object is what the naming verb names."""
    if clause.lemma_.lower() not in args.g.naming_verbs or not any(
            c.dep_ in DIRECT_OBJ and c.lower_ == "what" for c in clause.children):
        return []
    for c in clause.children:
        if c.dep_ == "oprd":
            return args.of(c)
        if c.dep_ == "prep" and c.lower_ == "as":
            return pobj_actors(c, args)
    return []


def _own_tokens(t) -> tuple[int, ...]:
    """The words the trigger matched; an object slot inside its span ("accused * of violating") is not one."""
    return tuple(getattr(t, "tokens", None) or range(t.tok_start, t.tok_end))


def _targets(t, verb: Token, args: Arguments, markers: frozenset[str], topic: bool = False) -> list[Mention]:
    own = _own_tokens(t)
    return _targets_of([verb.doc[i] for i in own], own, args, markers, topic)


def _targets_of(heads: list[Token], own, args: Arguments, markers: frozenset[str], topic: bool = False) -> list[Mention]:
    """The target of a trigger made of `heads`; with `topic`, its direct object is what is talked about ("discussed
    Ukraine with Zelensky"), never the partner."""
    # A trigger that includes its noun ("rejected * demand", "rejected an Indian proposal"): whose demand it was
    # is the target.
    for h in heads[1:]:
        if h.pos_ not in ("NOUN", "PROPN"):
            continue
        told = args.at.get(h.i)
        if told is not None and told.how == "event":  # "denied the accusation" told before: the accuser
            return args.all_at(told)
        for child in h.children:
            if child.dep_ in NOUN_ARG_DEPS and child.i not in own:
                found = args.of(child)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in NOUN_ARG_PREPS:
                found = pobj_own_actors(child, args)
                if found:
                    return found
    for h in heads:
        # A preposition inside the pattern ("arrive in", "fire at"): its object is the target.
        if h.dep_ == "prep" and h.i in own:
            found = pobj_actors(h, args)
            if found:
                return found
        # "wages its war, the tougher our response": the pattern's noun is the direct object, so a second one is a
        # misparse; a recipient still counts ("offered his condolences to Turkey").
        filled = topic or any(c.dep_ in DIRECT_OBJ and c.i in own for c in h.children)
        for child in h.children:
            if child.dep_ in OBJ and child.i not in own and not (filled and child.dep_ in DIRECT_OBJ):
                found = object_actors(child, args) or (pobj_actors(child, args) if child.dep_ == "dative" else [])
                if found:
                    return found
            if child.dep_ == "ccomp" and not filled:
                found = _named_in_free_relative(child, args)
                if found:
                    return found
    # The pattern's noun binds its own phrase first: "slaps sanctions on Belarus over its role in ..." targets
    # Belarus whichever word the parser hung "on" from.
    for h in heads[1:] + heads[:1]:
        for child in h.children:
            if child.dep_ == "prep" and child.lower_ in markers:
                found = pobj_actors(child, args)
                if found:
                    return found
    # "will cut the tariffs it imposed on Chinese imports": the noun's relative clause says whom it concerns.
    for h in heads[1:]:
        for clause in h.children:
            if clause.dep_ == "relcl":
                for prep in clause.children:
                    if prep.dep_ == "prep" and prep.lower_ in markers:
                        found = pobj_actors(prep, args)
                        if found:
                            return found
    return []


# Complaints and protests name their target in the grievance: "protested to Japan over China's drills" targets China.
GRIEVANCE_ROOTS = {"11", "14"}


def _grievance_target(verb: Token, args: Arguments, g: Grammar) -> list[Mention]:
    """The actor whose act the grievance phrase names: the noun itself or its own modifier, never a deeper one
    ("over its visit to Taiwan" names no one: 'its' is not an actor)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in g.grievance_markers:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.i in args.at:
                return args.all_at(args.at[pobj.i])
            found = modifier_actors(pobj, args)
            if found:
                return found
    return []


PROTEST_ROOT = "14"


def _purpose_target(verb: Token, args: Arguments, g: Grammar) -> list[Mention]:
    """'blocked a road to show their anger at the United States', 'marched to denounce Japan's decision': a protest
    is aimed at whom its purpose clause names as its object."""
    for clause in verb.children:
        if is_purpose_clause(clause, g):
            for obj in clause.children:
                if obj.dep_ in DIRECT_OBJ:
                    found = args.of(obj)
                    if found:
                        return found
    return []


FORCE_POSTURE_ROOT = "15"


def _intended_target(verb: Token, args: Arguments, g: Grammar, nominal_heads: dict) -> list[Mention]:
    """'mobilised army reservists for a possible war against Iraq', 'massed troops for an attack on Ukraine': a show
    of force is aimed at the target of the forceful act it is for."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in g.purpose_prepositions:
            for act in prep.children:
                trigger = nominal_heads.get(act.i)
                if act.dep_ != "pobj" or trigger is None or trigger.code[:2] not in FORCEFUL_ROOTS:
                    continue
                markers = frozenset(w.lower() for w in trigger.object_markers) or g.object_markers
                found = next((found for c in act.children if c.dep_ == "prep" and c.lower_ in markers
                              for found in [pobj_actors(c, args)] if found), [])
                if found:
                    return found
    return []


def _joint(t, verb: Token) -> bool:
    if is_joint(t):
        return True
    own = set(_own_tokens(t))
    return t.code[:2] in MUTUAL_IF_NO_OBJECT_ROOTS and not any(
        c.dep_ in OBJ and c.i not in own for c in verb.children
    )


def _instrument_agents(verb: Token, t, triggers: list, args: Arguments, g: Grammar) -> list[Mention]:
    """'Haniyeh was killed in an Israeli strike': the actor of the attack named in a phrase of a passive forceful
    verb is its agent."""
    attacks = {o.head for o in triggers if o.nominal and o.code[:2] in FORCEFUL_ROOTS} | set(_own_tokens(t))
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in g.instrument_markers:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.i in attacks:
                found = modifier_actors(pobj, args)
                if found:
                    return found
    return []


def _speaker_pronoun(verb: Token, args: Arguments, ctx: SentenceContext) -> list[Mention]:
    """'Iran said it would attack Israel': a pronoun subject of a reported clause is most often the speaker."""
    subject = subject_token(verb)
    if subject is None or not _reported(verb, ctx):
        return []
    # "The OSCE said its monitors would investigate": the speaker's own people act for the speaker
    own = any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in subject.children)
    if subject.lower_ not in ctx.grammar.speaker_pronouns and not own:
        return []
    speaker = _reporter(verb, args, ctx)
    if speaker is None or speaker.actor is None:
        return []
    return [Mention(subject.text, subject.idx, subject.idx + len(subject.text), speaker.actor, subject.lower_,
                    "coref", subject.i, subject.i + 1)]


def _reported(verb: Token, ctx: SentenceContext) -> bool:
    """The verb sits in the complement of a speech verb, whoever the speaker is."""
    tok = verb
    for _ in range(MAX_INHERIT):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in ("ccomp", "parataxis") and ctx.lexicon.is_reporting_verb(tok.head):
            return True
        tok = tok.head
    return False


def _reporter(verb: Token, args: Arguments, ctx: SentenceContext) -> Mention | None:
    """The speaker when the verb sits in the complement of a speech verb ("X said Y attacked Z")."""
    tok = verb
    for _ in range(MAX_INHERIT):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in ("ccomp", "parataxis") and ctx.lexicon.is_reporting_verb(tok.head):
            agents, _, _ = clause_subjects(tok.head, args)
            return agents[0] if agents else None
        tok = tok.head
    return None


def _speaker_states_for_own_side(frame: Frame, g: Grammar) -> None:
    """'Zelenskiy said Kyiv was ready for direct talks', '"We are asking the government of India ...," he said': a
    named official who reports or quotes a statement, appeal, intent, demand, criticism or threat of their own side
    voices it themselves (devsets/README.md); a material act they report keeps its actor, with them as the source."""
    speaker = frame.source
    actor = speaker.actor if speaker is not None else None
    if actor is None or actor.type != PERSON or not is_verbal(frame.trigger.code):
        return
    own = actor.affiliation.key if actor.affiliation is not None else None
    if frame.subjects and all(voices_speakers_side(m, own, g.first_person) for m in frame.subjects):
        frame.subjects = [speaker]
        frame.source = None


# Mediation whose parties are the clause's own actors: "Saudi Arabia and Iran agreed ... in a deal brokered by
# China", "Armenia and Azerbaijan resumed talks under US mediation": the mediator mediates between them.


def _mediation(word: Token, t, args: Arguments, g: Grammar) -> Frame | None:
    if any(c.dep_ == "prep" and c.lower_ in g.between_markers for c in word.children):
        return None  # "brokered a ceasefire between Israel and Hamas": the ordinary reading has the parties
    mediators: list[Mention] = []
    for c in word.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in g.agent_markers:
            mediators = pobj_actors(c, args)
        elif c.dep_ in ("compound", "amod", "poss", "npadvmod") and c.i < word.i:
            mediators = args.of(c)
        if mediators:
            break
    if word.dep_ == "amod":
        # "a US-brokered ceasefire between Israel and Hezbollah": the parties are the noun's
        for c in word.children:
            if not mediators and c.i < word.i and c.i in args.at:
                mediators = args.all_at(args.at[c.i])
                break
        noun = word.head
        parties = [m for p in noun.children if p.dep_ == "prep" and p.lower_ in g.between_markers
                   for pobj in p.children if pobj.dep_ == "pobj" for m in args.of(pobj)]
    elif not mediators and word.pos_ in ("VERB", "AUX"):
        # "Turkey and the UN brokered a deal under which Russia and Ukraine agreed ...": the deal's clause
        mediators, passive, _ = clause_subjects(word, args)
        parties = []
        for obj in word.children:
            if obj.dep_ in OBJ and not passive:
                for clause in obj.children:
                    if clause.dep_ in ("relcl", "acl"):
                        parties, _, _ = clause_subjects(clause, args)
    else:
        clause = clause_verb(word.head if word.pos_ not in ("VERB", "AUX") or word.dep_ == "acl" else word)
        parties, passive, _ = clause_subjects(clause, args)
        if passive:
            parties = []
    parties = [p for p in parties if p not in mediators]
    if not mediators or len(parties) < 2:
        return None
    frame = Frame(t, mediators, parties)
    frame.features.add("mediation")
    return frame


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _nominal(t, noun: Token, args: Arguments, markers: frozenset[str], by_head: dict, g: Grammar) -> Frame | None:
    """'Russia's invasion of Ukraine', 'US sanctions against Russia', 'talks between Israel and Lebanon'."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "adopts sanctions package against Russia": the phrase is the package's
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in g.between_markers:
            parties = [m for pobj in c.children if pobj.dep_ == "pobj" for m in args.of(pobj)]
            if len(parties) > 1:
                frame = Frame(t, parties, list(parties))
                frame.features.update({"nominal", "reciprocal"})
                return frame
    pair = _hyphened_pair(noun, args)
    if pair:
        frame = Frame(t, pair, list(pair))
        frame.features.update({"nominal", "reciprocal"})
        return frame
    agents: list[Mention] = []
    by_agent = None
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
            agents = args.of(c)
            if agents:
                break
        if c.dep_ == "prep" and c.lower_ in g.agent_markers:
            # "the attack by Hamas on Israel", "the massacre of civilians by Hamas gunmen"
            agents = pobj_actors(c, args)
            if agents:
                by_agent = c
                break
        if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in POSSESSIVE_PRONOUNS:
            # "criticised the drills during her visit to Beijing": her = the clause's subject, unless another
            # body stands between them ("sanctions against Russia over its war": its = Russia)
            agents, passive, _ = clause_subjects(clause_verb(noun), args)
            if passive:
                agents = []
            nearer = _nearer_antecedent(c, agents, args)
            if nearer:
                agents = nearer
            if agents:
                break
    if any(c.dep_ == "amod" and c.i in by_head for c in noun.children):
        return None  # "has long opposed sanctions on Russia" (a participle the parser hung on the noun) imposes none
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if not agents and clause is not None:
        agents = _relative_clause_agents(clause, noun, args)
    if not agents and t.code[:2] == CONSULT_ROOT:
        agents = _participants(noun, args, g)
    light = None
    if not agents:
        light = _light_verb(noun, by_head)
        if light is None:
            return None
        agents, passive, _ = clause_subjects(light, args)
        if not agents or passive:
            return None
    # "the sanctions it imposed on Niger": the relative clause says whom the act concerns; "the withdrawal of some
    # forces from Panama": the parser may hang the marker on the noun's "of" object, when that names no actor itself
    themes = [p for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
              for p in of.children if p.dep_ == "pobj" and not named_by(p, args)]
    moved = [x for p in themes for x in p.children]
    # "launched drones, missiles and air strikes against Ukraine": a phrase after the list, which the parser hangs on
    # its first item, is every item's
    first, shared = noun, []
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
        shared += [x for x in first.children if x.i > noun.i]
    for c in [*noun.children, *(clause.children if clause is not None else ()), *moved, *shared]:
        if c.dep_ == "prep" and c.lower_ in markers and c is not by_agent:
            objects = pobj_actors(c, args)
            if objects:
                frame = Frame(t, agents, objects)
                frame.features.add("nominal")
                return frame
    if light is not None:
        # "gave the Ivory Coast 5.1 million dollars of aid": the light verb's recipient is the target.
        chain = {noun.i} | {a.i for a in noun.ancestors if a.i != light.i}
        objects = _targets_of([light], tuple(chain), args, markers)
        if objects:
            frame = Frame(t, agents, objects)
            frame.features.add("nominal")
            return frame
        near = noun.head.i == light.i or (noun.head.head.i == light.i and light.lemma_ == "be")
        if len(agents) > 1 and near and is_joint(t):
            # "Israel and Hamas are in talks over a ceasefire": coordinated parties of a joint act with no target
            frame = Frame(t, agents, list(agents))
            frame.features.update({"nominal", "reciprocal"})
            return frame
    return None


def _participants(noun: Token, args: Arguments, g: Grammar) -> list[Mention]:
    """Who takes part in a meeting or visit named in a phrase of circumstance: the clause's subject ("during a visit
    to Beijing, Prabowo praised China") or the actor the phrase is set beside ("Rubio, on a visit to Mexico City,
    defended the strike")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in g.circumstance_markers:
        return []
    holder = prep.head
    if holder.pos_ in ("VERB", "AUX"):
        agents, passive, _ = clause_subjects(holder, args)
        return [] if passive else agents
    return args.of(holder) if holder.i in args.at else []


def _hyphened_pair(noun: Token, args: Arguments) -> list[Mention]:
    """'the Israel-Hamas war', 'US-China talks': two actors joined by a hyphen before an event noun are its two
    parties, each acting on the other."""
    doc = noun.doc
    for c in noun.children:
        second = args.at.get(c.i)
        if c.dep_ not in NOUN_ARG_DEPS or c.i > noun.i or second is None or second.tok_start < 2:
            continue
        first = args.at.get(second.tok_start - 2)
        if doc[second.tok_start - 1].text == "-" and first is not None:
            parties = args.all_at(first) + args.all_at(second)
            if len({m.actor.key for m in parties if m.actor is not None}) > 1:
                return parties
    return []


def _relative_clause_agents(clause: Token, noun: Token, args: Arguments) -> list[Mention]:
    """'the sanctions it imposed on Niger', 'the strikes Israel carried out': the subject of a relative clause on an
    event noun is its actor; a personal pronoun there is the subject of the noun's own clause ("the bloc would
    maintain the sanctions it imposed")."""
    subject = next((c for c in clause.children if c.dep_ in SUBJ), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS:
        return []  # "the attack that killed 40": the noun is the clause's own subject
    if subject.pos_ != "PRON" or subject.i in args.at:
        return args.of(subject, agent=True)
    agents, passive, _ = clause_subjects(clause_verb(noun), args)
    return [] if passive else agents


def _nearer_antecedent(pronoun: Token, agents: list[Mention], args: Arguments) -> list[Mention]:
    """'its'/'their' after a body named later than the clause's subject refers to that body; 'his'/'her' to a
    person the same way."""
    start = max((m.tok_end for m in agents), default=pronoun.sent.start)
    people = pronoun.lower_ in ("his", "her")
    between = [m for m in args.mentions if start <= m.tok_start and m.tok_end <= pronoun.i
               and m.actor is not None and (m.actor.type == PERSON) == people]
    return args.all_at(between[-1]) if between else []


def _light_verb(noun: Token, by_head: dict) -> Token | None:
    """The verb a nominal trigger is the object of ("launched an attack", "gave … of aid"), if no trigger itself."""
    tok = noun
    for _ in range(3):
        tok = first_conjunct(tok)  # "launched artillery, mortar and rocket fire": a listed object is the verb's too
        if tok.dep_ not in ("dobj", "pobj", "prep", "attr", "oprd") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            # "announced a suspension of air links with Serbia": a bare statement verb carries the act it names.
            trigger = by_head.get(tok.i)
            return tok if trigger is None or trigger.code[:2] == STATEMENT_ROOT else None
    return None


def _controller(verb: Token, by_head: dict, ctx: SentenceContext, nominal_heads: dict | None = None):
    """The control verb whose complement `verb` is, if any."""
    tok = verb
    for _ in range(MAX_INHERIT):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "Trump's threat to strike the cartels", "a call to withdraw": what a demand, threat or offer
            # names is not asserted either
            c = nominal_heads.get(tok.head.i) if nominal_heads else None
            return c if c is not None and c.code[:2] in CONTROL_ROOTS else None
        if tok.dep_ in COMPLEMENT_DEPS or tok.dep_ == "pcomp":
            c = by_head.get(tok.head.i)
            if c is not None:
                if c.code[:2] in CONTROL_ROOTS and not ctx.lexicon.is_reporting_verb(tok.head):
                    return c
                return None
            # "urged Tehran to stop backing the Houthis": a plain verb between passes the control on
        elif tok.dep_ != "conj" and not (tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX")):
            return None
        tok = tok.head
    return None


# Appeals and demands are addressed to whoever is to act: "demanded that Iraq withdraw" targets Iraq.
ADDRESSEE_ROOTS = {"02", "10"}
# A threat's condition names its target: "threatened to strike unless X withdraws" is aimed at X.
CONDITIONED_ROOTS = {"13"}
COMPLEMENT_CHAIN = ("xcomp", "ccomp", "advcl", "acomp")


def _accompanying(clause: Token, g: Grammar) -> bool:
    """An adverbial clause that is no part of what a control verb asks: a participle after a comma ('ordered the
    diplomats to leave, accusing their governments of ...') or a clause of time or cause ('accused them of
    meddling after they refused to recognise Maduro's claim')."""
    if clause.dep_ != "advcl":
        return False
    if clause.tag_ == "VBG" and clause.i > 0 and clause.doc[clause.i - 1].text == ",":
        return True
    return any(c.dep_ == "mark" and c.lower_ in g.clause_breaks for c in clause.children)


def _participle_pronoun_object(verb: Token, agents: list[Mention], args: Arguments, g: Grammar) -> list[Mention]:
    """'Ankara refused to ratify Stockholm's application, accusing it of sheltering PKK members': "it" in a
    participle after a comma is the last actor its sentence named before it, other than the actor itself."""
    if not _accompanying(verb, g) or verb.tag_ != "VBG":
        return []
    pronoun = next((c for c in verb.children if c.dep_ in DIRECT_OBJ and c.lower_ in g.object_pronouns), None)
    if pronoun is None:
        return []
    own = {m.actor.key for m in agents if m.actor is not None}
    before = [m for i, m in sorted(args.at.items()) if i < pronoun.i and verb.sent.start <= i
              and m.actor is not None and m.actor.key not in own]
    return args.all_at(before[-1]) if before else []


ATROCITY_ROOT = "20"  # unconventional mass violence: genocide, ethnic cleansing, weapons of mass destruction
ACCUSE_OF_WAR_CRIMES_CODE, ACCUSE_OF_WAR_CRIMES_GLOSS = "1124", "accuse of war crimes"


def _accusation_of_atrocity(verb: Token, t, authors: list[Mention], args: Arguments, ctx: SentenceContext):
    """The teller's accusation (1124) of the authors of an atrocity told with no victim, or None when nobody tells
    it or the teller tells of their own side."""
    teller = _reporter(verb, args, ctx)
    if teller is None or teller.actor is None or any(m.actor == teller.actor for m in authors if m.actor):
        return None
    trigger = ImpliedTrigger(t.tok_start, t.tok_end, t.head, ACCUSE_OF_WAR_CRIMES_CODE, ACCUSE_OF_WAR_CRIMES_GLOSS,
                             tokens=tuple(t.tokens))
    frame = Frame(trigger, [teller], authors)
    frame.features.add("reported atrocity")
    return frame


INVESTIGATE_ROOT = "09"
CONSIDER_CODE = "014"  # "consider a policy option": what is considered has not happened
UNREALISED_OBJECT_ROOTS = CONTROL_ROOTS - {"11"}  # appeal, intend, demand, reject, threaten: not criticise


def _suspects(verb: Token, t, args: Arguments) -> list[Mention]:
    """'would investigate reports that Ukrainian forces had shelled a village', 'launched an inquiry into whether
    Israeli units had committed abuses': an investigation targets the subject of the clause it looks into."""
    for head in [verb.doc[i] for i in _own_tokens(t)]:
        for phrase in head.children:  # "reports" (object) or "into" (preposition)
            if phrase.dep_ not in OBJ and phrase.dep_ != "prep":
                continue
            for clause in phrase.subtree:
                # the clause hangs on the phrase or one level below it ("inquiry into whether ...")
                if clause.dep_ in ("acl", "pcomp", "ccomp") and clause.head.head.i in (phrase.i, head.i):
                    agents, passive, _ = clause_subjects(clause, args)
                    if agents and not passive:
                        return agents
    return []


def _destination(verb: Token, args: Arguments, g: Grammar) -> list[Mention]:
    """'sent inspectors to Iran to investigate the site', 'sent a team of experts to China to investigate': an
    investigation that is the purpose of sending someone looks into where they were sent (a phrase of the sending
    verb or of its object, before the purpose clause)."""
    if not is_purpose_clause(verb, g):
        return []
    sender = verb.head
    for prep in sender.subtree:
        if prep.i >= verb.left_edge.i:
            break
        if prep.dep_ == "prep" and prep.lower_ in g.destination_markers and _phrase_of(prep, sender):
            found = pobj_actors(prep, args)
            if found:
                return found
    return []


def _phrase_of(tok: Token, verb: Token) -> bool:
    """Whether `tok` hangs on `verb` or on its object's phrase, through no clause of its own."""
    while tok.head.i != verb.i:
        tok = tok.head
        if tok.dep_ not in ("dobj", "pobj", "prep") or tok.head.i == tok.i:
            return False
    return True


def _claimant(verb: Token, args: Arguments, g: Grammar) -> list[Mention]:
    """'Azerbaijan accused Armenia of shelling, a charge Yerevan denied', 'India said it had shot down an F-16, a
    claim Pakistan denied': the verb answers whoever made the claim the noun sums up, the subject of the sentence's
    main clause; 'North Korea fired a missile, a launch Seoul condemned': whoever did the act the noun sums up."""
    noun = verb.head
    # set off by a comma after the clause it sums up; the parser may also take it for a second object
    after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    if verb.dep_ != "relcl" or not (noun.dep_ in ("npadvmod", "appos") or noun.dep_ == "dobj" and after_comma):
        return []
    if noun.lemma_.lower() in g.act_nouns:
        # "fired a missile, a launch that Seoul condemned": the act's own actor, reported or not ("Kyiv said Russia
        # struck, an attack NATO condemned": the parser hangs the noun on "said")
        main = clause_verb(noun.head)
        main = next((c for c in main.children if c.dep_ == "ccomp" and c.i < noun.i), main)
    elif noun.lemma_.lower() in g.claim_nouns:
        main = noun.head
        while main.dep_ in ("ccomp", "conj") and main.head.i != main.i:
            main = main.head
    else:
        return []
    agents, passive, _ = clause_subjects(main, args)
    return [] if passive else agents


def _weighed(noun: Token, by_head: dict) -> bool:
    """An event noun that is the object of a verb considering, threatening, demanding, rejecting ... it ("weighing
    tariffs", "considering new sanctions", "rejected talks") is not asserted: the verb's own event says what happened.
    Criticism presupposes its object ("criticised China's drills": the drills took place)."""
    if noun.dep_ not in OBJ:
        return False
    governing = by_head.get(noun.head.i)
    return governing is not None and (governing.code[:2] in UNREALISED_OBJECT_ROOTS or governing.code == CONSIDER_CODE)


def _elaborates_other_act(verb: Token, t, by_head: dict, nominal_heads: dict, g: Grammar) -> bool:
    """'approved sanctions against Russia, targeting 200 ships of its fleet': a forceful participle after a comma
    says what a peaceful act of its clause aims at (the sanctions target the ships), so it is no attack."""
    if t.code[:2] not in FORCEFUL_ROOTS or not _accompanying(verb, g) or any(c.dep_ in SUBJ for c in verb.children):
        return False  # a clause with its own subject tells its own act ("..., after Russia invaded Ukraine")
    clause = verb.head
    if clause.i in by_head:  # the clause's own act: "approved a package of sanctions"
        return by_head[clause.i].code[:2] not in FORCEFUL_ROOTS
    # a light clause whose object names the act: "announced new sanctions, targeting ..."
    acts = [nominal_heads[o.i] for o in clause.children if o.dep_ in OBJ and o.i in nominal_heads]
    return bool(acts) and all(a.code[:2] not in FORCEFUL_ROOTS for a in acts)


def _denied(verb: Token, g: Grammar) -> bool:
    """The verb heads a clause that a denial verb takes as its content (or a clause coordinated with one)."""
    clause = first_conjunct(verb)
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in g.denying_verbs


def _addressed_to_no_actor(verb: Token, t) -> bool:
    """'called on the international community to ensure Israel abides', 'urged the world to act against Russia':
    the appeal names its addressee and it is no actor, so the actor deep in the complement is not the target."""
    own = _own_tokens(t)
    for child in verb.children:
        if child.dep_ in DIRECT_OBJ and child.i not in own and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if child.dep_ == "prep" and child.i in own and any(c.dep_ == "pobj" for c in child.children):
            return True
    return False


USE_FORCE_CODE, ASSASSINATE_CODE = "190", "186"
DISAPPROVE_ROOT = "11"  # "called Israel a terrorist state", "denounced the raid as ...": the verb's own verdict

# "does not rule out talks": the pattern's own noun is a meeting, so the act left open is a meeting. These read
# taxonomy/refusals.tsv backwards, except mediation: rejecting it left open is accepting it (038), not mediating.
REFUSED_BY_CODE = {"125": "04", "126": "038", "121": "06", "1211": "061", "1212": "062", "122": "07"}


def _left_open(verb: Token, t, nominal_heads: dict):
    """The trigger a negated refusal verb announces: 'does not rule out military cooperation' -> intent to
    cooperate militarily, 'did not rule out strikes on Iran' -> a threat of force (taxonomy.intent_of)."""
    refused = t.refused or REFUSED_BY_CODE.get(t.code)
    if refused is None:
        for obj in verb.children:
            if obj.dep_ in DIRECT_OBJ and obj.i in nominal_heads:
                refused = nominal_heads[obj.i].code
                break
    announced = taxonomy.intent_of(refused) if refused else None
    if announced is None:
        return None
    return replace(t, code=announced, gloss=f"leave open: {t.gloss}")


def _complement_targets(verb: Token, code: str, args: Arguments, markers: frozenset[str], g: Grammar,
                        depth: int = 3) -> list[Mention]:
    """The target a control verb takes from its complement clause, followed down a short xcomp/advcl chain."""
    if depth == 0:
        return []
    if code[:2] in CONDITIONED_ROOTS:
        # "threatened to launch an offensive unless Baghdad accepted": the threat is aimed at whoever must act.
        for tok in verb.subtree:
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" and g.modality_of(c.lower_) == "conditional"
                                           for c in tok.children):
                for sub in tok.children:
                    if sub.dep_ in SUBJ:
                        found = args.of(sub)
                        if found:
                            return found
    for child in verb.children:
        if child.dep_ not in COMPLEMENT_CHAIN or _accompanying(child, g):
            continue
        if code[:2] in ADDRESSEE_ROOTS:
            for sub in child.children:
                if sub.dep_ in SUBJ:
                    found = args.of(sub)
                    if found:
                        return found
        found = _targets_of([child], range(child.i, child.i + 1), args, markers)
        if found or child.dep_ == "ccomp":
            return found
        found = _complement_targets(child, code, args, markers, g, depth - 1)
        if found:
            return found
    return []


# In a sentence of a match report only what people say or do to each other as such can be an event: "Argentina beat
# Colombia", "will defend their title against France" are no assault and no protection.
SPORT_KEEPS_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


def assign_roles(sent: Span, mentions: list[Mention], triggers: list, ctx: SentenceContext) -> list[Frame]:
    g: Grammar = ctx.grammar
    if g.sport_words and any(tok.lower_ in g.sport_words for tok in sent):
        triggers = [t for t in triggers if t.code[:2] in SPORT_KEEPS_ROOTS]
    doc = sent.doc
    # "Iran-aligned groups attacked": a backer is no party to the clause; a broker is the mediation's own actor
    parties = [m for m in mentions if not backs_a_noun(doc, m, g.sponsor_participles)]
    args = Arguments(parties, g)
    brokers = args if len(parties) == len(mentions) else Arguments(mentions, g)
    frames: list[Frame] = []
    by_head = {t.head: t for t in triggers if not t.nominal}
    nominal_heads = {t.head: t for t in triggers if t.nominal}
    for t in triggers:
        verb = doc[t.head]
        # A row's own markers replace the defaults ("meet" takes "with", not "on the sidelines of"); an addressee
        # ("protested to Japan") is always a target.
        markers = (frozenset(w.lower() for w in t.object_markers) | g.addressee_markers if t.object_markers
                   else g.object_markers)
        if t.code[:2] in FORCEFUL_ROOTS:
            markers |= g.locative_markers
        if _controller(verb if not t.nominal else clause_verb(verb), by_head, ctx, nominal_heads) is not None:
            continue
        if not t.nominal and _elaborates_other_act(verb, t, by_head, nominal_heads, g):
            continue
        if t.nominal and _weighed(verb, by_head):
            continue  # "is weighing tariffs on Chinese cars": the tariffs are not imposed
        if not t.nominal and any(c.dep_ == "mark" and c.lower_ in g.undecided for c in verb.children):
            continue  # "would review whether to send weapons to Ukraine": an open question
        if not t.nominal and _denied(verb, g):
            continue  # "denied that Tehran had ordered the attack": the denial is the act, not what it denies
        if not t.nominal and (naming_verdict(verb, g) is not None
                              or names_its_object(verb, g) and t.code[:2] != DISAPPROVE_ROOT):
            continue  # "called China a threat" names, it does not phone (a verdict is coded by namings)
        if t.code.startswith(MEDIATION_CODE):
            frame = _mediation(verb, t, brokers, g)
            if frame is not None:
                frames.append(frame)
                continue
        if t.nominal:
            frame = _nominal(t, verb, args, markers, by_head, g)
        else:
            if t.code[:2] == STATEMENT_ROOT and ctx.lexicon.is_reporting_verb(verb) and not any(
                c.dep_ == "prep" and c.lower_ in g.addressee_markers for c in verb.children
            ):
                continue
            agents, passive, patients = clause_subjects(verb, args)
            if passive and any(f"{verb.lower_} {c.lower_}" in g.stative_participles
                               for c in verb.children if c.dep_ == "prep"):
                # "Israel is opposed to mediation by France": a state of the subject, not a passive; the by-phrase
                # is the mediation's
                agents, passive = patients, False
                by = [m for c in verb.children if c.dep_ == "agent" for m in pobj_actors(c, args)]
                patients = []
            else:
                by = []
            if not agents and not passive:
                agents = _speaker_pronoun(verb, args, ctx)
            topic = verb.lemma_.lower() in g.topic_verbs
            objects = patients if passive else _targets(t, verb, args, markers, topic) or by
            if topic and not objects and not passive:
                # "Macron discussed Ukraine's security with Zelensky": the partner may hang inside the topic
                objects = next((found for obj in verb.children if obj.dep_ in DIRECT_OBJ
                                for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in markers
                                for found in [pobj_actors(prep, args)] if found), [])
            if not passive and t.code[:2] in GRIEVANCE_ROOTS and not any(
                c.dep_ in OBJ and args.of(c) for c in verb.children
            ):  # "slammed the US over the Taiwan arms sale" targets the US it names, not the grievance's Taiwan
                objects = _grievance_target(verb, args, g) or objects
            if not objects and not passive and t.code[:2] == PROTEST_ROOT:
                objects = _purpose_target(verb, args, g)
            if not objects and not passive and t.code[:2] == FORCE_POSTURE_ROOT:
                objects = _intended_target(verb, args, g, nominal_heads)
            if not objects and not passive:
                objects = _claimant(verb, args, g)
            if not objects and not passive and t.code[:2] == INVESTIGATE_ROOT:
                objects = _suspects(verb, t, args) or _destination(verb, args, g)
            if not objects and not passive and t.code[:2] in CONTROL_ROOTS and not (
                t.code[:2] in ADDRESSEE_ROOTS and _addressed_to_no_actor(verb, t)
            ):
                objects = _complement_targets(verb, t.code, args, markers, g)
            if not objects and not passive and agents:
                objects = _participle_pronoun_object(verb, agents, args, g)
            if not objects and not passive and len(agents) > 1 and _joint(t, verb):
                # "Jordan and Britain have agreed to ...": coordinated actors act on each other.
                objects = list(agents)
            if passive and not agents and t.code[:2] in FORCEFUL_ROOTS:
                agents = _instrument_agents(verb, t, triggers, args, g)
            if passive and not agents:
                continue
            if agents and not objects and not passive and t.code[:2] == ATROCITY_ROOT:
                # "the United States determined that the RSF had committed genocide": an atrocity told with no
                # victim named is the teller's accusation of its author
                frame = _accusation_of_atrocity(verb, t, agents, args, ctx)
                if frame is None:
                    continue
            else:
                frame = Frame(t, agents, objects) if agents and objects else None
            if frame is not None:
                if objects == agents:
                    frame.features.add("reciprocal")
                if passive:
                    frame.features.add("passive")
                frame.distance = max(
                    [abs(m.tok_start - verb.i) for m in agents + objects] or [0]
                )
        if frame is None or is_obliged(verb, g) or not t.nominal and is_subjunctive(verb, ctx):
            continue
        frame.negated = is_negated(verb, t, g)
        if t.code == USE_FORCE_CODE and verb.lemma_.lower() in g.killing_words and all(
                m.actor is not None and m.actor.type == PERSON for m in frame.objects):
            frame.trigger = replace(t, code=ASSASSINATE_CODE, gloss="assassinate")
        if frame.negated and not t.nominal and verb.lemma_.lower() in g.open_when_negated:
            announced = _left_open(verb, t, nominal_heads)
            if announced is not None:
                frame.trigger, frame.negated = announced, False
        reporter = _reporter(verb, args, ctx)
        frame.modality = clause_modality(verb, g, reported=reporter is not None or _reported(verb, ctx))
        if reporter is not None and reporter not in frame.subjects:
            frame.source = reporter
            _speaker_states_for_own_side(frame, g)
        region = ctx.quote_at(verb.idx)
        if region is not None:
            frame.quote = True
            frame.source = region.speaker
            _speaker_states_for_own_side(frame, g)  # '"Vietnam strongly opposes ...," spokeswoman Pham Thu Hang said'
        frames.append(frame)
    return frames + obligations(sent, args, ctx) + judgements(sent, args, ctx) + told_accusations(sent, args, ctx)
