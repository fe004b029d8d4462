"""Store errors: one line for the user (they are InputErrors, so the CLI prints them without a traceback)."""

from __future__ import annotations

from newsgraph.model import InputError


class StoreError(InputError):
    """The store cannot be opened, read or written."""


class QuerySyntaxError(StoreError):
    """Malformed SPARQL; `why` carries the parser's own message."""
