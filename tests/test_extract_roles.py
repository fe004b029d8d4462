"""The linear role-assignment engine on hand-placed mentions and triggers (no KB, no lexicon).

These pin the grammar the engine reads from lang/id/grammar.toml: voice, negation, coordination, nominal events,
reported speech and quotes, independent of what the actor resolver and lexicon find.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy

from newsgraph.extract import cues, linear
from newsgraph.extract.frames import SentenceContext
from newsgraph.extract.grammar import load_grammar
from newsgraph.model import Actor, Mention

ACTORS = {
    "rusia": Actor("Q159", "Russia", "state", "Q159"),
    "moskow": Actor("Q159", "Russia", "state", "Q159"),
    "nato": Actor("Q7184", "NATO", "organization", "Q7184"),
    "ukraina": Actor("Q212", "Ukraine", "state", "Q212"),
    "china": Actor("Q148", "China", "state", "Q148"),
    "as": Actor("Q30", "United States", "state", "Q30"),
    "stoltenberg": Actor("Q57665", "Jens Stoltenberg", "person", "Q57665",
                         affiliation=Actor("Q7184", "NATO", "organization", "Q7184")),
}


@dataclass
class FakeTrigger:
    tok_start: int
    tok_end: int
    head: int
    code: str
    gloss: str
    voice: str | None = "active"
    nominal: bool = False
    object_markers: tuple[str, ...] = ()


class FakeLexicon:
    REPORTING = {"mengatakan", "kata", "menyatakan"}
    # surface word -> (code, gloss, voice, nominal)
    WORDS = {
        "menuduh": ("112", "accuse", "active", False),
        "dituduh": ("112", "accuse", "passive", False),
        "mengecam": ("111", "criticize", "active", False),
        "dikecam": ("111", "criticize", "passive", False),
        "menyerang": ("190", "attack", "active", False),
        "serangan": ("190", "attack", None, True),
        "meminta": ("020", "ask", "active", False),
        "mengatakan": ("010", "say", "active", False),
    }

    def is_reporting_verb(self, tok) -> bool:
        return tok.lower_ in self.REPORTING

    def find_triggers(self, sent):
        out = []
        for tok in sent:
            if tok.lower_ in self.WORDS:
                code, gloss, voice, nominal = self.WORDS[tok.lower_]
                out.append(FakeTrigger(tok.i, tok.i + 1, tok.i, code, gloss, voice, nominal))
        return out


@pytest.fixture(scope="module")
def nlp():
    n = spacy.blank("id")
    n.add_pipe("sentencizer")
    return n


def code(nlp, text: str):
    doc = nlp(text)
    mentions = [
        Mention(t.text, t.idx, t.idx + len(t.text), ACTORS[t.lower_], t.lower_, "alias", t.i, t.i + 1)
        for t in doc
        if t.lower_ in ACTORS
    ]
    g = load_grammar("id")
    lex = FakeLexicon()
    quotes = cues.find_quote_regions(doc, mentions, g)
    ctx = SentenceContext(headline=False, quotes=quotes, lexicon=lex, grammar=g)
    frames = []
    for sent in doc.sents:
        ms = [m for m in mentions if sent.start <= m.tok_start < sent.end]
        frames += linear.assign_roles(sent, ms, lex.find_triggers(sent), ctx)
    return [
        (f.subjects[i].actor.label, f.trigger.gloss, f.objects[j].actor.label, f.negated,
         f.source.actor.label if f.source else None)
        for f in frames
        for i in range(len(f.subjects))
        for j in range(len(f.objects))
    ]


def test_active_clause(nlp):
    assert code(nlp, "Rusia menuduh NATO melanggar janji.") == [("Russia", "accuse", "NATO", False, None)]


def test_passive_with_agent_marker_swaps_roles(nlp):
    assert code(nlp, "Ukraina dikecam oleh Rusia.") == [("Russia", "criticize", "Ukraine", False, None)]


def test_passive_with_bare_agent(nlp):
    assert code(nlp, "NATO dikecam Rusia pekan lalu.") == [("Russia", "criticize", "NATO", False, None)]


def test_negation_over_auxiliaries_is_kept_not_dropped(nlp):
    assert code(nlp, "China tidak akan menyerang Ukraina.") == [("China", "attack", "Ukraine", True, None)]


def test_coordinated_objects_give_one_triple_each(nlp):
    got = code(nlp, "Rusia meminta kepada NATO dan AS untuk berunding.")
    assert got == [("Russia", "ask", "NATO", False, None), ("Russia", "ask", "United States", False, None)]


def test_coordinated_subjects(nlp):
    got = code(nlp, "Rusia dan China mengecam NATO.")
    assert sorted(got) == [("China", "criticize", "NATO", False, None), ("Russia", "criticize", "NATO", False, None)]


def test_nominal_event_takes_genitive_agent_and_marked_target(nlp):
    got = code(nlp, "Dunia mengutuk serangan Rusia terhadap Ukraina.")
    assert got == [("Russia", "attack", "Ukraine", False, None)]


def test_oblique_actor_is_not_a_subject(nlp):
    # "dengan Rusia" is the partner of the dialogue, and "setelah" opens a new clause whose agent is Moskow.
    got = code(nlp, "NATO tidak bisa berdialog dengan Rusia setelah Moskow menyerang Ukraina.")
    assert got == [("Russia", "attack", "Ukraine", False, None)]


def test_reported_speech_records_the_source(nlp):
    got = code(nlp, "NATO mengatakan bahwa Rusia menyerang Ukraina.")
    assert got == [("Russia", "attack", "Ukraine", False, "NATO")]


def test_quote_is_attributed_to_its_speaker(nlp):
    got = code(nlp, "“Rusia menyerang Ukraina,” kata Stoltenberg.")
    assert got == [("Russia", "attack", "Ukraine", False, "Jens Stoltenberg")]
