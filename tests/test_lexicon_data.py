"""The verb lexicons as data: complete over CAMEO, consistent with the taxonomy, and well-formed."""

from __future__ import annotations

import pytest

from newsgraph import taxonomy
from newsgraph.lexicon import load_lexicon
from newsgraph.lexicon.entries import read_entries
from newsgraph.model import InputError
from newsgraph.resources import lang_dir

LANGS = ["en", "id"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_cameo_root_has_entries(lang):
    lex = load_lexicon(lang)
    roots = {taxonomy.code(c).root for c in lex.codes()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


@pytest.mark.parametrize("lang", LANGS)
def test_every_lexicon_code_exists_in_the_taxonomy(lang):
    for entry in load_lexicon(lang).entries:
        if entry.is_veto:  # a no-event row codes nothing
            assert not entry.refuses and not entry.swapped, entry.pattern
            continue
        assert taxonomy.exists(entry.code), entry.pattern
        if entry.refuses:
            assert taxonomy.code(entry.code).root == "12" or entry.code == "011", entry.pattern


@pytest.mark.parametrize("lang,minimum", [("en", 400), ("id", 200)])
def test_lexicon_size(lang, minimum):
    assert len(load_lexicon(lang).entries) >= minimum


@pytest.mark.parametrize(
    "lang,codes",
    [("en", ["111", "112", "1123", "130", "163", "172", "190", "036", "040", "042", "043", "057", "070", "080",
             "100", "120", "125", "020", "010"]),
     ("id", ["111", "112", "1123", "130", "163", "172", "190", "040", "042", "043", "057", "070", "080", "100",
             "120", "125", "020", "010"])],
)
def test_fine_codes_the_issue_names_are_covered(lang, codes):
    have = load_lexicon(lang).codes()
    assert set(codes) <= have


@pytest.mark.parametrize("lang", LANGS)
def test_patterns_are_unique_per_form(lang):
    seen = set()
    for entry in load_lexicon(lang).entries:
        key = (entry.pattern, entry.forms)
        assert key not in seen, entry.pattern
        seen.add(key)


def test_bad_rows_are_reported_with_their_line(tmp_path):
    bad = tmp_path / "verbs.tsv"
    bad.write_text("pattern\tcode\tgloss\tforms\tmarkers\tnotes\nattack\t999\tattack\t\t\t\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"verbs.tsv:2: unknown CAMEO code '999'"):
        read_entries(bad)
    bad.write_text("pattern\tcode\tgloss\tforms\tmarkers\tnotes\n* attack\t190\tattack\t\t\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="must start with a required word"):
        read_entries(bad)


def _rows(tmp_path, *rows):
    path = tmp_path / "verbs.tsv"
    path.write_text("pattern\tcode\tgloss\tforms\tmarkers\tnotes\n" + "".join(r + "\n" for r in rows),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("pattern", ["pull back|pull out troop", "speak to|speak with", "hold | stage drill",
                                     "halt || pause aid", "|halt aid"])
def test_phrase_alternatives_are_rejected_with_the_row(tmp_path, pattern):
    with pytest.raises(InputError, match=r"verbs.tsv:2: pattern .*(alternative|`\|`)"):
        read_entries(_rows(tmp_path, f"{pattern}\t160\tx\tverb\t\t"))


@pytest.mark.parametrize("pattern", ["scale back|down (*) operation", "call * a|an (*) threat", "halt|pause (*) aid",
                                     "accuse (*) of (*) saber|sabre - rattling",
                                     "send (*) peacekeeping|stabilisation troop|force to"])
def test_single_word_alternatives_still_load(tmp_path, pattern):
    (entry,) = read_entries(_rows(tmp_path, f"{pattern}\t160\tx\tverb\t\t"))
    assert entry.pattern == pattern


def test_no_event_and_swap_rows_load(tmp_path):
    veto, swap = read_entries(_rows(tmp_path, "beat * in (the) election\t---\tbeat in a vote\tverb\t\t",
                                    "receive (*) aid\t070\treceive aid\tverb\tfrom\tswap"))
    assert (veto.is_veto, veto.swapped, swap.is_veto, swap.swapped) == (True, False, False, True)


def test_no_event_rows_code_nothing_the_lexicon_reports():
    lex = load_lexicon("en")
    assert any(e.is_veto for e in lex.entries)
    assert "---" not in lex.codes()


def test_unknown_language_is_an_input_error():
    with pytest.raises(InputError):
        load_lexicon("xx")


def test_reporting_lists_are_data_files():
    for lang in LANGS:
        assert (lang_dir(lang) / "reporting.txt").is_file()


def test_context_words_are_read_and_checked(tmp_path):
    (entry,) = read_entries(_rows(tmp_path, "join [nato]\t062\tjoin NATO\tverb\t\t"))
    assert [w.context for w in entry.words] == [False, True] and entry.length == 2
    with pytest.raises(InputError, match="context word"):
        read_entries(_rows(tmp_path, "[join] nato\t062\tjoin NATO\tverb\t\t"))


def test_an_explicit_head_on_the_first_word_of_a_noun_row_is_kept(tmp_path):
    (marked,) = read_entries(_rows(tmp_path, "^strike (*) kill\t190\tx\tnoun\t\t"), head_final=True)
    (plain,) = read_entries(_rows(tmp_path, "air strike\t195\tx\tnoun\t\t"), head_final=True)
    assert (marked.head_offset, plain.head_offset) == (0, 1)
