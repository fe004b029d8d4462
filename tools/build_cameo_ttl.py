"""Regenerate ontology/cameo.ttl from src/newsgraph/taxonomy/cameo.tsv.

Usage: python tools/build_cameo_ttl.py [--check]
--check exits 1 (and writes nothing) when the committed file is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsgraph.taxonomy.skos import to_turtle

TARGET = Path(__file__).resolve().parents[1] / "ontology" / "cameo.ttl"


def main(argv: list[str]) -> int:
    text = to_turtle()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if "--check" in argv:
        if current != text:
            print(f"{TARGET} is out of date: run python tools/build_cameo_ttl.py", file=sys.stderr)
            return 1
        print(f"{TARGET} is up to date")
        return 0
    if current != text:
        tmp = TARGET.with_suffix(".ttl.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(TARGET)
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
