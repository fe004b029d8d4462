"""A people named in the plural is a population, not a body that acts: no actor, unless the knowledge base makes it
a state's people ("Iraqis")."""

from __future__ import annotations

from articles import extract, triples


def labels(events) -> set[str]:
    return {a.label for e in events for a in (e.subject, e.object)}


def test_a_people_in_the_plural_is_no_actor():
    events = extract("en", "Kurds demanded autonomy from Syria on Monday.",
                     "Several thousand ethnic Albanians protested against Montenegro's new language law.")
    assert not labels(events) & {"Kurds", "Albanians", "ethnic Albanians"}


def test_a_regional_people_is_no_actor():
    events = extract("en", "Guinea closed its border to West Africans expelled from Mali.")
    assert "West Africans" not in labels(events)


def test_clashes_with_a_people_are_no_fight_between_actors():
    events = extract("en", "Turkey shut the crossing because of clashes between Azerbaijanis and Armenians, officials "
                           "said.")
    assert not [e for e in events if e.relation == "fight"]


def test_a_states_people_is_still_the_state():
    events = extract("en", "Iraqis protested against Turkey's dam on the Tigris.")
    assert ("Iraq", "protest", "Turkey") in triples(events, "state")
