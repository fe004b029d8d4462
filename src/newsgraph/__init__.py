"""newsgraph: knowledge graphs of who does what to whom in geopolitical news."""

__version__ = "0.1.0"
