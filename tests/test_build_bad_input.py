"""Bad input through the real command line: one line each on stderr, no traceback, the good articles still built."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GOOD_ID = "Rusia menuduh NATO melanggar janji keamanan di Eropa Timur. Moskow juga mengecam Amerika Serikat."
GOOD_EN = "Russia accused NATO of breaking its promises. China criticised the United States on Tuesday."


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=300)


def test_bad_inputs_are_reported_and_the_rest_is_built(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good-id.txt").write_text("Rusia Tuding NATO\n\n" + GOOD_ID + "\n", encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inputs / "latin1.txt").write_bytes(
        "Russia accuses NATO\n\nRussia accused NATO of aggression, the Kremlin's café spokesman said.\n".encode("latin-1")
    )
    (inputs / "hostile.html").write_text(
        "<html><head><title>China slams US</title><script>alert('x')</script></head><body>"
        "<article><h1>China slams US</h1><p>" + GOOD_EN + "</p>"
        "<p>A reader wrote &lt;script&gt;alert(1)&lt;/script&gt; in a comment.</p>"
        "<script>document.write('injected')</script></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = run("build", str(inputs), str(tmp_path / "missing.txt"), "--out", str(out), "--no-html", cwd=tmp_path)
    stderr = proc.stderr.decode()
    assert "Traceback" not in stderr
    assert proc.returncode == 1, stderr
    for name in ("empty", "binary", "missing"):
        lines = [line for line in stderr.splitlines() if name in line]
        assert lines, f"no message names {name}: {stderr}"
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = {e["article"] for e in events}
    assert "good-id" in articles
    assert "hostile" in articles
    assert "latin1" in articles  # decoded with a warning, not lost
    for e in events:
        assert "injected" not in e["evidence"] and "alert('x')" not in e["evidence"]


def test_extract_reads_stdin_and_writes_the_stable_schema(tmp_path):
    proc = run("extract", "-", cwd=tmp_path, stdin=(GOOD_EN + "\n").encode())
    assert proc.returncode == 0, proc.stderr.decode()
    events = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert events
    for e in events:
        assert set(e) >= {"article", "lang", "date", "subject", "relation", "cameo", "verb", "object", "negated",
                          "evidence", "confidence"}
    assert any(e["subject"]["label"] == "Russia" and e["relation"] == "disapprove"
               and e["object"]["label"] == "NATO" for e in events)


def test_an_unsupported_language_is_skipped_with_a_warning_naming_it(tmp_path):
    french = tmp_path / "fr.txt"
    french.write_text("La Russie accuse l'OTAN de violer ses promesses. La France a condamné cette attaque hier.\n",
                      encoding="utf-8")
    proc = run("extract", str(french), cwd=tmp_path)
    stderr = proc.stderr.decode()
    assert "Traceback" not in stderr
    assert "French" in stderr and "not supported" in stderr
    assert proc.stdout == b""
