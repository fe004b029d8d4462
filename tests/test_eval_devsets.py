"""The dev sets: readers for the English reference sets in ../shared, and our Indonesian gold's validity."""

from __future__ import annotations

import collections
import re

import pytest

from newsgraph.evaluation import ROOT_CLASSES, load_devset, load_gold, read_petrarch, read_plover
from newsgraph.evaluation.devsets import devsets_dir, shared_dir
from newsgraph.evaluation.plover import gold_types

needs_shared = pytest.mark.skipif(
    not (shared_dir() / "reference").is_dir(), reason=f"reference folder {shared_dir()} is not present"
)


@needs_shared
def test_plover_records_become_gold_items_with_state_actors():
    loaded = read_plover()
    assert len(loaded.items) > 300 and loaded.level == "state"
    assert len({i.id for i in loaded.items}) == len(loaded.items)  # a reused record id is made unique
    assert {e.relation for i in loaded.items for e in i.events} <= set(gold_types())
    by_id = {i.id: i for i in loaded.items}
    # compound actors marked SRC/TAR act on each other
    agree = by_id["PLOVER-GSR01-AGREE-0001"]
    assert {(str(e.subject), str(e.object)) for e in agree.events} == {("Hungary", "Romania"), ("Romania", "Hungary")}
    assert agree.events[0].subject.qid == "Q28"
    # an IGO code names no single actor: the record's text is looked up, and kept as an alias
    apec = by_id["PLOVER-GSR01-AGREE-0002"]
    assert str(apec.events[0].subject) == "APEC" and apec.events[0].object.qid == "Q17"
    assert "Asia-Pacific Economic Cooperation" in apec.events[0].subject.aliases
    un = by_id["PLOVER-GSR01-AGREE-0017"].events[0].subject
    assert un.qid == "Q37470"  # "Security Council"
    # government and rebels of one country fold to one state: the event keeps no target
    sudan = by_id["PLOVER-GSR01-AGREE-0031"]
    assert [(str(e.subject), e.object) for e in sudan.events] == [("Sudan", None)]
    assert all(i.scheme == "plover" and i.lang == "en" and i.text for i in loaded.items)


@needs_shared
def test_petrarch_records_become_gold_items_on_cameo_roots():
    loaded = read_petrarch()
    assert len(loaded.items) >= 150
    assert loaded.skipped > 0  # error-handling records and uncodable actors are left out, and counted
    demo = next(i for i in loaded.items if i.id == "DEMO-00")
    assert [(str(e.subject), e.relation, str(e.object)) for e in demo.events] == [
        ("Arnor", "engage_in_material_cooperation", "Gondor")]
    assert all(e.relation in ROOT_CLASSES for i in loaded.items for e in i.events)
    assert any(not i.events for i in loaded.items)  # "noevents" records are kept as items with no event


@pytest.fixture(scope="module")
def dev():
    return load_gold(devsets_dir() / "id" / "dev.jsonl")


@pytest.fixture(scope="module")
def test_set():
    return load_gold(devsets_dir() / "id" / "test.jsonl")


def test_indonesian_dev_set_is_valid_and_large_enough(dev):
    # load_gold has already checked every relation name, CAMEO code, QID and id; here: size and content
    assert len(dev) >= 150
    assert all(i.lang == "id" and i.text.strip() for i in dev)
    assert {e.relation for i in dev for e in i.events} == set(ROOT_CLASSES)
    assert all(e.cameo for i in dev for e in i.events)
    no_event = sum(1 for i in dev if not i.events)
    assert 0.10 <= no_event / len(dev) <= 0.25


def test_indonesian_dev_set_covers_every_construction(dev):
    notes = collections.Counter(t.strip() for i in dev for t in (i.note or "").split(","))
    for construction in ("passive", "object focus", "negation", "refusal", "coordination", "reported speech",
                         "quote", "modality", "nominal", "headline", "role phrase", "metonym", "light verb"):
        assert notes[construction] >= 2, construction
    negated_texts = [i.text for i in dev if any(e.negated for e in i.events)]
    for word in ("tidak", "belum", "bukan", "tak"):
        assert any(re.search(rf"\b{word}\b", t) for t in negated_texts), word
    assert any(i.headline for i in dev)
    actors = {str(a) for i in dev for e in i.events for a in (e.subject, e.object) if a is not None}
    assert len(actors) >= 40  # spread over many actors, not just Russia and NATO


def test_held_out_set_is_separate_from_the_dev_set(dev, test_set):
    assert len(test_set) >= 60
    assert {e.relation for i in test_set for e in i.events} == set(ROOT_CLASSES)
    assert not {i.text for i in dev} & {i.text for i in test_set}
    assert not {i.id for i in dev} & {i.id for i in test_set}


def test_devsets_load_by_name():
    assert len(load_devset("id").items) >= 150
    with pytest.raises(Exception, match="no such dev set"):
        load_devset("klingon")
