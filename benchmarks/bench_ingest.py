"""Ingest and language-detection speed, as ratios against baselines measured in the same run.

    .venv/bin/python benchmarks/bench_ingest.py [--repeat N]

Baselines: for ingest, reading and UTF-8-decoding the same files (the least any ingest must do); for detection,
lingua's own answer for the same texts without our Indonesian/Malay tie-break.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from newsgraph.ingest import iter_articles
from newsgraph.language import detect

ROOT = Path(__file__).resolve().parents[1]


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def corpus(tmp: Path) -> dict[str, list[Path]]:
    samples = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
    para = ("Rusia menuduh NATO melanggar janji yang sudah disepakati, kata juru bicara Kremlin di Moskow pada "
            "Selasa (29/11). ")
    big = tmp / "big.txt"
    big.write_text("Rusia Tuding NATO\n\n29 November 2022 22:38 WIB\n\n" + "\n\n".join([para * 4] * 9000))
    lines = tmp / "many.jsonl"
    lines.write_text("".join(json.dumps({"id": f"a{i}", "text": para * 3, "title": "Rusia Tuding NATO",
                                         "date": "2022-11-29"}) + "\n" for i in range(2000)))
    return {"samples (7 files)": samples, f"one {big.stat().st_size / 1e6:.1f} MB text": [big],
            "jsonl, 2,000 lines": [lines]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    detect.detect_language("Rusia menuduh NATO melanggar janji.")  # cold: builds the detector, loads models
    build = time.perf_counter() - start
    print(f"{'input':<26}{'articles':>9}{'baseline s':>12}{'ingest s':>10}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, paths in corpus(Path(tmp)).items():
            base = timed(lambda: [p.read_bytes().decode("utf-8", "replace") for p in paths], args.repeat)
            count = sum(1 for _ in iter_articles([str(p) for p in paths]))
            spent = timed(lambda: list(iter_articles([str(p) for p in paths])), args.repeat)
            print(f"{name:<26}{count:>9}{base:>12.4f}{spent:>10.4f}{spent / base:>8.0f}x")

    texts = [a.text for a in iter_articles([str(ROOT / "samples")]) if hasattr(a, "text")]
    raw = timed(lambda: [detect._detector().detect_language_of(t) for t in texts], args.repeat)
    ours = timed(lambda: [detect.detect_language(t) for t in texts], args.repeat)
    print()
    print(f"{'language detection':<26}{'texts':>9}{'lingua s':>12}{'ours s':>10}{'ratio':>8}")
    print(f"{'samples':<26}{len(texts):>9}{raw:>12.4f}{ours:>10.4f}{ours / raw:>8.2f}x")
    print(f"cold start, once per process (build + load all models + first call): {build:.2f} s")


if __name__ == "__main__":
    main()
