"""Events as flat files: JSON Lines in the stable events schema (Event.as_json) and CSV of the same fields."""

from __future__ import annotations

import csv
import io
import json
from typing import BinaryIO

from newsgraph.export.registry import register_exporter
from newsgraph.graph.readback import events_from_store

CSV_COLUMNS = [
    "article", "lang", "date", "subject", "subject_qid", "subject_type", "relation", "cameo", "verb",
    "object", "object_qid", "object_type", "negated", "confidence", "evidence", "extractor", "modality",
    "source", "trigger", "sentence", "headline", "article_title", "article_url",
]


def _jsonl(store, out: BinaryIO) -> None:
    for event in events_from_store(store):
        out.write(json.dumps(event.as_json(), ensure_ascii=False).encode("utf-8") + b"\n")


def _flat(record: dict) -> dict:
    row = dict(record)
    for side in ("subject", "object"):
        actor = row.pop(side)
        row[side] = actor["label"]
        row[f"{side}_qid"] = actor.get("qid", "")
        row[f"{side}_type"] = actor.get("type", "")
    if "source" in row:
        row["source"] = row["source"]["label"]
    return {k: ("" if row.get(k) is None else row[k]) for k in CSV_COLUMNS}


def _csv(store, out: BinaryIO) -> None:
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for event in events_from_store(store):
        writer.writerow(_flat(event.as_json()))
    out.write(text.getvalue().encode("utf-8"))


register_exporter("jsonl", _jsonl, extension="jsonl", media_type="application/x-ndjson",
                  description="events, one JSON object per line (the stable events schema)")
register_exporter("csv", _csv, extension="csv", media_type="text/csv",
                  description="events as CSV, one row per event")
