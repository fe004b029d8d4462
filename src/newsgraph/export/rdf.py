"""RDF exports through rdflib's serialisers: Turtle, N-Triples and JSON-LD (all graphs merged), TriG and N-Quads
(one named graph per article, the KB and the clusters graph kept apart)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import BinaryIO

from rdflib import Dataset, Graph

from newsgraph.export.registry import register_exporter
from newsgraph.graph.namespaces import bind_prefixes
from newsgraph.resources import ontology_dir

CONTEXT_URL = "https://newsgraph.dev/context.jsonld"


def merged_graph(store) -> Graph:
    g = Graph()
    bind_prefixes(g)
    g.addN((s, p, o, g) for s, p, o, _ in store.quads())
    return g


def dataset(store) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    ds.addN((s, p, o, ds.graph(name)) for s, p, o, name in store.quads())
    return ds


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    """The @context published as ontology/context.jsonld (also served at CONTEXT_URL)."""
    return json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def _writer(fmt: str, graphs: str, **options):
    def write(store, out: BinaryIO) -> None:
        source = dataset(store) if graphs == "dataset" else merged_graph(store)
        source.serialize(destination=out, format=fmt, encoding="utf-8", **options)

    return write


def _jsonld(store, out: BinaryIO) -> None:
    g = merged_graph(store)
    out.write(g.serialize(format="json-ld", context=jsonld_context(), auto_compact=True).encode("utf-8"))


register_exporter("turtle", _writer("turtle", "merged"), extension="ttl", media_type="text/turtle",
                  description="Turtle with prefixes, all graphs merged")
register_exporter("ntriples", _writer("nt", "merged"), extension="nt", media_type="application/n-triples",
                  description="N-Triples, all graphs merged")
register_exporter("jsonld", _jsonld, extension="jsonld", media_type="application/ld+json",
                  description="JSON-LD compacted with newsgraph's @context (ontology/context.jsonld)")
register_exporter("trig", _writer("trig", "dataset"), extension="trig", media_type="application/trig",
                  description="TriG, one named graph per article")
register_exporter("nquads", _writer("nquads", "dataset"), extension="nq", media_type="application/n-quads",
                  description="N-Quads, one named graph per article")
