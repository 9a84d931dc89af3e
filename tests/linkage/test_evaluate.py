"""The accuracy measures, on partitions small enough to count by hand."""

from __future__ import annotations

from rasd.linkage.evaluate import bcubed, pairwise

TRUTH = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 3}


def test_a_perfect_linkage_scores_one() -> None:
    assert pairwise(TRUTH, TRUTH).f1 == 1.0
    assert bcubed(TRUTH, TRUTH).f1 == 1.0


def test_pairwise_counts_pairs() -> None:
    """Found {a,b} {c,d} {e}: 2 pairs put together, 1 right; 3 pairs belong together."""
    found = {"a": 10, "b": 10, "c": 20, "d": 20, "e": 30}
    scores = pairwise(found, TRUTH)
    assert scores.precision == 0.5
    assert round(scores.recall, 4) == round(1 / 3, 4)


def test_bcubed_averages_over_records() -> None:
    """Everything in one cluster: recall 1; precision = (3*3/5 + 1/5 + 1/5) / 5 = 0.44."""
    found = dict.fromkeys(TRUTH, 0)
    scores = bcubed(found, TRUTH)
    assert scores.recall == 1.0
    assert scores.precision == 0.44


def test_all_singletons_have_perfect_precision_and_low_recall() -> None:
    found = {key: key for key in TRUTH}
    assert pairwise(found, TRUTH).precision == 1.0
    assert pairwise(found, TRUTH).recall == 0.0
    assert bcubed(found, TRUTH).precision == 1.0
