"""Making a synthetic documentation world: victims, six lists with their mappings, the truth."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.synth.lists import LISTS
from rasd.synth.names import NameBook
from rasd.synth.population import Population
from rasd.synth.truth import RECORDS_FILE, SUMMARY_FILE, VICTIMS_FILE, Truth

# Called as (stage, done, total): stage "victims" while the world is made, "files" as the
# list files are closed.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ListFile:
    """One list of the world: its source name, file, mapping and what it holds."""

    name: str
    path: Path
    mapping: Path
    records: int
    duplicates: int  # second entries of someone already on the list
    unnamed: int  # records that name nobody ("مجهول الهوية", "unnamed woman")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "path": str(self.path), "mapping": str(self.mapping),
                "records": self.records, "duplicates": self.duplicates,
                "unnamed": self.unnamed}


@dataclass(frozen=True)
class World:
    """What `synthesize` wrote: the lists, the truth files, the true and observed N."""

    out: Path
    seed: int
    victims: int  # the true number of dead
    observed: int  # victims on at least one list
    lists: tuple[ListFile, ...]
    truth_records: Path
    truth_victims: Path
    truth_json: Path

    @property
    def records(self) -> int:
        return sum(item.records for item in self.lists)

    def to_dict(self) -> dict[str, Any]:
        return {"out": str(self.out), "seed": self.seed, "victims": self.victims,
                "observed": self.observed, "records": self.records,
                "lists": [item.to_dict() for item in self.lists],
                "truth_records": str(self.truth_records),
                "truth_victims": str(self.truth_victims), "truth_json": str(self.truth_json)}


def synthesize(out: Path, *, victims: int, seed: int, progress: Progress | None = None
               ) -> World:
    """Make a world of `victims` dead in `out`: the lists, a mapping for each, and the truth.

    The same seed and number of victims give the same bytes in every file. Rows are written
    as they are made, so memory stays flat however large the world.
    """
    if isinstance(victims, bool) or not isinstance(victims, int) or victims < 1:
        raise InputError("the number of victims must be a whole number of at least 1",
                         field="victims", value=victims)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    truth = Truth(out, seed)
    lists = [kind(out, seed, truth.record) for kind in LISTS]
    book = NameBook(random.Random(f"{seed}:names"))
    population = Population(random.Random(f"{seed}:population"), book, victims)
    step = max(1, victims // 100)
    for victim in population.victims():
        pattern = "".join("1" if source.offer(victim) else "0" for source in lists)
        truth.victim(victim, pattern)
        if progress is not None and (victim.number % step == 0 or victim.number == victims):
            progress("victims", victim.number, victims)
    for done, source in enumerate(lists, start=1):
        source.close()
        if progress is not None:
            progress("files", done, len(lists))
    truth.close(lists)
    return World(
        out=out, seed=seed, victims=truth.victims, observed=truth.observed,
        lists=tuple(ListFile(source.name, source.path, source.mapping_path,
                             source.tally.records, source.duplicates, source.unnamed)
                    for source in lists),
        truth_records=out / RECORDS_FILE, truth_victims=out / VICTIMS_FILE,
        truth_json=out / SUMMARY_FILE)
