"""Our own text, read by the extractor the way a user's article is: one builder for the coder's tests.

`extract(lang, *paragraphs, title=..., date=...)` makes an `Article` of the paragraphs (blank-line separated, as
ingest lays them out) and returns its events.
"""

from __future__ import annotations

import datetime as dt

from newsgraph.extract import extract_article
from newsgraph.model import Article, Event

DATE = dt.date(2025, 5, 20)


def extract(lang: str, *paragraphs: str, title: str | None = None, date: dt.date = DATE) -> list[Event]:
    article = Article(id="t", text="\n\n".join(paragraphs), paragraphs=list(paragraphs), title=title, date=date,
                      language=lang)
    return extract_article(article)


def triples(events: list[Event], level: str = "actor") -> set[tuple[str, str, str]]:
    """(subject, relation, object) labels, at actor or state level."""
    return {(e.subject.at_level(level).label, e.relation, e.object.at_level(level).label) for e in events}
