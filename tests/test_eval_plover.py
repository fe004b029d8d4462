"""How predicted CAMEO codes count against PLOVER's gold types (newsgraph.evaluation.plover)."""

from __future__ import annotations

import pytest

from newsgraph.actors import load_kb
from newsgraph.evaluation import GoldEvent, GoldItem, plover, score
from newsgraph.evaluation.gold import GoldActor
from newsgraph.model import PERSON, Actor, Event


@pytest.mark.parametrize("cameo,modality,gold_type", [
    ("143", "future", "THREATEN"),  # "said they would boycott all contact with the United States"
    ("141", "planned", "THREATEN"),  # "plan to stage rallies against the government"
    ("143", None, "PROTEST"),  # a boycott carried out is a protest
    ("190", "future", "THREATEN"),
    ("070", "future", "AGREE"),
])
def test_an_announced_protest_is_a_threat_as_cameo_133_codes_it(cameo, modality, gold_type):
    assert plover.type_of_code(cameo, modality) == gold_type
    assert plover.accepts(gold_type, cameo, modality)
    others = set(plover.gold_types()) - {gold_type}
    assert not any(plover.accepts(t, cameo, modality) for t in others)


def _event(subject, cameo, obj, item="p1"):
    return Event(article=item, lang="en", date=None, subject=subject, relation="", cameo=cameo, verb="",
                 object=obj, evidence="", confidence=0.9)


def test_cameo_actor_codes_name_a_group_by_its_country_and_leave_the_rest():
    kb = load_kb()
    hamas, israel, nato = kb.actors["Q38799"], kb.actors["Q801"], kb.actors["Q7184"]
    leader = Actor(key="person:x", label="X", type=PERSON, affiliation=kb.actors["Q41053"])  # speaks for Hezbollah
    assert plover.cameo_actor(hamas).qid == "Q219060"  # PSEREBHMS
    assert plover.cameo_actor(leader).qid == "Q822"  # a person folds to their group, the group to Lebanon
    assert plover.cameo_actor(kb.actors["group:islamic-revolutionary-guard-corps"]).qid == "Q794"  # part of Iran
    assert plover.cameo_actor(kb.actors["group:haqqani-network"]).qid == "Q889"  # part of the Taliban: AFGREB
    assert plover.cameo_actor(nato) == nato and plover.cameo_actor(israel) == israel


def test_the_comparison_is_separate_from_the_state_level_score():
    kb = load_kb()
    hamas, israel, palestine = kb.actors["Q38799"], kb.actors["Q801"], kb.actors["Q219060"]
    gold = [GoldItem(id="p1", lang="en", text="t", scheme="plover", events=[
        GoldEvent(subject=GoldActor(label="Palestine", qid="Q219060", code="PSE"), relation="THREATEN",
                  object=GoldActor(label="Israel", qid="Q801", code="ISR"))])]
    predicted = {"p1": [_event(hamas, "130", israel), _event(hamas, "190", palestine)]}
    assert score(gold, predicted, level="state").overall.tp == 0  # --level state keeps Hamas apart
    folded = plover.cameo_actor_codes(predicted)
    assert [(e.subject.qid, e.object.qid) for e in folded["p1"]] == [("Q219060", "Q801")]  # Hamas on Gaza: dropped
    assert score(gold, folded, level="state").overall.tp == 1
