"""The namespaces of newsgraph's RDF, as rdflib Namespace objects (the one place IRIs bases are spelled)."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

NG = Namespace("https://newsgraph.dev/ontology#")
ACTOR = Namespace("https://newsgraph.dev/actor/")
EVENT = Namespace("https://newsgraph.dev/event/")
ARTICLE = Namespace("https://newsgraph.dev/article/")
CAMEO = Namespace("https://newsgraph.dev/cameo/")
CLUSTER = Namespace("https://newsgraph.dev/cluster/")
PAIR = Namespace("https://newsgraph.dev/pair/")
AGENT = Namespace("https://newsgraph.dev/agent/")
EXTRACTION = Namespace("https://newsgraph.dev/extraction/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
GRAPH = Namespace("https://newsgraph.dev/graph/")

# Named graphs that are not articles: the ontology + CAMEO + actor KB, and the derived cross-article clusters.
KB_GRAPH = GRAPH["kb"]
CLUSTER_GRAPH = GRAPH["clusters"]

# Prefixes bound in every serialisation and offered to SPARQL queries.
PREFIXES = {
    "ng": NG,
    "actor": ACTOR,
    "event": EVENT,
    "article": ARTICLE,
    "cameo": CAMEO,
    "cluster": CLUSTER,
    "pair": PAIR,
    "wd": WD,
    "prov": PROV,
    "schema": SCHEMA,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "dcterms": DCTERMS,
}


def sparql_prologue() -> str:
    """PREFIX lines for the namespaces above, for queries that may leave them out."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def bind_prefixes(graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
