"""The extractor's version: what decides whether a stored article must be extracted again.

`newsgraph build` skips an article whose stored digest matches. That digest covers the article's text AND this
version, so an upgrade of newsgraph, an edit of a lexicon, the actor knowledge base, the taxonomy or the extraction
code, or another spaCy pipeline re-extracts every stored article once; an unchanged rebuild still skips them all.
User actor files (`--actors`) are part of the version too: adding, removing or editing one re-extracts.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
from pathlib import Path

from newsgraph import __version__
from newsgraph.resources import LANG_DIR, PACKAGE_DIR, ontology_dir, supported_languages

# Packages whose code or data shapes an article's events and their triples. Ingest is not here: what it changes,
# the text, is in the digest already.
_CODE = ("actors", "extract", "graph", "language", "lexicon", "taxonomy")


def fingerprint_files() -> list[tuple[str, Path]]:
    """(stable name, path) of every file that feeds extraction, sorted by name. The names are relative to their
    folder, so the same release installed elsewhere has the same fingerprint."""
    files = [(f"lang/{p.relative_to(LANG_DIR)}", p) for p in LANG_DIR.rglob("*") if p.is_file()]
    actors = ontology_dir() / "actors"
    files += [(f"ontology/actors/{p.relative_to(actors)}", p) for p in actors.rglob("*")
              if p.is_file() and p.suffix != ".md"]
    files += [("model.py", PACKAGE_DIR / "model.py")]
    for package in _CODE:
        files += [(f"{package}/{p.relative_to(PACKAGE_DIR / package)}", p)
                  for p in (PACKAGE_DIR / package).rglob("*")
                  if p.is_file() and p.suffix in (".py", ".tsv", ".toml", ".txt") and "__pycache__" not in p.parts]
    return sorted(files)


def _pipeline_versions() -> list[str]:
    from newsgraph.language.pipeline import language_spec

    versions = [f"spacy {_installed('spacy')}"]
    for code in supported_languages():
        name = language_spec(code).spacy_pipeline
        if not name.startswith("blank:"):
            versions.append(f"{name} {_installed(name)}")
    return versions


def _installed(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


@functools.cache
def extractor_version() -> str:
    """"newsgraph 0.1.0+<16 hex>": the release plus a fingerprint of the files and pipelines extraction reads.
    Computed once per process (a few hundred small files)."""
    h = hashlib.sha256()
    for line in _pipeline_versions():
        h.update(line.encode("utf-8") + b"\n")
    for name, path in fingerprint_files():
        h.update(name.encode("utf-8") + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return f"newsgraph {__version__}+{h.hexdigest()[:16]}"


def with_actor_files(version: str, paths) -> str:
    """The version of an extractor that also reads these user actor files: `version` itself when there are none
    (so a build without --actors keeps its digests), else `version` plus a digest of the files' contents."""
    if not paths:
        return version
    from newsgraph.actors.user import actor_files_digest

    return f"{version}+actors.{actor_files_digest(paths)[:16]}"


def versioned_digest(text_digest: str, version: str) -> str:
    """The digest a build stores for an article: its text digest and the extractor version, in one sha256."""
    return hashlib.sha256(f"{text_digest}\x1f{version}".encode("utf-8")).hexdigest()
