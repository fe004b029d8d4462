"""The extract stage: articles in, coded `Event`s out (see article.py for the flow)."""

from newsgraph.extract.article import EXTRACTOR_NAME, extract_article, extract_articles

__all__ = ["EXTRACTOR_NAME", "extract_article", "extract_articles"]
