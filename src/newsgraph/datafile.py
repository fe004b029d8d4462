"""Reading newsgraph's TSV data files (actor KB, lexicons, taxonomy): '#' comment lines, one header row, tabs."""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import InputError


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows as dicts keyed by the header; missing trailing cells read as "". Errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "data file not found") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise InputError(f"{path}:{lineno}", f"{len(cells)} columns, the header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells))
        row["_where"] = f"{path.name}:{lineno}"
        row["_line"] = str(lineno)
        rows.append(row)
    return rows
