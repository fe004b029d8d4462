"""The views in real headless Chromium, offline: drawn, filterable, evidence one click away, no request, no XSS."""

from __future__ import annotations

import json

import pytest

import browser as chromium
from newsgraph.views import render_graph, render_views
from test_views import NATO, RUSSIA, UKRAINE, event, sample_events

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium.available(), reason="needs /usr/bin/chromium and playwright (make browser)"),
]


@pytest.fixture(scope="module")
def browser():
    b = chromium.Browser()
    yield b
    b.close()


@pytest.fixture(scope="module")
def views(tmp_path_factory):
    return render_views(sample_events(), tmp_path_factory.mktemp("views"))


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    path = tmp_path_factory.mktemp("screenshots")
    print(f"\nview screenshots: {path}")
    return path


def edge_point(page, edge_id):
    """Page coordinates of the middle of an edge as drawn (curved edges included)."""
    return page.evaluate(
        """(id) => {
            const net = newsgraph.network, e = net.body.edges[id];
            const p = net.canvasToDOM(e.edgeType.getPoint(0.5));
            const r = document.getElementById('ng-graph').getBoundingClientRect();
            return [p.x + r.left, p.y + r.top]; }""",
        edge_id,
    )


def node_point(page, node_id):
    return page.evaluate(
        """(id) => {
            const net = newsgraph.network, p = net.canvasToDOM(net.getPositions([id])[id]);
            const r = document.getElementById('ng-graph').getBoundingClientRect();
            return [p.x + r.left, p.y + r.top]; }""",
        node_id,
    )


def edge_id(page, subject, relation, obj):
    return page.evaluate(
        """([s, r, o]) => newsgraph.data.edges.findIndex(e =>
            newsgraph.data.nodes[e.f].label === s && newsgraph.data.nodes[e.t].label === o && e.r === r)""",
        [subject, relation, obj],
    )


def test_every_view_opens_offline_and_draws_its_nodes(browser, views, shots):
    for name, path in views.items():
        if name == "index":
            continue
        page = browser.open(path)
        expected = page.evaluate("newsgraph.data.nodes.length")
        assert expected > 0
        assert page.evaluate("newsgraph.network.body.nodeIndices.length") == expected, name
        assert page.non_blank_pixels() > 500, f"{name} drew nothing"
        page.screenshot(path=str(shots / (path.stem + ".png")))
        assert page.requests == [], f"{name} made requests: {page.requests}"
        assert page.errors == [], f"{name}: {page.errors}"
        page.context.close()


def test_index_links_every_view_and_they_resolve(browser, views):
    page = browser.open(views["index"], wait_ready=False)
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.href)")
    assert len(hrefs) == len(views) - 1
    assert all(h.startswith("file://") for h in hrefs)
    page.goto(hrefs[0])
    page.wait_for_function("window.ngReady === true")
    assert page.requests == []
    page.context.close()


def test_filters_hide_and_restore_without_moving_the_layout(browser, views, shots):
    page = browser.open(views["graph"])
    total = page.evaluate("newsgraph.network.body.edgeIndices.length")
    before = page.evaluate("newsgraph.network.getPositions()")
    pixels = page.non_blank_pixels()

    page.uncheck("#ng-quads input[value='3']")  # verbal conflict: the two disapprove edges go
    assert page.evaluate("newsgraph.network.body.edgeIndices.length") == total - 2
    assert page.non_blank_pixels() != pixels
    page.screenshot(path=str(shots / "filtered-no-verbal-conflict.png"))
    # Highlighting an actor restyles nodes; it must not bring filtered-out items back.
    page.evaluate("newsgraph.showActor(newsgraph.network.body.nodeIndices[0])")
    assert page.evaluate("newsgraph.network.body.edgeIndices.length") == total - 2
    page.check("#ng-quads input[value='3']")
    assert page.evaluate("newsgraph.network.body.edgeIndices.length") == total

    page.uncheck("#ng-relations input[value='fight']")
    assert page.evaluate("newsgraph.network.body.edgeIndices.some(id => newsgraph.data.edges[id].r === 'fight')") is False
    page.click("#ng-reset")

    page.select_option("#ng-lang", "id")
    assert page.evaluate("newsgraph.network.body.edgeIndices.length") == 3  # the Indonesian articles: a1 (two) and a4
    page.select_option("#ng-lang", "")

    page.fill("#ng-min-mentions", "2")
    assert page.evaluate("newsgraph.network.body.edgeIndices.length") == 1  # only the bundled Russia → NATO disapprove
    page.fill("#ng-min-mentions", "1")

    page.evaluate("(() => { const s = document.getElementById('ng-min-conf'); s.value = '0.7';"
                  " s.dispatchEvent(new Event('input')); })()")
    assert page.evaluate("newsgraph.network.body.edgeIndices.some(id => newsgraph.data.edges[id].r === 'appeal')") is False

    page.evaluate("(() => { const s = document.getElementById('ng-date-to'); s.value = '1';"
                  " s.dispatchEvent(new Event('input')); })()")  # up to 2022-11-30: two accusations, the attack
    assert page.evaluate("newsgraph.network.body.edgeIndices.length") == 3
    assert page.text_content("#ng-date-to-out") == "2022-11-30"

    # Everything filtered out: a message, not a broken page; then back to the full graph.
    for q in "1234":
        page.uncheck(f"#ng-quads input[value='{q}']")
    assert page.is_visible("#ng-empty")
    page.click("#ng-reset")
    assert page.evaluate("newsgraph.network.body.edgeIndices.length") == total
    assert page.is_hidden("#ng-empty")
    assert page.evaluate("newsgraph.network.getPositions()") == before
    assert page.non_blank_pixels() > 500
    assert page.errors == [] and page.requests == []
    page.context.close()


def test_edge_hover_and_click_show_the_evidence(browser, views, shots):
    page = browser.open(views["graph"])
    eid = edge_id(page, "Russia", "disapprove", "NATO")
    x, y = edge_point(page, eid)
    page.mouse.move(x, y)
    page.wait_for_selector("#ng-tip:not([hidden])")
    tip = page.text_content("#ng-tip")
    assert "disapprove (verbal conflict)" in tip
    assert "112 " in tip and "2022-11-29 – 2022-12-05" in tip and "2 mentions in 2 articles" in tip
    page.mouse.click(x, y)
    page.wait_for_selector("#ng-panel:not([hidden])")
    panel = page.text_content("#ng-panel")
    assert "Russia accused NATO of provocation." in panel and "Moscow again accused the alliance." in panel
    assert "Article a1" in panel and "2022-12-05" in panel
    links = page.evaluate("Array.from(document.querySelectorAll('#ng-panel a')).map(a => a.getAttribute('href'))")
    assert "https://news.example/a1" in links
    page.screenshot(path=str(shots / "edge-evidence.png"))
    assert page.requests == []
    page.context.close()


def test_clicking_an_actor_highlights_its_neighbourhood_and_lists_its_events(browser, views, shots):
    page = browser.open(views["graph"])
    ukraine = page.evaluate("newsgraph.data.nodes.findIndex(n => n.label === 'Ukraine')")
    page.mouse.click(*node_point(page, ukraine))
    page.wait_for_selector("#ng-panel:not([hidden])")
    panel = page.text_content("#ng-panel")
    assert "Russia attacked Ukraine." in panel and "NATO did not send aid." in panel
    assert "Indonesia met Russia." not in panel
    dimmed = page.evaluate("""newsgraph.nodes.get().filter(n => n.color.background.startsWith('rgba'))
                              .map(n => newsgraph.data.nodes[n.id].label).sort()""")
    assert dimmed == ["Indonesia", "Jens Stoltenberg"]
    page.screenshot(path=str(shots / "actor-neighbourhood.png"))

    page.fill("#ng-search", "q7184")
    page.press("#ng-search", "Enter")
    assert page.text_content("#ng-panel h3") == "NATO"
    page.context.close()


def test_pair_view_draws_a_timeline_coloured_by_quad_class(browser, views, shots):
    page = browser.open(views["pair:Russia|NATO"])
    dots = page.evaluate("Array.from(document.querySelectorAll('#ng-timeline circle')).map(c => c.getAttribute('fill'))")
    assert len(dots) == 3
    assert len(set(dots)) == 2  # verbal conflict (accusations) and verbal cooperation (the appeal)
    page.uncheck("#ng-quads input[value='1']")
    assert page.evaluate("document.querySelectorAll('#ng-timeline circle').length") == 2
    page.screenshot(path=str(shots / "pair-timeline.png"))
    page.context.close()


HOSTILE = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 2; alert(2)">',
    '"; window.__pwned = 3; "',
    "'); alert(4); ('",
    "</script><script>window.__pwned = 5</script>",
    '<svg onload="window.__pwned = 6">',
    "\u2028\u2029 line separators",
]


def test_hostile_article_text_never_runs(browser, tmp_path, shots):
    evil = RUSSIA.__class__("group:evil", HOSTILE[1], "group", code='"><img src=x onerror=alert(7)>')
    events = [
        event(RUSSIA, "disapprove", "112", NATO, "2022-11-29", " ".join(HOSTILE), article="<script>alert(8)</script>",
              title=HOSTILE[0] + HOSTILE[1], url="javascript:window.__pwned=9"),
        event(evil, "threaten", "138", UKRAINE, "2022-11-30", HOSTILE[4], article="b", title=HOSTILE[2],
              url="JaVaScRiPt:alert(10)"),
    ]
    out = render_graph(events, tmp_path / "evil.html", title=HOSTILE[0], view="graph", index_href="javascript:alert(11)")
    page = browser.open(out)
    for eid in (0, 1):
        page.evaluate(f"newsgraph.showEdge({eid})")
        x, y = edge_point(page, eid)
        page.mouse.move(x, y)
        page.mouse.click(x, y)
    page.evaluate("newsgraph.showActor(newsgraph.data.nodes.findIndex(n => n.type === 'group'))")
    page.fill("#ng-search", HOSTILE[1])
    page.press("#ng-search", "Enter")
    page.screenshot(path=str(shots / "hostile.png"))

    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.requests == []  # an <img src=x> that got parsed would have been fetched
    # The text is there, shown as text: the evidence verbatim, and no element the payload would have made.
    panel = page.text_content("#ng-panel")
    assert HOSTILE[1] in panel
    assert page.evaluate("document.querySelectorAll('img, svg:not(#ng-timeline svg) , iframe').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 4  # data, options, vis, app
    assert page.title() == HOSTILE[0]
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert not any(h and h.strip().lower().startswith("javascript") for h in hrefs)
    data = json.loads(page.evaluate("document.getElementById('ng-data').textContent"))
    assert data["articles"][0]["url"] is None and data["events"][0]["x"] == " ".join(HOSTILE)
    assert page.errors == []
    page.context.close()
