"""A detainees' families association's list of those who died in the regime's custody.

Format: csv in cp1256 (Arabic Windows, as old Excel saves it), comma, CRLF, ASCII digits.
The name as the civil registry gives it, the three-part "الاسم الثلاثي" (first, father,
family; the grandfather only now and then), with the mother's name and the year of birth.
The death is often known late and vaguely: only the year ("2014") or the month ("شباط 2014"),
or from a death certificate (day first, "12/2/2014"). The place is the prison or branch where
known. Every row is a death under torture by the regime, so cause and perpetrator are mapping
constants; the home governorate stays in the raw row.

Coverage: only deaths in the regime's custody, about a third of them, and mostly those the
networks miss: families come to the association when nobody published the death, so its
capture falls with the victim's visibility (negative dependence with the two networks).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar

from rasd.synth.dates import LEVANTINE, DateNoise, noisy, numeric, worded
from rasd.synth.files import CsvSink
from rasd.synth.lists.base import SourceList, logistic
from rasd.synth.lists.common import NameErrors, arabic_full, arabic_parts
from rasd.synth.population import Victim

_COMMENT = __doc__ or ""
_HEADER = ["م", "الاسم الثلاثي", "اسم الأم", "المواليد", "محافظة القيد", "الجنس",
           "تاريخ الاعتقال", "تاريخ الوفاة", "مكان الوفاة", "مصدر المعلومة"]
_NAMES = NameErrors(typo=0.05, spelling=0.15, compound=0.4, article=0.08, drop_father=0.03,
                    swap=0.05)
_DATES = DateNoise(shift=0.05, swap=0.03, month=0.25, year=0.2)
_SOURCES = ("شهادة معتقل سابق", "بيان وفاة من دائرة النفوس", "العائلة", "صور قيصر")


class DetaineesList(SourceList):
    name = "detainees-association"
    file_name = "detainee-deaths.csv"
    duplicates_rate = 0.04
    comment = _COMMENT
    # Long-run share of records with each error (noise.KINDS); truth.json has the measured.
    error_rates: ClassVar[dict[str, tuple[float, float]]] = {
        "typo": (0.037, 0.072), "spelling": (0.083, 0.16), "compound": (0.13, 0.25),
        "article": (0.056, 0.11), "dropped_part": (0.021, 0.041), "swapped_order": (0.039, 0.074),
        "date_shift": (0.036, 0.07), "date_swap": (0.0076, 0.015), "date_month": (0.18, 0.34),
        "date_year": (0.14, 0.28), "missing_place": (0.22, 0.42), "missing_age": (0.14, 0.27),
    }

    def capture(self, victim: Victim) -> float:
        if not victim.detained:
            return 0.0
        return logistic(-0.6 - 1.0 * victim.visibility)

    def open(self) -> CsvSink:
        return CsvSink(self.path, _HEADER, encoding="cp1256", delimiter=",")

    def key(self, number: int, victim: Victim) -> str:
        return str(number)

    def row(self, victim: Victim, key: str, flags: set[str], repeat: bool) -> list[str]:
        rng = self.rng
        parts = arabic_parts(victim, _NAMES, rng, flags)
        if rng.random() < 0.9:
            parts.grandfather = None  # the registry's triple name: not an error here
        name = arabic_full(parts, victim, _NAMES, rng, flags)
        mother = "" if rng.random() < 0.08 else victim.mother.ar
        born = "" if rng.random() < 0.2 else str(victim.day.year - victim.age - rng.randint(0, 1))
        if not born:
            flags.add("missing_age")
        written = noisy(victim.day, _DATES, rng, flags)
        died = (numeric(written, "DMY", pad=False) if rng.random() < 0.6
                else worded(written, LEVANTINE))
        arrested = victim.day - timedelta(days=rng.randint(20, 900))
        place = victim.place.ar
        if rng.random() < 0.3:
            place = ""
            flags.add("missing_place")
        source = rng.choice(_SOURCES if victim.day.year <= 2013 else _SOURCES[:3])
        return [key, name, mother, born, victim.home.governorate.ar,
                "أنثى" if victim.female else "ذكر",
                f"{arrested.day}/{arrested.month}/{arrested.year}", died, place, source]

    def mapping(self) -> dict[str, Any]:
        return {
            "source": self.name,
            "read": {"delimiter": ",", "encoding": "cp1256"},
            "columns": {"record_key": "م", "full_name": "الاسم الثلاثي",
                        "mother_name": "اسم الأم", "birth_year": "المواليد", "sex": "الجنس",
                        "date_of_death": "تاريخ الوفاة", "locality": "مكان الوفاة"},
            "values": {"sex": {"ذكر": "male", "أنثى": "female"}},
            "constants": {"cause": "torture", "perpetrator": "syrian_regime"},
            "dates": {"order": "DMY"},
        }
