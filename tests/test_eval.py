"""Scoring arithmetic and gold parsing of newsgraph.evaluation, on hand-made cases."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsgraph.evaluation import GoldActor, GoldEvent, GoldItem, actor_matches, read_gold, score
from newsgraph.model import PERSON, STATE, Actor, Event, InputError

RUSSIA = Actor(key="Q159", label="Russia", type=STATE, qid="Q159", code="RUS")
NATO = Actor(key="Q7184", label="NATO", type="organization", qid="Q7184")
UKRAINE = Actor(key="Q212", label="Ukraine", type=STATE, qid="Q212")
PUTIN = Actor(key="Q7747", label="Vladimir Putin", type=PERSON, qid="Q7747", affiliation=RUSSIA)


def event(subject, relation, obj, cameo, item="s1", negated=False, lang="id"):
    return Event(article=item, lang=lang, date=None, subject=subject, relation=relation, cameo=cameo, verb="",
                 object=obj, evidence="", confidence=0.8, negated=negated)


def gold(item_id, *events, lang="id", scheme="cameo", text="teks", note=None):
    return GoldItem(id=item_id, lang=lang, text=text, events=list(events), scheme=scheme, note=note)


def triple(subj, relation, obj, negated=False):
    g = lambda a: GoldActor.parse(a, "test") if a is not None else None  # noqa: E731
    return GoldEvent(subject=g(subj), relation=relation, object=g(obj), negated=negated)


def test_perfect_predictions_score_one():
    items = [gold("s1", triple("Russia", "disapprove", "NATO")), gold("s2", triple("Q212", "appeal", "Q7184"))]
    pred = {"s1": [event(RUSSIA, "disapprove", NATO, "112")], "s2": [event(UKRAINE, "appeal", NATO, "020", "s2")]}
    r = score(items, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (2, 0, 0)
    assert r.precision == r.recall == r.f1 == 1.0
    assert not r.misses and not r.false_hits


def test_partial_predictions_count_hits_misses_and_false_hits():
    items = [gold("s1", triple("Russia", "disapprove", "NATO"), triple("Russia", "fight", "Ukraine"))]
    pred = {"s1": [event(RUSSIA, "disapprove", NATO, "111"), event(NATO, "disapprove", RUSSIA, "112")]}
    r = score(items, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (1, 1, 1)
    assert r.precision == 0.5 and r.recall == 0.5 and r.f1 == 0.5
    assert [m.triple for m in r.misses] == ["Russia fight Ukraine"]
    assert r.misses[0].text == "teks"
    assert r.false_hits[0].triple.startswith("NATO")


def test_empty_gold_turns_every_prediction_into_a_false_hit():
    items = [gold("none")]
    r = score(items, {"none": [event(RUSSIA, "fight", UKRAINE, "190", "none")]})
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (0, 1, 0)
    assert r.precision == 0.0 and r.recall is None and r.f1 == 0.0
    quiet = score(items, {})
    assert quiet.precision is None and quiet.recall is None and quiet.f1 is None


def test_nothing_predicted_leaves_precision_undefined_and_recall_zero():
    r = score([gold("s1", triple("Russia", "fight", "Ukraine"))], {})
    assert r.precision is None and r.recall == 0.0 and r.f1 == 0.0


def test_triples_are_sets_per_item():
    items = [gold("s1", triple("Russia", "disapprove", "NATO"), triple("Russia", "disapprove", "NATO"))]
    pred = {"s1": [event(RUSSIA, "disapprove", NATO, "112"), event(RUSSIA, "disapprove", NATO, "111")]}
    r = score(items, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (1, 0, 0)


def test_breakdown_per_relation_class_and_language():
    items = [
        gold("s1", triple("Russia", "disapprove", "NATO"), triple("Russia", "fight", "Ukraine")),
        gold("e1", triple("Russia", "fight", "Ukraine"), lang="en"),
    ]
    pred = {
        "s1": [event(RUSSIA, "disapprove", NATO, "112"), event(RUSSIA, "threaten", NATO, "130")],
        "e1": [event(RUSSIA, "fight", UKRAINE, "190", "e1", lang="en")],
    }
    r = score(items, pred)
    by = {k: (v.tp, v.fp, v.fn) for k, v in r.by_relation.items()}
    assert by == {"disapprove": (1, 0, 0), "fight": (1, 0, 1), "threaten": (0, 1, 0)}
    assert (r.by_lang["id"].tp, r.by_lang["id"].fp, r.by_lang["id"].fn) == (1, 1, 1)
    assert r.by_lang["en"].f1 == 1.0
    assert r.by_relation["fight"].recall == 0.5


def test_actors_match_on_qid_when_both_have_one_else_on_label_or_alias():
    rusia = Actor(key="Q159", label="Rusia", type=STATE, qid="Q159")
    assert actor_matches(GoldActor(qid="Q159"), rusia)
    assert actor_matches(GoldActor(label="Russia", qid="Q159"), rusia)  # label differs, QID decides
    wrong = Actor(key="Q212", label="Russia", type=STATE, qid="Q212")
    assert not actor_matches(GoldActor(label="Russia", qid="Q159"), wrong)  # QID decides against the label too
    unlinked = Actor(key="state:russia", label="RUSSIA", type=STATE)
    assert actor_matches(GoldActor(label="Russia", qid="Q159"), unlinked)  # case-folded label
    # accents folded too: articles often drop them where gold keeps them
    assert actor_matches(GoldActor(label="Freddy Ñáñez"), Actor(key="person:x", label="Freddy Nanez", type=PERSON))
    assert not actor_matches(GoldActor(label="Freddy Ñáñez"), Actor(key="person:y", label="Freddy Nunez", type=PERSON))
    assert actor_matches(GoldActor(label="Russian Federation", aliases=("Russia",)), unlinked)
    assert not actor_matches(GoldActor(qid="Q159"), unlinked)  # nothing to compare a bare QID with
    assert actor_matches(GoldActor(code="RUS"), Actor(key="x", label="Rusland", type=STATE, code="RUSGOV"))


def test_relation_matches_on_cameo_root_class():
    items = [gold("s1", triple("Russia", "disapprove", "NATO"))]
    # relation field wrong but the CAMEO code's root class is right: the code wins
    r = score(items, {"s1": [event(RUSSIA, "something_else", NATO, "1123")]})
    assert r.overall.tp == 1


def test_negation_ignored_by_default_and_required_in_strict_mode():
    items = [gold("s1", triple("Russia", "disapprove", "NATO", negated=True))]
    pred = {"s1": [event(RUSSIA, "disapprove", NATO, "111", negated=False)]}
    loose = score(items, pred)
    assert loose.overall.tp == 1 and loose.negation_agree == 0
    strict = score(items, pred, strict=True)
    assert (strict.overall.tp, strict.overall.fp, strict.overall.fn) == (0, 1, 1)
    agree = score(items, {"s1": [event(RUSSIA, "disapprove", NATO, "111", negated=True)]}, strict=True)
    assert agree.overall.tp == 1 and agree.negation_agree == 1


def test_state_level_folds_persons_on_both_sides():
    putin_gold = {"label": "Vladimir Putin", "affiliation": {"label": "Russia", "qid": "Q159"}}
    items = [gold("s1", triple(putin_gold, "disapprove", "NATO"))]
    as_state = {"s1": [event(RUSSIA, "disapprove", NATO, "112")]}
    assert score(items, as_state).overall.tp == 0  # actor level: Putin is not Russia
    assert score(items, as_state, level="state").overall.tp == 1
    as_person = {"s1": [event(PUTIN, "disapprove", NATO, "112")]}
    assert score(items, as_person).overall.tp == 1
    assert score([gold("s1", triple("Russia", "disapprove", "NATO"))], as_person, level="state").overall.tp == 1


def test_gold_event_without_target_neither_rewards_nor_punishes():
    items = [gold("s1", triple("China", "fight", None), triple("Russia", "fight", "Ukraine"))]
    china = Actor(key="Q148", label="China", type=STATE, qid="Q148")
    pred = {"s1": [event(china, "fight", UKRAINE, "190"), event(RUSSIA, "fight", UKRAINE, "190")]}
    r = score(items, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (1, 0, 0)
    assert r.ignored == 1


def test_plover_scheme_compares_types_across_the_2016_and_2021_names():
    fight = gold("p1", triple("Russia", "FIGHT", "Ukraine"), scheme="plover", lang="en")
    accuse = gold("p2", triple("Russia", "DISAPPROVE", "NATO"), scheme="plover", lang="en")
    pred = {
        "p1": [event(RUSSIA, "fight", UKRAINE, "190", "p1"), event(RUSSIA, "make_public_statement", UKRAINE, "010", "p1")],
        "p2": [event(RUSSIA, "disapprove", NATO, "112", "p2"), event(RUSSIA, "threaten", NATO, "130", "p2")],
    }
    r = score([fight, accuse], pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (2, 1, 0)  # the 010 statement is outside PLOVER
    assert r.by_relation["THREATEN"].fp == 1


def _lines(*objs):
    return [json.dumps(o) if not isinstance(o, str) else o for o in objs]


def test_gold_lines_parse_labels_qids_and_derive_relation_from_cameo():
    items = list(read_gold(_lines(
        {"id": "a", "lang": "id", "text": "Rusia menuduh NATO.", "date": "2022-11-29",
         "events": [{"subject": "Q159", "cameo": "112", "object": {"label": "NATO", "qid": "Q7184"}}]},
        "",
        {"id": "b", "lang": "en", "text": "Nothing happened.", "events": []},
    )))
    assert [i.id for i in items] == ["a", "b"]
    ev = items[0].events[0]
    assert ev.relation == "disapprove" and ev.subject.qid == "Q159" and ev.object.label == "NATO"
    assert items[0].date.isoformat() == "2022-11-29"


@pytest.mark.parametrize(
    "line, why",
    [
        ("{not json", "not valid JSON"),
        ({"id": "x", "lang": "id", "text": "t", "events": [{"subject": "A", "relation": "attack", "object": "B"}]},
         "not a CAMEO root class"),
        ({"id": "x", "lang": "id", "text": "t", "events": [{"subject": "A", "relation": "fight", "cameo": "112",
                                                             "object": "B"}]}, "is not in the class"),
        ({"id": "x", "lang": "id", "text": 3, "events": []}, '"text" must be a string'),
        ({"id": "x", "lang": "id", "text": "t"}, '"events" must be a list'),
        ({"id": "x", "lang": "id", "text": "t", "events": [{"subject": {"qid": "159"}, "relation": "fight",
                                                             "object": "B"}]}, "not a Wikidata QID"),
        ({"id": "x", "lang": "id", "text": "t", "date": "29/11/2022", "events": []}, "not an ISO date"),
    ],
)
def test_malformed_gold_names_the_line_and_the_reason(line, why):
    with pytest.raises(InputError) as exc:
        list(read_gold(_lines({"id": "ok", "lang": "id", "text": "t", "events": []}, line), name="g.jsonl"))
    assert "g.jsonl:2" in str(exc.value) and why in str(exc.value)


def test_duplicate_gold_ids_are_rejected():
    row = {"id": "same", "lang": "id", "text": "t", "events": []}
    with pytest.raises(InputError, match="duplicate id"):
        list(read_gold(_lines(row, row)))


def test_breakdown_per_construction_note():
    items = [
        gold("s1", triple("Russia", "disapprove", "NATO"), note="passive, negation"),
        gold("s2", triple("Russia", "fight", "Ukraine"), note="passive"),
        gold("s3", triple("NATO", "appeal", "Russia")),
    ]
    pred = {"s1": [event(RUSSIA, "disapprove", NATO, "112")], "s3": [event(NATO, "appeal", RUSSIA, "020", "s3")]}
    r = score(items, pred)
    assert set(r.by_note) == {"passive", "negation"}
    assert (r.by_note["passive"].tp, r.by_note["passive"].fn) == (1, 1)
    assert r.by_note["negation"].recall == 1.0


def test_root_class_names_agree_with_the_taxonomy():
    taxonomy = pytest.importorskip("newsgraph.taxonomy")
    from newsgraph.evaluation import ROOT_CLASSES

    assert [taxonomy.code(f"{n:02d}").relation for n in range(1, 21)] == list(ROOT_CLASSES)


def test_plover_counts_announced_acts_as_agree_or_threaten():
    agree = gold("p1", triple("Russia", "AGREE", "Ukraine"), scheme="plover", lang="en")
    threat = gold("p2", triple("Russia", "THREATEN", "NATO"), scheme="plover", lang="en")
    aid = event(RUSSIA, "provide_aid", UKRAINE, "070", "p1")
    aid.modality = "future"  # "will give aid"
    sanction = event(RUSSIA, "reduce_relations", NATO, "163", "p2")
    sanction.modality = "planned"
    r = score([agree, threat], {"p1": [aid], "p2": [sanction]})
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (2, 0, 0)
    factual = event(RUSSIA, "provide_aid", UKRAINE, "070", "p1")  # aid given is AID, not AGREE
    r = score([agree], {"p1": [factual]})
    assert (r.overall.tp, r.overall.fp) == (0, 1) and r.by_relation["AID"].fp == 1


def test_an_article_level_item_is_read_as_ingest_reads_an_article():
    # a related-link line is boilerplate in a user's article, so it is none of the article's events here either
    from newsgraph.evaluation.gold import GoldItem
    from newsgraph.evaluation.predict import article_for

    text = ("JAKARTA, KOMPAS.com - Rusia mengecam NATO pada Senin.\n\n"
            "Baca juga: Ukraina Serang Moskow dengan Drone\n\n"
            "Juru bicara Kremlin mengatakan Moskow akan menanggapi.")
    article = article_for(GoldItem(id="a1", lang="id", text=text, events=[], date=dt.date(2024, 1, 8)))
    assert len(article.paragraphs) == 2
    assert not any("Baca juga" in p for p in article.paragraphs)
    assert article.date == dt.date(2024, 1, 8)
