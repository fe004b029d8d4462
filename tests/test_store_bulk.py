"""The bulk path (Store.deferred_clusters): articles written in batches, clusters recomputed one subject at a
time and streamed into the store in pieces. Each test makes the batches and pieces tiny, so that a small corpus
spans many of them, and checks the result against the plain path: an article at a time, clusters of everything
computed at once."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from newsgraph.graph.clusters import cluster_graph, cluster_rows
from newsgraph.graph.namespaces import CLUSTER_GRAPH, NG
from newsgraph.graph.pairs import pair_triples
from newsgraph.model import Actor, Article, Event
from newsgraph.store import open_store
from newsgraph.store import oxigraph as oxigraph_backend
from newsgraph.store import sparql_endpoint
from newsgraph.store.oxigraph import OxigraphStore
from newsgraph.store.sparql_endpoint import SparqlEndpointStore
from test_store import sparql_server  # noqa: F401 (a fixture: a real `oxigraph serve`)

ACTORS = [Actor(f"Q{900 + i}", f"Actor {i}", ["state", "organization", "person"][i % 3], qid=f"Q{900 + i}")
          for i in range(5)]
CODES = [("112", "disapprove"), ("020", "appeal"), ("190", "fight"), ("057", "cooperate")]


def corpus(n_articles: int = 24, seed: int = 3) -> list[tuple[Article, list[Event]]]:
    """Articles whose claims repeat across articles and days (clusters of several members, chains that the
    window splits), some negated, some undated; every actor is a subject."""
    rng = random.Random(seed)
    items = []
    for a in range(n_articles):
        undated = a % 7 == 6
        day = None if undated else dt.date(2022, 5, 1) + dt.timedelta(days=rng.randrange(20))
        art = Article(id=f"b{a:03d}", text=f"text {a}", title=f"Article {a}", date=day, language="en",
                      source=f"Wire {a % 3}", url=f"https://news.example/b{a}", digest=f"b{a}:d")
        events = []
        for k in range(4):
            s, o = rng.sample(ACTORS, 2)
            code, rel = rng.choice(CODES)
            events.append(Event(article=art.id, lang="en", date=day, subject=s, relation=rel, cameo=code,
                                verb="verb", object=o, evidence=f"Sentence {k} of {a}.",
                                confidence=round(rng.uniform(0.5, 1.0), 2), sentence=k, negated=rng.random() < 0.2))
        items.append((art, events))
    return items


@pytest.fixture
def tiny_batches(monkeypatch):
    """Oxigraph: hold back at most ~2 articles, write the cluster graph 7 triples at a time, always with the bulk
    loader. Endpoint: send two or three articles, or 7 cluster triples, to a request."""
    monkeypatch.setattr(oxigraph_backend, "BULK_TRIPLES", 7)
    monkeypatch.setattr(oxigraph_backend, "PIECE_TRIPLES", 7)
    monkeypatch.setattr(oxigraph_backend, "ATOMIC_TRIPLES", 0)
    monkeypatch.setattr(sparql_endpoint, "BATCH", 100)


@pytest.fixture(params=["disk", "memory", "rdflib", "endpoint"])
def location(request, tmp_path):
    if request.param == "disk":
        return str(tmp_path / "disk")
    if request.param == "endpoint":
        return cleared(request.getfixturevalue("sparql_server"))
    return request.param + ":"


def cleared(url: str) -> str:
    with open_store(url, load_kb=False) as store:
        store._run_update("CLEAR ALL")
    return url


def build(store, items) -> None:
    for art, events in items:
        if store.article_state(art.id) != art.digest:
            store.replace_article(art, events)


def quads(store) -> set:
    return set(store.quads())


def incremental(items=None) -> set:
    with open_store("memory:", load_kb=False) as store:
        build(store, items or corpus())
        return quads(store)


def test_bulk_load_equals_an_article_at_a_time(location, tiny_batches):
    items = corpus()
    with open_store(location, load_kb=False) as store:
        with store.deferred_clusters():
            for art, events in items:
                store.replace_article(art, events)
        got = quads(store)
        # the clusters and pair totals, computed one subject at a time, are those of all events at once
        rows = store._event_rows(None)
        at_once = cluster_graph(cluster_rows(rows, store.cluster_window), store._actor_info(None))
        assert {(s, p, o) for s, p, o, g in got if g == CLUSTER_GRAPH} == at_once | set(pair_triples(rows))
    assert got == incremental()
    subjects = {e.subject.key for _, events in items for e in events}
    assert len(subjects) == len(ACTORS)  # every subject's batch has clusters


def test_held_articles_are_read_back_inside_the_bulk_load(location, tiny_batches, monkeypatch):
    monkeypatch.setattr(oxigraph_backend, "BULK_TRIPLES", 10_000)  # nothing written until a read asks
    monkeypatch.setattr(sparql_endpoint, "BATCH", 10_000)
    items = corpus(6)
    with open_store(location, load_kb=False) as store:
        with store.deferred_clusters():
            for art, events in items:
                store.replace_article(art, events)
                assert store.article_state(art.id) == art.digest
            # a changed article replaced twice before any write: the later one wins
            art, events = items[0]
            changed = Article(**{**art.__dict__, "digest": "changed"})
            store.replace_article(changed, events[:1])
            store.replace_article(art, events)
        assert quads(store) == incremental(items)


class Killed(BaseException):
    """Stands for a kill: nothing after the raise runs, and no handler in newsgraph catches it."""


def test_bulk_load_killed_between_triples_and_digests_resumes_to_the_same_store(tmp_path, tiny_batches, monkeypatch):
    items = corpus()
    path = str(tmp_path / "killed")
    original, calls = OxigraphStore._load_piece, []

    def load_then_die(self, data, **kwargs):
        original(self, data, **kwargs)  # the triples of some held articles are in, their digests are not
        calls.append(1)
        if len(calls) == 3:
            raise Killed

    monkeypatch.setattr(OxigraphStore, "_load_piece", load_then_die)
    with pytest.raises(Killed):
        with open_store(path, load_kb=False) as store:
            with store.deferred_clusters():
                build(store, items)
    monkeypatch.undo()
    with open_store(path, load_kb=False) as store:
        states = [store.article_state(art.id) for art, _ in items]
        assert states[0] is not None and None in states  # the kill did cut the load short
        store.repair()  # the stale mark is still there: the clusters are recomputed
        with store.deferred_clusters():
            build(store, items)  # the resumed run redoes the articles without a digest
        assert quads(store) == incremental(items)


def test_error_inside_a_bulk_load_drops_what_it_held(tmp_path, tiny_batches, monkeypatch):
    monkeypatch.setattr(oxigraph_backend, "BULK_TRIPLES", 10_000)
    items = corpus(6)
    path = str(tmp_path / "s")
    with pytest.raises(RuntimeError):
        with open_store(path, load_kb=False) as store:
            with store.deferred_clusters():
                for art, events in items:
                    store.replace_article(art, events)
                raise RuntimeError("the caller failed")
    with open_store(path) as store:  # the next open repairs the clusters; the held articles were never written
        assert all(store.article_state(art.id) is None for art, _ in items)
        build(store, items)
        assert {q for q in quads(store) if "graph/kb" not in str(q[3])} == incremental(items)


def test_endpoint_bulk_load_killed_between_graphs_and_digests_resumes_to_the_same_store(sparql_server, tiny_batches,
                                                                                        monkeypatch):
    items = corpus()
    url = cleared(sparql_server)
    original, calls = SparqlEndpointStore._post, []

    def post_then_die(self, url, field, text, accept):
        if field == "update" and "INSERT DATA" in text and "ontology#digest" in text:
            calls.append(1)
            if len(calls) == 3:
                raise Killed  # some articles' graphs are in, their digests are not
        return original(self, url, field, text, accept)

    monkeypatch.setattr(SparqlEndpointStore, "_post", post_then_die)
    with pytest.raises(Killed):
        with open_store(url, load_kb=False) as store:
            with store.deferred_clusters():
                build(store, items)
    monkeypatch.undo()
    with open_store(url, load_kb=False) as store:
        states = [store.article_state(art.id) for art, _ in items]
        assert states[0] is not None and None in states
        store.repair()
        with store.deferred_clusters():
            build(store, items)
        assert quads(store) == incremental(items)


def pair_totals(store) -> set:
    return {(s, p, o) for s, p, o, g in store.quads()
            if g == CLUSTER_GRAPH and str(s).startswith("https://newsgraph.dev/pair/")}


def test_pair_totals_follow_changed_and_removed_articles(location):
    """The saved pair queries read these totals instead of the events: they must stay those of the stored events
    when an article changes its claims (its old pairs lose them, its new pairs gain them) or goes."""
    items = corpus(10)
    with open_store(location, load_kb=False) as store:
        build(store, items)
        art, events = items[3]
        flipped = [Event(**{**e.__dict__, "subject": e.object, "object": e.subject, "negated": not e.negated})
                   for e in events]
        store.replace_article(Article(**{**art.__dict__, "digest": "changed"}), flipped)
        store.remove_article(items[5][0].id)
        totals = pair_totals(store)
        assert totals == set(pair_triples(store._event_rows(None)))
        assert any(p == NG.goldsteinSum for _, p, _ in totals)
    items[3] = (Article(**{**art.__dict__, "digest": "changed"}), flipped)
    del items[5]
    with open_store("memory:", load_kb=False) as fresh:
        build(fresh, items)
        assert pair_totals(fresh) == totals
