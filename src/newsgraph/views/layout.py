"""Precomputed node positions, so the browser never has to run physics on a big graph.

A force-directed (Fruchterman-Reingold) layout in numpy. Repulsion is the costly part: every node pushes every
other. Up to EXACT_LIMIT nodes we compute it exactly (O(n²) per step, fine for small graphs); above it we spread
the nodes' mass on a grid and convolve it with the repulsion kernel by FFT, which is O(n + g² log g) per step
and lays out 10,000 actors and 30,000 edges in seconds. networkx's forceatlas2_layout and spring_layout are
dense O(n²) (and spring_layout's sparse path needs scipy, which we do not ship): measured in
benchmarks/bench_views.py, they take minutes at 10,000 nodes.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

EXACT_LIMIT = 250
GRAVITY = 0.02  # pulls disconnected components toward the centre instead of letting them drift off


def force_layout(
    n: int,
    edges: list[tuple[int, int]] | np.ndarray,
    weights: list[float] | np.ndarray | None = None,
    *,
    iterations: int | None = None,
    seed: int = 7,
    scale: float | None = None,
) -> np.ndarray:
    """Positions (n × 2) for n nodes joined by `edges` (pairs of node indices); deterministic for a seed.

    Each connected component is laid out on its own and the components are packed in rows, biggest first:
    laid out together, repulsion flings small components (a pair from one article) to the far edges and the
    main component shrinks to a dot when the page fits everything in view.

    The result is scaled so the ideal edge length is about 150 pixels at zoom 1 (`scale` overrides the spread):
    room for the biggest nodes (40 px) and an edge label between them.
    """
    if n == 0:
        return np.zeros((0, 2))
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    w = np.ones(len(e)) if weights is None else np.asarray(weights, dtype=float).reshape(-1)
    keep = e[:, 0] != e[:, 1]  # a self-loop exerts no force
    e, w = e[keep], w[keep]
    # Heavy bundles pull harder, but sub-linearly: one hub's 500 mentions must not collapse the picture.
    w = np.log1p(w) / np.log(2)
    comp = _components(n, e)
    order = np.argsort(comp, kind="stable")
    bounds = np.flatnonzero(np.diff(comp[order])) + 1
    groups = np.split(order, bounds)
    local = np.full(n, -1, dtype=np.int64)
    edge_comp = comp[e[:, 0]] if len(e) else np.zeros(0, dtype=np.int64)
    placed: list[tuple[np.ndarray, np.ndarray]] = []
    for members in groups:
        local[members] = np.arange(len(members))
        mask = edge_comp == comp[members[0]]
        sub = local[e[mask]]
        pos = _layout_component(len(members), sub, w[mask], iterations, seed)
        placed.append((members, pos))
    out = _pack(placed, n)
    # Tiny views (a pair, one article) get longer edges: the browser will not zoom in past 1:1 to fill the page.
    spread = scale if scale is not None else 150.0 * max(1.0, 2.5 / np.sqrt(n))
    return out * spread


def _components(n: int, e: np.ndarray) -> np.ndarray:
    """Connected-component label of every node (union-find with path halving)."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in e.tolist():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([find(i) for i in range(n)], dtype=np.int64)


def _pack(placed: list[tuple[np.ndarray, np.ndarray]], n: int) -> np.ndarray:
    """Components side by side in rows, biggest first, one ideal edge length apart."""
    placed = sorted(placed, key=lambda mp: (-len(mp[0]), int(mp[0][0])))
    sizes = []
    for _, pos in placed:
        lo, hi = pos.min(0), pos.max(0)
        sizes.append(hi - lo + 1.0)
    area = sum(float(sx * sy) for sx, sy in sizes)
    row_width = max(float(sizes[0][0]), np.sqrt(area) * 1.3)
    out = np.zeros((n, 2))
    x = y = row_h = 0.0
    for (members, pos), (sx, sy) in zip(placed, sizes):
        if x > 0 and x + sx > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        out[members] = pos - pos.min(0) + np.array([x + 0.5, y + 0.5])
        x += sx
        row_h = max(row_h, float(sy))
    return out - (out.min(0) + out.max(0)) / 2


def _layout_component(n: int, e: np.ndarray, w: np.ndarray, iterations: int | None, seed: int) -> np.ndarray:
    """Fruchterman-Reingold in units of the ideal edge length, for one connected component."""
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-0.6, 0.0], [0.6, 0.0]])
    rng = np.random.default_rng(seed)
    side = np.sqrt(n)
    pos = rng.uniform(-side, side, size=(n, 2))
    if iterations is None:
        iterations = 80 if n <= 12 else 300 if n <= 200 else 200 if n <= EXACT_LIMIT else 120
    k = 1.0  # ideal distance; the frame is about sqrt(n) ideal distances across
    temp = side / 2
    cool = (0.05 / temp) ** (1 / max(iterations - 1, 1)) if temp > 0.05 else 1.0
    repulse = _exact_repulsion if n <= EXACT_LIMIT else _grid_repulsion
    for _ in range(iterations):
        disp = repulse(pos, k)
        if len(e):
            delta = pos[e[:, 0]] - pos[e[:, 1]]
            dist = np.sqrt((delta**2).sum(1)) + 1e-9
            pull = delta * (dist * w / k)[:, None]  # FR attraction d²/k along the edge
            np.add.at(disp, e[:, 0], -pull)
            np.add.at(disp, e[:, 1], pull)
        disp -= GRAVITY * pos * np.sqrt((pos**2).sum(1, keepdims=True)) / side
        length = np.sqrt((disp**2).sum(1, keepdims=True)) + 1e-9
        pos += disp / length * np.minimum(length, temp)
        temp *= cool
    return pos - pos.mean(0)


def _exact_repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    delta = pos[:, None, :] - pos[None, :, :]
    d2 = (delta**2).sum(-1)
    np.fill_diagonal(d2, np.inf)
    d2 = np.maximum(d2, 1e-4)
    return (delta * (k * k / d2)[:, :, None]).sum(1)  # FR repulsion k²/d, directed away


def _grid_size(n: int) -> int:
    # About one node per two cells at 10,000 nodes; a coarser grid for smaller graphs keeps the FFTs cheap.
    return 128 if n <= 3000 else 256


def _grid_repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    grid = _grid_size(len(pos))
    lo = pos.min(0)
    span = float((pos.max(0) - lo).max()) * 1.02 + 1e-9
    cell = span / grid
    # Cloud-in-cell: each node's unit mass is shared bilinearly by the four cells around it.
    g = (pos - lo) / cell
    i0 = np.clip(np.floor(g).astype(np.int64), 0, grid - 2)
    f = np.clip(g - i0, 0.0, 1.0)
    corners = []
    mass = np.zeros((grid, grid))
    for dx in (0, 1):
        for dy in (0, 1):
            wgt = (f[:, 0] if dx else 1 - f[:, 0]) * (f[:, 1] if dy else 1 - f[:, 1])
            corners.append((i0[:, 0] + dx, i0[:, 1] + dy, wgt))
            np.add.at(mass, (i0[:, 0] + dx, i0[:, 1] + dy), wgt)
    # The k²/d kernel on a grid of cell size c is (k²/c) times the kernel on a unit grid: transform it once.
    kx_hat, ky_hat = _unit_kernel(grid)
    size = 2 * grid
    m = np.fft.rfft2(mass, s=(size, size))
    scale = k * k / cell
    fx = np.fft.irfft2(m * kx_hat, s=(size, size))[:grid, :grid] * scale
    fy = np.fft.irfft2(m * ky_hat, s=(size, size))[:grid, :grid] * scale
    out = np.zeros_like(pos)
    for ix, iy, wgt in corners:
        out[:, 0] += wgt * fx[ix, iy]
        out[:, 1] += wgt * fy[ix, iy]
    return out


@lru_cache(maxsize=4)
def _unit_kernel(grid: int) -> tuple[np.ndarray, np.ndarray]:
    """FFTs of the repulsion kernel (x and y parts) for unit cells, zero-padded for a linear convolution."""
    size = 2 * grid
    off = np.arange(size)
    off = np.where(off < grid, off, off - size).astype(float)
    dx, dy = np.meshgrid(off, off, indexing="ij")
    # Inside one cell the grid cannot resolve distance; cap the force as if nodes were half a cell apart.
    d2 = np.maximum(dx * dx + dy * dy, 0.25)
    kx, ky = dx / d2, dy / d2
    kx[0, 0] = ky[0, 0] = 0.0
    return np.fft.rfft2(kx), np.fft.rfft2(ky)
