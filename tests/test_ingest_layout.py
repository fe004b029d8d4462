"""Plain-text layout rules on our own texts: headline, standfirst, date line, byline, dateline, and boilerplate
(cue lines, captions, headlines of other articles pasted between paragraphs) kept out of the body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsgraph.ingest import iter_articles
from newsgraph.ingest.layout import is_headline_like, parse_layout, split_dateline
from newsgraph.model import Article

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

SCRAPE = """\
•
Logo

Amerika Serikat Kirim Bantuan Senjata Baru ke Ukraina

Washington menyatakan paket bantuan itu akan tiba dalam beberapa pekan

Senin, 15/05/2023 09:12 WIB

Presiden AS di Gedung Putih
Presiden AS di Gedung Putih (Foto: Dok. Pribadi)

WASHINGTON (Newswire) - Amerika Serikat pada Senin (15/5) mengumumkan paket bantuan militer baru untuk Ukraina.

Rusia mengecam keputusan itu dan menuduh Washington memperpanjang perang.

Harga Beras di Pasar Induk Turun Menjelang Panen Raya

Baca juga Jerman Umumkan Latihan Militer Bersama di Polandia

Menteri Pertahanan Ukraina menyambut baik bantuan tersebut.

Bagikan: Facebook | Twitter

Oleh: Siti Rahma
"""


def test_scrape_layout_in_indonesian():
    layout = parse_layout(SCRAPE)
    assert layout.title == "Amerika Serikat Kirim Bantuan Senjata Baru ke Ukraina"
    assert layout.subtitle == "Washington menyatakan paket bantuan itu akan tiba dalam beberapa pekan"
    assert layout.published.date == dt.date(2023, 5, 15)
    assert layout.published.datetime.utcoffset() == dt.timedelta(hours=7)
    assert (layout.author, layout.dateline, layout.source) == ("Siti Rahma", "WASHINGTON", "Newswire")
    assert layout.paragraphs == [
        "Amerika Serikat pada Senin (15/5) mengumumkan paket bantuan militer baru untuk Ukraina.",
        "Rusia mengecam keputusan itu dan menuduh Washington memperpanjang perang.",
        "Menteri Pertahanan Ukraina menyambut baik bantuan tersebut.",
    ]
    for line in ("•", "Logo", "Presiden AS di Gedung Putih (Foto: Dok. Pribadi)", "Oleh: Siti Rahma",
                 "Harga Beras di Pasar Induk Turun Menjelang Panen Raya", "Bagikan: Facebook | Twitter",
                 "Baca juga Jerman Umumkan Latihan Militer Bersama di Polandia", "Senin, 15/05/2023 09:12 WIB"):
        assert line in layout.boilerplate, line


def test_english_scrape_sample():
    (article,) = list(iter_articles([str(SAMPLES / "en-russia-missile-strikes-kyiv.txt")]))
    assert isinstance(article, Article)
    assert article.author == "Jane Holloway" and article.date == dt.date(2022, 10, 11)
    assert (article.dateline, article.source) == ("KYIV", "Newswire")
    assert "Read more: Markets slide as energy prices climb again" in article.boilerplate
    assert "Advertisement" in article.boilerplate
    assert article.paragraphs[-1].startswith("Germany promised")
    assert not any("Markets slide" in p for p in article.paragraphs)


def test_indonesian_scrape_sample():
    (article,) = list(iter_articles([str(SAMPLES / "id-rusia-tuding-nato-baltik.txt")]))
    assert article.title.startswith("Kremlin Tuding NATO")
    assert article.subtitle.startswith("Juru bicara Kremlin menyebut")
    assert "Gempa Berkekuatan 5,2 Guncang Pesisir Selatan Jawa Barat" in article.boilerplate
    assert (article.author, article.source, article.dateline) == ("Rina Wulandari", "kabardunia.id", "JAKARTA")
    assert len(article.paragraphs) == 5


def test_plain_text_without_headline_or_metadata():
    text = ("Russia accused NATO of breaking its promises, the foreign ministry said on Tuesday.\n\n"
            "NATO rejected the accusation.\n")
    layout = parse_layout(text)
    assert layout.title is None and layout.published is None and layout.boilerplate == []
    assert layout.paragraphs == ["Russia accused NATO of breaking its promises, the foreign ministry said on Tuesday.",
                                 "NATO rejected the accusation."]


def test_body_sentences_that_start_like_cues_stay():
    text = ("Russia Accuses NATO\n\nRussia accused NATO of breaking its promises on Tuesday.\n\n"
            "By Wednesday the ministry had summoned the ambassador of Poland to explain the remarks.\n\n"
            "Photo agencies were barred from the briefing in Moscow, according to several reporters.\n\n"
            "Foto-foto menunjukkan kerusakan parah di Kyiv\n")
    layout = parse_layout(text)
    assert layout.author is None and len(layout.paragraphs) == 4


def test_headline_shape():
    assert is_headline_like("Kapal Perang AS Kedapatan Masuki Wilayah Perairan China")
    assert is_headline_like("Markets Slide as Energy Prices Climb Again")
    assert not is_headline_like("Russia accused NATO of breaking its promises.")
    assert not is_headline_like("Rusia menuduh NATO melanggar janji yang sudah disepakati")  # sentence case
    assert not is_headline_like("NATO Responds")  # too short to tell
    assert is_headline_like("Apa Kata Putin Soal Serangan Drone Ke Moskow?")
    assert not is_headline_like("Apa yang dapat kami lakukan sekarang?")
    assert not is_headline_like("Why Did NATO Refuse?")  # a short question: could be a quoted line


def test_datelines():
    assert split_dateline("JAKARTA, JITUNEWS.COM - Rusia menuduh NATO.") == ("Rusia menuduh NATO.", "JAKARTA",
                                                                             "jitunews.com")
    assert split_dateline("WASHINGTON (Reuters) - The US said.") == ("The US said.", "WASHINGTON", "Reuters")
    assert split_dateline("KYIV, Ukraine (AP) — Russia attacked.")[1:] == ("KYIV", "AP")
    # filed from two places: neither is an actor of the first sentence
    assert split_dateline("OTTAWA/NEW DELHI, Sept 19 (Reuters) - India ordered a diplomat to leave.") == (
        "India ordered a diplomat to leave.", "OTTAWA/NEW DELHI", "Reuters")
    assert split_dateline("Jakarta - Rusia menuduh NATO.")[1] is None  # not in capitals: not a dateline
    assert split_dateline("NATO said on Tuesday - in Brussels - that talks failed.")[1] is None


def test_hard_wrapped_text_is_unwrapped():
    text = (
        "Russia Accuses NATO of Breaking Promises\n\n"
        "NATO Secretary General Jens Stoltenberg said Russia\n"
        "had abandoned dialogue with the alliance, speaking at a\n"
        "meeting of foreign ministers in Bucharest on Tuesday.\n\n"
        "The Kremlin rejected the accusation and said NATO\n"
        "Expansion Into Eastern Europe Threatened Russian\n"
        "security, according to a statement from Moscow.\n"
    )
    layout = parse_layout(text)
    assert layout.boilerplate == []
    assert layout.paragraphs[0] == ("NATO Secretary General Jens Stoltenberg said Russia had abandoned dialogue with "
                                    "the alliance, speaking at a meeting of foreign ministers in Bucharest on Tuesday.")
    assert len(layout.paragraphs) == 2


def test_a_short_first_paragraph_is_body():
    layout = parse_layout("Russia Accuses NATO\n\nNATO rejected it.\n\nRussia accused NATO of breaking promises.\n")
    assert layout.paragraphs == ["NATO rejected it.", "Russia accused NATO of breaking promises."]


def test_known_title_with_site_name_is_not_repeated_in_the_body():
    layout = parse_layout("Russia Accuses NATO | The Ledger\n\nRussia accused NATO of breaking promises.",
                          title="Russia Accuses NATO")
    assert layout.paragraphs == ["Russia accused NATO of breaking promises."] and layout.subtitle is None


def test_a_late_dateline_lookalike_does_not_swallow_the_body():
    text = ("Russia Accuses NATO\n\nRussia accused NATO of breaking its promises on Tuesday.\n\n"
            "Moscow said the alliance had moved closer to its borders.\n\n"
            "NATO - the alliance of 31 states - rejected the accusation.\n")
    layout = parse_layout(text)
    assert len(layout.paragraphs) == 3 and layout.boilerplate == []


def test_standfirst_with_full_stop_before_a_dateline():
    text = ("Russia Accuses NATO\n\nMoscow says the alliance broke its word.\n\n29 November 2022\n\n"
            "MOSCOW (Newswire) - Russia accused NATO of breaking its promises on Tuesday.\n")
    layout = parse_layout(text)
    assert layout.subtitle == "Moscow says the alliance broke its word."
    assert layout.paragraphs == ["Russia accused NATO of breaking its promises on Tuesday."]
