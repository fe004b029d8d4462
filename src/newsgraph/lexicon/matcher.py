"""Finding event triggers in a sentence: dict lookups per token, then short pattern checks.

Every surface key a pattern can start with is computed once when the lexicon loads (for Indonesian, every affixed
form of every stem), so a token that starts no pattern costs one or two dict lookups.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

from .entries import Entry, Word
from .morphology import Morphology, Stem

# Part-of-speech sets for English "forms" constraints (spaCy's universal tags).
_VERB_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass", "agent"})
_SLOT_STOP = frozenset({",", ";", ":", ".", "!", "?", '"', "“", "”", "(", ")"})


@dataclass(frozen=True)
class Trigger:
    """One trigger found in a sentence. Token indices are relative to the Doc, like spaCy's `token.i`."""

    tok_start: int
    tok_end: int  # exclusive; for patterns with an object slot the span includes the slot
    tokens: tuple[int, ...]  # the trigger words themselves (not the slot)
    head: int  # the main verb or noun of the trigger
    code: str
    gloss: str
    voice: str | None  # active | passive | object_focus | stative | None (nominal)
    nominal: bool
    object_markers: tuple[str, ...]
    pattern: str
    text: str  # the trigger words as written ("menjatuhkan sanksi", "was accused")
    bare: bool = False  # an unaffixed Indonesian stem (headline style: "Sekjen NATO Salahkan Moskow")
    refused: str | None = None  # for refusals, the CAMEO code of the refused action ("refused to meet" -> 040)
    standalone: bool = True  # a nominal that codes an event on its own ("sanctions", "serangan")
    reciprocal: bool = False  # "saling tuduh", "tuduh-menuduh", "accused each other": the actors act on each other
    swapped: bool = False  # a `swap` row: the subject is the target, the marked object the actor ("received from")
    veto: bool = False  # a `---` row: silences the rows inside its words and codes nothing; never returned
    line: int = 0  # line of the pattern in lang/<code>/verbs.tsv, for debugging

    @property
    def relation(self) -> str:
        from .. import taxonomy

        return taxonomy.relation_of(self.code)


@dataclass(frozen=True)
class _Step:
    """One pattern word as the matcher walks it: the forms it accepts (None: the object slot)."""

    accepted: frozenset[str] | None
    optional: bool


class _Sentence:
    """A sentence's tokens with what the matcher reads of each, read from spaCy once: a pattern check revisits the
    same few tokens for every row its anchor starts, and every read of a token attribute builds a new string."""

    __slots__ = ("toks", "lower", "lemma", "barriers", "bares", "forms")

    def __init__(self, toks: list, use_lemmas: bool):
        self.toks = toks
        self.lower = [t.lower_ for t in toks]
        self.lemma = [t.lemma_.lower() for t in toks] if use_lemmas else None  # "" where the tagger gave none
        self.barriers: list[bool | None] = [None] * len(toks)  # filled as the matcher asks
        self.bares: dict[int, str | None] = {}  # clitic-free forms, as the matcher asks
        self.forms: frozenset[str] | None = None  # every form any of its tokens matches as (Lexicon._forms)


@dataclass(frozen=True)
class _Anchor:
    entry: Entry
    voice: str | None  # from morphology; None means "decide from the parse"
    nominal: bool | None
    bare: bool


class Lexicon:
    """A language's verb lexicon with its trigger matcher."""

    def __init__(
        self,
        lang: str,
        entries: list[Entry],
        morphology: Morphology | None,
        settings: dict,
        reporting: Iterable[str],
    ):
        self.lang = lang
        self.entries = entries
        self.morphology = morphology
        self.slot_max = int(settings.get("slot_max", 6))
        self.default_markers = tuple(settings.get("default_object_markers", ()))
        self.use_lemmas = bool(settings.get("use_lemmas", morphology is None))
        self.object_focus_pronouns = frozenset(settings.get("object_focus_pronouns", ()))
        # An object slot stops at a clause boundary: these words, or a verb (a verbal lexicon form in languages
        # without a tagger), so "meminta NATO tidak mengerahkan senjata" is not "ask for weapons".
        self.slot_barriers = frozenset(w.lower() for w in settings.get("slot_barriers", ()))
        self.optional_slot_max = int(settings.get("optional_slot_max", 3))
        self.reciprocal_before = frozenset(w.lower() for w in settings.get("reciprocal_before", ()))
        self.reciprocal_after = tuple(tuple(p.lower().split()) for p in settings.get("reciprocal_after", ()))
        # Refusal rows (notes: `refusal`) take the next trigger as the refused action, through these words:
        # "refused to sign" is 127, "menolak membebaskan" 1243 (newsgraph.taxonomy.refusal_of), never a negated
        # sign or release.
        self.refusal_links = frozenset(w.lower() for w in settings.get("refusal_links", ()))
        self._refusal_lines = frozenset(e.line for e in entries if "refusal" in e.notes.split())
        # Intent rows (notes starting `intent`) take the next trigger as the announced action, through these words:
        # "ready to provide" is 033, "pledged to send troops" 0332, "siap menyerang" 1384
        # (newsgraph.taxonomy.intent_of); an action whose announcement has no code of its own stays apart.
        self.intent_links = frozenset(w.lower() for w in settings.get("intent_links", ()))
        self._intent_lines = frozenset(e.line for e in entries if e.notes.split()[:1] == ["intent"])
        self._reporting = frozenset(w.lower() for w in reporting)
        self._anchors: dict[str, list[_Anchor]] = {}
        self._words: dict[tuple[str, ...], frozenset[str]] = {}
        for entry in entries:
            self._index(entry)
        # Step 0 is the anchor, found by the _anchors lookup; the matcher walks the steps after it.
        self._steps = {id(entry): tuple(
            _Step(None if word.is_slot else self._words.get(word.alternatives), word.optional)
            for word in entry.words) for entry in entries}
        # The words a row needs after its anchor: most rows an anchor starts ("call", "accuse") need a word the
        # sentence does not have at all, which one set test tells before any slot is walked.
        self._lengths = {id(entry): entry.length for entry in entries}
        self._mutual = {id(entry): "reciprocal" in entry.notes.split() for entry in entries}
        self._required = {key: tuple(step.accepted for step in steps[1:] if step.accepted is not None
                                     and not step.optional) for key, steps in self._steps.items()}
        self._verb_forms = frozenset(
            key for key, anchors in self._anchors.items() if any(a.voice not in (None, "bare") for a in anchors)
        )
        self._pattern_words = frozenset().union(*self._words.values())  # every non-anchor word, for knows_word

    # -- loading ----------------------------------------------------------------------------------------------
    def _index(self, entry: Entry) -> None:
        anchor = entry.anchor
        for alt in anchor.alternatives:
            if self.morphology is None:
                self._anchors.setdefault(alt, []).append(_Anchor(entry, None, None, False))
                continue
            groups = entry.forms or ("verb",)
            mine: dict[str, _Anchor] = {}
            for form in self.morphology.generate(Stem.parse(alt), groups):
                # a word that is both the bare verb and the noun of one row ("sanksi") reads as the noun
                if form.word in mine and not form.nominal:
                    continue
                mine[form.word] = _Anchor(entry, form.voice, form.nominal, form.voice == "bare")
            for word, anchor_ in mine.items():
                self._anchors.setdefault(word, []).append(anchor_)
        for word in entry.words[1:]:
            if not word.is_slot and word.alternatives not in self._words:
                self._words[word.alternatives] = self._expand(word)

    def _expand(self, word: Word) -> frozenset[str]:
        """Non-anchor words match as written; "~stem" takes every verbal form of the stem."""
        out: set[str] = set()
        for alt in word.alternatives:
            if alt.startswith("~") and self.morphology is not None:
                out.update(f.word for f in self.morphology.generate(Stem.parse(alt[1:]), ("verb", "ber")))
            else:
                out.add(alt.lstrip("~"))
        return frozenset(out)

    # -- per-token keys ---------------------------------------------------------------------------------------
    def _keys(self, sent: _Sentence, pos: int, headline: bool = False) -> list[str]:
        lower = sent.lower[pos]
        if self.use_lemmas:
            lemma = sent.lemma[pos] or lower
            keys = [lemma]
            if lower != lemma:
                keys.append(lower)
            if headline and (sent.toks[pos].is_title or sent.toks[pos].is_upper):  # headline case confuses the
                keys.extend(_deinflect(lower))  # tagger ("Rejects")
            return keys
        keys = [lower]
        if self.morphology is not None and lower not in self._anchors:
            bare = self._bare(sent, pos)
            if bare:
                keys.append(bare)
            if "-" in lower:  # reduplication: "tuduh-menuduh", "serang-menyerang"
                keys.append(lower.rsplit("-", 1)[1])
        return keys

    def _bare(self, sent: _Sentence, pos: int) -> str | None:
        if pos not in sent.bares:
            sent.bares[pos] = self.morphology.strip_clitic(sent.lower[pos])
        return sent.bares[pos]

    def _may_match(self, required: tuple[frozenset[str], ...], sent: _Sentence) -> bool:
        if not required:
            return True
        forms = sent.forms if sent.forms is not None else self._forms(sent)
        for accepted in required:
            if accepted.isdisjoint(forms):
                return False
        return True

    def _forms(self, sent: _Sentence) -> frozenset[str]:
        """Every form `_word_matches` accepts some token of the sentence as: a row needing a word outside it
        cannot match."""
        if sent.forms is None:
            forms = set(sent.lower)
            if self.use_lemmas:
                forms.update(sent.lemma)
                for pos, tok in enumerate(sent.toks):
                    if tok.is_title or tok.is_upper:
                        forms.update(_deinflect(sent.lower[pos]))
            elif self.morphology is not None:
                forms.update(self._bare(sent, pos) for pos in range(len(sent.toks)))
            sent.forms = frozenset(forms)
        return sent.forms

    def _word_matches(self, sent: _Sentence, pos: int, accepted: frozenset[str]) -> bool:
        lower = sent.lower[pos]
        if lower in accepted:
            return True
        if self.use_lemmas:
            if sent.lemma[pos] in accepted:
                return True
            # title-case words get proper-noun lemmas ("Sanctions"): try plain English stems
            tok = sent.toks[pos]
            return (tok.is_title or tok.is_upper) and any(w in accepted for w in _deinflect(lower))
        if self.morphology is not None:
            bare = self._bare(sent, pos)
            return bare is not None and bare in accepted
        return False

    # -- matching ---------------------------------------------------------------------------------------------
    def find_triggers(self, span) -> list[Trigger]:
        """Triggers in one sentence (a spaCy Doc or Span), longest match first, in text order."""
        toks = list(span)
        headline = self.use_lemmas and _looks_like_headline(toks)
        sent = _Sentence(toks, self.use_lemmas)
        candidates: list[tuple[tuple, Trigger]] = []
        for pos in range(len(toks)):
            seen: set[int] = set()
            for key in self._keys(sent, pos, headline):
                for anchor in self._anchors.get(key, ()):
                    if id(anchor) in seen:
                        continue
                    seen.add(id(anchor))
                    entry = anchor.entry
                    if not self._may_match(self._required[id(entry)], sent):
                        continue
                    matched = self._match(self._steps[id(entry)], 1, sent, pos + 1, [(0, pos)])
                    if matched is None:
                        continue
                    head_pos = next((p for wi, p in matched if wi == entry.head_offset), pos)
                    if not self._pos_ok(entry, toks[head_pos], headline):
                        continue
                    trigger = self._trigger(entry, anchor, sent, matched)
                    rank = (-self._lengths[id(entry)], -len(matched), trigger.tok_start, -len(entry.code),
                            entry.line)  # leftmost-longest
                    candidates.append((rank, trigger))
        candidates.sort(key=lambda c: c[0])
        # A "no event" row vetoes every row whose words all lie inside its own ("beat * in the election" silences
        # "beat"); a row reaching beyond it ("blocks Sweden's bid" beside "bid to join") is left alone.
        vetoes = [set(t.tokens) for _, t in candidates if t.veto]
        if vetoes:
            candidates = [(r, t) for r, t in candidates if not t.veto and not any(set(t.tokens) <= v for v in vetoes)]
        taken: set[int] = set()
        chosen: list[Trigger] = []
        for _, trigger in candidates:
            if taken.intersection(trigger.tokens):
                continue
            taken.update(trigger.tokens)
            chosen.append(trigger)
        chosen.sort(key=lambda t: (t.tok_start, t.head))
        merged = self._merge_refusals(self._merge_reduplication(chosen, span.doc), span.doc)
        return self._merge_intents(merged, span.doc)

    def _merge_intents(self, found: list[Trigger], doc) -> list[Trigger]:
        from .. import taxonomy

        def merge(t: Trigger, nxt: Trigger, gap: tuple[int, ...]) -> Trigger | None:
            announced = taxonomy.intent_of(nxt.code)
            if announced is None:
                return None
            return replace(
                t,
                tok_end=max(t.tok_end, nxt.tok_end),
                tokens=t.tokens + gap + nxt.tokens,
                code=announced,
                gloss=f"{t.gloss}: {nxt.gloss}",
                object_markers=nxt.object_markers or t.object_markers,
                text=" ".join([t.text] + [doc[k].text for k in gap] + [nxt.text]),
                pattern=f"{t.pattern} + {nxt.pattern}",
            )

        return _merge_with_next(found, doc, self._intent_lines, self._intent_lines | self._refusal_lines,
                                self.intent_links, merge)

    def _merge_refusals(self, found: list[Trigger], doc) -> list[Trigger]:
        from .. import taxonomy

        def merge(t: Trigger, nxt: Trigger, gap: tuple[int, ...]) -> Trigger | None:
            if nxt.refused is not None:
                return None
            return replace(
                t,
                tok_end=max(t.tok_end, nxt.tok_end),
                tokens=t.tokens + gap + nxt.tokens,
                # rejecting a claim or statement (a noun) is a plain reject, not declining to comment
                code="120" if nxt.nominal and nxt.code.startswith("01") else taxonomy.refusal_of(nxt.code),
                gloss=t.gloss if nxt.nominal else f"refuse to {nxt.gloss}",
                refused=nxt.code,
                object_markers=nxt.object_markers,
                text=" ".join([t.text] + [doc[k].text for k in gap] + [nxt.text]),
                pattern=f"{t.pattern} + {nxt.pattern}",
            )

        return _merge_with_next(found, doc, self._refusal_lines, self._refusal_lines, self.refusal_links, merge)

    @staticmethod
    def _merge_reduplication(found: list[Trigger], doc) -> list[Trigger]:
        """"tuduh - menuduh" (the tokenizer splits the hyphen): one reciprocal trigger, headed by the affixed form."""
        out: list[Trigger] = []
        for t in found:
            prev = out[-1] if out else None
            if (prev is not None and prev.code == t.code and t.tok_start == prev.tok_end + 1
                    and doc[prev.tok_end].text == "-"):
                out[-1] = replace(
                    t,
                    tok_start=prev.tok_start,
                    tokens=prev.tokens + (prev.tok_end,) + t.tokens,
                    text=f"{prev.text}-{t.text}",
                    reciprocal=True,
                )
                continue
            out.append(t)
        return out

    def _match(self, steps: tuple[_Step, ...], wi: int, sent: _Sentence, pos: int,
               got: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
        """(word index, position in the sentence) for the pattern's words from `wi` on, or None; slots skip
        1..slot_max."""
        if wi == len(steps):
            return got
        step = steps[wi]
        n = len(sent.toks)
        if step.accepted is None:
            widest = self.optional_slot_max if step.optional else self.slot_max
            for width in range(0 if step.optional else 1, widest + 1):
                end = pos + width
                if end > n or width and self._barrier(sent, end - 1):
                    break
                found = self._match(steps, wi + 1, sent, end, got)
                if found is not None:
                    return found
            return None
        if pos < n and self._word_matches(sent, pos, step.accepted):
            found = self._match(steps, wi + 1, sent, pos + 1, got + [(wi, pos)])
            if found is not None:
                return found
        if step.optional:
            return self._match(steps, wi + 1, sent, pos, got)
        return None

    def _barrier(self, sent: _Sentence, pos: int) -> bool:
        barrier = sent.barriers[pos]
        if barrier is None:
            barrier = sent.barriers[pos] = self._is_barrier(sent.toks[pos], sent.lower[pos])
        return barrier

    def _is_barrier(self, tok, lower: str) -> bool:
        if tok.text in _SLOT_STOP or lower in self.slot_barriers:
            return True
        if self.use_lemmas:  # a participle modifying the object ("sweeping sanctions") is no clause boundary, nor a
            # noun the tagger misread as a verb in an object predicate ("called the NATO exercise a provocation")
            return tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "oprd")
        return lower in self._verb_forms

    def _pos_ok(self, entry: Entry, tok, headline: bool = False) -> bool:
        """English rows say whether they are verbs or nouns; the tag of the head token decides.

        In a title-case headline the tagger calls most words proper nouns, so there a capitalised word may be
        the verb ("NATO Rejects Russia's Demand").
        """
        if self.morphology is not None or not tok.pos_:
            return True
        loose = headline and (tok.is_title or tok.is_upper) and tok.pos_ in ("PROPN", "NOUN", "ADJ")
        if "verb" in entry.forms:
            return tok.pos_ in _VERB_POS or loose
        if "noun" in entry.forms:
            return tok.pos_ in _NOUN_POS
        if "adj" in entry.forms:
            return tok.pos_ == "ADJ"
        return tok.pos_ in _VERB_POS or tok.pos_ in _NOUN_POS or loose

    def _trigger(self, entry: Entry, anchor: _Anchor, sent: _Sentence, pairs: list[tuple[int, int]]) -> Trigger:
        toks = sent.toks
        matched = [pos for wi, pos in pairs if not entry.words[wi].context]
        head_pos = next((pos for wi, pos in pairs if wi == entry.head_offset), matched[0])
        head_tok = toks[head_pos]
        if self.morphology is not None:
            nominal = bool(anchor.nominal)
            voice, bare = anchor.voice, anchor.bare
            if bare:
                # Object focus: a pronoun agent right before the bare verb ("Israel pun ia kecam"), or a bare verb
                # closing its clause with the patient fronted ("Klaim itu langsung Filipina tolak.").
                prev = sent.lower[matched[0] - 1] if matched[0] > 0 else ""
                last = max(p for _, p in pairs)
                closing = last + 1 >= len(toks) or toks[last + 1].is_punct
                fronted = closing and matched[0] > 1 and not (prev in self.reciprocal_before)
                voice = "object_focus" if prev in self.object_focus_pronouns or fronted else "active"
        else:
            nominal = "verb" not in entry.forms and head_tok.pos_ in _NOUN_POS
            bare = False
            if nominal:
                voice = None
            elif any(child.dep_ in _PASSIVE_DEPS for child in head_tok.children):
                voice = "passive"
            else:
                voice = "active"
        offset = toks[0].i  # the sentence's tokens are contiguous in the doc
        indices = tuple(offset + p for p in matched)
        first, last = min(matched), max(matched)
        # a row whose act is mutual by its words ("traded accusations"; notes: `reciprocal`)
        reciprocal = self._mutual[id(entry)] or first > 0 and sent.lower[first - 1] in self.reciprocal_before
        for phrase in self.reciprocal_after:  # right after the verb ("accused each other of") or the phrase
            for end in {first, last}:
                after = tuple(sent.lower[end + 1 : end + 1 + len(phrase)])
                reciprocal = reciprocal or after == phrase
        return Trigger(
            tok_start=min(indices),
            tok_end=max(indices) + 1,
            tokens=indices,
            head=head_tok.i,
            code=entry.code,
            gloss=entry.gloss,
            voice=voice,
            nominal=nominal,
            object_markers=entry.markers or self.default_markers,
            pattern=entry.pattern,
            text=" ".join(toks[p].text for p in matched),
            bare=bare,
            refused=entry.refuses,
            standalone=nominal and "needs_verb" not in entry.notes,
            reciprocal=reciprocal,
            swapped=entry.swapped,
            veto=entry.is_veto,
            line=entry.line,
        )

    # -- other questions the extractor asks -------------------------------------------------------------------
    def knows_word(self, word: str) -> bool:
        """Whether a lower-case word (any inflection) is part of some lexicon entry: "rejects", "talks"."""
        if word in self._anchors or word in self._pattern_words:
            return True
        return self.use_lemmas and any(stem in self._anchors for stem in _deinflect(word))

    def is_reporting_verb(self, token_or_text) -> bool:
        """Speech verbs that introduce reported speech (say, tell, mengatakan, ujar, menurut, ...)."""
        if isinstance(token_or_text, str):
            words = [token_or_text.strip().lower()]
        else:
            words = [token_or_text.lower_]
            if self.use_lemmas and token_or_text.lemma_:
                words.insert(0, token_or_text.lemma_.lower())
        for word in words:
            if word in self._reporting:
                return True
            if self.use_lemmas and any(w in self._reporting for w in _deinflect(word)):
                return True
            if self.morphology is not None:
                bare = self.morphology.strip_clitic(word)
                if bare and bare in self._reporting:
                    return True
        return False

    def nominal_only_ok(self, trigger: Trigger) -> bool:
        """Whether a nominal trigger codes an event without a verb ("serangan Rusia terhadap Ukraina")."""
        return trigger.nominal and trigger.standalone

    def codes(self) -> set[str]:
        """The CAMEO codes the lexicon can assign (veto rows assign none)."""
        return {e.code for e in self.entries if not e.is_veto}


def _merge_with_next(found: list[Trigger], doc, lines: frozenset[int], stance_lines: frozenset[int],
                     links: frozenset[str], merge) -> list[Trigger]:
    """Join a stance trigger (a row on one of `lines`: refusal, intent) with the trigger right after it, through
    at most two link words, into the one trigger `merge` makes of them (None: leave both as they are)."""
    if not lines:
        return found
    out: list[Trigger] = []
    i = 0
    while i < len(found):
        t = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if t.line in lines and nxt is not None and nxt.line not in stance_lines:
            gap = tuple(range(t.tok_end, nxt.tok_start))
            if len(gap) <= 2 and all(doc[k].lower_ in links for k in gap):
                merged = merge(t, nxt, gap)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
        out.append(t)
        i += 1
    return out


def _looks_like_headline(toks) -> bool:
    """Title case: "NATO Rejects Russia's Demand", not "Talks between Russia and Ukraine began in Istanbul".

    Names are capitalised in body text too, so the test is the absence of lower-case content words.
    """
    words = [t for t in toks[1:] if t.is_alpha and len(t.text) > 4]
    if not words:
        return any(t.is_title or t.is_upper for t in toks[1:] if t.is_alpha)
    return sum(1 for t in words if t.is_lower) <= 0.25 * len(words)


def _deinflect(word: str) -> list[str]:
    """Naive English stems for words the tagger got wrong (title-case headlines)."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    if word.endswith("ied"):
        out.append(word[:-3] + "y")
    if word.endswith("ed"):
        out += [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:
            out.append(word[:-3])
    if word.endswith("ing") and len(word) > 5:
        out += [word[:-3], word[:-3] + "e"]
    return out
