"""Session 5 (PLOVER helper): actor facts that wire copy of any year relies on. Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import ActorResolver, ArticleActors, load_kb
from newsgraph.language.pipeline import get_pipeline


@pytest.fixture(scope="module")
def mentions():
    resolver = ActorResolver(load_kb(), lang="en")
    nlp = get_pipeline("en")

    def find(text, date=dt.date(2025, 5, 12)):
        doc = nlp(text)
        return [(m.text, m.actor.label if m.actor else None)
                for m in resolver.find_mentions(doc[:], ArticleActors(date=date))]

    return find


@pytest.mark.parametrize("text, states", [
    ("Kinshasa accused Kigali of backing the rebels.", ["Democratic Republic of the Congo", "Rwanda"]),
    ("Monrovia and Freetown signed a border accord.", ["Liberia", "Sierra Leone"]),
    ("Bamako expelled the envoy sent by Abidjan.", ["Mali", "Ivory Coast"]),
    ("Zagreb and Sarajevo traded accusations.", ["Croatia", "Bosnia and Herzegovina"]),
    ("Managua recalled its ambassador from Tegucigalpa.", ["Nicaragua", "Honduras"]),
])
def test_a_capital_stands_for_its_state(mentions, text, states):
    assert [label for _, label in mentions(text)] == states


def test_the_west_bank_is_not_the_west(mentions):
    found = mentions("Settlers in the West Bank town set fire to a mosque.")
    assert found == [("the West Bank", "West Bank")]
    assert mentions("The West Bank was sealed off.") == [("The West Bank", "West Bank")]
    assert mentions("Russia blamed the West for the war.")[1] == ("the West", "the West")


@pytest.mark.parametrize("text, expected", [
    ("Israeli jets struck South Lebanon overnight.", ("Lebanon", "Lebanon")),
    ("Turkish drones hit targets in Northern Syria.", ("Syria", "Syria")),
    ("Moscow moved troops into Eastern Ukraine.", ("Ukraine", "Ukraine")),
    ("Rebels took Goma in eastern Democratic Republic of the Congo.",  # NER stops at 'of'
     ("Democratic Republic of the Congo", "Democratic Republic of the Congo")),
    ("East Germany expelled two diplomats.", ("East Germany", "East Germany")),  # another state, not Germany
    ("Troops patrolled Northern Ireland.", ("Northern Ireland", "Northern Ireland")),  # not Ireland
    ("Police sealed off East Jerusalem.", ("East Jerusalem", "East Jerusalem")),  # a metonym is no state name
])
def test_a_compass_word_before_a_states_name_is_part_of_that_state(mentions, text, expected):
    text_found, label = expected
    assert (text_found, label) in mentions(text)


def test_an_invasion_of_south_lebanon_is_against_lebanon():
    from newsgraph.extract import extract_article
    from newsgraph.model import Article

    text = "Israel launched an invasion of South Lebanon on Tuesday."
    events = extract_article(Article(id="s5", text=text, paragraphs=[text], language="en", date=dt.date(2024, 10, 1)))
    assert [(e.subject.label, e.relation, e.object.label) for e in events] == [("Israel", "fight", "Lebanon")]


@pytest.mark.parametrize("text, state", [
    ("The US House of Representatives approved the aid package.", "United States"),
    ("Britain's House of Commons voted for the motion.", "United Kingdom"),
    ("Italy's Chamber of Deputies passed the bill.", "Italy"),
    ("The Philippine House of Representatives impeached the vice president.", "Philippines"),
])
def test_a_chamber_of_parliament_with_its_state_is_that_state(mentions, text, state):
    assert mentions(text)[0][1] == state


@pytest.fixture(scope="module")
def first_actor():
    resolver = ActorResolver(load_kb(), lang="en")
    nlp = get_pipeline("en")
    return lambda text: resolver.find_mentions(nlp(text)[:], ArticleActors(date=dt.date(2024, 6, 1)))[0].actor


@pytest.mark.parametrize("text, person, state", [
    ("Israel's ambassador to the United Nations, Gilad Erdan, said so.", "Gilad Erdan", "Israel"),
    ("China's ambassador to the US, Xie Feng, warned Washington.", "Xie Feng", "China"),
    ("The Russian envoy to Britain, Andrei Kelin, was summoned.", "Andrei Kelin", "Russia"),
])
def test_an_envoy_named_after_the_posting_is_that_person_for_their_state(first_actor, text, person, state):
    actor = first_actor(text)
    assert (actor.label, actor.affiliation.label) == (person, state)


def test_a_posting_with_no_name_after_it_is_the_state(first_actor):
    assert first_actor("Israel's ambassador to the United Nations said so.").label == "Israel"


@pytest.mark.parametrize("text, person, state", [
    ("U.S. Treasury Secretary Scott Bessent told reporters.", "Scott Bessent", "United States"),  # not 'U.S. Treasury'
    ("U.S. State Department spokesman Matthew Miller said so.", "Matthew Miller", "United States"),
])
def test_a_role_that_runs_past_a_longer_name_is_the_shorter_bodys(first_actor, text, person, state):
    actor = first_actor(text)
    assert (actor.label, actor.affiliation.label) == (person, state)


@pytest.mark.parametrize("text, label", [
    ("The U.S. Treasury imposed sanctions on the bank.", "United States"),  # capitals, but no dateline
    ("The US State Department condemned the attack.", "United States"),
])
def test_an_institution_named_with_its_state_is_the_state(first_actor, text, label):
    assert first_actor(text).label == label


def test_a_capitalised_capital_is_still_a_dateline(mentions):
    assert ("MOSCOW", "Russia") not in mentions("MOSCOW (Reuters) - Russia said it would respond.")


@pytest.mark.parametrize("text, state", [
    ("Turkey has never recognised the Republic of Cyprus.", "Cyprus"),
    ("The Syrian Arab Republic rejected the resolution.", "Syria"),
    ("The Republic of Ireland joined the case.", "Ireland"),
    ("The Lao People's Democratic Republic signed the accord.", "Laos"),
])
def test_a_states_formal_name_is_the_state(mentions, text, state):
    assert state in [label for _, label in mentions(text)]


@pytest.mark.parametrize("text, state", [
    ("The Indian High Commission in Dhaka protested.", "India"),
    ("South Korea's Joint Chiefs of Staff said the North fired a missile.", "South Korea"),
    ("The Russian General Staff said the strikes hit their targets.", "Russia"),
])
def test_a_high_commission_and_a_general_staff_are_their_state(mentions, text, state):
    assert mentions(text)[0][1] == state
