"""Train the small Indonesian POS tagger from the UD Indonesian treebanks, evaluate it, package it.

    python tools/train_id_tagger.py train    [--out /tmp/id_tagger_run] [--section.key value ...]
    python tools/train_id_tagger.py evaluate [--model DIR]
    python tools/train_id_tagger.py package  [--model DIR]   # -> src/newsgraph/lang/id/tagger/

The tagger (tok2vec width 32, depth 1 + UPOS; config tools/id_tagger.cfg) is named by `tagger` in
lang/id/language.toml; the actor resolver runs it on the sentences where it must tell an unknown person's name from
capitalised words (language.pipeline.get_tagger). Split as tools/train_id_parser.py:
train on CSUI train + GSD dev + PUD test (2,215 sentences), hold out CSUI test + GSD test (931 sentences). Training
runs a fixed number of steps and the last model is kept (no checkpoint is chosen on the held-out sentences, so the
held-out scores are not tuned on). The treebanks are read from ../shared/reference/ud-indonesian/ and converted in a
temporary directory: neither they nor converted copies belong in the repo (CC BY-SA; see tagger/ATTRIBUTION.md).

Result on 2026-11-26 (2,000 steps, 1.6 min on the shared 2-core machine; 931 held-out sentences, 21,408 tokens,
gold tokenisation):

    tok2vec                      POS   PROPN P   PROPN R   PROPN F1    MB   ms per short sentence
    width 64, depth 2           92.3      92.4      90.0       91.2   4.1   0.52
    width 32, depth 1 (ships)   92.0      92.1      89.7       90.9   2.5   0.33
    same, 3 hash attrs          91.4      91.8      89.6       90.7   2.4   0.35
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_id_parser import (  # noqa: E402
    HELDOUT_FILES, TRAIN_FILES, TREEBANKS, _check_treebanks, read_conllu, spacy_train)

REPO = Path(__file__).resolve().parents[1]
CONFIG = Path(__file__).with_name("id_tagger.cfg")
PACKAGE_DIR = REPO / "src" / "newsgraph" / "lang" / "id" / "tagger"
DEFAULT_OUT = Path(tempfile.gettempdir()) / "id_tagger_run"


def to_docbin(files, path: Path) -> int:
    """Words, spaces and UPOS only (no features: the tagger's labels are the 17 UPOS tags)."""
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("id")
    db = DocBin(store_user_data=False)
    count = 0
    for name in files:
        for sent in read_conllu(TREEBANKS / name):
            db.add(Doc(nlp.vocab, words=[s[0] for s in sent], spaces=[s[6] for s in sent], pos=[s[2] for s in sent]))
            count += 1
    db.to_disk(path)
    return count


def train(args) -> Path:
    out = Path(args.out)
    spacy_train(CONFIG, out, args.seed, args.overrides, to_docbin, note=" (scored for the log only)")
    last = out / "model-last"
    if not last.is_dir():
        sys.exit(f"error: training produced no model in {out}")
    return last


def evaluate(model: Path) -> dict:
    """POS accuracy and proper-noun precision/recall on the held-out sentences (gold tokenisation), and speed."""
    import spacy
    from spacy.tokens import DocBin

    _check_treebanks()
    if not (Path(model) / "meta.json").is_file():
        sys.exit(f"error: no spaCy model at {model} (train one first: tools/train_id_tagger.py train)")
    nlp = spacy.load(model)
    with tempfile.TemporaryDirectory(prefix="id-ud-") as tmp:
        to_docbin(HELDOUT_FILES, Path(tmp) / "dev.spacy")
        gold = list(DocBin().from_disk(Path(tmp) / "dev.spacy").get_docs(nlp.vocab))
    # Tag the gold tokens (no tokenizer differences), then time the whole pipeline on the raw texts.
    predicted = [nlp.get_pipe("morphologizer")(nlp.get_pipe("tok2vec")(
        spacy.tokens.Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])))
        for g in gold]
    counts: Counter = Counter()
    for g, p in zip(gold, predicted):
        for gt, pt in zip(g, p):
            counts["tokens"] += 1
            counts["correct"] += gt.pos_ == pt.pos_
            gold_propn, pred_propn = gt.pos_ == "PROPN", pt.pos_ == "PROPN"
            counts["tp"] += gold_propn and pred_propn
            counts["fp"] += pred_propn and not gold_propn
            counts["fn"] += gold_propn and not pred_propn
    texts = [g.text for g in gold]
    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    secs = time.perf_counter() - start
    p = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    r = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    size = sum(f.stat().st_size for f in Path(model).rglob("*") if f.is_file())
    row = {"POS": counts["correct"] / counts["tokens"], "PROPN P": p, "PROPN R": r,
           "PROPN F1": 2 * p * r / max(1e-9, p + r), "MB": size / 1e6,
           "words/s": counts["tokens"] / secs, "sents/s": len(texts) / secs}
    print(f"held out: {len(gold)} sentences, {counts['tokens']} tokens")
    print("  ".join(f"{k} {v * 100:.1f}" if k not in ("MB", "words/s", "sents/s") else f"{k} {v:,.1f}"
                    for k, v in row.items()))
    return row


def package(model: Path) -> None:
    """Copy the trained pipeline into lang/id/tagger/ (no training files) with its attribution."""
    import spacy

    if not (Path(model) / "meta.json").is_file():
        sys.exit(f"error: no spaCy model at {model} (train one first: tools/train_id_tagger.py train)")
    nlp = spacy.load(model)
    nlp.meta.update({
        "name": "id_newsgraph_tagger", "lang": "id", "version": "0.1.0",
        "description": "Indonesian UPOS tagger trained by newsgraph tools/train_id_tagger.py",
        "license": "CC BY-SA 4.0 (trained on UD Indonesian GSD, CSUI, PUD)",
        "sources": [{"name": n} for n in ("UD_Indonesian-GSD", "UD_Indonesian-CSUI", "UD_Indonesian-PUD")],
    })
    nlp.meta.pop("performance", None)  # the training log's dev scores; tools/train_id_tagger.py evaluate reports
    nlp.config["paths"]["train"] = nlp.config["paths"]["dev"] = None  # temporary files of the training run
    # The string store holds every word form of the treebanks; tagging needs only hashes, so keep what a blank
    # Indonesian pipeline has plus the labels (the model ships no word list taken from the treebanks).
    keep = set(spacy.blank("id").vocab.strings)
    morphologizer = nlp.get_pipe("morphologizer")
    keep |= set(morphologizer.cfg["labels_morph"]) | set(morphologizer.cfg["labels_pos"]) | set(morphologizer.labels)
    nlp.vocab.strings._reset_and_load(sorted(keep))
    if PACKAGE_DIR.exists():
        shutil.rmtree(PACKAGE_DIR)
    nlp.to_disk(PACKAGE_DIR)
    (PACKAGE_DIR / "ATTRIBUTION.md").write_text(ATTRIBUTION, encoding="utf-8")
    print(f"packaged {model} -> {PACKAGE_DIR}")


ATTRIBUTION = """# Attribution: the Indonesian tagger

This folder is a spaCy pipeline (tok2vec + UPOS tagger) made by `tools/train_id_tagger.py` (config
`tools/id_tagger.cfg`). Its weights are learnt from these Universal Dependencies treebanks (not included here):

- UD_Indonesian-CSUI (train split): Alfina, Ika; Arwidarasti, Jessica Naraiswari; Hanifmuti, Muhammad Yudistira;
  Dinakaramani, Arawinda; Manurung, Ruli; Rashel, Fam; Luthfi, Andry (Faculty of Computer Science, Universitas
  Indonesia; from the Kethu constituency treebank). CC BY-SA 4.0.
- UD_Indonesian-GSD (dev split): McDonald, Ryan; Nivre, Joakim; Zeman, Daniel; Larasati, Septina Dian; Alfina, Ika
  (from the Google universal dependency treebank v2.0, revised 2021). CC BY-SA 4.0.
- UD_Indonesian-PUD (test split): Parallel Universal Dependencies, CoNLL 2017 shared task. CC BY-SA 3.0.

As a work derived from CC BY-SA data, the model in this folder is distributed under CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/), not under newsgraph's own licence.
Universal Dependencies: https://universaldependencies.org/
"""


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="convert, train (fixed steps), evaluate")
    t.add_argument("--out", default=str(DEFAULT_OUT))
    t.add_argument("--seed", type=int, default=0)
    e = sub.add_parser("evaluate", help="score a model on the 931 held-out sentences")
    e.add_argument("--model", default=str(PACKAGE_DIR))
    k = sub.add_parser("package", help="copy a trained model into src/newsgraph/lang/id/tagger")
    k.add_argument("--model", default=str(DEFAULT_OUT / "model-last"))
    args, extra = p.parse_known_args(argv)
    if extra and args.cmd != "train":
        p.error(f"unrecognized arguments: {' '.join(extra)}")
    args.overrides = extra  # spaCy config overrides for `train`, e.g. --training.max_steps 3000
    if args.cmd == "train":
        evaluate(train(args))
    elif args.cmd == "evaluate":
        evaluate(Path(args.model))
    else:
        package(Path(args.model))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
