"""The Gibbs sampler of the latent class model for capture-recapture, compiled with Numba.

Manrique-Vallier, D. (2016). Bayesian population size estimation using Dirichlet process
mixtures. Biometrics 72(4), 1246-1254. The update order and the initialisation follow his
C++ sampler in the R package LCMCR (`NPLCM_CR_Basic_Freq.cpp`).

The sampler works on the distinct capture patterns with their counts: given the
parameters, the people of one pattern fall into the latent classes as one multinomial
draw, so a sweep costs patterns × classes × lists whatever the number of people.

Each chain draws from its own `numpy.random.Generator`, so a chain is reproducible from
its seed and chains can run in threads at once (`nogil`).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from numba import njit

from rasd.estimate._variates import beta, gamma, log_gamma, multinomial, negative_binomial

# LCMCR's warm-up: sweeps with α held small before the classes are put in order of size
# and the chain proper starts.
WARMUP = 500

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@njit(nogil=True, error_model="numpy", inline="always")
def _pattern_weights(patterns: Ints, lam: Floats, nu: Floats, out: Floats) -> None:
    """out[m, k] = ν_k Π_j λ_jk^x_mj (1 − λ_jk)^(1 − x_mj): the chance of class k and
    pattern m. Classes are the inner loop so that it vectorises."""
    n_patterns, n_lists = patterns.shape
    n_classes = nu.shape[0]
    for m in range(n_patterns):
        for k in range(n_classes):
            out[m, k] = nu[k]
        for j in range(n_lists):
            if patterns[m, j] == 1:
                for k in range(n_classes):
                    out[m, k] *= lam[j, k]
            else:
                for k in range(n_classes):
                    out[m, k] *= 1.0 - lam[j, k]


@njit(nogil=True, error_model="numpy", inline="always")
def _missed_weights(lam: Floats, nu: Floats, out: Floats) -> float:
    """out[k] = ν_k Π_j (1 − λ_jk), the chance of class k and of no list; returns the sum,
    the chance of being missed by every list."""
    total = 0.0
    for k in range(nu.shape[0]):
        weight = nu[k]
        for j in range(lam.shape[0]):
            weight *= 1.0 - lam[j, k]
        out[k] = weight
        total += weight
    return total


@njit(nogil=True, error_model="numpy", inline="always")
def _sample_lambda(rng: np.random.Generator, patterns: Ints, in_class: Ints,
                   class_size: Ints, on_list: Ints, lam: Floats) -> None:
    """λ_jk | z ~ Beta(1 + people of class k on list j, 1 + those off it); the imputed
    unobserved are off every list, so they count through class_size alone."""
    n_patterns, n_lists = patterns.shape
    n_classes = class_size.shape[0]
    on_list[:] = 0
    for m in range(n_patterns):
        for j in range(n_lists):
            if patterns[m, j] == 1:
                for k in range(n_classes):
                    on_list[j, k] += in_class[m, k]
    for j in range(n_lists):
        for k in range(n_classes):
            if class_size[k] == 0:  # Beta(1, 1) is uniform: one draw, not two gammas
                lam[j, k] = rng.random()
                continue
            on = on_list[j, k]
            lam[j, k] = beta(rng, 1.0 + on, 1.0 + (class_size[k] - on))


@njit(nogil=True, error_model="numpy", inline="always")
def _sample_nu(rng: np.random.Generator, class_size: Ints, alpha: float, nu: Floats,
               log_nu: Floats) -> None:
    """Truncated stick-breaking: V_k ~ Beta(1 + n_k, α + Σ_{l>k} n_l), V_K = 1.

    The sticks are ratios of gammas drawn on the log scale, because with α small the later
    weights fall far below the smallest double."""
    n_classes = class_size.shape[0]
    beyond = class_size.sum()
    log_rest = 0.0  # log Π_{l<k} (1 − V_l)
    for k in range(n_classes - 1):
        beyond -= class_size[k]
        if class_size[k] == 0:
            # Beta(1, b) by its inverse CDF, 1 − V = U^(1/b): one uniform, not two gammas
            log_off = math.log(1.0 - rng.random()) / (alpha + beyond)
            log_nu[k] = math.log(-math.expm1(log_off)) + log_rest
            log_rest += log_off
            continue
        g1 = log_gamma(rng, 1.0 + class_size[k])
        g2 = log_gamma(rng, alpha + beyond)
        top = max(g1, g2)
        log_sum = top + math.log(math.exp(g1 - top) + math.exp(g2 - top))
        log_nu[k] = g1 - log_sum + log_rest
        log_rest += g2 - log_sum
    log_nu[n_classes - 1] = log_rest
    for k in range(n_classes):
        nu[k] = math.exp(log_nu[k])


@njit(cache=True, nogil=True, error_model="numpy")
def _sweep(rng: np.random.Generator, patterns: Ints, counts: Ints, observed: int,
           alpha: float, lam: Floats, nu: Floats, log_nu: Floats, in_class: Ints,
           missed_in_class: Ints, class_size: Ints, on_list: Ints, weights: Floats,
           missed_weights: Floats, order: Ints, tail: Floats) -> int:
    """One sweep in LCMCR's order: classes of the observed, λ, ν, then the number missed
    and their classes; returns n0. α is the caller's to draw, last, because the warm-up
    holds it fixed."""
    n_patterns = patterns.shape[0]
    _pattern_weights(patterns, lam, nu, weights)
    n_classes = class_size.shape[0]
    for k in range(n_classes):
        class_size[k] = missed_in_class[k]
    for m in range(n_patterns):
        multinomial(rng, counts[m], weights[m], order, tail, in_class[m])
        for k in range(n_classes):
            class_size[k] += in_class[m, k]
    _sample_lambda(rng, patterns, in_class, class_size, on_list, lam)
    _sample_nu(rng, class_size, alpha, nu, log_nu)
    p_missed = _missed_weights(lam, nu, missed_weights)
    # With p(N) ∝ 1/N, n0 | n, θ ~ NegBin(n, 1 − P(missed)) (Manrique-Vallier 2016, §3).
    # The cap keeps the draw finite should a class ever sit on no list at all.
    p_missed = min(p_missed, 1.0 - 1e-12)
    n0 = negative_binomial(rng, observed, 1.0 - p_missed)
    multinomial(rng, n0, missed_weights, order, tail, missed_in_class)
    return n0


@njit(cache=True, nogil=True, error_model="numpy")
def run_chain(rng: np.random.Generator, patterns: Ints, counts: Ints, n_classes: int,
              a_alpha: float, b_alpha: float, burnin: int, samples: int,
              thinning: int) -> tuple[Ints, Ints, Floats]:
    """One chain; returns, per kept draw, the population size N, the number of occupied
    latent classes and α.

    Initialised as LCMCR does: λ at each list's share of the observed, nine tenths of ν
    on the first four classes, α = 0.3 / K, a warm-up with α fixed, then the classes
    relabelled in decreasing order of ν.
    """
    n_patterns, n_lists = patterns.shape
    observed = counts.sum()

    lam = np.empty((n_lists, n_classes))
    for j in range(n_lists):
        lam[j, :] = (counts * patterns[:, j]).sum() / observed
    nu = np.empty(n_classes)
    head = min(4, n_classes)
    if head == n_classes:
        nu[:] = 1.0 / n_classes
    else:
        nu[:head] = 0.9 / head
        nu[head:] = 0.1 / (n_classes - head)
    log_nu = np.log(nu)
    alpha = 0.3 / n_classes

    in_class = np.zeros((n_patterns, n_classes), dtype=np.int64)
    missed_in_class = np.zeros(n_classes, dtype=np.int64)
    class_size = np.zeros(n_classes, dtype=np.int64)
    on_list = np.zeros((n_lists, n_classes), dtype=np.int64)
    weights = np.empty((n_patterns, n_classes))
    missed_weights = np.empty(n_classes)
    order = np.empty(n_classes, dtype=np.int64)
    tail = np.empty(n_classes)

    sizes = np.empty(samples, dtype=np.int64)
    occupied = np.empty(samples, dtype=np.int64)
    alphas = np.empty(samples)
    kept = 0
    # One loop, so that the sweep is compiled once: the warm-up, then burn-in and samples.
    for step in range(WARMUP + burnin + samples * thinning):
        n0 = _sweep(rng, patterns, counts, observed, alpha, lam, nu, log_nu, in_class,
                    missed_in_class, class_size, on_list, weights, missed_weights, order,
                    tail)
        if step < WARMUP - 1:
            continue
        if step == WARMUP - 1:
            # only λ, ν and the missed people carry over into the next sweep
            relabel = np.argsort(-nu)
            lam[:, :] = lam[:, relabel]
            nu[:] = nu[relabel]
            log_nu[:] = log_nu[relabel]
            missed_in_class[:] = missed_in_class[relabel]
            continue
        # α | V ~ Gamma(a + K − 1, rate b − Σ log(1 − V_k)), and Σ log(1 − V_k) = log ν_K
        alpha = gamma(rng, a_alpha + n_classes - 1.0, 1.0 / (b_alpha - log_nu[n_classes - 1]))
        after = step - WARMUP
        if after >= burnin and (after - burnin + 1) % thinning == 0:
            sizes[kept] = observed + n0
            # class_size counts the missed of the previous sweep, as LCMCR's k* does
            occupied[kept] = (class_size > 0).sum()
            alphas[kept] = alpha
            kept += 1
    return sizes, occupied, alphas
