"""Convergence diagnostics for Markov chains: rank-normalised split R-hat and effective
sample sizes, as defined by Vehtari, Gelman, Simpson, Carpenter and Bürkner (2021),
Rank-normalization, folding, and localization: an improved R-hat for assessing
convergence of MCMC. Bayesian Analysis 16(2), 667-718. The effective sample size uses
Geyer's initial monotone sequence, computed as Stan does.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from scipy.special import ndtri
from scipy.stats import rankdata

Draws = npt.NDArray[np.float64]


def _split(draws: Draws) -> Draws:
    """Each chain cut in two halves (the middle draw of an odd length dropped), so that a
    chain that drifts disagrees with itself."""
    half = draws.shape[1] // 2
    return np.vstack([draws[:, :half], draws[:, draws.shape[1] - half:]])


def _rank_normalise(draws: Draws) -> Draws:
    """Normal scores of the pooled ranks (ties averaged), Blom's offset 3/8."""
    ranks = rankdata(draws, method="average").reshape(draws.shape)
    return np.asarray(ndtri((ranks - 0.375) / (draws.size + 0.25)), dtype=np.float64)


def _rhat(chains: Draws) -> float:
    n = chains.shape[1]
    within = float(chains.var(axis=1, ddof=1).mean())
    between = n * float(chains.mean(axis=1).var(ddof=1))
    if within <= 0.0:
        return math.nan
    return math.sqrt(((n - 1) / n * within + between / n) / within)


def rhat(draws: Draws) -> float:
    """Rank-normalised split R-hat: the larger of the bulk and the folded (tail) values;
    `draws` is (chains, draws per chain). NaN when every draw is the same."""
    split = _split(np.asarray(draws, dtype=np.float64))
    if split.shape[1] < 2:
        return math.nan
    bulk = _rhat(_rank_normalise(split))
    folded = _rhat(_rank_normalise(np.abs(split - np.median(split))))
    return max(bulk, folded)


def _autocovariance(chain: Draws) -> Draws:
    """Biased autocovariance at every lag, by FFT."""
    n = chain.size
    centred = chain - chain.mean()
    size = 1 << (2 * n - 1).bit_length()
    spectrum = np.fft.rfft(centred, size)
    return np.fft.irfft(spectrum * np.conj(spectrum), size)[:n] / n


def _ess(chains: Draws) -> float:
    """Effective sample size of (chains, draws) by Geyer's initial monotone sequence
    (Stan's compute_effective_sample_size)."""
    m, n = chains.shape
    if n < 4:
        return math.nan
    acov = np.array([_autocovariance(chain) for chain in chains])
    chain_var = acov[:, 0] * n / (n - 1)
    mean_var = float(chain_var.mean())
    var_plus = mean_var * (n - 1) / n
    if m > 1:
        var_plus += float(chains.mean(axis=1).var(ddof=1))
    if var_plus <= 0.0:
        return math.nan
    rho = np.zeros(n)
    rho[0] = 1.0
    even = 1.0
    odd = 1.0 - (mean_var - float(acov[:, 1].mean())) / var_plus
    rho[1] = odd
    s = 1
    while s < n - 4 and even + odd > 0.0:
        even = 1.0 - (mean_var - float(acov[:, s + 1].mean())) / var_plus
        odd = 1.0 - (mean_var - float(acov[:, s + 2].mean())) / var_plus
        if even + odd >= 0.0:
            rho[s + 1] = even
            rho[s + 2] = odd
        s += 2
    last = s
    if even > 0.0:
        rho[last + 1] = even
    # Geyer's initial positive sequence made monotone
    for s in range(1, last - 2, 2):
        if rho[s + 1] + rho[s + 2] > rho[s - 1] + rho[s]:
            rho[s + 1] = rho[s + 2] = (rho[s - 1] + rho[s]) / 2
    tau = -1.0 + 2.0 * float(rho[:last].sum()) + float(rho[last + 1])
    tau = max(tau, 1.0 / math.log10(m * n))
    return float(m * n / tau)


def ess_bulk(draws: Draws) -> float:
    """Bulk effective sample size: of the rank-normalised split chains."""
    return _ess(_rank_normalise(_split(np.asarray(draws, dtype=np.float64))))


def ess_tail(draws: Draws) -> float:
    """Tail effective sample size: the smaller of those of the indicators of the 5 % and
    95 % quantiles, which is what the ends of a 90 % interval rest on."""
    split = _split(np.asarray(draws, dtype=np.float64))
    low, high = np.quantile(split, [0.05, 0.95])
    return min(_ess((split <= low).astype(np.float64)),
               _ess((split <= high).astype(np.float64)))
