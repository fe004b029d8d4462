"""QueryResult: one shape for SELECT, ASK and CONSTRUCT answers from every backend (rdflib terms inside)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node


@dataclass
class QueryResult:
    kind: str  # "select" | "ask" | "graph"
    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Node | None]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __iter__(self) -> Iterator[dict[str, Node | None]]:
        return iter(self.rows)

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        if self.kind == "graph":
            return len(self.graph)
        return 1

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.kind == "ask" else len(self) > 0

    def values(self) -> list[dict[str, Any]]:
        """Rows with Python values: literals become str/int/float/date/bool, IRIs strings, unbound None."""
        return [{k: _py(v) for k, v in row.items()} for row in self.rows]

    # ------------------------------------------------------------ renderings for the CLI

    def to_json(self) -> str:
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)})
        if self.kind == "graph":
            return self.graph.serialize(format="json-ld")
        bindings = []
        for row in self.rows:
            bindings.append({k: _json_term(v) for k, v in row.items() if v is not None})
        return json.dumps({"head": {"vars": self.vars}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)

    def to_csv(self) -> str:
        if self.kind == "ask":
            return "boolean\r\n" + ("true" if self.boolean else "false") + "\r\n"
        if self.kind == "graph":
            return self.graph.serialize(format="nt")
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(self.vars)
        for row in self.rows:
            writer.writerow(["" if row.get(v) is None else str(row[v]) for v in self.vars])
        return buf.getvalue()

    def to_table(self, max_width: int = 60) -> str:
        if self.kind == "ask":
            return "yes" if self.boolean else "no"
        if self.kind == "graph":
            return self.graph.serialize(format="turtle")
        cells = [[_short(row.get(v), max_width) for v in self.vars] for row in self.rows]
        widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(self.vars)]
        line = lambda items: "  ".join(s.ljust(w) for s, w in zip(items, widths)).rstrip()  # noqa: E731
        out = [line(self.vars), line(["-" * w for w in widths])] + [line(r) for r in cells]
        out.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(out)


def _py(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if not isinstance(value, Literal) else str(value)
    return str(term)


def _short(term: Node | None, width: int) -> str:
    if term is None:
        return ""
    text = str(term).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out
