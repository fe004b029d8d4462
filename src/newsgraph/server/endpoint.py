"""The SPARQL 1.1 Protocol operations, apart from HTTP: run a query or an update, answer with status and bytes.

Every query runs in a worker thread with a deadline: the handler gives up waiting after `timeout` seconds and
answers 503, and the worker stops at its next row. (Oxigraph cannot interrupt a query that has not produced its
first row yet, e.g. a big GROUP BY: that worker finishes in the background, but the client is answered on time.)
"""

from __future__ import annotations

import concurrent.futures as cf
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from newsgraph.server import results as R
from newsgraph.server.engine import OxigraphEngine, standard_prefixes, uses_service
from newsgraph.server.negotiate import choose


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def text_answer(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode())


class _Deadline(Exception):
    pass


class Endpoint:
    """Queries and updates on one engine, with the server's policy: read-only unless `allow_update`, `timeout`
    seconds per query, at most `limit` rows or triples per answer."""

    def __init__(
        self,
        engine: OxigraphEngine,
        *,
        allow_update: bool = False,
        timeout: float = 30.0,
        limit: int = 10000,
        workers: int = 16,
        prefixes: dict[str, str] | None = None,
    ):
        self.engine = engine
        self.allow_update = allow_update
        self.timeout = timeout
        self.limit = limit
        self.prefixes = standard_prefixes() if prefixes is None else prefixes
        self._pool = cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sparql")

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------------ queries

    def query(
        self,
        sparql: str,
        accept: str | None = None,
        fmt: str | None = None,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> Answer:
        """Run a query; `fmt` (json, csv, turtle, ... or a media type) overrides the Accept header."""
        if fmt:
            accept = R.SHORT_NAMES.get(fmt.lower(), fmt)
        for iri in (*default_graphs, *named_graphs):
            try:
                ox.NamedNode(iri)
            except ValueError:
                return text_answer(400, f"not an IRI in default-graph-uri / named-graph-uri: {iri[:200]!r}")
        if uses_service(sparql):
            return text_answer(400, "SERVICE (federated query) is disabled on this endpoint")
        stop = threading.Event()
        future = self._pool.submit(self._run_query, sparql, accept, default_graphs, named_graphs, stop)
        try:
            return future.result(timeout=self.timeout)
        except cf.TimeoutError:
            stop.set()
            return text_answer(503, f"query timed out after {self.timeout:g} s (the server's --timeout)")

    def _run_query(self, sparql, accept, default_graphs, named_graphs, stop: threading.Event) -> Answer:
        def check():
            if stop.is_set():
                raise _Deadline

        try:
            result = self.engine.query(sparql, default_graphs, named_graphs)
            if isinstance(result, ox.QueryBoolean):
                media = choose(accept, list(R.SOLUTION_TYPES))
                if media is None:
                    return self._not_acceptable(R.SOLUTION_TYPES)
                fmt = R.SOLUTION_TYPES[media]
                return Answer(200, _with_charset(R.CANONICAL[fmt]), R.write_boolean(bool(result), fmt))
            if isinstance(result, ox.QuerySolutions):
                media = choose(accept, list(R.SOLUTION_TYPES))
                if media is None:
                    return self._not_acceptable(R.SOLUTION_TYPES)
                fmt = R.SOLUTION_TYPES[media]
                variables = [v.value for v in result.variables]
                body, truncated = R.write_solutions(result, variables, fmt, self.limit, check)
                return Answer(200, _with_charset(R.CANONICAL[fmt]), body, self._truncation(truncated))
            media = choose(accept, list(R.GRAPH_TYPES))
            if media is None:
                return self._not_acceptable(R.GRAPH_TYPES)
            body, truncated = R.write_graph(result, R.GRAPH_TYPES[media], self.limit, check, self.prefixes)
            canonical = "application/n-triples" if media == "text/plain" else media
            return Answer(200, _with_charset(canonical), body, self._truncation(truncated))
        except SyntaxError as exc:
            return text_answer(400, f"malformed query: {exc}")
        except _Deadline:
            return text_answer(503, "query timed out")
        except (OSError, ValueError, RuntimeError) as exc:
            return text_answer(500, f"query failed: {exc}")

    def _truncation(self, truncated: bool) -> dict[str, str]:
        # Row limits are announced in a header rather than as a fake row, so every client still parses the body.
        return {"X-Result-Limit": str(self.limit), "X-Result-Truncated": "true"} if truncated else {}

    @staticmethod
    def _not_acceptable(offered) -> Answer:
        return text_answer(406, "cannot answer in the requested format; available: " + ", ".join(offered))

    # ------------------------------------------------------------------ updates

    def update(self, sparql: str) -> Answer:
        if not self.allow_update:
            return text_answer(403, "this endpoint is read-only; start it with `newsgraph serve --allow-update`")
        started = time.monotonic()
        try:
            self.engine.update(sparql)
        except SyntaxError as exc:
            return text_answer(400, f"malformed update: {exc}")
        except (OSError, ValueError, RuntimeError) as exc:
            return text_answer(500, f"update failed: {exc}")
        return text_answer(200, f"update done in {time.monotonic() - started:.3f} s")


def _with_charset(media: str) -> str:
    return media if media.startswith("application/ld+json") else f"{media}; charset=utf-8"
