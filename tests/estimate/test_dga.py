"""Bayesian model averaging over decomposable graphs (Madigan & York 1997; R package dga)."""

from __future__ import annotations

import json
from itertools import combinations

import numpy as np
import pytest

from rasd.estimate._graphs import decomposable_graphs
from rasd.estimate.dga import dga
from rasd.estimate.table import CaptureTable, EstimateError, capture_table

KOSOVO = {"1000": 1131, "0100": 845, "0010": 936, "0001": 306, "1100": 177, "1010": 228,
          "1001": 106, "0110": 217, "0101": 31, "0011": 123, "1110": 181, "1101": 18,
          "1011": 42, "0111": 32, "1111": 27}

# Madigan & York's (1997) five-list example, as the dga package's documentation gives it:
# an R array(dim = c(2, 2, 2, 2, 2)), so list 1 is the fastest-varying index.
MADIGAN_YORK = [0, 27, 37, 19, 4, 4, 1, 1, 97, 22, 37, 25, 2, 1, 3, 5, 83, 36, 34, 18, 3, 5,
                0, 2, 30, 5, 23, 8, 0, 3, 0, 2]


def from_r_array(names: str, counts: list[int]) -> CaptureTable:
    lists = len(names)
    return capture_table(names, {
        "".join(str(cell >> j & 1) for j in range(lists)): n for cell, n in enumerate(counts)})


def simulated(n: int, capture: list[float], seed: int) -> CaptureTable:
    rng = np.random.default_rng(seed)
    on = rng.random((n, len(capture))) < np.array(capture)
    patterns, counts = np.unique(on[on.any(axis=1)].astype(int), axis=0, return_counts=True)
    cells = {"".join(map(str, row)): int(c) for row, c in zip(patterns, counts, strict=True)}
    return capture_table("ABCDE"[:len(capture)], cells)


@pytest.mark.parametrize(("lists", "graphs"), [(3, 8), (4, 61), (5, 822)])
def test_counts_the_decomposable_graphs_as_the_r_package_ships_them(
        lists: int, graphs: int) -> None:
    assert len(decomposable_graphs(lists)) == graphs


def test_every_graph_has_a_junction_tree() -> None:
    for graph in decomposable_graphs(5):
        # running intersection: Σ|clique| − Σ|separator| counts every vertex once
        assert sum(map(len, graph.cliques)) - sum(map(len, graph.separators)) == 5
        edges = {frozenset(pair) for clique in graph.cliques for pair in combinations(clique, 2)}
        assert edges == {frozenset(edge) for edge in graph.edges}


def test_kosovo_matches_the_published_estimate() -> None:
    result = dga(capture_table("ABCD", KOSOVO))
    assert result.estimate == pytest.approx(12_570, rel=0.01)
    assert result.interval[0] == pytest.approx(9_800, rel=0.01)
    assert result.interval[1] == pytest.approx(16_500, rel=0.01)
    assert result.observed == 4_400
    diagnostics = result.diagnostics
    assert diagnostics["graphs"] == 61
    assert diagnostics["tail_mass"] < 1e-5
    assert diagnostics["warnings"] == []
    best = diagnostics["top_graphs"][0]
    assert best["cliques"] == [["A", "B", "C"], ["A", "C", "D"]]
    assert best["weight"] == pytest.approx(0.9855, abs=1e-3)
    json.dumps(result.to_dict())


def test_graph_weights_match_the_r_package_on_madigan_and_york() -> None:
    # dga's documentation: bma.cr(Y, Nmissing = 1:300, delta = 0.5, graphs5)
    result = dga(from_r_array("ABCDE", MADIGAN_YORK), delta=0.5, nmax=300)
    weights = [graph["weight"] for graph in result.diagnostics["top_graphs"]]
    assert weights == pytest.approx([0.21707, 0.16029, 0.08227, 0.06536, 0.05194], abs=2e-5)
    assert result.diagnostics["graphs"] == 822


@pytest.mark.parametrize("capture", [[0.3, 0.25, 0.4], [0.2, 0.3, 0.25, 0.35],
                                     [0.2, 0.3, 0.25, 0.35, 0.15]])
def test_intervals_cover_a_known_population_of_independent_lists(capture: list[float]) -> None:
    # a 95 % interval misses now and then (Bayesian intervals here cover about 90 % of
    # the time): ask for seven of ten simulated tables
    covered = 0
    for seed in range(10):
        result = dga(simulated(5_000, capture, seed=seed))
        low, high = result.interval
        covered += low <= 5_000 <= high
        assert low < result.estimate < high
    assert covered >= 7


def test_the_flat_prior_on_n_puts_more_weight_on_large_populations() -> None:
    table = capture_table("ABCD", KOSOVO)
    assert dga(table, prior="uniform").estimate > dga(table).estimate


def test_a_short_grid_is_reported() -> None:
    result = dga(capture_table("ABCD", KOSOVO), nmax=10_000)
    assert result.diagnostics["nmax"] == 10_000
    assert result.diagnostics["tail_mass"] > 0.1
    assert any("beyond the grid" in warning for warning in result.diagnostics["warnings"])
    assert result.interval[1] <= 4_400 + 10_000


def test_same_table_same_answer() -> None:
    table = capture_table("ABCD", KOSOVO)
    assert dga(table).to_dict() == dga(table).to_dict()


@pytest.mark.parametrize("counts", [
    {"10": 50, "01": 40, "11": 10},
    {f"{cell:06b}": 10 for cell in range(1, 64)},
])
def test_refuses_fewer_than_three_or_more_than_five_lists(counts: dict[str, int]) -> None:
    lists = len(next(iter(counts)))
    with pytest.raises(EstimateError, match="3 to 5 lists"):
        dga(capture_table("ABCDEF"[:lists], counts))


def test_refuses_a_table_without_overlaps() -> None:
    with pytest.raises(EstimateError, match="overlaps no other"):
        dga(capture_table("ABC", {"100": 10, "010": 20, "001": 30}))


@pytest.mark.parametrize(("options", "message"), [
    ({"delta": 0.0}, "delta"), ({"prior": "jeffreys"}, "prior"), ({"nmax": -1}, "nmax"),
    ({"level": 1.0}, "level")])
def test_refuses_bad_options(options: dict[str, float], message: str) -> None:
    with pytest.raises(EstimateError, match=message):
        dga(capture_table("ABCD", KOSOVO), **options)  # type: ignore[arg-type]
