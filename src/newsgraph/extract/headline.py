"""Title-case headlines read in sentence case.

A trained English tagger and NER take "Modi Meets Xi" for one person and "NATO Rejects Russia's Demand" for a
string of proper nouns, so the parse of a title-case headline has no verb. Before parsing, the headline's common
words are lower-cased ("NATO rejects Russia's demand"); the words of actor names the knowledge base knows keep
their case, and so do capitalised words that are neither stop words, lexicon words nor dictionary words (the
pipeline's lemmatizer index: WordNet's for English): an unknown name ("Pezeshkian") stays a name. A place that is
also a dictionary word ("Kazan") is lower-cased; only known actors act in such a headline, so nothing is lost.
Only words whose lower-case form has the same length change, so every character offset still points into the
original headline, which is what events keep as their evidence.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Names of known actors keep their case; role words ("NATO Chief") read the same in lower case.
KEEP_HOW = frozenset({"alias", "office"})


def looks_title_case(doc: Doc) -> bool:
    """Most longer words after the first are capitalised: "NATO Rejects Russia's Demand for Guarantees"."""
    words = [t for t in doc[1:] if t.is_alpha and len(t.text) > 3]
    if not words:
        return False
    return sum(1 for t in words if t.is_title or t.is_upper) >= 0.75 * len(words)


def sentence_case(text: str, tokenizer, find_mentions, is_common_word) -> str:
    """`text` with its title-case common words lower-cased, or `text` itself when it is not in title case.

    tokenizer: str -> Doc (no tagging needed); find_mentions: Doc -> mentions of known actors;
    is_common_word: lower-case word -> whether it is a function word or a lexicon word of the language.
    """
    doc = tokenizer(text)
    if not looks_title_case(doc):
        return text
    keep = {i for m in find_mentions(doc) if m.how in KEEP_HOW for i in range(m.tok_start, m.tok_end)}
    out = []
    for tok in doc:
        word = tok.text
        lower = word.lower()
        if tok.i not in keep and tok.is_title and len(lower) == len(word) and is_common_word(lower):
            word = lower
        out.append(word + tok.whitespace_)
    cased = "".join(out)
    return cased[:1].upper() + cased[1:] if cased[:1].lower() == cased[:1] else cased
