"""Which language an article is in: lingua (offline), restricted to the languages news arrives in.

Detection covers more languages than newsgraph supports so that an unsupported article is NAMED ("French is not
supported") rather than mistaken for the nearest supported one. Indonesian and Malay are close enough that lingua
splits short texts between them almost evenly; words that differ between the two standards (lang/id/detect.toml)
decide such close calls.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from newsgraph.resources import LANG_DIR, supported_languages

log = logging.getLogger("newsgraph.language")

# ISO 639-1 codes lingua is asked to tell apart: our supported languages, their near neighbours, and the common
# languages of international news.
CANDIDATES = ("en", "id", "ms", "fr", "de", "es", "pt", "it", "nl", "ru", "uk", "ar", "zh", "ja", "ko", "tr", "vi", "tl")
SUPPORTED: tuple[str, ...] = tuple(supported_languages())
# Under this many letters detection is a guess, and a declared language is trusted instead.
MIN_LETTERS = 40
# When the two best candidates are this close, a neighbour list (detect.toml) decides.
CLOSE_CALL = 0.35


@lru_cache(maxsize=1)
def _detector():
    # Building the detector and loading its models takes seconds: once per process.
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in CANDIDATES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when it has too few letters to tell."""
    if _letters(text) < 3:
        return None
    sample = text[:20_000]  # the opening paragraphs decide; the rest only costs time
    values = _detector().compute_language_confidence_values(sample)
    ranked = [(v.language.iso_code_639_1.name.lower(), v.value) for v in values if v.value > 0]
    if not ranked:
        return None
    best = ranked[0][0]
    if len(ranked) > 1:
        close = ranked[0][1] - ranked[1][1] < CLOSE_CALL
        best = _neighbour_call(sample, ranked[0][0], ranked[1][0], close=close) or best
    return best


def verified_language(declared: str | None, text: str, where: str = "text") -> str | None:
    """The declared language (jsonl "language", HTML lang) if detection agrees or the text is too short to tell;
    otherwise what detection finds, with a logged warning."""
    code = normalise_code(declared) if isinstance(declared, str) else None
    if code is None:
        return None
    if _letters(text) < MIN_LETTERS:
        return code
    detected = detect_language(text)
    if detected is None or detected == code:
        return code
    log.warning("%s: declared language %s disagrees with the text, which reads as %s", where, code, detected)
    return detected


def normalise_code(value: str) -> str | None:
    """"id-ID", "in", "ind", "Indonesian" → "id"; None when it names no language babel knows."""
    from babel import Locale, UnknownLocaleError

    value = value.strip().replace("_", "-")
    if not value:
        return None
    head = value.split("-")[0].lower()
    if head == "in":  # the pre-1989 code for Indonesian, still sent by some servers
        return "id"
    try:
        return Locale.parse(head).language
    except (ValueError, UnknownLocaleError):
        pass
    english = Locale("en")
    for code, name in english.languages.items():
        if name.lower() == value.lower() and "_" not in code:
            return code
    return None


def language_name(code: str) -> str:
    """The English name of a language code ("fr" → "French"); the code itself if babel does not know it."""
    from babel import Locale

    return Locale("en").languages.get(code, code)


def unsupported_message(article_id: str, code: str | None) -> str:
    """The one-line warning for an article newsgraph cannot read."""
    supported = ", ".join(SUPPORTED)
    if code is None:
        return f"skipping {article_id}: its language could not be detected (supported: {supported})"
    return f"skipping {article_id}: {language_name(code)} is not supported (supported: {supported})"


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _neighbour_call(text: str, first: str, second: str, *, close: bool) -> str | None:
    """Decide between lingua's two best languages with a supported language's neighbour list, if it has one.

    In a close call the marker words decide, and a tie goes to the language that keeps the list (a supported one).
    Outside a close call lingua is overruled only when the text has markers of the runner-up and none
    of its own (lingua's confidence swings between Indonesian and Malay on mixed-language text).
    """
    for ours, theirs in ((first, second), (second, first)):
        markers = _neighbour_markers(ours).get(theirs)
        if markers is None:
            continue
        low = text.lower()
        mine = sum(_count(low, word) for word in markers[0])
        other = sum(_count(low, word) for word in markers[1])
        if close:
            return ours if mine >= other else theirs
        top, runner_up = (mine, other) if ours == first else (other, mine)
        return second if runner_up >= 1 and top == 0 else first
    return None


def _count(low: str, word: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", low))


@lru_cache(maxsize=None)
def _neighbour_markers(code: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    import tomllib

    path = LANG_DIR / code / "detect.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return {
        other: (tuple(w.lower() for w in lists.get("ours", ())), tuple(w.lower() for w in lists.get("theirs", ())))
        for other, lists in data.get("neighbours", {}).items()
    }
