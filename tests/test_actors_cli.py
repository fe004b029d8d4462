"""`newsgraph actors lookup | list | export` from the command line."""

from __future__ import annotations

import json

from rdflib import Graph

from newsgraph.cli import main


def test_lookup_prints_label_qid_type_affiliation_and_office(capsys):
    assert main(["actors", "lookup", "Sekjen NATO", "--lang", "id", "--date", "2022-11-29"]) == 0
    out = capsys.readouterr().out
    assert "Jens Stoltenberg" in out and "Q57665" in out and "person" in out
    assert "NATO (Q7184)" in out and "Secretary General" in out and "office" in out


def test_lookup_json(capsys):
    assert main(["actors", "lookup", "Negeri Tirai Bambu", "--lang", "id", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["actor"]["qid"] == "Q148" and data["matched"] == "Negeri Tirai Bambu" and data["how"] == "alias"


def test_lookup_errors_are_one_line_and_nonzero(capsys):
    assert main(["actors", "lookup", "zzz qqq"]) == 1
    assert "no actor found" in capsys.readouterr().err
    assert main(["actors", "lookup", "Rusia", "--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert "no actor names for language 'xx'" in err and "Traceback" not in err
    assert main(["actors", "lookup", "   "]) == 2


def test_list_filters_by_type_and_prints_json_lines(capsys):
    assert main(["actors", "list", "--type", "state", "--json", "--lang", "id"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) >= 197 and all(r["type"] == "state" for r in rows)
    russia = next(r for r in rows if r["key"] == "Q159")
    assert russia["label_id"] == "Rusia" and russia["code"] == "RUS"


def test_export_writes_turtle(tmp_path, capsys):
    out = tmp_path / "actors.ttl"
    assert main(["actors", "export", "-o", str(out)]) == 0
    g = Graph().parse(out, format="turtle")
    assert len(g) > 3000
    assert main(["actors", "export", "-o", str(tmp_path / "missing" / "x.ttl")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_lookup_checks_a_name_against_a_user_actor_file(tmp_path, capsys):
    actors = tmp_path / "mine.tsv"
    actors.write_text("key\tlabel\ttype\taliases\nmilitia:north\tNorthern Militia\tgroup\tNM|the northern militia\n")
    assert main(["actors", "lookup", "the northern militia", "--actors", str(actors), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["actor"]
    assert found["key"] == "militia:north" and found["type"] == "group"
    assert main(["actors", "lookup", "NM", "--actors", str(tmp_path / "missing.tsv")]) != 0
    assert "actor file not found" in capsys.readouterr().err
