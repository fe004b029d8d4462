"""Session 5 (PLOVER helper): English lexicon rows, on our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract import extract_article
from newsgraph.model import Article


def _events(text):
    art = Article(id="s5", text=text, paragraphs=[text], language="en", date=dt.date(2025, 3, 1))
    return [(e.subject.label, e.cameo, e.object.label, e.negated) for e in extract_article(art)]


@pytest.mark.parametrize("text", [
    "Israel vowed not to return the occupied land to Syria.",
    "Beijing promised not to sell drones to Moscow.",
    "The president swore never to hand the islands to Argentina.",
])
def test_a_pledge_not_to_act_is_no_intent_to_cooperate(text):
    assert not [e for e in _events(text) if e[1].startswith("03") and not e[3]]


def test_a_pledge_to_act_still_is():
    assert ("Russia", "033", "Cuba", False) in _events("Russia pledged to send aid to Cuba.")


@pytest.mark.parametrize("text, expected", [
    ("Moscow sent troops to Syria.", ("Russia", "072", "Syria", False)),  # 'to' parsed as a dative
    ("Washington sent troops to Poland.", ("United States", "072", "Poland", False)),  # 'to' parsed as a preposition
    ("Ghana sent peacekeeping troops to Liberia.", ("Ghana", "074", "Liberia", False)),
])
def test_troops_sent_to_a_state_are_sent_to_it_however_to_is_parsed(text, expected):
    assert expected in _events(text)


def test_the_west_is_a_bloc_that_acts_and_is_acted_on():
    assert any(e[0] == "Vladimir Putin" and e[1].startswith("13") and e[2] == "the West"
               for e in _events("Putin warned the West that Russia would strike back."))
