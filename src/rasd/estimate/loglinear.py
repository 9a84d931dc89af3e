"""Log-linear multiple systems estimation (Fienberg 1972; Bishop, Fienberg & Holland 1975).

Poisson log-linear models are fitted to the 2^t − 1 observable cells of a capture table;
the unobserved cell's design row is the intercept alone, so the model's estimate of the
people no list recorded is exp(intercept), and N̂ = observed + exp(intercept).

Three ways to pick the model:

* a fixed model, given by its generating terms;
* `search="all"`: every hierarchical model with interactions up to `max_order`, chosen
  by BIC (or AIC) exactly as Rcapture's `closedpMS.t` does (Baillargeon & Rivest 2007),
  the approach of Silverman (2020) and Silverman, Chan & Vincent (2024);
* `search="stepwise"`: the stepwise method of Chan, Silverman & Vincent (2021),
  "Multiple systems estimation for sparse capture data: inferential challenges when there
  are nonoverlapping lists", JASA 116, 1297–1306, as in the R package SparseMSE.

Models whose estimate would not exist or not be identifiable are left out (see
`_poisson`). The interval is the BCa bootstrap interval (Efron 1987) with the model
choice repeated in every resample, as Chan, Silverman & Vincent do; without resamples it
falls back to the asymptotic log-normal interval of the chosen model.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any, Literal

import numpy as np
from scipy.special import pdtr, pdtrc

from rasd.estimate._bca import acceleration, bca_interval
from rasd.estimate._models import Model, all_models, list_bit, main_effects, parse_model, term_label
from rasd.estimate._poisson import Fit, FloatArray, cell_codes, fit_models, fit_one, layout
from rasd.estimate.result import Estimate
from rasd.estimate.table import CaptureTable, EstimateError, capture_table, check_estimable

Criterion = Literal["bic", "aic"]
Search = Literal["all", "stepwise"]

RUNNERS_UP = 5
SKIPPED_EXAMPLES = 5


@dataclass(frozen=True)
class _Selection:
    """The chosen fit and what the choice looked at."""

    fit: Fit
    ranked: list[Fit] = field(default_factory=list)
    considered: int = 1
    skipped: list[tuple[Model, str]] = field(default_factory=list)
    steps: list[tuple[int, float]] = field(default_factory=list)


_Chooser = Callable[[FloatArray], _Selection]


def loglinear(table: CaptureTable, *, model: Sequence[Sequence[str | int]] | None = None,
              criterion: Criterion = "bic", max_order: int = 2,
              search: Search = "all", threshold: float = 0.02,
              bootstrap: int = 1000, level: float = 0.95, seed: int = 0) -> Estimate:
    """Estimate how many people there were, those no list recorded included.

    `model` fixes the model by its generating terms, lists given by name or 0-based index
    (e.g. [[0, 1, 2], [0, 3], [2, 3]]); main effects are always in. Without it `search`
    picks one: "all" fits every hierarchical model with interactions of order at most
    `max_order` (capped at t − 1) and keeps the lowest `criterion`; "stepwise" adds
    two-list interactions one at a time while the smallest Poisson p-value is below
    `threshold` (Chan, Silverman & Vincent 2021). `bootstrap` resamples give the BCa
    interval at `level`; with 0 the interval is asymptotic.
    """
    check_estimable(table)
    _check_options(criterion, max_order, search, threshold, bootstrap, level)
    t = len(table.lists)
    top_order = min(max_order, t - 1)
    chooser = _chooser(table, model, criterion, top_order, search, threshold)
    counts = table.full_counts()[1:].astype(np.float64)
    selection = chooser(counts)
    fit = selection.fit
    estimate = table.observed + fit.dark
    diagnostics = _describe(table, selection, criterion, top_order, search, model, threshold)
    if bootstrap > 0:
        interval, details = _bootstrap(table, chooser, counts, estimate, bootstrap, level, seed)
        diagnostics["interval_method"] = "bca_bootstrap"
        diagnostics["bootstrap"] = details
    else:
        interval = _asymptotic(table.observed, fit, level)
        diagnostics["interval_method"] = "asymptotic_lognormal"
        diagnostics["interval_note"] = (
            "log-normal interval for the unobserved count under the chosen model (Rcapture, "
            "SparseMSE estimatepopulation.0); it ignores the uncertainty of choosing the model")
    return Estimate("loglinear", table.lists, table.observed, estimate, interval, level,
                    diagnostics)


def _check_options(criterion: str, max_order: int, search: str, threshold: float,
                   bootstrap: int, level: float) -> None:
    if criterion not in ("bic", "aic"):
        raise EstimateError(f"criterion is bic or aic, not {criterion!r}")
    if search not in ("all", "stepwise"):
        raise EstimateError(f"search is all or stepwise, not {search!r}")
    if max_order < 1:
        raise EstimateError(f"max_order is at least 1 (main effects only), not {max_order}")
    if not 0.0 <= threshold <= 1.0:
        raise EstimateError(f"threshold is a p-value between 0 and 1, not {threshold}")
    if bootstrap < 0:
        raise EstimateError(f"bootstrap is a number of resamples ≥ 0, not {bootstrap}")
    if not 0.0 < level < 1.0:
        raise EstimateError(f"level is between 0 and 1, not {level}")


def _chooser(table: CaptureTable, model: Sequence[Sequence[str | int]] | None,
             criterion: Criterion, top_order: int, search: Search,
             threshold: float) -> _Chooser:
    t = len(table.lists)
    if model is not None:
        fixed = parse_model(model, table.lists)
        return lambda counts: _select_fixed(fixed, counts, table.lists)
    if search == "stepwise":
        return lambda counts: _select_stepwise(counts, threshold, table.lists)
    models = all_models(t, top_order)
    return lambda counts: _select_best(models, counts, criterion)


def _select_fixed(model: Model, counts: FloatArray, lists: Sequence[str]) -> _Selection:
    fit = fit_one(model, counts)
    if isinstance(fit, str):
        named = " ".join("{" + ",".join(g) + "}" for g in model.named(lists))
        raise EstimateError(f"model {model.label()} ({named}) cannot be estimated from this "
                            f"table: {fit}")
    return _Selection(fit)


def _select_best(models: list[Model], counts: FloatArray, criterion: Criterion) -> _Selection:
    fits, skipped = fit_models(models, counts)
    if not fits:
        reasons = "; ".join(sorted(set(_reason_kind(reason) for _, reason in skipped)))
        raise EstimateError(f"none of the {len(models)} models can be estimated from this "
                            f"table ({reasons})")
    observed = int(counts.sum())
    # Ties go to the model with fewer parameters, then to the earlier, simpler one.
    ranked = sorted(fits, key=lambda f: (f.criterion(criterion, observed), f.parameters))
    return _Selection(ranked[0], ranked, len(models), skipped)


def _select_stepwise(counts: FloatArray, threshold: float, lists: Sequence[str]) -> _Selection:
    """SparseMSE's `stepwisefit` (Chan, Silverman & Vincent 2021, §3.2).

    From main effects, each round computes for every two-list interaction not yet in the
    model the one-sided Poisson p-value of the number of people on both lists, under
    the current model: min(P(X ≤ n*), P(X ≥ n*)) with X Poisson of mean the fitted count
    of the cells holding both lists. A pair whose model would not be identifiable or
    would have no estimate counts as p = 1. The pair with the smallest p-value joins while
    that p-value is below the threshold; ties go to the first pair in list order.
    """
    t = len(lists)
    pairs = [list_bit(i, t) | list_bit(j, t) for i in range(t) for j in range(i + 1, t)]
    cells = cell_codes(t)
    inside = np.array([(cells & pair) == pair for pair in pairs], dtype=np.float64)
    together = inside @ counts
    current = main_effects(t)
    fit = _select_fixed(current, counts, lists).fit
    steps: list[tuple[int, float]] = []
    considered = 1
    for _ in pairs:
        p_values = _pair_p_values(together, inside @ fit.fitted)
        for k, pair in enumerate(pairs):
            if pair in current.terms:
                p_values[k] = 1.0
            else:
                considered += 1
                if isinstance(layout(current.with_term(pair), counts), str):
                    p_values[k] = 1.0
        best = int(np.argmin(p_values))  # the first of equal p-values, as SparseMSE
        if p_values[best] >= threshold:
            break
        candidate = fit_one(current.with_term(pairs[best]), counts)
        if isinstance(candidate, str):
            break
        current, fit = current.with_term(pairs[best]), candidate
        steps.append((pairs[best], float(p_values[best])))
    return _Selection(fit, considered=considered, steps=steps)


def _pair_p_values(observed: FloatArray, expected: FloatArray) -> FloatArray:
    """min(P(X ≤ n), P(X ≥ n)) for X Poisson with the expected mean, pair by pair."""
    below = pdtr(observed, expected)
    above = np.where(observed > 0, pdtrc(np.maximum(observed - 1, 0), expected), 1.0)
    return np.asarray(np.minimum(below, above), dtype=np.float64)


def _describe(table: CaptureTable, selection: _Selection, criterion: Criterion,
              top_order: int, search: Search, model: object, threshold: float
              ) -> dict[str, Any]:
    fit = selection.fit
    t = len(table.lists)
    observed = table.observed
    diagnostics: dict[str, Any] = {
        "search": "fixed" if model is not None else search,
        "model": fit.model.named(table.lists),
        "model_label": fit.model.label(),
        "unobserved": fit.dark,
        "bic": fit.criterion("bic", observed),
        "aic": fit.criterion("aic", observed),
        "deviance": fit.deviance,
        "df": fit.df,
        "parameters": fit.parameters,
        "criterion_definition": "-2 log L + k p: L the Poisson likelihood of the observable "
                                "cells, p the parameters (intercept included), k = "
                                "log(observed) for BIC and 2 for AIC, as Rcapture",
        "models_considered": selection.considered,
        "models_skipped": len(selection.skipped),
    }
    if fit.empty:
        diagnostics["empty_terms"] = [term_label(term, t, table.lists) for term in fit.empty]
        diagnostics["empty_terms_note"] = (
            "nobody is on all lists of these terms: their parameters are at -infinity and "
            "the cells holding them are fitted as 0 (Chan, Silverman & Vincent 2021)")
    if selection.skipped:
        kinds = Counter(_reason_kind(reason) for _, reason in selection.skipped)
        diagnostics["skipped_reasons"] = dict(kinds)
        diagnostics["skipped_examples"] = [
            {"model": m.named(table.lists), "model_label": m.label(), "reason": reason}
            for m, reason in selection.skipped[:SKIPPED_EXAMPLES]]
    if model is None and search == "all":
        diagnostics["criterion"] = criterion
        diagnostics["max_order"] = top_order
        diagnostics["runners_up"] = [
            {"model": f.model.named(table.lists), "model_label": f.model.label(),
             criterion: f.criterion(criterion, observed),
             "estimate": observed + f.dark}
            for f in selection.ranked[1:1 + RUNNERS_UP]]
    if model is None and search == "stepwise":
        diagnostics["threshold"] = threshold
        diagnostics["steps"] = [
            {"added": term_label(term, t, table.lists).split(":"), "p_value": p}
            for term, p in selection.steps]
    return diagnostics


def _reason_kind(reason: str) -> str:
    return reason.split(":")[0]


def _asymptotic(observed: int, fit: Fit, level: float) -> tuple[float, float]:
    z = NormalDist().inv_cdf(0.5 + level / 2.0)
    spread = math.exp(z * fit.dark_log_se)
    return observed + fit.dark / spread, observed + fit.dark * spread


def _bootstrap(table: CaptureTable, chooser: _Chooser, counts: FloatArray, estimate: float,
               resamples: int, level: float, seed: int
               ) -> tuple[tuple[float, float], dict[str, Any]]:
    """BCa interval from resamples of the observed people (multinomial on the observed
    cells, size = observed), the model chosen afresh in each, and the acceleration from
    leaving out one person at a time (Chan, Silverman & Vincent 2021, §3.3)."""
    rng = np.random.default_rng(seed)
    observed = table.observed
    draws = rng.multinomial(observed, counts / observed, size=resamples).astype(np.float64)
    replicates = [_estimate_or_none(table.lists, chooser, draw) for draw in draws]
    kept = np.array([r for r in replicates if r is not None])
    jackknife, weights = [], []
    for i in np.flatnonzero(counts):
        fewer = counts.copy()
        fewer[i] -= 1
        value = _estimate_or_none(table.lists, chooser, fewer)
        if value is not None:
            jackknife.append(value)
            weights.append(counts[i])
    details: dict[str, Any] = {"resamples": resamples, "failed": resamples - len(kept),
                               "seed": seed, "model_selection_repeated": True,
                               "jackknife_cells_failed": int((counts > 0).sum()) - len(weights)}
    if len(kept) == 0:
        raise EstimateError("no bootstrap resample of this table could be estimated")
    accel = acceleration(np.array(jackknife), np.array(weights)) if weights else 0.0
    bca = bca_interval(estimate, kept, accel, level)
    details["bias_correction"] = bca.bias_correction
    details["acceleration"] = bca.acceleration
    return bca.interval, details


def _estimate_or_none(lists: tuple[str, ...], chooser: _Chooser,
                      counts: FloatArray) -> float | None:
    """The estimate from resampled counts, or None when they cannot support one (a list
    left with nobody or overlapping no other, or no model that can be fitted)."""
    t = len(lists)
    codes = cell_codes(t)
    patterns = {format(code, f"0{t}b"): int(n) for code, n in zip(codes, counts, strict=True)}
    try:
        check_estimable(capture_table(lists, patterns))
        selection = chooser(counts)
    except EstimateError:
        return None
    return float(counts.sum()) + selection.fit.dark
