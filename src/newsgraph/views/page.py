"""Assemble one self-contained HTML page: our template, vis-network inlined, the data as an inert JSON block.

vis-network is read from the pyvis installation (pyvis 0.3.2 ships vis-network 9.1.2 under templates/lib), so
the repository carries no copy of it and the page needs no CDN. The data goes into
<script type="application/json">, which the browser never executes; `<`, `>`, `&` and U+2028/9 are escaped as
JSON unicode escapes so no article text can close that block or open a tag.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

ASSETS = resources.files("newsgraph.views") / "assets"
VIS_VERSION = "9.1.2"

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    import pyvis

    path = Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{VIS_VERSION}" / "vis-network.min.js"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuntimeError(f"vis-network {VIS_VERSION} not found in the pyvis installation ({path}): {exc}") from exc
    return _inline_script(text, str(path))


@lru_cache(maxsize=4)
def asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _inline_script(text: str, where: str) -> str:
    if re.search(r"</script", text, re.IGNORECASE):
        raise RuntimeError(f"{where} contains '</script' and cannot be inlined")
    return text


def render_page(payload: dict[str, Any], options: dict[str, Any], *, index_href: str = "") -> str:
    """The page's HTML. Every substitution happens in one pass, so data can never be re-substituted."""
    if re.match(r"\s*[a-zA-Z][a-zA-Z0-9+.-]*:", index_href) and not re.match(r"\s*(https?|file):", index_href, re.I):
        index_href = ""  # a relative path or http(s)/file link only: never javascript: or data:
    values = {
        "title": html.escape(str(payload.get("title", "newsgraph"))),
        "view": html.escape(str(payload.get("view", "graph"))),
        "index_href": html.escape(index_href or "#"),
        "index_hidden": "" if index_href else "hidden",
        "app_css": asset("app.css"),
        "data": script_json(payload),
        "options": script_json(options),
        "vis_js": vis_network_js(),
        "app_js": _inline_script(asset("app.js"), "app.js"),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], asset("page.html"))
