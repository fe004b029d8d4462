"""Inputs to articles: paths, directories (recursive, sorted) and stdin, each read, decoded and parsed by kind.

Nothing here raises for bad input: every problem becomes an `InputError` yielded in the article's place.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from newsgraph.ingest.article import build_article
from newsgraph.ingest.decode import check_size, decode, guess_encoding, human_size
from newsgraph.ingest.html import parse_html
from newsgraph.ingest.jsonl import iter_jsonl, looks_like_jsonl
from newsgraph.ingest.layout import parse_layout
from newsgraph.language.detect import verified_language
from newsgraph.model import Article, InputError

log = logging.getLogger("newsgraph.ingest")

KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_HTML_START = ("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ", "<!--")


def iter_articles(
    inputs: list[str], *, stdin: TextIO | BinaryIO | None = None, max_bytes: int = 5_000_000
) -> Iterator[Article | InputError]:
    """Articles from `inputs` in a stable order, with an InputError (never an exception) for each bad input.

    An input is a .txt, .html/.htm or .jsonl file, a directory (searched recursively, in sorted order; hidden
    files and other extensions skipped), or "-" for stdin (jsonl, HTML or plain text, sniffed from the content).
    A file named explicitly with another extension is sniffed like stdin.
    """
    seen: dict[str, str] = {}
    for item in _iter_inputs(inputs, stdin, max_bytes):
        if isinstance(item, Article):
            earlier = seen.setdefault(item.id, item.path or "stdin")
            if earlier != (item.path or "stdin"):
                # same file name in two folders: the store keys articles by id, so the later one replaces the earlier
                log.warning("article id %r of %s is also the id of %s", item.id, item.path or "stdin", earlier)
        yield item


def _iter_inputs(inputs: list[str], stdin, max_bytes: int) -> Iterator[Article | InputError]:
    for raw in inputs:
        if raw == "-":
            yield from _from_stdin(stdin, max_bytes)
            continue
        path = Path(raw)
        try:
            if path.is_dir():
                files = _walk(path)
                if not files:
                    yield InputError(raw, "directory has no .txt, .html, .htm or .jsonl files")
                for file in files:
                    yield from _from_file(file, KINDS[file.suffix.lower()], max_bytes)
            elif path.exists():
                yield from _from_file(path, KINDS.get(path.suffix.lower()), max_bytes)
            else:
                yield InputError(raw, "no such file or directory")
        except OSError as exc:  # unreadable directory, too many symlinks...
            yield InputError(raw, exc.strerror or str(exc))


def _walk(root: Path) -> list[Path]:
    """Article files under `root`, sorted by path (a/y.jsonl, a/z.html, b.txt): the same order on every machine."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if path.suffix.lower() in KINDS:
                found.append(path)
            else:
                log.debug("skipping %s: not a .txt, .html, .htm or .jsonl file", path)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _from_file(path: Path, kind: str | None, max_bytes: int) -> Iterator[Article | InputError]:
    where = str(path)
    try:
        if not path.is_file():
            raise InputError(where, "not a regular file")
        if kind == "jsonl":
            # a JSON Lines file is a batch: the size limit applies to each article, and the file streams
            yield from _jsonl_file(path, max_bytes)
            return
        check_size(where, path.stat().st_size, max_bytes)
        data = path.read_bytes()
    except InputError as error:
        yield error
        return
    except OSError as exc:
        yield InputError(where, f"cannot read ({exc.strerror or exc})")
        return
    yield from _from_bytes(where, data, kind, stem=path.stem, path=where)


def _jsonl_file(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    where = str(path)
    with path.open("rb") as fh:
        head = fh.read(65536)
        if not head.strip() or head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
            # empty, binary or UTF-16: the whole-file path says which, with the usual size limit
            check_size(where, path.stat().st_size, max_bytes)
            fh.seek(0)
            yield from _from_bytes(where, fh.read(), "jsonl", stem=path.stem, path=where)
            return
        fh.seek(0)
        lines = _decoded_lines(where, fh, max_bytes)
        for item in iter_jsonl(where, lines, path.stem, path=where):
            yield _with_language(item)


def _decoded_lines(where: str, fh: BinaryIO, max_bytes: int) -> Iterator[str | InputError]:
    warned = False
    number = 0
    while True:
        raw = fh.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the oversized line
                raw = fh.readline(1 << 20)
            yield InputError(f"{where}:{number}", f"line too large (over the limit of {human_size(max_bytes)}, "
                                                  "see max_bytes)")
            continue
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            encoding = guess_encoding(raw)
            if not warned:
                log.warning("%s: not UTF-8 from line %d; decoded as %s", where, number, encoding)
                warned = True
            yield raw.decode(encoding, errors="replace")


def _from_stdin(stdin: TextIO | BinaryIO | None, max_bytes: int) -> Iterator[Article | InputError]:
    if stdin is None:
        import sys

        stdin = sys.stdin
    stream = getattr(stdin, "buffer", stdin)  # bytes where we can get them: decoding is ours to do
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        yield InputError("stdin", f"cannot read ({exc})")
        return
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogateescape")
    try:
        check_size("stdin", len(data), max_bytes)
    except InputError:
        yield InputError("stdin", f"too large (over the limit of {human_size(max_bytes)}, see max_bytes)")
        return
    yield from _from_bytes("stdin", data, None, stem="stdin", path=None)


def _from_bytes(where: str, data: bytes, kind: str | None, *, stem: str, path: str | None):
    try:
        text = decode(where, data, html=kind == "html" or (kind is None and _looks_like_html(data[:2048])))
        kind = kind or _sniff(text)
        if kind == "jsonl":
            for item in iter_jsonl(where, text.splitlines(), stem, path=path):
                yield _with_language(item)
            return
        if kind == "html":
            layout, meta = parse_html(where, text)
        else:
            layout, meta = parse_layout(text), {}
        yield _with_language(build_article(where, stem, layout, meta, path=path))
    except InputError as error:
        yield error


def _with_language(item: Article | InputError) -> Article | InputError:
    # A declared language is kept only if the text agrees (or is too short to say): pages lie about `lang`.
    if isinstance(item, Article) and item.language:
        item.language = verified_language(item.language, f"{item.title or ''}\n{item.text}", item.id)
    return item


def _sniff(text: str) -> str:
    if looks_like_jsonl(text):
        return "jsonl"
    if _looks_like_html(text[:2048].encode("utf-8", "ignore")):
        return "html"
    return "text"


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(tuple(s.encode() for s in _HTML_START)) or b"</p>" in head.lower()
