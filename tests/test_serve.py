"""`newsgraph serve`: the SPARQL 1.1 Protocol endpoint, started in-process on a free port against a small store."""

from __future__ import annotations

import csv
import http.client
import io
import json
import threading
import urllib.parse
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox
import pytest
import rdflib

from newsgraph.server import Endpoint, engine_for, make_server

NG = "https://newsgraph.dev/ontology#"
EX = "https://newsgraph.dev/id/"
SRX = "{http://www.w3.org/2005/sparql-results#}"

SELECT = f"SELECT ?s ?label WHERE {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }} ORDER BY ?s"
CONSTRUCT = f"CONSTRUCT {{ ?a <{NG}disapprove> ?b }} WHERE {{ ?a <{NG}disapprove> ?b }}"


def small_store() -> ox.Store:
    """Three actors and two accusations, spread over two article graphs as the build writes them."""
    store = ox.Store()
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    g1, g2 = ox.NamedNode(EX + "article/a1"), ox.NamedNode(EX + "article/a2")
    russia, nato, kyiv = (ox.NamedNode(EX + k) for k in ("Q159", "Q7184", "Q212"))
    store.extend(
        [
            ox.Quad(russia, label, ox.Literal("Russia", language="en"), g1),
            ox.Quad(nato, label, ox.Literal('NATO, "the alliance"\ttab'), g1),
            ox.Quad(kyiv, label, ox.Literal("Ukraine"), g2),
            ox.Quad(russia, ox.NamedNode(NG + "disapprove"), nato, g1),
            ox.Quad(russia, ox.NamedNode(NG + "disapprove"), kyiv, g2),
        ]
    )
    return store


def start(store, views_dir=None, **options):
    server = make_server(Endpoint(engine_for(store), **options), "127.0.0.1", 0, views_dir)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


@pytest.fixture(scope="module")
def server():
    srv = start(small_store(), limit=1000)
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture()
def writable():
    srv = start(small_store(), allow_update=True)
    yield srv
    srv.shutdown()
    srv.server_close()


def request(srv, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection(*srv.server_address[:2], timeout=30)
    try:
        conn.request(method, path, body=body.encode() if isinstance(body, str) else body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.getheader("Content-Type", ""), resp.read(), dict(resp.getheaders())
    finally:
        conn.close()


def get(srv, query, accept=None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return request(srv, "GET", f"/sparql?{qs}", headers={"Accept": accept} if accept else {})


# ---------------------------------------------------------------- formats


def test_select_as_json_by_default(server):
    status, ctype, body, _ = get(server, SELECT)
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["s", "label"]
    rows = doc["results"]["bindings"]
    assert [r["s"]["value"] for r in rows] == [EX + "Q159", EX + "Q212", EX + "Q7184"]  # all article graphs
    assert rows[0]["label"] == {"type": "literal", "value": "Russia", "xml:lang": "en"}
    assert rows[0]["s"]["type"] == "uri"


def test_select_as_csv_tsv_and_xml(server):
    status, ctype, body, _ = get(server, SELECT, "text/csv")
    assert status == 200 and ctype.startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["s", "label"] and rows[3] == [EX + "Q7184", 'NATO, "the alliance"\ttab']

    status, ctype, body, _ = get(server, SELECT, "text/tab-separated-values")
    assert status == 200 and ctype.startswith("text/tab-separated-values")
    lines = body.decode().splitlines()
    assert lines[0] == "?s\t?label" and lines[1] == f'<{EX}Q159>\t"Russia"@en'
    assert lines[3].split("\t") == [f"<{EX}Q7184>", '"NATO, \\"the alliance\\"\\ttab"']  # tab escaped, 2 columns

    status, ctype, body, _ = get(server, SELECT, "application/sparql-results+xml")
    assert status == 200 and ctype.startswith("application/sparql-results+xml")
    root = ET.fromstring(body)
    assert [v.get("name") for v in root.iter(SRX + "variable")] == ["s", "label"]
    assert [u.text for u in root.iter(SRX + "uri")] == [EX + "Q159", EX + "Q212", EX + "Q7184"]


def test_ask(server):
    status, _, body, _ = get(server, f"ASK {{ ?a <{NG}disapprove> ?b }}")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body, _ = get(server, f"ASK {{ ?a <{NG}fight> ?b }}", "application/sparql-results+xml")
    assert ET.fromstring(body).find(SRX + "boolean").text == "false"


def test_construct_as_turtle_and_json_ld(server):
    status, ctype, body, _ = get(server, CONSTRUCT)
    assert status == 200 and ctype.startswith("text/turtle")
    assert "@prefix ng: <https://newsgraph.dev/ontology#>" in body.decode()
    g = rdflib.Graph().parse(data=body.decode(), format="turtle")
    assert len(g) == 2
    status, ctype, body, _ = get(server, CONSTRUCT, "application/ld+json")
    assert status == 200 and ctype.startswith("application/ld+json")
    assert set(rdflib.Graph().parse(data=body.decode(), format="json-ld")) == set(g)
    status, _, body, _ = get(server, f"DESCRIBE <{EX}Q212>", format="nt")
    assert status == 200 and f"<{EX}Q212>" in body.decode()


def test_format_parameter_overrides_accept(server):
    status, ctype, _, _ = get(server, SELECT, "application/sparql-results+json", format="csv")
    assert status == 200 and ctype.startswith("text/csv")


def test_unacceptable_format_is_406(server):
    status, _, body, _ = get(server, SELECT, "image/png")
    assert status == 406 and b"text/csv" in body


# ---------------------------------------------------------------- methods


def test_post_form_and_direct_query(server):
    form = urllib.parse.urlencode({"query": SELECT})
    status, _, body, _ = request(
        server, "POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3
    status, _, body, _ = request(
        server, "POST", "/sparql", SELECT, {"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    )
    assert status == 200 and body.decode().count("\r\n") == 4
    status, _, _, _ = request(server, "POST", "/sparql", SELECT, {"Content-Type": "text/plain"})
    assert status == 415


def test_dataset_parameters_select_graphs(server):
    status, _, body, _ = get(server, SELECT, **{"default-graph-uri": EX + "article/a2"})
    assert status == 200
    assert [r["s"]["value"] for r in json.loads(body)["results"]["bindings"]] == [EX + "Q212"]


UPDATE = f"INSERT DATA {{ <{EX}Q252> <http://www.w3.org/2000/01/rdf-schema#label> \"Indonesia\" }}"


def test_read_only_by_default(server):
    form = urllib.parse.urlencode({"update": UPDATE})
    status, _, body, _ = request(server, "POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"--allow-update" in body
    status, _, _, _ = request(server, "POST", "/sparql", UPDATE, {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _, _ = request(server, "GET", "/sparql?" + urllib.parse.urlencode({"update": UPDATE}))
    assert status == 405
    _, _, body, _ = get(server, f"ASK {{ <{EX}Q252> ?p ?o }}")
    assert json.loads(body)["boolean"] is False


def test_updates_go_through_with_allow_update(writable):
    status, _, _, _ = request(writable, "POST", "/sparql", UPDATE, {"Content-Type": "application/sparql-update"})
    assert status == 200
    _, _, body, _ = get(writable, f"ASK {{ <{EX}Q252> ?p ?o }}")
    assert json.loads(body)["boolean"] is True
    delete = urllib.parse.urlencode({"update": f"DELETE WHERE {{ <{EX}Q252> ?p ?o }}"})
    status, _, _, _ = request(writable, "POST", "/sparql", delete, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200
    _, _, body, _ = get(writable, f"ASK {{ <{EX}Q252> ?p ?o }}")
    assert json.loads(body)["boolean"] is False


def test_update_from_another_web_origin_is_refused(writable):
    # A page on some web site posting a form to the user's local endpoint (CSRF): the browser sends Origin.
    status, _, _, _ = request(
        writable,
        "POST",
        "/sparql",
        urllib.parse.urlencode({"update": UPDATE}),
        {"Content-Type": "application/x-www-form-urlencoded", "Origin": "https://evil.example"},
    )
    assert status == 403
    _, _, body, _ = get(writable, f"ASK {{ <{EX}Q252> ?p ?o }}")
    assert json.loads(body)["boolean"] is False


def test_foreign_host_header_is_refused(server):
    # DNS rebinding: a hostile name resolving to 127.0.0.1 would otherwise let a web page read the store.
    status, _, _, _ = request(server, "GET", "/sparql?query=ASK%7B%7D", headers={"Host": "evil.example:8000"})
    assert status == 403


# ---------------------------------------------------------------- errors and limits


def test_malformed_sparql_is_400_with_the_parser_message(server):
    status, ctype, body, _ = get(server, "SELEC ?x WHERE { ?x ?p ?o }")
    assert status == 400 and ctype.startswith("text/plain")
    assert b"error at 1:" in body  # Oxigraph's message, with line and column
    status, _, body, _ = request(server, "POST", "/sparql", "INSERT DATA {", {"Content-Type": "application/sparql-update"})
    assert status in (400, 403)
    status, _, _, _ = request(server, "GET", "/sparql?query=")
    assert status == 400
    status, _, body, _ = get(server, SELECT, **{"default-graph-uri": "not an iri"})
    assert status == 400 and b"not an IRI" in body
    status, _, _, _ = request(server, "POST", "/sparql", b"\xff\xfe", {"Content-Type": "application/sparql-query"})
    assert status == 400


def test_malformed_update_is_400(writable):
    status, _, body, _ = request(writable, "POST", "/sparql", "INSERT DATA {", {"Content-Type": "application/sparql-update"})
    assert status == 400 and b"error at 1:" in body


def test_service_is_refused(server):
    status, _, body, _ = get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert status == 400 and b"SERVICE" in body
    # the word inside a string or an IRI is not the keyword
    status, _, _, _ = get(server, 'SELECT * WHERE { ?s ?p "SERVICE" }')
    assert status == 200


def test_result_limit_truncates_and_says_so():
    srv = start(small_store(), limit=2)
    try:
        status, _, body, headers = get(srv, SELECT)
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2
        assert headers.get("X-Result-Truncated") == "true" and headers.get("X-Result-Limit") == "2"
        _, _, _, headers = get(srv, f"ASK {{ ?s ?p ?o }}")
        assert "X-Result-Truncated" not in headers
    finally:
        srv.shutdown()
        srv.server_close()


def test_query_over_the_timeout_is_503():
    store = ox.Store()
    p = ox.NamedNode(EX + "p")
    store.extend(ox.Quad(ox.NamedNode(f"{EX}n{i}"), p, ox.Literal(i)) for i in range(300))
    # 27 million rows: far more than any machine writes in the timeout, and the worker stops at its next row check.
    endpoint = Endpoint(engine_for(store), timeout=0.2, limit=10**9)
    try:
        answer = endpoint.query("SELECT * WHERE { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z }")
        assert answer.status == 503 and b"timed out" in answer.body
    finally:
        endpoint.close()


# ---------------------------------------------------------------- page and views


def test_query_page_is_self_contained(server):
    status, ctype, body, headers = request(server, "GET", "/")
    page = body.decode()
    assert status == 200 and ctype.startswith("text/html")
    assert "<textarea" in page and "textContent" in page
    assert "innerHTML" not in page and "src=\"http" not in page and "href=\"http" not in page
    assert "connect-src 'self'" in headers["Content-Security-Policy"]


def test_views_are_served_and_confined(tmp_path):
    (tmp_path / "graph.html").write_text("<html>graph</html>", encoding="utf-8")
    (tmp_path.parent / "secret.txt").write_text("secret", encoding="utf-8")
    srv = start(small_store(), views_dir=tmp_path)
    try:
        status, ctype, body, _ = request(srv, "GET", "/views/graph.html")
        assert status == 200 and ctype.startswith("text/html") and body == b"<html>graph</html>"
        assert b'href="views/graph.html"' in request(srv, "GET", "/")[2]
        for path in ("/views/../secret.txt", "/views/%2e%2e/secret.txt", "/views/..%2fsecret.txt", "/views/missing.html"):
            assert request(srv, "GET", path)[0] == 404, path
    finally:
        srv.shutdown()
        srv.server_close()


# ---------------------------------------------------------------- standard clients


def test_sparqlwrapper_client(server):
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setQuery(SELECT)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == ["Russia", "Ukraine", 'NATO, "the alliance"\ttab']
    sw.setMethod("POST")
    assert len(sw.query().convert()["results"]["bindings"]) == 3
    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setQuery(CONSTRUCT)
    sw.setReturnFormat(TURTLE)
    g = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) == 2


def test_rdflib_sparqlstore_client(server, writable):
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

    g = rdflib.Graph(store=SPARQLStore(server.url + "/sparql"), identifier=DATASET_DEFAULT_GRAPH_ID)
    labels = sorted(str(row.label) for row in g.query(SELECT))
    assert labels == ['NATO, "the alliance"\ttab', "Russia", "Ukraine"]
    assert len(g.query(CONSTRUCT)) == 2
    assert g.query(f"ASK {{ ?a <{NG}disapprove> ?b }}").askAnswer is True
    assert len(list(rdflib.Dataset(store=SPARQLStore(server.url + "/sparql")).query(SELECT))) == 3

    store = SPARQLUpdateStore(writable.url + "/sparql", writable.url + "/sparql")
    rw = rdflib.Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
    rw.update(UPDATE)
    assert rw.query(f"ASK {{ <{EX}Q252> ?p ?o }}").askAnswer is True


def test_eight_concurrent_clients_1000_queries(server):
    # each query with a format it can be answered in, so every request must succeed
    work = [
        (SELECT, "application/sparql-results+json"),
        (SELECT, "text/csv"),
        (CONSTRUCT, "text/turtle"),
        (CONSTRUCT, "application/ld+json"),
        (f"ASK {{ ?a <{NG}disapprove> ?b }}", "application/sparql-results+xml"),
    ]

    def client(i):
        conn = http.client.HTTPConnection(*server.server_address[:2], timeout=30)
        failures = 0
        for n in range(125):
            q, accept = work[(i + n) % len(work)]
            conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": q}), headers={"Accept": accept})
            resp = conn.getresponse()
            resp.read()
            failures += resp.status != 200
        conn.close()
        return failures

    with ThreadPoolExecutor(8) as pool:
        failures = list(pool.map(client, range(8)))
    assert failures == [0] * 8


# ---------------------------------------------------------------- over newsgraph stores and the CLI


def _article_and_events():
    import datetime as dt

    from newsgraph.model import ORGANIZATION, STATE, Actor, Article, Event

    russia = Actor("Q159", "Russia", STATE, qid="Q159")
    nato = Actor("Q7184", "NATO", ORGANIZATION, qid="Q7184")
    art = Article(id="a1", text="Russia accused NATO.", date=dt.date(2024, 3, 2), language="en")
    ev = Event("a1", "en", art.date, russia, "disapprove", "112", "accuse", nato, "Russia accused NATO.", 0.9)
    return art, [ev]


@pytest.mark.parametrize("kind", ["embedded", "memory"])
def test_serves_a_newsgraph_store_and_its_saved_queries(tmp_path, kind):
    from newsgraph.store import open_store
    from newsgraph.store.saved import get_saved

    with open_store(str(tmp_path / "store") if kind == "embedded" else "memory:") as store:
        store.replace_article(*_article_and_events())
        srv = start(store)
        try:
            status, _, body, _ = get(srv, get_saved("who_accuses_whom").text, "text/csv")
            rows = list(csv.DictReader(io.StringIO(body.decode())))
            assert status == 200 and [(r["accuser"], r["accused"]) for r in rows] == [("Russia", "NATO")]
            # the team's prefixes need no PREFIX line
            status, _, body, _ = get(srv, "ASK { actor:Q159 ng:disapprove actor:Q7184 }")
            assert status == 200 and json.loads(body)["boolean"] is True
        finally:
            srv.shutdown()
            srv.server_close()


def test_serve_command(tmp_path):
    import os
    import re
    import subprocess
    import sys
    import time

    from newsgraph.store import open_store

    with open_store(str(tmp_path / "store")) as store:
        store.replace_article(*_article_and_events())
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "serve", "--store", str(tmp_path / "store"), "--port", "0",
         "--views", str(tmp_path)],
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = proc.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/sparql \(read-only\)", line)
        assert match, line
        conn = http.client.HTTPConnection("127.0.0.1", int(match.group(1)), timeout=30)
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s ng:disapprove ?o }"}))
        resp = conn.getresponse()
        assert resp.status == 200 and json.loads(resp.read())["results"]["bindings"][0]["s"]["value"].endswith("Q159")
        conn.request("POST", "/sparql", body=UPDATE, headers={"Content-Type": "application/sparql-update"})
        assert conn.getresponse().status == 403
        conn.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert proc.returncode == 0  # SIGTERM stops it cleanly, closing the store
    bad = subprocess.run(
        [sys.executable, "-m", "newsgraph", "serve", "--store", str(tmp_path / "store"), "--timeout", "0"],
        capture_output=True, text=True, timeout=60,
    )
    assert bad.returncode == 2 and "--timeout must be positive" in bad.stderr and "Traceback" not in bad.stderr
