"""Saved queries: ontology/queries/*.rq, each with a header of `# description:` and `# param:` lines.

    # param: NAME (TYPE[, optional]) — what it means

TYPE is string, date, int, float or actor. An actor parameter takes a label (any case) or a key/QID and is
resolved to the actor's IRI before binding (an unknown name matches nothing), so queries look actors up by index.
Parameter values are typed and bound through the store's binding API, never spliced into the query text; an
optional parameter left out stays unbound (queries test it with BOUND()).

A parameter has its value in the query and in every subquery (newsgraph.store.binding), so a saved query can
filter inside the subquery it aggregates in, and a subquery starts from the bound value. Write saved queries in
that subquery form: count per IRI first, join labels on the counted rows (see ontology/queries/*.rq for the
engine behaviour each form works around).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from newsgraph.model import InputError
from newsgraph.resources import ontology_dir

_PARAM = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?\s*(?:[—:-]+\s*(.*))?$")
TYPES = ("string", "date", "int", "float", "actor")
NO_ACTOR = URIRef("urn:newsgraph:no-such-actor")


@dataclass
class Param:
    name: str
    type: str = "string"
    optional: bool = False
    description: str = ""

    def convert(self, value: str):
        try:
            if self.type == "date":
                return dt.date.fromisoformat(value)
            if self.type == "int":
                return int(value)
            if self.type == "float":
                return float(value)
        except ValueError:
            raise InputError(f"--param {self.name}", f"expected a {self.type}, got {value!r}") from None
        return value


@dataclass
class SavedQuery:
    name: str
    path: Path
    text: str
    description: str = ""
    params: list[Param] = field(default_factory=list)

    def bindings(self, values: dict[str, str], store=None) -> dict:
        known = {p.name: p for p in self.params}
        for name in values:
            if name not in known:
                raise InputError(f"query {self.name}", f"no parameter {name!r} (it takes: {', '.join(known) or 'none'})")
        missing = [p.name for p in self.params if not p.optional and p.name not in values]
        if missing:
            raise InputError(f"query {self.name}", f"missing parameter {', '.join(missing)} (give --param NAME=VALUE)")
        out = {name: known[name].convert(v) for name, v in values.items()}
        for name, value in out.items():
            if known[name].type == "actor" and store is not None:  # without a store: only validate
                out[name] = store.resolve_actor(value) or NO_ACTOR
        return out


def parse(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    q = SavedQuery(name=path.stem, path=path, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if m := re.match(r"^#\s*description:\s*(.*)$", line):
            q.description = m.group(1).strip()
        elif m := _PARAM.match(line):
            opts = [o.strip() for o in (m.group(2) or "").split(",") if o.strip()]
            ptype = next((o for o in opts if o in TYPES), "string")
            q.params.append(Param(m.group(1), ptype, "optional" in opts, (m.group(3) or "").strip()))
    return q


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    folder = folder or ontology_dir() / "queries"
    return {p.stem: parse(p) for p in sorted(folder.glob("*.rq"))}


def get_saved(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise InputError(f"--saved {name}", f"no such saved query (have: {', '.join(queries)})")
    return queries[name]


def run_saved(store, name: str, params: dict[str, str] | None = None):
    q = get_saved(name)
    return store.query(q.text, q.bindings(params or {}, store))
