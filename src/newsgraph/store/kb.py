"""The static knowledge loaded once into the KB graph: ontology, CAMEO concept scheme, actor knowledge base."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from newsgraph.model import InputError
from newsgraph.resources import ontology_dir


def kb_files() -> list[Path]:
    root = ontology_dir()
    files = set(root.glob("*.ttl")) | set(root.glob("actors*/**/*.ttl"))
    return sorted(files)


def load_kb(files: list[Path]) -> Graph:
    g = Graph()
    for path in files:
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # a broken data file must name itself, not crash the build with a traceback
            raise InputError(str(path), f"not valid Turtle: {str(exc).splitlines()[0][:200]}") from None
    return g
