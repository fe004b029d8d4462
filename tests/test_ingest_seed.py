"""The real seed article (read from ../shared/seeds, never copied): its metadata, body and boilerplate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.ingest import iter_articles
from newsgraph.model import Article

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_618aedad57d5a04c.txt"
INSERTED_HEADLINES = [
    "Kirim Kendaraan Tempur Usang buatan Soviet ke Ukraina, Slovakia Bakal Dapat Belasan Tank Leopard Jerman",
    "Kapal Perang AS Kedapatan Masuki Wilayah Perairan China",
]


@pytest.fixture(scope="module")
def seed() -> Article:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    (article,) = list(iter_articles([str(SEED)]))
    assert isinstance(article, Article), article
    return article


def test_seed_metadata(seed):
    assert seed.id == "000_618aedad57d5a04c"
    assert seed.title == "Dialog Konstruktif NATO-Rusia Gagal, Sekjen NATO Salahkan Moskow"
    assert seed.subtitle.startswith("Sekjen NATO mengatakan bahwa pihaknya tidak mungkin")
    assert seed.subtitle.endswith("serangan terhadap Ukraina")
    assert seed.date == dt.date(2022, 11, 29)
    assert seed.datetime == dt.datetime(2022, 11, 29, 22, 38, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert seed.author == "Tino Aditia"
    assert seed.dateline == "JAKARTA"
    assert seed.source == "jitunews.com"
    assert seed.path == str(SEED)


def test_seed_body_is_the_real_paragraphs(seed):
    assert len(seed.paragraphs) == 8
    assert seed.paragraphs[0].startswith("Sekretaris Jenderal NATO Jens Stoltenberg pada Selasa (29/11)")
    assert "JITUNEWS" not in seed.text  # the dateline is metadata, not the first sentence
    quotes = [p for p in seed.paragraphs if p.startswith("“")]
    assert len(quotes) == 2 and quotes[0].startswith("“Apa yang dapat saya katakan") and "Vladimir Putin" in quotes[1]
    assert any(p.startswith("Sementara itu, Rusia menuduh NATO") for p in seed.paragraphs)
    assert any(p.startswith("Desember lalu, Rusia mengusulkan") for p in seed.paragraphs)
    assert seed.text == "\n\n".join(seed.paragraphs)
    assert seed.title not in seed.text and seed.subtitle not in seed.text


def test_seed_boilerplate_is_set_aside(seed):
    for line in INSERTED_HEADLINES + ["logo", "Halaman:", "Penulis : Tino Aditia", "29 November 2022 22:38 WIB",
                                      "Bendera NATO dan Rusia (kiri)", "Bendera NATO dan Rusia (kiri) istimewa"]:
        assert line in seed.boilerplate, line
        assert line not in seed.text
    for headline in INSERTED_HEADLINES:
        assert not any(headline in p for p in seed.paragraphs)


def test_seed_digest_is_stable(seed):
    (again,) = list(iter_articles([str(SEED)]))
    assert again.digest == seed.digest and len(seed.digest) == 64
