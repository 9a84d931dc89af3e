"""What every synthetic list shares: who it captures, its keys, its within-list duplicates, its
file and mapping, and the tally of the errors it made.

A list draws its captures from one random stream and renders its rows from another, so a
change in how a list writes its rows leaves unchanged who is on it.
"""

from __future__ import annotations

import heapq
import math
import random
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from rasd.synth.files import Sink, write_mapping
from rasd.synth.noise import Tally
from rasd.synth.population import Victim

# Called for every record written: (list name, record key, victim id).
RecordHook = Callable[[str, str, str, set[str]], None]

# A duplicate entry is written this many records after the first, at most.
_DUPLICATE_DELAY = 400


def logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


class SourceList(ABC):
    """One documentation group's list: its coverage, conventions, errors and file."""

    name: str  # the source name, also the mapping's `source`
    file_name: str
    duplicates_rate: float  # share of captured victims entered a second time
    comment: str  # the mapping file's header comment
    # The documented long-run share of records with each kind of error (noise.KINDS).
    error_rates: ClassVar[dict[str, tuple[float, float]]]

    def __init__(self, out: Path, seed: int, on_record: RecordHook) -> None:
        self.path = out / self.file_name
        self.mapping_path = out / (self.path.stem + ".yaml")
        self.capture_rng = random.Random(f"{seed}:{self.name}:capture")
        self.rng = random.Random(f"{seed}:{self.name}:rows")
        self.tally = Tally()
        self.duplicates = 0
        self.unnamed = 0
        self._on_record = on_record
        self._pending: list[tuple[int, int, Victim]] = []
        self._sink: Sink | None = None

    # What each list says for itself --------------------------------------------------

    @abstractmethod
    def capture(self, victim: Victim) -> float:
        """The chance this list records the victim."""

    @abstractmethod
    def open(self) -> Sink:
        """The file the rows go to, with its header written."""

    @abstractmethod
    def row(self, victim: Victim, key: str, flags: set[str], repeat: bool) -> Any:
        """The victim's row; adds the error kinds it made to `flags`. `repeat` is true for a
        second entry of someone already on the list."""

    @abstractmethod
    def mapping(self) -> dict[str, Any]:
        """The rasd mapping that imports the file."""

    @abstractmethod
    def key(self, number: int, victim: Victim) -> str:
        """The record key of the list's number-th record (numbered from 1)."""

    def register_key(self, key: str) -> str:
        """The key as the register will hold it (the importer reads Eastern digits as ASCII),
        so truth_records.csv joins with the register's records and `rasd export links`."""
        return key

    # Shared machinery ----------------------------------------------------------------

    def offer(self, victim: Victim) -> bool:
        """Records the victim if the list captures them; True if it did."""
        if self._sink is None:
            self._sink = self.open()
        captured = self.capture_rng.random() < self.capture(victim)
        if captured:
            self._write(victim, repeat=False)
            if self.capture_rng.random() < self.duplicates_rate:
                due = self.tally.records + self.capture_rng.randint(1, _DUPLICATE_DELAY)
                heapq.heappush(self._pending, (due, victim.number, victim))
        while self._pending and self._pending[0][0] <= self.tally.records:
            self._write(heapq.heappop(self._pending)[2], repeat=True)
        return captured

    def _write(self, victim: Victim, *, repeat: bool) -> None:
        assert self._sink is not None
        key = self.key(self.tally.records + 1, victim)
        flags: set[str] = set()
        self._sink.write(self.row(victim, key, flags, repeat))
        if "unnamed" in flags:
            self.unnamed += 1
            flags.discard("unnamed")
        self.duplicates += repeat
        self.tally.add(flags)
        self._on_record(self.name, self.register_key(key), victim.id, flags)

    def close(self) -> None:
        """Writes the pending duplicates, closes the file and writes the mapping."""
        if self._sink is None:
            self._sink = self.open()
        while self._pending:
            self._write(heapq.heappop(self._pending)[2], repeat=True)
        self._sink.close()
        write_mapping(self.mapping_path, self.comment, self.mapping())
