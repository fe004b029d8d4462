"""The HTTP side of `newsgraph serve`: SPARQL 1.1 Protocol at /sparql, a query page at /, HTML views at /views/.

Built on the standard library's ThreadingHTTPServer: one thread per connection, queries handed to the
endpoint's worker pool (see endpoint.py) so each has a deadline.
"""

from __future__ import annotations

import ipaddress
import logging
import mimetypes
import posixpath
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newsgraph import __version__
from newsgraph.server.endpoint import Answer, Endpoint, text_answer
from newsgraph.server.page import query_page

log = logging.getLogger("newsgraph.serve")

MAX_BODY = 16 * 1024 * 1024  # a query or update larger than this is refused (413), not read into memory
ENDPOINT_PATHS = ("/sparql", "/query", "/update")
QUERY_TYPES = ("application/sparql-query",)
UPDATE_TYPES = ("application/sparql-update",)
FORM_TYPE = "application/x-www-form-urlencoded"
# The query page runs only its own inline script and talks only to this server.
PAGE_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
    "img-src 'self' data:"
)


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, endpoint: Endpoint, views_dir: Path | None):
        self.endpoint = endpoint
        self.views_dir = views_dir.resolve() if views_dir else None
        super().__init__(address, SparqlHandler)

    def server_close(self) -> None:
        super().server_close()
        self.endpoint.close()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}"


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"  # keep-alive: clients that reuse connections are not slowed by TCP set-up
    # Headers and body go out as two writes; with Nagle's algorithm on, the second waits for the client's delayed
    # ACK, adding 40 ms to every keep-alive request.
    disable_nagle_algorithm = True
    timeout = 120  # seconds a client may stall mid-request (or idle on keep-alive) before its thread is freed
    server_version = f"newsgraph/{__version__}"

    # ------------------------------------------------------------------ plumbing

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        log.info("%s %s", self.address_string(), format % args)

    def send_answer(self, answer: Answer, head_only: bool = False) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in answer.headers.items():
            self.send_header(k, v)
        if answer.status >= 400:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head_only:
            self.wfile.write(answer.body)

    def _host_allowed(self) -> bool:
        """When bound to loopback, only loopback Host names: a web page cannot reach us by DNS rebinding."""
        try:
            bound = ipaddress.ip_address(self.server.server_address[0])
        except ValueError:
            return True
        if not bound.is_loopback:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        if not host:
            return True
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        name = name.strip("[]")
        return name in ("localhost", "127.0.0.1", "::1") or name.startswith("127.")

    def _cross_origin_write(self) -> bool:
        """An update posted by a page from another origin (a form on a web site the user visits): refuse it."""
        origin = self.headers.get("Origin")
        if origin is None:  # curl, SPARQLWrapper, rdflib: not a browser
            return False
        if origin == "null":  # sandboxed frames and file: pages
            return True
        host = self.headers.get("Host", "")
        return urllib.parse.urlsplit(origin).netloc.lower() != host.lower()

    # ------------------------------------------------------------------ methods

    def do_HEAD(self) -> None:
        self._get(head_only=True)

    def do_GET(self) -> None:
        self._get(head_only=False)

    def _get(self, head_only: bool) -> None:
        if not self._host_allowed():
            return self.send_answer(text_answer(403, "unexpected Host header"), head_only)
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        path = url.path
        if path in ENDPOINT_PATHS or (path == "/" and "query" in params):
            if "update" in params:
                return self.send_answer(text_answer(405, "updates must be sent with POST"), head_only)
            if "query" not in params:
                return self.send_answer(self._service_description(), head_only)
            return self.send_answer(self._query_from(params), head_only)
        if path in ("/", "/index.html"):
            body = query_page(self.server.views_dir).encode()
            page = Answer(200, "text/html; charset=utf-8", body, {"Content-Security-Policy": PAGE_CSP})
            return self.send_answer(page, head_only)
        if path.startswith("/views/"):
            return self.send_answer(self._view(path[len("/views/") :]), head_only)
        if path == "/favicon.ico":
            return self.send_answer(Answer(204, "image/x-icon", b""), head_only)
        return self.send_answer(text_answer(404, f"no such page: {path}; the SPARQL endpoint is /sparql"), head_only)

    def do_POST(self) -> None:
        if not self._host_allowed():
            return self.send_answer(text_answer(403, "unexpected Host header"))
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ENDPOINT_PATHS and url.path != "/":
            return self.send_answer(text_answer(404, f"POST to /sparql, not {url.path}"))
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self.send_answer(text_answer(400, "bad Content-Length"))
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return self.send_answer(text_answer(411, "send a Content-Length (chunked bodies are not supported)"))
        if length > MAX_BODY:
            return self.send_answer(text_answer(413, f"request body over {MAX_BODY // (1024 * 1024)} MB"))
        raw = self.rfile.read(length) if length > 0 else b""
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            return self.send_answer(text_answer(400, "the request body is not UTF-8"))
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if ctype == FORM_TYPE:
            form = urllib.parse.parse_qs(body, keep_blank_values=True)
            if "query" in form and "update" in form:
                return self.send_answer(text_answer(400, "send either query= or update=, not both"))
            merged = {**params, **form}
            if "update" in form:
                return self.send_answer(self._update(form["update"][0]))
            if "query" in form:
                return self.send_answer(self._query_from(merged))
            return self.send_answer(text_answer(400, "the form has neither query= nor update="))
        if ctype in QUERY_TYPES:
            return self.send_answer(self._query_from({**params, "query": [body]}))
        if ctype in UPDATE_TYPES:
            return self.send_answer(self._update(body))
        return self.send_answer(
            text_answer(
                415,
                "POST a query as application/sparql-query, an update as application/sparql-update, "
                "or either as an application/x-www-form-urlencoded form",
            )
        )

    def do_OPTIONS(self) -> None:
        self.send_response(204)
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # ------------------------------------------------------------------ operations

    def _query_from(self, params: dict[str, list[str]]) -> Answer:
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return text_answer(400, "give exactly one non-empty query")
        fmt = (params.get("format") or params.get("output") or [None])[0]
        return self.server.endpoint.query(
            queries[0],
            accept=self.headers.get("Accept"),
            fmt=fmt,
            default_graphs=params.get("default-graph-uri", []),
            named_graphs=params.get("named-graph-uri", []),
        )

    def _update(self, sparql: str) -> Answer:
        if self._cross_origin_write():
            return text_answer(403, "updates from another web origin are refused")
        if not sparql.strip():
            return text_answer(400, "empty update")
        return self.server.endpoint.update(sparql)

    def _service_description(self) -> Answer:
        mode = "read-write" if self.server.endpoint.allow_update else "read-only"
        return text_answer(
            200,
            f"newsgraph SPARQL 1.1 endpoint ({mode}). Send ?query=... with GET, or POST a query "
            "(application/sparql-query or a form with query=).",
        )

    def _view(self, rel: str) -> Answer:
        root = self.server.views_dir
        if root is None:
            return text_answer(404, "no views folder is served")
        rel = posixpath.normpath(urllib.parse.unquote(rel)).lstrip("/")
        if rel in ("", ".") or rel.startswith("..") or "\x00" in rel:
            return text_answer(404, "no such view")
        path = (root / rel).resolve()
        if root not in path.parents or not path.is_file() or path.name.startswith("."):
            return text_answer(404, f"no such view: {rel}")
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
            ctype += "; charset=utf-8"
        return Answer(200, ctype, path.read_bytes())


def make_server(
    endpoint: Endpoint, host: str = "127.0.0.1", port: int = 8000, views_dir: Path | None = None
) -> SparqlServer:
    """A server ready for `serve_forever()`; port 0 picks a free port (see `.url`)."""
    return SparqlServer((host, port), endpoint, views_dir)


__all__ = ["SparqlServer", "make_server"]
