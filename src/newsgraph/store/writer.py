"""Writing one run's articles into a store: one at a time while they are few, the bulk path once they are many.

An article written on its own updates the clusters of its keys straight away, and each such update reads the
events of those keys with a join the engines run by scanning every event: a run of N articles pays N scans.
The bulk path (Store.deferred_clusters) writes the articles in big batches and recomputes every cluster once at
the end, which costs about as much as a few of those scans, whatever N is. So a run starts article by article
(a small update to a big store stays cheap) and, from the article after the first `bulk_after`, switches to the
bulk path for the rest.

Every guarantee of the plain path holds on the bulk path: an article's digest is stored only after its triples,
the clusters are marked stale until the final recomputation, so a killed run resumes (the next open recomputes
the clusters, the next build redoes the articles without a digest) to the store an uninterrupted run gives.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import Callable

from newsgraph.model import Article, Event

# Articles written one at a time before a run switches to the bulk path (see the module docstring).
BULK_AFTER = 8


class ArticleWriter:
    """Use as a context manager around a run; call it once per article. The clusters are complete when the
    block ends without an error."""

    def __init__(self, store, bulk_after: int | None = None, on_cluster: Callable[[], None] | None = None):
        self.store = store
        self.bulk_after = BULK_AFTER if bulk_after is None else bulk_after
        self.on_cluster = on_cluster  # told before the bulk path's final recomputation, which may take long
        self.written = 0
        self._stack = ExitStack()
        self.bulk = False

    def __enter__(self) -> ArticleWriter:
        return self

    def __call__(self, article: Article, events: list[Event], *, digest: str | None = None) -> int:
        if not self.bulk and self.written >= self.bulk_after:
            self._stack.enter_context(self.store.deferred_clusters())
            self.bulk = True
        self.written += 1
        return self.store.replace_article(article, events, digest=digest)

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.bulk and exc_type is None and self.on_cluster is not None:
            self.on_cluster()
        # the bulk block ends here: its held articles are written and every cluster recomputed, or (on an error)
        # the held articles are dropped and the stale mark stays for the next open to repair
        self._stack.__exit__(exc_type, exc, tb)
