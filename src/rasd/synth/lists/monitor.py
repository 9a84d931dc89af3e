"""A bilingual monitoring group's list: each name in Arabic and in Latin transliteration.

Format: tab-separated, UTF-8 without BOM, LF. The Latin name is written by many volunteers,
each in their own style (Mohammad/Mohammed/Muhammad/Mhd, Abdulrahman/Abd al-Rahman, al-Halabi/
Al Halabi/Halabi/El-Halabi). English words for sex (M/F), cause and perpetrator, places in
English, ISO dates (2013-05-12, or 2013-05 when only the month is known).

Coverage: about a third of all deaths, more in Aleppo and Idlib where its volunteers are, fewer
deaths in custody; shares the victims' visibility with the Arabic network.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from rasd.synth.dates import DateNoise, noisy, numeric
from rasd.synth.files import CsvSink
from rasd.synth.lists.base import SourceList, logistic
from rasd.synth.lists.common import Latin, NameErrors, Words, arabic_full, arabic_parts
from rasd.synth.population import Victim

_COMMENT = __doc__ or ""
_HEADER = ["case_id", "name_ar", "name_en", "gender", "age", "date", "governorate", "district",
           "town", "cause", "perpetrator", "status"]
_NAMES = NameErrors(typo=0.04, spelling=0.1, compound=0.25, article=0.04, honorific=0.03,
                    drop_grandfather=0.4, drop_father=0.02, swap=0.01)
_LATIN = Latin(usual=0.55, articles={"al-": 0.45, "Al-": 0.2, "Al ": 0.05, "": 0.15,
                                     "El-": 0.05, "sun": 0.05, "Al": 0.05}, typo=0.05)
_DATES = DateNoise(shift=0.04, swap=0.01, month=0.06, year=0.02)
_SEX = Words({"male": ("M",), "female": ("F",)}, missing=0.03, field="sex")
CAUSE = Words({
    "shelling": ("Shelling", "Mortar", "Artillery shelling"),
    "airstrike": ("Airstrike", "Barrel bomb", "Air raid"),
    "shooting": ("Gunfire", "Sniper", "Shooting"),
    "torture": ("Torture", "Died in detention"),
    "siege": ("Siege", "Starvation"),
    "execution": ("Execution", "Field execution"),
    "chemical": ("Chemical weapons", "Toxic gas"),
    "explosion": ("Explosion", "Car bomb", "Landmine", "IED"),
    "other": ("Other",),
    "unknown": ("Unknown",),
}, missing=0.04, confused=0.03, field="cause")
PERPETRATOR = Words({
    "syrian_regime": ("Government forces", "Regime forces", "SAA"),
    "russia": ("Russian forces", "Russian air force"),
    "iran_backed_militias": ("Iranian-backed militias", "Hezbollah"),
    "isis": ("ISIS", "IS", "Daesh"),
    "hts": ("HTS", "Nusra Front"),
    "opposition": ("Armed opposition", "FSA"),
    "sdf": ("SDF", "YPG"),
    "coalition": ("International coalition", "US-led coalition"),
    "other": ("Other",),
    "unknown": ("Unknown",),
}, missing=0.06, field="perpetrator")


class MonitorList(SourceList):
    name = "bilingual-monitor"
    file_name = "monitor-bilingual.tsv"
    duplicates_rate = 0.02
    comment = _COMMENT
    # Long-run share of records with each error (noise.KINDS); truth.json has the measured.
    error_rates: ClassVar[dict[str, tuple[float, float]]] = {
        "typo": (0.062, 0.12), "spelling": (0.053, 0.1), "compound": (0.071, 0.14),
        "article": (0.028, 0.054), "translit": (0.3, 0.58), "honorific": (0.022, 0.043),
        "dropped_part": (0.29, 0.56), "swapped_order": (0.0067, 0.013),
        "date_shift": (0.027, 0.053), "date_swap": (0.0025, 0.0049), "date_month": (0.041, 0.079),
        "date_year": (0.014, 0.027), "place_coarse": (0.055, 0.11), "place_spelling": (0.16, 0.31),
        "missing_age": (0.21, 0.41), "missing_sex": (0.022, 0.043), "missing_cause": (0.028, 0.053),
        "missing_perpetrator": (0.043, 0.083), "cause_confused": (0.018, 0.034),
    }

    def capture(self, victim: Victim) -> float:
        x = -0.7 + 1.0 * victim.visibility
        if victim.place.governorate.en in ("Aleppo", "Idlib"):
            x += 0.4
        if victim.detained:
            x -= 0.4
        if victim.day.year == 2011:
            x -= 0.5
        return logistic(x)

    def open(self) -> CsvSink:
        return CsvSink(self.path, _HEADER, encoding="utf-8", delimiter="\t", newline="\n")

    def key(self, number: int, victim: Victim) -> str:
        return f"MB-{number:06d}"

    def row(self, victim: Victim, key: str, flags: set[str], repeat: bool) -> list[str]:
        rng = self.rng
        parts = arabic_parts(victim, _NAMES, rng, flags)
        name_ar = arabic_full(parts, victim, _NAMES, rng, flags)
        name_en = _LATIN.name(victim, parts, rng, flags)
        governorate, district, town = self._place(victim, rng, flags)
        age = "" if rng.random() < 0.3 else str(victim.age)
        if not age:
            flags.add("missing_age")
        return [key, name_ar, name_en, _SEX.say("female" if victim.female else "male", rng, flags),
                age, numeric(noisy(victim.day, _DATES, rng, flags), "YMD", "-"),
                governorate, district, town, CAUSE.say(victim.cause, rng, flags),
                PERPETRATOR.say(victim.perpetrator, rng, flags),
                "civilian" if rng.random() < 0.9 else "unknown"]

    def _place(self, victim: Victim, rng: random.Random, flags: set[str]
               ) -> tuple[str, str, str]:
        place = victim.place
        governorate = place.governorate.latin[0]
        town = place.latin[0]
        if rng.random() < 0.1 and len(place.governorate.latin) > 1:
            governorate = rng.choice(place.governorate.latin[1:])
            flags.add("place_spelling")
        roll = rng.random()
        if roll < 0.08:
            town = ""
            flags.add("place_coarse")
        elif roll < 0.23 and len(place.latin) > 1:
            town = rng.choice(place.latin[1:])
            flags.add("place_spelling")
        return governorate, place.district.latin[0], town

    def mapping(self) -> dict[str, Any]:
        return {
            "source": self.name,
            "read": {"delimiter": "\t", "encoding": "utf-8"},
            "columns": {"record_key": "case_id", "name_ar": "name_ar", "name_latin": "name_en",
                        "sex": "gender", "age": "age", "date_of_death": "date",
                        "governorate": "governorate", "district": "district",
                        "locality": "town", "cause": "cause", "perpetrator": "perpetrator",
                        "status": "status"},
            "values": {"sex": _SEX.values(), "cause": CAUSE.values(),
                       "perpetrator": PERPETRATOR.values()},
            "dates": {"order": "YMD"},
        }
