"""Language detection: supported and unsupported languages named correctly, Indonesian told from Malay."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.language.detect import (
    SUPPORTED,
    detect_language,
    language_name,
    normalise_code,
    unsupported_message,
    verified_language,
)
from newsgraph.resources import supported_languages

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_618aedad57d5a04c.txt"


def test_supported_comes_from_the_language_folders():
    assert SUPPORTED == tuple(supported_languages())
    assert {"en", "id"} <= set(SUPPORTED)


def test_seed_is_indonesian():
    if not SEED.is_file():
        pytest.skip("seed article not available")
    assert detect_language(SEED.read_text(encoding="utf-8")) == "id"


@pytest.mark.parametrize(
    "text",
    [
        "Rusia menuduh NATO melanggar janji.",  # lingua alone calls this Malay
        "Menteri Luar Negeri Rusia Sergei Lavrov bertemu dengan mitranya dari China di Beijing pada hari Senin.",
        "Pemerintah Indonesia mengecam serangan itu dan meminta semua pihak menahan diri.",
        "Amerika Serikat menjatuhkan sanksi baru terhadap Iran karena program rudalnya.",
        "Juru bicara Kremlin mengatakan bahwa Moskow tidak akan menarik pasukannya.",
    ],
)
def test_indonesian_news_sentences(text):
    assert detect_language(text) == "id"


@pytest.mark.parametrize(
    "text",
    [
        "Kerajaan Malaysia berkata bahawa ia akan menghantar bantuan kepada rakyat Palestin.",
        "Perdana Menteri berkata kerajaan akan membantu rakyat yang terjejas akibat banjir di Kelantan.",
        "Syarikat penerbangan itu mengumumkan bahawa semua penerbangan ke Beijing dibatalkan minggu ini.",
        "Beliau berkata rundingan antara kedua-dua negara akan diteruskan pada bulan depan.",
        "Dia pergi ke pejabat dengan kereta pada pagi Isnin.",
        "Rusia menuduh NATO cuba mengganggu keselamatan serantau dan menggesa pakatan itu berundur.",
    ],
)
def test_malay_is_still_malay(text):
    assert detect_language(text) == "ms"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Russia accused NATO of breaking its promises on Tuesday.", "en"),
        ("Le ministre français des Affaires étrangères a condamné l'attaque contre l'Ukraine.", "fr"),
        ("Die Bundesregierung kritisierte Russland scharf für den Angriff auf Kiew.", "de"),
        ("El Gobierno de España condenó el ataque ruso contra la capital ucraniana.", "es"),
        ("Министр иностранных дел России Сергей Лавров обвинил НАТО.", "ru"),
        ("Міністр закордонних справ України засудив атаку Росії.", "uk"),
        ("中国外交部发言人表示坚决反对美国的制裁。", "zh"),
        ("Dışişleri Bakanı Rusya'nın saldırısını kınadı.", "tr"),
    ],
)
def test_other_languages_are_named(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12345 67", "!!"])
def test_no_language_in_no_text(text):
    assert detect_language(text) is None


def test_names_and_warnings():
    assert language_name("fr") == "French" and language_name("id") == "Indonesian"
    message = unsupported_message("fr-article", "fr")
    assert message == f"skipping fr-article: French is not supported (supported: {', '.join(SUPPORTED)})"
    assert "could not be detected" in unsupported_message("x", None)


@pytest.mark.parametrize("value, code", [("id-ID", "id"), ("in", "id"), ("en_US", "en"), ("Indonesian", "id"),
                                          ("EN", "en"), ("klingon-xx", None), ("", None)])
def test_normalise_code(value, code):
    assert normalise_code(value) == code


def test_declared_language_is_trusted_only_when_detection_agrees():
    indonesian = "Rusia menuduh NATO melanggar janji yang sudah disepakati dengan melakukan ekspansi ke Eropa Timur."
    assert verified_language("id-ID", indonesian) == "id"
    assert verified_language("en", indonesian) == "id"
    assert verified_language("en", "Rusia menuduh NATO.") == "en"  # too short to contradict the declaration
    assert verified_language(None, indonesian) is None


def test_indonesian_with_a_foreign_quote_is_still_indonesian():
    # lingua alone says Malay (0.997) once a French sentence is mixed in; the marker words overrule it
    text = ("Menteri Luar Negeri Prancis mengatakan bahwa Rusia harus menghentikan serangan terhadap Ukraina, "
            "kata pejabat di Paris pada Senin.\n\nLe ministre a déclaré que la réponse serait ferme.")
    assert detect_language(text) == "id"
