"""Synthetic documentation worlds with known truth, for tests, benchmarks and the demo.

`synthesize(out, victims=N, seed=S)` makes N victims of the Syrian conflict (four-part names,
families dying together, incidents, places, dates, ages, causes, perpetrators), six lists that
document them in six conventions with their own coverage, dependence, duplicates and errors,
a rasd mapping for each list, and the truth: which record is whom, the capture-pattern table
with its unobserved cell, and the error rates measured in each list.
"""

from rasd.synth.lists import LISTS
from rasd.synth.noise import KINDS as ERROR_KINDS
from rasd.synth.world import ListFile, Progress, World, synthesize

# The lists in the order of the digits of a capture pattern ("101000": first and third).
LIST_NAMES: tuple[str, ...] = tuple(kind.name for kind in LISTS)

# Per list, the documented long-run share of records with each kind of error, as (low, high);
# truth.json states the shares measured in the files written.
ERROR_RATES: dict[str, dict[str, tuple[float, float]]] = {
    kind.name: dict(kind.error_rates) for kind in LISTS}

__all__ = ["ERROR_KINDS", "ERROR_RATES", "LIST_NAMES", "ListFile", "Progress", "World",
           "synthesize"]
