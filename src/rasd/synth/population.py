"""The dead, with the truth about each: who they were (four-part name, mother, sex, age), when,
where, how and by whom they were killed, and who died with them.

Incidents kill individuals and households. In a household the children carry their father's
first name as father_name and his father's as grandfather_name, and share his family name, so
siblings differ in their first name only: the hardest negatives a linker meets. A victim's
"visibility" (how public the death was) is shared in part by everyone in the same incident.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from rasd.synth.conflict import Conflict, Incident, month_budgets
from rasd.synth.names import Family, Given, NameBook
from rasd.synth.places import Locality

# cause: (share of children, share of women among adults, share of incidents killing families)
_DEMOGRAPHY: dict[str, tuple[float, float, float]] = {
    "shooting": (0.07, 0.05, 0.06), "torture": (0.01, 0.02, 0.0),
    "execution": (0.08, 0.06, 0.35), "shelling": (0.2, 0.16, 0.45),
    "airstrike": (0.24, 0.17, 0.55), "chemical": (0.3, 0.3, 0.7),
    "siege": (0.3, 0.28, 0.4), "explosion": (0.13, 0.1, 0.2),
    "other": (0.1, 0.08, 0.1), "unknown": (0.08, 0.05, 0.05),
}
# How many of one household die together: 2 to 8, mostly 2-4.
_DEAD_IN_HOUSEHOLD = (2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8)
_NAMED_AFTER_GRANDFATHER = 0.15


@dataclass(slots=True, eq=False)
class Victim:
    """One person killed, as the truth knows them."""

    number: int
    incident: Incident
    household: int  # 0: died without kin in the same incident
    first: Given
    father: Given
    grandfather: Given
    family: Family
    mother: Given
    female: bool
    age: int
    home: Locality  # where they lived: the place of death except for deaths in custody
    visibility: float

    @property
    def id(self) -> str:
        return f"V{self.number:07d}"

    @property
    def day(self) -> date:
        return self.incident.day

    @property
    def place(self) -> Locality:
        return self.incident.place

    @property
    def cause(self) -> str:
        return self.incident.cause

    @property
    def perpetrator(self) -> str:
        return self.incident.perpetrator

    @property
    def child(self) -> bool:
        return self.age < 18

    @property
    def detained(self) -> bool:
        """Died in custody (the place of death is a detention place)."""
        return self.incident.place.detention


@dataclass(slots=True)
class _Person:
    first: Given
    father: Given
    grandfather: Given
    family: Family
    mother: Given
    female: bool
    age: int


class Population:
    """Yields the victims month by month, `total` in all."""

    def __init__(self, rng: random.Random, book: NameBook, total: int) -> None:
        self.rng = rng
        self.book = book
        self.total = total
        self.conflict = Conflict()
        self._households = 0

    def victims(self) -> Iterator[Victim]:
        number = 0
        rng = self.rng
        for year, month, budget in month_budgets(self.total):
            for incident, home in self.conflict.incidents(rng, year, month, budget, self.total):
                shared = rng.gauss(0.0, 1.0)
                for household, person in self._people(incident, home):
                    number += 1
                    visibility = 0.6 * shared + 0.8 * rng.gauss(0.0, 1.0)
                    yield Victim(number, incident, household, person.first, person.father,
                                 person.grandfather, person.family, person.mother,
                                 person.female, person.age, home, visibility)

    def _people(self, incident: Incident, home: Locality) -> Iterator[tuple[int, _Person]]:
        rng = self.rng
        children, women, families = _DEMOGRAPHY[incident.cause]
        left = incident.size
        kin = left >= 2 and rng.random() < families
        while left > 0:
            if kin and left >= 2:
                dead = min(left, rng.choice(_DEAD_IN_HOUSEHOLD))
                self._households += 1
                for person in self._household(home, dead, incident.cause):
                    yield self._households, person
                left -= dead
                kin = rng.random() < 0.6  # more households, or the rest died alone
                continue
            child = rng.random() < children
            female = rng.random() < (0.5 if child else women)
            age = rng.randint(0, 17) if child else _adult_age(rng, female)
            yield 0, self._individual(home, female, age)
            left -= 1

    def _individual(self, home: Locality, female: bool, age: int) -> _Person:
        rng, book = self.rng, self.book
        father = book.given(rng, male=True)
        grandfather = book.given(rng, male=True)
        first = book.given(rng, male=not female)
        if not female and rng.random() < _NAMED_AFTER_GRANDFATHER:
            first = grandfather
        return _Person(first, father, grandfather, book.family_in(rng, home),
                       book.given(rng, male=False), female, age)

    def _household(self, home: Locality, dead: int, cause: str) -> list[_Person]:
        """`dead` members of one household: some of father, mother and their children."""
        rng = self.rng
        father_age = int(rng.triangular(24, 70, 35))
        father = self._individual(home, False, father_age)
        mother_age = max(18, father_age - rng.randint(0, 10))
        mother = self._individual(home, True, mother_age)
        if rng.random() < 0.2:  # married within the clan
            mother.family = father.family
        parents = [p for p, chance in ((father, 0.4), (mother, 0.55)) if rng.random() < chance]
        parents = parents[:dead - 1]  # at least one child: that is what makes it a family
        kids_needed = dead - len(parents)
        eldest = max(0, min(mother_age - 17, 30))
        used = {father.first.index}
        kids: list[_Person] = []
        for _ in range(kids_needed):
            female = rng.random() < 0.5
            first = self.book.given(rng, male=not female)
            for _retry in range(5):  # siblings rarely share a first name
                if first.index not in used:
                    break
                first = self.book.given(rng, male=not female)
            used.add(first.index)
            if not kids and not female and rng.random() < _NAMED_AFTER_GRANDFATHER:
                first = father.father
            age = rng.randint(0, eldest) if eldest else 0
            kids.append(_Person(first, father.first, father.father, father.family,
                                mother.first, female, age))
        return parents + kids


def _adult_age(rng: random.Random, female: bool) -> int:
    return int(rng.triangular(18, 85, 35)) if female else int(rng.triangular(18, 75, 26))
