"""Saved queries give the rows a user relies on, in order, on every backend: embedded Oxigraph, Oxigraph and rdflib
in memory, and a real `oxigraph serve` endpoint. Parameters reach the subqueries the queries aggregate in.

The corpus (tests/test_graph.py): a1 (Nov 29) has Russia accuse NATO in its headline and body (one event, two
mentions), Stoltenberg blame Russia, Russia request (appeal to) NATO; a2 (Nov 30) Russia attack Ukraine, Grushko
reject NATO, a negated Russia attack on NATO; a3 (Nov 27) Russia accuse NATO again (the same real event as a1's).
"""

from __future__ import annotations

import datetime as dt
import urllib.request

import pytest
from rdflib import Literal, URIRef

from newsgraph.store import open_store
from newsgraph.store.binding import bind_values
from newsgraph.store.saved import run_saved
from test_graph import corpus
from test_store import HOSTILE, sparql_server  # noqa: F401  (sparql_server is a fixture used by name)

D = dt.date


@pytest.fixture(scope="module", params=["oxigraph", "memory", "rdflib", "endpoint"])
def store(request, tmp_path_factory):
    if request.param == "oxigraph":
        location = str(tmp_path_factory.mktemp("saved") / "store")
    elif request.param == "endpoint":
        location = request.getfixturevalue("sparql_server")
        urllib.request.urlopen(urllib.request.Request(location.replace("/query", "/update"),
                                                      data=b"update=CLEAR%20ALL")).read()
    else:
        location = request.param + ":"
    with open_store(location, load_kb=False) as s:
        for art, events in corpus():
            s.replace_article(art, events)
        yield s


def rows(store, name, params, columns):
    return [tuple(r[c] for c in columns) for r in run_saved(store, name, params).values()]


WHO = ("accuser", "accused", "events", "mentions", "max_articles", "first", "last")
RUSSIA_NATO = ("Russia", "NATO", 1, 3, 2, D(2022, 11, 27), D(2022, 11, 29))
STOLTENBERG_RUSSIA = ("Jens Stoltenberg", "Russia", 1, 1, 1, D(2022, 11, 29), D(2022, 11, 29))


@pytest.mark.parametrize("params,want", [
    ({}, [RUSSIA_NATO, STOLTENBERG_RUSSIA]),  # most mentioned first; a1 + a3 are one event
    ({"actor": "Q159"}, [RUSSIA_NATO, STOLTENBERG_RUSSIA]),
    ({"actor": "NATO", "since": "2022-11-01"}, [RUSSIA_NATO]),
    ({"min_mentions": "2"}, [RUSSIA_NATO]),  # a HAVING on an unbound parameter once kept every pair
    ({"until": "2022-11-28"}, [RUSSIA_NATO]),  # started on the 27th
    ({"since": "2023-01-01"}, []),  # no rows, not one empty row per label pair
    ({"actor": "nobody"}, []),
])
def test_who_accuses_whom(store, params, want):
    assert rows(store, "who_accuses_whom", params, WHO) == want


TIMELINE = ("start", "end", "subject", "relation", "object", "negated", "mentions", "articles")
ACCUSE = (D(2022, 11, 27), D(2022, 11, 29), "Russia", "disapprove", "NATO", False, 3, 2)
APPEAL = (D(2022, 11, 29), D(2022, 11, 29), "Russia", "appeal", "NATO", False, 1, 1)
FIGHT = (D(2022, 11, 30), D(2022, 11, 30), "Russia", "fight", "NATO", True, 1, 1)


@pytest.mark.parametrize("params,want", [
    ({"a": "Russia", "b": "NATO"}, [ACCUSE, APPEAL, FIGHT]),
    ({"a": "NATO", "b": "Russia"}, [ACCUSE, APPEAL, FIGHT]),  # either direction, labels by the event's roles
    ({"a": "nato", "b": "Q159", "since": "2022-11-30"}, [FIGHT]),
    ({"a": "Russia", "b": "NATO", "until": "2022-11-28"}, [ACCUSE]),
    ({"a": "Russia", "b": "Ukraine"}, [(D(2022, 11, 30), D(2022, 11, 30), "Russia", "fight", "Ukraine", False, 1, 1)]),
    ({"a": "Ukraine", "b": "NATO"}, []),
])
def test_pair_timeline(store, params, want):
    assert rows(store, "pair_timeline", params, TIMELINE) == want


@pytest.mark.parametrize("params,want", [
    ({"actor": "Russia"}, [(1, "NATO", 1, 1), (3, "NATO", 3, 2), (3, "Jens Stoltenberg", 1, 1), (4, "Ukraine", 1, 1)]),
    ({"actor": "Russia", "quad": "3"}, [(3, "NATO", 3, 2), (3, "Jens Stoltenberg", 1, 1)]),
    ({"actor": "NATO", "since": "2022-11-30"}, [(3, "Alexander Grushko", 1, 1)]),  # the negated attack is left out
    ({"actor": "Ukraine", "quad": "1"}, []),
])
def test_partners_by_quad(store, params, want):
    assert rows(store, "partners_by_quad", params, ("quad_class", "partner", "mentions", "events")) == want


BALANCE = ("subject", "object", "events", "mentions", "balance", "conflict", "cooperation")
# Russia -> NATO: two accusations (Goldstein -2; 2 + 1 mentions) and one appeal (+3; 1 mention): (-6 + 3) / 4
RUSSIA_NATO_BALANCE = ("Russia", "NATO", 3, 4, -0.75, 3, 1)


@pytest.mark.parametrize("params,want", [
    ({}, [("Russia", "Ukraine", 1, 1, -10, 1, 0), ("Alexander Grushko", "NATO", 1, 1, -4, 1, 0),
          ("Jens Stoltenberg", "Russia", 1, 1, -2, 1, 0), RUSSIA_NATO_BALANCE]),
    ({"actor": "Russia"}, [("Russia", "Ukraine", 1, 1, -10, 1, 0), ("Jens Stoltenberg", "Russia", 1, 1, -2, 1, 0),
                           RUSSIA_NATO_BALANCE]),
    ({"min_events": "2"}, [RUSSIA_NATO_BALANCE]),
    ({"since": "2022-11-30"}, [("Russia", "Ukraine", 1, 1, -10, 1, 0), ("Alexander Grushko", "NATO", 1, 1, -4, 1, 0)]),
])
def test_pair_balance(store, params, want):
    got = rows(store, "pair_balance", params, BALANCE)
    assert [r[:4] + (float(r[4]),) + r[5:] for r in got] == want


def test_pair_balance_from_the_pair_totals_equals_the_balance_from_the_events(store):
    # without `since` the query reads the totals kept per pair, with it the events: every event is dated, so a
    # `since` before them all must give the same rows
    assert rows(store, "pair_balance", {}, BALANCE) == rows(store, "pair_balance", {"since": "2000-01-01"}, BALANCE)
    assert rows(store, "pair_balance", {"actor": "NATO"}, BALANCE) == rows(
        store, "pair_balance", {"actor": "NATO", "since": "2000-01-01"}, BALANCE)


@pytest.mark.parametrize("article,want", [
    # the accusation is said first in the headline (no sentence number), then in sentence 2
    ("a1", [("Russia", "accuse", "disapprove", "112", "NATO", False, 2), ("Jens Stoltenberg", "blame", "disapprove",
            "112", "Russia", False, 1), ("Russia", "request", "appeal", "020", "NATO", False, 1)]),
    ("a2", [("Russia", "attack", "fight", "190", "Ukraine", False, 1), ("Alexander Grushko", "reject", "reject", "120",
            "NATO", False, 1), ("Russia", "attack", "fight", "190", "NATO", True, 1)]),
    ("a9", []),
])
def test_article_events(store, article, want):
    cols = ("subject", "verb", "relation", "cameo", "object", "negated", "mentions")
    assert rows(store, "article_events", {"article": article}, cols) == want


@pytest.mark.parametrize("params,want", [
    # events and mentions count each event once (the clusters graph's copies are not events)
    ({}, [("Russia", 3, 5, 6, "state"), ("NATO", 2, 4, 5, "organization"), ("Alexander Grushko", 1, 1, 1, "person"),
          ("Jens Stoltenberg", 1, 1, 1, "person"), ("Ukraine", 1, 1, 1, "state")]),
    ({"type": "Person"}, [("Alexander Grushko", 1, 1, 1, "person"), ("Jens Stoltenberg", 1, 1, 1, "person")]),
    ({"min_degree": "2"}, [("Russia", 3, 5, 6, "state"), ("NATO", 2, 4, 5, "organization")]),
])
def test_actor_centrality(store, params, want):
    assert rows(store, "actor_centrality", params, ("actor", "degree", "events", "mentions", "actor_type")) == want


def test_a_parameter_reaches_every_subquery(store):
    q = """SELECT ?n ?who WHERE {
             { SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e a ng:Event ; ng:subject ?who } } }
           }"""
    r = store.query(q, {"who": URIRef("https://newsgraph.dev/actor/Q159")}).values()
    assert r == [{"n": 5, "who": "https://newsgraph.dev/actor/Q159"}]  # Russia's five events, not all seven


def test_hostile_value_stays_one_literal_in_every_subquery():
    q = "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?v } } { SELECT ?y WHERE { ?y ?p ?v } } }"
    text = bind_values(q, {"v": Literal(HOSTILE)})
    assert text.count("VALUES (?v)") == 3  # the query and both subqueries
    assert text.count(Literal(HOSTILE).n3()) == 3
    assert "DELETE" not in text.replace(Literal(HOSTILE).n3(), "")


def test_bind_values_ignores_keywords_in_strings_iris_comments_and_names():
    q = ('# SELECT WHERE {\nSELECT ?where ?select WHERE { ?where <urn:select:where> "SELECT { }" ; ng:select ?select '
         'FILTER (?where < 3) }')
    text = bind_values(q, {"v": Literal(1)})
    assert text.count("VALUES") == 1 and "WHERE { VALUES (?v)" in text
    assert "\n" not in text.split("\n", 1)[1]  # no line added: parser messages keep the user's line numbers
