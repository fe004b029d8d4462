"""The CAMEO taxonomy: complete, consistent with the PLOVER mapping, and its SKOS file current."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib import namespace as rdfns

from newsgraph import taxonomy
from newsgraph.taxonomy.skos import to_turtle

ROOT = Path(__file__).resolve().parents[1]
PLOVER_MAP = ROOT.parent / "shared" / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
NG = rdflib.Namespace("https://newsgraph.dev/ontology#")
CAMEO = rdflib.Namespace("https://newsgraph.dev/cameo/")

RELATIONS = [
    "make_public_statement", "appeal", "express_intent_to_cooperate", "consult", "engage_in_diplomatic_cooperation",
    "engage_in_material_cooperation", "provide_aid", "yield", "investigate", "demand", "disapprove", "reject",
    "threaten", "protest", "exhibit_force_posture", "reduce_relations", "coerce", "assault", "fight",
    "use_unconventional_mass_violence",
]


def test_twenty_roots_in_order_with_exact_relation_names():
    roots = taxonomy.roots()
    assert [r.code for r in roots] == [f"{i:02d}" for i in range(1, 21)]
    assert [r.relation for r in roots] == RELATIONS


def test_every_code_hangs_under_an_existing_parent_with_its_root_relation():
    codes = taxonomy.all_codes()
    assert 290 <= len(codes) <= 330
    for entry in codes:
        assert entry.code.startswith(entry.root)
        if entry.parent is not None:
            assert taxonomy.exists(entry.parent), entry.code
        assert entry.relation == RELATIONS[int(entry.root) - 1]


@pytest.mark.parametrize(
    "code,goldstein,quad",
    [("01", 0.0, 1), ("010", 0.0, 1), ("02", 3.0, 1), ("03", 4.0, 1), ("04", 1.0, 1), ("05", 3.5, 1),
     ("06", 6.0, 2), ("07", 7.0, 2), ("08", 5.0, 2), ("09", -2.0, 3), ("10", -5.0, 3), ("11", -2.0, 3),
     ("112", -2.0, 3), ("12", -4.0, 3), ("13", -6.0, 3), ("14", -6.5, 4), ("15", -7.2, 4), ("16", -4.0, 4),
     ("163", -8.0, 4), ("17", -7.0, 4), ("18", -9.0, 4), ("19", -10.0, 4), ("190", -10.0, 4), ("20", -10.0, 4)],
)
def test_goldstein_and_quad_class(code, goldstein, quad):
    entry = taxonomy.code(code)
    assert entry.goldstein == goldstein
    assert entry.quad_class == quad
    assert entry.quad_name == taxonomy.QUAD_NAMES[quad]


def test_goldstein_scores_stay_on_the_scale_and_sign_matches_quad():
    for entry in taxonomy.all_codes():
        assert -10.0 <= entry.goldstein <= 10.0
        if entry.quad_class == 4:
            assert entry.goldstein < 0, entry.code
        if entry.quad_class == 2:
            assert entry.goldstein > 0, entry.code


@pytest.mark.parametrize(
    "code,plover,mode,context",
    [("112", "ACCUSE", "disapprove", None), ("1123", "ACCUSE", "allege", "military"), ("090", "ACCUSE", "investigate", None),
     ("163", "COERCE", "restrict", "diplomatic"), ("190", "ASSAULT", None, "military"), ("057", "SUPPORT", None, "diplomatic"),
     ("0871", "RETREAT", "ceasefire", "military"), ("036", "AGREE", None, "diplomatic"), ("010", None, None, None),
     ("020", None, None, None)],
)
def test_plover_mapping_spot_checks(code, plover, mode, context):
    entry = taxonomy.code(code)
    assert (entry.plover, entry.plover_mode, entry.plover_context) == (plover, mode, context)


@pytest.mark.skipif(not PLOVER_MAP.is_file(), reason="reference material not present")
def test_plover_types_agree_with_the_reference_mapping():
    seen = set()
    for line in PLOVER_MAP.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if not m or m.group(1) in seen:
            continue
        seen.add(m.group(1))
        assert taxonomy.code(m.group(1)).plover == m.group(2), m.group(1)
    assert len(seen) > 250


def test_relation_of_and_unknown_codes():
    assert taxonomy.relation_of("1123") == "disapprove"
    assert taxonomy.relation_of("190") == "fight"
    with pytest.raises(KeyError, match="unknown CAMEO code '999'"):
        taxonomy.code("999")
    with pytest.raises(KeyError):
        taxonomy.relation_of("")


def test_skos_file_is_up_to_date():
    committed = (ROOT / "ontology" / "cameo.ttl").read_text(encoding="utf-8")
    assert committed == to_turtle(), "run python tools/build_cameo_ttl.py"
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_cameo_ttl.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_skos_file_parses_and_carries_the_hierarchy():
    graph = rdflib.Graph()
    graph.parse(ROOT / "ontology" / "cameo.ttl", format="turtle")
    concepts = set(graph.subjects(rdflib.RDF.type, rdfns.SKOS.Concept))
    assert len(concepts) == len(taxonomy.all_codes())
    c1123 = CAMEO["1123"]
    assert (c1123, rdfns.SKOS.broader, CAMEO["112"]) in graph
    assert (CAMEO["112"], rdfns.SKOS.broader, CAMEO["11"]) in graph
    assert (c1123, rdfns.SKOS.notation, rdflib.Literal("1123")) in graph
    assert (c1123, NG.relation, rdflib.Literal("disapprove")) in graph
    assert (c1123, NG.ploverType, rdflib.Literal("ACCUSE")) in graph
    goldstein = graph.value(CAMEO["163"], NG.goldstein)
    assert goldstein.datatype == rdfns.XSD.decimal and float(goldstein) == -8.0
    assert graph.value(CAMEO["19"], NG.quadClass).toPython() == 4
    assert str(graph.value(CAMEO["190"], rdfns.SKOS.prefLabel)).startswith("Use conventional military force")


def test_scheme_lists_the_twenty_roots_as_top_concepts():
    graph = rdflib.Graph()
    graph.parse(ROOT / "ontology" / "cameo.ttl", format="turtle")
    tops = set(graph.objects(CAMEO[""], rdfns.SKOS.hasTopConcept))
    assert tops == {CAMEO[f"{i:02d}"] for i in range(1, 21)}


@pytest.mark.parametrize(
    "refused,reject",
    [("040", "125"), ("046", "125"), ("045", "126"), ("057", "127"), ("0841", "1243"), ("087", "1246"),
     ("072", "1222"), ("0831", "1231"), ("010", "011"), ("190", "120")],
)
def test_refusing_an_action_maps_to_its_reject_code(refused, reject):
    assert taxonomy.refusal_of(refused) == reject
    assert taxonomy.code(reject).relation in ("reject", "make_public_statement")


def test_every_announced_action_maps_to_an_intent_or_a_threat():
    from newsgraph.taxonomy import _intents, code

    for action, announced in _intents().items():
        code(action)  # the action prefix is a CAMEO code
        assert code(announced).root in ("03", "13"), (action, announced)


def test_announcing_cooperation_is_an_intent_and_announcing_force_a_threat():
    from newsgraph.taxonomy import intent_of

    assert intent_of("072") == "0332"  # ready to send weapons
    assert intent_of("040") == "036"  # willing to meet
    assert intent_of("190") == "1384"  # ready to attack
    assert intent_of("163") == "1312"  # vowed to impose sanctions
    assert intent_of("111") is None  # announcing criticism is no class of its own
