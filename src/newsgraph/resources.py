"""Where newsgraph's data files live.

The ontology, actor knowledge base and saved queries sit in the top-level `ontology/` folder of the source tree
(reviewed as data, not code); per-language lexicons sit in `newsgraph/lang/<code>/`. NEWSGRAPH_ONTOLOGY overrides
the ontology folder, for installs that keep it elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
LANG_DIR = PACKAGE_DIR / "lang"


def ontology_dir() -> Path:
    env = os.environ.get("NEWSGRAPH_ONTOLOGY")
    candidates = [Path(env)] if env else []
    candidates += [PACKAGE_DIR.parents[1] / "ontology", PACKAGE_DIR / "ontology"]
    for path in candidates:
        if (path / "newsgraph.ttl").is_file():
            return path
    raise FileNotFoundError(
        "newsgraph's ontology folder was not found; set NEWSGRAPH_ONTOLOGY to the repository's ontology/ folder"
    )


def lang_dir(code: str) -> Path:
    return LANG_DIR / code


def supported_languages() -> list[str]:
    """Languages with a data folder: adding one is adding `lang/<code>/`, not editing code."""
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and (p / "language.toml").is_file())
