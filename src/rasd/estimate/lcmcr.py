"""The Bayesian non-parametric latent class model for multiple systems estimation.

Manrique-Vallier, D. (2016). Bayesian population size estimation using Dirichlet process
mixtures. Biometrics 72(4), 1246-1254; the method of the R package LCMCR, which HRDAG uses.

People fall into K latent classes with truncated stick-breaking weights π (V_k ~ Beta(1, α),
α ~ Gamma(a, b)); within a class the lists record them independently, list j with
probability λ_jk ~ Beta(1, 1). With p(N) ∝ 1/N the number no list recorded is imputed
at every sweep of a Gibbs sampler (`_lcmcr_gibbs`), and the estimate is the posterior
median of N with an equal-tailed credible interval.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import numpy.typing as npt

from rasd.estimate import _mcmc
from rasd.estimate._lcmcr_gibbs import run_chain
from rasd.estimate.result import Estimate
from rasd.estimate.table import CaptureTable, EstimateError, check_estimable

# Chains disagree when R-hat exceeds this (Vehtari et al. 2021 recommend 1.01 for final
# results; 1.05 flags the gross failures a caller must see).
RHAT_LIMIT = 1.05
# Effective draws per chain below which R-hat and the interval ends are not to be trusted
# (Vehtari et al. 2021, section 4).
ESS_PER_CHAIN = 100


def lcmcr(table: CaptureTable, *, K: int = 10, a: float = 0.25, b: float = 0.25,
          burnin: int = 10_000, samples: int = 1_000, thinning: int = 100, chains: int = 4,
          seed: int = 0, level: float = 0.95) -> Estimate:
    """Estimate the population size with Manrique-Vallier's (2016) latent class model.

    K latent classes (the truncation of the Dirichlet process), α ~ Gamma(a, b); each chain
    runs LCMCR's warm-up, `burnin` sweeps, then keeps every `thinning`-th of
    `samples` × `thinning` sweeps. N mixes slowly where few people are on several lists:
    on the Kosovo table LCMCR's own default, every 10th sweep, leaves a tail ESS under 100 a
    chain and interval ends that move by a tenth from seed to seed, hence every 100th.
    Chains start from independent streams of `numpy.random.SeedSequence(seed)`, so a seed
    fixes the result, and run in threads.
    The diagnostics carry a `warnings` list, empty when the chains agree.
    """
    check_estimable(table)
    _check_arguments(K=K, a=a, b=b, burnin=burnin, samples=samples, thinning=thinning,
                     chains=chains, level=level)
    patterns = np.ascontiguousarray(table.patterns, dtype=np.int64)
    counts = np.ascontiguousarray(table.counts, dtype=np.int64)
    streams = np.random.SeedSequence(seed).spawn(chains)

    def one_chain(stream: np.random.SeedSequence) -> tuple[npt.NDArray[np.int64],
                                                           npt.NDArray[np.int64],
                                                           npt.NDArray[np.float64]]:
        return run_chain(np.random.default_rng(stream), patterns, counts, K, float(a),
                         float(b), burnin, samples, thinning)

    workers = min(chains, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        runs = list(pool.map(one_chain, streams))
    sizes = np.array([run[0] for run in runs], dtype=np.float64)
    occupied = np.concatenate([run[1] for run in runs])
    alphas = np.concatenate([run[2] for run in runs])

    tail = (1.0 - level) / 2.0
    low, median, high = np.quantile(sizes, [tail, 0.5, 1.0 - tail])
    diagnostics = _diagnostics(sizes, occupied, alphas, K)
    diagnostics.update({"K": K, "a": a, "b": b, "burnin": burnin, "samples": samples,
                        "thinning": thinning, "chains": chains, "seed": seed})
    return Estimate(method="lcmcr", lists=table.lists, observed=table.observed,
                    estimate=float(median), interval=(float(low), float(high)), level=level,
                    diagnostics=diagnostics)


def _check_arguments(*, K: int, a: float, b: float, burnin: int, samples: int,
                     thinning: int, chains: int, level: float) -> None:
    if K < 2:
        raise EstimateError(f"K = {K}: the model needs at least two latent classes")
    if a <= 0 or b <= 0:
        raise EstimateError(f"a = {a}, b = {b}: the Gamma prior on α needs both > 0")
    if burnin < 0 or thinning < 1 or chains < 1:
        raise EstimateError("burnin ≥ 0, thinning ≥ 1 and chains ≥ 1 are needed")
    if samples < 4:
        raise EstimateError(f"samples = {samples}: at least 4 draws a chain are needed to "
                            "check convergence")
    if not 0 < level < 1:
        raise EstimateError(f"level = {level}: an interval's level is between 0 and 1")


def _diagnostics(sizes: npt.NDArray[np.float64], occupied: npt.NDArray[np.int64],
                 alphas: npt.NDArray[np.float64], K: int) -> dict[str, Any]:
    """Per-chain medians, rank-normalised split R-hat and bulk and tail ESS of N
    (Vehtari et al. 2021), the occupied latent classes, and warnings for the caller."""
    chains = sizes.shape[0]
    rhat = _mcmc.rhat(sizes)
    ess_bulk = _mcmc.ess_bulk(sizes)
    ess_tail = _mcmc.ess_tail(sizes)
    at_k = float(np.mean(occupied == K))
    warnings = []
    if np.isnan(rhat):
        warnings.append("every draw of N is the same: convergence cannot be checked")
    elif rhat > RHAT_LIMIT:
        warnings.append(f"the chains disagree (R-hat {rhat:.3f} > {RHAT_LIMIT}): run more "
                        "burn-in and samples")
    smallest = min(ess_bulk, ess_tail)
    if not np.isnan(smallest) and smallest < ESS_PER_CHAIN * chains:
        warnings.append(f"effective sample size of N is {smallest:.0f} (under "
                        f"{ESS_PER_CHAIN} a chain): the interval is not reliable; run more "
                        "samples or thin more")
    if np.median(occupied) >= K:
        warnings.append(f"most draws use all {K} latent classes: the truncation may bind; "
                        "rerun with a larger K")
    return {
        "chain_medians": [float(np.median(chain)) for chain in sizes],
        "rhat": rhat,
        "ess_bulk": ess_bulk,
        "ess_tail": ess_tail,
        "convergence": "rank-normalised split R-hat, bulk and tail ESS (Vehtari et al. 2021)",
        "occupied_classes": {"median": float(np.median(occupied)),
                             "min": int(occupied.min()), "max": int(occupied.max()),
                             "share_all_K": at_k},
        "alpha_median": float(np.median(alphas)),
        "warnings": warnings,
    }
