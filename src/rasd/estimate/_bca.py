"""Bias-corrected and accelerated bootstrap intervals (Efron 1987; DiCiccio & Efron 1996),
computed as SparseMSE's `estimatepopulation` and `bcaconfvalues` do (Chan, Silverman &
Vincent 2021)."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
_NORMAL = NormalDist()


@dataclass(frozen=True)
class BCa:
    interval: tuple[float, float]
    bias_correction: float  # z0
    acceleration: float  # a


def acceleration(jackknife: FloatArray, weights: FloatArray) -> float:
    """Efron's acceleration from leave-one-out estimates; `weights` counts how many
    people each leave-one-out estimate stands for (everyone in the same cell gives the
    same one)."""
    centre = float((weights * jackknife).sum() / weights.sum())
    residuals = centre - jackknife
    spread = float((weights * residuals ** 2).sum())
    if spread == 0.0:
        return 0.0
    return float((weights * residuals ** 3).sum() / (6.0 * spread ** 1.5))


def bca_interval(estimate: float, replicates: FloatArray, accel: float, level: float) -> BCa:
    """The BCa interval at `level` from bootstrap replicates of `estimate`.

    When every replicate falls on one side of the estimate the bias correction would be
    infinite; the share below is then kept half a replicate away from 0 and 1, the usual
    continuity correction, and the interval reaches the extreme replicate on that side.
    """
    count = len(replicates)
    below = float((replicates < estimate).mean())
    below = min(max(below, 0.5 / count), 1.0 - 0.5 / count)
    z0 = _NORMAL.inv_cdf(below)
    tail = (1.0 - level) / 2.0
    probabilities = [_adjusted(z0, accel, _NORMAL.inv_cdf(p)) for p in (tail, 1.0 - tail)]
    low, high = np.quantile(replicates, probabilities, method="median_unbiased")
    return BCa((float(low), float(high)), z0, accel)


def _adjusted(z0: float, accel: float, z: float) -> float:
    shifted = z0 + z
    denominator = 1.0 - accel * shifted
    if denominator <= 0.0:
        # Past the pole of Efron's formula the adjusted level tends to 1 (or 0); beyond it
        # the formula flips sign, which means nothing.
        return 1.0 if shifted > 0 else 0.0
    return _NORMAL.cdf(z0 + shifted / denominator)
