"""How often Indonesian sentences come out as Indonesian: raw lingua against newsgraph's detect_language.

    .venv/bin/python benchmarks/eval_language_id_ms.py [CONLLU...]

Reads the `# text =` lines of the UD Indonesian treebanks in ../shared/reference/ud-indonesian/ (read at run time,
never copied). Single sentences are the hard case: whole articles come out right either way.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from newsgraph.language import detect

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "ud-indonesian"


def sentences(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                out.append(line[len("# text = "):].strip())
    return out


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted(DEFAULT.glob("*.conllu"))
    texts = sentences(paths)
    if not texts:
        sys.exit(f"no sentences found (looked in {DEFAULT})")
    raw: Counter = Counter()
    ours: Counter = Counter()
    for text in texts:
        found = detect._detector().detect_language_of(text)
        raw[found.iso_code_639_1.name.lower() if found else None] += 1
        ours[detect.detect_language(text)] += 1
    print(f"{len(texts)} Indonesian sentences from {len(paths)} files")
    print(f"{'detector':<22}{'id':>8}{'ms':>8}{'other':>8}{'id share':>10}")
    for name, counts in (("lingua alone", raw), ("detect_language", ours)):
        other = len(texts) - counts["id"] - counts["ms"]
        print(f"{name:<22}{counts['id']:>8}{counts['ms']:>8}{other:>8}{counts['id'] / len(texts):>10.1%}")


if __name__ == "__main__":
    main()
