"""One entry point for every estimator, for the CLI and the report."""

from __future__ import annotations

from typing import Any

from rasd.estimate.result import Estimate
from rasd.estimate.table import CaptureTable, EstimateError, check_estimable

METHODS = ("lcmcr", "loglinear", "dga", "chao")


def estimate(table: CaptureTable, method: str = "lcmcr", **options: Any) -> Estimate:
    """Estimate the population with the named method; options go to the method unchanged.

    Numba compiles the samplers on first use (cached on disk after), so each method's module
    is imported only when asked for.
    """
    check_estimable(table)
    if method in ("dga", "chao"):
        options.pop("seed", None)  # exact computations: nothing to seed
    if method == "lcmcr":
        from rasd.estimate.lcmcr import lcmcr
        return lcmcr(table, **options)
    if method == "loglinear":
        from rasd.estimate.loglinear import loglinear
        return loglinear(table, **options)
    if method == "dga":
        from rasd.estimate.dga import dga
        return dga(table, **options)
    if method == "chao":
        from rasd.estimate.chao import chao
        return chao(table, **options)
    raise EstimateError(f"no method {method!r}: one of {', '.join(METHODS)}")
