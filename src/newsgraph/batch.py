"""A run over many inputs: ingest, detect the language, extract; bad inputs warned about and skipped, never fatal."""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

from newsgraph.model import Article, Event, InputError

log = logging.getLogger("newsgraph")


@dataclass
class RunStats:
    articles: int = 0
    events: int = 0
    unchanged: int = 0  # articles already in the store with the same text
    skipped: list[str] = field(default_factory=list)  # one line each: what and why

    @property
    def failed(self) -> int:
        return len(self.skipped)


class Progress:
    """One status line on stderr: rewritten in place on a terminal, every few seconds otherwise."""

    def __init__(self, enabled: bool = True, stream=None):
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr  # looked up now: callers may redirect it
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.last = 0.0
        self.started = time.monotonic()

    def update(self, stats: RunStats, current: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not self.tty and now - self.last < 5:
            return
        self.last = now
        line = f"{stats.articles} articles, {stats.events} events, {stats.failed} skipped — {current}"
        if self.tty:
            self.stream.write("\r\033[K" + line[:120])
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def note(self, stats: RunStats, what: str) -> None:
        """Say now (not at the next few-second tick) that a long step begins."""
        self.last = 0.0
        self.update(stats, what)

    def done(self, stats: RunStats) -> None:
        if not self.enabled:
            return
        if self.tty:
            self.stream.write("\r\033[K")
        secs = time.monotonic() - self.started
        self.stream.write(
            f"{stats.articles} articles, {stats.events} events, {stats.failed} skipped in {secs:.1f} s\n"
        )
        self.stream.flush()


def iter_extracted(
    inputs: Sequence[str],
    *,
    stats: RunStats,
    min_confidence: float = 0.0,
    progress: Progress | None = None,
    wanted: Callable[[Article], bool] | None = None,
    kb=None,
) -> Iterator[tuple[Article, list[Event]]]:
    from newsgraph.extract import extract_article
    from newsgraph.ingest import iter_articles
    from newsgraph.language.detect import detect_language, language_name
    from newsgraph.resources import supported_languages

    supported = supported_languages()
    for item in iter_articles(list(inputs), stdin=sys.stdin.buffer if "-" in inputs else None):
        if isinstance(item, InputError):
            # An error, not a warning: it must show under --quiet too, since that input is lost to the run.
            stats.skipped.append(str(item))
            log.error("skipping %s", item)
            continue
        article = item
        if not article.language:
            article.language = detect_language(" ".join(filter(None, [article.title, article.text])))
        if article.language not in supported:
            name = language_name(article.language) if article.language else "an undetectable language"
            why = f"{article.id}: {name} is not supported (supported: {', '.join(supported)})"
            stats.skipped.append(why)
            log.warning("skipping %s", why)
            continue
        if wanted is not None and not wanted(article):
            stats.unchanged += 1
            continue
        try:
            events = extract_article(article, min_confidence=min_confidence, kb=kb)
        except InputError as exc:
            stats.skipped.append(str(exc))
            log.error("skipping %s", exc)
            continue
        stats.articles += 1
        stats.events += len(events)
        if progress:
            progress.update(stats, article.id)
        yield article, events
