"""Interactive HTML views of the event graph: self-contained pages that work from file:// with no network.

    render_graph(events, out, title=..., view="graph")   one page
    render_views(events, out_dir)                         graph, state level, top actors, top pairs, articles, index
    ego_events / pair_events / article_events / fold_to_state_level   choose the events of a view
"""

from newsgraph.views.render import render_graph, render_views, view_events
from newsgraph.views.select import (
    actor_matches,
    article_events,
    ego_events,
    find_actors,
    fold_to_state_level,
    min_confidence,
    pair_events,
)

__all__ = [
    "actor_matches",
    "article_events",
    "ego_events",
    "find_actors",
    "fold_to_state_level",
    "min_confidence",
    "pair_events",
    "render_graph",
    "render_views",
    "view_events",
]
