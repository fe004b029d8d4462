"""SPARQL results → bytes in the formats the SPARQL 1.1 Protocol negotiates.

Solutions are written row by row, so the endpoint can stop at its row limit or its deadline in the middle of a
lazily evaluated result; graphs (CONSTRUCT/DESCRIBE) go through pyoxigraph's own serialisers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# Media types, in the order the endpoint prefers them when the client accepts anything.
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
# Short names for ?format= (handy with curl and browsers).
SHORT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}
CANONICAL = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}

def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):  # RDF-star, as Jena and Oxigraph write it
        return {
            "type": "triple",
            "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate", "object")},
        }
    raise TypeError(f"not an RDF term: {term!r}")

def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        parts = "".join(f"<{k}>{_xml_term(getattr(term, k))}</{k}>" for k in ("subject", "predicate", "object"))
        return f"<triple>{parts}</triple>"
    raise TypeError(f"not an RDF term: {term!r}")

def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value

def _tsv_term(term) -> str:
    if term is None:
        return ""
    # TSV results use N-Triples syntax; pyoxigraph's str() writes exactly that, with \t and \n escaped.
    return str(term)

def write_solutions(
    solutions: Iterable, variables: list[str], fmt: str, limit: int, check: Callable[[], None]
) -> tuple[bytes, bool]:
    """Serialise at most `limit` solutions; returns (body, truncated). `check()` raises to abandon the work."""
    rows = []
    truncated = False
    for n, solution in enumerate(solutions):
        if n >= limit:
            truncated = True
            break
        if n % 256 == 0:
            check()
        rows.append([solution[v] for v in variables])
    check()
    return _WRITERS[fmt](variables, rows), truncated

def _json(variables, rows) -> bytes:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode()

def _xml(variables, rows) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head>\n<results>")
    for row in rows:
        out.append("<result>")
        out += [
            f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(variables, row) if t is not None
        ]
        out.append("</result>")
    out.append("</results>\n</sparql>\n")
    return "\n".join(out).encode()

def _csv(variables, rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180, as the SPARQL CSV format requires
    w.writerow(variables)
    w.writerows([_csv_term(t) for t in row] for row in rows)
    return buf.getvalue().encode()

def _tsv(variables, rows) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()

_WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}

def write_boolean(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
            f"<head/>\n<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n"
        ).encode()
    # CSV/TSV define no boolean form; a bare true/false line is what Jena and Oxigraph answer.
    return b"true\n" if value else b"false\n"

def write_graph(
    triples: Iterable, fmt: ox.RdfFormat, limit: int, check: Callable[[], None], prefixes: dict[str, str]
) -> tuple[bytes, bool]:
    kept = []
    truncated = False
    for n, triple in enumerate(triples):
        if n >= limit:
            truncated = True
            break
        if n % 256 == 0:
            check()
        kept.append(triple)
    check()
    extra = {"prefixes": _used(prefixes, kept)} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else {}
    return ox.serialize(kept, format=fmt, **extra) or b"", truncated


def _used(prefixes: dict[str, str], triples: list) -> dict[str, str]:
    """The prefixes some IRI in `triples` starts with: a Turtle header of ten unused prefixes is noise."""
    iris = set()
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    return {p: ns for p, ns in prefixes.items() if any(i.startswith(ns) for i in iris)}
