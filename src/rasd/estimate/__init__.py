"""Multiple systems estimation: how many were killed, counting those no list recorded.

Every estimator takes a `CaptureTable` (which combinations of lists recorded how many
people) and returns an `Estimate` with an interval and diagnostics; `EstimateError` says
why a table cannot be estimated from. `estimate(table, method=...)` runs any of them:
`loglinear` (Poisson log-linear models, BIC/AIC or stepwise selection, BCa bootstrap),
`lcmcr` (Manrique-Vallier's Bayesian latent class model; `rasd.estimate.lcmcr`, kept out of
this namespace because importing it loads Numba), `dga` (Madigan & York's averaging over
decomposable graphs) and `chao` (Chao's lower bound).
"""

from rasd.estimate.chao import chao
from rasd.estimate.dga import dga
from rasd.estimate.loglinear import loglinear
from rasd.estimate.methods import METHODS, estimate
from rasd.estimate.result import Estimate
from rasd.estimate.table import (
    CaptureTable,
    EstimateError,
    capture_table,
    check_estimable,
    read_table,
)

__all__ = ["METHODS", "CaptureTable", "Estimate", "EstimateError", "capture_table", "chao",
           "check_estimable", "dga", "estimate", "loglinear", "read_table"]
