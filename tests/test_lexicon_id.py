"""Indonesian trigger matching on spaCy's blank Indonesian tokenizer (no lemmas, no tags)."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.lexicon import load_lexicon


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("id")


@pytest.fixture(scope="module")
def lex():
    return load_lexicon("id")


def triggers(nlp, lex, text):
    doc = nlp(text)
    return doc, lex.find_triggers(doc)


def only(nlp, lex, text):
    doc, found = triggers(nlp, lex, text)
    assert len(found) == 1, [(t.code, t.text) for t in found]
    return doc, found[0]


@pytest.mark.parametrize(
    "text,code,voice,word",
    [("Rusia menuduh NATO.", "112", "active", "menuduh"),
     ("NATO dituduh oleh Rusia.", "112", "passive", "dituduh"),
     ("NATO tertuduh dalam kasus itu.", "112", "stative", "tertuduh"),
     ("Stoltenberg menyalahkan Moskow.", "112", "active", "menyalahkan"),
     ("Moskow disalahkan oleh NATO.", "112", "passive", "disalahkan"),
     ("Indonesia mengecam Israel.", "111", "active", "mengecam"),
     ("Israel dikecam oleh Indonesia.", "111", "passive", "dikecam"),
     ("Korea Utara mengancam Jepang.", "130", "active", "mengancam"),
     ("Jepang diancam oleh Korea Utara.", "130", "passive", "diancam"),
     ("Rusia menyerang Ukraina.", "190", "active", "menyerang"),
     ("Ukraina diserang Rusia.", "190", "passive", "diserang"),
     ("Stoltenberg memperingatkan Rusia.", "130", "active", "memperingatkan"),
     ("Menlu RI mengunjungi Beijing.", "042", "active", "mengunjungi"),
     ("China menolak rencana itu.", "120", "active", "menolak")],
)
def test_affixed_verbs_and_voice(nlp, lex, text, code, voice, word):
    doc, t = only(nlp, lex, text)
    assert (t.code, t.voice, doc[t.head].text, t.nominal) == (code, voice, word, False)


@pytest.mark.parametrize(
    "text,code,word",
    [("Serangan Rusia terhadap Ukraina terus berlanjut.", "190", "Serangan"),
     ("Tuduhan Rusia tidak berdasar.", "112", "Tuduhan"),
     ("Kecaman Indonesia terhadap Israel menguat.", "111", "Kecaman"),
     ("Ancaman Korea Utara terhadap Jepang nyata.", "130", "Ancaman"),
     ("Sanksi AS terhadap Rusia berlaku hari ini.", "163", "Sanksi"),
     ("Invasi Rusia ke Ukraina dikritik.", "192", "Invasi"),
     ("Serangannya terhadap kota itu brutal.", "190", "Serangannya")],
)
def test_nominal_triggers(nlp, lex, text, code, word):
    doc, found = triggers(nlp, lex, text)
    t = found[0]
    assert (t.code, doc[t.head].text, t.nominal, t.voice) == (code, word, True, None)
    assert lex.nominal_only_ok(t)
    assert "terhadap" in t.object_markers or "ke" in t.object_markers


def test_nominals_that_need_a_verb_say_so(nlp, lex):
    doc, found = triggers(nlp, lex, "Kapal perang itu berlabuh.")
    assert [t.code for t in found] == ["190"]
    assert not lex.nominal_only_ok(found[0])


@pytest.mark.parametrize(
    "text,code,words",
    [("AS menjatuhkan sanksi terhadap Rusia.", "163", "menjatuhkan sanksi"),
     ("AS menjatuhkan sanksi baru terhadap Rusia.", "163", "menjatuhkan sanksi"),
     ("Rusia dijatuhi sanksi oleh AS.", "163", "dijatuhi sanksi"),
     ("Rusia melancarkan serangan ke Kyiv.", "190", "melancarkan serangan"),
     ("Rusia melakukan invasi ke Ukraina.", "192", "melakukan invasi"),
     ("Kedua menteri mengadakan pembicaraan di Jakarta.", "040", "mengadakan pembicaraan"),
     ("Mereka mengadakan beberapa putaran pembicaraan.", "040", "mengadakan pembicaraan"),
     ("Jepang memberikan bantuan kepada Indonesia.", "070", "memberikan bantuan"),
     ("Jepang memberikan bantuan kemanusiaan kepada Gaza.", "073", "bantuan kemanusiaan"),
     ("Rusia menuduh NATO melakukan agresi.", "1123", "menuduh melakukan agresi"),
     ("Kedua negara menandatangani perjanjian damai.", "057", "menandatangani")],
)
def test_phrases_and_light_verbs(nlp, lex, text, code, words):
    doc, found = triggers(nlp, lex, text)
    assert code in [t.code for t in found], [(t.code, t.text) for t in found]
    t = next(t for t in found if t.code == code)
    assert words in t.text or t.text == words


def test_light_verb_phrase_wins_over_its_noun(nlp, lex):
    doc, t = only(nlp, lex, "AS menjatuhkan sanksi terhadap Rusia.")
    assert doc[t.head].text == "menjatuhkan" and t.tokens == (1, 2) and not t.nominal
    assert "terhadap" in t.object_markers


def test_phrase_with_object_slot_spans_the_object(nlp, lex):
    doc, t = only(nlp, lex, "Rusia menuduh NATO melakukan agresi.")
    assert t.code == "1123"
    assert (t.tok_start, t.tok_end) == (1, 5)
    assert t.tokens == (1, 3, 4)


def test_slot_does_not_cross_a_clause(nlp, lex):
    doc, found = triggers(nlp, lex, "Rusia meminta NATO tidak mengerahkan senjata di perbatasan.")
    assert [t.code for t in found] == ["020", "150"]


@pytest.mark.parametrize(
    "text,refused",
    [("Putin menolak bertemu dengan Zelensky.", "040"),
     ("Rusia menolak untuk berunding dengan Ukraina.", "046"),
     ("Hamas menolak berdialog.", "040")],
)
def test_refusal_is_a_reject_not_a_consult(nlp, lex, text, refused):
    doc, t = only(nlp, lex, text)
    assert t.code == "125" and t.relation == "reject"
    assert t.refused == refused


@pytest.mark.parametrize(
    "text,code,word",
    [("Sekjen NATO Salahkan Moskow", "112", "Salahkan"),
     ("Rusia tuduh NATO", "112", "tuduh"),
     ("Indonesia Kecam Serangan Israel", "111", "Kecam")],
)
def test_headline_bare_stems(nlp, lex, text, code, word):
    doc, found = triggers(nlp, lex, text)
    t = found[0]
    assert (t.code, doc[t.head].text, t.bare, t.voice) == (code, word, True, "active")


def test_object_focus_after_a_pronoun(nlp, lex):
    doc, t = only(nlp, lex, "Markas itu akan kami serang besok.")
    assert (t.code, t.voice, t.bare) == ("190", "object_focus", True)


def test_token_indices_are_doc_relative_in_a_span(nlp, lex):
    doc = nlp("Cuaca cerah. Rusia menyerang Ukraina.")
    span = doc[3:]
    (t,) = lex.find_triggers(span)
    assert doc[t.head].text == "menyerang" and t.head == 4


@pytest.mark.parametrize("word", ["mengatakan", "katanya", "ujarnya", "menurut", "menyatakan", "kata", "ujar"])
def test_reporting_verbs(nlp, lex, word):
    assert lex.is_reporting_verb(word)
    assert lex.is_reporting_verb(nlp(word)[0])


@pytest.mark.parametrize("word", ["menyerang", "Rusia", "sanksi"])
def test_not_reporting_verbs(lex, word):
    assert not lex.is_reporting_verb(word)


def test_unrelated_text_has_no_triggers(nlp, lex):
    assert lex.find_triggers(nlp("Cuaca di Jakarta cerah sepanjang hari ini.")) == []


@pytest.mark.parametrize("text", ["India dan Pakistan saling tuduh.", "Kedua negara tuduh-menuduh soal perbatasan.",
                                  "India dan Pakistan saling menuduh."])
def test_reciprocal_triggers(nlp, lex, text):
    doc, t = only(nlp, lex, text)
    assert t.code == "112" and t.reciprocal


def test_plain_trigger_is_not_reciprocal(nlp, lex):
    doc, t = only(nlp, lex, "Rusia menuduh NATO.")
    assert not t.reciprocal


@pytest.mark.parametrize("text", ["Usulan itu langsung Israel tolak.", "Israel pun ia kecam."])
def test_object_focus_with_fronted_patient(nlp, lex, text):
    doc, found = triggers(nlp, lex, text)
    assert found[-1].voice == "object_focus" and found[-1].bare


@pytest.mark.parametrize(
    "text", ["Harga bahan bakar naik lagi.", "Rapat dimulai pukul 10.00 WIB.", "Kapal perang itu berlabuh di Surabaya."]
)
def test_everyday_words_are_not_events(nlp, lex, text):
    found = lex.find_triggers(nlp(text))
    assert all(not lex.nominal_only_ok(t) and t.nominal for t in found), [(t.code, t.text) for t in found]


@pytest.mark.parametrize(
    "text,code,refused",
    [("Rusia menolak menandatangani perjanjian itu.", "127", "057"),
     ("Hamas menolak membebaskan sandera.", "1243", "084"),
     ("Israel menolak untuk menarik pasukannya.", "1246", "087"),
     ("Iran enggan berdialog dengan AS.", "125", "040"),
     ("Myanmar menolak bantuan asing.", "122", None)],
)
def test_any_refused_action_is_a_reject(nlp, lex, text, code, refused):
    doc, found = triggers(nlp, lex, text)
    t = found[0]
    assert (t.code, t.refused, t.relation) == (code, refused, "reject")
    assert doc[t.head].lower_ in ("menolak", "enggan")


def test_rejecting_a_claim_is_not_declining_to_comment(nlp, lex):
    doc, found = triggers(nlp, lex, "Malaysia menolak klaim Filipina atas Sabah.")
    assert [t.code for t in found] == ["120"]
