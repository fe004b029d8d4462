"""Indonesian coder on whole articles, session 5: general constructions of Indonesian news copy.

Our own sentences, in the style of Kompas / CNN Indonesia; each case names the construction it tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import articles
from articles import triples

DATE = dt.date(2025, 6, 1)


def extract(*paragraphs: str, title: str | None = None, date: dt.date = DATE):
    return articles.extract("id", *paragraphs, title=title, date=date)


# What an appeal or a demand asks its addressee to do is not done, however many verbs the request runs to.
ASKED = [
    ("Jepang meminta Rusia menghentikan serangan dan menarik pasukannya dari Ukraina.",
     ("Russia", "yield", "Ukraine")),
    ("Indonesia mendesak Myanmar menghentikan kekerasan dan membuka dialog dengan NUG.",
     ("Myanmar", "consult", "National Unity Government (Myanmar)")),
    ("China mendesak pihak Korea Selatan menangani kasus ini secara adil dan melindungi hak-hak nelayan China.",
     ("South Korea", "provide_aid", "China")),
    ("Jepang meminta Rusia untuk segera mengakhiri perang dan memulai perundingan dengan Ukraina.",
     ("Russia", "consult", "Ukraine")),
]


@pytest.mark.parametrize("text,absent", ASKED, ids=[c[1][1] for c in ASKED])
def test_what_the_addressee_is_asked_to_do_is_not_done(text, absent):
    found = triples(extract(text))
    assert absent not in found
    assert (absent[1] != "appeal") and any(r == "appeal" for _, r, _ in found)


def test_a_second_clause_with_its_own_subject_is_asserted():
    found = triples(extract("Jepang meminta Rusia menghentikan serangan, dan Rusia kemudian menyerang Ukraina lagi."))
    assert ("Russia", "fight", "Ukraine") in found


def test_an_act_the_addressee_is_asked_to_stop_is_going_on():
    found = triples(extract("PBB mendesak Israel menghentikan serangan terhadap Lebanon."))
    assert ("Israel", "fight", "Lebanon") in found
    assert ("United Nations", "appeal", "Israel") in found


def test_keduanya_is_the_two_people_just_named():
    found = triples(extract(
        "Menteri Luar Negeri Inggris David Lammy dan Menteri Luar Negeri AS Antony Blinken tiba di Kyiv. "
        "Keduanya bertemu Presiden Ukraina Volodymyr Zelensky.", date=dt.date(2024, 9, 11)))
    assert ("David Lammy", "consult", "Volodymyr Zelenskyy") in found
    assert ("Antony Blinken", "consult", "Volodymyr Zelenskyy") in found


def test_a_warning_to_a_noun_we_do_not_know_is_not_addressed_to_the_complements_target():
    found = triples(extract("Wakil Menteri Luar Negeri Rusia Sergei Ryabkov memperingatkan negara-negara Barat agar "
                            "tidak mengirim rudal jarak jauh ke Ukraina."))
    assert not any(o == "Ukraine" for _, _, o in found)
    # a promise with no addressee of its own still reaches the act's target
    assert ("Japan", "express_intent_to_cooperate", "Turkey") in triples(
        extract("Jepang berjanji mengirim bantuan kemanusiaan kepada Turki."))


def test_a_light_verb_phrase_does_not_use_up_the_reach_to_its_target():
    found = triples(extract("Militer Thailand sebelumnya melancarkan serangan udara dengan jet tempur F-16 terhadap "
                            "posisi militer Kamboja."))
    assert ("Thailand", "fight", "Cambodia") in found


def test_the_two_leaders_are_the_pair_named_paragraphs_before_not_the_speaker():
    found = triples(extract(
        "Pertemuan itu dihadiri Perdana Menteri Kamboja Hun Manet dan Penjabat Perdana Menteri Thailand Phumtham "
        "Wechayachai.",
        "Amerika Serikat dan China menyambut baik kesepakatan tersebut.",
        "Presiden AS Donald Trump mengatakan, ia telah menelepon kedua pemimpin.", date=dt.date(2025, 7, 29)))
    assert ("Donald Trump", "consult", "Hun Manet") in found
    assert ("Donald Trump", "consult", "Phumtham Wechayachai") in found


@pytest.mark.parametrize("text,expected", [
    ("Dua tentara India tewas dalam serangan pasukan Pakistan di Kashmir.", ("Pakistan", "fight", "India")),
    ("Tiga warga sipil Ukraina terluka akibat serangan drone Rusia di Kharkiv.", ("Russia", "fight", "Ukraine")),
])
def test_those_killed_or_wounded_in_an_attack_are_its_target(text, expected):
    assert expected in triples(extract(text))


def test_a_clause_after_a_comma_with_no_subject_says_what_the_act_drew():
    found = triples(extract("Korea Utara kembali menembakkan rudal balistik ke Laut Jepang, memicu kecaman dari "
                            "Tokyo dan Seoul."))
    assert ("Japan", "disapprove", "North Korea") in found
    assert ("South Korea", "disapprove", "North Korea") in found
    assert ("North Korea", "fight", "Japan") not in found


def test_a_material_act_an_official_reports_keeps_its_actor():
    events = extract("Juru bicara militer Israel Daniel Hagari mengatakan Israel menyerang markas Hamas di Gaza.")
    assert ("Israel", "fight", "Hamas") in triples(events)
    assert next(e for e in events if e.relation == "fight").source.label == "Daniel Hagari"


def test_a_verbal_act_of_the_speakers_own_side_is_the_speakers():
    found = triples(extract("Juru bicara Kemlu Rusia Maria Zakharova mengatakan pihaknya mengecam sanksi baru Uni "
                            "Eropa."))
    assert ("Maria Zakharova", "disapprove", "European Union") in found


def test_demikian_names_the_speaker_of_the_quote_before_it():
    found = triples(extract('"Kami mengecam keras serangan Israel terhadap Iran," demikian pernyataan Kementerian '
                            'Luar Negeri Malaysia.'))
    assert ("Malaysia", "disapprove", "Israel") in found


@pytest.mark.parametrize("text,expected", [
    ("Iran membalas serangan Israel dengan meluncurkan ratusan rudal.", ("Iran", "fight", "Israel")),
    ("Pakistan membalas dengan serangan artileri terhadap India.", ("Pakistan", "fight", "India")),
    # a verb after 'serta' and a speech verb keeps the clause's subject past the retaliation
    ("Pakistan membalas dengan serangan artileri dan drone, serta mengklaim telah menembak jatuh lima jet tempur "
     "India.", ("Pakistan", "fight", "India")),
])
def test_retaliating_for_an_attack_is_fighting_its_actor(text, expected):
    assert expected in triples(extract(text))


def test_replying_to_a_letter_is_no_retaliation():
    assert not triples(extract("Jokowi membalas surat dari Putin."))


def test_a_match_report_uses_no_force():
    assert not triples(extract("Korea Selatan menyerang balik lewat serangan cepat dan menyamakan skor melawan "
                               "Jepang dalam laga persahabatan."))
    assert ("Russia", "fight", "Ukraine") in triples(extract("Rusia menyerang Ukraina dengan rudal balistik."))


def test_talks_an_offer_would_encourage_are_not_held():
    found = triples(extract('"Indonesia siap berperan dalam mendorong perundingan damai antara Rusia dan Ukraina," '
                            'ujar Sugiono.', date=dt.date(2025, 4, 16)))
    assert ("Russia", "consult", "Ukraine") not in found
    assert ("Sugiono", "express_intent_to_cooperate", "Russia") in found


def test_appreciating_a_states_position_is_praise():
    found = triples(extract('"Kami menghargai posisi Indonesia yang independen dan bebas aktif," kata Lavrov.',
                            date=dt.date(2025, 4, 16)))
    assert ("Sergey Lavrov", "engage_in_diplomatic_cooperation", "Indonesia") in found


def test_talks_mediated_by_someone_were_between_the_parties_of_the_joint_act():
    found = triples(extract("Thailand dan Kamboja menyepakati gencatan senjata setelah pertemuan yang dimediasi "
                            "Perdana Menteri Malaysia Anwar Ibrahim.", date=dt.date(2025, 7, 29)))
    assert ("Anwar Ibrahim", "consult", "Thailand") in found
    assert ("Anwar Ibrahim", "consult", "Cambodia") in found


def test_antara_takes_the_whole_list_as_the_mediated_parties():
    found = triples(extract("Kesepakatan antara Israel dan Hamas itu dimediasi oleh Qatar dan Mesir."))
    assert {("Qatar", "consult", "Israel"), ("Qatar", "consult", "Hamas"), ("Egypt", "consult", "Israel")} <= found


def test_a_lone_name_nobody_knows_names_its_person_at_a_sentence_start_later():
    found = triples(extract("Menurut Iqbal, kebaikan Indonesia tidak boleh dimanfaatkan oleh penyelundup.",
                            "Iqbal juga mendesak Myanmar menyelesaikan akar persoalan di Negara Bagian Rakhine.",
                            date=dt.date(2023, 12, 28)))
    assert ("Iqbal", "appeal", "Myanmar") in found


def test_the_denier_of_an_accusation_summed_up_after_a_comma_answers_the_accuser():
    found = triples(extract("PBB menuduh Myanmar melakukan pembersihan etnis dalam operasi tersebut, tuduhan yang "
                            "selalu dibantah Naypyidaw."))
    assert ("Myanmar", "make_public_statement", "United Nations") in found


def test_a_relative_clause_after_an_attack_noun_is_the_attackers_and_a_hospital_is_no_state():
    found = triples(extract("Pemerintah Indonesia mengecam keras serangan Israel terhadap Rumah Sakit Indonesia di "
                            "Beit Lahia, Jalur Gaza utara, yang menewaskan sedikitnya 12 warga Palestina."))
    assert ("Israel", "fight", "Palestine") in found
    assert ("Indonesia", "fight", "Palestine") not in found
    assert ("Israel", "fight", "Indonesia") not in found


def test_a_speech_verb_with_no_lexicon_row_still_reports_its_subjects_words():
    found = triples(extract(
        "Menteri Luar Negeri Retno Marsudi menyebut serangan tersebut sebagai pelanggaran hukum internasional.",
        "Ia menambahkan, Indonesia akan mendesak Dewan Keamanan PBB untuk segera menghasilkan resolusi gencatan "
        "senjata kemanusiaan.", date=dt.date(2023, 11, 21)))
    assert ("Retno Marsudi", "appeal", "United Nations Security Council") in found


def test_an_event_noun_before_a_comma_has_no_genitive_and_an_accords_topic_is_no_partner():
    found = triples(extract("Usai pertemuan, Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Malaysia Mohamad "
                            "Hasan menandatangani nota kesepahaman tentang penempatan dan pelindungan pekerja migran "
                            "Indonesia di sektor domestik.", date=dt.date(2025, 6, 28)))
    assert found == {("Sugiono", "engage_in_diplomatic_cooperation", "Mohamad Hasan"),
                     ("Mohamad Hasan", "engage_in_diplomatic_cooperation", "Sugiono")}


def test_what_two_leaders_discuss_names_no_partner():
    found = triples(extract("Sehari sebelumnya, Perdana Menteri Jepang Shigeru Ishiba bertemu Perdana Menteri "
                            "Malaysia Anwar Ibrahim di Putrajaya.",
                            "Keduanya membahas keamanan kawasan dan keketuaan Malaysia di ASEAN tahun ini.",
                            date=dt.date(2025, 1, 11)))
    assert ("Shigeru Ishiba", "consult", "Malaysia") not in found
    assert ("Anwar Ibrahim", "consult", "Shigeru Ishiba") in found


def test_the_two_leaders_are_two_sides_not_a_leader_and_his_minister_or_his_wife():
    found = triples(extract(
        "Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Beijing.",
        "Prabowo tiba di Beijing dengan didampingi Menteri Luar Negeri Sugiono. Ia juga didampingi istrinya, "
        "Yoshiko Ishiba.",
        "Dalam pertemuan bilateral tersebut, kedua kepala negara membahas kerja sama di bidang energi.",
        date=dt.date(2024, 11, 10)))
    assert ("Xi Jinping", "consult", "Prabowo Subianto") in found
    assert ("Prabowo Subianto", "consult", "Sugiono") not in found


@pytest.mark.parametrize("text,expected", [
    ('"Kita tidak mau perbedaan klaim menghalangi kesejahteraan rakyat. Malaysia adalah saudara dekat kita," kata '
     'Prabowo Subianto.', ("Prabowo Subianto", "engage_in_diplomatic_cooperation", "Malaysia")),
    ("Presiden Prancis Emmanuel Macron menegaskan bahwa Rusia adalah agresor dan rakyat Ukraina adalah korban.",
     ("Emmanuel Macron", "disapprove", "Russia")),
    ("Prabowo Subianto menyebut Jepang sebagai sahabat lama dan salah satu investor terbesar di Indonesia.",
     ("Prabowo Subianto", "engage_in_diplomatic_cooperation", "Japan")),
    ('Juru bicara Kantor Urusan Taiwan China menyebut Lai Ching-te sebagai "pembuat onar".',
     ("China", "disapprove", "Lai Ching-te")),
])
def test_naming_a_state_a_friend_or_an_aggressor_is_praise_or_criticism(text, expected):
    assert expected in triples(extract(text, date=dt.date(2025, 3, 1)))


def test_a_plain_description_is_no_verdict():
    assert not triples(extract("Indonesia adalah negara kepulauan terbesar di dunia, kata Menteri Luar Negeri Sugiono.",
                               date=dt.date(2025, 3, 1)))


def test_an_agentless_passive_takes_no_agent_from_the_verb_after_it():
    assert not triples(extract("Tak lama kemudian, Presiden Ukraina Volodymyr Zelensky diminta meninggalkan Gedung "
                               "Putih."))
    assert ("NATO", "disapprove", "Russia") in triples(extract("Rusia dikecam NATO."))


def test_a_ships_name_is_the_ship_not_an_actor():
    found = triples(extract("Houthi mulai menyerang kapal-kapal di Laut Merah sejak November 2023, ketika kelompok "
                            "itu membajak kapal Galaxy Leader yang dikaitkan dengan seorang pengusaha Israel."))
    assert ("Houthis", "assault", "Israel") in found
    assert not any(o == "Galaxy Leader" for _, _, o in found)


@pytest.mark.parametrize("text,expected", [
    ("Pesawat Hercules TNI Angkatan Udara yang membawa bantuan kemanusiaan dari Pemerintah Indonesia untuk korban "
     "gempa Myanmar mendarat di Yangon, Selasa.", ("Indonesia", "provide_aid", "Myanmar")),
    ("Bantuan Jepang tiba di Ankara pada Senin.", ("Japan", "provide_aid", "Turkey")),
    ("Bantuan Uni Eropa untuk Palestina tiba di Mesir.", ("European Union", "provide_aid", "Palestine")),
])
def test_aid_from_someone_or_arriving_somewhere_is_the_givers(text, expected):
    found = triples(extract(text))
    assert expected in found
    assert not any(r == "consult" for _, r, _ in found)


def test_saling_before_a_light_verb_makes_its_event_mutual():
    found = triples(extract("Israel dan Hamas saling melontarkan tuduhan soal kegagalan perundingan."))
    assert {("Israel", "disapprove", "Hamas"), ("Hamas", "disapprove", "Israel")} <= found


@pytest.mark.parametrize("text,expected", [
    ("Nauru mengumumkan pemutusan hubungan diplomatik dengan Taiwan dan beralih mengakui Republik Rakyat China.",
     ("Nauru", "engage_in_diplomatic_cooperation", "China")),
    ("Amerika Serikat juga tidak ikut mengakui Palestina.",
     ("United States", "engage_in_diplomatic_cooperation", "Palestine")),
])
def test_recognising_a_state_is_054(text, expected):
    assert expected in triples(extract(text, date=dt.date(2024, 1, 16)))


def test_admitting_what_another_did_is_no_recognition():
    assert not triples(extract("Ukraina mengakui bahwa Rusia berhasil merebut Avdiivka."))


def test_a_representative_posted_somewhere_speaks_for_the_body_named():
    found = triples(extract(
        '"Menyelamatkan nyawa orang di laut adalah kewajiban kemanusiaan," kata Perwakilan UNHCR di Indonesia Ann '
        'Maymann.',
        "Ia menambahkan, UNHCR siap membantu Pemerintah Indonesia menyediakan tempat penampungan sementara.",
        date=dt.date(2023, 12, 28)))
    assert ("Ann Maymann", "express_intent_to_cooperate", "Indonesia") in found


def test_a_china_coast_guard_hull_number_is_china():
    found = triples(extract("Badan Keamanan Laut (Bakamla) RI mengusir kapal penjaga pantai China CCG 5402 dari Zona "
                            "Ekonomi Eksklusif (ZEE) Indonesia di Laut Natuna Utara.", date=dt.date(2024, 10, 25)))
    assert found == {("Indonesia", "coerce", "China")}


def headline(title: str, date: dt.date = DATE):
    return articles.extract("id", title=title, date=date)


def test_a_headlines_second_clause_takes_no_subject_from_the_first_clauses_object():
    found = triples(headline("China Sebut Kemenangan Lai Ching-te Tak Ubah Apa Pun, Protes AS soal Ucapan Selamat",
                             date=dt.date(2024, 1, 16)))
    assert ("Lai Ching-te", "disapprove", "United States") not in found


def test_a_title_case_predicate_is_no_persons_name_in_a_headline():
    found = triples(headline("TNI AL dan Angkatan Laut Rusia Gelar Latihan Gabungan Perdana di Laut Jawa",
                             date=dt.date(2024, 11, 5)))
    assert not any(o.startswith("Gelar") for _, _, o in found)


@pytest.mark.parametrize("text,expected", [
    ("Komando Pusat AS (CENTCOM) menyatakan pasukannya menembak jatuh dua drone Houthi di atas Laut Merah.",
     ("United States", "fight", "Houthis")),
    ("Menurut juru bicara militer Israel, pasukannya menyerang markas Hizbullah di Lebanon selatan.",
     ("Israel", "fight", "Hezbollah")),
    ("Prancis menarik pasukannya dari Mali.", ("France", "yield", "Mali")),
    ("Rusia menyiagakan pasukannya di perbatasan dengan Finlandia.", ("Russia", "exhibit_force_posture", "Finland")),
])
def test_pasukannya_is_the_speakers_or_subjects_own_forces(text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text,expected", [
    ('"Indonesia berdiri bersama rakyat Myanmar di masa sulit ini," kata Menteri Luar Negeri Sugiono.',
     ("Sugiono", "make_public_statement", "Myanmar")),
    ("Perdana Menteri Jepang Shigeru Ishiba mengatakan Jepang akan memberikan kapal patroli cepat kepada Badan "
     "Keamanan Laut (Bakamla).", ("Japan", "provide_aid", "Indonesia")),
])
def test_standing_with_a_people_and_giving_patrol_boats(text, expected):
    assert expected in triples(extract(text, date=dt.date(2025, 4, 2)))


def test_hosting_a_groups_office_is_hosting_it_but_hosting_a_summit_hosts_no_actor():
    assert ("Qatar", "consult", "Hamas") in triples(extract(
        "Qatar telah menjadi tuan rumah kantor politik Hamas sejak 2012."))
    assert not triples(extract("Indonesia menjadi tuan rumah KTT ASEAN di Jakarta."))


def test_the_purpose_of_an_offered_act_is_offered_too():
    found = triples(extract('"Kami siap mengirim putra-putri terbaik bangsa kami untuk menjaga perdamaian dan '
                            'melindungi rakyat Palestina," ujar Presiden Prabowo Subianto.', date=dt.date(2025, 9, 24)))
    assert ("Indonesia", "provide_aid", "Palestine") not in found
    assert ("Russia", "fight", "Ukraine") in triples(extract("Rusia mengecam NATO dan menyerang Ukraina."))
