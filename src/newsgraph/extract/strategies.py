"""Role-assignment strategies by name, as `lang/<code>/language.toml` names them (`extractor = "linear"`).

A strategy is a function (sentence, mentions, triggers, SentenceContext) -> list[Frame]. Third parties add one with
`register_strategy`; the built-in ones are imported on first use so a run loads only what its languages need.
"""

from __future__ import annotations

import importlib
from typing import Callable

_BUILTIN = {
    "linear": "newsgraph.extract.linear",
    "dependency": "newsgraph.extract.dependency",
    "ud_dependency": "newsgraph.extract.ud_dependency",  # UD labels: a parser trained by tools/train_id_parser.py
}
_REGISTRY: dict[str, Callable] = {}


def register_strategy(name: str, func: Callable) -> None:
    _REGISTRY[name] = func


def get_strategy(name: str) -> Callable:
    if name not in _REGISTRY:
        if name not in _BUILTIN:
            raise KeyError(f"no role-assignment strategy named {name!r} (known: {', '.join(sorted(_BUILTIN))})")
        _REGISTRY[name] = importlib.import_module(_BUILTIN[name]).assign_roles
    return _REGISTRY[name]
