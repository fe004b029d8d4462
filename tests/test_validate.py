"""SHACL validation: good graphs pass, each kind of broken graph fails with a readable message."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from newsgraph.cli import main
from newsgraph.graph import ACTOR, CAMEO, NG, article_graph
from newsgraph.model import ORGANIZATION, PERSON, STATE, Actor, Article, Event
from newsgraph.validate import validate_graph

RUSSIA = Actor("Q159", "Russia", STATE, qid="Q159", code="RUS")
NATO = Actor("Q7184", "NATO", ORGANIZATION, qid="Q7184")
STOLTENBERG = Actor("Q57", "Jens Stoltenberg", PERSON, qid="Q57", affiliation=NATO, role="Secretary General")
GRUSHKO = Actor("person:alexander-grushko", "Alexander Grushko", PERSON, affiliation=RUSSIA)


def article() -> Article:
    return Article(
        id="a1",
        text="Russia accused NATO. Stoltenberg said NATO would not threaten Russia.",
        title="Russia accuses NATO",
        url="https://news.example/a1",
        date=dt.date(2024, 3, 2),
        language="en",
        source="Example News",
    )


def events() -> list[Event]:
    def ev(subject, relation, cameo, obj, **kw):
        base = dict(article="a1", lang="en", date=dt.date(2024, 3, 2), verb=relation, evidence="Russia accused NATO.",
                    confidence=0.8)
        return Event(subject=subject, relation=relation, cameo=cameo, object=obj, **{**base, **kw})

    return [
        ev(RUSSIA, "disapprove", "112", NATO, sentence=0, trigger="accused"),
        ev(RUSSIA, "disapprove", "112", NATO, headline=True, confidence=0.6),  # same claim in the headline
        ev(STOLTENBERG, "threaten", "138", RUSSIA, negated=True, modality="future", sentence=1, source=STOLTENBERG),
        ev(GRUSHKO, "reject", "120", NATO, date=None, extractor="patterns", quote=True, source=GRUSHKO),
    ]


@pytest.fixture()
def good():
    return article_graph(article(), events())


def test_article_graph_output_validates(good):
    report = validate_graph(good)
    assert report.conforms, report.summary()
    assert report.errors == [] and report.triples == len(good)


def event_node(g, cameo="112"):
    return next(g.subjects(NG.cameo, CAMEO[cameo]))


def failing(g, message_part):
    report = validate_graph(g)
    assert not report.conforms
    assert any(message_part in v.message for v in report.errors), report.summary()
    return report


def test_event_without_subject_fails(good):
    e = event_node(good)
    good.remove((e, NG.subject, None))
    report = failing(good, "exactly one subject")
    assert "does not conform" in report.summary() and "event:" in report.summary()


def test_event_with_two_objects_fails(good):
    good.add((event_node(good), NG.object, ACTOR["Q212"]))
    failing(good, "exactly one object")


def test_object_that_is_not_an_actor_fails(good):
    e = event_node(good)
    good.remove((e, NG.object, None))
    good.add((e, NG.object, URIRef("https://newsgraph.dev/article/a1")))
    failing(good, "exactly one object, an ng:Actor")


@pytest.mark.parametrize("value", [Literal(1.5, datatype=XSD.double), Literal("high"), Literal(-0.1, datatype=XSD.double)])
def test_confidence_outside_0_1_fails(good, value):
    e = event_node(good)
    good.set((e, NG.confidence, value))
    failing(good, "confidence")


def test_missing_evidence_and_non_boolean_negated_fail(good):
    e = event_node(good)
    good.remove((e, NG.evidence, None))
    good.set((e, NG.negated, Literal("no")))
    report = validate_graph(good)
    messages = {v.message for v in report.errors}
    assert any("evidence" in m for m in messages) and any("ng:negated" in m for m in messages)


def test_unknown_cameo_code_and_wrong_root_fail(good):
    e = event_node(good)
    good.set((e, NG.cameo, CAMEO["999"]))
    failing(good, "CAMEO code")
    good.set((e, NG.cameo, CAMEO["190"]))  # a real code, but under 19 fight, not 11 disapprove
    failing(good, "does not belong to the relation")


def test_missing_shortcut_of_a_factual_event_fails(good):
    good.remove((ACTOR["Q159"], NG.disapprove, ACTOR["Q7184"]))
    failing(good, "shortcut triple")


def test_event_without_article_fails(good):
    good.remove((event_node(good), NG.article, None))
    failing(good, "ng:article")


def test_actor_without_label_or_type_fails(good):
    good.remove((ACTOR["Q7184"], RDFS.label, None))
    failing(good, "label")
    good.add((ACTOR["Q7184"], RDFS.label, Literal("NATO", lang="en")))
    good.remove((ACTOR["Q7184"], RDF.type, None))
    failing(good, "a type")


def test_article_with_two_dates_fails(good):
    good.add((URIRef("https://newsgraph.dev/article/a1"), NG.date, Literal(dt.date(2024, 3, 3))))
    failing(good, "at most one date")


def test_self_loop_is_a_warning_only(good):
    e = event_node(good)
    good.remove((e, NG.object, None))
    good.add((e, NG.object, ACTOR["Q159"]))
    good.add((ACTOR["Q159"], NG.disapprove, ACTOR["Q159"]))
    report = validate_graph(good)
    assert report.conforms and any("same actor" in w.message for w in report.warnings)


def test_validate_cli_exit_status(tmp_path, good, capsys):
    ok = tmp_path / "good.ttl"
    good.serialize(ok, format="turtle")
    assert main(["validate", str(ok)]) == 0
    assert "conforms" in capsys.readouterr().out

    good.remove((event_node(good), NG.subject, None))
    bad = tmp_path / "bad.nt"
    good.serialize(bad, format="nt")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "does not conform: 1 violation" in out and "an event needs exactly one subject" in out

    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    assert main(["validate", str(broken)]) == 2
    assert main(["validate", str(tmp_path / "missing.ttl")]) == 2
    err = capsys.readouterr().err
    assert "broken.ttl" in err and "Traceback" not in err


def test_a_store_with_articles_validates(tmp_path, capsys):
    from newsgraph.store import open_store
    from newsgraph.validate import validate_store

    with open_store("memory:") as store:
        store.replace_article(article(), events())
        other = Article(id="a2", text="x", date=dt.date(2024, 3, 3), language="id")
        store.replace_article(other, [Event(**{**events()[0].__dict__, "article": "a2"})])
        report = validate_store(store)
    assert report.conforms, report.summary()
    assert report.triples > 1000  # the ontology and CAMEO scheme were checked along

    path = tmp_path / "store"
    with open_store(str(path)) as store:
        store.replace_article(article(), events())
    assert main(["validate", "--store", str(path)]) == 0


def test_a_build_of_the_samples_validates(tmp_path, capsys):
    """The issue's promise: the output of every build validates (the bundled samples, English and Indonesian)."""
    from pathlib import Path

    samples = Path(__file__).resolve().parents[1] / "samples"
    assert main(["build", str(samples), "--out", str(tmp_path), "--no-html", "--store", str(tmp_path / "store")]) == 0
    capsys.readouterr()
    assert main(["validate", "--store", str(tmp_path / "store"), "--examples", "10"]) == 0, capsys.readouterr().out
    assert "conforms" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "graph.ttl")]) == 0


def test_roles_and_affiliations_accumulate_across_articles(good):
    # Stoltenberg spoke for Norway before NATO; Russia is its foreign ministry in one article, its spokesperson in
    # another: each article graph says one, the union of a store holds both and must still validate
    from dataclasses import replace

    norway = Actor("Q20", "Norway", STATE, qid="Q20", code="NOR")
    earlier = replace(article(), id="a2", url="https://news.example/a2", date=dt.date(2010, 5, 1))
    pm = replace(STOLTENBERG, affiliation=norway, role="Prime Minister")
    ministry = replace(RUSSIA, role="foreign ministry")
    other = article_graph(earlier, [Event(article="a2", lang="en", date=dt.date(2010, 5, 1), subject=pm,
                                          relation="disapprove", cameo="111", object=ministry, verb="criticised",
                                          evidence="Stoltenberg criticised the Russian foreign ministry.",
                                          confidence=0.8, sentence=0)])
    report = validate_graph(good + other)
    assert report.conforms, report.summary()
