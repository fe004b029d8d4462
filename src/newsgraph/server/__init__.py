"""`newsgraph serve`: a SPARQL 1.1 Protocol endpoint over the store, plus a query page and the HTML views.

    server = make_server(Endpoint(engine_for(store)), host="127.0.0.1", port=0, views_dir=Path("output"))
    threading.Thread(target=server.serve_forever, daemon=True).start()   # server.url is where it listens
"""

from newsgraph.server.endpoint import Answer, Endpoint
from newsgraph.server.engine import OxigraphEngine, engine_for
from newsgraph.server.http import SparqlServer, make_server

__all__ = ["Answer", "Endpoint", "OxigraphEngine", "SparqlServer", "engine_for", "make_server"]
