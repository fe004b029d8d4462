"""The static knowledge loaded once into the KB graph: ontology, CAMEO concept scheme, actor knowledge base."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph
from rdflib.compare import to_canonical_graph

from newsgraph.model import InputError
from newsgraph.resources import ontology_dir


def kb_files() -> list[Path]:
    """Every Turtle file of ontology/ except SHACL shapes (validation settings, not knowledge)."""
    root = ontology_dir()
    files = set(root.glob("*.ttl")) | set(root.glob("actors*/**/*.ttl"))
    return sorted(p for p in files if not p.name.startswith("shapes"))


def load_kb(files: list[Path]) -> Graph:
    """The KB files as one graph (cached per process by file and modification time: tests and tools open many
    stores)."""
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    return _load(stamp)


@lru_cache(maxsize=4)
def _load(stamp: tuple) -> Graph:
    files = [Path(p) for p, _, _ in stamp]
    g = Graph()
    for path in files:
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # a broken data file must name itself, not crash the build with a traceback
            raise InputError(str(path), f"not valid Turtle: {str(exc).splitlines()[0][:200]}") from None
    if any(isinstance(t, BNode) for triple in g for t in triple):
        # Blank nodes get fresh ids on every parse; canonical ids make two loads of the same files equal.
        g = to_canonical_graph(g)
    return g
