"""RDF -> Event objects: the way back from a store, for the HTML views and analytics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rdflib.term import Node

from newsgraph.graph.mapping import ACTOR_CLASSES
from newsgraph.graph.namespaces import CAMEO, CLUSTER_GRAPH, NG, WD
from newsgraph.model import Actor, Event

_TYPE_OF_CLASS = {str(cls): name for name, cls in ACTOR_CLASSES.items()}

_ACTORS = """
SELECT ?g ?a ?key ?label ?type ?same ?code ?aff ?role WHERE { GRAPH ?g {
  ?a ng:key ?key ; rdfs:label ?label ; a ?type .
  OPTIONAL { ?a owl:sameAs ?same } OPTIONAL { ?a ng:code ?code }
  OPTIONAL { ?a ng:speaksFor ?aff } OPTIONAL { ?a ng:role ?role } } }
"""

_EVENTS = """
SELECT ?g ?e ?s ?o ?cameo ?pred ?verb ?neg ?evidence ?conf ?date ?lang ?aid ?title ?url ?xl ?mod ?src ?quote
WHERE { GRAPH ?g {
  ?e a ng:Event ; ng:subject ?s ; ng:object ?o ; ng:cameo ?cameo ; ng:predicate ?pred ; ng:verb ?verb ;
     ng:negated ?neg ; ng:evidence ?evidence ; ng:confidence ?conf ; ng:article ?a ; prov:wasGeneratedBy ?run .
  ?a ng:articleId ?aid . ?run prov:wasAssociatedWith ?x . ?x rdfs:label ?xl .
  # an event states its language only where it differs from its article's (docs/event-model.md)
  OPTIONAL { ?e ng:language ?elang } OPTIONAL { ?a ng:language ?alang } BIND (COALESCE(?elang, ?alang) AS ?lang)
  OPTIONAL { ?e ng:date ?date } OPTIONAL { ?a ng:title ?title } OPTIONAL { ?a ng:url ?url }
  OPTIONAL { ?e ng:modality ?mod } OPTIONAL { ?e ng:claimSource ?src } OPTIONAL { ?e ng:quote ?quote } }
  # Parameters are bound in the outermost group (see newsgraph.store.binding), so the filters live here.
  FILTER (?conf >= ?minConfidence) %s
} ORDER BY ?aid ?e
"""

_MENTIONS = """
SELECT ?e ?evidence ?conf ?sentence ?headline ?trigger WHERE { GRAPH ?g {
  # a mention's evidence and confidence are its event's unless it states its own
  ?e ng:mention ?m . OPTIONAL { ?m ng:evidence ?evidence } OPTIONAL { ?m ng:confidence ?conf }
  OPTIONAL { ?m ng:sentence ?sentence } OPTIONAL { ?m ng:headline ?headline } OPTIONAL { ?m ng:trigger ?trigger }
  %s } }
"""


def _actors(store) -> dict[tuple[Node, Node], Actor]:
    rows = store.query(_ACTORS).rows
    info: dict[tuple[Node, Node], dict] = {}
    for r in rows:
        d = info.setdefault((r["g"], r["a"]), {"key": str(r["key"]), "label": str(r["label"]), "type": None})
        d["type"] = d["type"] or _TYPE_OF_CLASS.get(str(r["type"]))
        if r.get("same") is not None and str(r["same"]).startswith(str(WD)):
            d["qid"] = str(r["same"])[len(str(WD)) :]
        for k in ("code", "role", "aff"):
            if r.get(k) is not None:
                d[k] = r[k] if k == "aff" else str(r[k])
    built: dict[tuple[Node, Node], Actor] = {}

    def build(key: tuple[Node, Node], depth: int = 0) -> Actor:
        if key in built:
            return built[key]
        d = info[key]
        aff = d.get("aff")
        affiliation = build((key[0], aff), depth + 1) if aff is not None and (key[0], aff) in info and depth < 5 else None
        built[key] = Actor(
            key=d["key"], label=d["label"], type=d["type"] or "group", qid=d.get("qid"), code=d.get("code"),
            affiliation=affiliation, role=d.get("role"),
        )
        return built[key]

    for key in info:
        build(key)
    return built


def _py(term):
    return None if term is None else term.toPython()


def events_from_store(store, *, article: str | None = None, min_confidence: float = 0.0) -> list[Event]:
    """Every stored event (of one article, if given) with confidence >= min_confidence, as model Events."""
    bindings: dict = {"minConfidence": float(min_confidence)}
    extra = ""
    if article is not None:
        bindings["articleId"] = article
        extra = "FILTER (STR(?aid) = ?articleId)"
    rows = store.query(_EVENTS % extra, bindings).rows
    if not rows:
        return []
    actors = _actors(store)
    mentions: dict[Node, list[dict]] = {}
    only_article = "?e ng:article ?ma . ?ma ng:articleId ?articleId ." if article is not None else ""
    mention_bindings = {"articleId": article} if article is not None else None
    for m in store.query(_MENTIONS % only_article, mention_bindings).rows:
        mentions.setdefault(m["e"], []).append(m)
    events = []
    for r in rows:
        g = r["g"]
        date = _py(r.get("date"))
        best = _best_mention(mentions.get(r["e"], []), r)
        events.append(
            Event(
                article=str(r["aid"]),
                lang=str(r["lang"]),
                date=date if isinstance(date, dt.date) else None,
                subject=actors[(g, r["s"])],
                relation=str(r["pred"])[len(str(NG)) :],
                cameo=str(r["cameo"])[len(str(CAMEO)) :],
                verb=str(r["verb"]),
                object=actors[(g, r["o"])],
                evidence=str(r["evidence"]),
                confidence=float(_py(r["conf"])),
                negated=bool(_py(r["neg"])),
                extractor=str(r["xl"]),
                modality=str(r["mod"]) if r.get("mod") is not None else None,
                source=actors.get((g, r["src"])) if r.get("src") is not None else None,
                quote=bool(_py(r.get("quote"))),
                trigger=str(best["trigger"]) if best and best.get("trigger") is not None else None,
                sentence=int(_py(best["sentence"])) if best and best.get("sentence") is not None else None,
                headline=bool(best and _py(best.get("headline"))),
                article_title=str(r["title"]) if r.get("title") is not None else None,
                article_url=str(r["url"]) if r.get("url") is not None else None,
            )
        )
    return events


def _best_mention(rows: list[dict], event: dict) -> dict | None:
    if not rows:
        return None

    def rank(m: dict) -> tuple:
        evidence = m.get("evidence") if m.get("evidence") is not None else event["evidence"]
        conf = m.get("conf") if m.get("conf") is not None else event["conf"]
        return str(evidence) == str(event["evidence"]), float(_py(conf)), -(_py(m.get("sentence")) or 0)

    return max(rows, key=rank)


@dataclass
class EventCluster:
    """One real event as reported across articles (see newsgraph.graph.clusters)."""

    iri: str
    subject: Actor
    relation: str  # CAMEO root code, "11"
    object: Actor
    negated: bool
    mentions: int
    articles: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None


_CLUSTERS = f"""
SELECT ?c ?s ?r ?o ?n ?m ?start ?end (GROUP_CONCAT(DISTINCT ?aid; SEPARATOR="\\u001f") AS ?aids)
       (GROUP_CONCAT(DISTINCT ?src; SEPARATOR="\\u001f") AS ?srcs)
WHERE {{
  GRAPH <{CLUSTER_GRAPH}> {{ ?c a ng:EventCluster ; ng:subject ?s ; ng:relation ?r ; ng:object ?o ; ng:negated ?n ;
        ng:mentionCount ?m ; ng:article ?a .
     OPTIONAL {{ ?c ng:startDate ?start ; ng:endDate ?end }} }}
  # the publishers are the articles': a cluster does not repeat them
  GRAPH ?g {{ ?a ng:articleId ?aid OPTIONAL {{ ?a ng:source ?src }} }}
  FILTER (?m >= ?minMentions)
}} GROUP BY ?c ?s ?r ?o ?n ?m ?start ?end ORDER BY DESC(?m) ?c
"""


def event_clusters(store, *, min_mentions: int = 1) -> list[EventCluster]:
    """Cross-article events with their mention counts and article/source lists, most reported first."""
    rows = store.query(_CLUSTERS, {"minMentions": int(min_mentions)}).rows
    actors = _actors(store)
    by_iri: dict[Node, Actor] = {}
    for (g, a), actor in sorted(actors.items(), key=lambda kv: str(kv[0][0])):
        by_iri.setdefault(a, actor)
    out = []
    for r in rows:
        out.append(
            EventCluster(
                iri=str(r["c"]),
                subject=by_iri[r["s"]],
                relation=str(r["r"])[len(str(CAMEO)) :],
                object=by_iri[r["o"]],
                negated=bool(_py(r["n"])),
                mentions=int(_py(r["m"])),
                articles=sorted(str(r["aids"]).split("\x1f")) if r.get("aids") else [],
                sources=sorted(s for s in str(r["srcs"] or "").split("\x1f") if s) if r.get("srcs") is not None else [],
                start=_py(r.get("start")),
                end=_py(r.get("end")),
            )
        )
    return out
