"""Bytes to text, refusing what is not text: binary files, empty files and files over the size limit.

UTF-8 is expected. Anything else is decoded with charset_normalizer's best guess, or cp1252 (the usual encoding of
legacy Western and Indonesian web scrapes), with a logged warning: dropping an article for its encoding would lose
it, and the warning lets the user fix the source.
"""

from __future__ import annotations

import codecs
import logging
import re

from newsgraph.model import InputError

log = logging.getLogger("newsgraph.ingest")

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Control characters other than tab, newlines and form feed: text files have (almost) none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} bytes"  # unreachable


def check_size(where: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(where, f"too large ({human_size(size)}; the limit is {human_size(max_bytes)}, see max_bytes)")


def decode(where: str, data: bytes, *, html: bool = False) -> str:
    """The text of `data`, or InputError when it is empty, binary or undecodable."""
    if not data.strip():
        raise InputError(where, "empty file" if not data else "empty file (only whitespace)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return _checked(where, text)
    if b"\x00" in data[:65536]:
        raise InputError(where, "binary file (contains NUL bytes), not text")
    try:
        return _checked(where, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    encoding = _declared_charset(data) if html else None
    encoding = encoding or guess_encoding(data)
    text = data.decode(encoding, errors="replace")
    log.warning("%s: not UTF-8; decoded as %s", where, encoding)
    return _checked(where, text)


def _checked(where: str, text: str) -> str:
    if not text.strip():
        raise InputError(where, "empty file (only whitespace)")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise InputError(where, "binary file (control characters), not text")
    return text


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def guess_encoding(data: bytes) -> str:
    # cp1252 first: charset_normalizer often names a sibling code page (cp1250, cp1257) for short Western text and
    # turns "naïve" into "naļve". Only when cp1252 gives mostly accented letters is the text likely in another
    # script (Cyrillic, Greek...), and then the detector's guess is the better bet.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        letters = [c for c in text if c.isalpha()]
        accented = sum(1 for c in letters if not c.isascii())
        if accented <= 0.3 * max(1, len(letters)):
            return "cp1252"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # a broken detector must not cost the article: fall back below
        best = None
    if best is not None and best.encoding and best.encoding not in ("ascii", "utf_8"):
        return best.encoding
    return "cp1252" if text is not None else "latin-1"
