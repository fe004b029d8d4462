"""Store backends with real stores: embedded Oxigraph on disk, Oxigraph and rdflib in memory, and a real
`oxigraph serve` SPARQL endpoint started here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from newsgraph.graph import event_clusters, events_from_store, merge_events
from newsgraph.model import Actor, Event
from newsgraph.store import QuerySyntaxError, StoreError, open_store
from newsgraph.store.saved import run_saved, saved_queries
from test_graph import NATO, RUSSIA, article, corpus, event

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def sparql_server(tmp_path_factory):
    if not os.path.exists(OXIGRAPH):
        pytest.skip("the `oxigraph` server program is not installed (pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(tmp_path_factory.mktemp("oxserve")), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("oxigraph serve did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(params=["oxigraph", "memory", "rdflib", "endpoint"])
def location(request, tmp_path):
    if request.param == "oxigraph":
        return str(tmp_path / "store")
    if request.param == "endpoint":
        url = request.getfixturevalue("sparql_server")
        data = b"update=CLEAR%20ALL"
        urllib.request.urlopen(urllib.request.Request(url.replace("/query", "/update"), data=data)).read()
        return url
    return request.param + ":"


def build(store, items=None) -> int:
    written = 0
    for art, events in items or corpus():
        if store.article_state(art.id) != art.digest:
            written += store.replace_article(art, events)
    return written


def quads(store) -> set:
    return set(store.quads())


def test_two_builds_give_the_same_iris_and_counts(location, tmp_path):
    with open_store(location) as store:
        build(store)
        first = quads(store)
    other = str(tmp_path / "second") if location.startswith("/") else location
    if location.startswith("http"):
        with open_store(location) as store:  # same server: wipe and rebuild
            store._run_update("CLEAR ALL")
    with open_store(other) as store:
        build(store)
        assert quads(store) == first
        assert store.triple_count() == len(first)


def test_unchanged_reingest_changes_nothing(location):
    with open_store(location, load_kb=False) as store:
        build(store)
        before = quads(store)
        assert build(store) == 0  # every digest matches: nothing to write
        for art, events in corpus():  # and forcing the writes changes nothing either
            store.replace_article(art, events)
        assert quads(store) == before


def test_changed_article_replaces_only_its_own_events(location):
    with open_store(location, load_kb=False) as store:
        build(store)
        a2_before = {q for q in quads(store) if str(q[3]).endswith("/a2")}
        new_a1 = article("a1", 29, text="new text")
        store.replace_article(new_a1, [event("a1", NATO, "threaten", "138", "threaten", RUSSIA, 1)])
        assert store.article_state("a1") == "a1:new text"
        a1 = events_from_store(store, article="a1")
        assert [(e.subject.label, e.relation, e.object.label) for e in a1] == [("NATO", "threaten", "Russia")]
        assert {q for q in quads(store) if str(q[3]).endswith("/a2")} == a2_before
        # a3's accusation is still there, now alone in its cluster (a1 no longer reports it)
        acc = [c for c in event_clusters(store) if c.subject.key == "Q159" and c.relation == "11"]
        assert [(c.articles, c.mentions) for c in acc] == [(["a3"], 1)]


def test_one_event_reported_by_several_articles_is_one_cluster(location):
    with open_store(location, load_kb=False) as store:
        build(store)
        clusters = event_clusters(store)
        acc = [c for c in clusters if c.subject.key == "Q159" and c.object.key == "Q7184" and c.relation == "11"]
        assert len(acc) == 1
        assert acc[0].articles == ["a1", "a3"]
        assert acc[0].mentions == 3  # headline + body of a1, once in a3
        assert acc[0].sources == ["Example News", "Third Post"]
        assert (acc[0].start, acc[0].end) == (dt.date(2022, 11, 27), dt.date(2022, 11, 29))
        rows = run_saved(store, "who_accuses_whom", {"actor": "Q159"}).values()
        pairs = {(r["accuser"], r["accused"]): r for r in rows}
        assert set(pairs) == {("Russia", "NATO"), ("Jens Stoltenberg", "Russia")}
        assert pairs[("Russia", "NATO")]["events"] == 1 and pairs[("Russia", "NATO")]["mentions"] == 3


def test_events_come_back_from_the_store(location):
    with open_store(location, load_kb=False) as store:
        build(store)
        got = sorted(json_key(e) for e in events_from_store(store))
    # the store also hands back the article's title and URL, which the views show
    want = sorted(
        json_key(dataclasses.replace(m.best, article_title=art.title, article_url=art.url))
        for art, events in corpus() for m in merge_events(events)
    )
    assert got == want
    with open_store(location, load_kb=False) as store:
        assert all(e.confidence >= 0.8 for e in events_from_store(store, min_confidence=0.8))


def json_key(e: Event) -> str:
    import json

    return json.dumps(e.as_json(), sort_keys=True)


HOSTILE = 'Russia" } } ; DELETE WHERE { ?s ?p ?o } ; #\n} INSERT DATA { <urn:x> <urn:y> "z" } \'\'\' """'


def test_hostile_parameter_is_a_plain_string(location):
    villain = Actor("group:hostile", HOSTILE, "group")
    with open_store(location, load_kb=False) as store:
        build(store)
        store.replace_article(article("a9"), [event("a9", villain, "disapprove", "111", "criticize", NATO, 1)])
        before = store.triple_count()
        for name in ("who_accuses_whom", "pair_balance", "partners_by_quad"):
            rows = run_saved(store, name, {"actor": HOSTILE}).values()
            assert rows, name  # the value matched the actor whose label is exactly that string
            assert all(HOSTILE in (r.get("accuser"), r.get("accused"), r.get("subject"), r.get("object"))
                       or name == "partners_by_quad" for r in rows)
        assert run_saved(store, "article_events", {"article": HOSTILE}).rows == []
        assert store.triple_count() == before


def test_malformed_sparql_is_a_one_line_error(location):
    with open_store(location, load_kb=False) as store:
        with pytest.raises(QuerySyntaxError) as err:
            store.query("SELECT ?x WHERE { ?x ng:subject ")
        assert "\n" not in str(err.value) and str(err.value)


def test_every_saved_query_runs(location):
    params = {"actor": "Russia", "a": "Russia", "b": "NATO", "article": "a2"}
    with open_store(location, load_kb=False) as store:
        build(store)
        results = {}
        for name, q in saved_queries().items():
            results[name] = run_saved(store, name, {p.name: params[p.name] for p in q.params if p.name in params})
    assert len(results) >= 6
    timeline = results["pair_timeline"].values()
    assert [(r["start"].day, r["subject"], r["relation"], r["object"], r["negated"]) for r in timeline] == [
        (27, "Russia", "disapprove", "NATO", False),  # reported 27th (a3) to 29th (a1): one event
        (29, "Russia", "appeal", "NATO", False),
        (30, "Russia", "fight", "NATO", True),
    ]
    assert {r["partner"] for r in results["partners_by_quad"].values()} == {"NATO", "Ukraine", "Jens Stoltenberg"}
    top = results["actor_centrality"].values()[0]
    assert (top["actor"], top["degree"]) == ("Russia", 3)
    art = results["article_events"].values()
    assert [r["verb"] for r in art] == ["attack", "reject", "attack"]
    balance = {(r["subject"], r["object"]): r for r in results["pair_balance"].values()}
    assert balance[("Russia", "Ukraine")]["conflict"] == 1 and balance[("Russia", "Ukraine")]["balance"] < 0


def test_store_persists_and_loads_the_kb_once(tmp_path):
    path = str(tmp_path / "store")
    with open_store(path) as store:
        build(store)
        count = store.triple_count()
        assert store.ensure_kb() is False  # unchanged ontology files: not reloaded
        assert store.query("ASK { ng:disapprove rdfs:subPropertyOf ng:relatedTo }").boolean
    with open_store(path, read_only=True) as store:
        assert store.triple_count() == count
        assert store.article_state("a1") == "a1:body"


def test_bad_locations_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="unknown store type"):
        open_store("ftp://example.org/x")
    with pytest.raises(StoreError, match="no store here"):
        open_store(str(tmp_path / "missing"), read_only=True)
    with pytest.raises(StoreError, match="cannot reach"):
        open_store(f"http://127.0.0.1:{_free_port()}/query")


def test_endpoint_updates_are_batched(sparql_server):
    from newsgraph.store.sparql_endpoint import BATCH, SparqlEndpointStore

    sizes = []
    with open_store(sparql_server) as store:
        store._run_update("CLEAR ALL")
        original = SparqlEndpointStore._insert
        SparqlEndpointStore._insert = lambda self, name, lines: (sizes.append(len(lines)), original(self, name, lines))
        try:
            many = [event("big", RUSSIA, "disapprove", "112", "accuse", Actor(f"group:g{i}", f"G{i}", "group"), i)
                    for i in range(120)]
            written = store.replace_article(article("big"), many)
        finally:
            SparqlEndpointStore._insert = original
        assert written > BATCH and max(sizes) <= BATCH
        assert len(events_from_store(store, article="big")) == 120


KILLER = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from newsgraph.store import open_store
from newsgraph.store.oxigraph import OxigraphStore
from test_graph import corpus
kill_at = int(sys.argv[3])
calls = []
original = OxigraphStore._replace_graph
def replace_then_die(self, name, graph):
    original(self, name, graph)
    if "/article/" in str(name):
        calls.append(name)
        if len(calls) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)  # a real kill: after the graph, before clusters and digest
OxigraphStore._replace_graph = replace_then_die
with open_store(sys.argv[1]) as store:
    for art, events in corpus():
        if store.article_state(art.id) != art.digest:
            store.replace_article(art, events)
"""


def test_killed_build_resumes_to_the_same_store(tmp_path):
    tests_dir = str(Path(__file__).parent)
    killed = str(tmp_path / "killed")
    proc = subprocess.run([sys.executable, "-c", KILLER, killed, tests_dir, "2"], capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    with open_store(killed) as store:
        assert store.article_state("a1") is not None and store.article_state("a2") is None
        build(store)  # the resumed run
        resumed = quads(store)
    with open_store(str(tmp_path / "clean")) as store:
        build(store)
        assert resumed == quads(store)


def test_bulk_load_defers_clusters_and_a_killed_bulk_load_is_repaired(tmp_path):
    with open_store("memory:", load_kb=False) as store:
        build(store)
        incremental = quads(store)
    path = str(tmp_path / "bulk")
    with open_store(path, load_kb=False) as store:
        with store.deferred_clusters():
            build(store)
        assert quads(store) == incremental
        # a bulk load killed before its final recomputation leaves the stale marker behind ...
        store._add(*_stale_marker())
        store._run_update("DROP GRAPH <https://newsgraph.dev/graph/clusters>")
    with open_store(path) as store:  # ... and the next open recomputes the clusters
        assert {q for q in quads(store) if "graph/kb" not in str(q[3])} == incremental


def _stale_marker():
    from newsgraph.store.base import _DIRTY, STATE_GRAPH

    return STATE_GRAPH, [_DIRTY]


class Killed(BaseException):
    """Stands for a kill: nothing after the raise runs, and no handler in newsgraph catches it."""


def test_killed_endpoint_build_resumes_to_the_same_store(sparql_server, monkeypatch):
    """Over HTTP the cluster update is a DELETE then batched INSERTs, not one transaction. A kill in between
    (here: after the first insert batch) must still resume to the store an uninterrupted build gives."""
    from newsgraph.graph.namespaces import CLUSTER_GRAPH
    from newsgraph.store import sparql_endpoint
    from newsgraph.store.sparql_endpoint import SparqlEndpointStore

    # a1 changes: its old keys (the accusation a3 also reports) are known only from the clusters being replaced
    changed = [(article("a1", 29, text="new text"), [event("a1", NATO, "threaten", "138", "threaten", RUSSIA, 1)])]

    def clear():
        with open_store(sparql_server, load_kb=False) as store:
            store._run_update("CLEAR ALL")

    clear()
    with open_store(sparql_server) as store:
        build(store)
        build(store, changed)
        uninterrupted = quads(store)

    clear()
    with open_store(sparql_server) as store:
        build(store)
        monkeypatch.setattr(sparql_endpoint, "BATCH", 2)
        original, batches = SparqlEndpointStore._insert, []

        def insert_then_die(self, name, lines):
            if name == CLUSTER_GRAPH:
                batches.append(lines)
                if len(batches) == 2:
                    raise Killed
            original(self, name, lines)

        monkeypatch.setattr(SparqlEndpointStore, "_insert", insert_then_die)
        with pytest.raises(Killed):
            build(store, changed)
        monkeypatch.undo()
        assert store.article_state("a1") is None  # the digest is written last: the re-run redoes a1
        assert not any("a3" in c.articles for c in event_clusters(store))  # the kill did cut the clusters short

    with open_store(sparql_server) as store:  # the re-run
        build(store, changed)
        assert quads(store) == uninterrupted


def test_backends_are_plugins():
    from newsgraph.store import BACKENDS, register_backend
    from newsgraph.store.rdflib_memory import RdflibStore

    register_backend("scratch", lambda rest, read_only=False: RdflibStore())
    try:
        with open_store("scratch:", load_kb=False) as store:
            build(store)
            assert store.article_state("a2") == "a2:body"
    finally:
        BACKENDS.pop("scratch")
