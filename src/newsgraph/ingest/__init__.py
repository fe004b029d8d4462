"""The ingest stage: files, directories and stdin in; `Article`s (clean body, metadata, boilerplate set aside) out.

    from newsgraph.ingest import iter_articles
    for item in iter_articles(["samples/"]):
        if isinstance(item, InputError): warn(item)  # one line; the run goes on
        else: use(item)
"""

from newsgraph.ingest.dates import parse_date, resolve_relative
from newsgraph.ingest.sources import iter_articles

__all__ = ["iter_articles", "parse_date", "resolve_relative"]
