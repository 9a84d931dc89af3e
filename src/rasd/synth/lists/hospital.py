"""A field-hospital network's register of deaths in Aleppo and Idlib.

Format: xlsx, a notes sheet first and the register on the sheet "الوفيات". Exact dates as
date cells (some with the hour of death, a few typed as text day first), the hospital and its
district, Arabic words for the injury (some typed in English). Names as the family gave them,
often without the grandfather; unidentified bodies as "مجهول الهوية" or "Unidentified male,
about 30", with sex and an estimated age. No perpetrator: a hospital does not know it.

Coverage: only deaths by injury (shelling, air strikes, shooting, explosions, chemical attacks)
from mid-2012, about half of those in the four districts it serves and a few brought in from
the other districts of the two governorates, registered under the hospital's district. No
deaths in custody at all: negative dependence with the detainees' list.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from typing import Any, ClassVar

from rasd.synth.dates import DateNoise, noisy, numeric
from rasd.synth.files import Cell, XlsxSink
from rasd.synth.lists.base import SourceList, logistic
from rasd.synth.lists.common import NameErrors, Words, arabic_full, arabic_parts
from rasd.synth.places import LOCALITIES, District
from rasd.synth.population import Victim

_COMMENT = __doc__ or ""
_HEADER = ["رقم القيد", "الاسم", "الجنس", "العمر", "تاريخ الوفاة", "المشفى", "المنطقة",
           "المحافظة", "نوع الإصابة", "ملاحظات"]
SHEET = "الوفيات"
# The districts it serves, each with its hospital.
HOSPITALS = {"جبل سمعان": "مشفى القدس", "أعزاز": "مشفى أعزاز الوطني",
             "إدلب": "مشفى إدلب المركزي", "معرة النعمان": "مشفى المعرة الميداني"}
_INJURIES = ("shelling", "airstrike", "shooting", "explosion", "chemical")
_NAMES = NameErrors(typo=0.05, spelling=0.15, compound=0.3, article=0.06,
                    drop_grandfather=0.65, drop_father=0.12)
_DATES = DateNoise(shift=0.03)
_UNIDENTIFIED = 0.08
_SEX = Words({"male": ("ذكر", "M"), "female": ("أنثى", "F")})
CAUSE = Words({
    "shelling": ("شظايا قذيفة", "قصف", "Shrapnel"),
    "airstrike": ("قصف جوي", "برميل متفجر", "Airstrike"),
    "shooting": ("طلق ناري", "Gunshot"),
    "explosion": ("انفجار", "سيارة مفخخة", "Blast injury"),
    "chemical": ("اختناق بغازات سامة", "Chemical exposure"),
}, confused=0.05, field="cause")


class HospitalList(SourceList):
    name = "field-hospital"
    file_name = "hospital-register.xlsx"
    duplicates_rate = 0.015
    comment = _COMMENT
    # Long-run share of records with each error (noise.KINDS); truth.json has the measured.
    error_rates: ClassVar[dict[str, tuple[float, float]]] = {
        "typo": (0.031, 0.059), "spelling": (0.076, 0.15), "compound": (0.067, 0.13),
        "article": (0.039, 0.075), "dropped_part": (0.45, 0.87), "date_shift": (0.022, 0.042),
        "place_other": (0.059, 0.11), "age_noise": (0.11, 0.2), "missing_age": (0.095, 0.18),
        "missing_sex": (0.0057, 0.011), "cause_confused": (0.028, 0.054),
    }

    def capture(self, victim: Victim) -> float:
        if victim.cause not in _INJURIES or victim.day < date(2012, 7, 1):
            return 0.0
        if victim.place.governorate.en not in ("Aleppo", "Idlib"):
            return 0.0
        x = 0.1 if victim.place.district.ar in HOSPITALS else -2.0
        x += 0.3 * (victim.child or victim.female)
        return logistic(x)

    def open(self) -> XlsxSink:
        notes = [["سجل الوفيات - شبكة المشافي الميدانية"],
                 ["المشافي:", *HOSPITALS.values()],
                 ["الجثث مجهولة الهوية مسجلة باسم: مجهول الهوية"]]
        return XlsxSink(self.path, SHEET, _HEADER, notes)

    def key(self, number: int, victim: Victim) -> str:
        return f"{victim.day.year}/{number:06d}"

    def row(self, victim: Victim, key: str, flags: set[str], repeat: bool) -> list[Cell]:
        rng = self.rng
        district = victim.place.district
        if district.ar not in HOSPITALS:
            # Brought in from elsewhere: registered under the hospital's own district.
            district = next(d for d in _SERVED if d.governorate is district.governorate)
            flags.add("place_other")
        unidentified = rng.random() < _UNIDENTIFIED
        if unidentified:
            name, age = self._unidentified(victim, rng, flags)
        else:
            name = arabic_full(arabic_parts(victim, _NAMES, rng, flags), victim, _NAMES, rng,
                               flags)
            age = self._age(victim, rng, flags)
        sex = _SEX.say("female" if victim.female else "male", rng, flags)
        if unidentified and rng.random() < 0.1:
            sex = ""
            flags.add("missing_sex")
        cause = CAUSE.say(victim.cause, rng, flags)
        note = "وصل متوفياً" if rng.random() < 0.3 else ""
        return [key, name, sex, age,
                self._date(victim, rng, flags), HOSPITALS[district.ar], district.ar,
                district.governorate.ar, cause, note]

    def _unidentified(self, victim: Victim, rng: random.Random, flags: set[str]
                      ) -> tuple[str, Cell]:
        flags.update(("unnamed", "age_noise"))
        guess = max(1, 5 * round((victim.age + rng.randint(-6, 6)) / 5))
        if rng.random() < 0.3:
            who = "child" if guess < 18 else "female" if victim.female else "male"
            return f"Unidentified {who}, about {guess}", f"~{guess}"
        word = ("طفل مجهول الهوية" if guess < 18 else "امرأة مجهولة الهوية" if victim.female
                else rng.choice(("مجهول الهوية", "جثة مجهولة الهوية", "مجهول")))
        return word, (f"{guess}-{guess + 5}" if rng.random() < 0.4 else f"~{guess}")

    def _age(self, victim: Victim, rng: random.Random, flags: set[str]) -> Cell:
        if rng.random() < 0.15:
            flags.add("missing_age")
            return None
        if victim.age >= 15 and rng.random() < 0.15:
            guess = 5 * round(victim.age / 5)
            if guess != victim.age:
                flags.add("age_noise")
            return f"~{guess}"
        return victim.age

    def _date(self, victim: Victim, rng: random.Random, flags: set[str]) -> Cell:
        written = noisy(victim.day, _DATES, rng, flags)
        roll = rng.random()
        if roll < 0.05:
            return numeric(written, "DMY")
        day = written.day
        if roll < 0.15:
            return datetime(day.year, day.month, day.day, rng.randint(0, 23),
                            rng.choice((0, 10, 15, 20, 30, 40, 45, 50)))
        return day

    def mapping(self) -> dict[str, Any]:
        return {
            "source": self.name,
            "read": {"sheet": SHEET},
            "columns": {"record_key": "رقم القيد", "full_name": "الاسم", "sex": "الجنس",
                        "age": "العمر", "date_of_death": "تاريخ الوفاة",
                        "district": "المنطقة", "governorate": "المحافظة",
                        "cause": "نوع الإصابة", "notes": "ملاحظات"},
            "values": {"sex": _SEX.values(), "cause": CAUSE.values()},
            "dates": {"order": "DMY"},
        }


def _served() -> list[District]:
    seen: dict[str, District] = {}
    for place in LOCALITIES:
        if place.district.ar in HOSPITALS:
            seen.setdefault(place.district.ar, place.district)
    return list(seen.values())


_SERVED = _served()
