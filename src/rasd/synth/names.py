"""Names as the synthetic world draws them: Zipf-weighted given names, family names that
cluster by locality, and their Latin spellings in the styles lists write."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rasd.synth.family_names import FAMILY
from rasd.synth.given_names import FEMALE, MALE
from rasd.synth.places import LOCALITIES, Locality

T = TypeVar("T")

# Zipf exponents: a few given names (محمد, أحمد, فاطمة) are very common, family names less so.
_MALE_S, _FEMALE_S, _FAMILY_S = 1.0, 0.9, 0.85
# A locality's own clans: how many family names it has and how often a victim carries one.
_LOCAL_FAMILIES, _LOCAL_SHARE = 40, 0.5


@dataclass(frozen=True, slots=True, eq=False)
class Given:
    index: int
    ar: str
    latin: tuple[str, ...]
    male: bool


@dataclass(frozen=True, slots=True, eq=False)
class Family:
    index: int
    ar: str
    latin: tuple[str, ...]  # without the article
    article: bool  # written with ال


class Weighted(Generic[T]):
    """Draws items by weight with one random number and a binary search."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cum: list[float] = []
        total = 0.0
        for weight in weights:
            total += weight
            self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cum, rng.random() * self.total)]


def zipf(n: int, s: float) -> list[float]:
    return [1.0 / (rank + 1) ** s for rank in range(n)]


def _abd(second: str) -> tuple[str, ...]:
    # The four ways lists spell عبد + name: Abdulrahman, Abdul Rahman, Abd al-Rahman, Abdelrahman.
    return (f"Abdul{second.lower()}", f"Abdul {second}", f"Abd al-{second}",
            f"Abdel{second.lower()}")


def _parse(table: str) -> list[tuple[str, tuple[str, ...]]]:
    rows = []
    for line in table.strip().splitlines():
        ar, latin = (part.strip() for part in line.split("|"))
        spellings = _abd(latin[1:]) if latin.startswith("=") else latin.split("/")
        rows.append((ar, tuple(dict.fromkeys(s.strip() for s in spellings))))
    return rows


MALE_NAMES = [Given(i, ar, latin, True) for i, (ar, latin) in enumerate(_parse(MALE))]
FEMALE_NAMES = [Given(len(MALE_NAMES) + i, ar, latin, False)
                for i, (ar, latin) in enumerate(_parse(FEMALE))]


def _family_names() -> list[Family]:
    """The table's family names, then the rarer ones made from male given names, with and
    without ال (الماجد، ماجد), as many Syrian families are named after an ancestor."""
    rows = dict(_parse(FAMILY))
    for given in MALE_NAMES[:150]:  # the Arabic names; the rarest (Kurdish, Christian) not
        if " " in given.ar:
            continue
        rows.setdefault("ال" + given.ar, given.latin)
        rows.setdefault(given.ar, given.latin)
    return [Family(i, ar, latin, ar.startswith("ال")) for i, (ar, latin) in enumerate(rows.items())]


FAMILY_NAMES = _family_names()


class NameBook:
    """Draws names: given names by sex, family names by locality (clans cluster in place)."""

    def __init__(self, rng: random.Random) -> None:
        self.male = Weighted(MALE_NAMES, zipf(len(MALE_NAMES), _MALE_S))
        self.female = Weighted(FEMALE_NAMES, zipf(len(FEMALE_NAMES), _FEMALE_S))
        # The national ranking is shuffled a little, so the commonest family is not always first.
        ranked = list(FAMILY_NAMES)
        for i in range(len(ranked) - 1):
            if rng.random() < 0.3:
                ranked[i], ranked[i + 1] = ranked[i + 1], ranked[i]
        self.family = Weighted(ranked, zipf(len(ranked), _FAMILY_S))
        self.local: dict[int, Weighted[Family]] = {}
        for place in LOCALITIES:
            clans: dict[int, Family] = {}
            while len(clans) < _LOCAL_FAMILIES:
                family = self.family.pick(rng)
                clans.setdefault(family.index, family)
            self.local[place.index] = Weighted(list(clans.values()),
                                               zipf(len(clans), 1.0))

    def given(self, rng: random.Random, *, male: bool) -> Given:
        return (self.male if male else self.female).pick(rng)

    def family_in(self, rng: random.Random, place: Locality) -> Family:
        if rng.random() < _LOCAL_SHARE:
            return self.local[place.index].pick(rng)
        return self.family.pick(rng)


# How lists write the article of a family name in Latin, and how often (a style per list).
ARTICLE_STYLES = ("al-", "Al-", "Al ", "", "El-", "el-", "Al", "sun")
_SUN = ("Sh", "Th", "Dh", "Ts", "S", "T", "D", "R", "Z", "N")


def latin_family(family: Family, spelling: int, article: str) -> str:
    """A family name in Latin: the chosen spelling with the article written in one style."""
    base = family.latin[min(spelling, len(family.latin) - 1)]
    if not family.article or article == "":
        return base
    if article == "Al":
        return "Al" + base.lower()
    if article == "sun":
        # Academic style assimilates the article to a sun letter: ash-Shami, ar-Rifai.
        for letters in _SUN:
            if base.startswith(letters):
                return f"a{letters[0].lower()}{letters[1:].lower()}-{base}"
        return "al-" + base
    return article + base
