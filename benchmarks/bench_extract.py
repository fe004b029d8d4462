"""Extraction speed against the bare spaCy pipeline, measured in the same run.

    .venv/bin/python benchmarks/bench_extract.py [--repeat N]

English: extraction (actors + lexicon + roles) must add at most 30% to the time of the bare spaCy pipeline on the
same text. Indonesian: at least 1,000 sentences/s per core end to end. The texts are our dev sets' sentences and the
bundled samples, repeated; the seed article is added when ../shared is present. Everything runs on one core
(torch/BLAS threads pinned to 1) and each figure is the best of three rounds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from newsgraph.extract import extract_article  # noqa: E402
from newsgraph.ingest import iter_articles  # noqa: E402
from newsgraph.language.pipeline import get_pipeline  # noqa: E402
from newsgraph.model import Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def texts_for(lang: str) -> list[str]:
    out = []
    dev = ROOT / "devsets" / lang / "dev.jsonl"
    if dev.is_file():
        out += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in iter_articles([str(ROOT / "samples")]):
        if isinstance(item, Article) and (item.language or "") in ("", lang):
            out += item.paragraphs
    return [t for t in out if t]


def english_sentences() -> list[str]:
    path = ROOT.parent / "shared" / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not path.is_file():
        return []
    return [r["text"] for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text")]


def best(fn, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def as_articles(texts: list[str], lang: str) -> list[Article]:
    return [Article(id=f"b{i}", text=t, paragraphs=[t], date=dt.date(2023, 1, 1), language=lang)
            for i, t in enumerate(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="how many times the corpus is repeated (default 3)")
    args = parser.parse_args()

    rows = []
    for lang, texts in (("en", english_sentences() + texts_for("en")), ("id", texts_for("id"))):
        texts = texts * args.repeat
        nlp = get_pipeline(lang)
        articles = as_articles(texts, lang)
        extract_article(articles[0])  # warm caches: KB, lexicon, model
        n_sents = sum(1 for doc in nlp.pipe(texts) for _ in doc.sents)
        batched = best(lambda: [None for _ in nlp.pipe(texts)])
        # The baseline is spaCy called as extraction calls it: one article's segments at a time.
        bare = best(lambda: [list(nlp.pipe([t])) for t in texts])
        full = best(lambda: [extract_article(a) for a in articles])
        events = sum(len(extract_article(a)) for a in articles[: len(articles) // args.repeat])
        rows.append((lang, len(texts), n_sents, batched, bare, full, events))

    print(f"{'lang':<5}{'texts':>7}{'sents':>7}{'spaCy batched s':>17}{'spaCy s':>9}{'extract s':>11}"
          f"{'ratio':>7}{'sent/s':>9}{'events':>8}")
    for lang, n, sents, batched, bare, full, events in rows:
        print(f"{lang:<5}{n:>7}{sents:>7}{batched:>17.2f}{bare:>9.2f}{full:>11.2f}{full / bare:>7.2f}"
              f"{sents / full:>9.0f}{events:>8}")
    print("\nratio = extraction end to end (spaCy included) / the bare spaCy pipeline called the same way, one")
    print("article at a time; 'spaCy batched' is spaCy over all texts in one nlp.pipe, for reference.")
    print("targets: en ratio <= 1.30; id >= 1,000 sentences/s on one core.")


if __name__ == "__main__":
    main()
