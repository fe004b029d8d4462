"""The stable events schema: what a user's tools read back."""

from __future__ import annotations

from newsgraph.model import Actor


def test_an_actor_round_trips_through_json_with_its_key():
    person = Actor("person:jane-doe", "Jane Doe", "person",
                   affiliation=Actor("militia:north", "Northern Militia", "group"), role="spokesperson")
    data = person.as_json()
    assert data["key"] == "person:jane-doe" and data["affiliation"]["key"] == "militia:north"
    again = Actor.from_json(data)
    assert again.key == person.key and again.affiliation.key == "militia:north"


def test_a_knowledge_base_actor_is_keyed_by_its_qid():
    assert Actor("Q159", "Russia", "state", qid="Q159").as_json()["key"] == "Q159"
