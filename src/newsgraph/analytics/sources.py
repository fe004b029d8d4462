"""Where analytics read events from: an events.jsonl file or a store."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.model import Event, InputError

DEFAULT_STORE = Path("output/store")
DEFAULT_EVENTS = Path("output/events.jsonl")


def events_from_jsonl(path: str | Path) -> list[Event]:
    """Events of an events.jsonl file; InputError names the first bad line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as exc:
        raise InputError(str(path), f"cannot read events: {exc.__class__.__name__}") from None
    events = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            events.append(Event.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{n}", f"not an event record ({exc.__class__.__name__}: {exc})") from None
    return events


def events_from_store_location(location: str) -> list[Event]:
    from newsgraph.graph import events_from_store
    from newsgraph.store import open_store

    with open_store(location, read_only=True) as store:  # read-only: works beside a running build
        return list(events_from_store(store))


def one_per_claim(events: list[Event]) -> list[Event]:
    """The same claim said twice in one article (headline and body) is one event, as the store keeps it; so
    analytics of an events.jsonl file count what analytics of the store count."""
    from newsgraph.graph import merge_events

    return [m.best for m in merge_events(events)]


def load_events(events: str | None = None, store: str | None = None) -> list[Event]:
    """Events from `events` (jsonl) or `store`; with neither, output/store if it exists, else output/events.jsonl."""
    from newsgraph.cli import CliError

    try:
        if events:
            return one_per_claim(events_from_jsonl(events))
        if store:
            return events_from_store_location(store)
        if DEFAULT_STORE.exists():
            return events_from_store_location(str(DEFAULT_STORE))
        if DEFAULT_EVENTS.exists():
            return one_per_claim(events_from_jsonl(DEFAULT_EVENTS))
    except InputError as exc:
        raise CliError(str(exc)) from None
    raise CliError(f"no events: neither {DEFAULT_STORE} nor {DEFAULT_EVENTS} exists; run `newsgraph build` first")
