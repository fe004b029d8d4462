"""Store backends by URL scheme, as plugins: `register_backend("virtuoso", factory)` adds one, no code edits.

A factory takes the part of the location after `scheme:` (for http/https, the whole URL) and `read_only` (a hint:
backends that can open a store for reading only do so) and returns a Store.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from newsgraph.store.base import Store
from newsgraph.store.errors import StoreError

DEFAULT_LOCATION = "output/store"


def _oxigraph(rest: str, read_only: bool = False) -> Store:
    from newsgraph.store.oxigraph import OxigraphStore

    return OxigraphStore(rest or DEFAULT_LOCATION, read_only=read_only)


def _memory(rest: str, read_only: bool = False) -> Store:
    from newsgraph.store.oxigraph import OxigraphStore

    return OxigraphStore(None)


def _rdflib(rest: str, read_only: bool = False) -> Store:
    from newsgraph.store.rdflib_memory import RdflibStore

    return RdflibStore()


def _endpoint(url: str, read_only: bool = False) -> Store:
    from newsgraph.store.sparql_endpoint import SparqlEndpointStore

    return SparqlEndpointStore(url)


BACKENDS: dict[str, Callable[[str], Store]] = {
    "oxigraph": _oxigraph,
    "memory": _memory,
    "rdflib": _rdflib,
    "http": _endpoint,
    "https": _endpoint,
}
URL_SCHEMES = {"http", "https"}  # factories that want the whole location, not the part after the scheme


def register_backend(scheme: str, factory: Callable[[str], Store], *, whole_url: bool = False) -> None:
    BACKENDS[scheme] = factory
    if whole_url:
        URL_SCHEMES.add(scheme)


def backend_for(location: str | None, read_only: bool = False) -> Store:
    location = location or DEFAULT_LOCATION
    m = re.match(r"^([a-z][a-z0-9+.-]*):(.*)$", location, re.S)
    # A one-letter "scheme" is a Windows drive (C:\store), not a backend.
    if m and len(m.group(1)) > 1:
        scheme, rest = m.group(1), m.group(2)
        factory = BACKENDS.get(scheme)
        if factory is None:
            known = ", ".join(sorted(BACKENDS))
            raise StoreError(location, f"unknown store type {scheme!r} (known: {known}; or give a directory path)")
        return factory(location if scheme in URL_SCHEMES else rest, read_only=read_only)
    return BACKENDS["oxigraph"](str(Path(location)), read_only=read_only)
