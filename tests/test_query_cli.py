"""`newsgraph query` as a user runs it: saved queries with parameters, .rq files, errors as one line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsgraph.cli import main
from newsgraph.store import open_store
from test_graph import corpus


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("query") / "store")
    with open_store(path) as store:
        for art, events in corpus():
            store.replace_article(art, events)
    return path


def test_who_accuses_whom_as_json(store_path, capsys):
    code = main(["query", "--store", store_path, "--saved", "who_accuses_whom", "--param", "actor=NATO",
                 "--param", "since=2022-11-01", "--format", "json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    rows = [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
    assert [(r["accuser"], r["accused"], r["mentions"]) for r in rows] == [("Russia", "NATO", "3")]


def test_parameters_filter_inside_the_aggregating_subquery(store_path, capsys):
    # min_mentions and quad are tested inside subqueries; a HAVING on an unbound variable once ignored min_mentions
    assert main(["query", "--store", store_path, "--saved", "who_accuses_whom", "--param", "min_mentions=2",
                 "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(",")[:2] for line in lines[1:]] == [["Russia", "NATO"]]
    assert main(["query", "--store", store_path, "--saved", "partners_by_quad", "--param", "actor=Q159",
                 "--param", "quad=4", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(",")[:4] for line in lines[1:]] == [["4", "Ukraine", "1", "1"]]


def test_date_parameter_filters(store_path, capsys):
    assert main(["query", "--store", store_path, "--saved", "who_accuses_whom", "--param", "since=2023-01-01",
                 "--format", "csv"]) == 0
    assert capsys.readouterr().out.strip().count("\n") == 0  # header only


def test_adhoc_query_with_declared_prefixes_and_rq_file(store_path, tmp_path, capsys):
    assert main(["query", "--store", store_path, "SELECT ?o WHERE { actor:Q159 ng:fight ?o }"]) == 0
    assert "actor/Q212" in capsys.readouterr().out
    rq = tmp_path / "mine.rq"
    rq.write_text("# description: attacks\n# param: who (string) — label\n"
                  "SELECT ?o WHERE { ?s rdfs:label ?l ; ng:fight ?o FILTER (STR(?l) = ?who) }\n")
    assert main(["query", "--store", store_path, str(rq), "--param", "who=Russia", "--format", "csv"]) == 0
    assert "actor/Q212" in capsys.readouterr().out


def test_list_describes_every_saved_query(capsys):
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for name in ("who_accuses_whom", "pair_timeline", "partners_by_quad", "pair_balance", "article_events",
                 "actor_centrality"):
        assert name in out
    assert "--param actor=" in out and "label or QID" in out


@pytest.mark.parametrize("argv,message", [
    (["SELECT ?x WHERE { ?x ng:subject "], "SPARQL: error at 1:"),
    (["--saved", "pair_timeline", "--param", "a=Russia"], "missing parameter b"),
    (["--saved", "who_accuses_whom", "--param", "since=yesterday"], "expected a date"),
    (["--saved", "who_accuses_whom", "--param", "colour=red"], "no parameter 'colour'"),
    (["--saved", "nope"], "no such saved query"),
    (["missing.rq"], "no such query file"),
])
def test_user_errors_are_one_line_exit_2(store_path, argv, message, capsys):
    assert main(["query", "--store", store_path, *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_malformed_sparql_from_the_shell_has_no_traceback(store_path):
    proc = subprocess.run([sys.executable, "-m", "newsgraph", "query", "--store", store_path, "SELECT ?x WHERE { ?x"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("newsgraph: error: SPARQL: error at 1:") and "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0
