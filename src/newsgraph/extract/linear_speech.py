"""Reported speech and quotes: who said a sentence's claims, and the events that saying itself tells.

"Menurut X", a speech verb's subject and a quote's speaker are a frame's source; an official voicing their own
side's statement is its actor. A violation, an obligation ("harus") or a verdict ("adalah agresor") told in someone's
words is that speaker's accusation, demand, criticism or praise.
"""

from __future__ import annotations

from newsgraph.extract.frames import (
    Frame,
    ImpliedTrigger,
    OBLIGATION_CODE,
    OBLIGATION_GLOSS,
    SentenceContext,
    is_verbal,
    voices_speakers_side,
)
from newsgraph.extract.linear_arguments import Sentence
from newsgraph.model import Mention

# Defying norms or law (128) and violating a ceasefire (196): told in someone's words, the teller accuses the violator.
VIOLATION_CODES = ("128", "196")
ACCUSATION_CODE, ACCUSATION_GLOSS = "112", "accuse (of a violation)"

PRAISE_CODE, PRAISE_GLOSS = "051", "praise"
BLAME_CODE, BLAME_GLOSS = "111", "criticize"
VERDICT_REACH = 2  # words between the copula and its noun: "adalah saudara dekat", "adalah pihak agresor"


def verdicts(s: Sentence, reports, according, ctx: SentenceContext) -> list[Frame]:
    """'"Malaysia adalah saudara dekat kita," kata Prabowo', 'Macron menegaskan bahwa Rusia adalah agresor': a state
    named a friend or an aggressor in someone's words is praised or criticised by them (the nouns and the copulas
    are grammar.toml [linear] data)."""
    words = s.g.linear
    copulas = words.get("copulas", frozenset())
    kinds = ((words.get("praise_nouns", frozenset()), PRAISE_CODE, PRAISE_GLOSS),
             (words.get("blame_nouns", frozenset()), BLAME_CODE, BLAME_GLOSS))
    frames = []
    for k in range(s.sent.start + 1, s.sent.end - 1):
        if s.word(k) not in copulas:
            continue
        noun = next(((j, code, gloss) for j in range(k + 1, min(s.sent.end, k + 1 + VERDICT_REACH))
                     for words, code, gloss in kinds if s.word(j) in words), None)
        i = k - 1
        while i >= s.sent.start and s.word(i) in s.g.auxiliaries and i not in s.at:
            i -= 1
        target = s.at.get(i)
        if noun is None or target is None:
            continue
        region = ctx.quote_at(s.doc[k].idx)
        speakers = [region.speaker] if region is not None else (
            next((sp for end, sp in reversed(reports) if end <= target.tok_start), None) or according)
        if not speakers:
            continue
        j, code, gloss = noun
        trigger = ImpliedTrigger(k, j + 1, j, code, gloss, tokens=(k, j))
        frame = Frame(trigger, list(speakers), s.coordinated_left(target), quote=region is not None)
        frame.features.add("verdict")
        frames.append(frame)
    return frames


def plain_reports(s: Sentence, triggers: list, nominal_heads: set[int]) -> list[tuple[int, list[Mention]]]:
    """Speech verbs the lexicon codes no event for ('Ia menambahkan, Indonesia akan mendesak ...', 'menilai'): they
    report what follows as their subject's words, as a speech verb with a lexicon row does."""
    inside = {k for t in triggers for k in range(t.tok_start, t.tok_end)}
    out = []
    for k in range(s.sent.start, s.sent.end):
        if k in inside or k in s.at or not s.lexicon.is_reporting_verb(s.doc[k]) or s.word(k) in s.g.according_to:
            continue
        speakers, _ = s.subject_left(k, nominal_heads)
        if speakers:
            out.append((k + 1, speakers))
    return out


def obligations(s: Sentence, reports, according, ctx: SentenceContext) -> list[Frame]:
    """'"AS harus berhenti …," kata X' and 'X mengatakan Y harus …': X demands of Y."""
    frames = []
    for k in range(s.sent.start, s.sent.end):
        if s.word(k) not in s.g.obligation:
            continue
        i = k - 1
        while i >= s.sent.start and s.word(i) in s.g.auxiliaries and i not in s.at:
            i -= 1
        target = s.at.get(i)
        if target is None:
            continue
        region = ctx.quote_at(s.doc[k].idx)
        speakers = [region.speaker] if region is not None else None
        if speakers is None:
            speakers = next((sp for end, sp in reversed(reports) if end <= target.tok_start), None) or according
        if not speakers:
            continue
        trigger = ImpliedTrigger(k, k + 1, k, OBLIGATION_CODE, OBLIGATION_GLOSS, tokens=(k,))
        frame = Frame(trigger, list(speakers), s.coordinated_left(target), quote=region is not None)
        frame.features.add("obligation")
        frames.append(frame)
    return frames


def reported_violations(s: Sentence, triggers: list, reports, according, ctx: SentenceContext,
                         nominal_heads: set[int]) -> list[Frame]:
    """'X mengatakan, Pakistan telah berulang kali melanggar kesepakatan', '"Tiongkok telah melanggar hukum
    internasional," kata X': a violation told in someone's words is their accusation of the violator (as 'X menuduh
    Y melanggar' is), whether or not the violated thing is an actor."""
    frames = []
    for t in triggers:
        if t.nominal or not t.code.startswith(VIOLATION_CODES) or (t.voice or "active") == "passive":
            continue
        region = ctx.quote_at(s.doc[t.tok_start].idx)
        speakers = [region.speaker] if region is not None else (
            next((sp for end, sp in reversed(reports) if end <= t.tok_start), None) or according
            or _judge(s, t.tok_start, nominal_heads))
        if not speakers:
            continue
        violators, _ = s.subject_left(t.tok_start, nominal_heads)
        if not violators:
            continue
        accusation = ImpliedTrigger(t.tok_start, t.tok_end, t.head, ACCUSATION_CODE, ACCUSATION_GLOSS,
                                    tokens=tuple(range(t.tok_start, t.tok_end)))
        frame = Frame(accusation, list(speakers), violators, quote=region is not None)
        frame.features.add("reported_violation")
        frames.append(frame)
    return frames


def _judge(s: Sentence, start: int, nominal_heads: set[int]) -> list[Mention]:
    """The subject of a speech or judgement verb the lexicon codes no event for ('Yordania menilai serangan itu
    melanggar ...'), before `start` in its clause."""
    for k in range(start - 1, s.sent.start - 1, -1):
        if s.is_break(k):
            return []
        if k not in s.trigger_heads and s.lexicon.is_reporting_verb(s.doc[k]):
            return s.subject_left(k, nominal_heads)[0]
    return []


def according_to(s: Sentence) -> list[Mention] | None:
    """'Menurut X, …' puts the whole sentence in X's mouth."""
    for i in range(s.sent.start, min(s.sent.end, s.sent.start + 3)):
        if s.word(i) in s.g.according_to:
            m = s.at.get(i + 1) or s.at.get(i + 2)
            if m is not None:
                return [m]
    return None


def attribute(frame: Frame, t, s: Sentence, reports, according, ctx: SentenceContext) -> None:
    """Reported speech and quotes: the claim's source, and first-person pronouns inside a quote."""
    for end, speakers in reports:
        if end <= t.tok_start and not any(sp in frame.subjects for sp in speakers):
            frame.source = speakers[0]
    if frame.source is None and according and according[0] not in frame.subjects:
        frame.source = according[0]
    region = ctx.quote_at(s.doc[t.tok_start].idx)
    if region is not None:
        frame.quote = True
        frame.source = region.speaker
        _speaker_voices_own_side(frame, t, s)
        return
    _speaker_for_own_state(frame, s, reports)


def _speaker_voices_own_side(frame: Frame, t, s: Sentence) -> None:
    """'"Kami meminta Pakistan ...," ujar Misri', '"Indonesia menyampaikan solidaritas kepada Qatar," ujar Sugiono':
    a statement, appeal, intent, demand, criticism or threat a named official voices for their side is the
    official's own (the convention of devsets/README.md). An unnamed office holder or a body speaking keeps the
    side ('"Kami siap membantu Filipina," kata Menteri Pertahanan Jepang' is Japan's)."""
    speaker = frame.source
    actor = speaker.actor if speaker is not None else None
    if actor is None or actor.type != "person" or speaker.how == "office" or not is_verbal(t.code):
        return
    own = actor.affiliation.key if actor.affiliation is not None else None
    if frame.subjects and all(voices_speakers_side(m, own, s.g.first_person) for m in frame.subjects):
        frame.subjects = [speaker]
        frame.source = None
        frame.features.add("speaker_states")


def _speaker_for_own_state(frame: Frame, s: Sentence, reports) -> None:
    """'Xi menyatakan bahwa China siap ...', 'Blinken mengatakan, AS mendesak ...': an official who reports what
    their own state does is stating it, so the official is the actor (as the article gold codes it). Only for a bare
    name or metonym of that state opening the reported clause ('delegasi Indonesia akan bertolak' stays the state)."""
    if frame.source is None or frame.source.actor is None or frame.source.actor.type != "person":
        return
    own = frame.source.actor.affiliation
    if own is None or not frame.subjects or not is_verbal(frame.trigger.code):
        return  # ('Hagari mengatakan Israel menyerang markas Hamas': a material act keeps its actor, Hagari the source)
    for end, speakers in reports:
        if frame.source not in speakers or len(speakers) != 1:
            continue
        first = min(m.tok_start for m in frame.subjects)
        between = [s.word(i) for i in range(end, first)]
        if any(w != "," and w not in s.g.complementizers for w in between):
            continue
        own_side = s.g.linear.get("own_side_words", frozenset())
        # a bare name or metonym of the state, or a word for the speaker's own side ("mengatakan pihaknya mengecam")
        if all((m.how == "alias" or m.how == "coref" and m.text.lower() in own_side)
               and m.actor is not None and m.actor.key == own.key for m in frame.subjects):
            frame.subjects = [frame.source]
            frame.source = None
            frame.features.add("speaker_states")
        return
