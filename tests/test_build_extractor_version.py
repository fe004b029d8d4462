"""A rebuild skips what the same extractor already extracted, and re-extracts everything after an upgrade."""

from __future__ import annotations

import re
from pathlib import Path

import rdflib

from newsgraph.cli import main
from newsgraph.extract import version
from newsgraph.graph.namespaces import NG

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
INPUTS = [str(SAMPLES / "en-russia-missile-strikes-kyiv.txt"), str(SAMPLES / "id-rusia-tuding-nato-baltik.txt")]


def build(out: Path, capsys) -> int:
    """Build INPUTS into out/store; return how many articles were skipped as unchanged."""
    capsys.readouterr()
    assert main(["build", *INPUTS, "--out", str(out), "--no-html"]) == 0
    return int(re.search(r"(\d+) unchanged articles skipped", capsys.readouterr().out).group(1))


def graph_without_digests(out: Path) -> set:
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    return {t for t in g if t[1] != NG.digest}


def test_new_extractor_version_re_extracts_and_same_version_skips(tmp_path, capsys, monkeypatch):
    assert build(tmp_path, capsys) == 0
    first_events = (tmp_path / "events.jsonl").read_text(encoding="utf-8")
    first_graph = graph_without_digests(tmp_path)
    assert first_events.strip()

    assert build(tmp_path, capsys) == len(INPUTS)  # unchanged text, same extractor: nothing re-extracted

    monkeypatch.setattr(version, "extractor_version", lambda: "newsgraph 9.9.9+0123456789abcdef")
    assert build(tmp_path, capsys) == 0  # every article extracted again
    # Same extractor behaviour here, so the same events under the same IRIs; only the stored digests moved on.
    assert (tmp_path / "events.jsonl").read_text(encoding="utf-8") == first_events
    assert graph_without_digests(tmp_path) == first_graph
    assert build(tmp_path, capsys) == len(INPUTS)


def test_the_fingerprint_covers_the_data_extraction_reads(monkeypatch, tmp_path):
    names = {name for name, _ in version.fingerprint_files()}
    for lang in ("en", "id"):
        assert {f"lang/{lang}/verbs.tsv", f"lang/{lang}/roles.tsv", f"lang/{lang}/language.toml"} <= names
    assert {"ontology/actors/people.tsv", "ontology/actors/names/id.tsv", "taxonomy/cameo.tsv",
            "extract/converse.tsv", "extract/dependency.py"} <= names

    lexicon = tmp_path / "verbs.tsv"
    lexicon.write_text("tuduh\t112\n", encoding="utf-8")
    monkeypatch.setattr(version, "fingerprint_files", lambda: [("lang/xx/verbs.tsv", lexicon)])
    version.extractor_version.cache_clear()
    before = version.extractor_version()
    lexicon.write_text("tuduh\t111\n", encoding="utf-8")  # one code changed
    version.extractor_version.cache_clear()
    try:
        assert version.extractor_version() != before
    finally:
        version.extractor_version.cache_clear()
