"""The Indonesian affix engine: stems to surface forms and back."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.lexicon import Stem, load_morphology


@pytest.fixture(scope="module")
def morph():
    m = load_morphology("id")
    assert m is not None
    return m


def forms(morph, stem, groups=("verb", "an", "peN_an")):
    return {f.word: (f.voice, f.nominal) for f in morph.generate(stem, groups)}


@pytest.mark.parametrize(
    "stem,expected",
    [("tuduh", {"menuduh": ("active", False), "dituduh": ("passive", False), "tuduhan": (None, True),
                "tertuduh": ("stative", False), "tuduh": ("bare", False)}),
     ("salah+kan", {"menyalahkan": ("active", False), "disalahkan": ("passive", False), "salahkan": ("bare", False)}),
     ("kecam", {"mengecam": ("active", False), "dikecam": ("passive", False), "kecaman": (None, True),
                "pengecaman": (None, True)}),
     ("ancam", {"mengancam": ("active", False), "diancam": ("passive", False), "ancaman": (None, True),
                "terancam": ("stative", False)}),
     ("serang", {"menyerang": ("active", False), "diserang": ("passive", False), "serangan": (None, True),
                 "penyerangan": (None, True)}),
     ("per-ingat+kan", {"memperingatkan": ("active", False), "diperingatkan": ("passive", False)}),
     ("bom", {"mengebom": ("active", False), "dibom": ("passive", False), "pengeboman": (None, True)}),
     ("pukul", {"memukul": ("active", False)}),
     ("tembak", {"menembak": ("active", False), "penembakan": (None, True)}),
     ("kritik", {"mengkritik": ("active", False)}),
     ("klaim", {"mengklaim": ("active", False)}),
     ("protes", {"memprotes": ("active", False)}),
     ("tandatangan+i", {"menandatangani": ("active", False), "ditandatangani": ("passive", False)})],
)
def test_generation(morph, stem, expected):
    got = forms(morph, stem)
    for word, analysis in expected.items():
        assert got.get(word) == analysis, (word, got)


def test_nominal_forms_build_on_the_root_not_the_suffixed_stem(morph):
    got = forms(morph, "per-ingat+kan", ("an",))
    assert list(got) == ["peringatan"]


def test_ber_and_per_an_forms(morph):
    assert [f.word for f in morph.generate("runding", ("ber", "per_an"))] == ["berunding", "perundingan"]
    assert [f.word for f in morph.generate("temu", ("ber", "per_an"))] == ["bertemu", "pertemuan"]
    assert [f.word for f in morph.generate("kerja", ("ber",))] == ["bekerja"]


@pytest.mark.parametrize(
    "word,root,suffix,form",
    [("menuduh", "tuduh", "", "meN"), ("dituduh", "tuduh", "", "di"), ("tuduhan", "tuduh", "", "an"),
     ("tertuduh", "tuduh", "", "ter"), ("menyalahkan", "salah", "kan", "meN"), ("disalahkan", "salah", "kan", "di"),
     ("mengecam", "kecam", "", "meN"), ("dikecam", "kecam", "", "di"), ("kecaman", "kecam", "", "an"),
     ("mengancam", "ancam", "", "meN"), ("diancam", "ancam", "", "di"), ("ancaman", "ancam", "", "an"),
     ("menyerang", "serang", "", "meN"), ("diserang", "serang", "", "di"), ("serangan", "serang", "", "an"),
     ("serangannya", "serang", "", "an"), ("memperingatkan", "ingat", "kan", "meN"), ("mengebom", "bom", "", "meN")],
)
def test_analysis_back_to_known_roots(morph, word, root, suffix, form):
    roots = {"tuduh", "salah", "kecam", "ancam", "serang", "ingat", "bom"}
    readings = {(s.root, s.suffix, f) for s, f in morph.analyse(word, roots)}
    assert (root, suffix, form) in readings


def test_analysis_without_a_dictionary_overgenerates_honestly(morph):
    readings = {s.root for s, f in morph.analyse("menilai") if f == "meN"}
    assert {"nilai", "tilai"} <= readings


def test_stem_notation_round_trips():
    assert str(Stem.parse("per-ingat+kan")) == "per-ingat+kan"
    assert Stem.parse("salah+kan").full == "salahkan"


def test_english_has_no_affix_engine():
    assert load_morphology("en") is None


UD_DIR = Path(__file__).resolve().parents[2] / "shared" / "reference" / "ud-indonesian"


@pytest.mark.skipif(not UD_DIR.is_dir(), reason="UD Indonesian treebanks not present")
def test_affixed_forms_attested_in_ud_are_traced_back_to_our_stems(morph):
    """Every meN-/di-/ter-/ber- verb and -an/peN-an/ke-an noun that UD lemmatises to one of our stems."""
    from newsgraph.lexicon import load_lexicon

    roots = {Stem.parse(alt).root for e in load_lexicon("id").entries for alt in e.anchor.alternatives}
    seen = found = 0
    for path in UD_DIR.glob("*.conllu"):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 10 or not cols[0].isdigit():
                continue
            form, lemma = cols[1].lower(), cols[2].lower()
            if lemma not in roots or form == lemma or "-" in form:
                continue
            affixed = form.startswith(("me", "di", "ter", "ber")) or form.endswith(("an", "kan", "nya"))
            if not affixed or form.startswith("se"):  # se- (sebagian) is no verb or event noun
                continue
            seen += 1
            found += any(stem.root == lemma for stem, _ in morph.analyse(form, roots))
    assert seen > 1000
    assert found / seen >= 0.97, f"{found}/{seen}"
