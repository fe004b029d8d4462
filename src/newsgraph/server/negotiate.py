"""HTTP content negotiation: pick the best media type a client accepts from the ones we can write."""

from __future__ import annotations


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Accept header → [(media type, q)], best first; no header means anything."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    out = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = max(0.0, min(1.0, float(f[2:])))
                except ValueError:
                    q = 0.0
        # Among equal q, a specific type beats a wildcard, then the client's own order decides.
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        out.append((media, q, specificity, -i))
    out.sort(key=lambda t: (t[1], t[2], t[3]), reverse=True)
    return [(m, q) for m, q, _, _ in out if q > 0]


def choose(header: str | None, offered: list[str]) -> str | None:
    """The offered media type the client likes best (`offered` in our order of preference), or None."""
    for media, _ in parse_accept(header):
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            major = media[:-1]
            for o in offered:
                if o.startswith(major):
                    return o
            continue
        if media in offered:
            return media
    return None
