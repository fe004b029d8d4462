"""Role assignment from word order, voice morphology and function words.

For languages without a trained parser (Indonesian today). Indonesian is SVO with voice marked on the verb: an active
meN- verb takes its agent on the left and its target on the right; a passive di- verb takes its patient on the left
and its agent after "oleh" (or straight after the verb); a nominal trigger ("serangan Rusia terhadap Ukraina") takes
its agent as the genitive right after it and its target after a preposition. Everything language-specific is read
from grammar.toml; the trigger's voice comes from the lexicon's morphology.

The strategy is split by job: `linear_clauses.py` (word classes and clause boundaries), `linear_arguments.py`
(subject, target and agent search), `linear_nouns.py` (event-noun phrases), `linear_speech.py` (reported speech and
quotes) and `linear_chains.py` (predicates that lean on another); this module reads each trigger's clause.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.extract import cues
from newsgraph.extract.frames import (
    CONTROL_ROOTS,
    STATEMENT_ROOT,
    FORCEFUL_ROOTS,
    MEDIATION_CODE,
    Frame,
    MUTUAL_IF_NO_OBJECT_ROOTS,
    SentenceContext,
    is_joint,
)
from newsgraph.extract.grammar import Grammar
from newsgraph.extract.linear_arguments import Sentence
from newsgraph.extract.linear_chains import (
    by_id,
    continues_predicate,
    control_complements,
    denied_accusation,
    mediated_parties,
    serves_purpose,
    shares_subject,
)
from newsgraph.extract.linear_nouns import CONSULT_ROOT, GENITIVE_REACH, aid_arrives, nominal_frame
from newsgraph.extract.linear_speech import according_to, attribute, obligations, plain_reports, \
    reported_violations, verdicts
from newsgraph.model import Mention


# Roots whose target is an addressee or a partner, never where something came from.
_NO_SOURCE_TARGET_ROOTS = frozenset({"01", "04"})
# Roots whose partner is never what they are about: talks, diplomatic and material cooperation.
_NO_TOPIC_TARGET_ROOTS = frozenset({"04", "05", "06"})
THREAT_ROOT = "13"
RELATIVE_REACH = 20  # words between an event noun and the 'yang' clause that tells what it did
# Acts whose target a place may name: force ("menyerang kilang di Rusia"), and protests and shows of force staged
# at or around it ("berunjuk rasa di depan Kedutaan Besar India", "mengerahkan kapal perang di sekitar Taiwan").
LOCATIVE_TARGET_ROOTS = FORCEFUL_ROOTS | {"14", "15"}


def assign_roles(sent: Span, mentions: list[Mention], triggers: list, ctx: SentenceContext) -> list[Frame]:
    g: Grammar = ctx.grammar
    # "Operasi Sindoor", an unknown name the resolver took for an actor: a named operation acts on nobody;
    # "dolar AS" is money
    places = g.linear.get("place_heads", frozenset())
    vessels = g.linear.get("vessel_heads", frozenset())
    mentions = [m for m in mentions
                if not (m.unknown_name and sent.doc[m.tok_start].lower_ in g.non_actor_heads)
                and not (m.tok_start > sent.start and sent.doc[m.tok_start - 1].lower_ in g.currency_words)
                # "Rumah Sakit Indonesia di Beit Lahia" is a hospital, not Indonesia
                and not (m.tok_start > sent.start and sent.doc[m.tok_start - 1].lower_ in places)
                # "membajak kapal Galaxy Leader": a ship's name nobody knows is the ship
                and not (m.unknown_name and m.tok_start > sent.start and sent.doc[m.tok_start - 1].lower_ in vessels)]
    sport = g.sport_words
    if sport and any(tok.lower_ in sport for tok in sent):
        # "Korea Selatan menyerang balik ... dan menyamakan kedudukan melawan Jepang": a match report's attacks,
        # shots and defeats are no use of force
        triggers = [t for t in triggers if t.code[:2] not in FORCEFUL_ROOTS]
    if ctx.headline:
        # "TNI AL dan Angkatan Laut Rusia Gelar Latihan Gabungan Perdana": a title-case run nobody knows that holds
        # a trigger's words is the predicate, not a person's name (the resolver's fix would keep Russia)
        predicate = {k for t in triggers for k in range(t.tok_start, t.tok_end)}
        mentions = [m for m in mentions
                    if not ((m.unknown_name or m.how in ("name", "role")) and m.actor is not None
                            and m.actor.type == "person" and not m.actor.qid
                            and any(k in predicate for k in range(m.tok_start, m.tok_end)))]
    s = Sentence(sent, mentions, triggers, g)
    s.lexicon = ctx.lexicon
    s.headline = ctx.headline
    nominal_heads = {t.tok_end - 1 for t in triggers if t.nominal and not s.predicative(t)}
    reports: list[tuple[int, list[Mention]]] = plain_reports(s, triggers, nominal_heads)  # (end of verb, speakers)
    complements = control_complements(s, triggers)
    frames: list[Frame] = []
    according = according_to(s)

    previous: Frame | None = None  # the last active verbal predicate's frame
    last_subjects: list[Mention] = []  # the subject of the last active verbal predicate, with or without a frame
    for t in sorted(triggers, key=lambda t: t.tok_start):
        if id(t) in complements.values():
            continue
        s.trigger_tokens_of_current = set(range(t.tok_start, t.tok_end))
        own = frozenset(w.lower() for w in (t.object_markers or ()))
        markers = own | g.object_markers
        if t.code[:2] in _NO_SOURCE_TARGET_ROOTS:
            markers -= g.source_markers - own
        if t.code[:2] in _NO_TOPIC_TARGET_ROOTS:
            # "menandatangani nota kesepahaman tentang ... pekerja migran Indonesia": what an accord or talks are
            # about names no partner
            markers -= g.topic_markers - own
        reporting = ctx.lexicon.is_reporting_verb(s.doc[t.head])
        frame = _frame_for(s, t, markers, nominal_heads, complement=by_id(triggers, complements.get(id(t))))
        if frame is None and previous is not None and serves_purpose(s, previous, t) and \
                not s.object_right(t.head + 1, markers, after=t.tok_end)[0]:
            # "menelepon Min Aung Hlaing untuk menyampaikan belasungkawa": the call's parties, the purpose's act
            frame = Frame(t, list(previous.subjects), list(previous.objects),
                          distance=t.tok_start - previous.trigger.tok_end)
        if reporting:
            speakers, _ = s.subject_left(t.tok_start, nominal_heads)
            if speakers:
                reports.append((t.tok_end, speakers))
                reports.sort(key=lambda r: r[0])
                # "Nauru mengumumkan pemutusan hubungan ... dan beralih mengakui Republik Rakyat China"
                last_subjects = list(speakers)
            # Saying is an event only towards an addressee ("mengatakan kepada NATO"); a speech act with a class
            # of its own ("memperingatkan AS", "menuduh NATO") is one in any case.
            # A phrase that says what was expressed ("menyampaikan terima kasih atas perhatian Indonesia") names
            # whom it concerns with its own markers, as "menyatakan optimisme terhadap" does.
            phrase = len((getattr(t, "pattern", "") or "").split()) > 1 and t.code != STATEMENT_ROOT + "0"
            statement = t.code[:2] == STATEMENT_ROOT and not phrase
            if frame is None and t.code[:2] == STATEMENT_ROOT or frame is not None and statement and not any(
                    s.addressed(o) for o in frame.objects):
                continue  # (an act of another class may still take the last subject: "dan beralih mengakui")
            if s.says_event(t.head):
                continue  # "menyampaikan dukungan kepada Palestina": the support is the event, not the saying
        if previous is not None and shares_subject(s, previous, t):
            # "Rusia mengecam NATO dan menyerang Ukraina": the second predicate's subject is the first's, not
            # the first's object
            if frame is None:
                objects, distance = s.object_right(t.head + 1, markers)
                frame = Frame(t, list(previous.subjects), objects, distance=distance) if objects else None
            else:
                frame.subjects = list(previous.subjects)
        # ("PBB menuduh Myanmar melakukan pembersihan etnis, tuduhan yang dibantah Naypyidaw": not Myanmar's own)
        frame = denied_accusation(s, t, frames) or frame
        active_verb = not t.nominal and (t.voice or "active") != "passive"
        if frame is None and active_verb and last_subjects and continues_predicate(s, t):
            # "Pakistan menyatakan tetap berkomitmen ... dan justru menuduh India ...", "AS akan terus bekerja sama
            # dengan Indonesia, tetapi belum memberi selamat kepada Prabowo": no subject of its own, so the last one
            if not s.subject_left(t.tok_start, nominal_heads)[0]:
                objects, distance = s.object_right(t.head + 1, markers)
                frame = Frame(t, list(last_subjects), objects, distance=distance) if objects else None
        if active_verb:
            here = frame.subjects if frame is not None else s.subject_left(t.tok_start, nominal_heads)[0]
            if here:
                last_subjects = list(here)
        if frame is None:
            continue
        if active_verb:
            previous = frame
        if frame.subjects and frame.subjects[0].tok_start < t.tok_start and s.asked(frame.subjects[0]) \
                and not s.ceased(t):
            continue  # "meminta Rusia menghentikan serangan dan menarik pasukannya": asked, not done
        cstart = cues.clause_start(s.doc, t.tok_start, sent.start, g)
        if cues.obliged_before(s.doc, t.tok_start, cstart, g):
            continue  # what someone must do is their addressee's demand (obligations), not an act
        frame.negated = cues.negation_before(s.doc, t.tok_start, cstart, g) or (
            # "tidak mungkin dapat melanjutkan dialog": an event noun is negated with the plain verb it is the
            # object of (one that is no trigger itself: "tidak mengecam serangan NATO" does not deny the attack)
            t.nominal and t.tok_start - 1 > cstart and not any(
                o.tok_start <= t.tok_start - 1 < o.tok_end for o in triggers)
            and cues.negation_before(s.doc, t.tok_start - 1, cstart, g))
        frame.modality = cues.modality_before(s.doc, t.tok_start, cstart, g)
        manner_of = t.tok_start - 2  # "tidak akan membalas dengan menaikkan tarif": how a denied act would be done
        if manner_of > cstart and s.word(t.tok_start - 1) in g.manner_markers and s.verb_or_trigger(manner_of):
            frame.negated = frame.negated or cues.negation_before(s.doc, manner_of, cstart, g)
            frame.modality = frame.modality or cues.modality_before(s.doc, manner_of, cstart, g)
        attribute(frame, t, s, reports, according, ctx)
        frames.append(frame)
    for frame in mediated_parties(s, triggers, frames):
        attribute(frame, frame.trigger, s, reports, according, ctx)
        frames.append(frame)
    return frames + obligations(s, reports, according, ctx) + reported_violations(s, triggers, reports, according,
                                                                                   ctx, nominal_heads) \
        + verdicts(s, reports, according, ctx)


def _frame_for(s: Sentence, t, markers: frozenset[str], nominal_heads: set[int], complement=None) -> Frame | None:
    if t.nominal and not s.predicative(t):
        return nominal_frame(s, t, markers)
    voice = t.voice or "active"
    if voice == "passive":
        patients, dl = s.patient_left(t.tok_start)
        agents, dr, implicit = s.agent_after(t.tok_end)
        if not patients or not agents:
            return None
        return Frame(t, agents, patients, distance=max(dl, dr), implicit_agent=implicit)
    if t.code[:2] == CONSULT_ROOT:
        arrived = aid_arrives(s, t, markers)
        if arrived is not None:
            return arrived
    subjects, dl = _relative_event_agent(s, t) or s.subject_left(t.tok_start, nominal_heads)
    if not subjects:
        subjects = s.listed_members(t.tok_start, t.tok_end)
    if t.code[:2] in LOCATIVE_TARGET_ROOTS:
        markers = markers | s.g.locative_markers
    last = s.word(t.tok_end - 1)
    if t.tok_end - t.tok_start > 1 and last in s.g.oblique_markers:
        markers = markers | {last}  # a pattern ending in its own preposition marks its object: "tiba di Beijing"
    # From the head, so that a pattern's object slot is searched too ("menyalahkan * atas serangan").
    objects, dr = s.object_right(t.head + 1, markers, after=t.tok_end)
    if objects and objects[0].tok_start >= t.tok_end and _slot_holds_target(s, t):
        objects, dr = [], 0  # "menyebut serangan itu sebagai pelanggaran terhadap kedaulatan Qatar": Qatar is the victim
    if objects and t.code[:2] == CONSULT_ROOT and not t.code.startswith(MEDIATION_CODE) and \
            _topic_target(s, t, objects[0]):
        objects, dr = [], 0  # "membahas serangan AS terhadap Iran": Iran is the topic's target, not a partner
    partner = frozenset(w.lower() for w in (t.object_markers or ()))
    if objects and t.code[:2] == CONSULT_ROOT and s.word(t.head) in s.g.observing_verbs and partner and \
            not s.marked_by(objects[0], partner):
        # "Keduanya membahas keamanan kawasan dan keketuaan Malaysia di ASEAN": what is discussed names no
        # partner; one is marked ("membahas kerja sama dengan Jepang")
        objects, dr = [], 0
    if not objects and t.code[:2] in CONTROL_ROOTS and t.tok_end < s.sent.end and \
            s.word(t.tok_end) in s.g.purpose_markers:
        # "menyerukan agar kedua negara menahan diri": the appeal's addressee opens the clause it asks for
        # ("meminta agar warganya meninggalkan Iran" asks nothing of Iran)
        addressee = s.mention_in_phrase(t.tok_end + 1)
        if addressee is not None:
            objects, dr = s.coordinated_right(addressee), addressee.tok_start - t.tok_end
    if not objects and complement is not None and not (s.plain_object_after(t) and not s.verb_like(t.tok_end)):
        # ("memperingatkan negara-negara Barat agar tidak mengirim rudal ke Ukraina": the warning is addressed to
        # a noun that names no actor we know; Ukraine is where the missiles would go, not the one warned)
        objects, dr = s.object_right(complement.tok_end, markers)
        dr += complement.tok_end - t.tok_end
    # (the parties' own object, if any, is no actor here, so the no-object condition cannot be checked)
    mutual = is_joint(t) or t.code[:2] in MUTUAL_IF_NO_OBJECT_ROOTS and not s.plain_object_after(t)
    if not objects and len(subjects) > 1 and mutual:
        # "Indonesia dan Australia sepakat", "India dan Pakistan saling tuduh", "... bentrok": they act on each other.
        frame = Frame(t, subjects, list(subjects), distance=dl)
        frame.features.add("reciprocal")
        return frame
    if voice == "object_focus" and not objects:
        # "Moskow mereka kecam": patient, agent, bare verb.
        agent = s.at.get(t.tok_start - 1)
        before = agent.tok_start - 1 if agent is not None else -1
        coordinated = before >= s.sent.start and s.word(before) in s.g.coordinators
        # ("Jepang dan Korsel protes": two subjects of a headline's bare verb, not patient and agent)
        if agent is not None and subjects and subjects[-1] is agent and not coordinated:
            patients, _ = s.patient_left(agent.tok_start)
            if patients:
                return Frame(t, [agent], patients, distance=dl)
    if not objects and t.code[:2] == THREAT_ROOT:
        objects, dr = _conditional_target(s, t)
        objects = [o for o in objects if o not in subjects]
    if not subjects or not objects:
        return None
    return Frame(t, subjects, objects, distance=max(dl, dr))


def _conditional_target(s: Sentence, t) -> tuple[list[Mention], int]:
    """'Iran mengancam akan menutup Selat Hormuz jika Amerika Serikat menyerang': a threat that names nobody is made
    against whoever opens the condition it hangs on."""
    for k in range(t.tok_end, s.sent.end - 1):
        if s.closes_quote(k):
            break
        if s.g.modality_of(s.word(k)) == "conditional":
            m = s.mention_in_phrase(k + 1)
            return (s.coordinated_right(m), m.tok_start - t.tok_end) if m is not None else ([], 0)
    return [], 0


def _relative_event_agent(s: Sentence, t) -> tuple[list[Mention], int] | None:
    """'mengecam serangan Israel terhadap Rumah Sakit Indonesia di Beit Lahia, ..., yang menewaskan 12 warga
    Palestina': a verb in a relative clause whose antecedent is an event noun of its own class (force: any force)
    has that event's agent as subject."""
    i = t.tok_start - 1
    while i > s.sent.start and s.word(i) != "yang" and (s.word(i) in s.g.auxiliaries or s.word(i) in s.g.negators):
        i -= 1
    if i <= s.sent.start or s.word(i) != "yang":
        return None
    for k in range(i - 1, max(s.sent.start, i - RELATIVE_REACH) - 1, -1):
        if s.is_break(k) or s.verbal_trigger_at(k):
            return None
        noun = s.trigger_heads.get(k)
        if noun is None or not noun.nominal:
            continue
        if not (noun.code[:2] == t.code[:2] or {noun.code[:2], t.code[:2]} <= FORCEFUL_ROOTS):
            return None
        for j in range(noun.tok_end, min(s.sent.end, noun.tok_end + GENITIVE_REACH)):
            m = s.at.get(j)
            if m is not None:
                return (s.coordinated_right(m), t.tok_start - m.tok_end) if not s.preceded_by(
                    m, s.g.oblique_markers) else None
            if s.word(j) in s.g.oblique_markers:
                return None
        return None
    return None


def _slot_holds_target(s: Sentence, t) -> bool:
    """A row with an object slot inside its words ('tuduh * melakukan agresi', 'sebut * sebagai pelanggaran') and no
    target markers of its own names its target in the slot: a mention after the phrase is someone else."""
    words = (getattr(t, "pattern", "") or "").split()
    interior = "*" in words[1:-1]
    return interior and tuple(t.object_markers or ()) == tuple(getattr(s.lexicon, "default_markers", ()))


def _topic_target(s: Sentence, t, m: Mention) -> bool:
    """The mention follows an event noun after the talks verb and is not marked as a partner by the verb's own
    lexicon markers ('membahas serangan terhadap Iran'; but 'membahas kerja sama dengan Jepang' names the partner)."""
    nouns = [v for v in s.trigger_heads.values() if v.nominal and t.tok_end <= v.tok_start < m.tok_start]
    partner = frozenset(w.lower() for w in (t.object_markers or ()))
    return bool(nouns) and not (partner and s.marked_by(m, partner))
