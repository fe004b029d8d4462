"""Running the extractor over gold items: each item becomes an Article, as ingest would have made it."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable

from newsgraph.evaluation.gold import GoldItem
from newsgraph.model import Article, Event, InputError

log = logging.getLogger(__name__)

Extractor = Callable[[Article], list[Event]]


def article_for(item: GoldItem, article: Article | None = None) -> Article:
    """The Article extraction reads for a gold item: the supplied article (article-level gold) or the item's text.

    A headline item (`"headline": true`) becomes an article with that title and no body, so the extractor reads it
    the way it reads real headlines.
    """
    if article is not None:
        return article
    if item.headline:
        return Article(id=item.id, text="", paragraphs=[], title=item.text, language=item.lang, date=item.date,
                       url=item.url)
    if "\n\n" in item.text.strip():
        # A whole article: read it as ingest reads a file (boilerplate, "Baca juga" lines, captions and bylines set
        # aside, one paragraph each), or the score measures text no user's article would pass on to extraction.
        from newsgraph.ingest.article import build_article
        from newsgraph.ingest.layout import parse_layout

        meta = {"title": item.title, "url": item.url, "language": item.lang,
                "date": item.date.isoformat() if item.date else None}
        return build_article(item.id, item.id, parse_layout(item.text, title=item.title), meta)
    return Article(id=item.id, text=item.text, paragraphs=[item.text], title=item.title, language=item.lang,
                   date=item.date, url=item.url)


def default_extractor(kb=None) -> Extractor:
    """newsgraph's extractor; with `kb`, resolving actors against that knowledge base (bundled + user actors)."""
    from newsgraph.extract import extract_article  # the lead's extractor; ImportError when it is not installed

    if kb is None:
        return extract_article
    return functools.partial(extract_article, kb=kb)


def predict(
    items: Iterable[GoldItem],
    extractor: Extractor | None = None,
    articles: dict[str, Article] | None = None,
    failures: dict[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, list[Event]]:
    """Events per gold item id. An item the extractor rejects (InputError) predicts nothing and is noted in
    `failures`, so one bad item costs its own recall, not the whole run."""
    extract = extractor or default_extractor()
    articles = articles or {}
    out: dict[str, list[Event]] = {}
    for n, item in enumerate(items, 1):
        try:
            out[item.id] = list(extract(article_for(item, articles.get(item.id))))
        except InputError as exc:
            out[item.id] = []
            if failures is not None:
                failures[item.id] = str(exc)
            log.warning("%s", exc)
        if progress:
            progress(n)
    return out
