"""One real event reported many times is one event: the same rule the store uses for its ng:EventCluster nodes.

Events with the same subject, object, CAMEO root and negation whose dates chain within `window` days are one
reported event (newsgraph.graph.clusters). Analytics count those, and weight by how many reports each has,
so that a story repeated by ten outlets is one event with ten mentions, not ten events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from newsgraph.graph.cameo import facts
from newsgraph.graph.clusters import DEFAULT_WINDOW_DAYS, EventRow, cluster_rows
from newsgraph.graph.iris import actor_iri, article_iri
from newsgraph.model import Event


@dataclass(frozen=True)
class ReportedEvent:
    event: Event  # the best-supported report (highest confidence, then earliest)
    mentions: int  # how many event records were merged into it
    articles: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None


def deduplicate(events: Iterable[Event], window: int | None = DEFAULT_WINDOW_DAYS) -> list[ReportedEvent]:
    """Merge reports of the same event; `window=None` keeps every record as its own event.

    Order is deterministic: by first date (undated last), then by the representative's article and actors.
    """
    events = list(events)
    if window is None:
        merged = [ReportedEvent(e, _mentions(e), (e.article,), e.date, e.date) for e in events]
    else:
        rows = [
            EventRow(
                event=URIRef(f"urn:newsgraph:record:{i:09d}"),
                subject=actor_iri(e.subject.key),
                root=facts(e.cameo).root,
                object=actor_iri(e.object.key),
                negated=bool(e.negated),
                date=e.date,
                article=article_iri(e.article),
                mentions=_mentions(e),
            )
            for i, e in enumerate(events)
        ]
        merged = []
        for cluster in cluster_rows(rows, window):
            members = [events[int(str(r.event).rsplit(":", 1)[1])] for r in cluster.rows]
            best = max(members, key=lambda e: (e.confidence, -(e.date or dt.date.max).toordinal()))
            dates = cluster.dates
            merged.append(
                ReportedEvent(
                    event=best,
                    mentions=sum(r.mentions for r in cluster.rows),
                    articles=tuple(sorted({e.article for e in members})),
                    start=dates[0] if dates else None,
                    end=dates[-1] if dates else None,
                )
            )
    merged.sort(
        key=lambda r: (r.start is None, r.start or dt.date.min, r.event.article, r.event.subject.key, r.event.object.key)
    )
    return merged


def _mentions(event: Event) -> int:
    """A record's own mention count where the source kept one (a deduplicating build may), else 1."""
    n = getattr(event, "mentions", None)
    return int(n) if isinstance(n, int) and n > 0 else 1


__all__ = ["DEFAULT_WINDOW_DAYS", "ReportedEvent", "deduplicate"]
