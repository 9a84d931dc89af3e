"""An Arabic-only human-rights network's list: the broadest coverage of the six.

Format: csv, UTF-8 with BOM, comma, CRLF. One full-name column, often with a title (الشهيد،
الطفل، الحاج), the grandfather often left out, now and then the family name first. Arabic
words for sex, cause and perpetrator; the age or, for a child of unknown age, "طفل". Dates as
2013/05/12, 12/05/2013 (day first), "15 آذار 2013" or "15 مارس 2013", or only "آذار 2013".

Coverage: about half of all deaths, more of the regime's and Russia's victims, less in the
areas held by ISIS; its capture rises with the victim's visibility, which it shares with the
bilingual monitor (positive dependence between the two networks).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from rasd.synth.dates import EGYPTIAN, LEVANTINE, DateNoise, noisy, numeric, worded
from rasd.synth.files import CsvSink
from rasd.synth.lists.base import SourceList, logistic
from rasd.synth.lists.common import NameErrors, Words, arabic_full, arabic_parts
from rasd.synth.noise import ar_spelling
from rasd.synth.population import Victim

_COMMENT = __doc__ or ""
_HEADER = ["الرقم", "الاسم الكامل", "الجنس", "العمر", "تاريخ الوفاة", "المحافظة", "المنطقة",
           "سبب الوفاة", "الجهة الفاعلة", "ملاحظات"]
_NAMES = NameErrors(typo=0.05, spelling=0.12, compound=0.35, article=0.05, honorific=0.12,
                    drop_grandfather=0.35, drop_father=0.03, swap=0.03)
_DATES = DateNoise(shift=0.05, swap=0.01, month=0.08, year=0.02)
_SEX = Words({"male": ("ذكر",), "female": ("أنثى",)}, missing=0.02, field="sex")
CAUSE = Words({
    "shelling": ("قصف مدفعي", "قصف", "قذيفة هاون", "قصف صاروخي"),
    "airstrike": ("قصف جوي", "غارة جوية", "برميل متفجر", "قصف طيران"),
    "shooting": ("إطلاق نار", "رصاص قناص", "رصاص حي"),
    "torture": ("تحت التعذيب", "التعذيب في المعتقل"),
    "siege": ("الحصار", "نقص الغذاء والدواء"),
    "execution": ("إعدام ميداني", "إعدام", "ذبح"),
    "chemical": ("السلاح الكيميائي", "غازات سامة"),
    "explosion": ("تفجير", "سيارة مفخخة", "لغم أرضي", "عبوة ناسفة"),
    "other": ("أخرى", "غرق"),
    "unknown": ("غير معروف",),
}, missing=0.03, confused=0.03, field="cause")
PERPETRATOR = Words({
    "syrian_regime": ("قوات النظام السوري", "قوات النظام", "قوات الأسد"),
    "russia": ("القوات الروسية", "الطيران الروسي"),
    "iran_backed_militias": ("الميليشيات الإيرانية", "ميليشيات موالية لإيران", "حزب الله"),
    "isis": ("تنظيم داعش", "داعش", "تنظيم الدولة"),
    "hts": ("هيئة تحرير الشام", "جبهة النصرة"),
    "opposition": ("فصائل المعارضة المسلحة", "المعارضة المسلحة"),
    "sdf": ("قوات سوريا الديمقراطية", "قسد"),
    "coalition": ("قوات التحالف الدولي", "التحالف الدولي"),
    "other": ("جهات أخرى",),
    "unknown": ("جهة مجهولة", "غير معروف"),
}, missing=0.05, field="perpetrator")


class NetworkList(SourceList):
    name = "syrian-network"
    file_name = "network-arabic.csv"
    duplicates_rate = 0.03
    comment = _COMMENT
    # Long-run share of records with each error (noise.KINDS); truth.json has the measured.
    error_rates: ClassVar[dict[str, tuple[float, float]]] = {
        "typo": (0.035, 0.067), "spelling": (0.064, 0.12), "compound": (0.098, 0.19),
        "article": (0.034, 0.066), "honorific": (0.083, 0.16), "dropped_part": (0.26, 0.5),
        "swapped_order": (0.021, 0.041), "date_shift": (0.035, 0.067),
        "date_swap": (0.0023, 0.0045), "date_month": (0.057, 0.11), "date_year": (0.013, 0.026),
        "place_coarse": (0.097, 0.19), "place_spelling": (0.012, 0.023), "age_noise": (0.026, 0.05),
        "missing_age": (0.18, 0.34), "missing_sex": (0.014, 0.027), "missing_cause": (0.021, 0.041),
        "missing_perpetrator": (0.035, 0.068), "cause_confused": (0.018, 0.034),
    }

    def capture(self, victim: Victim) -> float:
        x = -0.4 + 1.2 * victim.visibility
        x += 0.3 * victim.child + 0.2 * (victim.female and not victim.child)
        if victim.perpetrator in ("syrian_regime", "russia"):
            x += 0.2
        elif victim.perpetrator in ("isis", "sdf", "hts", "coalition"):
            x -= 0.4
        if victim.place.governorate.en in ("Raqqa", "Deir ez-Zor"):
            x -= 0.6
        if victim.day.year == 2011:
            x -= 0.3
        return logistic(x)

    def open(self) -> CsvSink:
        return CsvSink(self.path, _HEADER, encoding="utf-8-sig", delimiter=",")

    def key(self, number: int, victim: Victim) -> str:
        return str(100000 + number)

    def row(self, victim: Victim, key: str, flags: set[str], repeat: bool) -> list[str]:
        rng = self.rng
        name = arabic_full(arabic_parts(victim, _NAMES, rng, flags), victim, _NAMES, rng, flags)
        place = victim.place
        locality = place.ar
        roll = rng.random()
        if roll < 0.1:
            locality = place.district.ar
            flags.add("place_coarse")
        elif roll < 0.14:
            locality = ""
            flags.add("place_coarse")
        elif roll < 0.2 and (variant := ar_spelling(place.ar, rng)):
            locality = variant
            flags.add("place_spelling")
        note = ""
        if victim.household and rng.random() < 0.4:
            note = "مع أفراد من عائلته" if not victim.female else "مع أفراد من عائلتها"
        elif victim.incident.size >= 10 and rng.random() < 0.5:
            note = "مجزرة"
        return [key, name, _SEX.say("female" if victim.female else "male", rng, flags),
                self._age(victim, rng, flags), self._date(victim, rng, flags),
                place.governorate.ar, locality, CAUSE.say(victim.cause, rng, flags),
                PERPETRATOR.say(victim.perpetrator, rng, flags), note]

    def _age(self, victim: Victim, rng: random.Random, flags: set[str]) -> str:
        if rng.random() < 0.25:
            flags.add("missing_age")
            if victim.child and rng.random() < 0.4:
                return "طفلة" if victim.female else "طفل"
            return ""
        if victim.age >= 20 and rng.random() < 0.08:
            rounded = 5 * round(victim.age / 5)
            if rounded != victim.age:
                flags.add("age_noise")
            return str(rounded)
        return str(victim.age)

    def _date(self, victim: Victim, rng: random.Random, flags: set[str]) -> str:
        written = noisy(victim.day, _DATES, rng, flags)
        roll = rng.random()
        if written.precision == "month" and roll < 0.4:
            return numeric(written, "DMY")
        if roll < 0.4:
            return numeric(written, "YMD")
        if roll < 0.75:
            return numeric(written, "DMY")
        return worded(written, LEVANTINE if roll < 0.95 else EGYPTIAN)

    def mapping(self) -> dict[str, Any]:
        return {
            "source": self.name,
            "read": {"delimiter": ",", "encoding": "utf-8-sig"},
            "columns": {"record_key": "الرقم", "full_name": "الاسم الكامل", "sex": "الجنس",
                        "age": "العمر", "date_of_death": "تاريخ الوفاة",
                        "governorate": "المحافظة", "locality": "المنطقة",
                        "cause": "سبب الوفاة", "perpetrator": "الجهة الفاعلة",
                        "notes": "ملاحظات"},
            "values": {"sex": _SEX.values(),
                       "age_group": {"طفل": "child", "طفلة": "child"},
                       "cause": CAUSE.values(), "perpetrator": PERPETRATOR.values()},
            "unmapped": {"cause": "unknown", "perpetrator": "unknown"},
            "dates": {"order": "DMY"},
        }
