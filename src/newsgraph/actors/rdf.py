"""The actor knowledge base as RDF, for the graph stage and for Turtle export.

Actors live at https://newsgraph.dev/actor/<key> (":" in keys becomes "/"): Q159 -> .../actor/Q159,
person:alexander-grushko -> .../actor/person/alexander-grushko. Each actor has its type (ng:State, ...),
rdfs:label per language, skos:altLabel for its other unambiguous names, owl:sameAs its Wikidata entity, and,
for people, ng:heldOffice nodes (ng:role, ng:body, ng:start, ng:end).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

from rdflib import BNode, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from newsgraph.model import GROUP, ORGANIZATION, PERSON, REGION, STATE

NG = Namespace("https://newsgraph.dev/ontology#")
ACTOR = "https://newsgraph.dev/actor/"
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
CLASSES = {STATE: NG.State, ORGANIZATION: NG.Organization, PERSON: NG.Person, GROUP: NG.Group, REGION: NG.Region}


def actor_iri(key: str) -> str:
    """The IRI of an actor from its key (Actor.key). The graph stage builds actor nodes with this."""
    return ACTOR + quote(key.replace(":", "/"), safe="/")


def kb_triples(kb=None) -> Iterator[tuple]:
    """Every triple of the knowledge base (rdflib terms). `kb` defaults to load_kb()."""
    if kb is None:
        from newsgraph.actors.kb import load_kb

        kb = load_kb()
    langs = kb.languages()
    for key, actor in kb.actors.items():
        node = URIRef(actor_iri(key))
        yield node, RDF.type, CLASSES[actor.type]
        yield node, RDFS.label, Literal(actor.label, lang="en")
        labels = {("en", actor.label)}
        for lang in langs:
            label = kb.label(key, lang)
            if (lang, label) not in labels:
                if lang != "en":
                    yield node, RDFS.label, Literal(label, lang=lang)
                labels.add((lang, label))
            for name in kb.names_of(key, lang) if actor.type != PERSON else ():
                if len(name.keys) == 1 and name.text != label and name.text != actor.label:
                    yield node, SKOS.altLabel, Literal(name.text, lang=lang)
        if actor.type == PERSON:
            for name in kb.names_of(key, "*"):
                if name.text != actor.label:
                    yield node, SKOS.altLabel, Literal(name.text)
        if actor.qid:
            yield node, OWL.sameAs, WIKIDATA[actor.qid]
        if actor.code:
            yield node, NG.code, Literal(actor.code)
        if key in kb.part_of:
            yield node, NG.partOf, URIRef(actor_iri(kb.part_of[key]))
    for office in kb.offices:
        held = BNode()
        yield URIRef(actor_iri(office.person)), NG.heldOffice, held
        yield held, RDF.type, NG.Office
        yield held, NG.role, Literal(kb.roles[office.role].label)
        yield held, NG.body, URIRef(actor_iri(office.body))
        yield held, NG.start, Literal(office.start.isoformat(), datatype=XSD.date)
        if office.end:
            yield held, NG.end, Literal(office.end.isoformat(), datatype=XSD.date)


def kb_graph(kb=None):
    """The knowledge base as an rdflib Graph with the project's prefixes bound."""
    from rdflib import Graph

    graph = Graph()
    graph.bind("ng", NG)
    graph.bind("wd", WIKIDATA)
    graph.bind("skos", SKOS)
    graph.bind("owl", OWL)
    for triple in kb_triples(kb):
        graph.add(triple)
    return graph
