"""A local councils' list of the dead of Rif Dimashq, kept in a spreadsheet and saved as text.

Format: csv, UTF-8 without BOM, semicolons, CRLF, Eastern Arabic digits (٠-٩) in keys, ages,
years and dates. Separate columns for the first name, father, grandfather (often empty),
family name and mother. The year of birth (المواليد) or the age, "حوالي ٦٠" when estimated
and "٣ أشهر" for an infant. Dates with Levantine month names ("١٥ آذار ٢٠١٣"), year first
("٢٠١٣/٠٥/١٢") or day first ("١٢/٠٥/٢٠١٣"). The governorate is the same for every row, so
the mapping gives it as a constant. The place is the victim's own town, even for those who
died in custody elsewhere.

Coverage: only people of Rif Dimashq, but most of them (about 60%), whatever their
visibility; fewer of those who died in custody.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from rasd.synth.dates import (
    LEVANTINE,
    DateNoise,
    ascii_digits,
    eastern,
    noisy,
    numeric,
    worded,
)
from rasd.synth.files import CsvSink
from rasd.synth.lists.base import SourceList, logistic
from rasd.synth.lists.common import NameErrors, Words, arabic_parts
from rasd.synth.noise import ar_spelling, ar_typo
from rasd.synth.population import Victim

_COMMENT = __doc__ or ""
_HEADER = ["الرقم", "الاسم", "اسم الأب", "اسم الجد", "الكنية", "اسم الأم", "الجنس",
           "المواليد", "العمر", "تاريخ الاستشهاد", "البلدة", "سبب الاستشهاد", "الجهة المسؤولة"]
GOVERNORATE = "ريف دمشق"
_NAMES = NameErrors(typo=0.04, spelling=0.1, compound=0.3, article=0.1,
                    drop_grandfather=0.25, drop_father=0.01)
_DATES = DateNoise(shift=0.03, swap=0.02, month=0.07, year=0.01)
_SEX = Words({"male": ("ذكر",), "female": ("أنثى",)}, missing=0.01, field="sex")
CAUSE = Words({
    "shelling": ("قذيفة", "قصف مدفعي"),
    "airstrike": ("غارة", "برميل"),
    "shooting": ("رصاص قناص", "إطلاق نار"),
    "torture": ("تعذيب في المعتقل",),
    "siege": ("حصار",),
    "execution": ("إعدام ميداني",),
    "chemical": ("السلاح الكيماوي",),
    "explosion": ("تفجير",),
    "other": ("غير ذلك",),
    "unknown": ("غير معروف",),
}, missing=0.02, confused=0.02, field="cause")
PERPETRATOR = Words({
    "syrian_regime": ("قوات النظام",),
    "russia": ("الطيران الروسي",),
    "iran_backed_militias": ("الميليشيات الإيرانية",),
    "isis": ("داعش",),
    "hts": ("النصرة",),
    "opposition": ("فصائل المعارضة",),
    "sdf": ("قسد",),
    "coalition": ("التحالف",),
    "other": ("غير ذلك",),
    "unknown": ("غير معروف",),
}, missing=0.04, field="perpetrator")


class CouncilList(SourceList):
    name = "local-councils"
    file_name = "council-rif-dimashq.csv"
    duplicates_rate = 0.02
    comment = _COMMENT
    # Long-run share of records with each error (noise.KINDS); truth.json has the measured.
    error_rates: ClassVar[dict[str, tuple[float, float]]] = {
        "typo": (0.047, 0.09), "spelling": (0.054, 0.1), "compound": (0.093, 0.18),
        "article": (0.069, 0.13), "dropped_part": (0.18, 0.35), "date_shift": (0.022, 0.042),
        "date_swap": (0.0043, 0.0084), "date_month": (0.051, 0.098), "date_year": (0.0066, 0.013),
        "place_coarse": (0.028, 0.054), "place_spelling": (0.0031, 0.0061),
        "place_other": (0.031, 0.06), "age_noise": (0.016, 0.031), "missing_age": (0.068, 0.13),
        "missing_sex": (0.0066, 0.013), "missing_cause": (0.015, 0.029),
        "missing_perpetrator": (0.028, 0.054), "cause_confused": (0.012, 0.024),
    }

    def capture(self, victim: Victim) -> float:
        if victim.home.governorate.ar != GOVERNORATE:
            return 0.0
        return logistic(0.45 + 0.3 * victim.visibility - 0.5 * victim.detained)

    def open(self) -> CsvSink:
        return CsvSink(self.path, _HEADER, encoding="utf-8", delimiter=";")

    def key(self, number: int, victim: Victim) -> str:
        return eastern(str(number))

    def register_key(self, key: str) -> str:
        return ascii_digits(key)

    def row(self, victim: Victim, key: str, flags: set[str], repeat: bool) -> list[str]:
        rng = self.rng
        parts = arabic_parts(victim, _NAMES, rng, flags)
        mother = victim.mother.ar
        if rng.random() < 0.12:
            mother = ""
        elif rng.random() < 0.03:
            mother = ar_typo(mother, rng)
            flags.add("typo")
        town = victim.home.ar
        if victim.detained:
            flags.add("place_other")
        roll = rng.random()
        if roll < 0.04:
            town = victim.home.district.ar
            flags.add("place_coarse")
        elif roll < 0.08 and (variant := ar_spelling(town, rng)):
            town = variant
            flags.add("place_spelling")
        born, age = self._born(victim, rng, flags)
        return [key, parts.first, parts.father or "", parts.grandfather or "",
                parts.family or "", mother,
                _SEX.say("female" if victim.female else "male", rng, flags), born, age,
                self._date(victim, rng, flags), town, CAUSE.say(victim.cause, rng, flags),
                PERPETRATOR.say(victim.perpetrator, rng, flags)]

    def _born(self, victim: Victim, rng: random.Random, flags: set[str]) -> tuple[str, str]:
        roll = rng.random()
        if roll < 0.1:
            flags.add("missing_age")
            return "", ""
        if roll < 0.6 and victim.age > 0:
            # A year of birth: the age follows only to within a year, as in the real lists.
            return eastern(str(victim.day.year - victim.age - rng.randint(0, 1))), ""
        if victim.age == 0:
            return "", eastern(f"{rng.randint(1, 11)} أشهر")
        if victim.age >= 40 and rng.random() < 0.2:
            guess = 5 * round(victim.age / 5)
            if guess != victim.age:
                flags.add("age_noise")
            return "", "حوالي " + eastern(str(guess))
        return "", eastern(str(victim.age))

    def _date(self, victim: Victim, rng: random.Random, flags: set[str]) -> str:
        written = noisy(victim.day, _DATES, rng, flags)
        roll = rng.random()
        if roll < 0.5:
            return eastern(worded(written, LEVANTINE))
        return eastern(numeric(written, "YMD" if roll < 0.75 else "DMY"))

    def mapping(self) -> dict[str, Any]:
        return {
            "source": self.name,
            "read": {"delimiter": ";", "encoding": "utf-8"},
            "columns": {"record_key": "الرقم", "first_name": "الاسم", "father_name": "اسم الأب",
                        "grandfather_name": "اسم الجد", "family_name": "الكنية",
                        "mother_name": "اسم الأم", "sex": "الجنس", "birth_year": "المواليد",
                        "age": "العمر", "date_of_death": "تاريخ الاستشهاد",
                        "locality": "البلدة", "cause": "سبب الاستشهاد",
                        "perpetrator": "الجهة المسؤولة"},
            "values": {"sex": _SEX.values(), "cause": CAUSE.values(),
                       "perpetrator": PERPETRATOR.values()},
            "unmapped": {"cause": "unknown", "perpetrator": "unknown"},
            "constants": {"governorate": GOVERNORATE},
            "dates": {"order": "DMY"},
        }
