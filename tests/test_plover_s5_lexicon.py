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


@pytest.mark.parametrize("text, expected", [
    ("Colombia's government and the ELN rebels resumed peace talks.", ("Colombia", "046", "National Liberation Army (Colombia)", False)),
    ("Houthi rebels and Saudi Arabia exchanged prisoners.", ("Houthis", "0841", "Saudi Arabia", False)),
])
def test_a_groups_fighters_are_the_group(text, expected):
    events = _events(text)
    assert expected in events or (expected[0], "057", expected[2], False) in events or any(
        e[0] == expected[0] and e[2] == expected[2] for e in events)


def test_ethnic_guerrillas_are_not_the_state_named_by_their_demonym():
    assert not [e for e in _events("Ethnic Albanian guerrillas attacked Macedonian police.") if e[0] == "Albania"]


@pytest.mark.parametrize("text, cameo", [
    ("Wagner fighters seized military facilities in the Russian city of Rostov.", "171"),  # no city seized
    ("Russian troops seized the Ukrainian city of Kherson.", "192"),
])
def test_an_optional_object_slot_does_not_run_past_in(text, cameo):
    assert cameo in {e[1] for e in _events(text)}
