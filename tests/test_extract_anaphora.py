"""Event anaphora across sentences (issue 4, article recall): "Germany condemned the attack" after a sentence that
told the attack is Germany criticising its attacker; "NATO membantah tuduhan tersebut" answers the accuser.

Our own sentences; each article is a few sentences so the referent lies in an earlier one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from articles import extract

DATE = dt.date(2024, 7, 8)


def triples(lang: str, *sentences: str) -> set[tuple[str, str, str]]:
    text = " ".join(sentences)
    return {(e.subject.label, e.cameo, e.object.label) for e in extract(lang, text, date=DATE)}


FOUND = [
    ("en", ("Russia fired missiles at Kyiv on Monday.", "Germany condemned the attack."),
     ("Germany", "111", "Russia")),
    # a general act noun refers to whatever was done last
    ("en", ("Israel bombed southern Lebanon overnight.", "Egypt called the move a dangerous escalation."),
     ("Egypt", "111", "Israel")),
    # the noun's class picks the event, not mere recency: the accusation, not the meeting after it
    ("en", ("Iran accused Israel of sabotage at the Natanz site.", "Oman hosted talks between Iran and Qatar.",
            "Israel rejected the accusation."), ("Israel", "016", "Iran")),
    ("id", ("Israel menyerang Lebanon pada Senin.", "Indonesia mengecam serangan itu."),
     ("Indonesia", "111", "Israel")),
    ("id", ("Rusia menuduh NATO memprovokasi perang di Eropa Timur.", "NATO membantah tuduhan tersebut."),
     ("NATO", "016", "Russia")),
    # a quoted verdict inside the noun phrase
    ("id", ("Israel menyerang Lebanon pada Senin.", 'Indonesia mengecam tindakan "ilegal dan agresif" tersebut.'),
     ("Indonesia", "111", "Israel")),
    ("id", ("Israel membombardir Lebanon selatan.", "Malaysia menyebut langkah itu sebagai kejahatan perang."),
     ("Malaysia", "111", "Israel")),
]


DISPUTED = [
    ("en", ("The United States and the Philippines held joint military drills near the shoal.",
            "China condemned the drills."), "China", {"United States", "Philippines"}),
    ("id", ("Amerika Serikat dan Filipina menggelar latihan militer gabungan di Laut China Selatan.",
            "Juru bicara Kementerian Luar Negeri China menyebut latihan tersebut sebagai provokasi."),
     "China", {"United States", "Philippines"}),
]


@pytest.mark.parametrize("lang, sentences, critic, parties", DISPUTED, ids=[lang for lang, *_ in DISPUTED])
def test_criticising_an_act_done_together_is_against_both_parties(lang, sentences, critic, parties):
    found = triples(lang, *sentences)
    assert {o for s, code, o in found if s == critic and code.startswith("11")} == parties


MEDIATED = [
    ("en", ("A ceasefire between Israel and Hezbollah took effect on Wednesday.",
            "The deal, brokered by the United States and France, ends a year of fighting."), "United States"),
    ("id", ("Israel dan Hamas menyepakati gencatan senjata pada Rabu.", "Kesepakatan itu dimediasi oleh Qatar."),
     "Qatar"),
]


@pytest.mark.parametrize("lang, sentences, mediator", MEDIATED, ids=[m for _, _, m in MEDIATED])
def test_a_mediated_deal_stands_for_the_parties_of_the_last_cooperation(lang, sentences, mediator):
    found = triples(lang, *sentences)
    parties = {o for s, code, o in found if s == mediator and code == "045"}
    assert parties == {"Israel", "Hezbollah" if lang == "en" else "Hamas"}


def test_a_general_act_noun_does_not_reach_an_act_told_long_before():
    # "the move" here is the execution nobody coded as an event between actors, not the recall five sentences back
    found = triples("en", "Germany recalled its ambassador from Tehran.", "Iran executed a dual national.",
                    "The minister called it murder.", "Iran summoned the German envoy.", "Berlin closed consulates.",
                    "The United States also criticised the move.")
    assert not any(s == "United States" and o == "Germany" for s, _, o in found)


def test_a_general_act_noun_refers_to_an_act_not_to_what_was_said_about_it():
    found = triples("id", "Rusia menyerang Kyiv pada Minggu.", "Presiden Ukraina Volodymyr Zelensky mengecam serangan itu.",
                    "Uni Eropa mengutuk tindakan tersebut.")
    assert ("European Union", "111", "Russia") in found
    assert not any(s == "European Union" and o == "Volodymyr Zelenskyy" for s, _, o in found)


@pytest.mark.parametrize("lang, sentences, expected", FOUND, ids=[" ".join(s)[:50] for _, s, _ in FOUND])
def test_event_anaphor_stands_for_the_earlier_event_actor(lang, sentences, expected):
    assert expected in triples(lang, *sentences)


NOT_FOUND = [
    # no earlier event of its kind: the noun refers to nothing the article told
    ("en", ("Japan and Australia held talks in Tokyo.", "France condemned the attack."), ("France", None)),
    # the noun phrase names its own actor: no reference back
    ("en", ("Russia fired missiles at Kyiv.", "Germany condemned the Iranian attack on shipping."),
     ("Germany", "Russia")),
    ("en", ("Russia fired missiles at Kyiv.", "Germany condemned the attack by Houthi rebels."),
     ("Germany", "Russia")),
    # a truce is made together: welcoming it is no act towards one of its parties
    ("en", ("Israel agreed to a ceasefire with Hezbollah.", "Egypt welcomed the truce."), ("Egypt", None)),
    # a general act noun reaches only a few sentences back
    ("id", ("Israel menyerang Lebanon pada Senin.", "Warga mengungsi ke utara.", "Sekolah ditutup.",
            "Harga pangan naik.", "Malaysia menyebut langkah itu sebagai kejahatan perang."),
     ("Malaysia", None)),
    ("id", ("Rusia menyerang Kyiv.", "Jerman mengecam serangan Iran terhadap kapal dagang."), ("Germany", "Russia")),
]


@pytest.mark.parametrize("lang, sentences, pair", NOT_FOUND, ids=[" ".join(s)[:50] for _, s, _ in NOT_FOUND])
def test_no_reference_without_an_unowned_event_of_its_kind(lang, sentences, pair):
    subject, target = pair
    found = {(s, o) for s, _, o in triples(lang, *sentences) if s == subject and target in (None, o)}
    assert not found
