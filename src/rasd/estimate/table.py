"""Capture tables: how many people each combination of lists recorded.

A capture table has one 0/1 column per list and a count per observed pattern; the
all-zero pattern (people no list recorded) is what the estimators infer, so it is never
part of the table.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from rasd.errors import InputError
from rasd.inputs import open_csv


class EstimateError(ValueError):
    """The table cannot support the estimate asked for (the message says why)."""


@dataclass(frozen=True)
class CaptureTable:
    """Observed capture patterns: `patterns[i, j]` is 1 when list j recorded pattern i."""

    lists: tuple[str, ...]
    patterns: npt.NDArray[np.uint8]  # (patterns, lists), distinct, no all-zero row
    counts: npt.NDArray[np.int64]  # (patterns,), every count > 0

    @property
    def observed(self) -> int:
        return int(self.counts.sum())

    def as_dict(self) -> dict[str, int]:
        """Pattern strings such as "1010" to counts."""
        return {"".join(map(str, row)): int(n)
                for row, n in zip(self.patterns, self.counts, strict=True)}

    def full_counts(self) -> npt.NDArray[np.int64]:
        """Counts of all 2^t patterns indexed by the pattern read as a binary number, list 1
        the most significant bit; cell 0 (unobserved) is 0."""
        t = len(self.lists)
        cells = np.zeros(2 ** t, dtype=np.int64)
        weights = 1 << np.arange(t - 1, -1, -1)
        np.add.at(cells, self.patterns.astype(np.int64) @ weights, self.counts)
        return cells


def capture_table(lists: Iterable[str], counts: Mapping[str, int]) -> CaptureTable:
    """A table from pattern strings ("1010": lists 1 and 3) to counts; zero counts and the
    all-zero pattern are dropped, repeated patterns added."""
    names = tuple(lists)
    merged: dict[str, int] = {}
    for pattern, count in counts.items():
        if len(pattern) != len(names) or set(pattern) - {"0", "1"}:
            raise EstimateError(f"pattern {pattern!r} does not fit {len(names)} lists")
        if count < 0:
            raise EstimateError(f"pattern {pattern}: negative count {count}")
        if count and "1" in pattern:
            merged[pattern] = merged.get(pattern, 0) + int(count)
    keys = sorted(merged, reverse=True)
    patterns = np.array([[int(c) for c in key] for key in keys], dtype=np.uint8)
    return CaptureTable(names, patterns.reshape(len(keys), len(names)),
                        np.array([merged[key] for key in keys], dtype=np.int64))


def read_table(path: str | Path) -> CaptureTable:
    """Read a csv with one 0/1 column per list and a `count` column (design.md)."""
    file = str(path)
    with open_csv(path) as handle:
        reader = csv.reader(handle)
        header = [name.strip() for name in next(reader, [])]
        if "count" not in header:
            raise InputError("no `count` column", file=file, row=1)
        lists = [name for name in header if name != "count"]
        if not lists:
            raise InputError("no list columns beside `count`", file=file, row=1)
        counts: dict[str, int] = {}
        for number, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise InputError(f"{len(row)} cells, the header has {len(header)}",
                                 file=file, row=number)
            cells = dict(zip(header, (cell.strip() for cell in row), strict=True))
            for name in lists:
                if cells[name] not in ("0", "1"):
                    raise InputError("a list column holds 0 or 1", file=file, row=number,
                                     field=name, value=cells[name])
            try:
                count = int(cells["count"])
            except ValueError:
                count = -1
            if count < 0:
                raise InputError("a count is a whole number ≥ 0", file=file, row=number,
                                 field="count", value=cells["count"])
            pattern = "".join(cells[name] for name in lists)
            if pattern in counts:
                raise InputError(f"pattern {pattern} repeated", file=file, row=number)
            counts[pattern] = count
    return capture_table(lists, counts)


def check_estimable(table: CaptureTable) -> None:
    """Refuse tables no multiple systems estimate can be made from, saying why."""
    if len(table.lists) < 2:
        raise EstimateError("one list cannot estimate what it missed: at least two are needed")
    if table.observed == 0:
        raise EstimateError("the table records nobody")
    for j, name in enumerate(table.lists):
        on_list = table.patterns[:, j] == 1
        if not on_list.any():
            raise EstimateError(f"list {name} recorded nobody")
        overlaps = table.patterns[on_list].sum(axis=1) > 1
        if not (table.counts[on_list] * overlaps).any():
            raise EstimateError(f"list {name} overlaps no other list, so nothing says how much "
                                "the lists miss")
    everywhere = table.patterns.all(axis=1)
    if everywhere.any() and table.counts[everywhere].sum() == table.observed:
        raise EstimateError("every person is on every list: the lists look complete, and no "
                            "model can say how many they all missed")
