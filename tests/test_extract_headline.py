"""Title-case headlines are parsed in sentence case, with known names and unknown words left as written."""

from __future__ import annotations

from newsgraph.extract.headline import looks_title_case, sentence_case
from newsgraph.extract.article import _headline_case, _lexicon, _resolver
from newsgraph.language.pipeline import get_pipeline


def recase(text: str) -> str:
    return _headline_case(text, get_pipeline("en"), _resolver("en"), _lexicon("en"))


def test_common_words_are_lower_cased_and_actor_names_kept():
    assert recase("NATO Rejects Russia's Demand for Security Guarantees") == \
        "NATO rejects Russia's demand for security guarantees"


def test_unknown_capitalised_words_stay_names():
    assert recase("Erdogan Hosts Pezeshkian in Ankara").split()[2] == "Pezeshkian"


def test_dictionary_words_are_common_words():
    # "Children's Hospital" left capitalised read as a name and hid the strike on Kyiv
    assert recase("Russian Missiles Hit Kyiv Children's Hospital") == "Russian missiles hit Kyiv children's hospital"
    assert recase("US Imposes Sanctions on Chinese Firms").endswith("Chinese firms")


def test_sentence_case_text_is_left_alone():
    text = "Talks between Russia and Ukraine began in Istanbul on Monday."
    assert recase(text) == text


def test_offsets_survive_recasing():
    text = "Ärzte Rejects İstanbul Talks"  # letters whose lower case changes length are left as written
    assert len(recase(text)) == len(text)


def test_title_case_detection():
    nlp = get_pipeline("en")
    assert looks_title_case(nlp.make_doc("Iran Warns Israel of Crushing Response"))
    assert not looks_title_case(nlp.make_doc("Iran warned Israel of a crushing response on Monday."))
    assert sentence_case("plain text here", nlp.make_doc, lambda d: [], lambda w: True) == "plain text here"


def test_an_unknown_capitalised_word_in_a_title_case_headline_is_no_actor():
    from newsgraph.extract import extract_article
    from newsgraph.model import Article

    article = Article(id="h", text="", paragraphs=[], title="Biden Vows Ironclad Support for Israel", language="en")
    objects = {e.object.label for e in extract_article(article)}
    assert "Ironclad" not in objects


def test_a_headline_lists_its_subjects_with_a_comma():
    import datetime as dt

    from newsgraph.extract import extract_article
    from newsgraph.model import Article

    article = Article(id="h", text="", paragraphs=[], title="Iran, US hold 'constructive' talks in Oman, agree to meet again",
                      date=dt.date(2025, 4, 13), language="en")
    found = {(e.subject.label, e.relation, e.object.label) for e in extract_article(article)}
    assert {("Iran", "consult", "United States"), ("United States", "consult", "Iran"),
            ("Iran", "express_intent_to_cooperate", "United States")} <= found
