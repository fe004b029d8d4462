"""Exports of a store: RDF serialisations, the actor graph for Gephi, events as flat files.

    from newsgraph.export import get_exporter, exporters
    get_exporter("turtle")(store, out)       # or store.export("turtle", out)
"""

from newsgraph.export.registry import EXPORTERS, Exporter, exporters, get_exporter, register_exporter

__all__ = ["EXPORTERS", "Exporter", "exporters", "get_exporter", "register_exporter"]
