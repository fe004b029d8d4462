"""Event-noun phrases: who did what to whom in "serangan Rusia terhadap Ukraina" and its kin.

A nominal trigger takes its agent as the genitive right after it and its target after a preposition; an agent
phrase ("oleh"), a source of aid ("dari"), the parties of talks ("antara"), a relative clause ("yang menyasar ..."),
the casualties of an attack and the light verb a noun is the object of ("melanjutkan perundingan") are read too.
Nouns that are only offered, asked for or the topic of talks are no events.
"""

from __future__ import annotations

from newsgraph.extract.frames import FORCEFUL_ROOTS, Frame, is_joint
from newsgraph.extract.linear_arguments import MAX_RIGHT, Sentence
from newsgraph.model import Mention

GENITIVE_REACH = 3  # "serangan militer besar Rusia"
# Consultations (talks, negotiations) and the verbs after which an event noun is only wished for: appeals (02),
# intents and offers (03), demands (10).
CONSULT_ROOT = "04"
AID_ROOT = "07"
UNASSERTING_ROOTS = frozenset({"02", "03", "10"})
WISH_REACH = 4  # plain words between an offer or appeal and the event noun it is about: "siap berperan dalam mendorong"
TOPIC_REACH = 4  # words of topic between a talks noun and its "antara": "perundingan pembebasan sandera antara"


def nominal_frame(s: Sentence, t, markers: frozenset[str]) -> Frame | None:
    """'serangan Rusia terhadap Ukraina', 'sanksi AS terhadap Rusia', 'tuduhan Rusia bahwa NATO …'."""
    if _unasserted_noun(s, t):
        return None
    by_agent = _nominal_by_agent(s, t, markers) or _aid_from(s, t, markers)
    if by_agent is not None:
        return by_agent
    parties = _talks_between(s, t)
    if parties:
        return _reciprocal(t, parties, 0)
    likened = _likened_target(s, t)
    agents: list[Mention] = []
    for i in range(t.tok_end, min(s.sent.end, t.tok_end + GENITIVE_REACH)):
        if likened is not None:
            break  # "mengumumkan pengakuan serupa": the likeness word stands for the target, not the agent
        if s.word(i) in s.g.oblique_markers and s.word(i) not in s.g.between_markers:
            break  # "kecaman atas serangan Israel": Israel is in the phrase the criticism is about, no genitive
        if s.doc[i].is_punct:
            break  # "Usai pertemuan, Menteri Luar Negeri Sugiono dan ...": the clause's subject, not the noun's
        m = s.at.get(i)
        if m is not None:
            if s.marked_by(m, s.g.between_markers):
                # "perundingan antara Armenia dan Azerbaijan", "bentrokan antara demonstran Serbia dan pasukan
                # penjaga perdamaian NATO": the parties act on each other.
                parties = s.coordinated_right(m)
                return _reciprocal(t, parties, i - t.tok_end) if len(parties) > 1 else None
            if not s.preceded_by(m, s.g.oblique_markers):
                agents = s.coordinated_right(m)
            break
    light = False
    if not agents:
        # "AS dan Tiongkok melanjutkan perundingan dagang": the noun is the object of a verb the lexicon does not
        # know, whose subject is the event's agent.
        verb = s.before_measure_words(t.tok_start - 1)  # ("mengumumkan paket bantuan untuk Ukraina")
        if verb < s.sent.start or not (s.verb_like(verb) or s.says_event(verb)):
            return None
        if s.word(verb) in s.g.observing_verbs:
            return None  # "Turki menyaksikan serangan terhadap Suriah": watched, not done
        agents, _ = s.subject_left(verb, set())
        light = True
        if agents and s.asked(agents[0]) and not s.ceased(t):
            return None  # "Moskow menuduh Kyiv meningkatkan serangan drone": the accused act is not asserted
    if not agents:
        return None
    # "X berterima kasih kepada Y atas perannya dalam mengakhiri pertempuran": with the agent found left of a
    # plain verb, the target is looked for after the event noun, never back over the verb
    objects, dr = ([likened], 0) if likened is not None else s.object_right(
        t.tok_end if light else agents[-1].tok_end, markers, require_marker=True)
    after = agents[-1].tok_end
    if not objects and after < s.sent.end and s.word(after) in s.g.complementizers:
        # "tuduhan Rusia bahwa NATO …": the claim is about whoever the complement names first.
        m = s.at.get(after + 1)
        objects, dr = (s.coordinated_right(m), 1) if m is not None else ([], 0)
    if not objects and not light:
        objects, dr = _relative_target(s, t, after, markers)
    if not objects and t.code[:2] in FORCEFUL_ROOTS:
        objects, dr = _casualties(s, t)
    if not objects:
        # "Latihan militer gabungan Amerika Serikat dan Korea Selatan": joint parties with no target; "Kedua
        # pemimpin saling melontarkan kritik": a reciprocal word before the light verb
        mutual = light and _reciprocal_before(s, t.tok_start - 1)
        return _reciprocal(t, agents, 0) if len(agents) > 1 and (is_joint(t) or mutual) else None
    if light and objects == agents:
        return None
    frame = Frame(t, agents, objects, distance=dr)
    frame.features.add("nominal")
    return frame


def _likened_target(s: Sentence, t) -> Mention | None:
    """The target event anaphora found for a likeness word right after the noun ('pengakuan serupa')."""
    m = s.at.get(t.tok_end)
    if m is None or m.how != "event" or s.word(t.tok_end) not in s.g.anaphor_likeness:
        return None
    return m


def _casualties(s: Sentence, t) -> tuple[list[Mention], int]:
    """'Dua tentara India tewas dalam serangan pasukan Pakistan': those killed or wounded in an attack are its
    target (the casualty words and the links before the attack noun are grammar.toml [linear] data)."""
    i = t.tok_start - 1
    if i > s.sent.start and s.word(i) in s.g.linear.get("casualty_links", ()):
        i -= 1
    while i > s.sent.start and s.word(i) in s.g.auxiliaries:
        i -= 1
    if i <= s.sent.start or s.word(i) not in s.g.linear.get("casualty_words", ()):
        return [], 0
    victims, distance = s.patient_left(i)
    return victims, distance + t.tok_start - i


def _unasserted_noun(s: Sentence, t) -> bool:
    """An event noun that is only offered, asked for or announced ('menawarkan diri menengahi pembicaraan antara Iran
    dan AS', 'menyerukan perundingan antara ...'), or the topic of talks ('perundingan pembebasan sandera antara
    Israel dan Hamas': the talks are the event, not a release)."""
    before = next((v for v in s.trigger_heads.values() if v.tok_end == t.tok_start), None)
    if before is None:
        return _wished_for(s, t)
    if before.nominal:
        return before.code[:2] == CONSULT_ROOT and t.code[:2] != CONSULT_ROOT
    return before.code[:2] in UNASSERTING_ROOTS


def _wished_for(s: Sentence, t) -> bool:
    """'Indonesia siap berperan dalam mendorong perundingan damai antara Rusia dan Ukraina': an event noun a few plain
    words after an offer, appeal or demand, with no actor between, is what is offered or asked for."""
    i = t.tok_start - 1
    for _ in range(WISH_REACH):
        if i < s.sent.start or i in s.at or s.is_break(i):
            return False
        v = next((u for u in s.trigger_heads.values() if u.tok_end == i + 1), None)
        if v is not None:
            return not v.nominal and v.code[:2] in UNASSERTING_ROOTS
        tok = s.doc[i]
        if not (tok.is_alpha and tok.is_lower):
            return False
        i -= 1
    return False


def _talks_between(s: Sentence, t) -> list[Mention]:
    """'perundingan pembebasan sandera antara Israel dan Hamas': the parties of a consultation after 'antara', a few
    words of topic between."""
    if t.code[:2] != CONSULT_ROOT:
        return []
    for i in range(t.tok_end, min(s.sent.end, t.tok_end + TOPIC_REACH + 1)):
        if s.is_break(i) or s.verbal_trigger_at(i) or s.word(i) == "," or i in s.at:
            return []
        if s.word(i) in s.g.between_markers:
            m = s.mention_in_phrase(i + 1)
            parties = s.coordinated_right(m) if m is not None else []
            return parties if len(parties) > 1 else []
    return []


def _nominal_by_agent(s: Sentence, t, markers: frozenset[str]) -> Frame | None:
    """'penahanan 12 nelayan Indonesia oleh otoritas Australia', 'serangan terhadap Ukraina oleh Rusia': an agent
    phrase in the noun's phrase names who acted; the actor after the noun, or the marked one, is the target."""
    target = None
    for i in range(t.tok_end, min(s.sent.end, t.tok_end + MAX_RIGHT)):
        if s.is_break(i) or s.verbal_trigger_at(i) or s.closes_quote(i) or s.word(i) == ",":
            return None
        if s.word(i) in s.g.agent_markers:
            agent = s.mention_in_phrase(i + 1)
            if agent is None or target is None:
                return None
            frame = Frame(t, s.coordinated_right(agent), s.coordinated_right(target), distance=agent.tok_start - t.tok_end)
            frame.features.add("nominal")
            return frame
        m = s.at.get(i)
        if m is not None and target is None:
            governed = s.marked_by(m, markers) or not s.preceded_by(m, s.g.oblique_markers)
            if not governed:
                return None
            target = m
    return None


def _aid_from(s: Sentence, t, markers: frozenset[str]) -> Frame | None:
    """'bantuan kemanusiaan dari Pemerintah Indonesia untuk korban gempa Myanmar': aid from someone (a source
    marker) to someone marked as its target is the giver's."""
    if t.code[:2] != AID_ROOT:
        return None
    for i in range(t.tok_end, min(s.sent.end, t.tok_end + GENITIVE_REACH)):
        if s.word(i) in s.g.source_markers:
            giver = s.mention_in_phrase(i + 1)
            if giver is None:
                return None
            givers = s.coordinated_right(giver)
            objects, dr = s.object_right(givers[-1].tok_end, markers - s.g.source_markers, require_marker=True)
            if not objects or any(o in givers for o in objects):
                return None
            frame = Frame(t, givers, objects, distance=dr)
            frame.features.add("nominal")
            return frame
        if s.doc[i].is_punct or s.word(i) in s.g.oblique_markers or i in s.at:
            return None
    return None


def aid_arrives(s: Sentence, t, markers: frozenset[str]) -> Frame | None:
    """'Bantuan ASEAN dan Indonesia tiba di Myanmar': aid that arrives somewhere is its giver's aid to that place's
    state, no visit by the giver."""
    noun = next((n for n in s.trigger_heads.values() if n.nominal and n.code[:2] == AID_ROOT
                 and n.tok_end <= t.tok_start and t.tok_start - n.tok_end <= GENITIVE_REACH + 4), None)
    if noun is None or s.opening_event_noun(noun) is False:
        return None
    first = next((s.at[j] for j in range(noun.tok_end, min(t.tok_start, noun.tok_end + GENITIVE_REACH))
                  if j in s.at), None)
    if first is None or s.preceded_by(first, s.g.oblique_markers):
        return None
    givers = s.coordinated_right(first)
    after = givers[-1].tok_end
    if not (s.word(after) in markers - s.g.source_markers or s.only_auxiliaries(after, t.tok_start)):
        return None  # the giver's name, then the verb: "Bantuan Jepang (untuk korban gempa di Turki) tiba di Ankara"
    objects, dr = [], 0
    if after < t.tok_start:  # aid "untuk Palestina" that arrives in Egypt is for Palestine
        objects, dr = s.object_right(after, (markers - s.g.source_markers) | s.g.locative_markers,
                                     require_marker=True)
        objects = [o for o in objects if o.tok_end <= t.tok_start]
    if not objects:
        objects, dr = s.object_right(t.head + 1, markers | s.g.locative_markers, after=t.tok_end)
    if not objects or any(o in givers for o in objects):
        return None
    frame = Frame(noun, givers, objects, distance=dr)
    frame.features.add("nominal")
    return frame


def _relative_target(s: Sentence, t, after: int, markers: frozenset[str]) -> tuple[list[Mention], int]:
    """'serangan udara Israel yang menyasar kompleks permukiman di Doha, Qatar': a verb of the noun's own class
    right after its agent ('yang' and auxiliaries between) names the event's target."""
    verb = next((v for v in s.trigger_heads.values() if not v.nominal and v.tok_start >= after
                 and s.only_auxiliaries(after, v.tok_start)), None)
    if verb is None or not (verb.code[:2] == t.code[:2] or {verb.code[:2], t.code[:2]} <= FORCEFUL_ROOTS):
        return [], 0
    if verb.code[:2] in FORCEFUL_ROOTS:
        markers = markers | s.g.locative_markers
    objects, dr = s.object_right(verb.tok_end, markers)
    return objects, dr + verb.tok_end - after


def _reciprocal_before(s: Sentence, verb: int) -> bool:
    mutual = getattr(s.lexicon, "reciprocal_before", ())
    i = verb - 1
    while i >= s.sent.start and s.word(i) in s.g.auxiliaries and s.word(i) not in mutual:
        i -= 1
    return i >= s.sent.start and s.word(i) in mutual


def _reciprocal(t, parties: list[Mention], distance: int) -> Frame:
    frame = Frame(t, parties, list(parties), distance=distance)
    frame.features.update({"nominal", "reciprocal"})
    return frame
