"""A `Frame` is one predicate with its roles filled, before it becomes `Event`s (one per subject × object)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from newsgraph.model import REGION, Mention


class Trigger(Protocol):
    """What the lexicon found (newsgraph.lexicon): the words that carry an event and its CAMEO code."""

    tok_start: int
    tok_end: int
    head: int
    code: str
    gloss: str
    voice: str | None
    nominal: bool
    object_markers: tuple[str, ...]


@dataclass(frozen=True)
class ImpliedTrigger:
    """An event the grammar implies with no verb of its own: 'X said Y must …' is X demanding of Y."""

    tok_start: int
    tok_end: int
    head: int
    code: str
    gloss: str
    voice: str | None = "active"
    nominal: bool = False
    object_markers: tuple[str, ...] = ()
    tokens: tuple[int, ...] = ()


# Verbs whose verbal complement is not itself asserted: "meminta NATO tidak mengerahkan", "accused NATO of
# breaking", "threatened to attack", "berjanji memberikan bantuan" (appeal, intent, demand, disapprove, reject,
# threaten). The complement lends its target to the verb when the verb has none of its own.
CONTROL_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
# Saying (CAMEO 01) is an event only towards an addressee; other speech acts (warn, accuse) are events anyway.
STATEMENT_ROOT = "01"
# Consultations (CAMEO 04: meet, visit, talks) are taken part in; other acts in a phrase of circumstance are not the
# clause subject's ("after the attack on Israel, Netanyahu vowed ...").
CONSULT_ROOT = "04"
# Force used in a state's territory is used against that state ("attacked a refinery in Russia", "menduduki kota
# Avdiivka di Ukraina"): for these roots a locative phrase may name the target (coerce, assault, fight, mass violence).
FORCEFUL_ROOTS = frozenset({"17", "18", "19", "20"})


# Acts two coordinated parties do together when the clause names no target: intents, talks, ties, agreements,
# cooperation ("Indonesia dan Australia sepakat", "Jordan and Britain agreed", "latihan militer gabungan AS dan
# Korsel"), or a row whose words make it mutual ("saling tuduh", "traded accusations"). Not aid, praise or
# criticism: "dengan bantuan AS, Inggris, dan Yordania" is three donors, not three parties helping each other.
JOINT_CODES = ("03", "04", "050", "057", "06")


# Failing to agree and fighting are mutual too, but only when nothing else is their object ("failed to reach
# agreement", "India and Pakistan clashed", not "rejected the plan", "attacked the city").
MUTUAL_IF_NO_OBJECT_ROOTS = frozenset({"12", "19"})


# Verbal acts: statements, appeals, intents, demands, criticism, threats, and praise (051). Their actor is whoever
# voices them (devsets/README.md); a rejection (12) is a policy act and stays with the side.
VERBAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "13"})
PRAISE_CODE = "051"


def is_verbal(code: str) -> bool:
    return code[:2] in VERBAL_ROOTS or code.startswith(PRAISE_CODE)


def voices_speakers_side(m: Mention, own: str | None, first_person: frozenset[str]) -> bool:
    """Whether a subject is the side a quoted or reporting official speaks for: "we"/"kami" in their words, or their
    own state (key `own`) named bare ("Zelenskiy said Kyiv was ready ..."). Such a verbal act is the official's
    (devsets/README.md), in every language's strategy."""
    if m.how == "coref" and m.text.lower() in first_person:
        return True
    return m.how == "alias" and own is not None and m.actor is not None and m.actor.key == own


# Mediators mediate between others, never between each other ("Bersama Mesir dan AS, Doha menengahi ...").
MEDIATION_CODE = "045"


def is_joint(trigger) -> bool:
    if getattr(trigger, "reciprocal", False):
        return True
    return trigger.code.startswith(JOINT_CODES) and not trigger.code.startswith(MEDIATION_CODE)


class MentionIndex:
    """Which actor mention covers each token of a sentence; regions and unlinked names are not actors."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = sorted(
            (m for m in mentions if m.actor is not None and m.actor.type != REGION), key=lambda m: m.tok_start
        )
        self.at: dict[int, Mention] = {}
        self.same_span: dict[tuple[int, int], list[Mention]] = {}  # "kedua negara" stands for two actors
        for m in self.mentions:
            self.same_span.setdefault((m.tok_start, m.tok_end), []).append(m)
            for i in range(m.tok_start, m.tok_end):
                self.at[i] = m

    def all_at(self, m: Mention) -> list[Mention]:
        """The mention and any others over the same words."""
        return list(self.same_span[(m.tok_start, m.tok_end)])


# "X said Y must withdraw" / '"Y harus mundur," kata X': an obligation laid on Y in X's words is X's demand.
OBLIGATION_CODE, OBLIGATION_GLOSS = "100", "demand"
# '"China is the biggest threat to peace," said Austin': a verdict on an actor is the speaker's criticism.
JUDGEMENT_CODE, JUDGEMENT_GLOSS = "111", "criticize"


@dataclass
class Frame:
    trigger: Any  # a newsgraph.lexicon Trigger
    subjects: list[Mention]
    objects: list[Mention]
    negated: bool = False
    modality: str | None = None
    source: Mention | None = None  # who made the claim (reported speech or a quote)
    quote: bool = False
    distance: int = 0  # words between the predicate and its farthest argument
    implicit_agent: bool = False  # a passive with no agent phrase, or an agent found by context
    features: set[str] = field(default_factory=set)  # what lowered or raised confidence, for debugging


@dataclass(frozen=True)
class QuoteRegion:
    """Characters [start, end) of a doc that are a direct quote of `speaker`."""

    start: int
    end: int
    speaker: Mention


@dataclass
class SentenceContext:
    """What a role-assignment strategy may know beyond the sentence itself."""

    headline: bool
    quotes: list[QuoteRegion]
    lexicon: Any  # newsgraph.lexicon Lexicon: is_reporting_verb()
    grammar: Any  # newsgraph.extract.grammar.Grammar

    def quote_at(self, char: int) -> QuoteRegion | None:
        for region in self.quotes:
            if region.start <= char < region.end:
                return region
        return None
