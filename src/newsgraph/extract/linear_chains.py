"""Predicates that lean on another in the same sentence, for the word-order strategy (`linear.py`).

A verb after "dan" that shares the first predicate's subject, a control verb's complement ("meminta Rusia
menghentikan ..."), a verb that goes on with the last subject, a denial that answers the accusation before it, and
talks mediated between the parties of a joint act.
"""

from __future__ import annotations

from newsgraph.extract.frames import CONTROL_ROOTS, MEDIATION_CODE, STATEMENT_ROOT, Frame
from newsgraph.extract.linear_arguments import Sentence
from newsgraph.extract.linear_nouns import UNASSERTING_ROOTS

PURPOSE_REACH = 14  # words of an offered act and its purpose clause before the verb the offer reaches


def mediated_parties(s: Sentence, triggers: list, frames: list[Frame]) -> list[Frame]:
    """'Thailand dan Kamboja menyepakati gencatan senjata setelah pertemuan yang dimediasi Anwar Ibrahim': talks
    mediated by someone, named by a noun that is no actor, were between the parties of the sentence's joint act."""
    out = []
    framed = {id(f.trigger) for f in frames}
    for t in triggers:
        if (id(t) in framed or not t.code.startswith(MEDIATION_CODE) or t.nominal
                or (t.voice or "active") != "passive"):
            continue
        joint = next((f for f in reversed(frames) if "reciprocal" in f.features and f.trigger.tok_start < t.tok_start),
                     None)
        if joint is None:
            continue
        mediators, distance, implicit = s.agent_after(t.tok_end)
        if not mediators or implicit or any(m in joint.subjects for m in mediators):
            continue
        out.append(Frame(t, mediators, list(joint.subjects), distance=distance))
    return out


def shares_subject(s: Sentence, previous: Frame, t) -> bool:
    """A verb right after a conjunction that follows the previous predicate's object is that predicate's twin."""
    if t.nominal or (t.voice or "active") == "passive" or not previous.objects:
        return False
    g = s.g
    i = t.tok_start - 1
    while i >= s.sent.start and (s.word(i) in g.auxiliaries or s.word(i) in g.negators):
        i -= 1
    conjunctions = g.coordinators - g.manner_markers - {","}
    if i < s.sent.start or s.word(i) not in conjunctions:
        return False
    last_object = max(m.tok_end for m in previous.objects)
    return last_object == i and previous.trigger.tok_end <= i


def denied_accusation(s: Sentence, t, frames: list[Frame]) -> Frame | None:
    """'India menuding Pakistan mendukung militan, tuduhan yang dibantah Islamabad': the denier answers the
    accuser of the clause the accusation noun sums up."""
    if not t.code.startswith("016") or (t.voice or "active") != "passive":
        return None
    i = t.tok_start - 1
    while i > s.sent.start and s.word(i) != "yang" and s.word(i) in s.g.auxiliaries:
        i -= 1  # "tuduhan yang selalu dibantah Naypyidaw"
    if i - 1 < s.sent.start:
        return None
    noun = s.trigger_heads.get(i - 1)
    if s.word(i) != "yang" or noun is None or not noun.nominal or noun.code[:2] != "11":
        return None
    accusation = next((f for f in reversed(frames) if f.trigger.code[:2] == "11" and not f.trigger.nominal), None)
    if accusation is None:
        return None
    deniers, distance, implicit = s.agent_after(t.tok_end)
    if not deniers or implicit:
        return None
    return Frame(t, deniers, list(accusation.subjects), distance=distance)


def serves_purpose(s: Sentence, previous: Frame, t) -> bool:
    """'Anwar menelepon Min Aung Hlaing untuk menyampaikan belasungkawa': a verb right after a purpose marker that
    follows the previous predicate's object is done by that predicate's subject to its object."""
    if t.nominal or (t.voice or "active") == "passive" or not previous.objects:
        return False
    purpose = s.g.linear.get("purpose_verb_markers", frozenset())
    i = t.tok_start - 1
    while i >= s.sent.start and s.word(i) in s.g.auxiliaries and s.word(i) not in purpose:
        i -= 1  # ("untuk" is an auxiliary too: "siap untuk membantu")
    if i < s.sent.start or s.word(i) not in purpose:
        return False
    if max(m.tok_end for m in previous.objects) != i or previous.trigger.tok_end > i:
        return False
    # ("menyambut baik keputusan Jakarta untuk membebaskan ...": the purpose is the decision's, not the welcome's)
    first = min(m.tok_start for m in previous.objects)
    return not any(s.word(k) in s.g.agentive_nouns for k in range(previous.trigger.tok_start, first))


def continues_predicate(s: Sentence, t) -> bool:
    """A verb right after 'dan'/'serta' or 'tetapi'/'namun' (auxiliaries, negators, a 'secara' adverb and a speech
    verb between: "... serta mengklaim telah menembak jatuh lima jet tempur India")."""
    g = s.g
    i = t.tok_start - 1
    while i >= s.sent.start:
        w = s.word(i)
        speech = s.trigger_heads.get(i)
        if w in g.auxiliaries or w in g.negators:
            i -= 1
        elif i - 1 >= s.sent.start and s.word(i - 1) == "secara":
            i -= 2
        elif speech is not None and not speech.nominal and s.is_reporting(speech) and speech.tok_end == i + 1:
            i = speech.tok_start - 1
        else:
            break
    if i < s.sent.start:
        return False
    w = s.word(i)
    # (a comma: "Korea Utara menembakkan rudal ke Laut Jepang, memicu kecaman dari Tokyo", a clause with no subject
    # of its own after the predicate's says what that subject's act did)
    return w in (g.coordinators - g.manner_markers) or w in g.continuations


def by_id(triggers: list, ident: int | None):
    return next((t for t in triggers if id(t) == ident), None) if ident is not None else None


def control_complements(s: Sentence, triggers: list) -> dict[int, int]:
    """id(controlling trigger) -> id(its verbal complement), for the CONTROL_ROOTS verbs."""
    verbal = sorted((t for t in triggers if not t.nominal or s.predicative(t)), key=lambda t: t.tok_start)
    out: dict[int, int] = {}
    for a, b in zip(verbal, verbal[1:]):
        if a.code[:2] not in CONTROL_ROOTS or (s.is_reporting(a) and a.code[:2] == STATEMENT_ROOT):
            continue
        between = [s.word(i) for i in range(a.tok_end, b.tok_start)]
        # "siap mengirim putra-putri terbaik bangsa kami untuk menjaga perdamaian dan melindungi rakyat Palestina":
        # a purpose clause of the offered act goes on, its verbs joined by "dan", and is offered with it
        purpose = a.code[:2] in UNASSERTING_ROOTS and any(w in s.g.purpose_markers for w in between) and not any(
            k in s.at and s.word(k) not in s.g.first_person for k in range(a.tok_end, b.tok_start))
        if len(between) > (PURPOSE_REACH if purpose else 8) or any(
                w in s.g.clause_breaks and w not in s.g.purpose_markers for w in between):
            continue
        if _new_subject_between(s, a.tok_end, b.tok_start):
            continue  # "meminta Rusia menghentikan serangan, dan Rusia kemudian menyerang": a clause of its own
        while between and (between[-1] in s.g.auxiliaries or between[-1] in s.g.negators):
            between.pop()  # "... dan justru menuduh", "... dan tidak akan mengirim"
        if between and between[-1] in s.g.coordinators and between[-1] not in s.g.manner_markers and not purpose:
            # "mengecam NATO dan menyerang Ukraina": a second predicate, not a complement; but "menuduh NATO
            # melakukan provokasi dengan menggelar latihan": the manner is part of what is alleged
            continue
        out[id(a)] = id(b)
    return out


def _new_subject_between(s: Sentence, lo: int, hi: int) -> bool:
    """A conjunction after a word that names no actor, then an actor: 'menghentikan serangan, dan Rusia ...' opens a
    clause with a subject of its own ('meminta Israel dan Hamas ...' only lists addressees)."""
    conjunctions = s.g.coordinators - s.g.manner_markers - {","}
    for j in range(lo + 1, hi):
        if s.word(j) not in conjunctions:
            continue
        before = j - 1 if s.word(j - 1) != "," else j - 2
        if before < lo or before in s.at or s.word(before) == ")":
            continue
        k = j + 1
        while k < hi and (s.word(k) in s.g.auxiliaries or s.word(k) in s.g.demonstratives):
            k += 1
        if k < hi and k in s.at:
            return True
    return False
