"""Safe parameter binding for engines without a suitable binding API: a VALUES block of properly escaped RDF
terms (rdflib's n3()) opened at the top of the WHERE group of the query AND of every subquery in it. The value
never becomes SPARQL syntax: quotes, braces, newlines and `DELETE WHERE` inside it stay characters of one string
literal.

Why every subquery: saved queries aggregate in an inner SELECT and join labels on the few result rows (neither
engine reorders such joins for us), so their filters on parameters live inside the subquery. Under SPARQL's
bottom-up semantics a VALUES block in the outer group never reaches a subquery, so it is opened in each one.
A parameter therefore has its value wherever its variable appears, at every level of the query: the meaning
rdflib's `initBindings` has, which is how the rdflib store binds. (SEP-0007 substitution, Oxigraph's own API,
reaches only subqueries that project the variable, and refuses queries that do not project it, so the Oxigraph
store binds through this module too.) A parameter's name should not be reused for another meaning in a
subquery.
"""

from __future__ import annotations

import re

from rdflib.term import Node

from newsgraph.store.errors import QuerySyntaxError

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# An IRI reference (as opposed to the `<` comparison operator, which is never followed by one).
_IRI = re.compile(r"<[^\s<>\"{}|^`\\]*>")
# Variables and prefixed names are one token each, so `?where` or `ng:select` never read as keywords.
_VAR = re.compile(r"[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+")
_WORD = re.compile(r"[A-Za-z_\u00c0-\uffff][A-Za-z0-9_\-.\u00b7\u00c0-\uffff]*(?::[^\s{}()<>,;\"'#]*)?|:[^\s{}()<>,;\"'#]*")
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def _group_braces(sparql: str) -> list[int]:
    """Indexes of the `{` opening the WHERE group of the query and of each subquery, skipping comments,
    strings and IRIs. For CONSTRUCT, the template's braces come before WHERE and are not a group."""
    found: list[int] = []
    pending: str | None = None  # a query form whose WHERE group is not found yet
    depth = 0  # parentheses inside a SELECT clause, where an EXISTS { } would not be the WHERE group
    i, n = 0, len(sparql)
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
        if c == "<" and (m := _IRI.match(sparql, i)):
            i = m.end()
            continue
        if c in "?$" and (m := _VAR.match(sparql, i)):
            i = m.end()
            continue
        if m := _WORD.match(sparql, i):
            w = m.group(0).upper()
            if w in _FORMS:
                pending, depth = w, 0
            elif w == "WHERE" and pending == "CONSTRUCT":
                pending = "WHERE"
            i = m.end()
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "{" and pending is not None and pending != "CONSTRUCT" and depth <= 0:
            found.append(i)
            pending = None
        i += 1
    if not found:
        raise QuerySyntaxError("SPARQL", "cannot find the WHERE clause to bind parameters into")
    return found


def bind_values(sparql: str, bindings: dict[str, Node]) -> str:
    """The query with each binding opened as a one-row VALUES block in every (sub)query's WHERE group."""
    if not bindings:
        return sparql
    for name in bindings:
        if not _NAME.match(name):
            raise QuerySyntaxError("parameter", f"bad variable name {name!r}")
    names = sorted(bindings)
    # no newline: line numbers in the parser's messages still match the user's text
    block = " VALUES ({}) {{ ({}) }} ".format(
        " ".join(f"?{n}" for n in names), " ".join(bindings[n].n3() for n in names)
    )
    out = sparql
    for at in reversed(_group_braces(sparql)):
        out = out[: at + 1] + block + out[at + 1 :]
    return out
