"""How fast are the HTML views at 100, 1,000 and 10,000 actors, next to plain pyvis measured in the same run?

    .venv/bin/python benchmarks/bench_views.py [--sizes 100,1000,10000] [--timeout 60]

For each size it builds a synthetic event graph (preferential attachment: a few hub states, many minor actors;
three edges per actor, one event per edge plus 10% repeats that bundle) and measures:

  ours   layout      newsgraph.views.layout.force_layout, in Python
         page        building the payload and writing the self-contained HTML
         shown       headless Chromium (offline): navigation start -> first frame drawn, physics off
         filter      unchecking one quad class and redrawing, in the page
  nx fa2 layout      networkx.forceatlas2_layout (networkx 3.6) on the same graph, in a subprocess with a timeout
  pyvis  build       pyvis.network.Network() with default settings: add_node/add_edge, write_html(in_line)
         shown       Chromium, Bootstrap's CDN request aborted: navigation -> physics stabilised and drawn

Times over the timeout are printed as "> T s". Ratios are pyvis over ours, in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

RELATIONS = [("disapprove", "112"), ("consult", "040"), ("fight", "190"), ("appeal", "020"), ("threaten", "138"),
             ("provide_aid", "070"), ("reject", "120"), ("engage_in_material_cooperation", "061")]
TYPES = ["state", "organization", "person", "group"]


def synthetic(n_actors: int, seed: int = 3):
    import networkx as nx

    from newsgraph.model import Actor, Event

    rng = random.Random(seed)
    graph = nx.barabasi_albert_graph(n_actors, 3, seed=seed)
    actors = [
        Actor(f"x:{i}", f"Actor {i}", TYPES[0] if i < 200 else rng.choice(TYPES), code=f"A{i:02d}" if i < 200 else None)
        for i in range(n_actors)
    ]
    events = []
    day0 = dt.date(2022, 1, 1)
    for k, (a, b) in enumerate(graph.edges()):
        if rng.random() < 0.5:
            a, b = b, a
        rel, cameo = rng.choice(RELATIONS)
        for _ in range(2 if rng.random() < 0.1 else 1):
            events.append(Event(
                article=f"art{k % max(1, n_actors // 3)}", lang=rng.choice(["en", "id"]),
                date=day0 + dt.timedelta(days=rng.randrange(365)), subject=actors[a], relation=rel, cameo=cameo,
                verb=rel, object=actors[b], confidence=round(rng.uniform(0.4, 1.0), 2),
                evidence=f"Actor {a} and Actor {b}: a sentence of about the usual length that reports event {k}.",
                negated=rng.random() < 0.05, article_title=f"Article {k}", article_url=f"https://news.example/{k}",
            ))
    return graph, events


def _fa2(n_actors: int, queue) -> None:
    import networkx as nx

    graph = nx.barabasi_albert_graph(n_actors, 3, seed=3)
    t = time.perf_counter()
    nx.forceatlas2_layout(graph, max_iter=100, seed=1)
    queue.put(time.perf_counter() - t)


def fa2_time(n_actors: int, timeout: float) -> float | None:
    queue: mp.Queue = mp.Queue()
    proc = mp.Process(target=_fa2, args=(n_actors, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    return queue.get() if not queue.empty() else None


def pyvis_page(graph, path: Path) -> float:
    from pyvis.network import Network

    t = time.perf_counter()
    net = Network()  # default settings, as a pyvis user starts
    for i in graph.nodes():
        net.add_node(i, label=f"Actor {i}")
    for a, b in graph.edges():
        net.add_edge(a, b)
    net.cdn_resources = "in_line"  # the only pyvis mode that draws at all offline
    net.write_html(str(path))
    return time.perf_counter() - t


# pyvis's page makes a global `network`; the first poll hooks its stabilisation event (it runs in chunks after
# creation, so the hook is in time), and a network that settles before that counts as done too.
PYVIS_DONE = """() => typeof network === 'object' && (window.__done || network.physics.stabilized ||
    (!window.__hooked && (window.__hooked = true, network.once('stabilizationIterationsDone',
        () => { window.__done = true; }), false)))"""
OURS_DONE = "() => window.ngReady === true"


def browser_time(br, path: Path, ready_js: str, timeout: float) -> float | None:
    """Seconds from navigation to `ready_js` being true; None past the timeout.

    Polled with evaluate rather than wait_for_function: during a 10 MB page's parse the frame's context is
    replaced, and a waiter installed too early never fires.
    """
    t = time.perf_counter()
    page = br.open(path, wait_ready=False, wait_until="commit")  # the clock runs through parsing too
    took = None
    try:
        while time.perf_counter() - t < timeout:
            try:
                if page.evaluate(ready_js):
                    took = time.perf_counter() - t
                    break
            except Exception:  # the context is being replaced while the document loads
                pass
            time.sleep(0.1)
    finally:
        page.context.close()
    return took


def fmt(x: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if x is None else f"{x:.2f} s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    import browser as chromium

    from newsgraph.views import render_graph
    from newsgraph.views.encode import build_payload
    from newsgraph.views.layout import force_layout

    if not chromium.available():
        print("needs /usr/bin/chromium and playwright", file=sys.stderr)
        return 2
    br = chromium.Browser()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            graph, events = synthetic(n)
            payload = build_payload(events, title="bench", view="graph")
            pairs = [(e["f"], e["t"]) for e in payload["edges"]]
            t = time.perf_counter()
            force_layout(len(payload["nodes"]), pairs, [e["n"] for e in payload["edges"]])
            layout = time.perf_counter() - t
            ours = Path(tmp) / f"ours-{n}.html"
            t = time.perf_counter()
            render_graph(events, ours, title="bench")
            page_total = time.perf_counter() - t
            shown = browser_time(br, ours, OURS_DONE, args.timeout)
            filt = None
            if shown is not None:
                p = br.open(ours)
                filt = p.evaluate("""() => new Promise(done => {
                    const t = performance.now();
                    document.querySelector("#ng-quads input[value='3']").click();
                    requestAnimationFrame(() => requestAnimationFrame(() => done((performance.now() - t) / 1000)));
                })""")
                p.context.close()
            fa2 = fa2_time(n, args.timeout)
            theirs = Path(tmp) / f"pyvis-{n}.html"
            pv_build = pyvis_page(graph, theirs)
            pv_shown = browser_time(
                br, theirs,
                PYVIS_DONE,
                args.timeout,
            )
            rows.append((n, len(payload["edges"]), len(events), layout, page_total, shown, filt, fa2, pv_build,
                         pv_shown, ours.stat().st_size))
            print(f"  measured {n} actors", file=sys.stderr, flush=True)
    br.close()

    T = args.timeout
    head = ("actors", "edges", "events", "layout", "page (incl. layout)", "shown", "filter", "nx fa2 layout",
            "pyvis build", "pyvis shown", "shown ratio", "page MB")
    print(" | ".join(head))
    print(" | ".join("---" for _ in head))
    for n, ne, nev, lay, pg, shown, filt, fa2, pvb, pvs, size in rows:
        ratio = "n/a" if shown is None else (f"> {T / shown:.0f}x" if pvs is None else f"{pvs / shown:.1f}x")
        print(" | ".join([
            f"{n:,}", f"{ne:,}", f"{nev:,}", fmt(lay, T), fmt(pg, T), fmt(shown, T),
            "-" if filt is None else f"{filt:.2f} s", fmt(fa2, T), fmt(pvb, T), fmt(pvs, T), ratio,
            f"{size / 1e6:.1f}",
        ]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
