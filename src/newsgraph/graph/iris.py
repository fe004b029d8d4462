"""Stable IRIs for articles, events, actors and clusters.

An IRI is a function of content, never of order: the same input gives the same IRIs on every run and machine
(sha256 of the identifying fields; never Python's hash(), which is salted per process, and never a counter).
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from newsgraph.graph.namespaces import ACTOR, AGENT, ARTICLE, CLUSTER, EVENT, EXTRACTION, PAIR
from newsgraph.model import Event

_SAFE = "-._~"  # RFC 3986 unreserved characters besides letters and digits


def _digest(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def article_iri(article_id: str) -> URIRef:
    return ARTICLE[quote(article_id, safe=_SAFE)]


def actor_iri(key: str) -> URIRef:
    """`Q159` -> actor/Q159; `person:alexander-grushko` -> actor/person/alexander-grushko (the team-wide rule)."""
    return ACTOR["/".join(quote(part, safe=_SAFE) for part in key.split(":"))]


def event_key(event: Event) -> tuple:
    """What makes two extracted events the same claim within one article.

    The sentence index is deliberately not part of it: the same claim said in the headline and again in the body
    is one event with two mentions, so its identity cannot depend on where it is said.
    """
    return (
        event.article,
        event.subject.key,
        event.cameo,
        event.object.key,
        bool(event.negated),
        event.source.key if event.source is not None else None,
        event.modality,
    )


def event_iri(event: Event) -> URIRef:
    return EVENT[_digest(*event_key(event))]


def mention_iri(event: Event) -> URIRef:
    where = "h" if event.headline or event.sentence is None else str(event.sentence)
    return URIRef(f"{event_iri(event)}/m{where}")


def extractor_iri(name: str) -> URIRef:
    return AGENT[quote(name, safe=_SAFE)]


def extraction_iri(article_id: str, extractor: str) -> URIRef:
    return EXTRACTION[_digest(article_id, extractor)]


def cluster_iri(subject_key: str, root: str, object_key: str, negated: bool, first_date: str | None) -> URIRef:
    return CLUSTER[_digest(subject_key, root, object_key, negated, first_date)]


def pair_iri(subject: str, object_: str) -> URIRef:
    """The totals node of a directed pair of actors, named by the actors' IRIs (as clusters are)."""
    return PAIR[_digest(subject, object_)]
