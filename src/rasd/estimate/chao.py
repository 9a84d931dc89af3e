"""Chao's lower bound on the population size (Chao 1987).

Chao, A. (1987). "Estimating the population size for capture-recapture data with unequal
catchability", Biometrics 43, 783–791. With f1 people on exactly one of t lists and f2 on
exactly two, however unequal the chances of being recorded, the people no list recorded
number at least about ((t − 1)/t)·f1²/(2·f2) — the incidence form of the bound, as in
Chao's SpadeR (`SpecInciChao2`) and iNEXT. When f2 = 0 the bias-corrected form
((t − 1)/t)·f1(f1 − 1)/(2(f2 + 1)) is used. The interval is Chao's: log-normal for the
unobserved count, so its lower end is never below the observed total.
"""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np

from rasd.estimate.result import Estimate
from rasd.estimate.table import CaptureTable, EstimateError, check_estimable

NOTE = ("a lower bound: it assumes nothing about how the lists depend on each other, and "
        "under heterogeneous chances of being recorded the true total may be well above it")


def chao(table: CaptureTable, *, level: float = 0.95) -> Estimate:
    """Chao's (1987) lower-bound estimate of the total, with its log-normal interval."""
    check_estimable(table)
    if not 0.0 < level < 1.0:
        raise EstimateError(f"level is between 0 and 1, not {level}")
    t = len(table.lists)
    lists_per_person = table.patterns.sum(axis=1)
    frequencies = np.bincount(lists_per_person, weights=table.counts, minlength=t + 1)
    f1, f2 = int(frequencies[1]), int(frequencies[2])
    observed = table.observed
    z = NormalDist().inv_cdf(0.5 + level / 2.0)
    shrink = (t - 1) / t
    if f1 > 0 and f2 > 0:
        formula = "f1^2/(2 f2)"
        unobserved = shrink * f1 ** 2 / (2 * f2)
        ratio = f1 / f2
        variance = f2 * (shrink / 2 * ratio ** 2 + shrink ** 2 * ratio ** 3
                         + shrink ** 2 / 4 * ratio ** 4)
    elif f1 > 1:
        formula = "bias-corrected f1(f1-1)/(2(f2+1))"
        unobserved = shrink * f1 * (f1 - 1) / 2
        variance = (shrink * f1 * (f1 - 1) / 2 + shrink ** 2 * f1 * (2 * f1 - 1) ** 2 / 4
                    - shrink ** 2 * f1 ** 4 / (4 * (observed + unobserved)))
    else:
        return _adds_no_one(table, level, f1, f2)
    spread = math.exp(z * math.sqrt(math.log(1.0 + variance / unobserved ** 2)))
    interval = (observed + unobserved / spread, observed + unobserved * spread)
    diagnostics = {"f1": f1, "f2": f2, "unobserved": unobserved, "formula": formula,
                   "standard_error": math.sqrt(variance), "note": NOTE,
                   "interval_method": "log-normal for the unobserved count (Chao 1987)"}
    return Estimate("chao", table.lists, observed, observed + unobserved, interval, level,
                    diagnostics)


def _adds_no_one(table: CaptureTable, level: float, f1: int, f2: int) -> Estimate:
    """When no one is on a single list, or one is and no one is on two, the bound adds no
    one and the log-normal interval has nothing to spread: the interval is the observed
    total alone, and the diagnostics say so."""
    observed = float(table.observed)
    diagnostics = {"f1": f1, "f2": f2, "unobserved": 0.0, "formula": "adds no one",
                   "standard_error": 0.0, "note": NOTE,
                   "interval_method": "none: with f1 ≤ 1 and f2 = 0, or f1 = 0, the bound "
                                      "adds no one to the observed total"}
    return Estimate("chao", table.lists, table.observed, observed, (observed, observed),
                    level, diagnostics)
