"""One spaCy `Language` per supported language, built from `lang/<code>/language.toml`."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language

from newsgraph.resources import lang_dir, supported_languages


@dataclass(frozen=True)
class LanguageSpec:
    code: str
    name: str
    spacy_pipeline: str  # an installed package name, or "blank:<code>"
    tagger: str | None  # a spaCy tagger folder in lang/<code>/, run on demand (see get_tagger)
    extractor: str  # the role-assignment strategy registered in newsgraph.extract.strategies
    settings: dict[str, Any]


class UnsupportedLanguage(ValueError):
    pass


@functools.cache
def language_spec(code: str) -> LanguageSpec:
    path = lang_dir(code) / "language.toml"
    if not path.is_file():
        raise UnsupportedLanguage(
            f"language {code!r} is not supported (supported: {', '.join(supported_languages())})"
        )
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return LanguageSpec(
        code=data["code"],
        name=data.get("name", code),
        spacy_pipeline=data["spacy_pipeline"],
        tagger=data.get("tagger"),
        extractor=data.get("extractor", "linear"),
        settings=data,
    )


@functools.cache
def get_pipeline(code: str) -> Language:
    """The spaCy pipeline for `code`, loaded once per process. Sentence boundaries are always set."""
    spec = language_spec(code)
    if spec.spacy_pipeline.startswith("blank:"):
        nlp = spacy.blank(spec.spacy_pipeline.split(":", 1)[1])
    else:
        nlp = spacy.load(spec.spacy_pipeline)
    # "Marcos Jr. belum bertemu ...": abbreviations a name or title carries are one token, so no sentence ends there
    for abbreviation in spec.settings.get("abbreviations", ()):
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and not nlp.has_pipe("sentencizer"):
        nlp.add_pipe("sentencizer")
    return nlp


@functools.cache
def get_tagger(code: str) -> Language | None:
    """The language's own part-of-speech tagger (`tagger` in language.toml: a spaCy pipeline folder trained by our
    tools/ and shipped in lang/<code>/), or None. It is not part of `get_pipeline`: a stage that needs tags only
    for a few sentences (the actor resolver, to tell a proper name from capitalised words) runs it on those."""
    spec = language_spec(code)
    if not spec.tagger:
        return None
    folder = lang_dir(code) / spec.tagger
    if not (folder / "config.cfg").is_file():
        raise FileNotFoundError(f"language {code!r}: no spaCy pipeline in {folder} (tagger in language.toml)")
    # Callers hand it tokens, not text: its saved tokenizer is not read (that alone takes seconds), and it shares
    # the pipeline's vocabulary.
    return spacy.load(folder, vocab=get_pipeline(code).vocab, exclude=["tokenizer"])
