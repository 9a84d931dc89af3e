"""Small realistic victim lists for tests: Arabic and Latin names, partial dates, noise."""

from __future__ import annotations

import csv
import random
from pathlib import Path

FIRST = ["محمد", "أحمد", "عبد الرحمن", "خالد", "عمر", "نور الدين", "يوسف", "حسن", "علي",
         "فاطمة", "مريم", "زينب", "عائشة", "هبة", "سارة"]
FAMILY = ["الحموي", "الحلبي", "العلي", "الخطيب", "المصري", "الأحمد", "حداد", "شيخ موسى",
          "الزعبي", "السيد"]
LATIN = {"محمد": "Mohammad", "أحمد": "Ahmad", "عبد الرحمن": "Abdul Rahman", "خالد": "Khaled",
         "عمر": "Omar", "نور الدين": "Nour al-Din", "يوسف": "Yousef", "حسن": "Hasan",
         "علي": "Ali", "فاطمة": "Fatima", "مريم": "Maryam", "زينب": "Zainab", "عائشة": "Aisha",
         "هبة": "Hiba", "سارة": "Sara"}
FEMALE = {"فاطمة", "مريم", "زينب", "عائشة", "هبة", "سارة"}
PLACES = [("Aleppo", "al-Bab"), ("Idlib", "Saraqib"), ("Homs", "al-Waer"),
          ("Rif Dimashq", "Douma"), ("Daraa", "Busra"), ("Hama", "Kafr Zita")]
CAUSES = ["shelling", "airstrike", "shooting", "torture", "siege", "explosion"]
PERPETRATORS = ["syrian_regime", "russia", "isis", "unknown"]
HEADER = ["id", "name_ar", "name_latin", "sex", "age", "date_of_death", "governorate",
          "locality", "cause", "perpetrator"]
MAPPING = """source: test-list
columns:
  record_key: id
  name_ar: name_ar
  name_latin: name_latin
  sex: sex
  age: age
  date_of_death: date_of_death
  governorate: governorate
  locality: locality
  cause: cause
  perpetrator: perpetrator
"""


def make_row(rng: random.Random, key: int) -> list[str]:
    first, father = rng.choice(FIRST), rng.choice(FIRST[:9])
    family = rng.choice(FAMILY)
    governorate, locality = rng.choice(PLACES)
    year, month, day = rng.randint(2011, 2019), rng.randint(1, 12), rng.randint(1, 28)
    date = rng.choice([f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}", str(year),
                       f"{day}/{month}/{year}"])
    age = rng.choice([str(rng.randint(0, 90)), f"~{rng.randint(20, 60)}", ""])
    latin = f"{LATIN[first]} {LATIN.get(father, father)} {family}"
    return [f"K{key:07d}", f"{first} {father} {family}", latin,
            "female" if first in FEMALE else "male", age, date, governorate, locality,
            rng.choice(CAUSES), rng.choice(PERPETRATORS)]


def write_list(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        writer.writerows(rows)
    path.with_suffix(".yaml").write_text(MAPPING, encoding="utf-8")
    return path


def make_rows(count: int, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    return [make_row(rng, key) for key in range(count)]
