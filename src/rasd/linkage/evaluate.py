"""How well records were linked, against a known truth: pairwise and B-cubed precision,
recall and F1. Both compare two partitions of the same records; keys are any hashable."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _scores(precision: float, recall: float) -> Scores:
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return Scores(round(precision, 5), round(recall, 5), round(f1, 5))


def pairwise(found: Mapping[Hashable, Hashable], truth: Mapping[Hashable, Hashable]) -> Scores:
    """Over all pairs of records: precision is the share of pairs put together that belong
    together, recall the share of pairs that belong together that were put together."""
    keys = truth.keys() & found.keys()
    both = Counter((found[key], truth[key]) for key in keys)
    together = sum(n * (n - 1) // 2 for n in Counter(found[key] for key in keys).values())
    belong = sum(n * (n - 1) // 2 for n in Counter(truth[key] for key in keys).values())
    right = sum(n * (n - 1) // 2 for n in both.values())
    return _scores(right / together if together else 1.0, right / belong if belong else 1.0)


def bcubed(found: Mapping[Hashable, Hashable], truth: Mapping[Hashable, Hashable]) -> Scores:
    """Per record, averaged: precision is the share of its found cluster that is truly its
    person, recall the share of its person's records found in its cluster."""
    keys = truth.keys() & found.keys()
    if not keys:
        return _scores(1.0, 1.0)
    found_size: Counter[Hashable] = Counter(found[key] for key in keys)
    truth_size: Counter[Hashable] = Counter(truth[key] for key in keys)
    both: dict[tuple[Hashable, Hashable], int] = defaultdict(int)
    for key in keys:
        both[found[key], truth[key]] += 1
    precision = sum(both[found[k], truth[k]] / found_size[found[k]] for k in keys) / len(keys)
    recall = sum(both[found[k], truth[k]] / truth_size[truth[k]] for k in keys) / len(keys)
    return _scores(precision, recall)
