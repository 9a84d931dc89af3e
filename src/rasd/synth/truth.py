"""The truth about a synthetic world, written as the world is made.

truth_records.csv   source, record_key, victim_id, errors: every record of every list and
                    the kinds of error written into it (rasd.synth.ERROR_KINDS)
truth_victims.csv   every victim as the truth knows them, with the lists that recorded them
truth.json          true N, observed N, the capture-pattern table with the unobserved cell,
                    counts of all true victims, and per list its records, duplicates,
                    unnamed records and measured error rates
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import IO, Any

from rasd.synth.lists.base import SourceList
from rasd.synth.population import Victim

RECORDS_FILE, VICTIMS_FILE, SUMMARY_FILE = "truth_records.csv", "truth_victims.csv", "truth.json"
_VICTIM_HEADER = ["victim_id", "incident_id", "household_id", "first_name", "father_name",
                  "grandfather_name", "family_name", "mother_name", "sex", "age",
                  "date_of_death", "governorate", "district", "locality", "home_locality",
                  "cause", "perpetrator", "incident_size", "captured"]


def age_group(victim: Victim) -> str:
    return "child" if victim.child else "adult"


class Truth:
    """Accumulates the truth while victims and records stream past; memory stays flat."""

    def __init__(self, out: Path, seed: int) -> None:
        self.out = out
        self.seed = seed
        self.victims = 0
        self.observed = 0
        self.patterns: Counter[str] = Counter()
        self.counts: dict[str, Counter[str]] = {
            name: Counter() for name in
            ("age_group", "sex", "year", "governorate", "perpetrator", "cause")}
        self._records_file: IO[str] = open(  # noqa: SIM115
            out / RECORDS_FILE, "w", encoding="utf-8", newline="")
        self._records = csv.writer(self._records_file, lineterminator="\n")
        self._records.writerow(["source", "record_key", "victim_id", "errors"])
        self._victims_file: IO[str] = open(  # noqa: SIM115
            out / VICTIMS_FILE, "w", encoding="utf-8", newline="")
        self._victims = csv.writer(self._victims_file, lineterminator="\n")
        self._victims.writerow(_VICTIM_HEADER)

    def record(self, source: str, key: str, victim_id: str, errors: set[str]) -> None:
        self._records.writerow((source, key, victim_id, " ".join(sorted(errors))))

    def victim(self, victim: Victim, pattern: str) -> None:
        self.victims += 1
        self.observed += "1" in pattern
        self.patterns[pattern] += 1
        counts = self.counts
        sex = "female" if victim.female else "male"
        counts["age_group"][age_group(victim)] += 1
        counts["sex"][sex] += 1
        counts["year"][str(victim.day.year)] += 1
        counts["governorate"][victim.place.governorate.en] += 1
        counts["perpetrator"][victim.perpetrator] += 1
        counts["cause"][victim.cause] += 1
        place = victim.place
        self._victims.writerow((
            victim.id, victim.incident.id, victim.household or "", victim.first.ar,
            victim.father.ar, victim.grandfather.ar, victim.family.ar, victim.mother.ar, sex,
            victim.age, victim.day.isoformat(), place.governorate.en, place.district.latin[0],
            place.latin[0], victim.home.latin[0], victim.cause, victim.perpetrator,
            victim.incident.size, pattern))

    def close(self, lists: list[SourceList]) -> dict[str, Any]:
        """Closes the csv files and writes truth.json; returns what it wrote."""
        self._records_file.close()
        self._victims_file.close()
        self.patterns.setdefault("0" * len(lists), 0)  # the unobserved cell, even if empty
        summary = {
            "seed": self.seed,
            "victims": self.victims,
            "observed": self.observed,
            "lists": [source.name for source in lists],
            "capture_patterns": dict(sorted(self.patterns.items(), reverse=True)),
            "counts": {name: dict(sorted(counter.items()))
                       for name, counter in self.counts.items()},
            "records": {source.name: source.tally.records for source in lists},
            "duplicates": {source.name: source.duplicates for source in lists},
            "unnamed": {source.name: source.unnamed for source in lists},
            "error_rates": {source.name: source.tally.shares() for source in lists},
        }
        text = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
        (self.out / SUMMARY_FILE).write_text(text, encoding="utf-8")
        return summary
