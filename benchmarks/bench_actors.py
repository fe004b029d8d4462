"""How much the actor resolver adds to the language pipeline, per 500-word article, in English and Indonesian.

    .venv/bin/python benchmarks/bench_actors.py [--repeat 30]

Prints the median time of the spaCy pipeline alone and of the pipeline plus `find_mentions` on every sentence,
and their ratio (the issue's target: at most 1.10). Articles are our own sentences, repeated to 500 words.
The Indonesian pipeline is spaCy's blank tokenizer plus a sentencizer, so its baseline is tiny and the ratio
is the worst case; the English pipeline is the trained en_core_web_sm (tagger, parser, NER).

A second table gives floors against the same pipeline, measured in the same run: one Python pass that reads
each token's text, and spaCy's PhraseMatcher (Cython) over the knowledge base's names in that language. No
resolver can cost less than reading its tokens once, so when a floor is above 1.10 - 1 = 0.10 of the
pipeline, the target cannot be met by any resolver running after that pipeline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

from spacy.matcher import PhraseMatcher

from newsgraph.actors import ArticleActors, load_kb, resolver_for
from newsgraph.language.pipeline import get_pipeline

SENTENCES = {
    "en": [
        "NATO Secretary General Jens Stoltenberg said on Tuesday that Moscow had abandoned dialogue with the alliance.",
        "Russian President Vladimir Putin accused the United States and its allies of ignoring Russia's concerns.",
        "The Russian foreign ministry said Chinese officials would visit Kyiv's neighbours next week.",
        "Alexander Grushko, Russia's deputy foreign minister, told reporters that Washington was to blame.",
        "Stoltenberg said the alliance would keep supporting Ukraine for as long as it takes.",
        "Officials in Brussels and Beijing declined to comment on the talks held in Bucharest.",
        "The meeting in Romania was the first since Russian troops crossed into Ukraine in February.",
        "Analysts said the expansion of NATO into Eastern Europe remained the core of the dispute.",
    ],
    "id": [
        "Sekretaris Jenderal NATO Jens Stoltenberg pada Selasa mengatakan bahwa dialog dengan Moskow tidak berfungsi.",
        "Presiden Rusia Vladimir Putin menuduh Amerika Serikat dan sekutunya mengabaikan keamanan Rusia.",
        "Kementerian Luar Negeri China menyatakan bahwa pejabat Beijing akan mengunjungi Kyiv pekan depan.",
        "Alexander Grushko, Wakil Menteri Luar Negeri Rusia, mengatakan bahwa Washington harus bertanggung jawab.",
        "Menurut Stoltenberg, pihaknya akan terus mendukung Ukraina selama diperlukan.",
        "Pemerintah Rusia juga menganggap ekspansi NATO ke Eropa Timur sebagai bentuk agresi.",
        "Pertemuan di Rumania itu adalah yang pertama sejak pasukan Rusia memasuki Ukraina pada Februari.",
        "Negeri Paman Sam dan Negeri Tirai Bambu belum menanggapi usulan aliansi tersebut.",
    ],
}


def article(lang: str, words: int = 500) -> str:
    out: list[str] = []
    i = 0
    while sum(len(s.split()) for s in out) < words:
        out.append(SENTENCES[lang][i % len(SENTENCES[lang])])
        i += 1
    return " ".join(out)


def pipeline(lang: str):
    """The language stage's pipeline: en_core_web_sm for English, blank tokenizer + sentencizer for Indonesian."""
    return get_pipeline(lang)


def floors(nlp, kb, lang: str, text: str, repeat: int) -> list[tuple[str, float]]:
    """Fractions of the pipeline's time that the cheapest conceivable passes over the same parsed text take."""
    doc = nlp(text)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("NAME", list(nlp.tokenizer.pipe(sorted({name.text for name in kb.names(lang)}))))

    def read_tokens():
        for token in doc:
            token.text

    base, read, match = median_seconds([lambda: nlp(text), read_tokens, lambda: matcher(doc)], repeat)
    return [("one Python pass reading each token", read / base),
            (f"PhraseMatcher over {len(kb.names(lang))} {lang} names", match / base)]


def median_seconds(fns, repeat: int) -> list[float]:
    """Median time of each function, runs interleaved so that load from other processes hits all alike."""
    for fn in fns:
        fn()  # warm caches
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, out in zip(fns, times):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    return [statistics.median(t) for t in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per measurement (default: 30)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    load_kb()
    kb_load = time.perf_counter() - t0
    rows = []
    floor_rows = []
    for lang in ("en", "id"):
        nlp = pipeline(lang)
        text = article(lang)
        t0 = time.perf_counter()
        resolver = resolver_for(lang)
        build = time.perf_counter() - t0
        found = []

        def with_resolver():
            doc = nlp(text)
            tracker = ArticleActors(date=dt.date(2022, 11, 29))
            found.clear()
            for sent in doc.sents:
                found.extend(resolver.find_mentions(sent, tracker))

        parsed = nlp(text)

        def resolver_only():
            tracker = ArticleActors(date=dt.date(2022, 11, 29))
            for sent in parsed.sents:
                resolver.find_mentions(sent, tracker)

        base, both, alone = median_seconds([lambda: nlp(text), with_resolver, resolver_only], args.repeat)
        floor_rows.extend((lang, what, share) for what, share in floors(nlp, load_kb(), lang, text, args.repeat))
        rows.append((lang, len(text.split()), len(found), base * 1000, both * 1000, both / base, alone * 1000,
                     alone / base, build))
    print(f"knowledge base load: {kb_load:.2f} s (once per process)")
    print(f"{'lang':<5}{'words':>6}{'mentions':>10}{'pipeline ms':>13}{'+resolver ms':>14}{'ratio':>8}"
          f"{'resolver alone ms':>19}{'alone/pipeline':>16}{'build s':>9}")
    for lang, words, n, base, both, ratio, alone, share, build in rows:
        print(f"{lang:<5}{words:>6}{n:>10}{base:>13.2f}{both:>14.2f}{ratio:>8.3f}{alone:>19.2f}{share:>16.3f}"
              f"{build:>9.2f}")
    print("ratio = (pipeline + resolver) / pipeline, medians of interleaved runs; the Indonesian pipeline is a")
    print("tokenizer only, so its ratio compares Python rules with Cython tokenising: read the ms column.")
    print()
    print(f"{'lang':<5}{'floor (no resolution at all)':<44}{'share of pipeline':>18}")
    for lang, what, share in floor_rows:
        print(f"{lang:<5}{what:<44}{share:>18.3f}")
    print("share = floor time / pipeline time; the target allows the resolver 0.10 of the pipeline.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
