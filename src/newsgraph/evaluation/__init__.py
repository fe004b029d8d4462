"""Evaluation as a feature: score an event coder's (subject, relation, object) triples against gold.

    from newsgraph.evaluation import load_gold, predict, score
    gold = load_gold("gold.jsonl")
    report = score(gold, predict(gold))
    print(report.precision, report.recall, report.f1)

The gold format is documented in docs/eval.md; the bundled dev sets are in `devsets` (`load_devset("id")`).
"""

from newsgraph.evaluation.devsets import DEVSETS, Loaded, load_devset, read_petrarch, read_plover
from newsgraph.evaluation.gold import GoldActor, GoldEvent, GoldItem, load_gold, parse_item, read_gold
from newsgraph.evaluation.predict import article_for, predict
from newsgraph.evaluation.relations import ROOT_CLASSES, relation_of_code
from newsgraph.evaluation.report import format_report
from newsgraph.evaluation.scoring import Counts, ErrorCase, Report, actor_matches, score

__all__ = [
    "DEVSETS", "Counts", "ErrorCase", "GoldActor", "GoldEvent", "GoldItem", "Loaded", "ROOT_CLASSES", "Report",
    "actor_matches", "article_for", "format_report", "load_devset", "load_gold", "parse_item", "predict",
    "read_gold", "read_petrarch", "read_plover", "relation_of_code", "score",
]
