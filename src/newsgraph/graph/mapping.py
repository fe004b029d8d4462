"""Article + events -> RDF: the triples of one article's named graph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from newsgraph.graph.cameo import facts
from newsgraph.graph.iris import (
    actor_iri,
    article_iri,
    event_iri,
    event_key,
    extraction_iri,
    extractor_iri,
    mention_iri,
)
from newsgraph.graph.namespaces import CAMEO, NG, WD, bind_prefixes
from newsgraph.model import GROUP, ORGANIZATION, PERSON, REGION, STATE, Actor, Article, Event, InputError

ACTOR_CLASSES = {STATE: NG.State, ORGANIZATION: NG.Organization, PERSON: NG.Person, GROUP: NG.Group, REGION: NG.Region}
_RELATION = re.compile(r"^[a-z][a-z_]*$")
_CODE = re.compile(r"^[0-9]{2,4}$")


@dataclass
class MergedEvent:
    """One claim of an article with every place the article says it; `best` is the highest-confidence mention."""

    best: Event
    mentions: list[Event] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return self.best.confidence


def merge_events(events: list[Event]) -> list[MergedEvent]:
    """Group an article's events by claim (see iris.event_key); order follows first appearance."""
    merged: dict[tuple, MergedEvent] = {}
    for event in events:
        key = event_key(event)
        entry = merged.get(key)
        if entry is None:
            merged[key] = MergedEvent(best=event, mentions=[event])
            continue
        entry.mentions.append(event)
        if event.confidence > entry.best.confidence:
            entry.best = event
    return list(merged.values())


def _add_actor(g: Graph, actor: Actor, seen: set[str]) -> URIRef:
    node = actor_iri(actor.key)
    if actor.key in seen:
        return node
    seen.add(actor.key)
    g.add((node, RDF.type, ACTOR_CLASSES.get(actor.type, NG.Actor)))
    g.add((node, RDFS.label, Literal(actor.label, lang="en")))
    g.add((node, NG.key, Literal(actor.key)))
    if actor.qid:
        g.add((node, OWL.sameAs, WD[actor.qid]))
    if actor.code:
        g.add((node, NG.code, Literal(actor.code)))
    if actor.affiliation is not None:
        g.add((node, NG.speaksFor, _add_actor(g, actor.affiliation, seen)))
    if actor.role:
        g.add((node, NG.role, Literal(actor.role)))
    return node


def _check(event: Event, article_id: str) -> None:
    where = f"article {article_id}"
    if event.article != article_id:
        raise InputError(where, f"event belongs to article {event.article!r}")
    if not _RELATION.match(event.relation or ""):
        raise InputError(where, f"bad relation name {event.relation!r}")
    if not _CODE.match(event.cameo or ""):
        raise InputError(where, f"bad CAMEO code {event.cameo!r}")


def _add_article(g: Graph, article: Article) -> URIRef:
    node = article_iri(article.id)
    g.add((node, RDF.type, NG.Article))
    g.add((node, NG.articleId, Literal(article.id)))
    for prop, value in (
        (NG.title, article.title),
        (NG.language, article.language),
        (NG.source, article.source),
        (NG.author, article.author),
        (NG.dateline, article.dateline),
    ):
        if value:
            g.add((node, prop, Literal(value)))
    if article.url:
        g.add((node, NG.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.date:
        g.add((node, NG.date, Literal(article.date)))
    if article.datetime:
        # Publication is when the article entity was generated. No wall-clock time of our own run is written
        # anywhere, so two builds of the same input are the same graph.
        g.add((node, PROV.generatedAtTime, Literal(article.datetime)))
    return node


def _add_event(g: Graph, merged: MergedEvent, article: Article, art: URIRef, actors: set[str]) -> None:
    ev = merged.best
    node = event_iri(ev)
    subj = _add_actor(g, ev.subject, actors)
    obj = _add_actor(g, ev.object, actors)
    code = facts(ev.cameo)
    agent = extractor_iri(ev.extractor)
    activity = extraction_iri(article.id, ev.extractor)
    date = ev.date or article.date

    g.add((node, RDF.type, NG.Event))
    g.add((node, NG.subject, subj))
    g.add((node, NG.object, obj))
    g.add((node, NG.relation, CAMEO[code.root]))
    g.add((node, NG.cameo, CAMEO[ev.cameo]))
    g.add((node, NG.predicate, NG[ev.relation]))
    g.add((node, NG.verb, Literal(ev.verb)))
    g.add((node, NG.negated, Literal(bool(ev.negated))))
    g.add((node, NG.evidence, Literal(ev.evidence)))
    g.add((node, NG.confidence, Literal(round(float(ev.confidence), 3), datatype=XSD.double)))
    g.add((node, NG.mentionCount, Literal(len({mention_iri(m) for m in merged.mentions}))))
    # Nothing another triple already says (docs/event-model.md): the language is the article's unless the event's
    # differs; ng:article is a sub-property of prov:wasDerivedFrom; the extractor is the extraction's agent.
    if ev.lang != article.language:
        g.add((node, NG.language, Literal(ev.lang)))
    g.add((node, NG.article, art))
    g.add((node, PROV.wasGeneratedBy, activity))
    if date:
        g.add((node, NG.date, Literal(date)))
    if ev.modality:
        g.add((node, NG.modality, Literal(ev.modality)))
    if ev.source is not None:
        g.add((node, NG.claimSource, _add_actor(g, ev.source, actors)))
    if ev.quote:
        g.add((node, NG.quote, Literal(True)))
    if code.goldstein is not None:
        g.add((node, NG.goldstein, Literal(code.goldstein, datatype=XSD.double)))
    if code.quad_class is not None:
        g.add((node, NG.quadClass, Literal(code.quad_class)))

    g.add((activity, RDF.type, NG.Extraction))
    g.add((activity, PROV.used, art))
    g.add((activity, PROV.wasAssociatedWith, agent))
    g.add((agent, RDF.type, NG.Extractor))
    g.add((agent, RDFS.label, Literal(ev.extractor)))

    confidence = round(float(ev.confidence), 3)
    for mention in merged.mentions:
        m = mention_iri(mention)
        # the range of ng:mention types the node; evidence and confidence are the event's unless stated (the best
        # mention's are, so a claim said once has a mention node of where it is said and nothing more)
        g.add((node, NG.mention, m))
        if mention.evidence != ev.evidence:
            g.add((m, NG.evidence, Literal(mention.evidence)))
        if round(float(mention.confidence), 3) != confidence:
            g.add((m, NG.confidence, Literal(round(float(mention.confidence), 3), datatype=XSD.double)))
        if mention.sentence is not None:
            g.add((m, NG.sentence, Literal(int(mention.sentence))))
        if mention.headline:
            g.add((m, NG.headline, Literal(True)))
        if mention.trigger:
            g.add((m, NG.trigger, Literal(mention.trigger)))

    # The shortcut asserts the relation as a fact, so a negated claim ("Russia did not attack") gets none.
    if not ev.negated:
        g.add((subj, NG[ev.relation], obj))


class _Triples:
    """An ordered set of triples with Graph's `add`: the store writes these directly, skipping the cost of
    rdflib's indexed Graph (half the load time of a bulk build)."""

    def __init__(self):
        self._triples: dict[tuple, None] = {}

    def add(self, triple: tuple) -> None:
        self._triples[triple] = None

    def __iter__(self):
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


def article_triples(article: Article, events: list[Event]) -> _Triples:
    """Every triple of one article: the article node, its events (merged per claim), their actors and shortcuts."""
    for event in events:
        _check(event, article.id)
    out = _Triples()
    art = _add_article(out, article)
    actors: set[str] = set()
    for merged in merge_events(events):
        _add_event(out, merged, article, art, actors)
    return out


def article_graph(article: Article, events: list[Event]) -> Graph:
    """article_triples as an rdflib Graph with newsgraph's prefixes bound."""
    g = Graph()
    bind_prefixes(g)
    g.addN((s, p, o, g) for s, p, o in article_triples(article, events))
    return g
