"""SHACL validation of newsgraph RDF against ontology/shapes.ttl (pyshacl), with a summary a person can read.

    report = validate_graph(article_graph(article, events))
    report.conforms, report.violations, report.summary()

The ontology and the CAMEO scheme are mixed into the data before validation, so that sh:class sees an
ng:State as an ng:Actor and CAMEO codes are checked against the scheme, whether or not the data carries them.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from newsgraph.model import InputError
from newsgraph.resources import ontology_dir

SHAPES_FILE = "shapes.ttl"
ONTOLOGY_FILES = ("newsgraph.ttl", "cameo.ttl")
# File suffix -> rdflib parser; datasets (TriG, N-Quads) are validated as the union of their graphs.
FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".n3": "n3",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".nq": "nquads",
}
DATASET_FORMATS = ("trig", "nquads")


@dataclass(frozen=True)
class Violation:
    severity: str  # Violation | Warning | Info
    focus: str
    path: str | None
    message: str
    value: str | None = None
    shape: str | None = None


@dataclass
class Report:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if v.severity != "Violation"]

    def summary(self, examples: int = 3) -> str:
        """One line per kind of problem (message and property), with its count and a few focus nodes."""
        head = (
            f"conforms: {self.triples} triples, no violations"
            if self.conforms
            else f"does not conform: {len(self.errors)} violation{'s' if len(self.errors) != 1 else ''}"
            f" in {self.triples} triples"
        )
        if self.warnings:
            head += f", {len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}"
        groups: dict[tuple, list[Violation]] = defaultdict(list)
        for v in self.violations:
            groups[(v.severity, v.path or "", v.message)].append(v)
        order = sorted(groups, key=lambda k: (k[0] != "Violation", -len(groups[k]), k))
        lines = [head]
        for key in order:
            severity, path, message = key
            items = groups[key]
            where = f" [{path}]" if path else ""
            lines.append(f"  {severity.lower()} x{len(items)}{where}: {message}")
            for v in items[:examples]:
                value = f" (value {v.value})" if v.value is not None else ""
                lines.append(f"      {v.focus}{value}")
            if len(items) > examples:
                lines.append(f"      ... and {len(items) - examples} more")
        return "\n".join(lines)


@functools.lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(ontology_dir() / SHAPES_FILE, format="turtle")


@dataclass(frozen=True)
class SparqlConstraint:
    shape: URIRef
    targets: tuple[URIRef, ...]  # sh:targetClass of the shape
    select: str  # with $this renamed ?this, prefixes declared
    message: str
    severity: str


@functools.lru_cache(maxsize=1)
def _split_shapes() -> tuple[Graph, tuple[SparqlConstraint, ...]]:
    """The shapes without their SPARQL constraints (for pyshacl), and those constraints apart.

    pyshacl runs a SPARQL constraint once per focus node, and rdflib joins the pre-bound $this only after
    evaluating the whole pattern, so each run scans every event: quadratic, 30 s for 300 events. Run once with
    ?this free and kept to the shape's targets, a constraint gives the same results in one scan.
    """
    shapes = shapes_graph()
    core = Graph()
    core += shapes
    found = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        core.remove((shape, SH.sparql, constraint))
        prefixes = ""
        for decl_owner in shapes.objects(constraint, SH.prefixes):
            for decl in shapes.objects(decl_owner, SH.declare):
                prefixes += f"PREFIX {shapes.value(decl, SH.prefix)}: <{shapes.value(decl, SH.namespace)}>\n"
        select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        severity = shapes.value(constraint, SH.severity) or shapes.value(shape, SH.severity) or SH.Violation
        found.append(
            SparqlConstraint(
                shape=shape,
                targets=tuple(shapes.objects(shape, SH.targetClass)),
                select=prefixes + select,
                message=str(shapes.value(constraint, SH.message) or "SPARQL constraint not met"),
                severity=str(severity).rsplit("#", 1)[-1],
            )
        )
    return core, tuple(found)


def _sparql_violations(data: Graph, names: Graph) -> list[Violation]:
    import re

    out = []
    for c in _split_shapes()[1]:
        targets = set()
        for cls in c.targets:
            for sub in data.transitive_subjects(RDFS.subClassOf, cls):
                targets.update(data.subjects(RDF.type, sub))
        for row in data.query(c.select):
            this = row.this if "this" in row.labels else None
            if this is None or this not in targets:
                continue
            bound = {k: v for k, v in row.asdict().items()}
            message = re.sub(r"\{[?$](\w+)\}", lambda m: _short(bound.get(m.group(1)), names), c.message)
            out.append(Violation(c.severity, _short(this, names), None, message, None, str(c.shape)))
    return out


@functools.lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    g = Graph()
    for name in ONTOLOGY_FILES:
        path = ontology_dir() / name
        if path.is_file():
            g.parse(path, format="turtle")
    return g


def _short(term, graph: Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # noqa: BLE001 - an IRI rdflib cannot shorten is shown whole
            return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3(graph.namespace_manager)
    return str(term)


def validate_graph(data: Graph, *, inplace: bool = False) -> Report:
    """Validate `data` (with the ontology mixed in). `inplace=True` adds the ontology to `data` itself, saving
    a copy of a large graph that the caller built only for validation."""
    import pyshacl

    triples = len(data)
    # Mixed in here rather than through pyshacl's ont_graph, which copies only RDFS/OWL axioms and would leave
    # out the SKOS concepts of the CAMEO scheme.
    target = data if inplace else Graph()
    if not inplace:
        target += data
    target += ontology_graph()
    conforms, results, _ = pyshacl.validate(
        target, shacl_graph=_split_shapes()[0], inference="none", allow_warnings=True, inplace=True
    )
    names = Graph()
    from newsgraph.graph.namespaces import bind_prefixes

    bind_prefixes(names)
    names.bind("sh", SH)
    violations = _sparql_violations(target, names)
    conforms = conforms and not any(v.severity == "Violation" for v in violations)
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        message = results.value(r, SH.resultMessage)
        component = results.value(r, SH.sourceConstraintComponent)
        violations.append(
            Violation(
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                focus=_short(results.value(r, SH.focusNode), names),
                path=_short(path, names) if isinstance(path, URIRef) else None,
                message=str(message) if message else _short(component, names),
                value=_short(value, names) if value is not None else None,
                shape=str(results.value(r, SH.sourceShape) or ""),
            )
        )
    violations.sort(key=lambda v: (v.severity != "Violation", v.message, v.focus))
    return Report(conforms=bool(conforms), triples=triples, violations=violations)


def load_file(path: str | Path) -> Graph:
    """An RDF file as one graph (a dataset's graphs merged); InputError when it cannot be read or parsed."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown RDF file type {path.suffix!r}; use one of {', '.join(sorted(FORMATS))}")
    try:
        if fmt in DATASET_FORMATS:
            ds = Dataset()
            ds.parse(path, format=fmt)
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # noqa: BLE001 - parsers raise many types; the user needs one line
        first = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
        raise InputError(str(path), f"not valid {fmt}: {first[:300]}") from None


def store_graph(store) -> Graph:
    """The union of every named graph of a newsgraph store, as one rdflib graph."""
    g = Graph()
    g.addN((s, p, o, g) for s, p, o, _ in store.quads())
    return g


def validate_file(path: str | Path) -> Report:
    return validate_graph(load_file(path), inplace=True)


def validate_store(store) -> Report:
    return validate_graph(store_graph(store), inplace=True)

