"""Store benchmark: load synthetic events into each backend, then time every saved query.

    .venv/bin/python benchmarks/bench_store.py                 # 10 k and 100 k events
    .venv/bin/python benchmarks/bench_store.py --sizes 10000   # just one size
    .venv/bin/python benchmarks/bench_store.py --million       # add 1 M events (rdflib skipped there: ~9 GB)
    .venv/bin/python benchmarks/bench_store.py --sizes 1000000 --backends memory,oxigraph,endpoint --save runs.jsonl

Each (backend, size) runs in its own process, so peak memory (getrusage ru_maxrss) is that backend's alone; for
the endpoint backend the `oxigraph serve` process is measured apart ("server peak MB"). A run whose memory (with
the server's) passes --max-rss-gb (default 12) is stopped and printed as how far it got, so that a size too big
for the machine ends in a figure instead of the OOM killer. Figures are printed as ratios to rdflib's in-memory
store measured in the same run (the baseline); where rdflib is skipped or timed out the absolute figures stand
alone. Articles hold 10 events each and are written with Store.replace_article inside
Store.deferred_clusters(), the bulk path; 1 in 5 events repeats another article's claim within the dedup window
so the clusters have work to do. Events are generated while loading; the generating time is left out of "load s".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

EVENTS_PER_ARTICLE = 10
CODES = ["010", "020", "036", "042", "057", "061", "071", "081", "090", "100", "111", "112", "120", "130",
         "138", "141", "150", "163", "173", "180", "190", "193", "200"]
QUERY_TIMEOUT_S = 60  # --query-timeout; a query past it prints as ">60s"
PROGRESS_EVERY = 100_000  # events; a worker says how far it got on stderr, which the log keeps


def synthetic(n_events: int, seed: int = 7):
    """Deterministic articles+events: 300 actors, events spread over 2022, some claims repeated across articles."""
    from newsgraph.model import Actor, Article, Event
    from newsgraph.taxonomy import relation_of

    rng = random.Random(seed)
    types = ["state", "organization", "person", "group"]
    actors = [Actor(f"Q{1000 + i}", f"Actor {i}", types[i % 4], qid=f"Q{1000 + i}") for i in range(300)]
    weights = [1 / (i + 1) for i in range(len(actors))]  # Zipf: actor 0 is in ~16% of the events
    start = dt.date(2022, 1, 1)
    recent: list[tuple] = []
    n_articles = max(1, n_events // EVENTS_PER_ARTICLE)
    for a in range(n_articles):
        day = start + dt.timedelta(days=rng.randrange(365))
        art = Article(id=f"art{a:07d}", text=f"synthetic {a}", title=f"Article {a}", date=day, language="en",
                      source=f"Source {a % 17}", url=f"https://news.example/{a}", digest=f"d{a}")
        events = []
        for k in range(EVENTS_PER_ARTICLE):
            if recent and rng.random() < 0.2:
                s, o, code = rng.choice(recent)
            else:
                # a skewed choice of actors, as in news: a few actors take part in most events
                s, o = rng.choices(actors, weights=weights, k=2)
                if s == o:
                    o = actors[(actors.index(s) + 1) % 300]
                code = rng.choice(CODES)
                recent = (recent + [(s, o, code)])[-50:]
            events.append(Event(article=art.id, lang="en", date=day, subject=s, relation=relation_of(code),
                                cameo=code, verb="verb", object=o, evidence=f"Sentence {k} of article {a}.",
                                confidence=round(rng.uniform(0.5, 1.0), 2), sentence=k))
        yield art, events


def query_params(name: str) -> dict:
    return {"who_accuses_whom": {}, "pair_timeline": {"a": "Actor 0", "b": "Actor 1"},
            "partners_by_quad": {"actor": "Actor 0"}, "pair_balance": {},
            "article_events": {"article": "art0000000"}, "actor_centrality": {}}.get(name, {})


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class QueryTimeout(BaseException):
    """Not an Exception (TimeoutError is an OSError, which the store turns into a StoreError)."""


def _alarm(signum, frame):
    raise QueryTimeout


class MemoryCap(BaseException):
    """The run passed --max-rss-gb: stop it where it is and report how far it got."""


def _rss_mb(pid: int | str = "self", peak: bool = False) -> float:
    field = "VmHWM:" if peak else "VmRSS:"
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith(field)) / 1024
    except (OSError, StopIteration):
        return 0.0


class _MemoryWatch:
    """Polls the resident memory of this process plus the endpoint's server twice a second; past the cap it
    interrupts the main thread (SIGUSR1 -> MemoryCap) before the machine runs out."""

    def __init__(self, max_rss_mb: float | None, server: subprocess.Popen | None):
        self.events = 0  # loaded so far; -1 once the clusters are being computed
        self.peak = 0.0
        self.server_peak = 0.0
        self._server = server
        self._done = threading.Event()
        self._cap = max_rss_mb
        signal.signal(signal.SIGUSR1, self._interrupt)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def _interrupt(signum, frame):
        raise MemoryCap

    def _run(self) -> None:
        while not self._done.wait(0.5):
            server = _rss_mb(self._server.pid) if self._server is not None else 0.0
            self.server_peak = max(self.server_peak, server)
            self.peak = max(self.peak, _rss_mb() + server)
            if self._cap and self.peak > self._cap:
                os.kill(os.getpid(), signal.SIGUSR1)
                return

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _progress(what: str, since: float, watch: _MemoryWatch) -> None:
    rss = max(watch.peak, _rss_mb()) / 1024
    print(f"#   {what} after {time.perf_counter() - since:.0f} s, {rss:.1f} GB", file=sys.stderr, flush=True)


def worker(backend: str, n_events: int, timeout: int = QUERY_TIMEOUT_S, max_rss_mb: float | None = None) -> dict:
    from newsgraph.store import open_store
    from newsgraph.store.saved import run_saved, saved_queries

    tmp = Path(tempfile.mkdtemp(prefix="bench-store-"))
    server = None
    try:
        if backend == "oxigraph":
            location = str(tmp / "store")
        elif backend == "endpoint":
            port = _free_port()
            exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
            server = subprocess.Popen([exe, "serve", "--location", str(tmp / "srv"), "--bind", f"127.0.0.1:{port}"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            location = f"http://127.0.0.1:{port}/query"
            for _ in range(200):
                try:
                    urllib.request.urlopen(location + "?query=ASK%7B%7D", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.05)
        else:
            location = f"{backend}:"
        out: dict = {"backend": backend, "events": n_events}
        watch = _MemoryWatch(max_rss_mb, server)
        started = time.perf_counter()
        try:
            with open_store(location, load_kb=False) as store:
                # Events are made as they are loaded (a list of 1 M took GBs of its own); the time spent making
                # them is measured and left out of the load time.
                items = synthetic(n_events)
                making = 0.0
                t0 = time.perf_counter()
                with store.deferred_clusters():
                    while True:
                        t1 = time.perf_counter()
                        item = next(items, None)
                        making += time.perf_counter() - t1
                        if item is None:
                            break
                        store.replace_article(*item)
                        watch.events += len(item[1])
                        if watch.events % PROGRESS_EVERY < len(item[1]):
                            _progress(f"{watch.events:,} events in", t0 + making, watch)
                    watch.events = -1  # the articles are in: the clusters are being computed
                    _progress("articles written; clustering", t0 + making, watch)
                out["load_s"] = time.perf_counter() - t0 - making
                out["generate_s"] = making
                out["triples"] = store.triple_count()
                out["queries"] = {}
                signal.signal(signal.SIGALRM, _alarm)
                _progress("clusters written; querying", t0 + making, watch)
                for name, q in saved_queries().items():
                    signal.alarm(timeout)
                    t0 = time.perf_counter()
                    try:
                        rows = len(run_saved(store, name, query_params(name)))
                        out["queries"][name] = [time.perf_counter() - t0, rows]
                    except QueryTimeout:
                        out["queries"][name] = [None, None]
                    finally:
                        signal.alarm(0)
        except MemoryCap:
            out["stopped"] = {"events": watch.events, "rss_mb": watch.peak, "after_s": time.perf_counter() - started}
            out.setdefault("triples", None)
            out["queries"] = {}
        finally:
            watch.stop()
        if server is not None:
            out["server_peak_mb"] = watch.server_peak
        # ru_maxrss is in KiB on Linux; the server process of the endpoint backend is not counted
        out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return out
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def _ratio(value, base, timeout=QUERY_TIMEOUT_S, base_timed_out=False):
    if value is None:
        return f">{timeout}s"
    if base_timed_out:  # the baseline took longer than the timeout: the ratio is at most this
        return f"{value:.3g} (<{value / timeout:.2g}x)"
    if base is None or not base:
        return f"{value:.3g}"
    return f"{value:.3g} ({value / base:.2g}x)"


def _load(r: dict, base: dict | None) -> str:
    stop = r.get("stopped")
    if stop is None:
        return _ratio(r["load_s"], base and base["load_s"])
    where = "clustering" if stop["events"] < 0 else f"{stop['events']:,} events"
    return f"stopped at {stop['rss_mb'] / 1024:.1f} GB after {stop['after_s']:.0f} s ({where})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated event counts (default 10000,100000)")
    ap.add_argument("--million", action="store_true", help="also 1,000,000 events (rdflib skipped there)")
    ap.add_argument("--backends", default="rdflib,memory,oxigraph,endpoint", help="which backends to run")
    ap.add_argument("--query-timeout", type=int, default=QUERY_TIMEOUT_S, help="seconds per query (default 60)")
    ap.add_argument("--max-rss-gb", type=float, default=12.0,
                    help="stop a run whose memory (with the endpoint's server) passes this, and report how far it "
                         "got (default 12)")
    ap.add_argument("--save", metavar="FILE", help="also write every measurement as JSON lines to FILE")
    ap.add_argument("--worker", nargs=2, metavar=("BACKEND", "EVENTS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]), args.query_timeout, args.max_rss_gb * 1024)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.million:
        sizes.append(1_000_000)
    backends = [b for b in args.backends.split(",") if b]
    for n in sizes:
        results = {}
        for backend in backends:
            if backend == "rdflib" and n >= 1_000_000:
                continue
            print(f"# {n:,} events -> {backend} ...", file=sys.stderr, flush=True)
            cmd = [sys.executable, __file__, "--worker", backend, str(n), "--query-timeout", str(args.query_timeout),
                   "--max-rss-gb", str(args.max_rss_gb)]
            # stderr passes through: the worker's progress lines and, if it fails, its traceback
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
            if proc.returncode != 0:
                print(f"# {backend} failed (exit status {proc.returncode})", file=sys.stderr)
                continue
            results[backend] = json.loads(proc.stdout.strip().splitlines()[-1])
            if args.save:
                with open(args.save, "a", encoding="utf-8") as f:
                    f.write(json.dumps(results[backend]) + "\n")
        base = results.get("rdflib")
        if base is not None and "stopped" in base:
            base = None
        names = sorted({q for r in results.values() for q in r["queries"]})
        triples = next((r["triples"] for r in results.values() if r.get("triples")), None)
        print(f"\n## {n:,} events ({triples or 0:,} triples, {(triples or 0) / n:.1f} per event); seconds (ratio to "
              "rdflib in-memory)"
              if results else f"\n## {n:,} events: no results")
        header = ["metric"] + list(results)
        rows = [["load s"] + [_load(r, base) for r in results.values()],
                ["peak MB"] + [_ratio(r["peak_mb"], base and base["peak_mb"]) for r in results.values()]]
        if any("server_peak_mb" in r for r in results.values()):
            rows.append(["server peak MB"] + [f"{r['server_peak_mb']:.0f}" if "server_peak_mb" in r else ""
                                              for r in results.values()])
        for q in names:
            b = base["queries"].get(q, [None])[0] if base else None
            rows.append([q] + [_ratio(r["queries"][q][0], b, args.query_timeout, base is not None and b is None)
                               if q in r["queries"] else "-" for r in results.values()])
        widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
        for line in [header, ["-" * w for w in widths]] + rows:
            print("  ".join(str(x).ljust(w) for x, w in zip(line, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
