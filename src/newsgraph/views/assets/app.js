/* newsgraph view: draws the graph from the page's JSON block with vis-network, wires filters and evidence.
 *
 * Every string in the data came from a news article and is untrusted. It reaches the DOM only through
 * textContent / createTextNode and setAttribute on inert attributes; links pass safeHref (http/https only).
 * No innerHTML anywhere in this file: keep it that way.
 */
(function () {
  "use strict";

  var D = JSON.parse(document.getElementById("ng-data").textContent);
  var OPTIONS = JSON.parse(document.getElementById("ng-options").textContent);
  var TYPE_COLORS = {
    state: "#4e79a7", organization: "#f28e2b", person: "#59a14f", group: "#b07aa1", region: "#9c755f", other: "#9d9d9d"
  };
  var QUAD_COLORS = { 1: "#8cc084", 2: "#1b7837", 3: "#f0a04b", 4: "#c62828", 0: "#999999" };
  var DIM = "rgba(190,190,190,0.25)";
  var BIG = D.nodes.length > 2000 || D.edges.length > 5000;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function safeHref(url) {
    return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null;
  }
  function human(rel) { return String(rel || "").replace(/_/g, " "); }
  function typeColor(t) { return TYPE_COLORS[t] || TYPE_COLORS.other; }
  function nodeLabel(n) { return n.code && n.code.toLowerCase() !== n.label.toLowerCase() ? n.label + " [" + n.code + "]" : n.label; }
  function nodeName(n) { return (n.flag ? n.flag + " " : "") + n.label; }

  document.getElementById("ng-title").textContent = D.title;

  // ---- data sets ---------------------------------------------------------------------------------------------
  var parallel = {};
  D.edges.forEach(function (e, i) {
    var k = Math.min(e.f, e.t) + ":" + Math.max(e.f, e.t);
    e.par = parallel[k] = (parallel[k] || 0) + 1;
    e.id = i;
  });
  var nodeItems = D.nodes.map(function (n, i) {
    var item = {
      id: i, label: nodeLabel(n), x: n.x, y: n.y, value: n.w, shape: "dot",
      color: { background: typeColor(n.type), border: n.focus ? "#111" : typeColor(n.type) },
      borderWidth: n.focus ? 3 : 1
    };
    if (n.focus) item.font = { bold: true, size: 18 };
    return item;
  });
  var edgeItems = D.edges.map(function (e) {
    var item = {
      // Width on an absolute log scale: vis's value scaling is relative, so 2 mentions among 1s drew at full width.
      id: e.id, from: e.f, to: e.t, width: Math.min(8, 1 + 1.5 * Math.log2(e.n)), dashes: !!e.neg, arrows: "to",
      color: { color: QUAD_COLORS[e.q] || QUAD_COLORS[0], highlight: QUAD_COLORS[e.q] || QUAD_COLORS[0], opacity: 0.85 }
    };
    if (!BIG) {
      item.label = human(e.r) + (e.ev.length > 1 ? " ×" + e.ev.length : "");
      item.smooth = { enabled: true, type: e.par % 2 ? "curvedCW" : "curvedCCW", roundness: 0.08 + 0.1 * Math.floor((e.par - 1) / 2) };
    }
    return item;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  // Filtering flips `hidden` on the items whose visibility changed, nothing else: nodes keep their place and
  // vis-network updates a few items instead of rebuilding the graph (a DataView refresh re-adds every item).
  var visibleNodes = new Set(nodeItems.map(function (n) { return n.id; }));
  var visibleEdges = new Set(edgeItems.map(function (e) { return e.id; }));
  var edgeWeight = new Float64Array(D.edges.length);

  // ---- filters -----------------------------------------------------------------------------------------------
  var dates = Array.from(new Set(D.events.map(function (ev) { return ev.d; }).filter(Boolean))).sort();
  var relCounts = {}, langs = {};
  D.events.forEach(function (ev) {
    relCounts[ev.r] = (relCounts[ev.r] || 0) + 1;
    if (ev.l) langs[ev.l] = (langs[ev.l] || 0) + 1;
  });
  var state = {
    quads: new Set([0, 1, 2, 3, 4]), relations: new Set(Object.keys(relCounts)),
    from: 0, to: Math.max(dates.length - 1, 0), lang: "", minMentions: 1, minConf: 0
  };
  function quadOf(ev) { var c = D.codes[ev.c]; return c ? c.q : D.edges[ev.e].q; }
  function passes(ev) {
    if (!state.quads.has(quadOf(ev)) || !state.relations.has(ev.r)) return false;
    if (state.lang && ev.l !== state.lang) return false;
    if (ev.cf < state.minConf) return false;
    if (dates.length && (state.from > 0 || state.to < dates.length - 1)) {
      if (!ev.d || ev.d < dates[state.from] || ev.d > dates[state.to]) return false;
    }
    return true;
  }

  function checkbox(container, value, text, color, count, set) {
    var label = el("label", "ng-check");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = String(value);
    box.addEventListener("change", function () {
      if (box.checked) set.add(value); else set.delete(value);
      applyFilters();
    });
    label.appendChild(box);
    var sw = el("span", "ng-swatch"); sw.style.background = color; label.appendChild(sw);
    label.appendChild(el("span", null, text));
    if (count !== undefined) label.appendChild(el("span", "ng-count", count));
    container.appendChild(label);
    return box;
  }
  var quadBox = document.getElementById("ng-quads");
  var quadCounts = {};
  D.events.forEach(function (ev) { var q = quadOf(ev); quadCounts[q] = (quadCounts[q] || 0) + 1; });
  [1, 2, 3, 4].forEach(function (q) { checkbox(quadBox, q, D.quads[q], QUAD_COLORS[q], quadCounts[q] || 0, state.quads); });
  var relBox = document.getElementById("ng-relations");
  var relQuad = {};
  D.events.forEach(function (ev) { relQuad[ev.r] = quadOf(ev); });
  Object.keys(relCounts).sort().forEach(function (r) {
    checkbox(relBox, r, human(r), QUAD_COLORS[relQuad[r]] || QUAD_COLORS[0], relCounts[r], state.relations);
  });

  var fromInput = document.getElementById("ng-date-from"), toInput = document.getElementById("ng-date-to");
  fromInput.max = toInput.max = String(Math.max(dates.length - 1, 0));
  toInput.value = String(state.to);
  function showDates() {
    document.getElementById("ng-date-from-out").textContent = dates[state.from] || "undated";
    document.getElementById("ng-date-to-out").textContent = dates[state.to] || "undated";
  }
  function onDate(which) {
    return function () {
      state.from = +fromInput.value; state.to = +toInput.value;
      if (state.from > state.to) {
        if (which === "from") { state.to = state.from; toInput.value = fromInput.value; }
        else { state.from = state.to; fromInput.value = toInput.value; }
      }
      showDates(); applyFilters();
    };
  }
  fromInput.addEventListener("input", onDate("from"));
  toInput.addEventListener("input", onDate("to"));
  fromInput.disabled = toInput.disabled = dates.length < 2;
  showDates();

  var langSelect = document.getElementById("ng-lang");
  Object.keys(langs).sort().forEach(function (l) {
    var opt = el("option", null, l + " (" + langs[l] + ")"); opt.value = l; langSelect.appendChild(opt);
  });
  langSelect.addEventListener("change", function () { state.lang = langSelect.value; applyFilters(); });
  var minMentions = document.getElementById("ng-min-mentions");
  minMentions.addEventListener("input", function () {
    state.minMentions = Math.max(1, parseInt(minMentions.value, 10) || 1); applyFilters();
  });
  var minConf = document.getElementById("ng-min-conf");
  minConf.addEventListener("input", function () {
    state.minConf = parseFloat(minConf.value) || 0;
    document.getElementById("ng-min-conf-out").textContent = state.minConf.toFixed(2);
    applyFilters();
  });
  document.getElementById("ng-reset").addEventListener("click", function () {
    // Refill the sets in place: the checkboxes hold references to them.
    [0, 1, 2, 3, 4].forEach(function (q) { state.quads.add(q); });
    Object.keys(relCounts).forEach(function (r) { state.relations.add(r); });
    state.from = 0; state.to = Math.max(dates.length - 1, 0); state.lang = ""; state.minMentions = 1; state.minConf = 0;
    document.querySelectorAll("#ng-quads input, #ng-relations input").forEach(function (b) { b.checked = true; });
    fromInput.value = "0"; toInput.value = String(state.to); langSelect.value = ""; minMentions.value = "1";
    minConf.value = "0"; document.getElementById("ng-min-conf-out").textContent = "0";
    showDates(); applyFilters();
  });

  // ---- legend ------------------------------------------------------------------------------------------------
  (function legend() {
    var box = document.getElementById("ng-legend");
    var present = new Set(D.nodes.map(function (n) { return n.type; }));
    Object.keys(TYPE_COLORS).forEach(function (t) {
      if (!present.has(t) && !(t === "other" && D.nodes.some(function (n) { return !TYPE_COLORS[n.type]; }))) return;
      var row = el("div", "ng-legend-row"); var sw = el("span", "ng-swatch"); sw.style.background = TYPE_COLORS[t];
      row.appendChild(sw); row.appendChild(el("span", null, t)); box.appendChild(row);
    });
    [1, 2, 3, 4].forEach(function (q) {
      var row = el("div", "ng-legend-row"); var line = el("span", "ng-line"); line.style.borderTopColor = QUAD_COLORS[q];
      row.appendChild(line); row.appendChild(el("span", null, D.quads[q])); box.appendChild(row);
    });
    var row = el("div", "ng-legend-row"); var line = el("span", "ng-line dashed"); line.style.borderTopColor = "#666";
    row.appendChild(line); row.appendChild(el("span", null, "negated (did not / denies)")); box.appendChild(row);
    box.appendChild(el("div", "ng-muted", "Node size: mentions. Edge width: mentions. Arrow: who acts on whom. " +
      "Edges of one relation class between one pair are bundled; click one for its evidence."));
  })();

  // ---- network -----------------------------------------------------------------------------------------------
  var container = document.getElementById("ng-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, OPTIONS);
  network.fit({ animation: false });
  if (OPTIONS.physics && OPTIONS.physics.enabled) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });
  }

  function applyFilters() {
    var passCount = 0;
    edgeWeight.fill(0);
    for (var i = 0; i < D.events.length; i++) {
      var ev = D.events[i];
      if (passes(ev)) { edgeWeight[ev.e] += ev.n; passCount++; }
    }
    var nextEdges = new Set(), nextNodes = new Set();
    for (var k = 0; k < D.edges.length; k++) {
      var e = D.edges[k];
      if (edgeWeight[k] > 0 && edgeWeight[k] >= state.minMentions) {
        nextEdges.add(k); nextNodes.add(e.f); nextNodes.add(e.t);
      }
    }
    setHidden(changes(visibleNodes, nextNodes, D.nodes.length), changes(visibleEdges, nextEdges, D.edges.length));
    visibleNodes = nextNodes; visibleEdges = nextEdges;
    document.getElementById("ng-empty").hidden = visibleEdges.size > 0;
    document.getElementById("ng-status").textContent =
      visibleNodes.size + " of " + D.nodes.length + " actors, " + visibleEdges.size + " of " + D.edges.length +
      " links, " + passCount + " of " + D.events.length + " events shown";
    if (current) current.render();
    drawTimeline();
  }
  function setHidden(nodeChanges, edgeChanges) {
    if (!nodeChanges.length && !edgeChanges.length) return;
    var body = network.body;
    if (typeof network._updateVisibleIndices === "function" && body && body.nodes && body.edges) {
      // A DataSet update makes vis-network revisit every node and edge (value ranges, labels): 0.4 s per call at
      // 1,000 nodes, seconds at 10,000. Visibility needs only the flag and the visible-index lists.
      nodeChanges.forEach(function (c) { if (body.nodes[c.id]) body.nodes[c.id].options.hidden = c.hidden; });
      edgeChanges.forEach(function (c) { if (body.edges[c.id]) body.edges[c.id].options.hidden = c.hidden; });
      network._updateVisibleIndices();
      network.redraw();
    } else {
      nodes.update(nodeChanges); edges.update(edgeChanges);
    }
  }
  function changes(before, after, n) {
    var out = [];
    for (var id = 0; id < n; id++) {
      var was = before.has(id), now = after.has(id);
      if (was !== now) out.push({ id: id, hidden: !now });
    }
    return out;
  }

  // ---- tooltip -----------------------------------------------------------------------------------------------
  var tip = document.getElementById("ng-tip");
  function dateRange(list) {
    var ds = list.map(function (ev) { return ev.d; }).filter(Boolean).sort();
    if (!ds.length) return "undated";
    return ds[0] === ds[ds.length - 1] ? ds[0] : ds[0] + " – " + ds[ds.length - 1];
  }
  function edgeEvents(edgeId, all) {
    return D.edges[edgeId].ev.map(function (i) { return D.events[i]; }).filter(function (ev) { return all || passes(ev); });
  }
  function codeText(c) { var info = D.codes[c]; return c + (info && info.name ? " " + info.name : ""); }
  function edgeSummary(edgeId) {
    var e = D.edges[edgeId], list = edgeEvents(edgeId, false);
    if (!list.length) list = edgeEvents(edgeId, true);
    var codes = Array.from(new Set(list.map(function (ev) { return ev.c; })));
    var arts = new Set(list.map(function (ev) { return ev.a; }));
    var n = list.reduce(function (s, ev) { return s + ev.n; }, 0);
    return {
      head: nodeName(D.nodes[e.f]) + " → " + nodeName(D.nodes[e.t]),
      rel: (e.neg ? "NOT " : "") + human(e.r) + " (" + D.quads[e.q] + ")",
      codes: codes.map(codeText).join("; "),
      dates: dateRange(list),
      count: n + (n === 1 ? " mention" : " mentions") + " in " + arts.size + (arts.size === 1 ? " article" : " articles")
    };
  }
  function showTip(lines, pointer) {
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    lines.forEach(function (line, i) { tip.appendChild(el("div", i === 0 ? "ng-tip-head" : null, line)); });
    var w = container.clientWidth;
    tip.style.left = Math.min(pointer.x + 12, Math.max(0, w - 370)) + "px";
    tip.style.top = (pointer.y + 12) + "px";
    tip.hidden = false;
  }
  network.on("hoverEdge", function (p) {
    var s = edgeSummary(p.edge);
    showTip([s.head, s.rel, s.codes, s.dates, s.count, "click for the evidence"], p.pointer.DOM);
  });
  network.on("hoverNode", function (p) {
    var n = D.nodes[p.node];
    var lines = [nodeName(n), n.type + (n.code ? " · " + n.code : "") + (n.qid ? " · " + n.qid : "")];
    if (n.aff) lines.push((n.role ? n.role + ", " : "speaks for ") + n.aff);
    lines.push(n.w + " mentions; click to list its events");
    showTip(lines, p.pointer.DOM);
  });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  // ---- side panel --------------------------------------------------------------------------------------------
  var panel = document.getElementById("ng-panel"), panelBody = document.getElementById("ng-panel-body");
  var current = null;
  var LIST_LIMIT = 300;
  document.getElementById("ng-panel-close").addEventListener("click", function () {
    panel.hidden = true; current = null; clearHighlight(); network.unselectAll();
  });
  function clearPanel() { while (panelBody.firstChild) panelBody.removeChild(panelBody.firstChild); }
  function eventItem(ev, withActors) {
    var item = el("div", "ng-ev");
    var e = D.edges[ev.e], art = D.articles[ev.a], q = quadOf(ev);
    var meta = el("div", "ng-ev-meta");
    var tag = el("span", "ng-tag", human(ev.r)); tag.style.background = QUAD_COLORS[q] || QUAD_COLORS[0];
    meta.appendChild(tag);
    if (ev.neg) meta.appendChild(el("span", "ng-tag ng-neg", "negated"));
    if (ev.m) meta.appendChild(el("span", "ng-tag ng-neg", ev.m));
    meta.appendChild(document.createTextNode(
      (ev.d || "undated") + " · " + codeText(ev.c) + " · " + (ev.l || "?") + " · confidence " + ev.cf +
      (ev.n > 1 ? " · " + ev.n + " mentions" : "")));
    item.appendChild(meta);
    if (withActors) {
      item.appendChild(el("div", null, nodeName(D.nodes[e.f]) + " → " + (ev.neg ? "not " : "") +
        (ev.v || human(ev.r)) + " → " + nodeName(D.nodes[e.t])));
    }
    item.appendChild(el("blockquote", "ng-ev-text", ev.x || "(no evidence sentence)"));
    var src = el("div", "ng-ev-meta");
    var href = safeHref(art.url);
    var title = art.title || art.id;
    if (href) {
      var a = el("a", null, title); a.setAttribute("href", href); a.setAttribute("target", "_blank");
      a.setAttribute("rel", "noopener noreferrer nofollow"); src.appendChild(a);
    } else {
      src.appendChild(el("span", null, title));
    }
    src.appendChild(document.createTextNode(" (" + art.id + ")"));
    item.appendChild(src);
    return item;
  }
  function listEvents(list, withActors) {
    list = list.slice().sort(function (x, y) { return (x.d || "9999") < (y.d || "9999") ? -1 : (x.d || "9999") > (y.d || "9999") ? 1 : 0; });
    list.slice(0, LIST_LIMIT).forEach(function (ev) { panelBody.appendChild(eventItem(ev, withActors)); });
    if (list.length > LIST_LIMIT) panelBody.appendChild(el("div", "ng-muted", "… and " + (list.length - LIST_LIMIT) + " more"));
    if (!list.length) panelBody.appendChild(el("div", "ng-muted", "No event passes the current filters."));
  }
  function showEdge(edgeId) {
    current = {
      kind: "edge", id: edgeId,
      render: function () {
        clearPanel();
        var s = edgeSummary(edgeId);
        panelBody.appendChild(el("h3", null, s.head));
        panelBody.appendChild(el("div", null, s.rel));
        panelBody.appendChild(el("div", "ng-muted", s.codes));
        panelBody.appendChild(el("div", "ng-muted", s.dates + " · " + s.count));
        panelBody.appendChild(el("h2", null, "Evidence"));
        listEvents(edgeEvents(edgeId, false), false);
      }
    };
    panel.hidden = false; panel.dataset.kind = "edge"; current.render();
  }
  function actorEvents(nodeId) {
    var out = [];
    D.edges.forEach(function (e) {
      if (e.f === nodeId || e.t === nodeId) edgeEvents(e.id, false).forEach(function (ev) { out.push(ev); });
    });
    return out;
  }
  function showActor(nodeId) {
    current = {
      kind: "actor", id: nodeId,
      render: function () {
        clearPanel();
        var n = D.nodes[nodeId];
        panelBody.appendChild(el("h3", null, nodeName(n)));
        var facts = el("div", "ng-muted", n.type + (n.code ? " · " + n.code : ""));
        if (n.qid && /^Q[0-9]+$/.test(n.qid)) {
          facts.appendChild(document.createTextNode(" · "));
          var a = el("a", null, n.qid); a.setAttribute("href", "https://www.wikidata.org/wiki/" + n.qid);
          a.setAttribute("target", "_blank"); a.setAttribute("rel", "noopener noreferrer"); facts.appendChild(a);
        }
        panelBody.appendChild(facts);
        if (n.aff) panelBody.appendChild(el("div", null, (n.role ? n.role + ", " : "speaks for ") + n.aff));
        var list = actorEvents(nodeId);
        panelBody.appendChild(el("h2", null, list.length + (list.length === 1 ? " event" : " events")));
        listEvents(list, true);
      }
    };
    panel.hidden = false; panel.dataset.kind = "actor"; current.render();
    highlight(nodeId);
  }

  var dimmed = null;
  function highlight(nodeId) {
    clearHighlight();
    var keep = new Set([nodeId]);
    network.getConnectedNodes(nodeId).forEach(function (id) { keep.add(id); });
    if (BIG) {
      // Restyling thousands of nodes through the DataSet costs seconds; selection highlights the neighbourhood
      // (bold borders, highlighted edges) at no cost.
      network.setSelection({ nodes: Array.from(keep), edges: network.getConnectedEdges(nodeId) },
        { unselectAll: true, highlightEdges: false });
      return;
    }
    var updates = [];
    visibleNodes.forEach(function (id) {
      if (!keep.has(id)) updates.push({ id: id, color: { background: DIM, border: DIM }, font: { color: "#bbb" } });
    });
    dimmed = updates.map(function (u) { return u.id; });
    nodes.update(updates);
    network.selectNodes([nodeId], true);
  }
  function clearHighlight() {
    if (!dimmed) return;
    nodes.update(dimmed.map(function (id) {
      var n = D.nodes[id];
      return { id: id, color: { background: typeColor(n.type), border: n.focus ? "#111" : typeColor(n.type) }, font: { color: "#343434" } };
    }));
    dimmed = null;
  }
  network.on("click", function (p) {
    tip.hidden = true;
    if (p.nodes.length) showActor(p.nodes[0]);
    else if (p.edges.length) { clearHighlight(); showEdge(p.edges[0]); }
    else clearHighlight();
  });

  // ---- search ------------------------------------------------------------------------------------------------
  var search = document.getElementById("ng-search"), searchMsg = document.getElementById("ng-search-msg");
  var byName = new Map();
  var datalist = document.getElementById("ng-actor-list");
  D.nodes.forEach(function (n, i) {
    [n.label, n.qid, n.code].forEach(function (k) { if (k && !byName.has(k.toLowerCase())) byName.set(k.toLowerCase(), i); });
    if (D.nodes.length <= 5000) { var opt = el("option"); opt.value = n.label; datalist.appendChild(opt); }
  });
  function findActor(q) {
    q = q.trim().toLowerCase();
    if (!q) return -1;
    if (byName.has(q)) return byName.get(q);
    for (var i = 0; i < D.nodes.length; i++) if (D.nodes[i].label.toLowerCase().indexOf(q) >= 0) return i;
    return -1;
  }
  function doSearch() {
    var id = findActor(search.value);
    if (id < 0) { searchMsg.textContent = search.value.trim() ? "No actor matches." : ""; return; }
    if (!visibleNodes.has(id)) { searchMsg.textContent = D.nodes[id].label + " is hidden by the filters."; return; }
    searchMsg.textContent = "";
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showActor(id);
  }
  search.addEventListener("change", doSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") doSearch(); });

  // ---- pair timeline -----------------------------------------------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function drawTimeline() {
    var focus = [];
    D.nodes.forEach(function (n, i) { if (n.focus) focus.push(i); });
    if (D.view !== "pair" || focus.length < 2) return;
    var box = document.getElementById("ng-timeline"), holder = document.getElementById("ng-timeline-svg");
    box.hidden = false;
    document.getElementById("ng-timeline-title").textContent =
      "Timeline: " + D.nodes[focus[0]].label + " and " + D.nodes[focus[1]].label + " (filtered events, by date)";
    while (holder.firstChild) holder.removeChild(holder.firstChild);
    var list = D.events.filter(function (ev) { return ev.d && passes(ev); });
    var width = Math.max(holder.clientWidth || 800, 400), height = 140, left = 150, right = 20;
    var root = svg("svg", { width: width, height: height, role: "img" });
    var a = focus[0];
    var rows = [[D.nodes[a].label + " → " + D.nodes[focus[1]].label, 40], [D.nodes[focus[1]].label + " → " + D.nodes[a].label, 90]];
    rows.forEach(function (r) {
      var t = svg("text", { x: 4, y: r[1] + 4 }); t.textContent = r[0]; root.appendChild(t);
      root.appendChild(svg("line", { x1: left, x2: width - right, y1: r[1], y2: r[1], stroke: "#ddd" }));
    });
    if (list.length) {
      var ts = list.map(function (ev) { return Date.parse(ev.d); });
      var lo = Math.min.apply(null, ts), hi = Math.max.apply(null, ts);
      if (hi === lo) { lo -= 86400000; hi += 86400000; }
      var x = function (t) { return left + (t - lo) / (hi - lo) * (width - left - right); };
      [lo, (lo + hi) / 2, hi].forEach(function (t, i) {
        var lab = svg("text", { x: x(t), y: 130, "text-anchor": ["start", "middle", "end"][i] });
        lab.textContent = new Date(t).toISOString().slice(0, 10); root.appendChild(lab);
      });
      var stack = {};
      list.forEach(function (ev, i) {
        var e = D.edges[ev.e], y = e.f === a ? 40 : 90, cx = Math.round(x(ts[i]));
        var k = cx + ":" + y; stack[k] = (stack[k] || 0) + 1;
        var dot = svg("circle", { cx: cx, cy: y + [0, -11, 11][(stack[k] - 1) % 3], r: 4 + Math.min(4, Math.sqrt(ev.n)), fill: QUAD_COLORS[quadOf(ev)] });
        var title = svg("title"); title.textContent = ev.d + " " + human(ev.r) + ": " + ev.x; dot.appendChild(title);
        dot.addEventListener("click", function () { showEdge(ev.e); });
        root.appendChild(dot);
      });
    } else {
      var none = svg("text", { x: left, y: 65 }); none.textContent = "no dated event passes the filters"; root.appendChild(none);
    }
    holder.appendChild(root);
  }

  applyFilters();
  var focusIds = [];
  D.nodes.forEach(function (n, i) { if (n.focus) focusIds.push(i); });
  network.once("afterDrawing", function () {
    window.ngReady = true;
    document.body.setAttribute("data-ready", "1");
  });
  // For tests, benchmarks and the curious: the live objects, read-only by convention.
  window.newsgraph = {
    network: network, nodes: nodes, edges: edges, data: D,
    shownNodes: function () { return Array.from(visibleNodes); },
    shownEdges: function () { return Array.from(visibleEdges); },
    state: state, applyFilters: applyFilters, showEdge: showEdge, showActor: showActor
  };
})();
