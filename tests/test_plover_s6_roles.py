"""A role over what a body's ally, rival or neighbour is, is not the body's official."""

from __future__ import annotations

from articles import extract


def test_the_chief_of_a_states_ally_is_no_official_of_that_state():
    events = extract("en", "Syria accused the deputy chief of Turkey's militia ally of war crimes.")
    assert not [e for e in events if e.object.at_level("state").label == "Turkey"]


def test_the_head_of_what_a_state_owns_is_still_its_official():
    events = extract("en", "China accused the head of India's intelligence agency of espionage.")
    assert [e for e in events if e.object.at_level("state").label == "India"]
