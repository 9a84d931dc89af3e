"""Bayesian model averaging over decomposable graphical models, for 3 to 5 lists.

Madigan, D. and York, J. C. (1997). Bayesian methods for estimation of the size of a closed
population. Biometrika 84(1), 19-31; as in the R package dga (Johndrow, Lum and Ball),
function `bma.cr`.

Each decomposable graph on the lists is a log-linear model whose cell probabilities get a
hyper-Dirichlet prior with δ per cell. Its marginal likelihood, for each possible number
n0 of people no list recorded, is a closed form over the clique and separator margins
(sums of log-gammas). With a prior on N and a uniform prior over the graphs, the
posterior of N averages over every graph, on the grid n0 = 0..nmax.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.special import gammaln

from rasd.estimate._graphs import Graph, decomposable_graphs
from rasd.estimate.result import Estimate
from rasd.estimate.table import CaptureTable, EstimateError, check_estimable

Floats = npt.NDArray[np.float64]

# The priors on N: "inverse" is p(N) ∝ 1/N, bma.cr's default; "uniform" is flat, as
# bma.cr gives with logprior = 0 (improper on its own; the grid truncates it).
PRIORS = ("inverse", "uniform")
# The grid stops where the posterior beyond it is below this share...
TAIL_TOLERANCE = 1e-6
# ...and a tail beyond nmax larger than this is reported as a warning.
TAIL_WARNING = 1e-3
# Graphs whose posterior weight is below this share cannot move any quantile and are left
# out of the fine grid.
NEGLIGIBLE_GRAPH = 1e-12
# The coarse scan of the posterior reaches this many times the number observed, on a
# geometric grid this fine up to BODY_REACH times, coarser in the far tail; the integer
# grid is at most MAX_GRID long.
SCAN_REACH = 10_000
BODY_REACH = 20
SCAN_RATIO = 1.001
TAIL_RATIO = 1.02
MAX_GRID = 2_000_000
# How many of the best graphs the diagnostics list.
TOP_GRAPHS = 5
# Columns of the integer grid computed at once (graphs × this many doubles).
CHUNK = 1 << 15


def dga(table: CaptureTable, *, delta: float = 2**-4, prior: str = "inverse",
        nmax: int | None = None, level: float = 0.95) -> Estimate:
    """Estimate the population size by averaging over all decomposable graphical models
    (Madigan & York 1997; R package dga, `bma.cr`).

    `delta` is the hyper-Dirichlet parameter of each cell; `prior` is "inverse"
    (p(N) ∝ 1/N) or "uniform". Without `nmax` the grid of the number missed stops where
    less than 10⁻⁶ of the posterior lies beyond it; the diagnostics say the tail mass
    beyond nmax either way. The estimate is the posterior median, the interval
    equal-tailed.
    """
    lists = len(table.lists)
    if not 3 <= lists <= 5:
        raise EstimateError(
            f"dga averages over every decomposable graph on the lists, enumerated for 3 to 5 "
            f"lists (8, 61, 822 graphs); this table has {lists}"
            + (": use lcmcr or a log-linear model" if lists > 5 else ""))
    check_estimable(table)
    if not delta > 0:
        raise EstimateError(f"delta = {delta}: the hyper-Dirichlet parameter must be > 0")
    if prior not in PRIORS:
        raise EstimateError(f"prior {prior!r}: one of {', '.join(PRIORS)}")
    if nmax is not None and nmax < 0:
        raise EstimateError(f"nmax = {nmax}: the number missed is at least 0")
    if not 0 < level < 1:
        raise EstimateError(f"level = {level}: an interval's level is between 0 and 1")

    model = _Model.build(table, delta, prior)
    scan = _scan(model)
    warnings = []
    if scan.improper:
        warnings.append("the posterior of N is improper (its tail does not sum): the "
                        "estimate depends on where the grid stops; use prior='inverse'")
    if nmax is None:
        nmax = scan.nmax_for(TAIL_TOLERANCE)
    tail_mass = scan.tail_beyond(nmax)
    if tail_mass > TAIL_WARNING:
        warnings.append(f"{tail_mass:.2g} of the posterior of N lies beyond the grid "
                        f"(nmax = {nmax}): the interval's upper end depends on it")

    keep = scan.graph_share >= NEGLIGIBLE_GRAPH * scan.graph_share.max()
    missed, graph_log_mass = _posterior(model, keep, nmax)
    weights = np.zeros(len(model.graphs))
    weights[keep] = np.exp(graph_log_mass - logsumexp(graph_log_mass))
    cdf = np.cumsum(missed)
    tail = (1.0 - level) / 2.0
    low, median, high = (table.observed + int(np.searchsorted(cdf, q)) for q in
                         (tail, 0.5, 1.0 - tail))
    sizes = table.observed + np.arange(nmax + 1)
    diagnostics: dict[str, Any] = {
        "graphs": len(model.graphs),
        "delta": delta,
        "prior": prior,
        "nmax": nmax,
        "tail_mass": tail_mass,
        "posterior_mean": float(sizes @ missed),
        "posterior_mode": int(sizes[np.argmax(missed)]),
        "top_graphs": _top_graphs(model.graphs, weights, table.lists),
        "warnings": warnings,
    }
    return Estimate(method="dga", lists=table.lists, observed=table.observed,
                    estimate=float(median), interval=(float(low), float(high)), level=level,
                    diagnostics=diagnostics)


@dataclass(frozen=True)
class _Model:
    """What the log posterior of (graph, n0) needs, precomputed from the table.

    Margins are indexed by bitmask over the lists (bit t−1−j for list j, as in
    `CaptureTable.full_counts`); `constant[s]` and `zero[s]` belong to margin s + 1."""

    observed: int
    graphs: tuple[Graph, ...]
    coefficients: Floats  # (graphs, margins): +1 per clique, −1 per separator
    components: Floats  # (graphs,): cliques − separators
    prior_cell: Floats  # (margins,): δ · 2^(lists − margin size), per margin cell
    constant: Floats  # (margins,): the log-gamma sums over the observed margin cells
    zero: Floats  # (margins,): observed people on no list of the margin
    total_prior: float  # δ · 2^lists
    prior: str

    @classmethod
    def build(cls, table: CaptureTable, delta: float, prior: str) -> _Model:
        lists = len(table.lists)
        cells = table.full_counts()
        graphs = decomposable_graphs(lists)
        margins = (1 << lists) - 1
        prior_cell = np.empty(margins)
        constant = np.empty(margins)
        zero = np.empty(margins)
        for mask in range(1, margins + 1):
            counts = _margin(cells, lists, mask)
            size = bin(mask).count("1")
            alpha = delta * 2.0 ** (lists - size)
            prior_cell[mask - 1] = alpha
            constant[mask - 1] = (gammaln(counts[1:] + alpha).sum()
                                  - counts.size * gammaln(alpha))
            zero[mask - 1] = counts[0]
        coefficients = np.zeros((len(graphs), margins))
        for g, graph in enumerate(graphs):
            for clique in graph.cliques:
                coefficients[g, _mask(clique, lists) - 1] += 1.0
            for separator in graph.separators:
                coefficients[g, _mask(separator, lists) - 1] -= 1.0
        components = np.array([len(g.cliques) - len(g.separators) for g in graphs],
                              dtype=np.float64)
        return cls(table.observed, graphs, coefficients, components, prior_cell, constant,
                   zero, delta * 2.0 ** lists, prior)

    def log_joint(self, missed: Floats, rows: npt.NDArray[np.bool_] | None = None) -> Floats:
        """log p(graph, n0 | table) up to a constant, for the graphs in `rows` (all by
        default) and each n0 in `missed`: (graphs, len(missed))."""
        size = self.observed + missed
        margins = self.constant[:, None] + gammaln(
            self.zero[:, None] + missed[None, :] + self.prior_cell[:, None])
        # each component's Dirichlet normaliser Γ(Σα)/Γ(N + Σα); cliques and separators
        # share Σα = δ·2^lists, so they count once per (cliques − separators)
        normaliser = gammaln(self.total_prior) - gammaln(size + self.total_prior)
        # the multinomial coefficient N! / (n0! Π n_cell!) without the constant Π n_cell!
        common = gammaln(size + 1.0) - gammaln(missed + 1.0)
        if self.prior == "inverse":
            common = common - np.log(size)
        coefficients = self.coefficients if rows is None else self.coefficients[rows]
        components = self.components if rows is None else self.components[rows]
        result: Floats = (coefficients @ margins + components[:, None] * normaliser[None, :]
                          + common[None, :])
        return result


def _margin(cells: npt.NDArray[np.int64], lists: int, mask: int) -> Floats:
    """Counts of the margin on the lists in `mask`, indexed like `full_counts`."""
    bits = [lists - 1 - j for j in range(lists) if mask >> (lists - 1 - j) & 1]
    index = np.zeros(cells.size, dtype=np.int64)
    for bit in bits:
        index = index * 2 + (np.arange(cells.size) >> bit & 1)
    return np.bincount(index, weights=cells, minlength=1 << len(bits)).astype(np.float64)


def _mask(vertices: frozenset[int], lists: int) -> int:
    return sum(1 << (lists - 1 - j) for j in vertices)


@dataclass(frozen=True)
class _Scan:
    """The posterior on a coarse geometric grid of n0 reaching far out: where its tail
    falls below a share, and how much weight each graph carries."""

    grid: Floats
    tail: Floats  # share of the posterior beyond each grid point
    graph_share: Floats
    improper: bool

    def nmax_for(self, tolerance: float) -> int:
        within = np.nonzero(self.tail <= tolerance)[0]
        end = self.grid[within[0]] if within.size else self.grid[-1]
        return int(min(end, MAX_GRID))

    def tail_beyond(self, nmax: int) -> float:
        return float(np.interp(nmax, self.grid, self.tail))


def _scan(model: _Model) -> _Scan:
    scale = max(model.observed, 1_000)
    body = np.geomspace(1_000, BODY_REACH * scale,
                        int(np.log(BODY_REACH * scale / 1_000) / np.log(SCAN_RATIO)) + 2)
    far = np.geomspace(BODY_REACH * scale, SCAN_REACH * scale,
                       int(np.log(SCAN_REACH / BODY_REACH) / np.log(TAIL_RATIO)) + 2)
    grid = np.unique(np.concatenate([np.arange(1_000.0), np.round(body), np.round(far)]))
    log_joint = model.log_joint(grid)
    top = log_joint.max()
    density = np.exp(log_joint - top)  # per integer n0, per graph
    pieces = (density[:, 1:] + density[:, :-1]) / 2 * np.diff(grid)  # trapezoids
    marginal = np.log(density.sum(axis=0))
    # beyond the scan the log density falls like −s·log n0; its tail sums when s > 1
    slope = -(marginal[-1] - marginal[-2]) / np.log(grid[-1] / grid[-2])
    improper = bool(slope <= 1.0)
    beyond = 0.0 if improper else float(np.exp(marginal[-1]) * grid[-1] / (slope - 1))
    per_interval = pieces.sum(axis=0)
    total = per_interval.sum() + beyond
    tail = (np.concatenate([np.cumsum(per_interval[::-1])[::-1], [0.0]]) + beyond) / total
    return _Scan(grid, tail, pieces.sum(axis=1) / total, improper)


def _posterior(model: _Model, keep: npt.NDArray[np.bool_],
               nmax: int) -> tuple[Floats, Floats]:
    """The posterior of n0 on 0..nmax averaged over the kept graphs, and the log
    posterior mass of each kept graph (unnormalised)."""
    log_missed = np.empty(nmax + 1)
    graph_log_mass = np.full(int(keep.sum()), -np.inf)
    for start in range(0, nmax + 1, CHUNK):
        missed = np.arange(start, min(start + CHUNK, nmax + 1), dtype=np.float64)
        log_joint = model.log_joint(missed, keep)
        log_missed[start:start + missed.size] = logsumexp(log_joint, axis=0)
        graph_log_mass = np.logaddexp(graph_log_mass, logsumexp(log_joint, axis=1))
    posterior = np.exp(log_missed - logsumexp(log_missed))
    return posterior, graph_log_mass


def logsumexp(values: Floats, axis: int | None = None) -> Floats:
    """log Σ exp(values) along an axis, without overflow (scipy's is slower here)."""
    top = np.max(values, axis=axis, keepdims=True)
    top = np.where(np.isfinite(top), top, 0.0)
    result: Floats = np.log(np.sum(np.exp(values - top), axis=axis)) + np.squeeze(top, axis)
    return result


def _top_graphs(graphs: tuple[Graph, ...], weights: Floats,
                names: tuple[str, ...]) -> list[dict[str, Any]]:
    best = np.argsort(-weights, kind="stable")[:TOP_GRAPHS]
    return [{"edges": [[names[a], names[b]] for a, b in graphs[g].edges],
             "cliques": [sorted((names[v] for v in clique), key=names.index)
                         for clique in graphs[g].cliques],
             "weight": float(weights[g])} for g in best]
