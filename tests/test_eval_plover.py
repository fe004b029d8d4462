"""How predicted CAMEO codes count against PLOVER's gold types (newsgraph.evaluation.plover)."""

from __future__ import annotations

import pytest

from newsgraph.evaluation import plover


@pytest.mark.parametrize("cameo,modality,gold_type", [
    ("143", "future", "THREATEN"),  # "said they would boycott all contact with the United States"
    ("141", "planned", "THREATEN"),  # "plan to stage rallies against the government"
    ("143", None, "PROTEST"),  # a boycott carried out is a protest
    ("190", "future", "THREATEN"),
    ("070", "future", "AGREE"),
])
def test_an_announced_protest_is_a_threat_as_cameo_133_codes_it(cameo, modality, gold_type):
    assert plover.type_of_code(cameo, modality) == gold_type
    assert plover.accepts(gold_type, cameo, modality)
    others = set(plover.gold_types()) - {gold_type}
    assert not any(plover.accepts(t, cameo, modality) for t in others)
