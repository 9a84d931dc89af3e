"""A list compiled from English-language news reports: partial names and approximate facts.

Format: JSON Lines, one report of one victim a line, the victim as a nested object
(`victim.name`, `victim.age`...). Names as reports give them: "Ahmad al-Halabi", "Ahmad
Mohammad al-Halabi", a kunya ("Abu Omar", "Umm Khaled"), "a child of the Hamoud family" or
"unnamed woman". Approximate ages ("~30", "about 45", "7 years old"), an age group where no
age is given, dates often to the month only ("March 2013"), the locality only, and the
report's date rather than the death's now and then.

Coverage: small, and biased the way news is: children, women, mass-casualty incidents and
chemical attacks are over-covered, deaths in custody hardly ever reported.
"""

from __future__ import annotations

import math
import random
from typing import Any, ClassVar

from rasd.synth.dates import ENGLISH, DateNoise, noisy, numeric, worded
from rasd.synth.files import JsonlSink
from rasd.synth.lists.base import SourceList, logistic
from rasd.synth.lists.common import Latin, Parts, Words
from rasd.synth.names import latin_family
from rasd.synth.population import Victim

_COMMENT = __doc__ or ""
_LATIN = Latin(usual=0.6, articles={"al-": 0.6, "Al-": 0.1, "": 0.2, "El-": 0.05,
                                    "Al ": 0.05}, typo=0.03)
_DATES = DateNoise(shift=0.12, swap=0.0, month=0.45, year=0.04)
CAUSE = Words({
    "shelling": ("shelling", "mortar fire", "artillery fire", "rocket attack"),
    "airstrike": ("air strike", "airstrike", "barrel bomb", "bombing raid"),
    "shooting": ("gunfire", "sniper fire", "shot dead"),
    "torture": ("died under torture", "torture in detention"),
    "siege": ("starvation", "siege"),
    "execution": ("executed", "massacre", "summary execution"),
    "chemical": ("chemical attack", "gas attack", "sarin attack", "chlorine attack"),
    "explosion": ("car bomb", "explosion", "suicide bombing", "landmine"),
    "other": ("drowned", "other"),
    "unknown": ("unknown", "unclear circumstances"),
}, missing=0.05, confused=0.06, field="cause")
PERPETRATOR = Words({
    "syrian_regime": ("government forces", "regime forces", "Syrian army", "pro-Assad forces"),
    "russia": ("Russian jets", "Russian forces"),
    "iran_backed_militias": ("Iran-backed militias", "Hezbollah fighters"),
    "isis": ("ISIS", "Islamic State", "IS militants"),
    "hts": ("HTS", "Hayat Tahrir al-Sham", "Nusra Front"),
    "opposition": ("rebels", "opposition fighters"),
    "sdf": ("SDF", "Kurdish-led forces"),
    "coalition": ("US-led coalition", "coalition aircraft"),
    "other": ("Turkish forces", "unidentified gunmen"),
    "unknown": ("unknown", "unclear"),
}, missing=0.2, field="perpetrator")
_OUTLETS = ("Syria Direct", "Enab Baladi", "Levant Wire", "Orient Report", "Aleppo Today",
            "Damascus Monitor", "Euphrates Post")


class NewsList(SourceList):
    name = "news-reports"
    file_name = "news-reports.jsonl"
    duplicates_rate = 0.05
    comment = _COMMENT
    # Long-run share of records with each error (noise.KINDS); truth.json has the measured.
    error_rates: ClassVar[dict[str, tuple[float, float]]] = {
        "typo": (0.018, 0.035), "translit": (0.21, 0.4), "dropped_part": (0.54, 1.0),
        "partial_name": (0.42, 0.81), "date_shift": (0.085, 0.16), "date_month": (0.32, 0.61),
        "date_year": (0.028, 0.054), "place_coarse": (0.07, 0.14), "place_spelling": (0.099, 0.19),
        "age_noise": (0.16, 0.32), "missing_age": (0.31, 0.6), "missing_sex": (0.11, 0.2),
        "missing_cause": (0.035, 0.067), "missing_perpetrator": (0.14, 0.27),
        "cause_confused": (0.036, 0.069),
    }

    def capture(self, victim: Victim) -> float:
        x = -2.8 + 0.7 * victim.visibility + 0.45 * math.log(victim.incident.size)
        x += 1.0 * victim.child + 0.5 * (victim.female and not victim.child)
        if victim.cause == "chemical":
            x += 1.5
        if victim.detained:
            x -= 2.0
        if victim.day.year >= 2019:
            x -= 0.3
        return logistic(x)

    def open(self) -> JsonlSink:
        return JsonlSink(self.path)

    def key(self, number: int, victim: Victim) -> str:
        return f"NR-{victim.day.year}-{number:06d}"

    def row(self, victim: Victim, key: str, flags: set[str], repeat: bool) -> dict[str, Any]:
        rng = self.rng
        name = self._name(victim, rng, flags)
        age, group = self._age(victim, rng, flags)
        written = noisy(victim.day, _DATES, rng, flags)
        roll = rng.random()
        when = numeric(written, "MDY", pad=False) if roll < 0.08 else worded(
            written, ENGLISH, american=roll < 0.25)
        place = victim.place
        location = place.latin[0]
        roll = rng.random()
        if roll < 0.1:
            location = f"{place.governorate.latin[0]} province"
            flags.add("place_coarse")
        elif roll < 0.25 and len(place.latin) > 1:
            location = rng.choice(place.latin[1:])
            flags.add("place_spelling")
        cause = CAUSE.say(victim.cause, rng, flags)
        size = victim.incident.size
        headline = (f"{(cause or 'attack').capitalize()} kills {size} in {place.latin[0]}"
                    if size > 1 else f"One killed in {place.latin[0]}")
        return {
            "id": key, "outlet": rng.choice(_OUTLETS), "headline": headline,
            "victim": {"name": name, "sex": self._sex(victim, rng, flags), "age": age,
                       "age_group": group},
            "date": when, "location": location, "cause": cause,
            "blamed_on": PERPETRATOR.say(victim.perpetrator, rng, flags),
        }

    def _name(self, victim: Victim, rng: random.Random, flags: set[str]) -> str:
        roll = rng.random()
        family = latin_family(victim.family, 0, "al-")
        if roll < 0.07:
            flags.update(("unnamed", "partial_name"))
            who = "child" if victim.child else "woman" if victim.female else "man"
            return f"unnamed {who}"
        if roll < 0.11 and victim.child:
            flags.update(("unnamed", "partial_name"))
            return f"a child of the {family.removeprefix('al-')} family"
        if roll < 0.17 and not victim.child:
            flags.add("partial_name")
            kunya = "Umm" if victim.female else "Abu"
            # A kunya names the eldest son; the report does not say which son that is.
            return f"{kunya} {rng.choice(('Omar', 'Ahmad', 'Khaled', 'Mohammad', 'Ali'))}"
        if roll < 0.6:
            flags.update(("partial_name", "dropped_part"))
            keep = Parts(victim.first.ar, None, None, victim.family.ar)
        elif roll < 0.92:
            flags.add("dropped_part")
            keep = Parts(victim.first.ar, victim.father.ar, None, victim.family.ar)
        else:
            keep = Parts(victim.first.ar, victim.father.ar, victim.grandfather.ar,
                         victim.family.ar)
        return _LATIN.name(victim, keep, rng, flags)

    def _sex(self, victim: Victim, rng: random.Random, flags: set[str]) -> str:
        if rng.random() < 0.15:
            flags.add("missing_sex")
            return ""
        return "female" if victim.female else "male"

    def _age(self, victim: Victim, rng: random.Random, flags: set[str]) -> tuple[str | int, str]:
        """(age, age group): the group only where no age is given, so they never disagree."""
        roll = rng.random()
        if roll < 0.45:
            flags.add("missing_age")
            if rng.random() < 0.5:
                return "", ""
            if victim.child:
                return "", "girl" if victim.female else "boy"
            return "", "woman" if victim.female else "man"
        if victim.age == 0:
            return f"{rng.randint(1, 11)} months", ""
        if roll < 0.7 or victim.age < 5:
            return (victim.age if rng.random() < 0.5 else f"{victim.age} years old"), ""
        guess = max(1, 5 * round((victim.age + rng.randint(-4, 4)) / 5))
        if guess != victim.age:
            flags.add("age_noise")
        return (f"~{guess}" if rng.random() < 0.5 else f"about {guess}"), ""

    def mapping(self) -> dict[str, Any]:
        return {
            "source": self.name,
            "columns": {"record_key": "id", "name_latin": "victim.name", "sex": "victim.sex",
                        "age": "victim.age", "age_group": "victim.age_group",
                        "date_of_death": "date", "locality": "location", "cause": "cause",
                        "perpetrator": "blamed_on", "notes": "headline"},
            "values": {"age_group": {"boy": "child", "girl": "child", "man": "adult",
                                     "woman": "adult"},
                       "cause": CAUSE.values(), "perpetrator": PERPETRATOR.values()},
            "unmapped": {"perpetrator": "unknown"},
            "dates": {"order": "MDY"},
        }
