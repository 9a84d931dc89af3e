"""Log-linear multiple systems estimation against published numbers and known answers."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
from scipy.optimize import minimize

from rasd.estimate._models import all_models, parse_model
from rasd.estimate._poisson import design, fit_one, layout
from rasd.estimate.loglinear import loglinear
from rasd.estimate.table import CaptureTable, EstimateError, capture_table

# Kosovo 1999: exhumations, ABA/CEELI interviews, OSCE, Human Rights Watch (Ball et al.
# 2002), as analysed by Silverman, Chan & Vincent (2024).
KOSOVO = capture_table(
    ["EXH", "ABA", "OSCE", "HRW"],
    {"1000": 1131, "0100": 845, "0010": 936, "0001": 306, "1100": 177, "1010": 228,
     "1001": 106, "0110": 217, "0101": 31, "0011": 123, "1110": 181, "1101": 18, "1011": 42,
     "0111": 32, "1111": 27})

# Korean women in Palembang (Ball, Shin & Yang 2018), with its zero cell 011, and the
# BIC table the MultipleSystemsEstimation user guide prints for it (maximum order 2).
KOREA = capture_table(["b", "c", "d"], {"001": 41, "010": 5, "100": 5, "110": 54, "101": 6,
                                        "011": 0, "111": 12})
KOREA_BIC = {"[12,23]": (157.1667, 57.14081), "[12,3]": (268.7778, 58.96860),
             "[13,23]": (123.4630, 91.89711), "[23,1]": (126.1944, 138.06368),
             "[13,2]": (126.9394, 155.16018), "[1,2,3]": (141.9926, 184.14431)}


def _population(size: int, chances: list[float], seed: int) -> CaptureTable:
    """Who each of `size` people was recorded by, every list recording independently."""
    rng = np.random.default_rng(seed)
    recorded = rng.random((size, len(chances))) < np.array(chances)
    recorded = recorded[recorded.any(axis=1)].astype(int)
    patterns, counts = np.unique(recorded, axis=0, return_counts=True)
    return capture_table([f"L{j + 1}" for j in range(len(chances))],
                         {"".join(map(str, p)): int(c)
                          for p, c in zip(patterns, counts, strict=True)})


def test_kosovo_bic_up_to_three_way_interactions() -> None:
    result = loglinear(KOSOVO, max_order=3, bootstrap=0)
    assert round(result.estimate) == 10357
    assert result.observed == 4400
    assert result.diagnostics["model_label"] == "[123,14,34]"
    assert result.diagnostics["model"] == [["EXH", "ABA", "OSCE"], ["EXH", "HRW"],
                                           ["OSCE", "HRW"]]
    assert result.diagnostics["models_considered"] == 113
    assert result.diagnostics["models_skipped"] == 0
    runners_up = result.diagnostics["runners_up"]
    assert [r["bic"] for r in runners_up] == sorted(r["bic"] for r in runners_up)
    assert runners_up[0]["bic"] >= result.diagnostics["bic"]


def test_kosovo_bic_up_to_two_way_interactions() -> None:
    result = loglinear(KOSOVO, max_order=2, bootstrap=0)
    assert round(result.estimate) == 14342
    assert result.diagnostics["models_considered"] == 64


def test_kosovo_stepwise_matches_the_two_way_bic_choice() -> None:
    result = loglinear(KOSOVO, search="stepwise", threshold=0.02, bootstrap=0)
    assert round(result.estimate) == 14342
    assert result.diagnostics["model_label"] == "[12,13,14,23,34]"
    steps = result.diagnostics["steps"]
    assert len(steps) == 5
    assert all(step["p_value"] < 0.02 for step in steps)


def test_kosovo_main_effects_only() -> None:
    assert round(loglinear(KOSOVO, max_order=1, bootstrap=0).estimate) == 7395


def test_kosovo_fixed_model_by_index_and_by_name() -> None:
    by_index = loglinear(KOSOVO, model=[[0, 1, 2], [0, 3], [2, 3]], bootstrap=0)
    by_name = loglinear(KOSOVO, model=[["EXH", "ABA", "OSCE"], ["EXH", "HRW"],
                                       ["OSCE", "HRW"]], bootstrap=0)
    assert round(by_index.estimate) == round(by_name.estimate) == 10357
    assert by_index.diagnostics["search"] == "fixed"
    assert by_index.diagnostics["df"] == 4


def test_kosovo_bca_interval_repeats_model_selection() -> None:
    # Silverman, Chan & Vincent (2024, Table 2) report [6900, 18000] from 1000 resamples
    # over all 113 models; 300 resamples land close to it.
    result = loglinear(KOSOVO, max_order=3, bootstrap=300, seed=1)
    low, high = result.interval
    assert low < result.estimate < high
    assert 6000 < low < 8000
    assert 15000 < high < 21000
    assert result.diagnostics["interval_method"] == "bca_bootstrap"
    assert result.diagnostics["bootstrap"]["failed"] == 0


def test_aic_keeps_at_least_as_many_parameters_as_bic() -> None:
    bic = loglinear(KOSOVO, max_order=3, bootstrap=0)
    aic = loglinear(KOSOVO, max_order=3, criterion="aic", bootstrap=0)
    assert aic.diagnostics["parameters"] >= bic.diagnostics["parameters"]
    assert aic.diagnostics["aic"] <= bic.diagnostics["aic"]


def test_korea_bic_table_and_skipped_models() -> None:
    result = loglinear(KOREA, bootstrap=0)
    diagnostics = result.diagnostics
    assert diagnostics["model_label"] == "[12,23]"
    assert result.estimate == pytest.approx(157.1667, abs=1e-4)
    assert diagnostics["bic"] == pytest.approx(57.14081, abs=1e-5)
    ranked = [(diagnostics["model_label"], result.estimate, diagnostics["bic"])]
    ranked += [(r["model_label"], r["estimate"], r["bic"]) for r in diagnostics["runners_up"]]
    assert [label for label, _, _ in ranked] == list(KOREA_BIC)
    for label, estimate, bic in ranked:
        assert estimate == pytest.approx(KOREA_BIC[label][0], abs=1e-4)
        assert bic == pytest.approx(KOREA_BIC[label][1], abs=1e-5)
    # [12,13] and [12,13,23] have no estimate: cell 011 is empty and they fit it exactly.
    assert diagnostics["models_skipped"] == 2
    assert diagnostics["skipped_reasons"] == {
        "the maximum likelihood estimate does not exist": 2}


def test_korea_stepwise() -> None:
    # MultipleSystemsEstimation user guide: stepwise adds b:c, population 268.7778.
    result = loglinear(KOREA, search="stepwise", bootstrap=0)
    assert result.estimate == pytest.approx(268.7778, abs=1e-4)
    assert result.diagnostics["steps"][0]["added"] == ["b", "c"]


def test_zero_cell_that_removes_the_estimate_is_detected() -> None:
    # With cell 111 empty, the model with every two-way interaction fits all seven cells
    # exactly; fitting 111 as 0 needs its parameters at infinity, so no MLE exists.
    table = capture_table("ABC", {"100": 40, "010": 30, "001": 20, "110": 10, "101": 8,
                                  "011": 6})
    with pytest.raises(EstimateError, match=r"does not exist.*111"):
        loglinear(table, model=[["A", "B"], ["A", "C"], ["B", "C"]], bootstrap=0)
    searched = loglinear(table, max_order=2, bootstrap=0)
    assert searched.diagnostics["models_considered"] == 8
    assert searched.diagnostics["models_skipped"] == 1
    assert searched.diagnostics["skipped_examples"][0]["model_label"] == "[12,13,23]"


def test_existence_and_identifiability_checks_match_chan_silverman_vincent() -> None:
    # Artificial_3, Table 2 of Chan, Silverman & Vincent (2021), and their Table 3's
    # verdicts. (List C overlaps no other, so the public function refuses the table.)
    counts = np.array([20.0, 30.0, 0.0, 40.0, 0.0, 6.0, 0.0])  # cells 001 to 111
    lists = ["A", "B", "C"]

    def verdict(generators: list[list[str]]) -> str:
        found = layout(parse_model(generators, lists), counts)
        return found if isinstance(found, str) else "ok"

    assert verdict([["A", "B"], ["A", "C"], ["B", "C"]]).startswith("not identifiable")
    assert verdict([["A", "B"], ["C"]]).startswith("the maximum likelihood estimate does not")
    assert verdict([["A", "B"], ["A", "C"]]).startswith("the maximum likelihood estimate")
    assert verdict([["A", "C"], ["B", "C"]]) == "ok"
    assert verdict([["A"], ["B"], ["C"]]) == "ok"


def _direct_dark(matrix: np.ndarray, observed: np.ndarray) -> float:
    """exp(intercept) of the Poisson MLE found by a general-purpose optimiser."""

    def negative_loglik(beta: np.ndarray) -> float:
        eta = matrix @ beta
        return float(np.sum(np.exp(eta) - observed * eta))

    def gradient(beta: np.ndarray) -> np.ndarray:
        return np.asarray(matrix.T @ (np.exp(matrix @ beta) - observed))

    best = minimize(negative_loglik, np.zeros(matrix.shape[1]), jac=gradient, method="BFGS",
                    options={"gtol": 1e-10, "maxiter": 10_000})
    return math.exp(best.x[0])


def test_lists_that_share_no_one_have_their_interaction_at_minus_infinity() -> None:
    # A and B share nobody: in a model with A:B, cells 110 and 111 are fitted as 0 and the
    # other parameters are the MLE on the five other cells.
    table = capture_table("ABC", {"100": 50, "010": 40, "001": 30, "101": 12, "011": 9})
    result = loglinear(table, model=[["A", "B"], ["C"]], bootstrap=0)
    assert result.diagnostics["empty_terms"] == ["A:B"]
    assert result.diagnostics["parameters"] == 5
    rows = np.array([3, 1, 0, 4, 2])  # cells 100, 010, 001, 101, 011 among 001..111
    counts = table.full_counts()[1:].astype(float)
    dark = _direct_dark(design(3, ())[rows], counts[rows])
    assert result.estimate == pytest.approx(table.observed + dark, rel=1e-6)


def test_batched_fits_agree_with_direct_likelihood_maximisation() -> None:
    rng = np.random.default_rng(7)
    for t in (3, 4, 5):
        counts = rng.poisson(rng.choice([3.0, 20.0, 80.0], size=2 ** t - 1)).astype(float)
        counts[0] = 0.0
        models = all_models(t, t - 1)
        for index in rng.choice(len(models), size=6, replace=False):
            fit = fit_one(models[index], counts)
            found = layout(models[index], counts)
            if isinstance(fit, str) or isinstance(found, str):
                continue
            matrix = design(t, found.kept)[found.active]
            assert fit.dark == pytest.approx(_direct_dark(matrix, counts[found.active]),
                                             rel=1e-5)


def test_two_lists_give_lincoln_petersen() -> None:
    table = capture_table(["A", "B"], {"10": 60, "01": 40, "11": 20})
    result = loglinear(table, bootstrap=0)
    n1, n2, both = 80, 60, 20
    assert result.estimate == pytest.approx(n1 * n2 / both)
    assert result.diagnostics["model_label"] == "[1,2]"
    stepwise = loglinear(table, search="stepwise", bootstrap=0)
    assert stepwise.estimate == pytest.approx(n1 * n2 / both)


def test_independent_lists_cover_the_true_population() -> None:
    covered = 0
    for seed in range(5):
        table = _population(2000, [0.3, 0.2, 0.25], seed)
        result = loglinear(table, bootstrap=200, seed=seed)
        low, high = result.interval
        assert low <= result.estimate <= high
        covered += low <= 2000 <= high
    assert covered >= 4


def test_asymptotic_interval_without_resamples() -> None:
    result = loglinear(KOSOVO, max_order=3, bootstrap=0)
    low, high = result.interval
    assert result.observed < low < result.estimate < high
    assert result.diagnostics["interval_method"] == "asymptotic_lognormal"


def test_all_hierarchical_models_of_five_lists_are_searched_quickly() -> None:
    table = _population(3000, [0.02, 0.05, 0.1, 0.06, 0.03], 8)
    assert len(table.counts) < 31  # some cells are empty, so existence is checked
    start = time.perf_counter()
    result = loglinear(table, max_order=4, bootstrap=0)
    elapsed = time.perf_counter() - start
    assert result.diagnostics["models_considered"] == 6893
    assert elapsed < 10.0


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ({"10": 5, "01": 7}, "overlaps no other"),
        ({"11": 9}, "every person is on every list"),
    ],
)
def test_tables_without_an_estimate_are_refused(counts: dict[str, int], message: str) -> None:
    with pytest.raises(EstimateError, match=message):
        loglinear(capture_table(["A", "B"], counts), bootstrap=0)


def test_one_list_is_refused() -> None:
    with pytest.raises(EstimateError, match="at least two"):
        loglinear(capture_table(["A"], {"1": 10}), bootstrap=0)


def test_saturated_fixed_model_is_refused_as_not_identifiable() -> None:
    with pytest.raises(EstimateError, match="not identifiable"):
        loglinear(KOSOVO, model=[[0, 1, 2, 3]], bootstrap=0)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"model": [["EXH", "nobody"]]}, "names list 'nobody'"),
        ({"model": [[0, 9]]}, "out of range"),
        ({"criterion": "dic"}, "criterion"),
        ({"search": "backward"}, "search"),
        ({"level": 1.5}, "level"),
        ({"bootstrap": -1}, "bootstrap"),
        ({"max_order": 0}, "max_order"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(EstimateError, match=message):
        loglinear(KOSOVO, **{"bootstrap": 0, **options})  # type: ignore[arg-type]
