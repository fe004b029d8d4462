"""Role assignment from word order, voice morphology and function words.

For languages without a trained parser (Indonesian today). Indonesian is SVO with voice marked on the verb: an active
meN- verb takes its agent on the left and its target on the right; a passive di- verb takes its patient on the left
and its agent after "oleh" (or straight after the verb); a nominal trigger ("serangan Rusia terhadap Ukraina") takes
its agent as the genitive right after it and its target after a preposition. Everything language-specific is read
from grammar.toml; the trigger's voice comes from the lexicon's morphology.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.extract import cues
from newsgraph.extract.frames import Frame, SentenceContext
from newsgraph.extract.grammar import Grammar
from newsgraph.model import REGION, Mention

MAX_LEFT = 14  # words between a subject and its predicate
MAX_RIGHT = 10  # words between a predicate and its target
GENITIVE_REACH = 3  # "serangan militer besar Rusia"


class _Sentence:
    """Token positions of actor mentions and triggers within one sentence."""

    def __init__(self, sent: Span, mentions: list[Mention], triggers: list, g: Grammar):
        self.sent = sent
        self.doc = sent.doc
        self.g = g
        self.mentions = sorted((m for m in mentions if m.actor is not None and m.actor.type != REGION),
                               key=lambda m: m.tok_start)
        self.at: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.tok_start, m.tok_end):
                self.at[i] = m
        self.trigger_heads = {t.head: t for t in triggers}
        self.trigger_tokens_of_current: set[int] = set()  # the predicate being filled: not a boundary

    def word(self, i: int) -> str:
        return self.doc[i].lower_

    def preceded_by(self, m: Mention, words: frozenset[str]) -> bool:
        i = m.tok_start - 1
        return i >= self.sent.start and self.word(i) in words

    def is_break(self, i: int) -> bool:
        w = self.word(i)
        return w in self.g.clause_breaks or w in self.g.complementizers

    def verbal_trigger_at(self, i: int) -> bool:
        t = self.trigger_heads.get(i)
        return t is not None and not t.nominal

    # -- argument search -------------------------------------------------------------------------------------------
    def subject_left(self, start: int, skip_genitive_of: set[int]) -> tuple[list[Mention], int]:
        """The nearest agent-like mention left of `start` in the same clause, with coordinated ones."""
        i = start - 1
        lo = max(self.sent.start, start - MAX_LEFT)
        while i >= lo:
            if self.is_break(i):
                break
            m = self.at.get(i)
            if m is not None:
                oblique = self.preceded_by(m, self.g.oblique_markers)
                genitive = (m.tok_start - 1) in skip_genitive_of
                if not oblique and not genitive:
                    return self.coordinated_left(m), start - m.tok_end
                i = m.tok_start - 1
                continue
            if self.verbal_trigger_at(i) and i not in self.trigger_tokens_of_current:
                break
            i -= 1
        return [], 0

    def coordinated_left(self, m: Mention) -> list[Mention]:
        group = [m]
        while True:
            i = group[0].tok_start - 1
            if i - 1 < self.sent.start or self.word(i) not in self.g.coordinators:
                break
            prev = self.at.get(i - 1)
            if prev is None:
                break
            group.insert(0, prev)
        return group

    def coordinated_right(self, m: Mention) -> list[Mention]:
        group = [m]
        while True:
            i = group[-1].tok_end
            if i + 1 >= self.sent.end or self.word(i) not in self.g.coordinators:
                break
            # "dengan" coordinates only after a first actor ("Rusia dengan China"), which holds here.
            nxt = self.at.get(i + 1)
            if nxt is None:
                break
            group.append(nxt)
        return group

    def object_right(self, end: int, markers: frozenset[str], require_marker: bool = False) -> tuple[list[Mention], int]:
        """The first target-like mention right of `end`, before the next clause or predicate."""
        i = end
        hi = min(self.sent.end, end + MAX_RIGHT)
        while i < hi:
            if self.is_break(i) and i != end:
                break
            m = self.at.get(i)
            if m is not None:
                marked = self.preceded_by(m, markers)
                oblique_only = self.preceded_by(m, self.g.oblique_markers - markers)
                if oblique_only or (require_marker and not marked):
                    i = m.tok_end
                    continue
                return self.coordinated_right(m), m.tok_start - end
            if self.verbal_trigger_at(i):
                break
            i += 1
        return [], 0

    def agent_after(self, end: int) -> tuple[list[Mention], int, bool]:
        """The agent of a passive: after "oleh" in the clause, or right after the verb ("dikecam NATO")."""
        i = end
        hi = min(self.sent.end, end + MAX_RIGHT)
        while i < hi:
            if self.is_break(i):
                break
            if self.word(i) in self.g.agent_markers:
                m = self.at.get(i + 1)
                if m is not None:
                    return self.coordinated_right(m), i + 1 - end, False
            i += 1
        m = self.at.get(end)
        if m is not None:
            return self.coordinated_right(m), 0, False
        return [], 0, True


def assign_roles(sent: Span, mentions: list[Mention], triggers: list, ctx: SentenceContext) -> list[Frame]:
    g: Grammar = ctx.grammar
    s = _Sentence(sent, mentions, triggers, g)
    nominal_heads = {t.tok_end - 1 for t in triggers if t.nominal}
    reports: list[tuple[int, list[Mention]]] = []  # (end of reporting verb, its speakers)
    frames: list[Frame] = []
    according = _according_to(s)

    for t in sorted(triggers, key=lambda t: t.tok_start):
        s.trigger_tokens_of_current = set(range(t.tok_start, t.tok_end))
        markers = frozenset(w.lower() for w in (t.object_markers or ())) | g.object_markers
        reporting = ctx.lexicon.is_reporting_verb(s.doc[t.head])
        frame = _frame_for(s, t, markers, nominal_heads)
        if reporting:
            speakers, _ = s.subject_left(t.tok_start, nominal_heads)
            if speakers:
                reports.append((t.tok_end, speakers))
            # A speech verb is an event only towards an addressee ("mengatakan kepada NATO").
            if frame is None or not any(s.preceded_by(o, markers) for o in frame.objects):
                continue
        if frame is None:
            continue
        cstart = cues.clause_start(s.doc, t.tok_start, sent.start, g)
        frame.negated = cues.negation_before(s.doc, t.tok_start, cstart, g)
        frame.modality = cues.modality_before(s.doc, t.tok_start, cstart, g)
        _attribute(frame, t, s, reports, according, ctx)
        frames.append(frame)
    return frames


def _frame_for(s: _Sentence, t, markers: frozenset[str], nominal_heads: set[int]) -> Frame | None:
    if t.nominal:
        return _nominal_frame(s, t, markers)
    voice = t.voice or "active"
    if voice == "passive":
        patients, dl = s.subject_left(t.tok_start, nominal_heads)
        agents, dr, implicit = s.agent_after(t.tok_end)
        if not patients or not agents:
            return None
        return Frame(t, agents, patients, distance=max(dl, dr), implicit_agent=implicit)
    subjects, dl = s.subject_left(t.tok_start, nominal_heads)
    objects, dr = s.object_right(t.tok_end, markers)
    if voice == "object_focus" and not objects:
        # "Moskow mereka kecam": patient, agent, bare verb.
        agent = s.at.get(t.tok_start - 1)
        if agent is not None and subjects and subjects[-1] is agent:
            patients, _ = s.subject_left(agent.tok_start, nominal_heads)
            if patients:
                return Frame(t, [agent], patients, distance=dl)
    if not subjects or not objects:
        return None
    return Frame(t, subjects, objects, distance=max(dl, dr))


def _nominal_frame(s: _Sentence, t, markers: frozenset[str]) -> Frame | None:
    """'serangan Rusia terhadap Ukraina', 'sanksi AS terhadap Rusia', 'tuduhan Rusia bahwa NATO …'."""
    agents: list[Mention] = []
    for i in range(t.tok_end, min(s.sent.end, t.tok_end + GENITIVE_REACH)):
        m = s.at.get(i)
        if m is not None:
            if not s.preceded_by(m, s.g.oblique_markers):
                agents = s.coordinated_right(m)
            break
    if not agents:
        return None
    objects, dr = s.object_right(agents[-1].tok_end, markers, require_marker=True)
    if not objects:
        return None
    frame = Frame(t, agents, objects, distance=dr)
    frame.features.add("nominal")
    return frame


def _according_to(s: _Sentence) -> list[Mention] | None:
    """'Menurut X, …' puts the whole sentence in X's mouth."""
    for i in range(s.sent.start, min(s.sent.end, s.sent.start + 3)):
        if s.word(i) in s.g.according_to:
            m = s.at.get(i + 1) or s.at.get(i + 2)
            if m is not None:
                return [m]
    return None


def _attribute(frame: Frame, t, s: _Sentence, reports, according, ctx: SentenceContext) -> None:
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
