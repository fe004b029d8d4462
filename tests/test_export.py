"""Every export format parses back with its own reader; file exports are atomic."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from newsgraph.cli import main
from newsgraph.export import exporters, register_exporter
from newsgraph.export.registry import EXPORTERS
from newsgraph.graph import events_from_store
from newsgraph.model import Event
from newsgraph.store import open_store
from test_graph import corpus


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("export") / "store")
    with open_store(path) as store:
        for art, events in corpus():
            store.replace_article(art, events)
    return path


@pytest.fixture(scope="module")
def exported(store_path):
    out = {}
    with open_store(store_path, read_only=True) as store:
        distinct = {(s, p, o) for s, p, o, _ in store.quads()}
        total = store.triple_count()
        n_events = len(events_from_store(store))
        for name in exporters():
            buf = io.BytesIO()
            store.export(name, buf)
            out[name] = buf.getvalue()
    return out, distinct, total, n_events


@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_merged_rdf_exports_reparse_to_the_same_triples(exported, fmt, parser):
    data, distinct, _, _ = exported
    g = Graph().parse(data=data[fmt], format=parser)
    assert len(g) == len(distinct)


def test_turtle_has_prefixes_and_jsonld_the_published_context(exported):
    data = exported[0]
    assert b"@prefix ng: <https://newsgraph.dev/ontology#>" in data["turtle"]
    doc = json.loads(data["jsonld"])
    ctx = doc["@context"]
    assert ctx["ng"] == "https://newsgraph.dev/ontology#" and ctx["subject"]["@type"] == "@id"


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_dataset_exports_keep_one_graph_per_article(exported, fmt):
    data, _, total, _ = exported
    ds = Dataset().parse(data=data[fmt], format=fmt)
    assert len(list(ds.quads())) == total
    names = {str(g.identifier) for g in ds.graphs()}
    assert {f"https://newsgraph.dev/article/{a}" for a in ("a1", "a2", "a3")} <= names


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_actor_graph_exports_weight_edges_by_mentions(exported, fmt, reader, tmp_path):
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(exported[0][fmt])
    g = reader(path)
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"Russia", "NATO", "Ukraine", "Jens Stoltenberg", "Alexander Grushko"} <= labels
    ru, nato = "https://newsgraph.dev/actor/Q159", "https://newsgraph.dev/actor/Q7184"
    weights = {d.get("relation"): float(d["weight"]) for u, v, d in g.edges(data=True) if (u, v) == (ru, nato)}
    assert weights["disapprove"] == 3  # headline + body of a1, and a3: one event, three mentions
    assert "fight" not in weights  # the negated attack is not a relation


def test_event_exports_round_trip(exported):
    data, _, _, n_events = exported
    lines = data["jsonl"].decode().splitlines()
    events = [Event.from_json(json.loads(line)) for line in lines]
    assert len(events) == n_events == 7  # 8 extracted, the repeated headline claim merged
    assert {e.relation for e in events} >= {"disapprove", "fight", "reject", "appeal"}
    rows = list(csv.DictReader(io.StringIO(data["csv"].decode())))
    assert len(rows) == n_events
    assert {(r["subject"], r["relation"], r["object"]) for r in rows} >= {("Russia", "fight", "Ukraine")}


def test_cli_export_writes_atomically(store_path, tmp_path, capsys):
    out = tmp_path / "graph.ttl"
    assert main(["export", "--store", store_path, "--format", "turtle", "--out", str(out)]) == 0
    assert len(Graph().parse(out)) > 0
    good = out.read_bytes()

    def broken(store, fh):
        fh.write(b"@prefix half: <urn:half#> .\n")
        raise ValueError("disk on fire")

    register_exporter("broken", broken, extension="x", media_type="x", description="fails half way")
    try:
        with pytest.raises(ValueError):
            from newsgraph.cli.export import run
            import argparse

            run(argparse.Namespace(store=store_path, format="broken", out=str(out), quiet=True))
    finally:
        EXPORTERS.pop("broken")
    assert out.read_bytes() == good  # the old file survives untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]  # and no temp file is left


def test_cli_export_errors_are_one_line(tmp_path, capsys):
    assert main(["export", "--store", str(tmp_path / "nothing"), "--format", "turtle"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no store here" in err
