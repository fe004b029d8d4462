"""The UD-dependency role-assignment strategy (newsgraph.extract.ud_dependency) on hand-parsed Indonesian sentences.

The trees are set by hand (UD labels, as the trained parser of tools/train_id_parser.py produces them), so these tests
check the strategy's reading of the tree, not a model's accuracy; triggers and mentions come from the real
Indonesian lexicon and actor resolver.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.frames import QuoteRegion, SentenceContext
from newsgraph.extract.grammar import load_grammar
from newsgraph.extract.ud_dependency import assign_roles


@pytest.fixture(scope="module")
def tools():
    from newsgraph.actors import ActorResolver, ArticleActors, load_kb
    from newsgraph.lexicon import load_lexicon

    return spacy.blank("id").vocab, load_lexicon("id"), ActorResolver(load_kb(), lang="id"), ArticleActors


def parse(tools, rows: str) -> Doc:
    """A Doc from 'word head dep pos' lines; heads are 1-based token numbers, 0 for the root (as in CoNLL-U)."""
    vocab = tools[0]
    lines = [line.split() for line in rows.strip().splitlines()]
    return Doc(
        vocab,
        words=[w for w, _, _, _ in lines],
        heads=[int(h) - 1 if h != "0" else i for i, (_, h, _, _) in enumerate(lines)],
        deps=[d if h != "0" else "ROOT" for _, h, d, _ in lines],
        pos=[p for *_, p in lines],
    )


def frames_of(tools, doc: Doc, quotes=()):
    _, lexicon, resolver, tracker = tools
    sent = doc[:]
    ctx = SentenceContext(headline=False, quotes=list(quotes), lexicon=lexicon, grammar=load_grammar("id"))
    mentions = resolver.find_mentions(sent, tracker())
    return assign_roles(sent, mentions, lexicon.find_triggers(sent), ctx), mentions


def triples(frames):
    return {(s.actor.label, f.trigger.code[:2], o.actor.label, f.negated) for f in frames
            for s in f.subjects for o in f.objects}


def test_active_clause(tools):
    doc = parse(tools, """
        Rusia 2 nsubj PROPN
        menyerang 0 root VERB
        Ukraina 2 obj PROPN
        . 2 punct PUNCT""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("Russia", "19", "Ukraine", False)}
    assert "passive" not in frames[0].features


def test_passive_with_oleh(tools):
    doc = parse(tools, """
        Ukraina 2 nsubj:pass PROPN
        diserang 0 root VERB
        oleh 4 case ADP
        Rusia 2 obl:agent PROPN
        . 2 punct PUNCT""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("Russia", "19", "Ukraine", False)}
    assert "passive" in frames[0].features


def test_passive_oleh_labelled_plain_obl(tools):
    # The parser may label the agent phrase obl rather than obl:agent: its "oleh" marks it all the same.
    doc = parse(tools, """
        Ukraina 2 nsubj:pass PROPN
        dikecam 0 root VERB
        oleh 4 case ADP
        NATO 2 obl PROPN""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("NATO", "11", "Ukraine", False)}


def test_bare_passive_agent_after_verb(tools):
    doc = parse(tools, """
        Ukraina 2 nsubj:pass PROPN
        diserang 0 root VERB
        Rusia 2 obj PROPN""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("Russia", "19", "Ukraine", False)}


def test_passive_without_agent_gives_nothing(tools):
    doc = parse(tools, """
        Ukraina 2 nsubj:pass PROPN
        diserang 0 root VERB
        kemarin 2 obl:tmod ADV""")
    frames, _ = frames_of(tools, doc)
    assert frames == []


def test_negation_kept_as_a_flag(tools):
    doc = parse(tools, """
        Indonesia 3 nsubj PROPN
        tidak 3 advmod PART
        mengecam 0 root VERB
        Israel 3 obj PROPN
        . 3 punct PUNCT""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("Indonesia", "11", "Israel", True)}


def test_coordinated_subjects_give_one_triple_each(tools):
    doc = parse(tools, """
        NATO 5 nsubj PROPN
        dan 3 cc CCONJ
        Amerika 1 conj PROPN
        Serikat 3 flat:name PROPN
        mengecam 0 root VERB
        Rusia 5 obj PROPN
        . 5 punct PUNCT""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("NATO", "11", "Russia", False), ("United States", "11", "Russia", False)}


def test_coordinated_objects(tools):
    doc = parse(tools, """
        Rusia 2 nsubj PROPN
        mengecam 0 root VERB
        NATO 2 obj PROPN
        dan 5 cc CCONJ
        Ukraina 3 conj PROPN""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("Russia", "11", "NATO", False), ("Russia", "11", "Ukraine", False)}


def test_reported_speech_records_the_speaker_as_source(tools):
    doc = parse(tools, """
        China 2 nsubj PROPN
        mengatakan 0 root VERB
        Rusia 4 nsubj PROPN
        menyerang 2 ccomp VERB
        Ukraina 4 obj PROPN
        . 2 punct PUNCT""")
    frames, _ = frames_of(tools, doc)
    # The speech verb itself is no event (no addressee); the reported clause is, with China as its source.
    assert triples(frames) == {("Russia", "19", "Ukraine", False)}
    assert frames[0].source.actor.label == "China"


def test_nominal_event_with_marked_target(tools):
    doc = parse(tools, """
        serangan 0 root NOUN
        Rusia 1 nmod PROPN
        terhadap 4 case ADP
        Ukraina 1 nmod PROPN""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("Russia", "19", "Ukraine", False)}
    assert "nominal" in frames[0].features


def test_unmarked_oblique_is_not_a_target(tools):
    # "di Ukraina" is where, not whom: no target, so no event.
    doc = parse(tools, """
        Rusia 2 nsubj PROPN
        menyerang 0 root VERB
        di 4 case ADP
        Ukraina 2 obl PROPN""")
    frames, _ = frames_of(tools, doc)
    assert frames == []


def test_subject_in_a_relative_clause_is_not_the_main_subject(tools):
    # "Negara yang didukung NATO mengecam Rusia": NATO sits in the relative clause under the subject.
    doc = parse(tools, """
        Negara 4 nsubj NOUN
        yang 3 nsubj:pass PRON
        didukung 1 acl:relcl VERB
        NATO 3 obj PROPN
        mengecam 0 root VERB
        Rusia 5 obj PROPN""")
    frames, _ = frames_of(tools, doc)
    assert not any(s.actor.label == "NATO" and f.trigger.code.startswith("11") for f in frames for s in f.subjects)


def test_quote_attributed_to_its_speaker(tools):
    doc = parse(tools, """
        Rusia 2 nsubj PROPN
        menyerang 0 root VERB
        Ukraina 2 obj PROPN""")
    _, lexicon, resolver, tracker = tools
    speaker = resolver.find_mentions(parse(tools, "NATO 0 root PROPN")[:], tracker())[0]
    frames, _ = frames_of(tools, doc, quotes=[QuoteRegion(0, len(doc.text), speaker)])
    assert frames[0].quote and frames[0].source.actor.label == "NATO"


def test_subjects_each_labelled_nsubj_are_coordinated(tools):
    # Parsers trained on small treebanks often label both conjuncts nsubj: each still gets its triple.
    doc = parse(tools, """
        Kosovo 4 nsubj PROPN
        dan 3 cc CCONJ
        Serbia 4 nsubj PROPN
        mengecam 0 root VERB
        Rusia 4 obj PROPN""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("Kosovo", "11", "Russia", False), ("Serbia", "11", "Russia", False)}


def test_actor_parsed_as_complement_subject_is_the_target(tools):
    # "Amerika Serikat menuduh Tiongkok memasok senjata kepada Rusia": China is accused, not Russia.
    doc = parse(tools, """
        Amerika 3 nsubj PROPN
        Serikat 1 flat:name PROPN
        menuduh 0 root VERB
        Tiongkok 5 nsubj PROPN
        memasok 3 ccomp VERB
        senjata 5 obj NOUN
        kepada 8 case ADP
        Rusia 5 obl PROPN""")
    frames, _ = frames_of(tools, doc)
    assert ("United States", "11", "China", False) in triples(frames)
    assert not any(o.actor.label == "Russia" for f in frames if f.trigger.code.startswith("11") for o in f.objects)


def test_subject_of_passive_matrix_does_the_complement(tools):
    doc = parse(tools, """
        Rusia 2 nsubj:pass PROPN
        dijadwalkan 0 root VERB
        menyerang 2 xcomp VERB
        Ukraina 3 obj PROPN""")
    frames, _ = frames_of(tools, doc)
    assert ("Russia", "19", "Ukraine", False) in triples(frames)


def test_actor_in_a_place_phrase_is_not_the_target(tools):
    # "membahas situasi di Ukraina": Ukraine is where, the object is the situation.
    doc = parse(tools, """
        Rusia 2 nsubj PROPN
        mengecam 0 root VERB
        situasi 2 obj NOUN
        di 5 case ADP
        Ukraina 3 nmod PROPN""")
    frames, _ = frames_of(tools, doc)
    assert frames == []


def test_headline_is_read_by_the_word_order_rules(tools):
    # The treebank has no title-case headlines: the parser reads them as one long name, so the rules take over.
    doc = parse(tools, """
        Rusia 0 root PROPN
        Tolak 1 flat:name PROPN
        Tuntutan 1 flat:name PROPN
        AS 1 flat:name PROPN""")
    _, lexicon, resolver, tracker = tools
    sent = doc[:]
    ctx = SentenceContext(headline=True, quotes=[], lexicon=lexicon, grammar=load_grammar("id"))
    frames = assign_roles(sent, resolver.find_mentions(sent, tracker()), lexicon.find_triggers(sent), ctx)
    assert triples(frames) == {("Russia", "12", "United States", False)}
    assert "linear-fallback" in frames[0].features


def test_verb_hung_under_a_nominal_root_falls_back_to_the_rules(tools):
    doc = parse(tools, """
        Niger 0 root PROPN
        memutus 1 nmod VERB
        hubungan 2 nmod NOUN
        diplomatik 3 amod ADJ
        dengan 6 case ADP
        Prancis 3 nmod PROPN""")
    frames, _ = frames_of(tools, doc)
    assert triples(frames) == {("Niger", "16", "France", False)}
    assert "linear-fallback" in frames[0].features
