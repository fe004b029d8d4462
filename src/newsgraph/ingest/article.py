"""Assemble an `Article` from a Layout plus whatever metadata the container (HTML, JSON) declared."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from newsgraph.ingest.dates import parse_date
from newsgraph.ingest.layout import Layout
from newsgraph.model import Article, InputError


def digest(title: str | None, text: str) -> str:
    """sha256 of the normalised title and text: unchanged articles hash the same whatever their whitespace."""
    normal = unicodedata.normalize("NFC", f"{title or ''}\n{text}")
    normal = re.sub(r"\s+", " ", normal).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def slug(value: str, limit: int = 80) -> str:
    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:limit].strip("-")


def url_slug(url: str) -> str:
    """An id from a URL: its path (or host) as a slug, "https://x.example/world/us-aid" → "x-example-world-us-aid"."""
    return slug(re.sub(r"^[a-z]+://(www\.)?", "", url.strip(), flags=re.IGNORECASE).split("?", 1)[0])


def build_article(
    where: str, article_id: str, layout: Layout, meta: dict[str, Any] | None = None, *, path: str | None = None
) -> Article:
    """The Article, or InputError when nothing of the body is left after boilerplate is set aside."""
    meta = meta or {}
    if not layout.paragraphs:
        raise InputError(where, "no article text found (only a headline, metadata or boilerplate)")
    published = layout.published
    declared_date = meta.get("date")
    if declared_date:
        published = parse_date(str(declared_date)) or published
    text = "\n\n".join(layout.paragraphs)
    title = _text(meta.get("title")) or layout.title
    return Article(
        id=article_id,
        text=text,
        paragraphs=list(layout.paragraphs),
        title=title,
        subtitle=_text(meta.get("subtitle")) or layout.subtitle,
        url=_text(meta.get("url")),
        date=published.date if published else None,
        datetime=published.datetime if published else None,
        language=meta.get("language"),
        source=_text(meta.get("source")) or layout.source,
        author=_text(meta.get("author")) or layout.author,
        dateline=layout.dateline,
        boilerplate=list(layout.boilerplate),
        path=path,
        digest=digest(title, text),
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # JSON authors are sometimes lists
        value = ", ".join(str(v) for v in value if v)
    value = re.sub(r"\s+", " ", str(value)).strip()
    return value or None
