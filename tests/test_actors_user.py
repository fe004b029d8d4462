"""User actor files (--actors): actors the bundled KB lacks, on extract, build and eval; bad files fail cleanly."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.evaluation.devsets import read_petrarch, shared_dir

HEADER = "key\tlabel\ttype\tcode\taliases\taffiliation\n"
ACTORS = (
    "# a militia and its commander, unknown to the bundled knowledge base\n"
    + HEADER
    + "group:zorblax-brigade\tZorblax Brigade\tgroup\tZBX\tZorblax|the Brigade\tQ159\n"
    + "person:ivo-quell\tIvo Quell\tperson\t\t\tgroup:zorblax-brigade\n"
)
TEXT = "The Zorblax Brigade attacked Ukraine on Monday. Ivo Quell accused Poland of lying about the attack.\n"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "actors.tsv").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def events(capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["-q", "extract", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_user_actor_file_makes_unknown_names_actors_of_its_type(files, capsys):
    article = str(files / "article.txt")
    without = {e["verb"]: e for e in events(capsys, article)}
    assert without["attack"]["subject"]["type"] != "group"  # an unknown name: the KB cannot type it

    found = {e["verb"]: e for e in events(capsys, article, "--actors", str(files / "actors.tsv"))}
    assert found["attack"]["subject"] == {"label": "Zorblax Brigade", "type": "group", "code": "ZBX",
                                          "key": "group:zorblax-brigade"}
    assert found["attack"]["object"]["qid"] == "Q212"  # the bundled KB is still there
    quell = found["accuse"]["subject"]
    assert quell["type"] == "person" and quell["affiliation"]["label"] == "Zorblax Brigade"
    # --level state folds the person into the body the file says he speaks for
    folded = events(capsys, article, "--actors", str(files / "actors.tsv"), "--level", "state")
    assert {e["subject"]["label"] for e in folded} == {"Zorblax Brigade"}


def test_build_stores_user_actors_under_their_keys_and_re_extracts_when_the_file_changes(files, capsys):
    out = files / "out"

    def build(*extra: str) -> int:
        capsys.readouterr()
        assert main(["build", str(files / "article.txt"), "--out", str(out), "--no-html", *extra]) == 0
        return int(re.search(r"(\d+) unchanged articles skipped", capsys.readouterr().out).group(1))

    actors = ["--actors", str(files / "actors.tsv")]
    assert build(*actors) == 0
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "<https://newsgraph.dev/actor/group/zorblax-brigade>" in graph
    assert 'ng:key "group:zorblax-brigade"' in graph
    assert build(*actors) == 1  # same text, same actors: skipped
    (files / "actors.tsv").write_text(ACTORS.replace("ZBX", "ZBR"), encoding="utf-8")
    assert build(*actors) == 0  # an edited actor file re-extracts
    assert '"code": "ZBR"' in (out / "events.jsonl").read_text(encoding="utf-8")
    assert build() == 0  # and so does dropping it


@pytest.mark.parametrize("content, message", [
    (HEADER + "Q159\tRussia Two\tstate\n", r"actors\.tsv:2: key Q159 is already the bundled actor 'Russia'"),
    (HEADER + "state:rus\tRussia\tstate\n", r"actors\.tsv:2: label 'Russia' is already the bundled actor Q159"),
    ("# comment\n" + HEADER + "group:a\tAlpha\tgroup\ngroup:a\tBeta\tgroup\n",
     r"actors\.tsv:4: duplicate key group:a \(first given at .*actors\.tsv:3\)"),
    (HEADER + "group:a\tAlpha\tmilitia\n", r"actors\.tsv:2: unknown type 'militia' \(want state, organization"),
    ("key\tlabel\n" + "group:a\tAlpha\n", r"actors\.tsv:1: no 'type' column"),
    ("key\tlabel\ttype\tcolour\n", r"actors\.tsv:1: unknown column 'colour'"),
    (HEADER + "group:a\tAlpha\tgroup\t\t\t\textra\n", r"actors\.tsv:2: 7 tab-separated cells, the header has 6"),
    (HEADER + "group:a\tAlpha\tgroup\t\t\tgroup:nowhere\n", r"actors\.tsv:2: affiliation group:nowhere is not a known"),
    (HEADER + "group a\tAlpha\tgroup\n", r"actors\.tsv:2: bad key 'group a'"),
    ("", r"actors\.tsv: is empty"),
])
def test_a_bad_actor_file_fails_with_one_line(files, capsys, content, message):
    (files / "actors.tsv").write_text(content, encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", str(files / "article.txt"), "--actors", str(files / "actors.tsv")]) != 0
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1, err
    assert re.search(message, err), err


@pytest.mark.parametrize("command, name, content, why", [
    ("extract", "clash.tsv", HEADER + "Q159\tRussia Two\tstate\n", "clash.tsv:2: key Q159 is already the bundled actor"),
    ("build", "binary.tsv", bytes(range(256)) * 4, "binary.tsv: is a binary file"),
    ("eval", "types.tsv", HEADER + "group:a\tAlpha\tmilitia\n", "types.tsv:2: unknown type 'militia'"),
    ("build", "missing.tsv", None, "missing.tsv: actor file not found"),
], ids=["clash", "binary", "unknown-type", "missing"])
def test_bad_actor_files_fail_cleanly_through_the_real_command_line(files, command, name, content, why):
    if isinstance(content, str):
        (files / name).write_text(content, encoding="utf-8")
    elif content is not None:
        (files / name).write_bytes(content)
    (files / "gold.jsonl").write_text(json.dumps({"id": "g1", "lang": "en", "text": TEXT, "events": []}) + "\n",
                                      encoding="utf-8")
    target = ["gold.jsonl"] if command == "eval" else ["article.txt"]
    extra = ["--out", "out"] if command == "build" else []
    proc = cli(command, *target, *extra, "--actors", name, cwd=files)
    assert proc.returncode != 0 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"newsgraph: error: {why}"), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (files / "out").exists()  # a build with a bad actor file writes nothing


def test_eval_extracts_with_user_actors(files, capsys):
    # Gold names the militia by its code: only an extraction that knows the code can match it.
    gold = {"id": "g1", "lang": "en", "text": TEXT,
            "events": [{"subject": {"label": "Zorblax", "code": "ZBX"}, "relation": "fight", "object": "Ukraine"}]}
    (files / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")

    def recall(*extra: str) -> float:
        capsys.readouterr()
        assert main(["eval", str(files / "gold.jsonl"), "--json", *extra]) == 0
        return json.loads(capsys.readouterr().out)["recall"]

    assert recall() == 0.0
    assert recall("--actors", str(files / "actors.tsv")) == 1.0


needs_shared = pytest.mark.skipif(not (shared_dir() / "reference").is_dir(),
                                  reason=f"reference folder {shared_dir()} is not present")


@needs_shared
def test_the_petrarch_devset_is_extracted_with_its_own_world(capsys):
    loaded = read_petrarch()
    world = {e.actor.code: e for e in loaded.actors}
    assert world["ARN"].actor.label == "Arnor" and world["ARN"].actor.type == "state"
    assert "Minas Tirith" in world["GON"].names  # the toml's aliases are names

    capsys.readouterr()
    assert main(["eval", "--devset", "petrarch", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    missed = {m["item"] for m in report["misses"]}
    # "Arnor will contribute ... to Gondor": no event at all when Arnor and Gondor are unknown names
    assert "SYNSET-07a" not in missed
    assert "PASSIVE-01" not in missed
