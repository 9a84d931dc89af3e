"""Poisson log-linear fits on the 2^t − 1 observable cells of a capture table.

Cell i of a count vector is the pattern i + 1 read as a binary number (list 1 the most
significant bit), as in `CaptureTable.full_counts()` without its unobserved cell 0. The
unobserved cell's design row is the intercept alone, so its fitted count is exp(intercept).

Before a model is fitted, two things are checked, as `check_extended_MLE` in Silverman's
MultipleSystemsEstimation package does (Chan, Silverman & Vincent 2021; Silverman, Chan &
Vincent 2024; Fienberg & Rinaldo 2012):

* a term nobody is in (lists that share no one) has its parameter at −∞: the cells
  holding the term are fitted as zero and left out, and the other parameters are fitted
  on the cells that remain;
* on those cells the model must be identifiable (its design has full column rank) and
  its maximum likelihood estimate must exist: no direction of the parameters may push
  the fitted counts of zero cells towards zero without limit (Haberman 1974). A linear
  program decides this when the positive cells alone do not.

Both depend only on the model and on which cells are zero, so they are cached.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from scipy.optimize import linprog
from scipy.special import gammaln

from rasd.estimate._models import Model, list_bit

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

# Newton steps for a Poisson log-linear model converge quadratically when the estimate
# exists (checked beforehand); the limit only guards against numerical trouble.
MAX_ITERATIONS = 60
TOLERANCE = 1e-10


@dataclass(frozen=True)
class Layout:
    """How a model that can be fitted meets a table's zero cells: the terms nobody is in
    (parameters at −∞), the terms left to estimate, and the cells left to fit."""

    empty: tuple[int, ...]
    kept: tuple[int, ...]
    active: BoolArray


@dataclass(frozen=True)
class Fit:
    """A fitted model: expected counts of the observable cells and of the unobserved one."""

    model: Model
    empty: tuple[int, ...]
    fitted: FloatArray
    dark: float
    dark_log_se: float
    loglik: float
    deviance: float

    @property
    def parameters(self) -> int:
        return self.model.parameters

    @property
    def df(self) -> int:
        return len(self.fitted) - self.parameters

    def criterion(self, name: str, observed: int) -> float:
        """BIC or AIC as Rcapture's closedpMS.t (Baillargeon & Rivest 2007) and
        MultipleSystemsEstimation compute them: −2 log L + k·p, with L the Poisson
        likelihood of the observable cells, p every parameter of the model (intercept and
        any at −∞ included) and k = log(observed) for BIC, 2 for AIC."""
        penalty = math.log(observed) if name == "bic" else 2.0
        return -2.0 * self.loglik + penalty * self.parameters


def cell_codes(t: int) -> IntArray:
    return np.arange(1, 2 ** t, dtype=np.int64)


def columns(t: int, terms: tuple[int, ...]) -> tuple[int, ...]:
    """The terms of a model's design columns: intercept (0), main effects, interactions."""
    return (0, *(list_bit(j, t) for j in range(t)), *terms)


@lru_cache(maxsize=8)
def _inclusion(t: int) -> BoolArray:
    """inclusion[c, T]: cell c holds everyone in term T (T ⊆ c), over all 2^t codes."""
    codes = np.arange(2 ** t)
    return np.asarray((codes[:, None] & codes[None, :]) == codes[None, :])


def design(t: int, terms: tuple[int, ...]) -> FloatArray:
    """Intercept, main effects and the given terms, one row per observable cell."""
    return _inclusion(t)[1:, list(columns(t, terms))].astype(np.float64)


def layout(model: Model, counts: FloatArray) -> Layout | str:
    """What fitting the model to these counts involves, or why it cannot be done."""
    return _layout(model, (counts == 0).tobytes())


def layouts(models: list[Model], counts: FloatArray) -> list[Layout | str]:
    """`layout` for many models at once, skipping the costly checks where a smaller model
    already decides them.

    Among models whose empty terms are the same (so they fit the same cells), adding
    terms only adds directions in which the estimate can escape to infinity and columns
    that can be dependent: a model holding the terms of a failed one fails too. Models
    are checked smallest first so that failures are found before their supersets.
    """
    zero_bytes = (counts == 0).tobytes()
    failed: dict[tuple[int, ...], list[tuple[frozenset[int], str]]] = defaultdict(list)
    found: dict[Model, Layout | str] = {}
    for model in sorted(models, key=lambda m: len(m.terms)):
        empty = _empty_terms(model, zero_bytes)
        kept = frozenset(model.terms) - frozenset(empty)
        inherited = next((why for terms, why in failed[empty] if terms <= kept), None)
        if inherited is not None:
            found[model] = inherited
            continue
        found[model] = _layout(model, zero_bytes)
        if isinstance(found[model], str):
            failed[empty].append((kept, str(found[model])))
    return [found[model] for model in models]


@lru_cache(maxsize=65536)
def _empty_terms(model: Model, zero_bytes: bytes) -> tuple[int, ...]:
    zero = np.frombuffer(zero_bytes, dtype=bool)
    if not zero.any() or not model.terms:
        return ()
    held = _inclusion(model.t)[1:, list(model.terms)]
    nobody = (~held | zero[:, None]).all(axis=0)
    return tuple(term for term, none in zip(model.terms, nobody, strict=True) if none)


@lru_cache(maxsize=65536)
def _layout(model: Model, zero_bytes: bytes) -> Layout | str:
    zero = np.frombuffer(zero_bytes, dtype=bool)
    empty = _empty_terms(model, zero_bytes)
    active: BoolArray = np.asarray(~_inclusion(model.t)[1:, list(empty)].any(axis=1))
    kept = tuple(term for term in model.terms if term not in empty)
    # On all observable cells only the saturated model is unidentifiable: the full 2^t
    # design is invertible and its inverse's row for the unobserved cell, (−1)^|T|, has no
    # zero, so dropping that cell's row leaves every proper subset of columns independent.
    # With every cell positive the estimate then exists too, and nothing needs checking.
    saturated = model.parameters == len(zero) + 1
    if not zero.any() and not saturated:
        return Layout(empty, kept, active)
    matrix = design(model.t, kept)[active]
    if empty or saturated:
        rank = int(np.linalg.matrix_rank(matrix))
        if rank < matrix.shape[1]:
            return (f"not identifiable: {matrix.shape[1]} parameters but the observable "
                    f"cells determine only {rank}")
    stuck = _cells_forced_to_zero(matrix, ~zero[active])
    if stuck.any():
        codes = cell_codes(model.t)[active][zero[active]][stuck]
        names = ", ".join(format(int(c), f"0{model.t}b") for c in codes)
        return ("the maximum likelihood estimate does not exist: the zero cell(s) "
                f"{names} would be fitted as 0 with a parameter at infinity")
    return Layout(empty, kept, active)


def _cells_forced_to_zero(matrix: FloatArray, positive: BoolArray) -> BoolArray:
    """The zero cells whose fitted counts go to 0 because the MLE does not exist.

    The MLE exists unless some d = Xb is ≤ 0 everywhere, 0 on the positive cells and
    not 0 (Haberman 1974; Fienberg & Rinaldo 2012). Writing b = Kc with K a basis of the
    null space of the positive cells' rows, d is nonzero only on the zero cells, where it
    is A c with A = X_zero K. With one free direction the signs of A decide; otherwise a
    linear program minimises the sum of A c over the box −1 ≤ A c ≤ 0, whose optimum is
    0 when the MLE exists and at most −1 when not (any such d scales to reach −1), so the
    answer does not hang on a tolerance.
    """
    none = np.zeros(int((~positive).sum()), dtype=bool)
    if positive.all():
        return none
    _, singular, vt = np.linalg.svd(matrix[positive])
    rank = int((singular > singular[0] * 1e-10).sum())
    null = vt[rank:].T
    if null.shape[1] == 0:
        return none
    a = matrix[~positive] @ null
    if null.shape[1] == 1:
        column = a[:, 0]
        if (column <= 1e-9).all():
            return np.asarray(column < -1e-9)
        if (column >= -1e-9).all():
            return np.asarray(column > 1e-9)
        return none
    result = linprog(a.sum(axis=0), A_ub=np.vstack([a, -a]),
                     b_ub=np.concatenate([np.zeros(len(a)), np.ones(len(a))]),
                     bounds=[(None, None)] * null.shape[1], method="highs")
    if result.status != 0 or result.fun > -0.5:
        return none
    return np.asarray(a @ result.x < -1e-6)


def fit_models(models: list[Model],
               counts: FloatArray) -> tuple[list[Fit], list[tuple[Model, str]]]:
    """Fit every model that can be fitted; the rest come back with the reason why not."""
    ready: list[tuple[Model, Layout]] = []
    skipped: list[tuple[Model, str]] = []
    for model, found in zip(models, layouts(models, counts), strict=True):
        if isinstance(found, str):
            skipped.append((model, found))
        else:
            ready.append((model, found))
    if not ready:
        return [], skipped
    t = ready[0][0].t
    width = 1 + t + max(len(found.kept) for _, found in ready)
    terms = np.full((len(ready), width), -1, dtype=np.int64)
    active = np.zeros((len(ready), 2 ** t), dtype=bool)
    for k, (_, found) in enumerate(ready):
        used = columns(t, found.kept)
        terms[k, :len(used)] = used
        active[k, 1:] = found.active
    full = np.concatenate([[0.0], counts])
    beta, mu, variance, converged = _irls(terms, active, full)
    fitted = np.where(active, mu, 0.0)[:, 1:]
    logliks = _loglik(counts, fitted) - float(gammaln(counts + 1.0).sum())
    deviances = _deviance(counts, fitted)
    fits: list[Fit] = []
    for k, (model, found) in enumerate(ready):
        if not converged[k]:
            skipped.append((model, "the Poisson fit did not converge"))
            continue
        fits.append(Fit(model=model, empty=found.empty, fitted=fitted[k],
                        dark=math.exp(beta[k, 0]), dark_log_se=math.sqrt(variance[k]),
                        loglik=float(logliks[k]), deviance=float(deviances[k])))
    return fits, skipped


def fit_one(model: Model, counts: FloatArray) -> Fit | str:
    """The fit of one model, or why it cannot be fitted."""
    fits, skipped = fit_models([model], counts)
    return fits[0] if fits else skipped[0][1]


def _irls(terms: IntArray, active: BoolArray,
          counts: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, BoolArray]:
    """Batched iteratively reweighted least squares for Poisson regression with log link
    (McCullagh & Nelder 1989, §2.5), started like R's glm from counts + 0.1.

    Every model is fitted at once. Rows are all 2^t cells (the unobserved one and cells
    of empty terms get no weight); `terms[k]` lists the terms of model k's columns, −1
    padding it to the widest model. Design columns are inclusion indicators, so X'WX is
    the sum of weights over cells holding the union of two terms and X'Wz the sum over
    cells holding one term: both come from one superset-sum (zeta) transform of the cell
    weights, and the linear predictor Xb from one subset-sum transform of b. That costs
    O(2^t·t) per model instead of forming and multiplying design matrices. Padded
    columns get a unit diagonal so that their parameters solve to 0.
    """
    count, width = terms.shape
    size = active.shape[1]
    real = terms >= 0
    slots = np.where(real, terms, size)
    unions = np.where(real[:, :, None] & real[:, None, :],
                      terms[:, :, None] | terms[:, None, :], size).reshape(count, -1)
    padding = (~real).astype(np.float64)
    diagonal = np.arange(width)
    weights = active.astype(np.float64)
    mu = np.broadcast_to(counts + 0.1, active.shape).copy()
    eta = np.log(mu)
    beta: FloatArray = np.zeros((count, width))
    previous = np.full(count, np.inf)
    converged = np.zeros(count, dtype=bool)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for _ in range(MAX_ITERATIONS):
            working = np.where(active, eta + (counts - mu) / mu, 0.0)
            information = _information(mu * weights, unions, padding, diagonal)
            score = np.take_along_axis(_superset_sums(mu * weights * working), slots, axis=1)
            beta = np.asarray(np.linalg.solve(information, score[..., None])[..., 0],
                              dtype=np.float64)
            eta = _predictor(beta, slots, size)
            mu = np.exp(eta)
            deviance = _deviance(counts, mu * weights)
            converged = np.abs(deviance - previous) <= TOLERANCE * (np.abs(deviance) + 0.1)
            if converged.all() or not np.isfinite(deviance).any():
                break
            previous = deviance
        information = _information(mu * weights, unions, padding, diagonal)
        first = np.zeros((count, width, 1))
        first[:, 0] = 1.0
        variance = np.linalg.solve(information, first)[:, 0, 0]
    converged &= np.isfinite(beta).all(axis=1) & np.isfinite(variance)
    return beta, mu, np.asarray(variance, dtype=np.float64), np.asarray(converged, dtype=bool)


def _information(weights: FloatArray, unions: IntArray, padding: FloatArray,
                 diagonal: IntArray) -> FloatArray:
    count, width = padding.shape
    sums = _superset_sums(weights)
    information = np.take_along_axis(sums, unions, axis=1).reshape(count, width, width)
    information[:, diagonal, diagonal] += padding
    return information


def _superset_sums(values: FloatArray) -> FloatArray:
    """For each code T, the sum of values over cells c ⊇ T; one extra slot of 0 at the
    end stands for padded columns."""
    sums = values.copy()
    count, size = sums.shape
    bit = 1
    while bit < size:
        view = sums.reshape(count, -1, 2, bit)
        view[:, :, 0, :] += view[:, :, 1, :]
        bit *= 2
    return np.concatenate([sums, np.zeros((count, 1))], axis=1)


def _predictor(beta: FloatArray, slots: IntArray, size: int) -> FloatArray:
    """log μ_c = Σ over the model's terms T ⊆ c of b_T, for every cell c."""
    placed = np.zeros((len(beta), size + 1))
    np.put_along_axis(placed, slots, beta, axis=1)
    eta = placed[:, :size].copy()
    bit = 1
    while bit < size:
        view = eta.reshape(len(beta), -1, 2, bit)
        view[:, :, 1, :] += view[:, :, 0, :]
        bit *= 2
    return eta


def _deviance(counts: FloatArray, fitted: FloatArray) -> FloatArray:
    """Poisson deviance; cells fitted as exactly 0 hold no one and add nothing."""
    safe = np.where(fitted > 0, fitted, 1.0)
    ratio = np.where(counts > 0, counts / safe, 1.0)
    return np.asarray(2.0 * (counts * np.log(ratio) - (counts - fitted)).sum(axis=-1))


def _loglik(counts: FloatArray, fitted: FloatArray) -> FloatArray:
    """Poisson log-likelihood without the log(y!) terms."""
    logs = np.log(np.where(fitted > 0, fitted, 1.0))
    return np.asarray((counts * logs - fitted).sum(axis=-1))
