"""Event anaphora: "Indonesia condemned the strikes", "Rusia membantah tuduhan itu".

An event noun with a determiner (English "the strikes") or a demonstrative (Indonesian "serangan itu") and no actor
of its own names an event the article reported before. It stands for that event's actor, so the sentence's verb can
take it as an argument: condemning the strikes is criticising whoever struck. The event is the last one told with
the noun's own word ("held joint drills" ... "the drills"), else the last of the noun's CAMEO root; a general act
noun ("the move", "langkah itu") takes the last act within a few sentences. What may be referred back to, and for
whom, depends on what the sentence does with it (below). Without such an event the noun stays what it was.

The words are per-language data: `[anaphora]` in `lang/<code>/grammar.toml`.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Span

from newsgraph.extract.frames import MEDIATION_CODE, is_verbal
from newsgraph.extract.grammar import Grammar
from newsgraph.model import Event, Mention

# Up to this many words between the determiner and the noun ("the latest Russian strikes" is owned by Russia;
# "the latest air strikes" is not), or between the noun and the demonstrative ("serangan udara itu").
MODIFIERS = 2
QUOTED_MODIFIERS = 6  # words of a quoted verdict inside the noun phrase: 'tindakan "ilegal dan agresif" tersebut'
# Attacks, assaults and mass violence are told apart less by reporters than by coders: "the attack" may refer back
# to a strike (19x) as readily as to an assault (18x).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def _same_kind(noun_code: str, event_code: str) -> bool:
    a, b = noun_code[:2], event_code[:2]
    return a == b or (a in VIOLENT_ROOTS and b in VIOLENT_ROOTS)


# What an earlier event may be referred back to for. Conflict always: "condemned the strikes", "denied the
# accusation". Cooperation only by a sentence that disputes it ("China condemned the drills" is against both
# parties) or mediates it ("the deal, brokered by the US"): "welcomed the truce" praises no party.
CONFLICT_QUADS = frozenset({3, 4})
VERBAL_CONFLICT_QUAD = 3


def _quad(code: str) -> int:
    from newsgraph.taxonomy import code as cameo_code

    return cameo_code(code).quad_class


def _referent(noun_code: str | None, recent: Sequence[Event], sentence: int, g: Grammar,
              reaction: str, word: str = "") -> Event | None:
    """The last asserted event the noun can refer to: one told with the noun's own word ("held joint drills" ...
    "the drills"), else one of its kind anywhere before, or (a general act noun, `noun_code` None) any event within
    the language's reach. `reaction` is what the sentence does: "mediates" (only cooperation within reach),
    "disputes" (any event), else only conflict."""
    if word:
        # an act, not a verbal reaction that named it in turn ("menyebut serangan itu sebagai pelanggaran")
        told = [e for e in recent if e.sentence is not None and e.sentence < sentence and not e.negated
                and not e.modality and not is_verbal(e.cameo) and word in (e.trigger or "").lower().split()]
        if told and (reaction == "disputes" or _quad(told[-1].cameo) in CONFLICT_QUADS):
            return told[-1]
    for event in reversed(recent):
        if event.negated or event.modality or event.sentence is None or event.sentence >= sentence:
            continue
        conflict = _quad(event.cameo) in CONFLICT_QUADS
        if reaction == "mediates":
            if conflict:
                continue
            return event if sentence - event.sentence <= g.anaphor_reach else None
        if not conflict and reaction != "disputes":
            continue
        if noun_code is None:
            if is_verbal(event.cameo):
                continue  # "the move", "tindakan tersebut" is an act, not what someone said about one
            return event if sentence - event.sentence <= g.anaphor_reach else None
        if _same_kind(noun_code, event.cameo):
            return event
    return None


def _parties(event: Event, recent: Sequence[Event], reaction: str) -> list:
    """Whom the noun stands for: the event's actor, or both sides of an act done together (told both ways, like
    joint drills) when the sentence mediates or disputes it."""
    if reaction == "mediates":
        return [event.subject, event.object]
    if reaction == "disputes" and any(e.subject.key == event.object.key and e.object.key == event.subject.key
                                      and e.cameo == event.cameo for e in recent):
        return [event.subject, event.object]
    return [event.subject]


def _reaction(triggers: Sequence) -> str:
    if any(t.code.startswith(MEDIATION_CODE) for t in triggers):
        return "mediates"
    if any(not t.nominal and _quad(t.code) == VERBAL_CONFLICT_QUAD for t in triggers):
        return "disputes"
    return ""


def _span_of(sent: Span, noun: int, g: Grammar) -> tuple[int, int] | None:
    """The token range of the anaphoric noun phrase around the noun at doc index `noun`, or None if the noun has
    no determiner or demonstrative of the language's kind within reach."""
    doc = sent.doc
    if g.anaphor_before:
        for k in range(noun - 1, max(sent.start, noun - 1 - MODIFIERS) - 1, -1):
            if doc[k].lower_ in g.anaphor_before:
                return k, noun + 1
            if not doc[k].is_alpha:
                return None
    if g.anaphor_after:
        k = noun + 1
        if k < sent.end and doc[k].is_quote:
            # a quoted verdict between noun and demonstrative: 'tindakan "ilegal dan agresif" tersebut'
            close = next((j for j in range(k + 1, min(sent.end, k + 2 + QUOTED_MODIFIERS)) if doc[j].is_quote), None)
            if close is not None and close + 1 < sent.end and doc[close + 1].lower_ in g.anaphor_after:
                return noun, close + 2
        for k in range(noun + 1, min(sent.end, noun + 2 + MODIFIERS)):
            if doc[k].lower_ in g.anaphor_after:
                return noun, k + 1
            if not doc[k].is_alpha:
                return None
    return None


def _owned(sent: Span, start: int, end: int, taken: set[int], g: Grammar) -> bool:
    """The noun phrase names its own actor: a mention inside it ("the Russian strikes"), or an agent marked right
    after it ("the attack by Hamas")."""
    if any(i in taken for i in range(start, end)):
        return True
    return end < sent.end and sent.doc[end].lower_ in g.agent_markers


def _event_nouns(sent: Span, triggers: Sequence, lexicon) -> dict[int, str]:
    """Event nouns of the sentence and their codes: nominal triggers, and nouns inside a verb's pattern ("denied the
    accusation" is one 016 row) read on their own."""
    nouns = {t.head: t.code for t in triggers if t.nominal}
    doc = sent.doc
    for t in triggers:
        for i in t.tokens:
            if not t.nominal and i != t.head and i not in nouns and doc[i].pos_ in ("NOUN", ""):
                alone = [n for n in lexicon.find_triggers(doc[i : i + 1]) if n.nominal]
                if alone:
                    nouns[i] = alone[0].code
    return nouns


def event_anaphors(sent: Span, mentions: Sequence[Mention], triggers: Sequence, lexicon, recent: Sequence[Event],
                   sentence: int, g: Grammar) -> list[Mention]:
    """Mentions (how="event") for the event anaphors of a sentence. `triggers` are the sentence's matches in
    `lexicon`, `recent` the article's events so far, `sentence` the sentence's index in the article."""
    if not recent or not (g.anaphor_reach and (g.anaphor_before or g.anaphor_after)):
        return []
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    reaction = _reaction(triggers)
    nouns: dict[int, str | None] = dict(_event_nouns(sent, triggers, lexicon))
    # a word an earlier act was told with ("held joint drills" ... "condemned the drills")
    told_words = {w for e in recent if not is_verbal(e.cameo) for w in (e.trigger or "").lower().split()}
    for tok in sent:
        if tok.i not in nouns and (tok.lower_ in g.anaphor_nouns
                                   or reaction == "mediates" and tok.lower_ in g.anaphor_agreements
                                   or reaction == "disputes" and tok.lower_ in told_words and tok.pos_ in ("NOUN", "")
                                   and not tok.is_stop):
            nouns[tok.i] = None
    out: list[Mention] = _likened_targets(sent, triggers, recent, sentence, g, taken)
    taken.update(i for m in out for i in range(m.tok_start, m.tok_end))
    for noun, code in sorted(nouns.items()):
        span = _span_of(sent, noun, g)
        if span is None or _owned(sent, *span, taken, g):
            continue
        event = _referent(code, recent, sentence, g, reaction, sent.doc[noun].lower_)
        if event is None:
            continue
        doc = sent.doc
        start, end = span
        text = doc[start:end].text
        matched = f"{doc[noun].text} -> {event.cameo} of sentence {event.sentence}"
        # two parties: one mention each on the same span (like "the two countries")
        for actor in _parties(event, recent, reaction):
            out.append(Mention(text, doc[start].idx, doc[start].idx + len(text), actor, matched, "event", start, end))
        taken.update(range(start, end))
    return out


def _likened_targets(sent: Span, triggers: Sequence, recent: Sequence[Event], sentence: int, g: Grammar,
                     taken: set[int]) -> list[Mention]:
    """'Inggris, Kanada, dan Australia juga mengumumkan pengakuan serupa' after 'Prancis mengakui Negara Palestina':
    an event noun with a likeness word right after it (alone or ending a verb phrase) is another act like the last
    asserted act of its class within reach, on the same target. The likeness word becomes a mention of that target;
    whose act it is, the sentence says. (The words are the Indonesian [linear] table's; English has none yet.)"""
    likeness = g.anaphor_likeness
    out: list[Mention] = []
    doc = sent.doc
    for t in triggers:
        k = t.tok_end
        # a noun ends the trigger: an event noun, or a verb phrase's ("menjatuhkan sanksi serupa")
        if not (t.nominal or t.tok_end - t.tok_start > 1) or k >= sent.end or k in taken \
                or doc[k].lower_ not in likeness:
            continue
        event = next((e for e in reversed(recent) if e.sentence is not None and e.sentence < sentence
                      and sentence - e.sentence <= g.anaphor_reach and not e.negated and not e.modality
                      and e.cameo[:2] == t.code[:2]), None)
        if event is None:
            continue
        word = doc[k]
        out.append(Mention(word.text, word.idx, word.idx + len(word.text), event.object,
                           f"{word.text} -> {event.cameo} of sentence {event.sentence}", "event", k, k + 1))
    return out
