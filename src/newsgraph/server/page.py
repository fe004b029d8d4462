"""The query page at `/`: a textarea, a Run button and a results table. Self-contained (no CDN, works offline).

Result text is untrusted (it comes from news articles): the script inserts it with textContent only, and the
server-side parts (the list of views) are HTML-escaped.
"""

from __future__ import annotations

import html
from pathlib import Path

# Basic examples; the saved queries of ontology/queries/ are added after them (see `examples`).
EXAMPLES = {
    "Events per relation": """SELECT ?relation (COUNT(?e) AS ?events) WHERE {
  ?e a ng:Event ; ng:relation ?relation .
} GROUP BY ?relation ORDER BY DESC(?events)""",
    "Actors": """SELECT ?actor ?label ?type WHERE {
  ?actor ng:key ?key ; rdfs:label ?label ; a ?type .
} ORDER BY ?label LIMIT 200""",
    "Evidence of events": """SELECT ?subject ?relation ?object ?evidence WHERE {
  ?e a ng:Event ; ng:subject/rdfs:label ?subject ; ng:predicate ?relation ; ng:object/rdfs:label ?object ;
     ng:evidence ?evidence .
} LIMIT 100""",
    "Any triples": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 50",
}


def examples() -> dict[str, str]:
    """The basic examples, then every saved query (its header comments say what it does and its parameters)."""
    out = dict(EXAMPLES)
    try:
        from newsgraph.store.saved import saved_queries

        for name, q in saved_queries().items():
            out[f"saved: {name}"] = q.text.strip()
    except Exception:  # noqa: BLE001 - a broken .rq file must not take the query page down
        pass
    return out


STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;max-width:90em}
h1{font-size:1.3em;margin:0 0 .5em} textarea{width:100%;height:14em;font:13px/1.4 monospace;box-sizing:border-box}
.bar{margin:.5em 0;display:flex;gap:.6em;align-items:center;flex-wrap:wrap} button{padding:.35em 1.2em}
#status{color:#555} #status.error{color:#b00020;white-space:pre-wrap;font-family:monospace}
table{border-collapse:collapse;margin-top:.5em} th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;
vertical-align:top;max-width:40em;overflow-wrap:anywhere} th{background:#f3f3f3} tr:nth-child(even) td{background:#fafafa}
pre{background:#f6f6f6;padding:.6em;overflow:auto;max-height:40em} .views a{margin-right:1em}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
const examples = JSON.parse($('examples-data').textContent);
for (const name of Object.keys(examples)) {
  const o = document.createElement('option'); o.value = name; o.textContent = name; $('examples').appendChild(o);
}
$('examples').addEventListener('change', e => { if (examples[e.target.value]) $('query').value = examples[e.target.value]; });
function cell(term) {
  if (!term) return '';
  if (term.type === 'literal' && term['xml:lang']) return term.value + ' @' + term['xml:lang'];
  if (term.type === 'bnode') return '_:' + term.value;
  return term.value;
}
async function run() {
  const status = $('status'), out = $('results');
  status.className = ''; status.textContent = 'running…'; out.replaceChildren();
  const started = performance.now();
  let resp;
  try {
    resp = await fetch('sparql', {method: 'POST', body: new URLSearchParams({query: $('query').value}),
      headers: {'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}});
  } catch (err) { status.className = 'error'; status.textContent = 'no answer from the server: ' + err; return; }
  const ms = Math.round(performance.now() - started);
  const text = await resp.text();
  if (!resp.ok) { status.className = 'error'; status.textContent = resp.status + ' ' + text; return; }
  const truncated = resp.headers.get('X-Result-Truncated') ? ' (cut at the server limit of ' + resp.headers.get('X-Result-Limit') + ')' : '';
  if (!(resp.headers.get('Content-Type') || '').includes('json')) {
    const pre = document.createElement('pre'); pre.textContent = text; out.appendChild(pre);
    status.textContent = 'graph result in ' + ms + ' ms' + truncated; return;
  }
  const data = JSON.parse(text);
  if ('boolean' in data) { status.textContent = 'answer: ' + data.boolean + ' (' + ms + ' ms)'; return; }
  const vars = data.head.vars, rows = data.results.bindings;
  const table = document.createElement('table'), head = table.createTHead().insertRow();
  for (const v of vars) { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); }
  const body = table.createTBody();
  for (const row of rows) { const tr = body.insertRow(); for (const v of vars) tr.insertCell().textContent = cell(row[v]); }
  out.appendChild(table);
  status.textContent = rows.length + ' row' + (rows.length === 1 ? '' : 's') + ' in ' + ms + ' ms' + truncated;
}
$('run').addEventListener('click', run);
$('query').addEventListener('keydown', e => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
"""


def _views(views_dir: Path | None) -> str:
    if views_dir is None or not views_dir.is_dir():
        return ""
    names = sorted(p.name for p in views_dir.glob("*.html") if p.is_file() and not p.name.startswith("."))
    if not names:
        return ""
    links = " ".join(f'<a href="views/{html.escape(n, quote=True)}">{html.escape(n)}</a>' for n in names)
    return f'<p class="views">Views: {links}</p>'


def query_page(views_dir: Path | None = None) -> str:
    import json

    found = examples()
    first = next(iter(found.values()))
    # "</" would end the <script> element early; JSON allows the escaped form.
    data = json.dumps(found).replace("</", "<\\/")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>
<body>
<h1>newsgraph SPARQL endpoint</h1>
{_views(views_dir)}
<textarea id="query" spellcheck="false" aria-label="SPARQL query">{html.escape(first)}</textarea>
<div class="bar"><button id="run" type="button">Run</button>
<select id="examples" aria-label="example queries"><option value="">Examples…</option></select>
<span id="status">Ctrl+Enter runs the query. Endpoint: <code>/sparql</code></span></div>
<div id="results"></div>
<script type="application/json" id="examples-data">{data}</script>
<script>{SCRIPT}</script>
</body></html>
"""
