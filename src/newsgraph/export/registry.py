"""Exporters as plugins: format name -> writer(store, out). `register_exporter` adds one without code edits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Callable

from newsgraph.model import InputError


@dataclass(frozen=True)
class Exporter:
    name: str
    write: Callable[[object, BinaryIO], None]
    extension: str
    media_type: str
    description: str


EXPORTERS: dict[str, Exporter] = {}


def register_exporter(name: str, write, *, extension: str, media_type: str, description: str) -> None:
    EXPORTERS[name] = Exporter(name, write, extension, media_type, description)


def get_exporter(name: str):
    _load_builtins()
    try:
        return EXPORTERS[name].write
    except KeyError:
        raise InputError("--format", f"unknown export format {name!r} (have: {', '.join(EXPORTERS)})") from None


def exporters() -> dict[str, Exporter]:
    _load_builtins()
    return dict(EXPORTERS)


def _load_builtins() -> None:
    # Imported on first use so that `newsgraph --help` does not pay for networkx and rdflib's serialisers.
    import newsgraph.export.rdf  # noqa: F401  (in the order `export --help` lists them)
    import newsgraph.export.network  # noqa: F401
    import newsgraph.export.events  # noqa: F401
