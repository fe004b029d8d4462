"""The actor knowledge base: coverage the issue asks for, offices in time, data validation, RDF export."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from newsgraph.actors import actor_iri, kb_triples, load_kb
from newsgraph.actors.kb import KnowledgeBase
from newsgraph.actors.rdf import NG, kb_graph
from newsgraph.model import InputError

KB_DIR = Path(__file__).resolve().parents[1] / "ontology" / "actors"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_every_un_member_state_has_a_qid_and_english_and_indonesian_names(kb):
    members = kb.un_members()
    assert len(members) == 193
    for state in members:
        assert state.qid and state.qid.startswith("Q"), state
        assert state.code and len(state.code) == 3, state
        for lang in ("en", "id"):
            assert kb.names_of(state.key, lang), f"{state.label} has no {lang} name"


def test_observers_and_disputed_states_are_present(kb):
    for label, qid in [("Palestine", "Q219060"), ("Vatican City", "Q237"), ("Taiwan", "Q865"), ("Kosovo", "Q1246")]:
        assert kb.actors[qid].label == label
    assert kb.status["Q219060"] == "observer"


@pytest.mark.parametrize("key,qid", [
    ("Q159", "Q159"), ("Q30", "Q30"), ("Q148", "Q148"), ("Q212", "Q212"), ("Q7184", "Q7184"),
    ("Q252", "Q252"), ("Q218", "Q218"), ("Q458", "Q458"), ("Q1065", "Q1065"),
])
def test_anchor_qids(kb, key, qid):
    assert kb.actors[key].qid == qid


def test_indonesian_labels_come_from_cldr_or_curation(kb):
    assert kb.label("Q30", "id") == "Amerika Serikat"
    assert kb.label("Q218", "id") == "Rumania"
    assert kb.label("Q7184", "id") == "NATO"
    assert kb.label("Q159", "en") == "Russia"


def test_igos_groups_and_regions_are_typed(kb):
    labels = {a.label: a for a in kb.actors.values()}
    for org in ["NATO", "European Union", "ASEAN", "African Union", "OPEC", "G7", "G20", "BRICS",
                "Shanghai Cooperation Organisation", "International Atomic Energy Agency",
                "International Monetary Fund", "World Bank", "World Health Organization", "OSCE", "Arab League",
                "United Nations Security Council", "European Commission"]:
        assert labels[org].type == "organization", org
    for group in ["Hamas", "Hezbollah", "Houthis", "Taliban", "Islamic State", "Wagner Group"]:
        assert labels[group].type == "group", group
    assert labels["Eastern Europe"].type == "region"


def test_ambiguous_names_carry_all_candidates(kb):
    names = {n.text: n for n in kb.names("en")}
    assert set(names["Brussels"].keys) == {"Q31", "Q458", "Q7184"}
    assert set(names["Georgia"].keys) >= {"Q230"} and len(names["Georgia"].keys) > 1
    assert len(names["Congo"].keys) == 2
    assert len(names["Korea"].keys) > 1


def test_office_holders_change_with_the_date(kb):
    assert kb.actors[kb.holder("Q7184", "secretary_general", dt.date(2022, 11, 29)).person].label == "Jens Stoltenberg"
    assert kb.actors[kb.holder("Q7184", "secretary_general", dt.date(2025, 1, 15)).person].label == "Mark Rutte"
    assert kb.actors[kb.holder("Q30", "president", dt.date(2019, 6, 1)).person].label == "Donald Trump"
    assert kb.actors[kb.holder("Q30", "president", dt.date(2022, 6, 1)).person].label == "Joe Biden"
    # The hand-over day belongs to the incoming holder.
    assert kb.actors[kb.holder("Q30", "president", dt.date(2021, 1, 20)).person].label == "Joe Biden"
    assert kb.actors[kb.holder("Q252", "foreign_minister", dt.date(2020, 1, 1)).person].label == "Retno Marsudi"
    assert kb.holder("Q7184", "secretary_general", dt.date(1960, 1, 1)) is None


@pytest.mark.parametrize("body,role,date,holder", [
    ("Q142", "president", dt.date(1990, 1, 1), "François Mitterrand"),
    ("Q142", "president", dt.date(2000, 1, 1), "Jacques Chirac"),
    ("Q30", "president", dt.date(1991, 3, 1), "George H. W. Bush"),
    ("Q30", "president", dt.date(2003, 3, 20), "George W. Bush"),
    ("Q145", "prime_minister", dt.date(1985, 1, 1), "Margaret Thatcher"),
    ("Q183", "chancellor", dt.date(1990, 10, 3), "Helmut Kohl"),
    ("Q159", "president", dt.date(1995, 1, 1), "Boris Yeltsin"),
    ("Q15180", "leader", dt.date(1988, 1, 1), "Mikhail Gorbachev"),
    ("Q801", "prime_minister", dt.date(1995, 1, 1), "Yitzhak Rabin"),
    ("Q801", "prime_minister", dt.date(1996, 1, 1), "Shimon Peres"),
    ("Q1065", "secretary_general", dt.date(1999, 6, 1), "Kofi Annan"),
    ("Q7184", "secretary_general", dt.date(1990, 1, 1), "Manfred Wörner"),
    ("Q252", "president", dt.date(1997, 1, 1), "Suharto"),
    ("Q148", "leader", dt.date(1985, 1, 1), "Deng Xiaoping"),
    ("Q148", "leader", dt.date(1999, 1, 1), "Jiang Zemin"),
    ("Q794", "leader", dt.date(1985, 1, 1), "Ruhollah Khomeini"),
    ("Q794", "president", dt.date(1985, 1, 1), "Ali Khamenei"),
    ("Q846", "leader", dt.date(2000, 1, 1), "Hamad bin Khalifa Al Thani"),
    ("Q212", "president", dt.date(2000, 1, 1), "Leonid Kuchma"),
    ("Q1014", "president", dt.date(2000, 1, 1), "Charles Taylor"),
    ("Q1049", "president", dt.date(2000, 1, 1), "Omar al-Bashir"),
])
def test_holders_of_the_archive_years(kb, body, role, date, holder):
    """Wire text of 1980-2014 names these offices constantly; the holder is the one in office at the date."""
    office = kb.holder(body, role, date)
    assert office is not None and kb.actors[office.person].label == holder


def test_a_leader_in_office_before_2014_keeps_one_key_across_terms(kb):
    """People already in office in 2014 got their earlier offices added, not a second entry."""
    for label, years in [("Vladimir Putin", {1999, 2008, 2012}), ("Mahathir Mohamad", {1981, 2018}),
                         ("Benjamin Netanyahu", {1996, 2009}), ("Ali Khamenei", {1981, 1989})]:
        key = kb.key_for_label(label)
        assert years <= {o.start.year for o in kb.offices_of(key)}, label
    assert sum(1 for a in kb.actors.values() if a.label.startswith("Vladimir Putin")) == 1


def test_one_holder_offices_do_not_overlap(kb):
    """Two holders of an office that has one holder at a time (kind office) overlap by at most a month (the
    hand-over month of a YYYY-MM date); a longer overlap is a data error."""
    from collections import defaultdict
    terms = defaultdict(list)
    for o in kb.offices:
        if kb.roles[o.role].kind == "office":
            terms[(o.body, o.role)].append(o)
    bad = []
    for (body, role), offices in terms.items():
        offices.sort(key=lambda o: o.start)
        for a, b in zip(offices, offices[1:]):
            end = a.end or dt.date.max
            if a.person != b.person and (end - b.start).days > 31:
                bad.append(f"{kb.actors[body].label} {role}: {kb.actors[a.person].label} / {kb.actors[b.person].label}")
    assert not bad, bad


def test_every_qid_has_a_row_saying_how_it_was_checked(kb):
    """README: qid_checks.tsv has a row for every QID in people.tsv, actors.tsv and states.tsv, and a QID it
    records as removed is used nowhere."""
    from newsgraph.datafile import read_tsv
    rows = {r["qid"]: r for r in read_tsv(KB_DIR / "qid_checks.tsv")}
    used = {a.qid: a.label for a in kb.actors.values() if a.qid}
    assert not set(used) - set(rows), sorted(set(used) - set(rows))
    assert not {q for q, r in rows.items() if r["status"] == "removed"} & set(used)
    for qid, label in used.items():
        if kb.actors[qid].type == "person":
            assert rows[qid]["label"] == label, qid


def test_leader_means_the_office_that_leads_the_body(kb):
    assert kb.actors[kb.holder("Q794", "leader", dt.date(2022, 1, 1)).person].label == "Ali Khamenei"
    assert kb.actors[kb.holder("Q801", "leader", dt.date(2023, 6, 1)).person].label == "Benjamin Netanyahu"
    # The EU's leader sits in one of its parts, the Commission.
    assert kb.actors[kb.holder("Q458", "leader", dt.date(2022, 1, 1)).person].label == "Ursula von der Leyen"


def test_offices_cover_the_bodies_the_issue_lists(kb):
    needed = ["Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India", "Indonesia",
              "Italy", "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Turkey",
              "United Kingdom", "United States", "Ukraine", "Iran", "Israel", "North Korea", "Malaysia",
              "Singapore", "Philippines", "East Timor", "Papua New Guinea", "United Nations", "NATO",
              "European Commission"]
    bodies = {kb.actors[o.body].label for o in kb.offices}
    assert not set(needed) - bodies
    for label in ["Russia", "United States", "China", "Ukraine", "Indonesia", "Iran", "Israel"]:
        key = kb.key_for_label(label)
        roles = {o.role for o in kb.offices if o.body == key}
        assert {"foreign_minister"} <= roles, label


def _copy_kb(tmp_path: Path) -> Path:
    folder = tmp_path / "actors"
    shutil.copytree(KB_DIR, folder)
    return folder


def test_a_bad_office_row_names_its_file_and_line(tmp_path):
    folder = _copy_kb(tmp_path)
    with (folder / "offices.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Nobody Known\tNATO\tsecretary_general\t2020-01-01\t\t1\n")
    with pytest.raises(InputError, match=r"offices.tsv:\d+: person 'Nobody Known'"):
        KnowledgeBase(folder)


def test_a_name_for_an_unknown_key_and_a_bad_date_are_rejected(tmp_path):
    folder = _copy_kb(tmp_path)
    with (folder / "names" / "id.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Q999999999\tNegeri Antah Berantah\tepithet\n")
    with pytest.raises(InputError, match="unknown actor key Q999999999"):
        KnowledgeBase(folder)
    folder = _copy_kb(tmp_path / "second")
    with (folder / "offices.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Mark Rutte\tNATO\tsecretary_general\t2024-13-01\t\t1\n")
    with pytest.raises(InputError, match="bad date"):
        KnowledgeBase(folder)


def test_adding_a_language_is_adding_a_names_file(tmp_path):
    folder = _copy_kb(tmp_path)
    (folder / "names" / "ms.tsv").write_text("key\tname\tkind\nQ30\tAmerika Syarikat\tlabel\n", encoding="utf-8")
    kb = KnowledgeBase(folder)
    assert "ms" in kb.languages()
    assert kb.label("Q30", "ms") == "Amerika Syarikat"


def test_actor_iri_turns_key_colons_into_path_segments():
    assert actor_iri("Q159") == "https://newsgraph.dev/actor/Q159"
    assert actor_iri("person:alexander-grushko") == "https://newsgraph.dev/actor/person/alexander-grushko"


def test_rdf_export_has_types_labels_aliases_sameas_and_offices(kb):
    g = kb_graph(kb)
    russia = URIRef(actor_iri("Q159"))
    assert (russia, RDF.type, NG.State) in g
    assert (russia, RDFS.label, Literal("Rusia", lang="id")) in g
    assert (russia, SKOS.altLabel, Literal("Negeri Beruang Merah", lang="id")) in g
    assert (russia, SKOS.altLabel, Literal("Kremlin", lang="en")) in g
    assert (russia, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q159")) in g
    assert (URIRef(actor_iri("region:eastern-europe")), RDF.type, NG.Region) in g
    # Ambiguous names are nobody's alias.
    assert not list(g.triples((None, SKOS.altLabel, Literal("Brussels", lang="en"))))
    stoltenberg = URIRef(actor_iri("Q57665"))
    offices = list(g.objects(stoltenberg, NG.heldOffice))
    assert any((o, NG.body, URIRef(actor_iri("Q7184"))) in g for o in offices)
    assert len(list(kb_triples(kb))) == len(g)
    g.serialize(format="turtle")  # serialises without error


def test_generated_cldr_names_are_up_to_date(tmp_path):
    """names/<lang>.cldr.tsv is what tools/gen_state_names.py writes from the installed babel."""
    import importlib.util

    tool = Path(__file__).resolve().parents[1] / "tools" / "gen_state_names.py"
    spec = importlib.util.spec_from_file_location("gen_state_names", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for lang in ("en", "id"):
        fresh = module.generate(lang, tmp_path).read_text(encoding="utf-8")
        assert fresh == (KB_DIR / "names" / f"{lang}.cldr.tsv").read_text(encoding="utf-8"), (
            f"run: python tools/gen_state_names.py {lang}")


@pytest.mark.parametrize("label,code", [
    ("Hamas", "PSEREBHMS"), ("Hezbollah", "LBNREB"), ("Taliban", "AFGREB"), ("Boko Haram", "NGAREB"),
    ("al-Shabaab", "SOMREB"), ("UNITA", "ANGREB"), ("Liberation Tigers of Tamil Eelam", "LKAREB"),
    ("Baloch Liberation Army", "PAKREB"), ("Moro Islamic Liberation Front", "PHLREB"), ("Polisario Front", "NAFREB"),
    ("Tigray People's Liberation Front", "ETHREB"), ("FARC", "COLREB"), ("Shining Path", "PERREB"),
])
def test_groups_carry_the_cameo_code_phoenix_gives_them(kb, label, code):
    actor = kb.actors[kb.key_for_label(label)]
    assert actor.type == "group" and actor.code == code


def test_groups_of_2019_2026_news_are_there_in_both_languages(kb):
    for label in ["Kataib Hezbollah", "Popular Mobilization Forces", "Islamic Resistance in Iraq",
                  "Tehrik-i-Taliban Pakistan", "Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State West Africa Province",
                  "Islamic State Khorasan Province", "M23", "Allied Democratic Forces", "Africa Corps",
                  "People's Protection Units", "National Liberation Army (Colombia)", "Tren de Aragua",
                  "Kachin Independence Army", "Ta'ang National Liberation Army", "Myanmar National Democratic Alliance Army",
                  "National Unity Government (Myanmar)", "People's Defence Force", "Viv Ansanm", "SPLM-IO", "Fano",
                  "Oromo Liberation Army", "Janjaweed"]:
        key = kb.key_for_label(label)
        assert key and kb.actors[key].type == "group", label
        for lang in ("en", "id"):
            assert kb.names_of(key, lang), f"{label} has no {lang} name"
    # Armed wings the press names as their movement are its names, not actors of their own.
    assert kb.key_for_label("Qassam Brigades") is None
    assert kb.part_of[kb.key_for_label("Islamic State Khorasan Province")] == "Q2429253"


def test_abbreviations_two_bodies_share_carry_both(kb):
    names = {n.text: n for n in kb.names("en")}
    assert set(names["ADF"].keys) == {"Q408", kb.key_for_label("Allied Democratic Forces")}
    assert set(names["SAF"].keys) == {"Q1049", "Q334"}
    assert set(names["Congress"].keys) == {"Q30", kb.key_for_label("Indian National Congress")}
