"""JSON Lines: one article per line, {"text": ..., "title", "subtitle", "date", "url", "author", "source",
"language"/"lang", "id"} — the text is laid out like a plain-text article (datelines, "Baca juga"...)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.ingest.article import build_article, slug, url_slug
from newsgraph.ingest.layout import parse_layout
from newsgraph.model import Article, InputError

TEXT_FIELDS = ("text", "body", "content")


def looks_like_jsonl(text: str) -> bool:
    """Every non-empty line is a JSON object."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return False
    for line in lines:
        try:
            value = json.loads(line)
        except ValueError:
            return False
        if not isinstance(value, dict):
            return False
    return True


def iter_jsonl(
    where: str, lines: Iterable[str | InputError], stem: str, *, path: str | None = None
) -> Iterator[Article | InputError]:
    """One Article per good line; one InputError per bad line, and the other lines still ingest.

    `lines` are the file's lines in order (an InputError stands for a line that could not be read). Articles stream
    out as they are parsed; a file in which every line fails for the same reason (an events file passed by
    mistake) gets one error, not thousands.
    """
    pending: list[InputError] = []  # errors before the first article, held back in case every line fails
    streaming = False
    for number, line in enumerate(lines, start=1):
        if isinstance(line, InputError):
            item: Article | InputError = line
        elif not line.strip():
            continue
        else:
            try:
                item = _article(f"{where}:{number}", line, stem, number, path)
            except InputError as error:
                item = error
        if streaming:
            yield item
        elif isinstance(item, Article):
            streaming = True
            yield from pending
            yield item
        else:
            pending.append(item)
    if streaming:
        return
    reasons = {e.why.split(" (", 1)[0] for e in pending}
    if len(pending) > 2 and len(reasons) == 1:
        yield InputError(where, f"{reasons.pop()}, on all {len(pending)} lines")
    elif not pending:
        yield InputError(where, "empty file (no JSON lines)")
    else:
        yield from pending


def _article(where: str, line: str, stem: str, number: int, path: str | None) -> Article:
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise InputError(where, f"not valid JSON ({getattr(exc, 'msg', exc)} at column {getattr(exc, 'colno', '?')})") from None
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {type(record).__name__}")
    body = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str) and record[k].strip()), None)
    if body is None:
        raise InputError(where, "no article text (expected a non-empty \"text\" field)")
    meta: dict[str, Any] = {k: record.get(k) for k in ("title", "subtitle", "date", "url", "author", "source")}
    meta["language"] = record.get("language") or record.get("lang")
    title = str(meta["title"]).strip() if meta.get("title") else None
    layout = parse_layout(body, title=title)
    return build_article(where, _article_id(record, stem, number), layout, meta, path=path)


def _article_id(record: dict[str, Any], stem: str, number: int) -> str:
    if record.get("id") not in (None, ""):
        return str(record["id"])
    if isinstance(record.get("url"), str) and url_slug(record["url"]):
        return url_slug(record["url"])
    return f"{slug(stem) or stem}-{number}"
