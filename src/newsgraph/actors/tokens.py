"""A sentence's tokens as plain lists, read from spaCy once per doc, and the Mention a token range becomes.

Every part of the resolver reads tokens through `Tokens` (texts, lower-case forms, capitals, NER labels) instead of
spaCy's Token objects: one list index per probe on the hot path.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from newsgraph.model import Actor, Mention


@dataclass
class DocTokens:
    """A doc's tokens as plain lists, read from spaCy once per doc and sliced per sentence."""

    doc: Doc
    texts: list[str]
    lowers: list[str]
    idx: list[int]  # character offset of each token in doc.text
    caps: list[bool]  # capitalised: an upper-case first letter
    alpha: list[bool]  # starts with a letter (for the headline test)
    capital: list[bool]  # starts with an upper-case letter (for the headline test)
    ent_label: list[str] | None  # None: the doc has no NER
    ent_iob: list[str] | None
    propn: list[bool] | None  # the pipeline tagged a proper noun; None: no tags, or NER decides names instead

    @classmethod
    def read(cls, doc: Doc) -> DocTokens:
        texts = [t.text for t in doc]
        has_ner = doc.has_annotation("ENT_IOB")
        upper = [t[:1].isupper() for t in texts]
        return cls(
            doc=doc,
            texts=texts,
            lowers=[t.lower() for t in texts],  # what Token.lower_ holds, without a Token per word
            idx=doc.to_array(IDX).tolist() if texts else [],
            # A capital that is no letter (a Roman numeral "Ⅱ") counts only when a letter follows.
            caps=[u and (t[0].isalpha() or any(c.isalpha() for c in t)) for u, t in zip(upper, texts)],
            alpha=[t[:1].isalpha() for t in texts],
            capital=[u and t[0].isalpha() for u, t in zip(upper, texts)],
            ent_label=[t.ent_type_ for t in doc] if has_ner else None,
            ent_iob=[t.ent_iob_ for t in doc] if has_ner else None,
            propn=[t.pos_ == "PROPN" for t in doc] if not has_ner and doc.has_annotation("POS") else None,
        )


@dataclass
class Tokens:
    """One sentence's tokens as plain lists (indices from 0 at the sentence start)."""

    doc: Doc
    offset: int  # doc index of the span's first token
    n: int
    texts: list[str]
    lowers: list[str]
    idx: list[int]  # character offset of each token in doc.text
    caps: list[bool]
    ent_label: list[str]
    ent_iob: list[str]
    has_ner: bool
    headline: bool
    propn: list[bool] | None
    names_at: dict[int, list] = field(default_factory=dict)  # token -> knowledge-base names matched there

    def __len__(self) -> int:
        return self.n

    def capitalised(self, i: int) -> bool:
        return self.caps[i]

    def spaced(self, i: int) -> bool:
        """Whitespace follows token i (i is not the sentence's last token)."""
        return self.idx[i + 1] != self.idx[i] + len(self.texts[i])

    def ent_end(self, i: int) -> int:
        j = i + 1
        while j < len(self) and self.ent_iob[j] == "I":
            j += 1
        return j


class TokenReader:
    """Slices sentences out of the last doc read: the extractor asks for a doc's sentences one by one."""

    def __init__(self):
        # One reference, replaced whole.
        self._last_doc: DocTokens | None = None

    def read(self, span: Doc | Span) -> Tokens:
        if isinstance(span, Doc):
            doc, start, end = span, 0, len(span)
        else:
            doc, start, end = span.doc, span.start, span.end
        cached = self._last_doc
        if cached is None or cached.doc is not doc or len(cached.texts) != len(doc):  # (a retokenised doc)
            cached = self._last_doc = DocTokens.read(doc)
        alpha = sum(cached.alpha[start:end])
        capital = sum(cached.capital[start:end])
        n = end - start
        return Tokens(
            doc=doc,
            offset=start,
            n=n,
            texts=cached.texts[start:end],
            lowers=cached.lowers[start:end],
            idx=cached.idx[start:end],
            caps=cached.caps[start:end],
            ent_label=cached.ent_label[start:end] if cached.ent_label is not None else [""] * n,
            ent_iob=cached.ent_iob[start:end] if cached.ent_iob is not None else [""] * n,
            has_ner=cached.ent_label is not None,
            propn=cached.propn[start:end] if cached.propn is not None else None,
            # Title-case headlines ("Sekjen NATO Salahkan Moskow") make every word look like a name.
            headline=alpha >= 6 and capital >= 0.9 * alpha,
        )


def make_mention(toks: Tokens, start: int, end: int, actor: Actor | None, matched: str, how: str) -> Mention:
    s, e = toks.idx[start], toks.idx[end - 1] + len(toks.texts[end - 1])
    return Mention(text=span_text(toks, start, end), start=s, end=e, actor=actor, matched=matched, how=how,
                   tok_start=toks.offset + start, tok_end=toks.offset + end)


def span_text(toks: Tokens, start: int, end: int) -> str:
    """The text of tokens [start, end) as in the document (doc.text is rebuilt on every access: avoid)."""
    if end - start == 1:
        return toks.texts[start]
    parts = []
    for k in range(start, end):
        parts.append(toks.texts[k])
        if k < end - 1:
            parts.append(" " * (toks.idx[k + 1] - toks.idx[k] - len(toks.texts[k])))
    return "".join(parts)


def units(toks: Tokens, start: int, end: int) -> int:
    """Words in tokens [start, end), a hyphenated compound counting as one."""
    return 1 + sum(1 for k in range(start, end - 1) if toks.spaced(k))
