"""Indonesian coder on whole articles, session 6: general constructions of Indonesian news copy.

Our own sentences, in the style of Kompas / CNN Indonesia; each case names the construction it tests.
"""

from __future__ import annotations

import datetime as dt

import articles
from articles import triples

DATE = dt.date(2025, 6, 1)


def extract(*paragraphs: str):
    return articles.extract("id", *paragraphs, date=DATE)


# An act likened to the last one of its class ("pengakuan serupa", "sanksi serupa") has that act's target.
def test_likened_recognition_takes_the_earlier_target():
    found = triples(extract("Swedia secara resmi mengakui Negara Palestina pada Selasa.",
                            "Sehari kemudian, Norwegia dan Irlandia juga mengumumkan pengakuan serupa."))
    assert ("Norway", "engage_in_diplomatic_cooperation", "Palestine") in found
    assert ("Ireland", "engage_in_diplomatic_cooperation", "Palestine") in found


def test_likened_sanctions_take_the_earlier_target():
    found = triples(extract("Jepang menjatuhkan sanksi terhadap Rusia pekan lalu.",
                            "Kanada dan Inggris kemudian menjatuhkan sanksi serupa."))
    assert ("Canada", "reduce_relations", "Russia") in found
    assert ("United Kingdom", "reduce_relations", "Russia") in found


def test_likeness_with_nothing_before_names_no_target():
    assert extract("Norwegia dan Irlandia mengumumkan pengakuan serupa pada Rabu.") == []


def test_likeness_reaches_only_an_act_of_its_own_class():
    # the earlier act is an attack: recognition "serupa" is not like it, so nobody recognises Ukraine
    found = triples(extract("Rusia menyerang Ukraina pada Senin.",
                            "Norwegia dan Irlandia kemudian mengumumkan pengakuan serupa."))
    assert not any(rel == "engage_in_diplomatic_cooperation" for _, rel, _ in found)


# A plural subject that names nobody ("sejumlah negara", "beberapa pemimpin") has its members listed after the clause
# ("..., termasuk X dan Y", "..., di antaranya X"): they are the ones who act.
def test_members_listed_after_the_clause_are_its_subjects():
    found = triples(extract("Beberapa negara mengecam Korea Utara, termasuk Jepang dan Australia."))
    assert ("Japan", "disapprove", "North Korea") in found
    assert ("Australia", "disapprove", "North Korea") in found


def test_members_listed_with_di_antaranya_are_its_subjects():
    found = triples(extract("Sejumlah pemimpin Asia menyatakan dukungan kepada Filipina, di antaranya Perdana "
                            "Menteri Jepang Shigeru Ishiba."))
    assert ("Shigeru Ishiba", "engage_in_diplomatic_cooperation", "Philippines") in found


def test_a_list_after_a_clause_with_no_plural_subject_acts_on_nobody():
    # the listed casualties are victims, not the ones who killed
    found = triples(extract("Serangan itu menewaskan sejumlah warga sipil, termasuk dua warga Inggris."))
    assert not any(subject == "United Kingdom" for subject, _, _ in found)


# Hoping that someone acts asks it of them (020); hoping for an act of cooperation announces it (03x).
def test_hoping_that_states_act_is_an_appeal_to_them():
    found = triples(extract("Menteri Luar Negeri Sugiono berharap Thailand dan Kamboja segera kembali ke meja "
                            "perundingan."))
    assert ("Sugiono", "appeal", "Thailand") in found
    assert ("Sugiono", "appeal", "Cambodia") in found


def test_hoping_for_cooperation_is_an_intent_not_an_appeal():
    found = triples(extract("Jepang berharap kerja sama ekonomi dengan Vietnam terus meningkat."))
    assert found == {("Japan", "express_intent_to_cooperate", "Vietnam")}


# A verb after "untuk"/"guna" right after the predicate's object has no subject of its own: the predicate's subject
# does it to that object.
def test_purpose_clause_after_a_call_is_done_to_the_one_called():
    found = triples(extract("Presiden Vietnam menelepon Presiden Filipina Ferdinand Marcos Jr. untuk "
                            "menyampaikan belasungkawa."), "state")
    assert ("Vietnam", "make_public_statement", "Philippines") in found


def test_purpose_clause_after_talks_asks_the_partner():
    found = triples(extract("Menteri Luar Negeri Sugiono berbicara melalui telepon dengan Menteri Luar Negeri "
                            "Yordania untuk meminta bantuan evakuasi warga."), "state")
    assert ("Indonesia", "appeal", "Jordan") in found


def test_purpose_of_a_decision_is_not_the_welcomers_act():
    found = triples(extract("Tokyo menyambut baik keputusan Beijing untuk membebaskan para nelayan."), "state")
    assert ("Japan", "yield", "China") not in found


# A noun that packages or counts an event noun ("paket bantuan", "beberapa putaran pembicaraan") leaves the light
# verb before it the noun's.
def test_announced_aid_package_is_aid():
    found = triples(extract("Kanada mengumumkan paket bantuan senilai 2 miliar dolar untuk Filipina."))
    assert ("Canada", "provide_aid", "Philippines") in found


def test_announced_sanctions_package_is_sanctions():
    found = triples(extract("Australia mengumumkan paket sanksi baru terhadap Iran."))
    assert ("Australia", "reduce_relations", "Iran") in found


# Closing one's airspace, ports or border to another state is an embargo on it (163).
def test_closing_airspace_to_a_state_reduces_relations():
    found = triples(extract("Iran menutup wilayah udaranya bagi pesawat Israel."))
    assert ("Iran", "reduce_relations", "Israel") in found


# A threat that names nobody is against whoever opens the condition it hangs on.
def test_threat_is_against_the_subject_of_its_condition():
    found = triples(extract("Houthi mengancam akan menyerang kapal-kapal di Laut Merah jika Inggris terus "
                            "membantu Israel."), "state")
    assert ("Houthis", "threaten", "United Kingdom") in found
