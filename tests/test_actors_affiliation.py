"""Whose side a person or body phrase is on when the text gives no office: demonyms, legislatures, out-of-office."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import ActorResolver, load_kb


@pytest.fixture(scope="module")
def en():
    return ActorResolver(load_kb(), lang="en")


def test_demonym_and_title_give_an_unknown_leader_his_state(en):
    m = en.lookup("Zimbabwean Prime Minister Robert Mugabe", date=dt.date(1985, 1, 1))
    assert m.actor.label == "Robert Mugabe" and m.actor.qid is None
    assert m.actor.affiliation.label == "Zimbabwe"


@pytest.mark.parametrize("text,state", [("Burmese troops", "Myanmar"), ("Rwandan officials", "Rwanda"),
                                        ("the US Congress", "United States"), ("Israel's Cabinet", "Israel")])
def test_bodies_named_by_demonym_or_legislature_are_the_state(en, text, state):
    assert en.lookup(text).actor.label == state


def test_a_head_of_state_before_taking_office_is_on_his_state_side(en):
    putin = en.lookup("Putin", date=dt.date(1998, 1, 1)).actor
    assert putin.affiliation is not None and putin.affiliation.label == "Russia"
    assert putin.role is None  # no office is claimed for that date


def test_a_former_secretary_general_no_longer_speaks_for_the_alliance(en):
    stoltenberg = en.lookup("Jens Stoltenberg", date=dt.date(2025, 6, 1)).actor
    assert stoltenberg.affiliation is None or stoltenberg.affiliation.label != "NATO"
    assert en.lookup("Jens Stoltenberg", date=dt.date(2022, 11, 29)).actor.affiliation.label == "NATO"
