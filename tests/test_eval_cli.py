"""`newsgraph eval` end to end: scoring saved events, running the real extractor, and bad input."""

from __future__ import annotations

import json

import pytest

from newsgraph.cli import main
from newsgraph.model import Actor, Event

GOLD = [
    {"id": "g1", "lang": "id", "date": "2023-10-10", "text": "Rusia menuduh NATO melanggar janji.",
     "events": [{"subject": "Russia", "relation": "disapprove", "object": "NATO", "cameo": "112"}]},
    {"id": "g2", "lang": "id", "date": "2023-10-10", "text": "Amerika Serikat menjatuhkan sanksi terhadap Iran.",
     "events": [{"subject": {"label": "United States", "qid": "Q30"}, "relation": "reduce_relations",
                 "object": {"label": "Iran", "qid": "Q794"}, "cameo": "163"}]},
    {"id": "g3", "lang": "id", "date": "2023-10-10", "text": "Gempa mengguncang Sulawesi Barat pada Jumat.",
     "events": []},
]


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD) + "\n", encoding="utf-8")
    return path


def _event(item, subj, relation, cameo, obj):
    return Event(article=item, lang="id", date=None, subject=subj, relation=relation, cameo=cameo, verb="",
                 object=obj, evidence="", confidence=0.7, trigger="menuduh")


@pytest.fixture
def predictions(tmp_path):
    russia = Actor(key="Q159", label="Russia", type="state", qid="Q159")
    nato = Actor(key="Q7184", label="NATO", type="organization", qid="Q7184")
    indonesia = Actor(key="Q252", label="Indonesia", type="state", qid="Q252")
    events = [_event("g1", russia, "disapprove", "112", nato), _event("g3", indonesia, "fight", "190", russia)]
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(json.dumps(e.as_json()) for e in events) + "\n", encoding="utf-8")
    return path


def test_eval_prints_scores_breakdowns_and_error_lists(gold_file, predictions, capsys):
    assert main(["eval", str(gold_file), "--predictions", str(predictions)]) == 0
    out = capsys.readouterr().out
    overall = next(line for line in out.splitlines() if line.startswith("overall"))
    assert overall.split()[1:] == ["0.500", "0.500", "0.500", "1", "1", "1"]
    assert "by language:" in out and "by relation class:" in out and "reduce_relations" in out
    assert "misses: gold triples not predicted (1)" in out
    assert "g2  United States reduce_relations Iran" in out
    assert "false hits: predicted triples not in gold (1)" in out
    assert "Gempa mengguncang Sulawesi Barat" in out  # the error's text, to see why


def test_eval_json_report_and_fail_under(gold_file, predictions, capsys):
    code = main(["eval", str(gold_file), "--predictions", str(predictions), "--json", "--fail-under", "0.9"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1  # F1 0.5 is under 0.9
    assert report["f1"] == 0.5 and report["by_lang"]["id"]["tp"] == 1
    assert [m["item"] for m in report["misses"]] == ["g2"] and [f["item"] for f in report["false_hits"]] == ["g3"]


def test_eval_show_errors_zero_hides_the_lists(gold_file, predictions, capsys):
    main(["eval", str(gold_file), "--predictions", str(predictions), "--show-errors", "0"])
    assert "misses" not in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["eval"], "either a GOLD.jsonl file or --devset"),
        (["eval", "missing.jsonl"], "missing.jsonl: cannot read"),
        (["eval", "GOLD", "--devset", "id"], "either a GOLD.jsonl file or --devset"),
    ],
)
def test_eval_user_errors_are_one_line_not_tracebacks(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_eval_rejects_a_malformed_gold_file_with_its_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "lang": "id", "text": "t", "events": []}\n{"id": "b"\n', encoding="utf-8")
    assert main(["eval", str(bad), "--predictions", str(bad)]) == 2
    assert "bad.jsonl:2" in capsys.readouterr().err


def test_eval_runs_the_real_extractor(gold_file, capsys):
    pytest.importorskip("newsgraph.extract", reason="the extractor (newsgraph.extract) is not installed")
    assert main(["eval", str(gold_file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["items"] == 3 and report["tp"] + report["fn"] == 2
    assert report["tp"] >= 1  # the plainest active accusation is found end to end


def test_article_level_gold_reads_its_articles_from_input_files(tmp_path, capsys, monkeypatch):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "art1", "lang": "id", "events": [
        {"subject": "Russia", "relation": "disapprove", "object": "NATO"}]}) + "\n", encoding="utf-8")
    assert main(["eval", str(gold)]) == 2  # no text and no article: a clear error, not a silent zero
    assert "no text and no INPUT article" in capsys.readouterr().err

    seen = []

    def fake_extract(article):
        seen.append((article.id, article.text))
        return []

    import sys

    monkeypatch.setattr(sys.modules["newsgraph.evaluation.predict"], "default_extractor", lambda: fake_extract)
    article = tmp_path / "art1.txt"
    article.write_text("Rusia menuduh NATO.\n\nParagraf kedua.", encoding="utf-8")
    assert main(["eval", str(gold), str(article), "--show-errors", "5"]) == 0
    assert seen == [("art1", "Rusia menuduh NATO.\n\nParagraf kedua.")]
    assert "art1  Russia disapprove NATO" in capsys.readouterr().out
