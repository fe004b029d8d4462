"""Session 5: how the PLOVER scorer reads a forceful act held out as possible (newsgraph.evaluation.plover)."""

from __future__ import annotations

import pytest

from newsgraph.evaluation import plover


@pytest.mark.parametrize("cameo,modality,gold_type", [
    ("165", "hypothetical", "THREATEN"),  # "the bloc may halt its mediation if the talks fail": a warning
    ("190", "hypothetical", "THREATEN"),  # "could strike the bases"
    ("070", "hypothetical", "AID"),  # "may give aid" commits to nothing: no AGREE
    ("165", None, "SANCTION"),  # halting mediation, done
])
def test_a_forceful_act_held_out_as_possible_is_a_threat(cameo, modality, gold_type):
    assert plover.type_of_code(cameo, modality) == gold_type
    assert plover.accepts(gold_type, cameo, modality)
    others = set(plover.gold_types()) - {gold_type}
    assert not any(plover.accepts(t, cameo, modality) for t in others)
