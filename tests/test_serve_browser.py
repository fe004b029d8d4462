"""The query page of `newsgraph serve` in headless Chromium: a query runs, results show as text, nothing external."""

from __future__ import annotations

import re
import threading

import pyoxigraph as ox
import pytest

import browser as chromium
from newsgraph.server import Endpoint, engine_for, make_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium.available(), reason="needs /usr/bin/chromium and playwright (make browser)"),
]

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> & "quotes"'


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    views = tmp_path_factory.mktemp("views")
    (views / "graph.html").write_text("<!doctype html><title>graph view</title><p>the graph</p>", encoding="utf-8")
    store = ox.Store()
    ev = ox.NamedNode("https://newsgraph.dev/event/e1")
    store.add(ox.Quad(ev, ox.NamedNode("https://newsgraph.dev/ontology#evidence"), ox.Literal(HOSTILE),
                      ox.NamedNode("https://newsgraph.dev/article/a1")))
    srv = make_server(Endpoint(engine_for(store)), "127.0.0.1", 0, views)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=chromium.CHROMIUM, args=chromium.ARGS)
    p = b.new_page()
    p.outside = []
    p.dialogs = []
    p.errors = []
    p.on("request", lambda r: None if r.url.startswith(server.url) else p.outside.append(r.url))
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    p.goto(server.url + "/")
    yield p
    b.close()
    pw.stop()


def test_query_page_runs_a_select_and_shows_hostile_text_as_text(page):
    page.fill("#query", "SELECT ?e ?evidence WHERE { ?e ng:evidence ?evidence }")
    page.click("#run")
    page.wait_for_selector("#results table td")
    cells = page.locator("#results td").all_text_contents()
    assert cells == ["https://newsgraph.dev/event/e1", HOSTILE]
    assert page.locator("#results img").count() == 0 and page.locator("#results script").count() == 0
    assert "1 row" in page.text_content("#status")
    assert page.dialogs == [] and page.errors == [] and page.outside == []


def test_query_page_shows_the_parser_error(page):
    page.fill("#query", "SELEC nonsense")
    page.click("#run")
    from playwright.sync_api import expect

    expect(page.locator("#status")).to_have_class("error")
    assert "400" in page.text_content("#status") and "error at 1:" in page.text_content("#status")


def test_query_page_shows_a_construct_as_turtle(page):
    page.fill("#query", "CONSTRUCT WHERE { ?e ng:evidence ?x }")
    page.click("#run")
    page.wait_for_selector("#results pre")
    assert "ng:evidence" in page.text_content("#results pre")


def test_query_page_links_the_views(page, server):
    link = page.locator("a[href='views/graph.html']")
    assert link.count() == 1
    link.click()
    page.wait_for_load_state()
    assert page.title() == "graph view"
    page.go_back()


def test_every_example_query_runs(page):
    from playwright.sync_api import expect

    names = page.eval_on_selector_all("#examples option", "os => os.map(o => o.value).filter(Boolean)")
    assert "saved: who_accuses_whom" in names
    for name in names:
        page.select_option("#examples", name)
        assert page.input_value("#query").strip()
        page.click("#run")
        expect(page.locator("#status")).not_to_have_text(re.compile("^running"), timeout=20_000)
        assert page.get_attribute("#status", "class") != "error", (name, page.text_content("#status"))
