"""Publication dates in English and Indonesian forms, and relative mentions resolved against publication."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.ingest.dates import parse_date, resolve_relative

WIB = dt.timezone(dt.timedelta(hours=7))


@pytest.mark.parametrize(
    "line, date, datetime",
    [
        ("29 November 2022 22:38 WIB", dt.date(2022, 11, 29), dt.datetime(2022, 11, 29, 22, 38, tzinfo=WIB)),
        ("Selasa, 29/11/2022", dt.date(2022, 11, 29), None),
        ("Nov. 29, 2022", dt.date(2022, 11, 29), None),
        ("2022-11-29", dt.date(2022, 11, 29), None),
        ("2022-11-29T10:00:00Z", dt.date(2022, 11, 29), dt.datetime(2022, 11, 29, 10, tzinfo=dt.timezone.utc)),
        ("Rabu, 30 Nov 2022 08:05 WITA", dt.date(2022, 11, 30),
         dt.datetime(2022, 11, 30, 8, 5, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
        ("Kamis, 1 Desember 2022 07:00 WIT", dt.date(2022, 12, 1),
         dt.datetime(2022, 12, 1, 7, tzinfo=dt.timezone(dt.timedelta(hours=9)))),
        ("Published: 14 March 2023", dt.date(2023, 3, 14), None),
        ("Tuesday, November 29, 2022", dt.date(2022, 11, 29), None),
        ("Selasa, 29 November 2022 | 22:38 WIB", dt.date(2022, 11, 29), dt.datetime(2022, 11, 29, 22, 38, tzinfo=WIB)),
        ("Senin, 28 Nopember 2022", dt.date(2022, 11, 28), None),
        ("Updated: November 29, 2022 at 10:05 p.m. ET", dt.date(2022, 11, 29),
         dt.datetime(2022, 11, 29, 22, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5)))),
        ("November 29, 2022 / 10:05 PM / Updated 2 hours ago", dt.date(2022, 11, 29), None),
    ],
)
def test_date_lines(line, date, datetime):
    published = parse_date(line)
    assert published is not None and published.date == date and published.datetime == datetime


@pytest.mark.parametrize(
    "line",
    ["Rusia Serang Ukraina Sejak Februari 2022 Lalu", "Russia accused NATO on 29 November 2022 of breaking promises.",
     "Dialog Konstruktif NATO-Rusia Gagal", "29/11", ""],
)
def test_not_date_lines(line):
    assert parse_date(line) is None


PUBLISHED = dt.date(2022, 11, 30)  # a Wednesday


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Stoltenberg pada Selasa (29/11) mengatakan", "id", dt.date(2022, 11, 29)),
        ("Menlu bertemu pada Senin (28/11) di Bukares", "id", dt.date(2022, 11, 28)),
        ("Desember lalu, Rusia mengusulkan jaminan keamanan", "id", dt.date(2021, 12, 1)),
        ("Rusia meluncurkan serangan kemarin", "id", dt.date(2022, 11, 29)),
        ("Rusia menuduh NATO pada hari ini", "id", dt.date(2022, 11, 30)),
        ("bulan lalu NATO menolak usulan itu", "id", dt.date(2022, 10, 1)),
        ("pekan lalu kedua menteri bertemu", "id", dt.date(2022, 11, 23)),
        ("Mereka mengadakan pembicaraan pada bulan Januari", "id", dt.date(2022, 1, 1)),
        ("yang dirilis pada akhir Januari 2022 kemarin", "id", dt.date(2022, 1, 1)),
        ("pada Jumat, Rusia menyerang", "id", dt.date(2022, 11, 25)),
        ("Russia launched missile strikes on Tuesday", "en", dt.date(2022, 11, 29)),
        ("NATO foreign ministers met on Wednesday", "en", dt.date(2022, 11, 30)),
        ("last Wednesday the talks collapsed", "en", dt.date(2022, 11, 23)),
        ("Moscow rejected the demand yesterday", "en", dt.date(2022, 11, 29)),
        ("Russia made the proposal last December", "en", dt.date(2021, 12, 1)),
        ("the sanctions imposed last month", "en", dt.date(2022, 10, 1)),
        ("the strikes that began in October", "en", dt.date(2022, 10, 1)),
        ("China proposed talks in December", "en", dt.date(2021, 12, 1)),
        ("the ministers will meet tomorrow", "en", dt.date(2022, 12, 1)),
    ],
)
def test_resolve_relative(text, lang, expected):
    assert resolve_relative(text, PUBLISHED, lang) == expected


def test_resolve_relative_is_against_publication_not_today():
    assert resolve_relative("kemarin", dt.date(2019, 3, 1), "id") == dt.date(2019, 2, 28)
    # a day/month late in the year, in a January article, is last year
    assert resolve_relative("pada Kamis (29/12)", dt.date(2023, 1, 3), "id") == dt.date(2022, 12, 29)


def test_resolve_relative_without_a_mention():
    assert resolve_relative("Rusia menuduh NATO melanggar janji.", PUBLISHED, "id") is None
    assert resolve_relative("Russia accused NATO.", PUBLISHED, "en") is None
    assert resolve_relative("kemarin", PUBLISHED, "xx") is None  # a language without date words
