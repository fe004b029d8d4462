"""Analytics: the actor graph, centrality, communities, pair balance, monthly counts and `newsgraph stats`."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsgraph import analytics
from newsgraph.cli import main
from newsgraph.model import ORGANIZATION, PERSON, STATE, Actor, Event

RUSSIA = Actor("Q159", "Russia", STATE, qid="Q159")
NATO = Actor("Q7184", "NATO", ORGANIZATION, qid="Q7184")
UKRAINE = Actor("Q212", "Ukraine", STATE, qid="Q212")
INDONESIA = Actor("Q252", "Indonesia", STATE, qid="Q252")
MALAYSIA = Actor("Q833", "Malaysia", STATE, qid="Q833")
STOLTENBERG = Actor("Q57", "Jens Stoltenberg", PERSON, qid="Q57", affiliation=NATO)
LAVROV = Actor("Q80", "Sergey Lavrov", PERSON, qid="Q80", affiliation=RUSSIA)


def ev(subject, relation, cameo, obj, date="2024-03-02", negated=False, article="a1"):
    return Event(
        article=article,
        lang="en",
        date=dt.date.fromisoformat(date) if date else None,
        subject=subject,
        relation=relation,
        cameo=cameo,
        verb=relation,
        object=obj,
        evidence=f"{subject.label} {relation} {obj.label}.",
        confidence=0.9,
        negated=negated,
    )


@pytest.fixture(scope="module")
def events():
    return [
        ev(RUSSIA, "disapprove", "112", NATO),
        ev(STOLTENBERG, "disapprove", "111", RUSSIA),
        ev(RUSSIA, "fight", "190", UKRAINE, date="2024-04-10"),
        ev(NATO, "provide_aid", "070", UKRAINE, date="2024-04-11"),
        ev(INDONESIA, "consult", "040", MALAYSIA, date="2024-04-12"),
        ev(MALAYSIA, "cooperate", "050", INDONESIA, date=None),
        ev(LAVROV, "disapprove", "112", RUSSIA),  # a self-loop once folded to state level
        ev(RUSSIA, "threaten", "130", NATO, negated=True),
    ]


def test_actor_graph_keys_nodes_by_actor_and_one_edge_per_event(events):
    G = analytics.actor_graph(events)
    assert G.nodes["Q159"] == {"label": "Russia", "type": "state", "qid": "Q159"}
    assert G.number_of_edges() == len(events)
    edges = G.get_edge_data("Q159", "Q7184")
    accuse = next(d for d in edges.values() if d["cameo"] == "112")
    assert accuse["relation"] == "disapprove" and accuse["quad"] == 3 and accuse["weight"] == 1
    assert accuse["goldstein"] < 0 and accuse["date"] == dt.date(2024, 3, 2)
    threat = next(d for d in edges.values() if d["cameo"] == "130")
    assert threat["negated"] and threat["goldstein"] is None  # a denied threat did not happen


def test_state_level_folds_persons_into_their_body(events):
    G = analytics.actor_graph(events, level="state")
    assert "Q57" not in G and "Q80" not in G
    assert G.has_edge("Q7184", "Q159")  # Stoltenberg's criticism is NATO's
    assert G.graph["self_loops_dropped"] == 1  # Lavrov criticising Russia says nothing between actors
    with pytest.raises(ValueError):
        analytics.actor_graph(events, level="planet")


def test_mention_counts_weight_edges(events):
    class Deduplicated(Event):
        mentions: int = 1

    e = Deduplicated(**{**ev(RUSSIA, "disapprove", "112", NATO).__dict__})
    e.mentions = 7
    G = analytics.actor_graph([e])
    assert G.get_edge_data("Q159", "Q7184")[0]["weight"] == 7
    assert analytics.counts_by_relation_and_month([e])[0]["mentions"] == 7


def test_centrality_ranks_the_hub_first(events):
    rows = analytics.centrality(analytics.actor_graph(events, level="state"), k=3)
    assert len(rows) == 3
    assert {r["key"] for r in rows[:2]} == {"Q159", "Q7184"}  # Russia and NATO are in the most events (4 each)
    by_key = {r["key"]: r for r in analytics.centrality(analytics.actor_graph(events, level="state"), k=10)}
    assert by_key["Q159"]["events"] == 4  # 1 accuse + 1 fight + 1 denied threat out, 1 criticism in
    actor_level = {r["key"]: r for r in analytics.centrality(analytics.actor_graph(events), k=10)}
    assert actor_level["Q159"]["betweenness"] > 0 == actor_level["Q252"]["betweenness"]  # Lavrov reaches all via Russia
    assert abs(sum(r["pagerank"] for r in by_key.values()) - 1.0) < 1e-6
    assert analytics.centrality(analytics.actor_graph([])) == []


def test_communities_separate_the_two_camps(events):
    groups = analytics.communities(analytics.actor_graph(events, level="state"))
    assert sorted(map(sorted, groups)) == [["Q159", "Q212", "Q7184"], ["Q252", "Q833"]]
    assert analytics.communities(analytics.actor_graph(events, level="state")) == groups  # repeatable


def test_pair_balance_separates_conflict_from_cooperation(events):
    rows = {(r["a"], r["b"]): r for r in analytics.pair_balance(analytics.actor_graph(events, level="state"))}
    russia_nato = rows[("Q159", "Q7184")]
    assert russia_nato["events"] == 3 and russia_nato["conflict"] == 2 and russia_nato["cooperation"] == 0
    assert russia_nato["a_to_b"] == 2 and russia_nato["b_to_a"] == 1
    assert russia_nato["mean_goldstein"] < 0
    indo_malay = rows[("Q252", "Q833")]
    assert indo_malay["cooperation"] == 2 and indo_malay["conflict"] == 0 and indo_malay["mean_goldstein"] > 0


def test_counts_by_relation_and_month(events):
    rows = analytics.counts_by_relation_and_month(events)
    table = {(r["month"], r["relation"]): r["events"] for r in rows}
    assert table[("2024-03", "disapprove")] == 3
    assert table[("2024-04", "fight")] == 1
    assert rows[-1]["month"] == "undated"


def test_stats_cli_reads_events_jsonl(tmp_path, events, capsys):
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e.as_json()) + "\n" for e in events), encoding="utf-8")
    assert main(["stats", "--events", str(path), "--level", "state", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["records"] == out["events"] == len(events) and out["level"] == "state"
    assert {r["key"] for r in out["centrality"]} == {"Q159", "Q7184", "Q212", "Q252", "Q833"}
    assert main(["stats", "--events", str(path)]) == 0
    text = capsys.readouterr().out
    assert "Most central actors" in text and "Jens Stoltenberg" in text and "Communities" in text


def test_stats_cli_bad_input_is_one_line(tmp_path, capsys):
    bad = tmp_path / "events.jsonl"
    bad.write_text('{"article": "a"}\nnot json\n', encoding="utf-8")
    assert main(["stats", "--events", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsgraph: error:") and "events.jsonl:1" in err and "Traceback" not in err
    assert main(["stats", "--events", str(tmp_path / "missing.jsonl")]) == 2


def test_stats_cli_reads_a_store(tmp_path, events, capsys):
    from newsgraph.model import Article
    from newsgraph.store import open_store

    with open_store(str(tmp_path / "store")) as store:
        store.replace_article(Article(id="a1", text="x", date=dt.date(2024, 3, 2)), [e for e in events if e.article == "a1"])
    assert main(["stats", "--store", str(tmp_path / "store"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["records"] == len(events)
    assert {(r["a"], r["b"]) for r in out["pair_balance"]} >= {("Q159", "Q7184"), ("Q252", "Q833")}


def test_jsonl_repeats_of_one_claim_count_once(tmp_path, capsys):
    headline = ev(RUSSIA, "disapprove", "112", NATO)
    headline.headline = True
    body = ev(RUSSIA, "disapprove", "112", NATO)
    body.sentence = 3
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e.as_json()) + "\n" for e in (headline, body)), encoding="utf-8")
    assert main(["stats", "--events", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == 1


def test_unknown_cameo_code_still_gets_its_quad_class():
    G = analytics.actor_graph([ev(RUSSIA, "fight", "1999", UKRAINE)])
    data = G.get_edge_data("Q159", "Q212")[0]
    assert data["quad"] == 4 and data["goldstein"] is None


def test_reports_of_one_event_are_one_event_with_mentions():
    """Three outlets report the same accusation over three days; a fourth accuses again a fortnight later."""
    reports = [
        ev(RUSSIA, "disapprove", "112", NATO, date="2024-03-02", article="a1"),
        ev(RUSSIA, "disapprove", "111", NATO, date="2024-03-03", article="a2"),  # same root, other code
        ev(RUSSIA, "disapprove", "112", NATO, date="2024-03-05", article="a3"),  # chains through the 3rd
        ev(RUSSIA, "disapprove", "112", NATO, date="2024-03-20", article="a4"),
        ev(RUSSIA, "disapprove", "112", NATO, date="2024-03-02", article="a5", negated=True),  # a denial differs
    ]
    merged = analytics.deduplicate(reports)
    assert [(r.mentions, r.articles, r.start) for r in merged] == [
        (3, ("a1", "a2", "a3"), dt.date(2024, 3, 2)),
        (1, ("a5",), dt.date(2024, 3, 2)),
        (1, ("a4",), dt.date(2024, 3, 20)),
    ]
    G = analytics.actor_graph(reports)
    assert sorted(d["weight"] for _, _, d in G.edges(data=True)) == [1, 1, 3]
    row = analytics.pair_balance(G)[0]
    assert row["events"] == 3 and row["mentions"] == 5 and row["conflict"] == 2
    assert analytics.counts_by_relation_and_month(reports) == [
        {"month": "2024-03", "relation": "disapprove", "events": 3, "mentions": 5}
    ]
    # window=None counts every report, as GDELT does
    assert analytics.actor_graph(reports, window=None).number_of_edges() == 5
    assert len(analytics.deduplicate(reports, window=20)) == 2


def test_store_and_events_file_give_the_same_stats(tmp_path, events, capsys):
    from newsgraph.model import Article
    from newsgraph.store import open_store

    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e.as_json()) + "\n" for e in events), encoding="utf-8")
    with open_store(str(tmp_path / "store")) as store:
        store.replace_article(Article(id="a1", text="x"), events)  # no article date to lend the undated event
    results = []
    for source in (["--events", str(path)], ["--store", str(tmp_path / "store")]):
        assert main(["stats", *source, "--level", "state", "--json"]) == 0
        results.append(json.loads(capsys.readouterr().out))
    for key in ("events", "actors", "pair_balance", "counts", "communities"):
        assert results[0][key] == results[1][key], key
