"""`newsgraph stats`: central actors, communities, conflict/cooperation per pair, counts per relation and month."""

from __future__ import annotations

import argparse
import json
import sys

from newsgraph.cli import CliError
from newsgraph.analytics.dedupe import DEFAULT_WINDOW_DAYS
from newsgraph.analytics.sources import DEFAULT_EVENTS, DEFAULT_STORE, load_events

HELP = "network statistics of the actor graph"
DESCRIPTION = """\
Analyse the actor graph with networkx: the most central actors (PageRank, betweenness), communities (Louvain),
the conflict/cooperation balance of each pair (Goldstein scale, quad classes) and event counts per relation
class and month.

Events are read from --events (an events.jsonl file) or --store; with neither, from the store in output/store
when it exists, else from output/events.jsonl.

examples:
  newsgraph stats
  newsgraph stats --level state --top 20
  newsgraph stats --events output/events.jsonl --json > stats.json
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats", help=HELP, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument("--events", metavar="FILE.jsonl", help="read events from a JSON Lines file")
    src.add_argument("--store", metavar="LOC", help="read events from a store (path, memory:, or http(s):// endpoint)")
    p.add_argument(
        "--level",
        choices=("actor", "state"),
        default="actor",
        help="'state' folds persons into the body they speak for (default: actor)",
    )
    p.add_argument("--top", type=int, default=10, metavar="K", help="rows per table (default: 10)")
    p.add_argument(
        "--window",
        type=int,
        default=DEFAULT_WINDOW_DAYS,
        metavar="DAYS",
        help="reports of the same actors, relation and negation within DAYS days are one event "
        f"(default: {DEFAULT_WINDOW_DAYS}, as the store's clusters; -1 counts every report)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    p.set_defaults(func=run)


def compute(events: list, level: str = "actor", top: int = 10, window: int | None = DEFAULT_WINDOW_DAYS) -> dict:
    from newsgraph import analytics

    G = analytics.actor_graph(events, level=level, window=window)
    groups = analytics.communities(G)
    return {
        "level": level,
        "window_days": window,
        "records": len(events),
        "events": G.number_of_edges() + G.graph["self_loops_dropped"],
        "actors": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "self_loops_dropped": G.graph["self_loops_dropped"],
        "centrality": analytics.centrality(G, k=top),
        "communities": [
            {"size": len(c), "members": [{"key": k, "label": G.nodes[k].get("label", k)} for k in c]}
            for c in groups[:top]
        ],
        "pair_balance": analytics.pair_balance(G)[:top],
        "counts": analytics.counts_by_relation_and_month(events, window=window),
    }


def run(args: argparse.Namespace) -> int:
    if args.top < 1:
        raise CliError("--top must be at least 1")
    if args.window < -1:
        raise CliError("--window is a number of days (or -1 to count every report)")
    events = load_events(args.events, args.store)
    result = compute(events, level=args.level, top=args.top, window=None if args.window == -1 else args.window)
    if args.json:
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False, default=str)
        print()
    else:
        print_tables(result, sys.stdout)
    return 0


def _table(out, title: str, header: list[str], rows: list[list]) -> None:
    print(f"\n{title}", file=out)
    if not rows:
        print("  (none)", file=out)
        return
    cells = [[str(c) for c in header]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for i, r in enumerate(cells):
        print("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip(), file=out)
        if i == 0:
            print("  " + "  ".join("-" * w for w in widths), file=out)


def _num(x: float | None, digits: int = 2) -> str:
    return "" if x is None else f"{x:.{digits}f}"


def print_tables(result: dict, out=sys.stdout) -> None:
    print(
        f"{result['records']} event records -> {result['events']} events after merging reports of the same event; "
        f"{result['actors']} actors (level: {result['level']})",
        file=out,
    )
    if result["self_loops_dropped"]:
        print(f"{result['self_loops_dropped']} events between an actor and itself left out", file=out)
    _table(
        out,
        "Most central actors",
        ["actor", "events", "in", "out", "mentions", "pagerank", "betweenness"],
        [
            [
                r["label"],
                r["events"],
                r["in"],
                r["out"],
                r["mentions"],
                _num(r["pagerank"], 3),
                _num(r["betweenness"], 3),
            ]
            for r in result["centrality"]
        ],
    )
    _table(
        out,
        "Communities",
        ["#", "size", "members"],
        [[i + 1, c["size"], ", ".join(m["label"] for m in c["members"])] for i, c in enumerate(result["communities"])],
    )
    _table(
        out,
        "Conflict / cooperation per pair",
        ["pair", "events", "mentions", "mean goldstein", "cooperation", "conflict"],
        [
            [
                f"{r['a_label']} – {r['b_label']}",
                r["events"],
                r["mentions"],
                _num(r["mean_goldstein"]),
                r["cooperation"],
                r["conflict"],
            ]
            for r in result["pair_balance"]
        ],
    )
    _table(
        out,
        "Events per relation class and month",
        ["month", "relation", "events", "mentions"],
        [[r["month"], r["relation"], r["events"], r["mentions"]] for r in result["counts"]],
    )


__all__ = ["DEFAULT_EVENTS", "DEFAULT_STORE", "compute", "register", "run"]
