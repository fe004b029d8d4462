"""Dates: the publication date of a line ("29 November 2022 22:38 WIB", "Selasa, 29/11/2022", "Nov. 29, 2022", ISO)
and relative mentions in the text ("Selasa (29/11)", "Desember lalu", "yesterday") resolved against publication.

Relative mentions are resolved against the PUBLICATION date, never today: an article from 2022 that says
"kemarin" means a day in 2022. Month-level mentions resolve to the first of the month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.ingest.cues import language_data, languages_with

# Indonesian time zones are not in every tz database under these names; they are fixed offsets.
_ZONES = {"WIB": "+0700", "WITA": "+0800", "WIT": "+0900"}
_ZONE_RE = re.compile(r"\b(WIB|WITA|WIT)\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$")
# Words that may sit next to a date on a date line and carry no date ("Diperbarui", "Published", "|").
_LEADERS = re.compile(
    r"^\W*(published|updated|posted|last updated|diterbitkan|diperbarui|dipublikasikan|tanggal|date)\s*(on)?\s*:?\s*",
    re.IGNORECASE,
)
_DATE_LANGUAGES = ("id", "en")
_SETTINGS = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}


@dataclass(frozen=True)
class Published:
    date: dt.date
    datetime: dt.datetime | None  # only when the line gives a time of day


def parse_date(text: str, languages: tuple[str, ...] = _DATE_LANGUAGES) -> Published | None:
    """The date (and time, when given) that `text` consists of, or None if it is not a date line.

    Only short text that carries a year is tried: body sentences mentioning a date are not date lines. A line of
    parts ("November 29, 2022 / 10:05 PM / Updated 2 hours ago") is read part by part.
    """
    if len(text) > 120:
        return None
    line = _clean(text)
    found = _parse_one(line, languages)
    if found is None:
        for part in re.split(r"\s+[|/·•]\s+", line):
            found = _parse_one(_clean(part), languages)
            if found is not None:
                break
    return found


def _clean(text: str) -> str:
    line = _LEADERS.sub("", text.strip()).strip(" |·•-–—")
    return re.sub(r"\b([ap])\.m\.", r"\1m", line, flags=re.IGNORECASE)


def _parse_one(line: str, languages: tuple[str, ...]) -> Published | None:
    if not line or len(line) > 60 or not (_YEAR.search(line) or _ISO.match(line)):
        return None
    if _ISO.match(line):
        try:
            value = dt.datetime.fromisoformat(line.replace("Z", "+00:00"))
        except ValueError:
            return None
        has_time = bool(re.search(r"[T ]\d", line))
        return Published(value.date(), value if has_time else None)
    if not _plausible_date_line(line):
        return None
    has_time = bool(re.search(r"\b\d{1,2}[:.]\d{2}\b", line))
    cleaned = _ZONE_RE.sub(lambda m: _ZONES[m.group(1)], line)
    import dateparser  # imported here: it is slow to import and only date lines need it

    value = dateparser.parse(cleaned, languages=list(languages), settings=_SETTINGS)
    if value is None and _TRAILING_ZONE.search(cleaned):
        # a zone dateparser does not know ("ET"): keep the local time, without an offset
        value = dateparser.parse(_TRAILING_ZONE.sub("", cleaned), languages=list(languages), settings=_SETTINGS)
    if value is None:
        return None
    if value.utcoffset() is not None:
        value = value.replace(tzinfo=dt.timezone(value.utcoffset()))
    return Published(value.date(), value if has_time else None)


_TRAILING_ZONE = re.compile(r"\s+[A-Z]{2,4}$")


def _plausible_date_line(line: str) -> bool:
    # A date line is mostly digits, month and weekday names: "Selasa, 29/11/2022", not a headline with a year in it.
    words = re.findall(r"[^\W\d_]+", line)
    known = _calendar_words()
    unknown = [w for w in words if w.lower().rstrip(".") not in known]
    return len(unknown) <= 1


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    words = {"am", "pm", "pukul", "jam", "at", "utc", "gmt", "wib", "wita", "wit", "of", "the", "st", "nd", "rd", "th",
             "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest", "msk"}
    for code in languages_with("dates"):
        data = language_data(code, "dates")
        words.update(data.get("weekdays", []))
        words.update(data.get("months", []))
        words.update(data.get("month_abbreviations", []))
        words.update(w[:3] for w in data.get("weekdays", []))
    words.update({"sept", "tues", "thur", "thurs", "agt", "ags", "okt", "nop", "des", "mei"})
    return frozenset(words)


# ---- relative mentions -------------------------------------------------------------------------------------------


def resolve_relative(text: str, published: dt.date, lang: str) -> dt.date | None:
    """The date the first time expression in `text` refers to, read as of `published`; None if there is none.

    Handles "Selasa (29/11)" and "29/11" (day/month, in the publication year unless that lies ahead of it), a month
    with a year ("Januari 2022"), "Desember lalu" / "last December", weekdays ("on Tuesday": the latest one on or
    before publication), "kemarin"/"yesterday", "last month", and bare month names ("in January").
    """
    data = language_data(lang, "dates")
    if not data:
        return None
    low = text.lower()
    finders = (_day_month, _month_year, _past_month, _days, _periods, _past_weekday, _weekday, _bare_month)
    found: list[tuple[int, int, dt.date]] = []
    for priority, finder in enumerate(finders):
        hit = finder(low, published, data)
        if hit is not None:
            position, value = hit
            found.append((position, priority, value))
    if not found:
        return None
    return min(found)[2]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _month_names(data) -> dict[str, int]:
    names = {m: i + 1 for i, m in enumerate(data.get("months", []))}
    for i, m in enumerate(data.get("month_abbreviations", [])):
        names.setdefault(m, i + 1)
    return names


_DAY_MONTH_NEXT = re.compile(r"\s*,?\s*\(?\d{1,2}/\d{1,2}")


def _day_month(low: str, published: dt.date, data) -> tuple[int, dt.date] | None:
    # "(29/11)", "29/11", "29/11/2022" — the Indonesian press's usual way of naming a nearby day.
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/])", low):
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else published.year
        if year < 100:
            year += 2000
        value = _safe_date(year, month, day)
        if value and not m.group(3) and value > published + dt.timedelta(days=31):
            value = _safe_date(year - 1, month, day)  # "(29/12)" in a January article is last year
        if value:
            return m.start(), value
    return None


def _month_year(low: str, published: dt.date, data) -> tuple[int, dt.date] | None:
    names = _month_names(data)
    m = re.search(rf"\b({_alternation(names)})\.?\s+((?:19|20)\d\d)\b", low)
    if m:
        return m.start(), dt.date(int(m.group(2)), names[m.group(1)], 1)
    return None


def _past_month(low: str, published: dt.date, data) -> tuple[int, dt.date] | None:
    names = _month_names(data)
    best = None
    for pattern in data.get("past_month", []):
        regex = re.escape(pattern).replace(re.escape("{month}"), rf"(?P<month>{_alternation(names)})")
        m = re.search(rf"\b{regex}\b", low)
        if m and (best is None or m.start() < best[0]):
            month = names[m.group("month")]
            year = published.year if month < published.month else published.year - 1
            best = (m.start(), dt.date(year, month, 1))
    return best


def _days(low: str, published: dt.date, data) -> tuple[int, dt.date] | None:
    days = data.get("days", {})
    if not days:
        return None
    m = re.search(rf"\b({_alternation(days)})\b", low)
    if m:
        return m.start(), published + dt.timedelta(days=int(days[m.group(1)]))
    return None


def _periods(low: str, published: dt.date, data) -> tuple[int, dt.date] | None:
    periods = data.get("periods", {})
    if not periods:
        return None
    m = re.search(rf"\b({_alternation(periods)})\b", low)
    if not m:
        return None
    unit, offset = periods[m.group(1)]
    if unit == "week":
        return m.start(), published + dt.timedelta(weeks=int(offset))
    if unit == "month":
        return m.start(), _add_months(published.replace(day=1), int(offset))
    return m.start(), dt.date(published.year + int(offset), 1, 1)


def _past_weekday(low: str, published: dt.date, data) -> tuple[int, dt.date] | None:
    weekdays = {w: i for i, w in enumerate(data.get("weekdays", []))}
    for pattern in data.get("past_weekday", []):
        regex = re.escape(pattern).replace(re.escape("{weekday}"), rf"(?P<day>{_alternation(weekdays)})")
        m = re.search(rf"\b{regex}\b", low)
        if m:
            back = (published.weekday() - weekdays[m.group("day")]) % 7 or 7
            return m.start(), published - dt.timedelta(days=back)
    return None


def _weekday(low: str, published: dt.date, data) -> tuple[int, dt.date] | None:
    weekdays = {w: i for i, w in enumerate(data.get("weekdays", []))}
    if not weekdays:
        return None
    for m in re.finditer(rf"\b({_alternation(weekdays)})\b", low):
        if _DAY_MONTH_NEXT.match(low, m.end()):
            continue  # "Selasa (29/11)": the day/month names the day exactly
        back = (published.weekday() - weekdays[m.group(1)]) % 7
        return m.start(), published - dt.timedelta(days=back)
    return None


def _bare_month(low: str, published: dt.date, data) -> tuple[int, dt.date] | None:
    names = {m: i + 1 for i, m in enumerate(data.get("months", []))}  # full names only: "may"/"mar" are words
    if not names:
        return None
    m = re.search(rf"\b({_alternation(names)})\b", low)
    if m:
        month = names[m.group(1)]
        year = published.year if month <= published.month else published.year - 1
        return m.start(), dt.date(year, month, 1)
    return None


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
