"""A headline's short names are the body's people (issue 3: one node per person, not one per spelling).

Headlines shorten names the body gives in full ("Maduro", "Kim"); the article resolves its headline after its body,
and a lone name nobody knows never blocks the full name that ends with it. Our own articles.
"""

from __future__ import annotations

import datetime as dt

from articles import extract


def events(title: str, *paragraphs: str, date=dt.date(2024, 7, 30)):
    return extract("en", *paragraphs, title=title, date=date)


def test_an_unknown_surname_in_the_headline_is_the_person_the_body_names_in_full():
    found = events("Russia and China congratulate Maduro",
                   "Venezuelan President Nicolás Maduro was declared the winner on Monday.",
                   "Maduro thanked Moscow for its support.")
    headline = [e for e in found if e.headline and e.subject.label == "Russia"]
    body = [e for e in found if not e.headline and e.object.label == "Russia"]
    assert headline and body
    assert {e.object.key for e in headline} == {e.subject.key for e in body}
    assert {e.object.label for e in headline} == {"Nicolás Maduro"}


def test_a_family_name_alone_is_the_known_person_named_in_full():
    found = events("Kim hails Russia ties",
                   "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a defence pact in "
                   "Pyongyang on Wednesday.",
                   "Kim praised Russia for its support.", date=dt.date(2024, 6, 19))
    praise = [e for e in found if e.object.label == "Russia" and e.cameo.startswith("051")]
    assert praise and {e.subject.label for e in praise} == {"Kim Jong Un"}
