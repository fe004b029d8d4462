"""vis-network options for a page, sized to the graph.

We start from pyvis's own option model (what pyvis users tune) and add what pyvis 0.3.2 does not expose:
no improvedLayout (its Kamada-Kawai pass is what makes big pyvis pages hang), scaling, hover, label thresholds.
"""

from __future__ import annotations

import json
from typing import Any

# Physics stays off: the precomputed layout is already a force layout, and vis-network's physics either undoes
# it (small graphs collapse into a knot) or takes minutes (big ones). Raise this to let small pages settle live.
PHYSICS_LIMIT = 0
BIG_EDGES = 5000


def vis_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    from pyvis.network import Network

    net = Network(directed=True)
    physics = n_nodes <= PHYSICS_LIMIT
    net.toggle_physics(physics)
    net.toggle_hide_edges_on_drag(n_edges > BIG_EDGES)
    net.set_edge_smooth("dynamic")
    options: dict[str, Any] = json.loads(net.options.to_json())
    options["edges"]["color"] = {"inherit": False}
    options["edges"]["smooth"] = {"enabled": n_edges <= BIG_EDGES, "type": "continuous"}
    options["edges"].update(
        arrows={"to": {"enabled": True, "scaleFactor": 0.6}},
        font={"size": 12, "color": "#555", "strokeWidth": 3, "align": "middle"},
        selectionWidth=2,
        hoverWidth=1.5,
    )
    options["nodes"] = {
        "shape": "dot",
        "scaling": {"min": 8, "max": 40, "label": {"enabled": True, "min": 12, "max": 26, "drawThreshold": 6}},
        "font": {"size": 14, "color": "#343434", "strokeWidth": 3, "strokeColor": "#ffffff"},
    }
    options["layout"] = {"improvedLayout": False, "randomSeed": 7}
    options["interaction"].update(
        hover=True,
        tooltipDelay=120,
        hideEdgesOnZoom=n_edges > BIG_EDGES,
        navigationButtons=False,
        keyboard={"enabled": True, "bindToWindow": False},
        multiselect=False,
    )
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 150, "fit": True, "updateInterval": 50},
        }
    else:
        options["physics"] = {"enabled": False, "stabilization": {"enabled": False}}
    return options
