"""HTML pages: trafilatura (offline) finds the main text and metadata; the layout rules then set aside what it
kept of "Baca juga" links, bylines and pasted headlines.

Scripts, styles and attributes never reach the text. Text that merely mentions "<script>" stays plain text:
escaping is the views' job.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from newsgraph.ingest.layout import Layout, parse_layout
from newsgraph.model import InputError

log = logging.getLogger("newsgraph.ingest")

# trafilatura announces what it could not find at WARNING level; for us an empty result is an InputError.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_PUBLISHED_META = ("article:published_time", "og:published_time", "datePublished", "pubdate", "date", "dc.date")


def parse_html(where: str, html: str) -> tuple[Layout, dict[str, Any]]:
    """(layout of the main text, metadata declared by the page) — InputError if the page has no article text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
        if doc is None or not (doc.text or "").strip():
            doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    except Exception as exc:  # lxml raises on some broken markup: one line for the user, go on
        raise InputError(where, f"unreadable HTML ({type(exc).__name__}: {exc})".splitlines()[0]) from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(where, "no article text found in the HTML page")
    page = _page_meta(html)
    title = doc.title or page.get("title")
    layout = parse_layout(doc.text, title=title)
    description = doc.description
    if description and len(layout.paragraphs) > 1 and _same(layout.paragraphs[0], description):
        # the page shows its meta description under the headline: that is the standfirst. A description that is
        # not on the page (an SEO summary) is not taken as one.
        layout.subtitle = layout.paragraphs.pop(0)
    meta = {
        "title": title,
        "author": doc.author,
        "source": doc.sitename or page.get("site"),
        "url": doc.url,
        "date": page.get("published") or doc.date,
        "language": page.get("lang"),
    }
    if layout.source and not meta["source"]:
        meta["source"] = layout.source
    return layout, meta


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).lower() == re.sub(r"\W+", "", b).lower()


def _page_meta(html: str) -> dict[str, str]:
    """lang attribute, published time and site name from the page's own tags."""
    from lxml import html as lxml_html

    out: dict[str, str] = {}
    try:
        root = lxml_html.document_fromstring(html.encode("utf-8"))
    except Exception:
        return out
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        out["lang"] = lang.strip()
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        if key in _PUBLISHED_META and "published" not in out:
            out["published"] = content
        elif key == "og:site_name":
            out["site"] = content
        elif key == "og:title":
            out.setdefault("title", content)
    for time in root.iter("time"):
        if time.get("datetime") and "published" not in out:
            out["published"] = time.get("datetime").strip()
    return out
