"""Verb lexicons and the trigger matcher: which words in a sentence carry which CAMEO event.

    from newsgraph.lexicon import load_lexicon
    lex = load_lexicon("id")
    for t in lex.find_triggers(sentence):   # a spaCy Doc or Span
        t.code, t.gloss, t.voice, t.nominal, t.head, t.object_markers

Per-language data: lang/<code>/verbs.tsv (patterns), lexicon.toml (settings), reporting.txt (speech verbs) and,
for languages with affixes, morphology.toml. Adding a language is adding those files.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

from ..model import InputError
from ..resources import lang_dir
from .entries import Entry, read_entries
from .matcher import Lexicon, Trigger
from .morphology import Morphology, Stem, load_morphology

__all__ = ["Entry", "Lexicon", "Morphology", "Stem", "Trigger", "load_lexicon", "load_morphology"]


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of language `lang` ("en", "id"), loaded once per process."""
    folder = lang_dir(lang)
    verbs = folder / "verbs.tsv"
    if not verbs.is_file():
        raise InputError(lang, "no verb lexicon for this language (expected lang/<code>/verbs.tsv)")
    settings: dict = {}
    if (folder / "lexicon.toml").is_file():
        try:
            with (folder / "lexicon.toml").open("rb") as fh:
                settings = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(str(folder / "lexicon.toml"), f"bad lexicon settings: {exc}") from None
    reporting: list[str] = []
    if (folder / "reporting.txt").is_file():
        for line in (folder / "reporting.txt").read_text(encoding="utf-8").splitlines():
            word = line.split("#", 1)[0].strip()
            if word:
                reporting.append(word)
    entries = read_entries(verbs, head_final=bool(settings.get("head_final", False)))
    return Lexicon(lang, entries, load_morphology(lang), settings, reporting)
