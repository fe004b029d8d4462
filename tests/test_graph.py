"""The RDF mapping: stable IRIs, one event per claim per article, PROV provenance, shortcuts, clusters."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS

from newsgraph.graph import NG, WD, actor_iri, article_graph, event_iri
from newsgraph.graph.clusters import EventRow, cluster_rows
from newsgraph.model import Actor, Article, Event
from newsgraph.resources import ontology_dir

RUSSIA = Actor("Q159", "Russia", "state", qid="Q159", code="RUS")
NATO = Actor("Q7184", "NATO", "organization", qid="Q7184")
UKRAINE = Actor("Q212", "Ukraine", "state", qid="Q212", code="UKR")
STOLTENBERG = Actor("Q57286", "Jens Stoltenberg", "person", qid="Q57286", affiliation=NATO, role="Secretary General")
GRUSHKO = Actor("person:alexander-grushko", "Alexander Grushko", "person", affiliation=RUSSIA)


def article(aid: str, day: int = 29, source: str = "Example News", text: str = "body", **kw) -> Article:
    return Article(id=aid, text=text, title=f"Title of {aid}", date=dt.date(2022, 11, day), language="en",
                   source=source, url=f"https://news.example/{aid}", digest=f"{aid}:{text}", **kw)


def event(aid, subj, rel, code, verb, obj, sentence, conf=0.8, day=29, **kw) -> Event:
    return Event(article=aid, lang="en", date=dt.date(2022, 11, day), subject=subj, relation=rel, cameo=code,
                 verb=verb, object=obj, evidence=f"[{aid}#{sentence}] {subj.label} {verb} {obj.label}.",
                 confidence=conf, sentence=sentence, **kw)


def corpus() -> list[tuple[Article, list[Event]]]:
    """Three articles: a1 and a3 report the same accusation two days apart; a1 repeats it in its headline."""
    a1, a2, a3 = article("a1", 29), article("a2", 30, source="Other Wire"), article("a3", 27, source="Third Post")
    return [
        (a1, [
            event("a1", RUSSIA, "disapprove", "112", "accuse", NATO, None, 0.6, headline=True),
            event("a1", RUSSIA, "disapprove", "112", "accuse", NATO, 2, 0.9, trigger="accused"),
            event("a1", STOLTENBERG, "disapprove", "112", "blame", RUSSIA, 3, 0.85),
            event("a1", RUSSIA, "appeal", "020", "request", NATO, 4, 0.7),
        ]),
        (a2, [
            event("a2", RUSSIA, "fight", "190", "attack", UKRAINE, 1, 0.8, day=30),
            event("a2", GRUSHKO, "reject", "120", "reject", NATO, 2, 0.75, day=30, source=RUSSIA, quote=True),
            event("a2", RUSSIA, "fight", "190", "attack", NATO, 3, 0.7, day=30, negated=True),
        ]),
        (a3, [event("a3", RUSSIA, "disapprove", "112", "accuse", NATO, 1, 0.8, day=27)]),
    ]


def test_actor_iris_follow_the_team_rule():
    assert actor_iri("Q159") == URIRef("https://newsgraph.dev/actor/Q159")
    assert actor_iri("person:alexander-grushko") == URIRef("https://newsgraph.dev/actor/person/alexander-grushko")
    assert actor_iri("group:a b/c") == URIRef("https://newsgraph.dev/actor/group/a%20b%2Fc")


def test_event_iris_do_not_depend_on_the_process():
    # Python's hash() is salted per process; our IRIs must not be.
    ev = corpus()[0][1][1]
    code = ("import datetime as dt; from newsgraph.model import Actor, Event; from newsgraph.graph import event_iri;"
            "R=Actor('Q159','Russia','state','Q159','RUS'); N=Actor('Q7184','NATO','organization','Q7184');"
            "print(event_iri(Event('a1','en',dt.date(2022,11,29),R,'disapprove','112','accuse',N,'x',0.9,sentence=2)))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert outs == {str(event_iri(ev))}


def test_same_claim_in_headline_and_body_is_one_event_with_two_mentions():
    art, events = corpus()[0]
    g = article_graph(art, events)
    accusations = [e for e in g.subjects(RDF.type, NG.Event) if (e, NG.verb, Literal("accuse")) in g]
    assert len(accusations) == 1
    e = accusations[0]
    assert g.value(e, NG.mentionCount).toPython() == 2
    assert g.value(e, NG.confidence).toPython() == 0.9  # the best mention's
    assert len(list(g.objects(e, NG.mention))) == 2
    assert len(set(g.subjects(RDF.type, NG.Event))) == 3


def test_events_carry_provenance_and_shortcuts():
    art, events = corpus()[1]
    g = article_graph(art, events)
    art_node = URIRef("https://newsgraph.dev/article/a2")
    attack = next(e for e in g.subjects(NG.verb, Literal("attack")) if g.value(e, NG.negated) == Literal(False))
    assert g.value(attack, NG.subject) == actor_iri("Q159")
    assert g.value(attack, NG.cameo) == URIRef("https://newsgraph.dev/cameo/190")
    assert g.value(attack, NG.relation) == URIRef("https://newsgraph.dev/cameo/19")
    # derived from its article through ng:article, a sub-property of prov:wasDerivedFrom (not asserted twice)
    assert g.value(attack, NG.article) == art_node
    onto = Graph().parse(ontology_dir() / "newsgraph.ttl")
    assert (NG.article, RDFS.subPropertyOf, PROV.wasDerivedFrom) in onto
    activity = g.value(attack, PROV.wasGeneratedBy)
    agent = g.value(activity, PROV.wasAssociatedWith)
    assert (agent, RDF.type, NG.Extractor) in g and (activity, PROV.used, art_node) in g
    assert (actor_iri("Q159"), NG.fight, actor_iri("Q212")) in g
    # A negated claim is an event, but never a shortcut fact.
    assert (actor_iri("Q159"), NG.fight, actor_iri("Q7184")) not in g
    assert (actor_iri("Q159"), OWL.sameAs, WD["Q159"]) in g
    assert g.value(actor_iri("Q159"), RDFS.label) == Literal("Russia", lang="en")
    grushko = actor_iri(GRUSHKO.key)
    assert (grushko, NG.speaksFor, actor_iri("Q159")) in g and (grushko, OWL.sameAs, None) not in g
    reject = next(g.subjects(NG.verb, Literal("reject")))
    assert g.value(reject, NG.claimSource) == actor_iri("Q159")


def test_mapping_uses_only_declared_ontology_terms():
    onto = Graph().parse(ontology_dir() / "newsgraph.ttl")
    declared = set(onto.subjects(RDF.type, None))
    g = Graph()
    for art, events in corpus():
        g += article_graph(art, events)
    used = {p for p in g.predicates() if str(p).startswith(str(NG))}
    used |= {o for o in g.objects(None, RDF.type) if str(o).startswith(str(NG))}
    assert used and used <= declared, used - declared
    relations = ["make_public_statement", "appeal", "express_intent_to_cooperate", "consult",
                 "engage_in_diplomatic_cooperation", "engage_in_material_cooperation", "provide_aid", "yield",
                 "investigate", "demand", "disapprove", "reject", "threaten", "protest", "exhibit_force_posture",
                 "reduce_relations", "coerce", "assault", "fight", "use_unconventional_mass_violence"]
    for rel in relations:
        assert (NG[rel], RDFS.subPropertyOf, NG.relatedTo) in onto, rel


def test_bad_event_is_an_input_error():
    from newsgraph.model import InputError

    art, events = corpus()[0]
    bad = event("a1", RUSSIA, "disapprove", "11x; DROP", "accuse", NATO, 5)
    with pytest.raises(InputError):
        article_graph(art, events + [bad])


def _row(day, art="a", negated=False):
    d = dt.date(2022, 5, day) if day else None
    return EventRow(URIRef(f"urn:e:{art}{day}"), URIRef("urn:s"), "11", URIRef("urn:o"), negated, d,
                    URIRef(f"urn:a:{art}"), 1, None)


def test_clusters_chain_dates_within_the_window_whatever_the_order():
    rows = [_row(1, "a"), _row(3, "b"), _row(5, "c"), _row(12, "d"), _row(None, "e"), _row(2, "f", negated=True)]
    clusters = cluster_rows(rows, window=3)
    sizes = sorted(len(c.rows) for c in clusters)
    assert sizes == [1, 1, 1, 3]
    again = cluster_rows(list(reversed(rows)), window=3)
    assert sorted(str(c.iri) for c in clusters) == sorted(str(c.iri) for c in again)


def test_an_event_states_nothing_another_triple_says():
    """docs/event-model.md: what the ontology entails or another node holds is not stored again on each event."""
    art, events = corpus()[0]
    g = article_graph(art, events)
    blame = next(g.subjects(NG.verb, Literal("blame")))
    assert g.value(blame, PROV.wasDerivedFrom) is None  # entailed by ng:article
    assert g.value(blame, NG.language) is None  # the article's
    (mention,) = g.objects(blame, NG.mention)
    # said once: the mention is where it is said, its evidence and confidence are the event's
    assert set(g.predicate_objects(mention)) == {(NG.sentence, Literal(3))}
    accuse = next(g.subjects(NG.verb, Literal("accuse")))
    headline = next(m for m in g.objects(accuse, NG.mention) if (m, NG.headline, Literal(True)) in g)
    assert g.value(headline, NG.evidence) is not None and g.value(headline, NG.confidence) is not None


def test_an_event_in_another_language_than_its_article_says_so_and_reads_back():
    from newsgraph.graph import events_from_store
    from newsgraph.store import open_store

    art = article("mixed")
    said = Event(article="mixed", lang="id", date=art.date, subject=RUSSIA, relation="disapprove", cameo="112",
                 verb="accuse", object=NATO, evidence="Rusia menuduh NATO.", confidence=0.8, sentence=1)
    assert (event_iri(said), NG.language, Literal("id")) in article_graph(art, [said])
    with open_store("memory:", load_kb=False) as store:
        store.replace_article(art, [said, event("mixed", NATO, "disapprove", "112", "blame", RUSSIA, 2)])
        assert sorted(e.lang for e in events_from_store(store)) == ["en", "id"]
