"""When, where, how and by whom people were killed: the conflict's shape from March 2011 to
December 2024, as weights that follow the documented intensity (2012-2016 heaviest) and the
front lines (Homs in 2012, Aleppo to 2016, Raqqa and Deir ez-Zor in 2017, Idlib after 2018)."""

from __future__ import annotations

import calendar
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from rasd.synth.names import Weighted
from rasd.synth.places import BY_NAME, DETENTION, GOVERNORATES, Governorate, Locality, localities_of

T = TypeVar("T")

FIRST_MONTH, LAST_MONTH = (2011, 3), (2024, 12)

# Share of all deaths in each year (relative); the first year starts in March.
_YEARS = {2011: 4.5, 2012: 30, 2013: 27, 2014: 19, 2015: 15, 2016: 12, 2017: 8, 2018: 5.5,
          2019: 2.2, 2020: 1.3, 2021: 0.8, 2022: 0.6, 2023: 0.5, 2024: 0.4}

# Governorates by period (relative; a governorate not named gets _ELSEWHERE).
_ELSEWHERE = 0.6
_FRONTS: list[tuple[int, dict[str, float]]] = [
    (2011, {"Homs": 30, "Daraa": 20, "Idlib": 12, "Hama": 12, "Rif Dimashq": 12,
            "Damascus": 5, "Latakia": 3, "Deir ez-Zor": 4, "Aleppo": 2}),
    (2012, {"Homs": 20, "Aleppo": 15, "Rif Dimashq": 18, "Idlib": 12, "Daraa": 10,
            "Hama": 8, "Damascus": 7, "Deir ez-Zor": 6}),
    (2013, {"Aleppo": 22, "Rif Dimashq": 22, "Homs": 10, "Idlib": 8, "Daraa": 10, "Hama": 6,
            "Damascus": 8, "Deir ez-Zor": 6, "Raqqa": 3}),
    (2014, {"Aleppo": 26, "Rif Dimashq": 18, "Daraa": 10, "Idlib": 10, "Hama": 7,
            "Deir ez-Zor": 8, "Raqqa": 6, "Homs": 5, "Damascus": 4, "Al-Hasakah": 2}),
    (2015, {"Aleppo": 22, "Idlib": 15, "Rif Dimashq": 18, "Daraa": 10, "Deir ez-Zor": 8,
            "Raqqa": 7, "Hama": 7, "Homs": 5, "Al-Hasakah": 3}),
    (2016, {"Aleppo": 35, "Idlib": 15, "Rif Dimashq": 12, "Deir ez-Zor": 8, "Raqqa": 6,
            "Daraa": 6, "Hama": 6, "Homs": 5}),
    (2017, {"Raqqa": 18, "Deir ez-Zor": 20, "Idlib": 15, "Rif Dimashq": 15, "Hama": 8,
            "Aleppo": 7, "Daraa": 7, "Homs": 5}),
    (2018, {"Rif Dimashq": 35, "Idlib": 22, "Deir ez-Zor": 10, "Daraa": 10, "Hama": 6,
            "Aleppo": 6, "As-Suwayda": 4, "Raqqa": 3}),
    (2019, {"Idlib": 55, "Hama": 15, "Aleppo": 10, "Deir ez-Zor": 8, "Daraa": 5,
            "Al-Hasakah": 4}),
    (2020, {"Idlib": 50, "Aleppo": 20, "Al-Hasakah": 6, "Daraa": 10, "Deir ez-Zor": 8,
            "Raqqa": 4}),
    (2021, {"Idlib": 35, "Daraa": 25, "Aleppo": 15, "Deir ez-Zor": 10, "Al-Hasakah": 5,
            "Raqqa": 5}),
]

CAUSES = ("shelling", "airstrike", "shooting", "torture", "siege", "execution", "chemical",
          "explosion", "other", "unknown")
# Causes by period, as shares of the dead (not of incidents): shooting of protesters first,
# then artillery, then the air war.
_CAUSE_PERIODS: list[tuple[int, tuple[float, ...]]] = [
    (2011, (8, 0, 70, 8, 0, 8, 0, 0, 3, 3)),
    (2012, (30, 10, 30, 5, 0, 12, 0, 5, 4, 4)),
    (2013, (30, 20, 20, 6, 2, 7, 0.5, 6, 3, 4)),
    (2014, (25, 30, 14, 7, 4, 7, 0.3, 6, 3, 4)),
    (2017, (22, 35, 12, 5, 3, 6, 0.2, 10, 3, 4)),
    (2021, (20, 10, 30, 5, 0, 5, 0, 20, 5, 5)),
]
# Where and when a siege killed people by hunger and lack of care (Eastern Ghouta, Darayya,
# Madaya, Yarmouk, old Homs, Deir ez-Zor city, eastern Aleppo).
_SIEGES: dict[str, tuple[int, int]] = {
    **dict.fromkeys(("دوما", "حرستا", "عربين", "زملكا", "سقبا", "كفربطنا", "عين ترما",
                     "حمورية"), (2013, 2018)),
    **dict.fromkeys(("داريا", "معضمية الشام"), (2013, 2016)),
    **dict.fromkeys(("مضايا", "الزبداني"), (2015, 2017)),
    "اليرموك": (2013, 2018),
    **dict.fromkeys(("حمص القديمة", "الخالدية", "الوعر"), (2012, 2016)),
    "دير الزور": (2015, 2017),
    **dict.fromkeys(("مساكن هنانو", "بستان القصر", "الصاخور", "الشعار"), (2016, 2016)),
}

PERPETRATORS = ("syrian_regime", "russia", "iran_backed_militias", "isis", "hts",
                "opposition", "sdf", "coalition", "other", "unknown")
_BY_CAUSE: dict[str, tuple[float, ...]] = {
    "shelling": (60, 4, 5, 6, 3, 10, 2, 0, 2, 8),
    "airstrike": (60, 30, 0, 0, 0, 0, 0, 12, 1, 3),
    "shooting": (55, 0, 4, 8, 4, 8, 4, 0, 4, 13),
    "torture": (92, 0, 0, 4, 1, 1, 1, 0, 1, 0),
    "siege": (85, 0, 5, 8, 0, 0, 0, 0, 0, 2),
    "execution": (45, 0, 8, 30, 6, 3, 0, 0, 2, 6),
    "chemical": (92, 0, 0, 6, 0, 0, 0, 0, 0, 2),
    "explosion": (10, 0, 0, 25, 8, 5, 2, 0, 12, 40),
    "other": (20, 0, 0, 0, 0, 0, 0, 0, 30, 50),
    "unknown": (10, 0, 0, 0, 0, 0, 0, 0, 5, 100),
}
_ISIS_LAND = {"Raqqa", "Deir ez-Zor", "Aleppo", "Al-Hasakah", "Homs", "Hama", "Rif Dimashq",
              "Damascus", "As-Suwayda"}
_SDF_LAND = {"Al-Hasakah", "Raqqa", "Aleppo", "Deir ez-Zor"}
_HTS_LAND = {"Idlib", "Aleppo", "Hama", "Latakia", "Rif Dimashq", "Daraa", "Quneitra"}
_COALITION_LAND = {"Raqqa", "Deir ez-Zor", "Aleppo", "Al-Hasakah", "Idlib"}
_QUIET = {"Tartus", "As-Suwayda", "Al-Hasakah", "Quneitra"}

# Mass-casualty events on their real dates, as shares of all deaths.
_EVENTS: list[tuple[date, str, str, str, float]] = [
    (date(2012, 5, 25), "الحولة", "execution", "syrian_regime", 0.0005),
    (date(2012, 8, 25), "داريا", "execution", "syrian_regime", 0.002),
    (date(2013, 8, 21), "زملكا", "chemical", "syrian_regime", 0.002),
    (date(2013, 8, 21), "عين ترما", "chemical", "syrian_regime", 0.0015),
    (date(2013, 8, 21), "معضمية الشام", "chemical", "syrian_regime", 0.0008),
    (date(2015, 6, 25), "عين العرب", "execution", "isis", 0.001),
    (date(2017, 4, 4), "خان شيخون", "chemical", "syrian_regime", 0.0004),
    (date(2018, 7, 25), "الشبكي", "execution", "isis", 0.001),
]


@dataclass(slots=True)
class Incident:
    """One event that killed `size` people: a day, a place, a cause and a perpetrator."""

    id: int
    day: date
    place: Locality
    cause: str
    perpetrator: str
    size: int


def _period(table: list[tuple[int, T]], year: int) -> T:
    chosen = table[0][1]
    for start, value in table:
        if year >= start:
            chosen = value
    return chosen


def month_budgets(total: int) -> list[tuple[int, int, int]]:
    """(year, month, deaths) for every month, summing exactly to `total`."""
    months = [(y, m) for y in range(FIRST_MONTH[0], LAST_MONTH[0] + 1) for m in range(1, 13)
              if FIRST_MONTH <= (y, m) <= LAST_MONTH]
    weights = [_YEARS[y] / (10 if y == 2011 else 12) for y, _m in months]
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    # Largest remainders first, ties by month order: deterministic and exact.
    order = sorted(range(len(months)), key=lambda i: (counts[i] - exact[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return [(y, m, n) for (y, m), n in zip(months, counts, strict=True)]


class Conflict:
    """Draws the incidents of each month."""

    def __init__(self) -> None:
        self._places = {g.index: Weighted(localities_of(g), [p.weight for p in localities_of(g)])
                        for g in GOVERNORATES}
        self._fronts: dict[int, Weighted[Governorate]] = {}
        self._causes: dict[tuple[int, bool], Weighted[str]] = {}
        self._perpetrators: dict[tuple[str, int, int, int], Weighted[str] | None] = {}
        self._next_id = 0

    def _front(self, year: int) -> Weighted[Governorate]:
        if year not in self._fronts:
            shares = _period(_FRONTS, year)
            self._fronts[year] = Weighted(GOVERNORATES,
                                          [shares.get(g.en, _ELSEWHERE) for g in GOVERNORATES])
        return self._fronts[year]

    def home(self, rng: random.Random, year: int) -> Locality:
        """A place where people lived and died in that year."""
        governorate = self._front(year).pick(rng)
        return self._places[governorate.index].pick(rng)

    def incidents(self, rng: random.Random, year: int, month: int, budget: int, total: int
                  ) -> Iterator[tuple[Incident, Locality]]:
        """The month's incidents in order of day, each with the victims' home locality."""
        drawn: list[tuple[Incident, Locality]] = []
        for day, place_ar, cause, perpetrator, share in _EVENTS:
            size = min(round(share * total), budget)
            if (day.year, day.month) == (year, month) and size >= 2:
                place = next(p for p in _ALL_PLACES if p.ar == place_ar)
                drawn.append((self._incident(day, place, cause, perpetrator, size), place))
                budget -= size
        days = calendar.monthrange(year, month)[1]
        first = 15 if (year, month) == FIRST_MONTH else 1
        while budget > 0:
            day = date(year, month, rng.randint(first, days))
            home = self.home(rng, year)
            cause = self._cause(rng, year, home)
            perpetrator = self._perpetrator(rng, cause, day, home.governorate)
            place = home
            if cause == "torture" and perpetrator == "syrian_regime":
                place = rng.choice(_FACILITIES)
            size = min(_size(rng, cause), budget)
            budget -= size
            drawn.append((self._incident(day, place, cause, perpetrator, size), home))
        drawn.sort(key=lambda item: (item[0].day, item[0].id))
        yield from drawn

    def _incident(self, day: date, place: Locality, cause: str, perpetrator: str,
                  size: int) -> Incident:
        self._next_id += 1
        return Incident(self._next_id, day, place, cause, perpetrator, size)

    def _cause(self, rng: random.Random, year: int, home: Locality) -> str:
        siege = _SIEGES.get(home.ar)
        besieged = siege is not None and siege[0] <= year <= siege[1]
        key = (year, besieged)
        if key not in self._causes:
            # Shares of the dead become shares of incidents by each cause's mean toll.
            shares: tuple[float, ...] = _period(_CAUSE_PERIODS, year)
            weights = [share / _MEAN_SIZE[cause]
                       for cause, share in zip(CAUSES, shares, strict=True)]
            # Only the besieged starve, and there hunger kills many.
            weights[CAUSES.index("siege")] *= 4 if besieged else 0
            self._causes[key] = Weighted(CAUSES, weights)
        return self._causes[key].pick(rng)

    def _perpetrator(self, rng: random.Random, cause: str, day: date,
                     governorate: Governorate) -> str:
        key = (cause, day.year, day.month, governorate.index)
        if key not in self._perpetrators:
            self._perpetrators[key] = _perpetrators(cause, day, governorate)
        chosen = self._perpetrators[key]
        return "unknown" if chosen is None else chosen.pick(rng)


def _perpetrators(cause: str, day: date, governorate: Governorate) -> Weighted[str] | None:
    """Who could have killed by this cause then and there, and how likely each was."""
    where, when = governorate.en, (day.year, day.month)
    allowed = {
        "russia": when >= (2015, 10) and where not in _QUIET,
        "coalition": when >= (2014, 9) and where in _COALITION_LAND,
        "isis": ((2013, 6) <= when <= (2019, 3) and where in _ISIS_LAND)
        or (where in ("Deir ez-Zor", "Homs") and when > (2019, 3)),
        "hts": when >= (2012, 1) and where in _HTS_LAND,
        "opposition": when >= (2011, 10) and where not in _QUIET,
        "sdf": when >= (2013, 1) and where in _SDF_LAND,
        "iran_backed_militias": when >= (2013, 1) and where not in _QUIET,
    }
    boost = {"isis": 4.0 if where in ("Raqqa", "Deir ez-Zor") else 1.0,
             "coalition": 3.0 if where == "Raqqa" and day.year == 2017 else 1.0,
             "sdf": 3.0 if where == "Al-Hasakah" else 1.0,
             "hts": 3.0 if where == "Idlib" and day.year >= 2017 else 1.0}
    weights = [w * boost.get(p, 1.0) if allowed.get(p, True) else 0.0
               for p, w in zip(PERPETRATORS, _BY_CAUSE[cause], strict=True)]
    if sum(weights) == 0:
        return None
    return Weighted(PERPETRATORS, weights)


_ALL_PLACES = [p for g in GOVERNORATES for p in localities_of(g)]
# Deaths in custody are registered mostly in Damascus: the branches, Saydnaya, Tishreen.
_FACILITIES = [p for p in DETENTION for _ in range(3 if p.governorate is BY_NAME["Damascus"]
                                                   else 2 if p.ar == "صيدنايا" else 1)]


def _size(rng: random.Random, cause: str) -> int:
    """How many one incident killed: mostly one, with a heavy tail for bombs and massacres."""
    single, scale, cap = {
        "shooting": (0.75, 1.0, 8), "torture": (1.0, 0.0, 1), "execution": (0.45, 3.0, 120),
        "shelling": (0.5, 1.5, 40), "airstrike": (0.35, 2.5, 80), "chemical": (0.1, 4.0, 150),
        "siege": (0.8, 0.5, 3), "explosion": (0.5, 3.0, 100), "other": (0.9, 0.5, 3),
        "unknown": (0.9, 0.5, 3),
    }[cause]
    if rng.random() < single:
        return 1
    return min(cap, 2 + int(scale * (rng.paretovariate(1.3) - 1) * 2))


# Each cause's mean toll per incident, measured once on a fixed stream.
def _mean_size(cause: str, draws: int = 4000) -> float:
    rng = random.Random(cause)
    return sum(_size(rng, cause) for _ in range(draws)) / draws


_MEAN_SIZE = {cause: _mean_size(cause) for cause in CAUSES}
