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


# ---- our English sets -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def en_dev():
    return load_devset("en").items


@pytest.fixture(scope="module")
def en_test():
    return load_devset("en-test").items


def _gold_actors(items):
    for item in items:
        for e in item.events:
            for a in (e.subject, e.object, e.source):
                if a is not None:
                    yield a
                    if a.affiliation is not None:
                        yield a.affiliation


@pytest.mark.parametrize("name,minimum", [("en", 150), ("en-test", 50)])
def test_english_sets_are_well_formed(name, minimum):
    from newsgraph import taxonomy
    from newsgraph.actors import load_kb

    items = load_devset(name).items
    assert len(items) >= minimum
    assert all(i.lang == "en" and i.text.strip() and i.date for i in items)
    assert len({i.id for i in items}) == len(items)
    kb = load_kb()
    kb_qids = {a.qid for a in kb.actors.values() if a.qid}
    kb_labels = {a.label: a.qid for a in kb.actors.values()}
    for actor in _gold_actors(items):
        # every QID names an actor of the knowledge base, under that actor's canonical label
        if actor.qid:
            assert actor.qid in kb_qids, actor
            assert kb_labels.get(actor.label) == actor.qid, actor
    for e in (e for i in items for e in i.events):
        assert e.cameo and taxonomy.exists(e.cameo), e  # the finest code is given and is in the taxonomy
        assert taxonomy.relation_of(e.cameo) == e.relation
    no_event = sum(1 for i in items if not i.events)
    assert 0.10 <= no_event / len(items) <= 0.25  # traps: sentences with no event between actors


def test_english_dev_set_covers_every_root_and_construction(en_dev):
    assert {e.relation for i in en_dev for e in i.events} == set(ROOT_CLASSES)
    notes = collections.Counter(t.strip() for i in en_dev for t in (i.note or "").split(","))
    for construction in ("passive", "negation", "refusal", "coordination", "reported speech", "quote", "modality",
                         "nominal", "headline", "role phrase", "metonym", "light verb", "control verb",
                         "unknown actor", "conditional", "subordinate clause"):
        assert notes[construction] >= 2, construction
    negated_texts = [i.text for i in en_dev if any(e.negated for e in i.events)]
    for phrase in ("did not", "never", "no longer", "has not", "won't", "will not"):
        assert any(phrase in t for t in negated_texts), phrase
    assert {e.modality for i in en_dev for e in i.events} >= {"future", "planned", "conditional", "intent"}
    assert sum(1 for i in en_dev if i.headline) >= 5
    assert any(e.source for i in en_dev for e in i.events)
    fine = {e.cameo for i in en_dev for e in i.events}
    assert {"111", "112", "1123", "130", "163", "172", "190", "042", "043", "041", "0841", "195"} <= fine
    actors = {str(a) for i in en_dev for e in i.events for a in (e.subject, e.object) if a is not None}
    assert len(actors) >= 80


def test_english_held_out_set_is_separate_from_the_dev_set(en_dev, en_test):
    assert {e.relation for i in en_test for e in i.events} == set(ROOT_CLASSES)
    assert not {i.text for i in en_dev} & {i.text for i in en_test}
    assert not {i.id for i in en_dev} & {i.id for i in en_test}
    dev_actors = {str(a) for a in _gold_actors(en_dev)}
    test_actors = {str(a) for a in _gold_actors(en_test)}
    assert len(test_actors - dev_actors) >= len(test_actors) // 2  # mostly actors the dev set never shows


# ---- article-level gold (written blind: see devsets/README.md) ---------------------------------------------

@pytest.mark.parametrize("name,lang,n", [("id-articles", "id", 12), ("en-articles", "en", 12),
                                         ("id-articles-2", "id", 12), ("en-articles-2", "en", 12),
                                         ("en-articles-3", "en", 12), ("id-articles-3", "id", 12),
                                         ("id-articles-test", "id", 10), ("en-articles-test", "en", 10)])
def test_article_sets_are_whole_dated_articles(name, lang, n):
    from newsgraph import taxonomy

    items = load_devset(name).items
    assert len(items) >= n
    assert len({i.id for i in items}) == len(items)
    for item in items:
        assert item.lang == lang and item.date and item.title, item.id
        assert len(item.text.split()) >= 250, item.id  # a whole article, not a sentence
        assert "\n\n" in item.text, item.id  # paragraphs
    for e in (e for i in items for e in i.events):
        assert e.cameo and taxonomy.exists(e.cameo) and taxonomy.relation_of(e.cameo) == e.relation, e
    assert min(len(i.events) for i in items) <= 2  # an article that is (nearly) all trap: markets, trade figures


@pytest.mark.parametrize("dev,test", [("id-articles", "id-articles-test"), ("en-articles", "en-articles-test"),
                                      ("id-articles-2", "id-articles-test"), ("en-articles-2", "en-articles-test"),
                                      ("id-articles", "id-articles-2"), ("en-articles", "en-articles-2"),
                                      ("en-articles-3", "en-articles-test"), ("en-articles", "en-articles-3"),
                                      ("en-articles-2", "en-articles-3"),
                                      ("id-articles-3", "id-articles-test"), ("id-articles", "id-articles-3"),
                                      ("id-articles-2", "id-articles-3")])
def test_held_out_article_sets_share_nothing_with_the_dev_articles(dev, test):
    dev_items, test_items = load_devset(dev).items, load_devset(test).items
    assert not {i.id for i in dev_items} & {i.id for i in test_items}
    assert not {i.title for i in dev_items} & {i.title for i in test_items}
    assert not {i.text for i in dev_items} & {i.text for i in test_items}
