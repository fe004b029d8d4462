"""`newsgraph build` of many articles takes the bulk path (articles written in batches, clusters recomputed once)
and keeps every guarantee of the article-by-article path: the same graph.ttl to the byte, idempotent rebuilds,
changed articles replacing only their own events, and a killed build resuming to the uninterrupted result."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.store import open_store
from newsgraph.store import writer as writer_module
from newsgraph.store.base import Store
from newsgraph.store.writer import ArticleWriter
from test_store_bulk import corpus

CLAIMS = [("Russia", "accused", "NATO"), ("China", "criticised", "the United States"),
          ("Ukraine", "condemned", "Russia"), ("France", "praised", "Germany")]


def write_articles(path: Path, n: int = 14, changed: set[int] = frozenset()) -> Path:
    """n short articles of our own, two claims each; claims repeat across articles and days, so clusters of
    several members form. An article in `changed` says a different second claim."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            first, second = CLAIMS[i % 4], CLAIMS[(i + 1 + (2 if i in changed else 0)) % 4]
            text = " ".join(f"{s} {v} {o} {when}." for (s, v, o), when in ((first, "on Monday"), (second, "again")))
            f.write(json.dumps({"id": f"t{i:02d}", "title": f"Report {i}", "date": f"2023-03-{1 + i % 6:02d}",
                                "language": "en", "source": f"Wire {i % 3}", "text": text}) + "\n")
    return path


class Calls:
    """Counts the store's per-article cluster updates and full recomputations."""

    def __init__(self, monkeypatch):
        self.per_article = self.full = 0
        update, full = Store._recluster, Store.recluster_all

        def recluster(store, keys):
            if keys and not store._clusters_deferred:
                self.per_article += 1
            return update(store, keys)

        def recluster_all(store):
            self.full += 1
            return full(store)

        monkeypatch.setattr(Store, "_recluster", recluster)
        monkeypatch.setattr(Store, "recluster_all", recluster_all)


def build(inputs: Path, out: Path) -> bytes:
    assert main(["--quiet", "build", str(inputs), "--out", str(out), "--no-html"]) == 0
    return (out / "graph.ttl").read_bytes()


def test_many_articles_take_the_bulk_path_and_give_the_same_graph(tmp_path, monkeypatch):
    inputs = write_articles(tmp_path / "in.jsonl")
    monkeypatch.setattr(writer_module, "BULK_AFTER", 1000)
    one_by_one = build(inputs, tmp_path / "plain")
    monkeypatch.setattr(writer_module, "BULK_AFTER", 3)
    calls = Calls(monkeypatch)
    bulk = build(inputs, tmp_path / "bulk")
    assert calls.per_article == 3 and calls.full == 1  # 14 articles: 3 on their own, then one recomputation
    assert bulk == one_by_one
    assert b"EventCluster" in bulk


def test_bulk_rebuild_is_idempotent_and_replaces_only_changed_articles(tmp_path, monkeypatch):
    monkeypatch.setattr(writer_module, "BULK_AFTER", 2)
    out = tmp_path / "out"
    first = build(write_articles(tmp_path / "in.jsonl"), out)
    assert build(tmp_path / "in.jsonl", out) == first  # unchanged: nothing rewritten
    # six changed articles: past BULK_AFTER, so the replacements take the bulk path too
    changed = write_articles(tmp_path / "in.jsonl", changed={1, 4, 6, 7, 9, 12})
    updated = build(changed, out)
    assert updated != first
    assert updated == build(changed, tmp_path / "fresh")  # the same store a fresh build of the new input gives


KILLER = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from newsgraph.cli import main
from newsgraph.store import writer
from newsgraph.store.base import Store
writer.BULK_AFTER = 2
def die(store):
    os.kill(os.getpid(), signal.SIGKILL)  # a real kill: the bulk path's articles are in, the clusters are not
Store.recluster_all = die
main(["--quiet", "build", sys.argv[2], "--out", sys.argv[3], "--no-html"])
"""


def test_a_killed_bulk_build_resumes_to_the_same_graph(tmp_path):
    inputs = write_articles(tmp_path / "in.jsonl")
    killed = tmp_path / "killed"
    proc = subprocess.run([sys.executable, "-c", KILLER, str(Path(__file__).parent), str(inputs), str(killed)],
                          capture_output=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")})
    assert proc.returncode == -9, proc.stderr.decode()
    assert not (killed / "graph.ttl").exists()
    assert build(inputs, killed) == build(inputs, tmp_path / "clean")


@pytest.mark.parametrize("location", ["memory:", "rdflib:"])
def test_the_writer_switches_once_and_matches_article_by_article(location, monkeypatch):
    items = corpus(12)
    with open_store(location, load_kb=False) as store:
        for art, events in items:
            store.replace_article(art, events)
        plain = set(store.quads())
    calls = Calls(monkeypatch)
    with open_store(location, load_kb=False) as store:
        with ArticleWriter(store, bulk_after=4) as write:
            for art, events in items:
                write(art, events)
        assert write.bulk and calls.per_article == 4 and calls.full == 1
        assert set(store.quads()) == plain


def test_an_error_inside_the_bulk_path_leaves_the_clusters_marked_for_repair(tmp_path):
    items = corpus(6)
    path = str(tmp_path / "store")
    with open_store(path, load_kb=False) as store:
        with pytest.raises(RuntimeError):
            with ArticleWriter(store, bulk_after=1) as write:
                for art, events in items:
                    write(art, events)
                raise RuntimeError("stands for Ctrl-C")
        # the held articles were dropped: none of the bulk path's articles has a digest, so a rebuild redoes them
        assert [store.article_state(a.id) is not None for a, _ in items] == [True] + [False] * 5
    with open_store(path, load_kb=False) as store:
        for art, events in items[1:]:
            store.replace_article(art, events)
        store.repair()
        resumed = set(store.quads())
    with open_store("memory:", load_kb=False) as store:
        for art, events in items:
            store.replace_article(art, events)
        assert resumed == set(store.quads())
