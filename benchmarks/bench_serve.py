"""Load test of `newsgraph serve`: 8 concurrent clients send 1,000 SPARQL queries in total.

Prints p50/p99 latency and throughput over HTTP, next to a baseline measured in the same run: the same queries
run directly on the same Oxigraph store by 8 threads (no HTTP, no serialisation beyond materialising the rows).
The ratio is the cost of the protocol layer. HTTP clients run in their own processes, as real clients do, so
their Python does not compete with the server's for one interpreter lock.

    .venv/bin/python benchmarks/bench_serve.py [--articles 300] [--clients 8] [--queries 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import random
import statistics
import threading
import multiprocessing
import time
import urllib.parse
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from newsgraph.model import ORGANIZATION, STATE, Actor, Article, Event
from newsgraph.server import Endpoint, engine_for, make_server
from newsgraph.store import open_store

ACTORS = [Actor(f"Q{100 + i}", f"Country {i}", STATE, qid=f"Q{100 + i}") for i in range(40)] + [
    Actor(f"Q{900 + i}", f"Organisation {i}", ORGANIZATION, qid=f"Q{900 + i}") for i in range(10)
]
CODES = [("disapprove", "112"), ("consult", "040"), ("threaten", "130"), ("provide_aid", "070"), ("reject", "120")]

# (name, query, Accept): what people ask the endpoint, in the formats clients ask for.
WORKLOAD = [
    (
        "who accuses whom (json)",
        """SELECT ?s ?o ?evidence WHERE { ?e a ng:Event ; ng:subject ?s ; ng:object ?o ; ng:cameo cameo:112 ;
           ng:evidence ?evidence } LIMIT 100""",
        "application/sparql-results+json",
    ),
    (
        "events per relation (csv)",
        "SELECT ?r (COUNT(?e) AS ?n) WHERE { ?e a ng:Event ; ng:relation ?r } GROUP BY ?r ORDER BY DESC(?n)",
        "text/csv",
    ),
    (
        "one actor's partners (xml)",
        """SELECT ?o (COUNT(*) AS ?n) WHERE { ?e ng:subject actor:Q100 ; ng:object ?o } GROUP BY ?o
           ORDER BY DESC(?n) LIMIT 20""",
        "application/sparql-results+xml",
    ),
    ("shortcut edges (turtle)", "CONSTRUCT { ?s ng:disapprove ?o } WHERE { ?s ng:disapprove ?o } LIMIT 200", "text/turtle"),
    ("ask (json)", "ASK { actor:Q100 ng:relatedTo|ng:disapprove ?x }", "application/sparql-results+json"),
]


def build_store(articles: int, per_article: int, seed: int = 7):
    rng = random.Random(seed)
    store = open_store("memory:")
    with store.deferred_clusters():  # bulk load: clusters once at the end
        _fill(store, rng, articles, per_article)
    return store


def _fill(store, rng, articles, per_article):
    day0 = dt.date(2024, 1, 1)
    for a in range(articles):
        date = day0 + dt.timedelta(days=rng.randrange(365))
        art = Article(id=f"bench-{a}", text="synthetic", title=f"Article {a}", date=date, language="en", source="Bench")
        events = []
        for n in range(per_article):
            s, o = rng.sample(ACTORS, 2)
            relation, code = rng.choice(CODES)
            events.append(
                Event(art.id, "en", date, s, relation, code, relation, o, f"{s.label} {relation} {o.label} ({n}).",
                      round(rng.uniform(0.4, 1.0), 2), sentence=n)
            )
        store.replace_article(art, events)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run_clients(clients: int, total: int, one_query) -> tuple[list[float], float, int]:
    """Run `total` queries from `clients` threads; returns latencies (s), wall time and the error count."""
    per_client = total // clients
    latencies: list[tuple[str, float]] = []
    errors = 0
    lock = threading.Lock()

    def client(i: int) -> None:
        nonlocal errors
        state: dict = {}
        mine, bad = [], 0
        for n in range(per_client):
            name, query, accept = WORKLOAD[(i + n) % len(WORKLOAD)]
            t0 = time.perf_counter()
            ok = one_query(state, query, accept)
            mine.append((name, time.perf_counter() - t0))
            bad += not ok
        if "conn" in state:
            state["conn"].close()
        with lock:
            latencies.extend(mine)
            errors += bad

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    return latencies, time.perf_counter() - start, errors


def http_client(host: str, port: int, i: int, count: int) -> list[tuple[str, float, bool]]:
    """One client process: `count` queries over one keep-alive connection."""
    conn = http.client.HTTPConnection(host, port, timeout=120)
    out = []
    for n in range(count):
        name, query, accept = WORKLOAD[(i + n) % len(WORKLOAD)]
        t0 = time.perf_counter()
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
        resp = conn.getresponse()
        resp.read()
        out.append((name, time.perf_counter() - t0, resp.status == 200))
    conn.close()
    return out


def run_http_clients(host: str, port: int, clients: int, total: int) -> tuple[list[tuple[str, float]], float, int]:
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(clients, mp_context=ctx) as pool:
        list(pool.map(abs, range(clients)))  # start the processes before the clock does
        start = time.perf_counter()
        futures = [pool.submit(http_client, host, port, i, total // clients) for i in range(clients)]
        results = [f.result() for f in futures]
        wall = time.perf_counter() - start
    timed = [(name, t) for r in results for name, t, _ in r]
    errors = sum(not ok for r in results for _, _, ok in r)
    return timed, wall, errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--events-per-article", type=int, default=10)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--queries", type=int, default=1000)
    args = ap.parse_args()

    t0 = time.perf_counter()
    store = build_store(args.articles, args.events_per_article)
    print(f"store: {args.articles * args.events_per_article} events, {store.triple_count()} triples "
          f"(built in {time.perf_counter() - t0:.1f} s)")
    engine = engine_for(store)

    def direct(state, query, accept) -> bool:
        result = engine.query(query)
        if not isinstance(result, bool):
            try:
                list(result)
            except TypeError:  # QueryBoolean
                pass
        return True

    server = make_server(Endpoint(engine), "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]

    def over_http(state, query, accept) -> bool:
        conn = state.get("conn")
        if conn is None:
            conn = state["conn"] = http.client.HTTPConnection(host, port, timeout=60)
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
        resp = conn.getresponse()
        resp.read()
        return resp.status == 200

    for name, query, accept in WORKLOAD:  # warm both paths and check every query answers
        assert over_http({}, query, accept), name

    rows, kinds = [], {}
    for label in ("direct on the store (baseline)", "HTTP endpoint"):
        if label.startswith("direct"):
            timed, wall, errors = run_clients(args.clients, args.queries, direct)
        else:
            timed, wall, errors = run_http_clients(host, port, args.clients, args.queries)
        lat = [t for _, t in timed]
        rows.append((label, len(lat), errors, statistics.median(lat), percentile(lat, 99), len(lat) / wall))
        for name, _, _ in WORKLOAD:
            kinds.setdefault(name, []).append(statistics.median([t for k, t in timed if k == name]))
    server.shutdown()
    server.server_close()

    base = rows[0]
    print(f"\n{args.clients} clients, {args.clients * (args.queries // args.clients)} queries, workload of {len(WORKLOAD)} query kinds\n")
    header = f"{'path':32} {'queries':>7} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'q/s':>8} {'p50 x':>6} {'q/s x':>6}"
    print(header)
    print("-" * len(header))
    for label, n, errors, p50, p99, qps in rows:
        print(f"{label:32} {n:7d} {errors:6d} {p50 * 1000:8.2f} {p99 * 1000:8.2f} {qps:8.0f} "
              f"{p50 / base[3]:6.2f} {qps / base[5]:6.2f}")
    print(f"\n{'p50 by query kind (under load)':32} {'direct ms':>10} {'HTTP ms':>10} {'ratio':>6}")
    for name, (d, h) in kinds.items():
        print(f"{name:32} {d * 1000:10.2f} {h * 1000:10.2f} {h / d:6.2f}")


if __name__ == "__main__":
    main()
