"""Role phrases of wire copy that name the state a person speaks for (issue 3: role phrases resolve to the body).
Our own phrases; the persons are unknown or known, the affiliation is what a state-level view needs."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import ArticleActors, load_kb
from newsgraph.actors import ActorResolver
from newsgraph.language.pipeline import get_pipeline


@pytest.fixture(scope="module")
def resolve():
    resolver = ActorResolver(load_kb(), lang="en")
    nlp = get_pipeline("en")

    def first(text):
        doc = nlp(text)
        mentions = resolver.find_mentions(doc[:], ArticleActors(date=dt.date(2025, 5, 12)))
        return mentions[0].actor

    return first


@pytest.mark.parametrize("text, body", [
    ("U.S. Trade Representative Jamieson Greer arrived.", "United States"),
    ("South Korean national security adviser Chang Ho-jin spoke.", "South Korea"),
    ("Japan's finance minister said so.", "Japan"),
    ("Chinese Vice Premier He Lifeng said so.", "China"),
])
def test_a_wire_role_phrase_names_the_state_spoken_for(resolve, text, body):
    actor = resolve(text)
    assert (actor.affiliation or actor).label == body


@pytest.mark.parametrize("lang, text, state", [
    ("en", "Chinese coast guard ships fired water cannons at the BRP Datu Tamblot near the shoal.", "Philippines"),
    ("id", "KRI Bung Tomo mengusir kapal ikan Vietnam dari perairan Natuna.", "Indonesia"),
])
def test_a_ship_named_with_its_navys_prefix_is_its_state(lang, text, state):
    import datetime as dt

    from newsgraph.extract import extract_article
    from newsgraph.model import Article

    article = Article(id="t", text=text, paragraphs=[text], date=dt.date(2025, 8, 11), language=lang)
    labels = {e.subject.label for e in extract_article(article)} | {e.object.label for e in extract_article(article)}
    assert state in labels
    assert not any("Tamblot" in label or "Bung Tomo" in label for label in labels)


def test_a_plural_role_over_a_list_is_each_bodys_holder_and_after_a_body_the_body():
    import datetime as dt

    from newsgraph.extract import extract_article
    from newsgraph.model import Article

    def subjects(text):
        article = Article(id="t", text=text, paragraphs=[text], date=dt.date(2025, 5, 10), language="en")
        return {e.subject.label for e in extract_article(article)}

    assert subjects("The leaders of Britain, France and Germany appealed to India to show restraint.") == {
        "Keir Starmer", "Emmanuel Macron", "Friedrich Merz"}
    assert subjects("The foreign ministers of India and China met in Rio de Janeiro.") == {
        "Subrahmanyam Jaishankar", "Wang Yi"}
    # "EU leaders" are the union's members speaking together, not its chief
    assert subjects("EU leaders criticised Russia.") == {"European Union"}
