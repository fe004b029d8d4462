"""Safe parameter binding for engines without a substitution API: a VALUES block of properly escaped RDF terms
(rdflib's n3()) opened at the top of the query's WHERE group. The value never becomes SPARQL syntax: quotes,
braces, newlines and `DELETE WHERE` inside it stay characters of one string literal.

Parameters bound this way are visible to the outermost group pattern (and its filters), which is where saved
queries use them; the embedded backends bind through their engines' own APIs.
"""

from __future__ import annotations

import re

from rdflib.term import Node

from newsgraph.store.errors import QuerySyntaxError

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _where_brace(sparql: str) -> int:
    """Index of the `{` that opens the WHERE group, skipping comments, strings and IRIs."""
    i, n = 0, len(sparql)
    form = None
    while i < n:
        c = sparql[i]
        if c == "#":
            j = sparql.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c in "\"'":
            quote = c * 3 if sparql.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not sparql.startswith(quote, j):
                j += 2 if sparql[j] == "\\" else 1
            i = j + len(quote)
            continue
        if c == "<" and form is None or (c == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", sparql[i:])):
            j = sparql.find(">", i)
            i = n if j < 0 else j + 1
            continue
        word = re.match(r"[A-Za-z]+", sparql[i:])
        if word:
            w = word.group(0).upper()
            if w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") and form is None:
                form = w
            if w == "WHERE":
                j = sparql.find("{", i)
                if j >= 0:
                    return j
            i += len(word.group(0))
            continue
        if c == "{" and form in ("SELECT", "ASK", "DESCRIBE"):
            return i
        i += 1
    raise QuerySyntaxError("SPARQL", "cannot find the WHERE clause to bind parameters into")


def bind_values(sparql: str, bindings: dict[str, Node]) -> str:
    if not bindings:
        return sparql
    for name in bindings:
        if not _NAME.match(name):
            raise QuerySyntaxError("parameter", f"bad variable name {name!r}")
    names = sorted(bindings)
    block = "VALUES ({}) {{ ({}) }}".format(
        " ".join(f"?{n}" for n in names), " ".join(bindings[n].n3() for n in names)
    )
    at = _where_brace(sparql) + 1
    return f"{sparql[:at]} {block}\n{sparql[at:]}"
