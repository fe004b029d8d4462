"""Extraction of one article: language pipeline → actor mentions → triggers → roles → events."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Span

from newsgraph.extract import confidence, cues
from newsgraph.extract.anaphora import event_anaphors
from newsgraph.extract.frames import Frame, QuoteRegion, SentenceContext
from newsgraph.extract.grammar import Grammar, load_grammar
from newsgraph.extract.strategies import get_strategy
from newsgraph.language.pipeline import get_pipeline, language_spec
from newsgraph.model import Actor, Article, Event, Mention

EXTRACTOR_NAME = "newsgraph-rules/0.1"


def _resolver(lang: str, kb=None):
    """The resolver for `lang` over `kb` (default: the bundled knowledge base), built once per (kb, lang)."""
    from newsgraph.actors import load_kb

    return _resolver_for(load_kb() if kb is None else kb, lang)


@functools.lru_cache(maxsize=16)
def _resolver_for(kb, lang: str):
    # Keyed by the KB object itself (KnowledgeBase hashes by identity), which the cache also keeps alive.
    from newsgraph.actors import ActorResolver

    return ActorResolver(kb, lang=lang)


@functools.cache
def _lexicon(lang: str):
    from newsgraph.lexicon import load_lexicon

    return load_lexicon(lang)


def _segments(article: Article) -> list[tuple[str, bool]]:
    """(text, is_headline) in reading order: headline, standfirst, body paragraphs."""
    out: list[tuple[str, bool]] = []
    if article.title and article.title.strip():
        out.append((article.title.strip(), True))
    if article.subtitle and article.subtitle.strip():
        out.append((article.subtitle.strip(), False))
    paragraphs = article.paragraphs or [p for p in article.text.split("\n\n")]
    out.extend((p.strip(), False) for p in paragraphs if p.strip())
    return out


def _reading_order(segments: list[tuple[str, bool]]) -> list[int]:
    """The order in which to resolve a segment's actors: the headline last. A headline shortens the names the body
    gives in full ("Kim" for "Kim Jong Un", "Maduro win"), and only after the body does the article know whose they
    are. Sentence indices stay those of reading order."""
    return [i for i, (_, headline) in enumerate(segments) if not headline] + [
        i for i, (_, headline) in enumerate(segments) if headline]


def _first_indices(sentences: list[list[Span]]) -> list[int]:
    """The article-wide index of each segment's first sentence, in reading order."""
    out, index = [], 0
    for sents in sentences:
        out.append(index)
        index += len(sents)
    return out


def _first_person(sent: Span, quotes: list[QuoteRegion], mentions: list[Mention], g: Grammar) -> list[Mention]:
    """Inside a quote, "kami"/"we" is the speaker's side (the body a person speaks for, or the speaker itself) and
    "saya"/"I" the speaker in person."""
    if not quotes:
        return []
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out = []
    for tok in sent:
        if tok.lower_ in g.first_person and tok.i not in taken:
            region = next((q for q in quotes if q.start <= tok.idx < q.end), None)
            if region is None or region.speaker.actor is None:
                continue
            speaker = region.speaker.actor
            # "saya" is the minister in person; "kami" the government they speak for
            side = speaker if tok.lower_ in g.first_person_singular else speaker.affiliation or speaker
            out.append(Mention(tok.text, tok.idx, tok.idx + len(tok.text), side, tok.lower_, "coref", tok.i, tok.i + 1))
    return out


def _related(a: Actor, b: Actor) -> bool:
    """The same actor, or a person and the body they speak for: no event between them."""
    if a.key == b.key:
        return True
    return (a.affiliation is not None and a.affiliation.key == b.key) or (
        b.affiliation is not None and b.affiliation.key == a.key
    )


@functools.cache
def _converse_codes() -> dict[str, str]:
    """CAMEO codes also coded the other way round (a visit is the host's 043), from converse.tsv."""
    path = Path(__file__).with_name("converse.tsv")
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
    return {code.strip(): converse.strip() for code, converse in rows}


# Visits are diplomatic (CAMEO 042/043); armed forces arriving somewhere are not visiting it.
VISIT_CODES = ("042", "043")
FORCES_ROLES = frozenset({"military", "troops", "army", "navy", "air_force"})


def _pairs(frame: Frame) -> Iterator[tuple[Mention, Mention, str]]:
    """(subject, object, code) for every event a frame asserts, converse events included."""
    converse = None if "reciprocal" in frame.features else _converse_codes().get(frame.trigger.code)
    # a role-swap row ("Ukraine received jets from Denmark"): the clause's subject is the event's target
    swapped = getattr(frame.trigger, "swapped", False)
    for subj in frame.subjects:
        for obj in frame.objects:
            actor, target = (obj, subj) if swapped else (subj, obj)
            if frame.trigger.code.startswith(VISIT_CODES) and (actor.actor and actor.actor.role) in FORCES_ROLES:
                continue  # "NATO troops arrived in Bosnia" is a deployment, not a state visit
            yield actor, target, frame.trigger.code
            if converse:
                yield target, actor, converse


def _headline_case(text: str, nlp, resolver, lexicon) -> str:
    from newsgraph.extract.headline import sentence_case

    stop_words = nlp.Defaults.stop_words
    dictionary = _dictionary_words(nlp)
    def is_common(word: str) -> bool:
        return word in stop_words or lexicon.knows_word(word) or _in_dictionary(word, dictionary)

    return sentence_case(text, nlp.make_doc, lambda doc: resolver.find_mentions(doc[:]), is_common)


@functools.lru_cache(maxsize=4)
def _dictionary_words(nlp) -> frozenset[str]:
    """The words a pipeline's rule lemmatizer lists (English: WordNet's index), if it has one: in a title-case
    headline, "Children's Hospital" and "Chinese Firms" are common words, not names. Only known actors act in such
    a headline anyway, so a name that is also a dictionary word loses nothing by being lower-cased."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    words = {w for ws in lookups.get_table("lemma_index").values() for w in ws}
    if lookups.has_table("lemma_exc"):  # irregular forms: "children", "men"
        words |= {w for table in lookups.get_table("lemma_exc").values() for w in table}
    return frozenset(words)


def _in_dictionary(word: str, dictionary: frozenset[str]) -> bool:
    """The word or its regular singular ("firms", "talks", "allies")."""
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word,
             word[:-3] + "y" if word.endswith("ies") else word}
    return not forms.isdisjoint(dictionary)


def _events(frames: list[Frame], article: Article, sent: Span, index: int, headline: bool,
            original: str) -> Iterator[Event]:
    """The events of a sentence's frames. `original` is the segment as written: the parsed text may differ in
    case only (a title-case headline is parsed in sentence case), so its offsets hold, and evidence is quoted
    as written."""
    from newsgraph.taxonomy import code as cameo_code

    evidence = original[sent.start_char : sent.end_char].strip()
    for frame in frames:
        t = frame.trigger
        doc = sent.doc
        trigger_text = original[doc[t.tok_start].idx : doc[t.tok_end - 1].idx + len(doc[t.tok_end - 1])]
        for subj, obj, code in _pairs(frame):
            if subj.actor is None or obj.actor is None or _related(subj.actor, obj.actor):
                continue
            info = cameo_code(code)
            source = frame.source.actor if frame.source is not None else None
            if source is not None and source.key == subj.actor.key:
                source = None
            yield Event(
                article=article.id,
                lang=article.language or "",
                date=article.date,
                subject=subj.actor,
                relation=info.relation,
                cameo=info.code,
                verb=t.gloss,
                object=obj.actor,
                evidence=evidence,
                confidence=confidence.score(frame, subj, obj, headline=headline),
                negated=frame.negated,
                extractor=EXTRACTOR_NAME,
                modality=frame.modality,
                source=source,
                quote=frame.quote,
                trigger=trigger_text,
                sentence=index,
                headline=headline,
                article_title=article.title,
                article_url=article.url,
            )


def _dedupe(events: list[Event]) -> list[Event]:
    """The same claim said twice in one article is one event: keep its best evidence. In the body a claim is its
    CAMEO code ("summoned Pakistan's envoy", 114, and "accuses Pakistan", 112, are two acts); a headline sums the
    body up in other words, so it repeats any body claim of the same class."""
    best: dict[tuple, Event] = {}
    body_claims = {_claim(e) for e in events if not e.headline}
    for e in events:
        if e.headline and _claim(e) in body_claims:
            continue
        key = _claim(e) + (e.cameo,)
        kept = best.get(key)
        if kept is None or e.confidence > kept.confidence:
            best[key] = e
    return sorted(best.values(), key=lambda e: (e.sentence or 0, e.subject.key, e.object.key))


def _claim(e: Event) -> tuple:
    return e.subject.key, e.relation, e.object.key, e.negated, e.modality


def extract_article(article: Article, *, min_confidence: float = 0.0, kb=None) -> list[Event]:
    """Every event the article supports, each with its evidence sentence. `article.language` must be set.
    `kb`: the actor knowledge base to resolve against (default: the bundled one; see `newsgraph.actors.load_kb`)."""
    lang = article.language
    if not lang:
        raise ValueError(f"{article.id}: language unknown; detect it before extraction")
    spec = language_spec(lang)
    nlp = get_pipeline(lang)
    resolver = _resolver(lang, kb)
    lexicon = _lexicon(lang)
    grammar = load_grammar(lang)
    strategy = get_strategy(spec.extractor)

    from newsgraph.actors import ArticleActors

    tracker = ArticleActors(date=article.date)
    segments = _segments(article)
    events: list[Event] = []
    parsed = [_headline_case(text, nlp, resolver, lexicon) if headline and grammar.headline_sentence_case else text
              for text, headline in segments]
    docs = list(nlp.pipe(parsed))
    sentences = [list(doc.sents) for doc in docs]  # spaCy builds the spans anew on every `doc.sents`
    firsts = _first_indices(sentences)
    for at in _reading_order(segments):
        (original, headline), text, doc = segments[at], parsed[at], docs[at]
        index = firsts[at]
        per_sentence = [(sent, resolver.find_mentions(sent, tracker)) for sent in sentences[at]]
        if text != original:
            # A title-case headline: a capitalised word no knowledge base knows ("Biden Vows Ironclad Support") is
            # as likely a common word as a name, so only known actors act in it.
            per_sentence = [(sent, [m for m in ms if not m.unknown_name]) for sent, ms in per_sentence]
        quotes = cues.find_quote_regions(doc, [m for _, ms in per_sentence for m in ms], grammar,
                                         _next_paragraph_speaker(at, segments, docs, resolver, tracker, grammar),
                                         text=text)
        ctx = SentenceContext(headline=headline, quotes=quotes, lexicon=lexicon, grammar=grammar)
        for sent, mentions in per_sentence:
            mentions = mentions + _first_person(sent, quotes, mentions, grammar)
            triggers = lexicon.find_triggers(sent)
            mentions = mentions + event_anaphors(sent, mentions, triggers, lexicon, events, index, grammar)
            triggers = _outside_names(triggers, mentions)
            if len(mentions) >= 2:  # with no trigger, an obligation ("X harus ...", kata Y) is still a demand
                frames = strategy(sent, mentions, triggers, ctx)
                events.extend(_events(frames, article, sent, index, headline, original))
            index += 1
    return [e for e in _dedupe(events) if e.confidence >= min_confidence]


def _next_paragraph_speaker(at: int, segments, docs, resolver, tracker, grammar) -> Mention | None:
    """Who a quote left open at the end of paragraph `at` belongs to: the speaker the next paragraph's opening quote
    names ('"We urge the South Korean side ...' then '"We also hope ...," spokesman Guo Wei said'). The next
    paragraph is resolved on a copy of the article's actors, so its own reading is not disturbed."""
    text, headline = segments[at]
    if headline or at + 1 >= len(segments) or segments[at + 1][1] or not cues.opens_unclosed_quote(text):
        return None
    scratch = copy.deepcopy(tracker)
    doc = docs[at + 1]
    mentions = [m for sent in doc.sents for m in resolver.find_mentions(sent, scratch)]
    return cues.opening_quote_speaker(doc, mentions, grammar)


def _outside_names(triggers, mentions: list[Mention]) -> list:
    """A word of a name is no predicate: "States" in "the Economic Community of West African States", "Watch" in
    an unknown watchdog's name. Role phrases and pronouns are not names; an event anaphor ("the strikes") is, here:
    its event was coded where it was first told."""
    inside = {i for m in mentions if m.tok_end - m.tok_start > 1 and m.how not in ("role", "coref")
              for i in range(m.tok_start, m.tok_end)}
    return [t for t in triggers if t.head not in inside]


def extract_articles(articles: Iterable[Article], *, min_confidence: float = 0.0,
                     kb=None) -> Iterator[tuple[Article, list[Event]]]:
    for article in articles:
        yield article, extract_article(article, min_confidence=min_confidence, kb=kb)
