"""The view stage without a browser: which events a view shows, how they are bundled, how the page is built."""

from __future__ import annotations

import datetime as dt
import json
import re

import numpy as np
import pytest

from newsgraph.cli import main
from newsgraph.model import Actor, Event
from newsgraph.views import (
    ego_events,
    find_actors,
    fold_to_state_level,
    pair_events,
    render_graph,
    render_views,
)
from newsgraph.views.encode import build_payload, flag, safe_url
from newsgraph.views.layout import force_layout
from newsgraph.views.page import script_json

RUSSIA = Actor("Q159", "Russia", "state", "Q159", "RUS")
NATO = Actor("Q7184", "NATO", "organization", "Q7184")
UKRAINE = Actor("Q212", "Ukraine", "state", "Q212", "UKR")
INDONESIA = Actor("Q252", "Indonesia", "state", "Q252", "IDN")
STOLTENBERG = Actor(
    "person:jens-stoltenberg", "Jens Stoltenberg", "person", affiliation=NATO, role="Secretary General"
)


def event(subject, relation, cameo, obj, date, evidence, *, article="a1", lang="en", negated=False, conf=0.9,
          title=None, url=None) -> Event:
    return Event(
        article=article, lang=lang, date=dt.date.fromisoformat(date) if date else None, subject=subject,
        relation=relation, cameo=cameo, verb=relation, object=obj, evidence=evidence, confidence=conf,
        negated=negated, article_title=title or f"Article {article}", article_url=url or f"https://news.example/{article}",
    )


def sample_events() -> list[Event]:
    """Six articles' worth of events in two languages, with a person speaking for NATO and a negated event."""
    return [
        event(RUSSIA, "disapprove", "112", NATO, "2022-11-29", "Russia accused NATO of provocation.", lang="id"),
        event(STOLTENBERG, "disapprove", "111", RUSSIA, "2022-11-29", "Stoltenberg blamed Moscow.", lang="id"),
        event(RUSSIA, "fight", "190", UKRAINE, "2022-11-30", "Russia attacked Ukraine.", article="a2"),
        event(RUSSIA, "appeal", "020", NATO, "2022-12-02", "Russia asked NATO to withdraw.", article="a2", conf=0.6),
        event(RUSSIA, "disapprove", "112", NATO, "2022-12-05", "Moscow again accused the alliance.", article="a3"),
        event(NATO, "provide_aid", "070", UKRAINE, "2022-12-06", "NATO did not send aid.", article="a3", negated=True),
        event(INDONESIA, "consult", "040", RUSSIA, "2022-12-07", "Indonesia met Russia.", article="a4", lang="id"),
    ]


# ---- choosing events ----------------------------------------------------------------------------------------


def test_actor_is_matched_by_label_or_qid_in_any_case():
    events = sample_events()
    assert [a.key for a in find_actors(events, "russia")] == ["Q159"]
    assert [a.key for a in find_actors(events, "q7184")] == ["Q7184"]
    assert find_actors(events, "Rusia") == []


def test_ego_depth_one_is_the_actors_own_events_and_depth_two_reaches_partners_partners():
    events = sample_events()
    one = ego_events(events, "Ukraine", 1)
    assert {(e.subject.label, e.object.label) for e in one} == {("Russia", "Ukraine"), ("NATO", "Ukraine")}
    two = ego_events(events, "Ukraine", 2)
    # Russia and NATO are one hop away, so their events with Indonesia and Stoltenberg come in too.
    assert {"Indonesia", "Jens Stoltenberg"} <= {a.label for e in two for a in (e.subject, e.object)}
    assert ego_events(events, "Nobody", 1) == []


def test_pair_events_cover_both_directions_in_date_order():
    pair = pair_events(sample_events(), "NATO", "russia")
    assert [e.evidence for e in pair] == [
        "Russia accused NATO of provocation.",
        "Russia asked NATO to withdraw.",
        "Moscow again accused the alliance.",
    ]


def test_state_level_folds_a_person_into_the_body_he_speaks_for():
    folded = fold_to_state_level(sample_events())
    blame = [e for e in folded if e.evidence == "Stoltenberg blamed Moscow."]
    assert blame[0].subject.key == "Q7184"
    assert all(e.subject.type != "person" and e.object.type != "person" for e in folded)


# ---- encoding -----------------------------------------------------------------------------------------------


def test_same_pair_and_relation_class_is_bundled_into_one_edge_with_a_count():
    payload = build_payload(sample_events(), title="t", view="graph")
    labels = [n["label"] for n in payload["nodes"]]
    ru_nato = [
        e for e in payload["edges"]
        if labels[e["f"]] == "Russia" and labels[e["t"]] == "NATO" and e["r"] == "disapprove"
    ]
    assert len(ru_nato) == 1 and ru_nato[0]["n"] == 2 and len(ru_nato[0]["ev"]) == 2
    # Another relation class between the same pair stays a separate edge.
    assert any(labels[e["f"]] == "Russia" and labels[e["t"]] == "NATO" and e["r"] == "appeal" for e in payload["edges"])


def test_edges_carry_quad_class_and_negation_and_nodes_carry_codes():
    payload = build_payload(sample_events(), title="t", view="graph")
    quads = {e["r"]: e["q"] for e in payload["edges"]}
    assert quads == {"disapprove": 3, "fight": 4, "appeal": 1, "provide_aid": 2, "consult": 1}
    assert [e["neg"] for e in payload["edges"] if e["r"] == "provide_aid"] == [True]
    russia = next(n for n in payload["nodes"] if n["label"] == "Russia")
    assert russia["code"] == "RUS" and russia["flag"] == "\U0001F1F7\U0001F1FA" and russia["qid"] == "Q159"


def test_mention_counts_weigh_edges_when_events_carry_them():
    events = sample_events()
    events[0].mentions = 5  # type: ignore[attr-defined]  # merged across articles by a later stage
    payload = build_payload(events, title="t", view="graph")
    assert max(e["n"] for e in payload["edges"]) == 6


def test_flag_and_url_helpers():
    assert flag("IDN") == "\U0001F1EE\U0001F1E9"
    assert flag("NATO") == "" and flag(None) == ""
    assert safe_url("https://a.example/x") == "https://a.example/x"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil", "ftp://x"):
        assert safe_url(bad) is None


def test_script_json_cannot_close_the_script_block():
    text = script_json({"x": "</script><script>alert(1)</script>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"x": "</script><script>alert(1)</script>&\u2028"}


def test_layout_is_deterministic_spread_out_and_keeps_neighbours_closer_than_strangers():
    rng = np.random.default_rng(1)
    # Two dense clusters joined by one edge: the layout should keep each cluster together.
    edges = [(i, j) for i in range(30) for j in range(i + 1, 30) if rng.random() < 0.3]
    edges += [(30 + i, 30 + j) for i in range(30) for j in range(i + 1, 30) if rng.random() < 0.3] + [(0, 30)]
    for n_extra in (0, 400):  # the exact path, then the FFT path (above EXACT_LIMIT)
        n = 60 + n_extra
        more = [(60 + k, 60 + (k + 1) % n_extra) for k in range(n_extra)] if n_extra else []
        pos = force_layout(n, edges + more)
        assert np.array_equal(pos, force_layout(n, edges + more))
        assert np.isfinite(pos).all()
        a, b = pos[:30].mean(0), pos[30:60].mean(0)
        within = np.linalg.norm(pos[:30] - a, axis=1).mean()
        assert np.linalg.norm(a - b) > within
        nearest = min(np.linalg.norm(pos[i] - pos[j]) for i in range(60) for j in range(i + 1, 60))
        assert nearest > 1.0  # no two nodes on top of each other


# ---- pages --------------------------------------------------------------------------------------------------


def test_page_is_self_contained_and_data_is_inert(tmp_path):
    out = render_graph(sample_events(), tmp_path / "g.html", title="A <b>title</b>")
    page = out.read_text(encoding="utf-8")
    assert "<title>A &lt;b&gt;title&lt;/b&gt;</title>" in page
    assert "vis-network" in page and "new vis.Network" in page
    # No external resource of any kind: no src=, no stylesheet link, no @import, no http(s) fetch target.
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.I)
    assert "@import" not in page
    data = re.search(r'<script type="application/json" id="ng-data">(.*?)</script>', page, re.S).group(1)
    assert json.loads(data)["title"] == "A <b>title</b>"
    assert "Content-Security-Policy" in page


def test_render_views_writes_every_view_and_an_index_linking_them(tmp_path):
    written = render_views(sample_events(), tmp_path)
    assert {"index", "graph", "state", "actor:Russia", "pair:Russia|NATO", "article:a1"} <= set(written)
    index = written["index"].read_text(encoding="utf-8")
    for name, path in written.items():
        assert path.is_file()
        if name != "index":
            assert path.relative_to(tmp_path).as_posix() in index
    ego = written["actor:Russia"].read_text(encoding="utf-8")
    assert 'href="../index.html"' in ego


def test_render_cli_views_and_clear_errors(tmp_path, capsys):
    events = tmp_path / "events.jsonl"
    events.write_text("".join(json.dumps(e.as_json()) + "\n" for e in sample_events()), encoding="utf-8")
    out = tmp_path / "ru.html"
    assert main(["render", "--events", str(events), "--actor", "russia", "--depth", "1", "--out", str(out)]) == 0
    payload = _payload(out)
    assert payload["view"] == "ego" and {n["label"] for n in payload["nodes"] if n.get("focus")} == {"Russia"}
    assert main(["render", "--events", str(events), "--pair", "Russia", "NATO", "--out", str(out)]) == 0
    assert _payload(out)["view"] == "pair" and len(_payload(out)["events"]) == 3
    assert main(["render", "--events", str(events), "--level", "state", "--out", str(out)]) == 0
    assert "Jens Stoltenberg" not in {n["label"] for n in _payload(out)["nodes"]}
    assert main(["render", "--events", str(events), "--min-confidence", "0.8", "--out", str(out)]) == 0
    assert len(_payload(out)["events"]) == 6
    assert main(["render", "--events", str(events), "--out-dir", str(tmp_path / "all")]) == 0
    assert (tmp_path / "all" / "index.html").is_file()
    capsys.readouterr()

    assert main(["render", "--events", str(events), "--actor", "Rusia", "--out", str(tmp_path / "x.html")]) == 2
    assert "did you mean Russia" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"article": "a"}\n\xff\xfe')
    assert main(["render", "--events", str(bad), "--out", str(tmp_path / "x.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.html").exists()
    assert main(["render", "--events", str(tmp_path / "missing.jsonl")]) == 2
    assert main(["render", "--store", str(tmp_path / "no-store"), "--out", str(tmp_path / "x.html")]) == 2
    assert not (tmp_path / "no-store").exists()  # a render reads; it never creates an empty store
    assert main(["render", "--events", str(events), "--depth", "0", "--actor", "Russia"]) == 2


def _payload(path):
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="ng-data">(.*?)</script>', page, re.S).group(1))


@pytest.mark.parametrize("name", ["page.html", "app.js", "app.css"])
def test_assets_ship_as_package_data(name):
    from importlib import resources

    assert (resources.files("newsgraph.views") / "assets" / name).is_file()


def test_app_never_uses_innerhtml():
    from importlib import resources

    js = (resources.files("newsgraph.views") / "assets" / "app.js").read_text(encoding="utf-8")
    code = "\n".join(line for line in js.splitlines() if not line.lstrip().startswith(("*", "/*", "//")))
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", code)


def test_placeholders_in_article_text_are_not_substituted(tmp_path):
    events = sample_events()
    events[0].evidence = "{{vis_js}} {{data}}"
    page = render_graph(events, tmp_path / "g.html", title="{{app_js}}").read_text(encoding="utf-8")
    assert page.count("new vis.Network") == 1  # app.js inlined once, not again through the title
    assert "<title>{{app_js}}</title>" in page
    assert json.loads(re.search(r'id="ng-data">(.*?)</script>', page, re.S).group(1))["events"][0]["x"] == events[0].evidence


def test_small_components_sit_next_to_the_main_one_not_at_the_far_edge():
    rng = np.random.default_rng(2)
    edges = [(i, j) for i in range(40) for j in range(i + 1, 40) if rng.random() < 0.15]
    edges += [(40 + 2 * p, 41 + 2 * p) for p in range(6)]  # six pairs from six unrelated articles
    pos = force_layout(52, edges)
    main = pos[:40]
    radius = np.linalg.norm(main - main.mean(0), axis=1).max()
    far = np.linalg.norm(pos[40:] - main.mean(0), axis=1).max()
    assert far < 3 * radius
    pair_len = [np.linalg.norm(pos[40 + 2 * p] - pos[41 + 2 * p]) for p in range(6)]
    assert max(pair_len) < radius  # a pair stays a tight pair
