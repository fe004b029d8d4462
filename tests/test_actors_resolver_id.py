"""The actor resolver on Indonesian sentences (spaCy blank "id" + sentencizer: no NER) and the seed article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.actors import ArticleActors, resolver_for
from newsgraph.language.pipeline import get_pipeline

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_618aedad57d5a04c.txt"
DATE = dt.date(2022, 11, 29)


@pytest.fixture(scope="module")
def nlp():
    # The language stage's Indonesian pipeline: spaCy's blank "id" tokenizer plus a sentencizer.
    pipeline = get_pipeline("id")
    assert pipeline.pipe_names == ["sentencizer"]
    return pipeline


@pytest.fixture(scope="module")
def resolver():
    return resolver_for("id")


def mentions(nlp, resolver, text, date=DATE):
    tracker = ArticleActors(date=date)
    out = []
    for sent in nlp(text).sents:
        out += resolver.find_mentions(sent, tracker)
    return out


def summary(ms):
    return [(m.text, m.actor.label if m.actor else None) for m in ms]


def test_a_role_phrase_with_a_name_is_one_mention_of_the_person(nlp, resolver):
    text = "Sekretaris Jenderal NATO Jens Stoltenberg pada Selasa mengatakan bahwa dialog gagal."
    doc = nlp(text)
    [m] = [m for m in resolver.find_mentions(doc[:], ArticleActors(date=DATE))]
    assert m.text == "Sekretaris Jenderal NATO Jens Stoltenberg"
    assert (m.start, m.end) == (0, len("Sekretaris Jenderal NATO Jens Stoltenberg"))
    assert (m.tok_start, m.tok_end) == (0, 5)
    assert m.actor.label == "Jens Stoltenberg" and m.actor.qid == "Q57665"
    assert m.actor.affiliation.label == "NATO" and m.actor.role == "Secretary General"


def test_offsets_are_relative_to_the_whole_doc(nlp, resolver):
    doc = nlp("Rusia menyerang. Kemudian Moskow membantah tuduhan NATO.")
    second = list(doc.sents)[1]
    ms = resolver.find_mentions(second, ArticleActors(date=DATE))
    assert [doc.text[m.start:m.end] for m in ms] == ["Moskow", "NATO"]
    assert [doc[m.tok_start:m.tok_end].text for m in ms] == ["Moskow", "NATO"]


def test_title_and_date_pick_the_office_holder(nlp, resolver):
    [m] = mentions(nlp, resolver, "Presiden Vladimir Putin menolak usulan itu.")
    assert m.actor.label == "Vladimir Putin" and m.actor.affiliation.label == "Russia"
    [m] = mentions(nlp, resolver, "Sekjen NATO mengecam serangan itu.", dt.date(2025, 2, 1))
    assert m.actor.label == "Mark Rutte" and m.how == "office"


def test_role_phrases_without_a_name_resolve_to_the_body(nlp, resolver):
    ms = mentions(nlp, resolver, "Pemerintah Rusia dan militer Israel membantah, sementara pasukan Rusia "
                                 "bergerak dan Kementerian Luar Negeri China diam; juru bicara Kremlin menolak.")
    assert [(m.text, m.actor.label, m.actor.role) for m in ms] == [
        ("Pemerintah Rusia", "Russia", "government"),
        ("militer Israel", "Israel", "military"),
        ("pasukan Rusia", "Russia", "troops"),
        ("Kementerian Luar Negeri China", "China", "foreign ministry"),
        ("juru bicara Kremlin", "Russia", "spokesperson"),
    ]


def test_a_bracketed_abbreviation_stays_inside_the_mention(nlp, resolver):
    [m] = mentions(nlp, resolver, "Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken tiba di Jakarta.")[:1]
    assert m.text == "Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken"
    assert m.actor.label == "Antony Blinken" and m.actor.affiliation.label == "United States"


def test_regions_are_mentions_of_type_region(nlp, resolver):
    ms = mentions(nlp, resolver, "NATO berekspansi ke Eropa Timur dan Timur Tengah.")
    assert [(m.text, m.actor.type) for m in ms] == [("NATO", "organization"), ("Eropa Timur", "region"),
                                                      ("Timur Tengah", "region")]


def test_hyphenated_pairs_and_clitics(nlp, resolver):
    ms = mentions(nlp, resolver, "Dialog NATO-Rusia gagal karena Rusia-nya menolak, kata pejabat di Kiev's.")
    assert summary(ms) == [("NATO", "NATO"), ("Rusia", "Russia"), ("Rusia", "Russia"), ("Kiev", "Ukraine")]


def test_ambiguous_names_resolve_by_context_or_not_at_all(nlp, resolver):
    [m] = mentions(nlp, resolver, "Brussel menolak usulan itu.")
    assert m.actor is None and m.matched == "Brussel"
    ms = mentions(nlp, resolver, "Para menteri NATO bertemu. Brussel menolak usulan Moskow.")
    assert summary(ms)[1] == ("Brussel", "NATO")
    ms = mentions(nlp, resolver, "Korea menembakkan rudal, kata Pyongyang.")
    assert summary(ms) == [("Korea", "North Korea"), ("Pyongyang", "North Korea")]


def test_coreference_cues(nlp, resolver):
    ms = mentions(nlp, resolver, "Sekjen NATO mengatakan bahwa pihaknya tidak akan mundur. "
                                 "Ukraina ingin bergabung dengan aliansi tersebut.")
    assert [(m.text, m.actor.label, m.how) for m in ms] == [
        ("Sekjen NATO", "Jens Stoltenberg", "office"),
        ("pihaknya", "NATO", "coref"),
        ("Ukraina", "Ukraine", "alias"),
        ("aliansi tersebut", "NATO", "coref"),
    ]
    ms = mentions(nlp, resolver, "Rusia dan Ukraina bertemu di Istanbul. Kedua negara sepakat membuka koridor.")
    assert [(m.text, m.actor.label) for m in ms if m.how == "coref"] == [("Kedua negara", "Russia"),
                                                                          ("Kedua negara", "Ukraine")]
    ms = mentions(nlp, resolver, "NATO menggelar pertemuan. Mereka membahas bantuan.")
    assert summary(ms)[-1] == ("Mereka", "NATO")
    # Two bodies in the sentence: "mereka" could be either, so it is left alone.
    ms = mentions(nlp, resolver, "Rusia menuduh NATO melanggar janji yang mereka sepakati.")
    assert [m.text for m in ms] == ["Rusia", "NATO"]


def test_a_surname_follows_the_full_name_but_never_alone(nlp, resolver):
    ms = mentions(nlp, resolver, "Sekjen NATO Jens Stoltenberg berbicara. \"Kami siap,\" kata Stoltenberg.")
    assert ms[-1].how == "coref" and ms[-1].actor.key == "Q57665"
    # Without the full name earlier, "Stoltenberg" is somebody new, not the KB's Jens Stoltenberg.
    ms = mentions(nlp, resolver, "\"Kami siap,\" kata Stoltenberg.")
    assert ms[0].actor.key != "Q57665" and ms[0].actor.qid is None and ms[0].actor.type == "person"


def test_unknown_people_are_kept_with_the_affiliation_the_text_states(nlp, resolver):
    [m] = mentions(nlp, resolver, "Alexander Grushko, Wakil Menteri Luar Negeri Rusia, menolak tuduhan itu.")
    assert m.actor.label == "Alexander Grushko" and m.actor.qid is None
    assert m.actor.key == "person:alexander-grushko"
    assert m.actor.affiliation.label == "Russia" and m.actor.role == "Deputy Foreign Minister"
    [m] = mentions(nlp, resolver, "Duta Besar Rusia Lyudmila Vorobieva hadir di Jakarta Senin.")[:1]
    assert m.actor.label == "Lyudmila Vorobieva" and m.actor.affiliation.label == "Russia"
    assert m.actor.role == "ambassador"
    ms = mentions(nlp, resolver, "\"Kami menolak,\" ujar Budi Santoso kepada wartawan.")
    assert summary(ms) == [("Budi Santoso", "Budi Santoso")] and ms[0].how == "name"


def test_title_case_headlines_and_datelines_invent_no_actors(nlp, resolver):
    ms = mentions(nlp, resolver, "Dialog Konstruktif NATO-Rusia Gagal, Sekjen NATO Salahkan Moskow")
    assert [m.actor.label for m in ms] == ["NATO", "Russia", "Jens Stoltenberg", "Russia"]
    ms = mentions(nlp, resolver, "JAKARTA, JITUNEWS.COM - Rusia membantah.")
    assert summary(ms) == [("Rusia", "Russia")]


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article is in ../shared/seeds")
def test_every_actor_mention_in_the_seed_article_resolves(nlp, resolver):
    ms = mentions(nlp, resolver, SEED.read_text(encoding="utf-8"))
    assert all(m.actor is not None for m in ms), [m for m in ms if m.actor is None]
    by_label: dict[str, set[str]] = {}
    for m in ms:
        by_label.setdefault(m.actor.label, set()).add(m.text)
    assert {"Rusia", "Moskow"} <= by_label["Russia"]
    assert "NATO" in by_label["NATO"] and "Ukraina" in by_label["Ukraine"]
    assert "Amerika Serikat" in by_label["United States"] and "Rumania" in by_label["Romania"]
    assert "Eropa Timur" in by_label["Eastern Europe"]
    assert all(m.actor.type == "region" for m in ms if m.actor.label == "Eastern Europe")
    stoltenberg = [m for m in ms if m.actor.label == "Jens Stoltenberg"]
    assert {m.text for m in stoltenberg} >= {"Sekjen NATO", "Sekretaris Jenderal NATO Jens Stoltenberg", "Stoltenberg"}
    assert all(m.actor.affiliation.label == "NATO" for m in stoltenberg)
    [putin] = [m for m in ms if m.actor.label == "Vladimir Putin"]
    assert putin.text == "Presiden Vladimir Putin" and putin.actor.affiliation.label == "Russia"
    # Nobody unknown: every person found is one the KB knows.
    assert all(m.actor.qid for m in ms if m.actor.type == "person")
    assert "Indonesia" not in by_label  # the JAKARTA dateline is not Indonesia acting


def test_a_leaders_government_is_the_state(nlp, resolver):
    ms = mentions(nlp, resolver, "Pemerintahan Jokowi menolak, kata Menlu Retno Marsudi.", dt.date(2020, 5, 1))
    assert [(m.text, m.actor.label, m.actor.role) for m in ms] == [
        ("Pemerintahan Jokowi", "Indonesia", "government"),
        ("Menlu Retno Marsudi", "Retno Marsudi", "Foreign Minister"),
    ]


def test_a_name_after_the_role_phrase_in_commas_and_title_case_verbs(nlp, resolver):
    ms = mentions(nlp, resolver, "Menteri Luar Negeri Lituania, Gabrielius Landsbergis, mengecam Moskow.")
    assert ms[0].text == "Menteri Luar Negeri Lituania, Gabrielius Landsbergis"
    assert ms[0].actor.label == "Gabrielius Landsbergis" and ms[0].actor.affiliation.label == "Lithuania"
    # A capitalised verb in a headline is not somebody's name: the office holder is meant.
    ms = mentions(nlp, resolver, "Menlu Indonesia dan Menlu China Bertemu di Beijing", dt.date(2023, 6, 1))
    assert [m.actor.label for m in ms] == ["Retno Marsudi", "Qin Gang", "China"]


def test_indonesian_state_institutions_and_armed_groups_in_sentences(nlp, resolver):
    ms = mentions(nlp, resolver, "TNI menembak mati dua anggota KKB dalam baku tembak di Intan Jaya.")
    assert summary(ms)[:2] == [("TNI", "Indonesia"), ("KKB", "Free Papua Movement")]
    ms = mentions(nlp, resolver, "Kemlu memanggil Duta Besar China untuk memprotes kapal Penjaga Pantai China di Natuna.")
    assert [(m.text, m.actor.label, m.actor.role) for m in ms if m.actor.type != "region"] == [
        ("Kemlu", "Indonesia", None), ("Duta Besar China", "China", "ambassador"),
        ("Penjaga Pantai China", "China", "coast guard")]


def test_indonesian_group_names_that_start_with_a_role_word(nlp, resolver):
    """"Pasukan"/"Tentara" start role phrases ("pasukan Rusia"): a group named with them stays that group and
    does not become an unknown person ("Dukungan Cepat", "Arakan") in the role of troops."""
    ms = mentions(nlp, resolver, "Pasukan Dukungan Cepat (RSF) menyerang El Fasher, sementara Tentara Arakan merebut "
                                 "markas militer Myanmar.")
    found = {m.text: m.actor for m in ms}
    assert found["Pasukan Dukungan Cepat (RSF)"].label == "Rapid Support Forces"
    assert found["Tentara Arakan"].label == "Arakan Army"
    assert not any(m.actor.type == "person" and ("Dukungan" in m.text or "Arakan" in m.text) for m in ms)


def test_a_bare_ministry_is_indonesias_and_a_named_country_keeps_its_own(nlp, resolver):
    ms = mentions(nlp, resolver, "Kementerian Luar Negeri China mengecam pernyataan itu, dan Kementerian Luar Negeri "
                                 "menanggapinya.")
    assert [(m.text, m.actor.label) for m in ms] == [
        ("Kementerian Luar Negeri China", "China"), ("Kementerian Luar Negeri", "Indonesia")]
