"""The layout of a plain-text article: headline, standfirst, date line, byline, dateline, body, boilerplate.

Web scrapes flatten a page into lines: a logo, the headline, a standfirst, the date, photo captions, the body with
"Baca juga" links and the headlines of OTHER articles pasted between paragraphs, then "Halaman:" and the byline.
This module sorts those lines by their shape and by per-language cue lists (lang/<code>/boilerplate.txt,
bylines.txt, credits.txt); no line of any one site is known here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.ingest.cues import followed_by_separator, looks_like_credit, starts_with_cue
from newsgraph.ingest.dates import Published, parse_date

# Sentence-final punctuation, possibly followed by closing quotes or brackets.
_FINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$|[\"”’]$")
_WORD = re.compile(r"[^\W_][\w'’.\-]*")
# "JAKARTA, JITUNEWS.COM - ", "WASHINGTON (Reuters) - ", "KYIV, Ukraine (AP) — ", "JAKARTA, KOMPAS.com -- ",
# "OTTAWA/NEW DELHI, Sept 19 (Reuters) - " (a story filed from two places)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ \-]{1,30}?(?:/[A-Z][A-Z.'’ \-]{1,30}?)*)"
    r"(?:\s*,\s*(?P<site>[A-Za-z][\w\-]*(?:\.[A-Za-z]{2,})+|[A-Z][\w&.’' ]{1,30}?))?"
    r"\s*(?:\((?P<agency>[^()]{2,30})\))?"
    r"\s*(?:-{1,2}|[–—])\s+(?=\S)"
)


@dataclass
class Layout:
    title: str | None = None
    subtitle: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    published: Published | None = None
    author: str | None = None
    dateline: str | None = None
    source: str | None = None


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_sentence_final(line: str) -> bool:
    return bool(_FINAL.search(line.rstrip()))


def is_noise(line: str) -> bool:
    """Bullets, separators, lone symbols: nothing a reader would call text."""
    found = 0
    for ch in line:  # stop at the second letter or digit: body lines run to thousands of characters
        if ch.isalnum():
            found += 1
            if found == 2:
                return False
    return True


def is_cue_line(line: str) -> bool:
    match = starts_with_cue(line, "boilerplate")
    if not match:
        return False
    if followed_by_separator(line, match):
        return True
    return len(line) <= 200 and len(words(line)) <= 15 and not is_sentence_final(line)


def byline_author(line: str) -> str | None:
    """The author named by a byline ("Penulis : Tino Aditia", "By Jane Doe", "Oleh: Rina"), else None."""
    match = starts_with_cue(line, "bylines")
    if not match:
        return None
    rest = line[match.end():].strip(" \t:|-–—").strip()
    names = words(rest)
    if not names or len(names) > 8 or rest.endswith("."):
        return None
    if not followed_by_separator(line, match) and not all(n[0].isupper() for n in names if n.lower() not in _JOINERS):
        return None  # "By Tuesday the talks..." is a sentence, not a byline
    return rest


_JOINERS = {"and", "dan", "&", "bin", "binti", "van", "de", "von", "al"}


def is_headline_like(line: str) -> bool:
    """A short line in Title Case without sentence-final punctuation: a headline (of this or another article)."""
    if len(line) > 180:
        return False
    # "Apa Kata Putin Soal Serangan Itu?": a headline may ask or exclaim, but then it must be fully in Title Case
    asks = line.rstrip().endswith(("?", "!"))
    if is_sentence_final(line) and not asks:
        return False
    ws = [w for w in words(line) if w[0].isalpha()]
    if not (5 if asks else 3) <= len(ws) <= 25:
        return False
    capitalised = sum(1 for w in ws if w[0].isupper())
    return capitalised >= (0.8 if asks else 0.6) * len(ws)


def is_caption(line: str) -> bool:
    return len(line) <= 300 and len(words(line)) <= 25 and looks_like_credit(line) and not _DATELINE.match(line)


def split_dateline(paragraph: str) -> tuple[str, str | None, str | None]:
    """(paragraph without its dateline, dateline place, source named in it)."""
    m = _DATELINE.match(paragraph)
    if not m or not any(ch.isalpha() for ch in m.group("place")) or m.group("place") != m.group("place").upper():
        return paragraph, None, None
    source = m.group("agency") or m.group("site")
    if source and "." in source and " " not in source:
        source = source.lower()  # a site name: JITUNEWS.COM is jitunews.com
    return paragraph[m.end():].strip(), m.group("place").strip(), source.strip() if source else None


def is_body_paragraph(line: str) -> bool:
    return bool(_DATELINE.match(line)) or (is_sentence_final(line) and len(words(line)) >= 3)


def parse_layout(text: str, *, title: str | None = None) -> Layout:
    """Sort the lines of `text` into a Layout. A known `title` (from JSON or HTML metadata) is not searched for."""
    lines = [re.sub(r"\s+", " ", ln.replace("\u00a0", " ")).strip() for ln in unwrap(text).splitlines()]
    lines = [ln for ln in lines if ln]
    out = Layout(title=title)
    i = 0
    if title is None:
        i = _find_title(lines, out)
    elif lines and _same(lines[0], title):
        i = 1
    body_start = _find_body_start(lines, i)
    _read_header(lines[i:body_start], out)
    _read_body(lines[body_start:], out)
    return out


def unwrap(text: str) -> str:
    """Join hard-wrapped lines (a text typed at 72-100 columns) back into one line per paragraph.

    Scrapes put a paragraph on one line, and there every line is a unit; a wrapped text would otherwise be read
    as a run of short fragments, some of them Title-Case enough to pass for pasted headlines.
    """
    blocks = [b.splitlines() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))]
    lengths = [len(ln.rstrip()) for b in blocks for ln in b]
    width = max(lengths, default=0)
    multi = [b for b in blocks if len([ln for ln in b if ln.strip()]) > 1]
    if not 40 <= width <= 120 or len(multi) < 2:
        return text
    inner = [len(ln.rstrip()) for b in multi for ln in b[:-1] if ln.strip()]
    if sum(1 for n in inner if n >= 0.6 * width) < 0.6 * len(inner):
        return text
    return "\n\n".join(" ".join(ln.strip() for ln in b if ln.strip()) for b in blocks)


def _same(a: str, b: str) -> bool:
    """The same headline, give or take punctuation and a site name ("X" and "X | Site")."""
    a, b = re.sub(r"\W+", "", a).lower(), re.sub(r"\W+", "", b).lower()
    return bool(a and b) and (a == b or (min(len(a), len(b)) >= 15 and (a in b or b in a)))


def _find_title(lines: list[str], out: Layout) -> int:
    for i, line in enumerate(lines):
        if is_noise(line) or is_cue_line(line):
            out.boilerplate.append(line)
            continue
        if parse_date(line) or byline_author(line):
            return i  # no headline before the metadata: the header reader takes it from here
        ws = words(line)
        if len(ws) <= 30 and len(line) <= 220 and not line.endswith(".") and not _DATELINE.match(line):
            out.title = line
            return i + 1
        return i
    return len(lines)


def _find_body_start(lines: list[str], start: int) -> int:
    """Where the body begins: at the dateline paragraph, or else at the first paragraph-like line.

    A dateline counts only before the body has clearly begun (at most a standfirst directly under the headline
    before it): a later paragraph that happens to open "NATO - ..." must not turn the body above it into header.
    """
    candidate = None
    for i in range(start, len(lines)):
        line = lines[i]
        if split_dateline(line)[1]:
            return i if candidate is None or candidate == start else candidate
        if not is_body_paragraph(line) or is_cue_line(line) or byline_author(line) or is_caption(line):
            continue
        if candidate is not None:
            return candidate  # a second body paragraph and no dateline yet: the body began at the first
        candidate = i
    return candidate if candidate is not None else len(lines)


def _read_header(lines: list[str], out: Layout) -> None:
    for n, line in enumerate(lines):
        if _metadata_line(line, out):
            continue
        if n == 0 and out.title and len(words(line)) >= 5 and not is_caption(line) and not is_cue_line(line):
            out.subtitle = line  # the standfirst sits directly under the headline
            continue
        out.boilerplate.append(line)  # photo captions, credits, logos between the headline and the body


def _metadata_line(line: str, out: Layout) -> bool:
    """Take a date line or byline into `out` (and boilerplate); False if `line` is neither."""
    published = parse_date(line)
    if published is not None:
        out.published = out.published or published
        out.boilerplate.append(line)
        return True
    author = byline_author(line)
    if author is not None:
        out.author = out.author or author
        out.boilerplate.append(line)
        return True
    return False


def _read_body(lines: list[str], out: Layout) -> None:
    for line in lines:
        if _metadata_line(line, out):
            continue
        if is_noise(line) or is_cue_line(line) or is_caption(line):
            out.boilerplate.append(line)
            continue
        if out.paragraphs and is_headline_like(line):
            out.boilerplate.append(line)  # the headline of another article, pasted between paragraphs
            continue
        if not out.paragraphs:
            line, place, source = split_dateline(line)
            if place:
                out.dateline, out.source = place, source
        out.paragraphs.append(line)
