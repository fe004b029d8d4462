"""iter_articles: every input kind, and every kind of bad input as an InputError while the run goes on."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from pathlib import Path

import pytest

from newsgraph.ingest import iter_articles
from newsgraph.model import Article, InputError

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GOOD = "Russia accused NATO of breaking its promises, the foreign ministry in Moscow said on Tuesday.\n"


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def one_error(path: Path, **kw) -> InputError:
    articles, errors = split(iter_articles([str(path)], **kw))
    assert not articles and len(errors) == 1
    assert "\n" not in str(errors[0])
    return errors[0]


# ---- bad input: an error each, never an exception ----------------------------------------------------------------


def test_missing_path(tmp_path):
    error = one_error(tmp_path / "nope.txt")
    assert error.where.endswith("nope.txt") and "no such file" in error.why


@pytest.mark.parametrize("content", ["", "   \n\n\t\n"])
def test_empty_file(tmp_path, content):
    assert "empty" in one_error(write(tmp_path / "a.txt", content)).why


def test_binary_file(tmp_path):
    data = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4
    assert "binary" in one_error(write(tmp_path / "a.txt", data)).why


def test_latin1_file_is_decoded_with_a_warning(tmp_path, caplog):
    text = "Prancis Kecam Serangan Rusia\n\nLe ministre a déclaré que la réponse serait « ferme », a-t-il dit à Paris.\n"
    path = write(tmp_path / "latin.txt", text.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        (article,) = list(iter_articles([str(path)]))
    assert article.paragraphs == ["Le ministre a déclaré que la réponse serait « ferme », a-t-il dit à Paris."]
    assert any("not UTF-8" in r.getMessage() and "cp1252" in r.getMessage() for r in caplog.records)


def test_file_over_max_bytes(tmp_path):
    path = write(tmp_path / "big.txt", GOOD * 100)
    assert "too large" in one_error(path, max_bytes=1000).why
    assert split(iter_articles([str(path)]))[0]  # under the default limit it ingests


def test_stdin_over_max_bytes():
    _, errors = split(iter_articles(["-"], stdin=io.StringIO(GOOD * 100), max_bytes=1000))
    assert len(errors) == 1 and errors[0].where == "stdin" and "too large" in errors[0].why


def test_only_a_headline_is_no_article(tmp_path):
    assert "no article text" in one_error(write(tmp_path / "a.txt", "Russia Accuses NATO Of Broken Promises\n")).why


def test_bad_inputs_do_not_stop_the_others(tmp_path):
    write(tmp_path / "in" / "a.txt", "")
    write(tmp_path / "in" / "b.txt", b"\x00\x01\x02binary")
    write(tmp_path / "in" / "c.txt", GOOD)
    articles, errors = split(iter_articles([str(tmp_path / "missing"), str(tmp_path / "in")]))
    assert [a.id for a in articles] == ["c"]
    assert len(errors) == 3


# ---- HTML ---------------------------------------------------------------------------------------------------------

HOSTILE = """<!DOCTYPE html><html lang="en"><head><title>Ministry Website Hacked | Site</title>
<script>alert("head script")</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
<h1>Ministry Website Hacked With Script Code</h1>
<p>The minister said the code &lt;script&gt;alert(1)&lt;/script&gt; was found on the ministry website on Monday, officials in Jakarta said.</p>
<img src="x" onerror="alert('img onerror')">
<p>Russia accused NATO of breaking its promises, the spokesman said in a statement on Tuesday.</p>
<script>var leaked = "body script text";</script><style>.x { display: none }</style>
</article><footer>Copyright 2024 Site. All rights reserved.</footer></body></html>"""


def test_html_scripts_and_styles_never_reach_the_text(tmp_path):
    (article,) = list(iter_articles([str(write(tmp_path / "hostile.html", HOSTILE))]))
    everything = " ".join([article.text, article.title or "", *article.boilerplate])
    for leaked in ("head script", "body script text", "img onerror", "color: red", "display: none"):
        assert leaked not in everything
    # text that merely mentions a script tag stays plain text: escaping is the views' job
    assert "the code <script>alert(1)</script> was found" in article.text
    assert article.title == "Ministry Website Hacked With Script Code"
    assert article.language == "en"
    assert len(article.paragraphs) == 2


def test_html_sample_metadata():
    (article,) = list(iter_articles([str(SAMPLES / "en-nato-stoltenberg-blackmail.html")]))
    assert article.id == "en-nato-stoltenberg-blackmail"
    assert article.title == "Stoltenberg Accuses Moscow of Nuclear Blackmail"
    assert article.subtitle.startswith("NATO says Russia's plan")
    assert article.date == dt.date(2023, 6, 15)
    assert article.datetime == dt.datetime(2023, 6, 15, 9, 30, tzinfo=dt.timezone.utc)
    assert (article.author, article.source, article.dateline, article.language) == (
        "Marcus Webb", "The Daily Ledger", "BRUSSELS", "en")
    assert article.paragraphs[0].startswith("NATO Secretary General Jens Stoltenberg on Thursday accused Russia")
    for chrome in ("Home", "Privacy policy", "All rights reserved", "Buy now", "Oil prices fall"):
        assert chrome not in article.text


def test_html_page_without_text(tmp_path):
    error = one_error(write(tmp_path / "a.html", "<html><head><script>x()</script></head><body></body></html>"))
    assert "no article text" in error.why


def test_html_declared_language_is_checked(tmp_path):
    page = HOSTILE.replace('lang="en"', 'lang="id"')
    (article,) = list(iter_articles([str(write(tmp_path / "a.html", page))]))
    assert article.language == "en"  # the page says Indonesian, the text is English


# ---- JSON Lines -----------------------------------------------------------------------------------------------------


def test_jsonl_bad_lines_are_errors_and_the_others_ingest(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": GOOD, "title": "Russia Accuses NATO", "date": "2023-03-14",
                    "author": "Jane Doe", "source": "Newswire", "language": "en", "url": "https://x.example/a1"}),
        "{not json",
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"url": "https://www.news.example/world/russia-nato?utm=1", "text": GOOD}),
        "",
        json.dumps({"text": GOOD}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    articles, errors = split(iter_articles([str(path)]))
    assert [a.id for a in articles] == ["a1", "news-example-world-russia-nato", "batch-7"]
    first = articles[0]
    assert (first.title, first.date, first.author, first.source, first.language, first.url) == (
        "Russia Accuses NATO", dt.date(2023, 3, 14), "Jane Doe", "Newswire", "en", "https://x.example/a1")
    assert [e.where.rsplit(":", 1)[1] for e in errors] == ["2", "3", "4"]
    assert "not valid JSON" in errors[0].why and "JSON object" in errors[1].why and "text" in errors[2].why


def test_jsonl_sample_with_metadata():
    articles, errors = split(iter_articles([str(SAMPLES / "newswire-2024-batch.jsonl")]))
    assert not errors and [a.language for a in articles] == ["en", "id"]
    turki = articles[1]
    assert turki.id == "turki-kecam-israel-2024-01" and turki.date == dt.date(2024, 1, 10)
    assert turki.dateline == "ANKARA" and turki.source == "Wartanusa"  # declared source beats the dateline's
    assert turki.paragraphs[0].startswith("Menteri Luar Negeri Turki Hakan Fidan")


def test_jsonl_declared_language_is_checked(tmp_path):
    text = "Rusia menuduh NATO melanggar janji yang sudah disepakati dengan melakukan ekspansi ke Eropa Timur."
    path = write(tmp_path / "a.jsonl", json.dumps({"id": "x", "text": text, "language": "en"}) + "\n")
    (article,) = list(iter_articles([str(path)]))
    assert article.language == "id"


# ---- directories and stdin -------------------------------------------------------------------------------------------


def test_directory_of_mixed_inputs(tmp_path, caplog):
    write(tmp_path / "b.txt", GOOD)
    write(tmp_path / "a" / "z.html", HOSTILE)
    write(tmp_path / "a" / "y.jsonl", json.dumps({"id": "j1", "text": GOOD}) + "\n")
    write(tmp_path / "c.htm", HOSTILE)
    write(tmp_path / ".hidden.txt", GOOD)
    write(tmp_path / ".git" / "x.txt", GOOD)
    write(tmp_path / "notes.md", GOOD)
    write(tmp_path / "d.txt", "")
    with caplog.at_level(logging.DEBUG, logger="newsgraph.ingest"):
        items = list(iter_articles([str(tmp_path)]))
    ids = [i.id if isinstance(i, Article) else Path(i.where).name for i in items]
    assert ids == ["j1", "z", "b", "c", "d.txt"]  # sorted by path, recursively; hidden and .md skipped
    assert any("notes.md" in r.getMessage() for r in caplog.records)


def test_empty_directory(tmp_path):
    write(tmp_path / "readme.md", "x")
    assert "no .txt" in one_error(tmp_path).why


def test_samples_directory():
    articles, errors = split(iter_articles([str(SAMPLES)]))
    assert not errors
    assert len(articles) >= 6 and all(a.title and a.date and a.paragraphs for a in articles)


def test_stdin_plain_text():
    (article,) = list(iter_articles(["-"], stdin=io.StringIO("Russia Accuses NATO\n\n" + GOOD)))
    assert (article.id, article.title, article.paragraphs) == ("stdin", "Russia Accuses NATO", [GOOD.strip()])


def test_stdin_jsonl_and_html_are_sniffed():
    data = "\n".join(json.dumps({"text": GOOD, "title": t}) for t in ("One", "Two")) + "\n"
    articles, _ = split(iter_articles(["-"], stdin=io.BytesIO(data.encode())))
    assert [(a.id, a.title) for a in articles] == [("stdin-1", "One"), ("stdin-2", "Two")]
    (page,) = list(iter_articles(["-"], stdin=io.BytesIO(HOSTILE.encode())))
    assert page.title == "Ministry Website Hacked With Script Code" and "body script text" not in page.text


def test_explicit_file_with_other_extension_is_sniffed(tmp_path):
    (article,) = list(iter_articles([str(write(tmp_path / "page.php", HOSTILE))]))
    assert article.id == "page" and "head script" not in article.text


def test_digest_ignores_whitespace_but_not_words(tmp_path):
    a = write(tmp_path / "a.txt", "Russia Accuses NATO\n\n" + GOOD)
    b = write(tmp_path / "b.txt", "Russia Accuses NATO\n\n\n" + GOOD.replace(" ", "  ") + "\n\n")
    c = write(tmp_path / "c.txt", "Russia Accuses NATO\n\n" + GOOD.replace("Tuesday", "Monday"))
    da, db, dc = (x.digest for x in iter_articles([str(a), str(b), str(c)]))
    assert da == db != dc


def test_same_file_name_in_two_folders_is_warned_about(tmp_path, caplog):
    write(tmp_path / "a" / "x.txt", GOOD)
    write(tmp_path / "b" / "x.txt", GOOD.replace("Tuesday", "Monday"))
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        articles, _ = split(iter_articles([str(tmp_path)]))
    assert [a.id for a in articles] == ["x", "x"]
    assert any("'x'" in r.getMessage() and "also the id" in r.getMessage() for r in caplog.records)


def test_indonesian_html_page_with_pasted_links_and_headlines():
    # our own page in the shape of Indonesian news portals: "Baca juga" links and other articles' headlines
    # between paragraphs, byline and editor lines at the end
    page = Path(__file__).parent / "fixtures" / "ingest" / "id-scrape-page.html"
    (article,) = list(iter_articles([str(page)]))
    assert (article.title, article.language, article.author, article.source, article.dateline) == (
        "Rusia Tuding NATO Langgar Janji", "id", "Rina Wulandari", "Kabar Dunia", "JAKARTA")
    assert article.datetime == dt.datetime(2023, 3, 14, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert len(article.paragraphs) == 3 and article.paragraphs[0].startswith("Juru bicara Kremlin Dmitry Peskov")
    assert "Gempa Berkekuatan 5,2 Guncang Pesisir Selatan Jawa Barat" in article.boilerplate
    assert "Baca juga: Harga Minyak Dunia Naik Setelah Pertemuan OPEC" in article.boilerplate
    assert "Beranda" not in article.text and "Editor" not in article.text


def test_utf16_file_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_text("Rusia Tuding NATO\n\nRusia menuduh NATO melanggar janji, kata juru bicara Kremlin.\n",
                    encoding="utf-16")
    (article,) = list(iter_articles([str(path)]))
    assert article.title == "Rusia Tuding NATO"
    assert article.text == "Rusia menuduh NATO melanggar janji, kata juru bicara Kremlin."


def test_pathologically_nested_html_is_an_error_not_a_crash(tmp_path):
    page = "<html><body>" + "<div>" * 20000 + "<p>" + GOOD + "</p>" + "</div>" * 20000 + "</body></html>"
    items = list(iter_articles([str(write(tmp_path / "deep.html", page))]))
    assert len(items) == 1  # an article if the parser copes, else one InputError: never an exception


def test_jsonl_limit_is_per_article_not_per_file(tmp_path):
    lines = [json.dumps({"id": f"a{i}", "text": GOOD}) for i in range(30)]
    lines.insert(5, json.dumps({"id": "huge", "text": GOOD * 50}))
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    assert path.stat().st_size > 5000
    articles, errors = split(iter_articles([str(path)], max_bytes=2000))
    assert len(articles) == 30 and "huge" not in [a.id for a in articles]
    assert len(errors) == 1 and errors[0].where.endswith(":6") and "too large" in errors[0].why


def test_jsonl_line_in_cp1252(tmp_path, caplog):
    good = json.dumps({"id": "a", "text": GOOD}).encode()
    latin = json.dumps({"id": "b", "text": "Le ministre a déclaré que la Russie a menti."}, ensure_ascii=False)
    path = write(tmp_path / "batch.jsonl", good + b"\n" + latin.encode("cp1252") + b"\n")
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        articles, errors = split(iter_articles([str(path)]))
    assert not errors and articles[1].text == "Le ministre a déclaré que la Russie a menti."
    assert any("line 2" in r.getMessage() for r in caplog.records)


def test_jsonl_of_events_is_one_error(tmp_path):
    event = json.dumps({"article": "x", "subject": {"label": "Russia"}, "relation": "disapprove"})
    error = one_error(write(tmp_path / "events.jsonl", "\n".join([event] * 50) + "\n"))
    assert "on all 50 lines" in error.why


def test_binary_jsonl(tmp_path):
    assert "binary" in one_error(write(tmp_path / "x.jsonl", b"\x00\x01" * 100)).why
