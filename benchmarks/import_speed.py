"""How fast rasd imports a large list, against the raw bulk loaders of SQLite and PostgreSQL.

    .venv/bin/python benchmarks/import_speed.py [--rows N] [--keep DIR] [--out FILE]

Generates one CSV list of N rows (default 1,000,000) and its rasd mapping, then loads that
file four times, each time into a fresh, empty database, and times each load as a child
process (wall time, and peak RSS from os.wait4):

  rasd_sqlite      rasd import list FILE --db sqlite:///DIR/rasd.db
  raw_sqlite       sqlite3 DIR/raw.db  .mode csv  .import FILE raw
  rasd_postgresql  rasd import list FILE --db postgresql://...?options=-csearch_path=<schema>
  raw_postgresql   psql -c "\\copy raw FROM FILE" (COPY FROM STDIN into TEXT columns)

For PostgreSQL the peak RSS is the client's (rasd or psql), not the server's. The goal is an
import at most GOAL_RATIO times slower than the raw load, in at most GOAL_PEAK_RSS_MB of memory,
judged at the default 1,000,000 rows (in a small run, start-up time dominates the ratio).
Progress goes to stderr, the figures to stdout and to benchmarks/results/import_speed.json.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results" / "import_speed.json"
DEFAULT_ROWS = 1_000_000
SEED = 20130821
GOAL_RATIO = 5
GOAL_PEAK_RSS_MB = 2048

PG_HOST, PG_PORT, PG_USER, PG_DB = "127.0.0.1", "5432", "postgres", "test"
PG_URL = f"postgresql://{PG_USER}@{PG_HOST}:{PG_PORT}/{PG_DB}"

progress = Console(stderr=True)
figures = Console()

# ---------------------------------------------------------------------------------------------
# Names and places. Each entry is "Arabic|Latin"; compound names are one entry.

MALE_NAMES = """
محمد|Mohammad; أحمد|Ahmad; محمود|Mahmoud; مصطفى|Mustafa; علي|Ali; حسن|Hasan; حسين|Hussein;
خالد|Khaled; عمر|Omar; عثمان|Othman; يوسف|Youssef; إبراهيم|Ibrahim; إسماعيل|Ismail;
يحيى|Yahya; زكريا|Zakaria; سليمان|Suleiman; داود|Dawoud; موسى|Moussa; عيسى|Issa; هيثم|Haitham;
ياسر|Yasser; سامر|Samer; ماهر|Maher; باسل|Basel; بشير|Bashir; جمال|Jamal; كمال|Kamal;
فايز|Fayez; فادي|Fadi; رامي|Rami; وائل|Wael; وليد|Walid; مازن|Mazen; معاذ|Moaz; حمزة|Hamza;
طارق|Tareq; زياد|Ziad; رياض|Riad; رضوان|Radwan; أنس|Anas; أيمن|Ayman; أسامة|Osama; أكرم|Akram;
أمجد|Amjad; إياد|Iyad; بلال|Bilal; جهاد|Jihad; حازم|Hazem; حسام|Hussam; خليل|Khalil; رائد|Raed;
ربيع|Rabie; سعيد|Saeed; سعد|Saad; سالم|Salem; سامي|Sami; شادي|Shadi; صالح|Saleh; صبحي|Subhi;
ضياء|Diaa; عادل|Adel; عامر|Amer; عدنان|Adnan; عماد|Imad; عمار|Ammar; غسان|Ghassan; فراس|Firas;
فؤاد|Fouad; قاسم|Qasem; كنان|Kinan; لؤي|Louay; مالك|Malek; مجد|Majd; مروان|Marwan; مراد|Murad;
مصعب|Musab; منذر|Munther; مهند|Muhannad; نادر|Nader; ناصر|Nasser; نبيل|Nabil; نزار|Nizar;
نضال|Nidal; هاني|Hani; هشام|Hisham; همام|Hammam; وسيم|Wassim; يامن|Yamen; يزن|Yazan;
يعقوب|Yaqoub; ثائر|Thaer; جابر|Jaber; حاتم|Hatem; حمدي|Hamdi; خضر|Khader; راشد|Rashed;
زاهر|Zaher; سمير|Samir; شريف|Sharif; طلال|Talal; عزام|Azzam; عصام|Issam; علاء|Alaa; عمرو|Amr;
غياث|Ghiath; فهد|Fahd; فيصل|Faisal; قصي|Qusai; ماجد|Majed; محسن|Mohsen; مؤمن|Moamen;
منير|Munir; نايف|Nayef; نعيم|Naim; هادي|Hadi; ياسين|Yassin; يونس|Younes; أيهم|Ayham;
براء|Baraa; تامر|Tamer; جلال|Jalal; حافظ|Hafez; حكمت|Hikmat; رشيد|Rashid; عبدو|Abdo;
عبد الرحمن|Abdul Rahman; عبد الله|Abdullah; عبد الكريم|Abdul Karim; عبد الرزاق|Abdul Razzaq;
عبد القادر|Abdul Qader; عبد الحميد|Abdul Hamid; عبد الباسط|Abdul Basit; عبد السلام|Abdul Salam;
عبد العزيز|Abdul Aziz; عبد الغني|Abdul Ghani; عبد الهادي|Abdul Hadi; عبد الجليل|Abdul Jalil;
عبد اللطيف|Abdul Latif; عبد المنعم|Abdul Moneim; عبد الناصر|Abdul Nasser;
عبد الوهاب|Abdul Wahab; عبد الفتاح|Abdul Fattah; عبد الحكيم|Abdul Hakim; عبد الرحيم|Abdul Rahim;
عبد الإله|Abdul Ilah; نور الدين|Nour al-Din; محمد خير|Mohammad Kheir; محمد علي|Mohammad Ali;
محمد نور|Mohammad Nour; صلاح الدين|Salah al-Din; علاء الدين|Alaa al-Din; عز الدين|Izz al-Din;
بدر الدين|Badr al-Din; خير الدين|Kheir al-Din; سيف الدين|Seif al-Din; محي الدين|Muhyi al-Din;
زين العابدين|Zein al-Abidin
"""

FEMALE_NAMES = """
فاطمة|Fatima; عائشة|Aisha; خديجة|Khadija; زينب|Zeinab; مريم|Maryam; آمنة|Amina; سعاد|Suad;
هدى|Huda; رنا|Rana; ريم|Reem; لمى|Lama; سلمى|Salma; نور|Nour; جنى|Jana; ليلى|Layla; سارة|Sara;
هبة|Hiba; رهف|Rahaf; رغد|Raghad; بيان|Bayan; آية|Aya; إسراء|Israa; دعاء|Duaa; أسماء|Asmaa;
حنان|Hanan; سمر|Samar; منى|Mona; وفاء|Wafaa; نادية|Nadia; سوسن|Sawsan; هالة|Hala; غادة|Ghada;
ميساء|Maysaa; لينا|Lina; ديما|Dima; روان|Rawan; شهد|Shahd; تسنيم|Tasnim; ملك|Malak; يارا|Yara;
لانا|Lana; ريما|Rima; رزان|Razan; نسرين|Nisreen; ياسمين|Yasmin; فرح|Farah; أمل|Amal;
إيمان|Iman; رحاب|Rehab; سهام|Siham; نجاح|Najah; صباح|Sabah; خلود|Kholoud; عبير|Abeer; رشا|Rasha;
ولاء|Walaa; علا|Ola; نهى|Noha; هيفاء|Haifa; وداد|Widad; انتصار|Intisar; جميلة|Jamila;
نعيمة|Naima; حليمة|Halima; كريمة|Karima; سميرة|Samira; أميرة|Amira; بشرى|Bushra; رقية|Ruqaya;
صفاء|Safaa; مها|Maha; نوال|Nawal; هند|Hind; لبنى|Lubna; سحر|Sahar; رولا|Rola; بتول|Batoul;
جود|Joud; تالا|Tala; غنى|Ghina; فاطمة الزهراء|Fatima al-Zahraa
"""

FAMILY_NAMES = """
الحموي|al-Hamwi; الحلبي|al-Halabi; الشامي|al-Shami; الحمصي|al-Homsi; الإدلبي|al-Idlibi;
الديري|al-Deiri; الخطيب|al-Khatib; المصري|al-Masri; السيد|al-Sayed; العلي|al-Ali;
الحسن|al-Hasan; الحسين|al-Hussein; الأحمد|al-Ahmad; المحمد|al-Mohammad; العمر|al-Omar;
العبد الله|al-Abdullah; الزعبي|al-Zoubi; الحريري|al-Hariri; المقداد|al-Miqdad;
المسالمة|al-Masalmeh; العبود|al-Abboud; الجاسم|al-Jasem; الحمود|al-Hamoud; الخلف|al-Khalaf;
الصالح|al-Saleh; الشيخ|al-Sheikh; الحاج|al-Hajj; الأسعد|al-Asaad; الكردي|al-Kurdi;
التركماني|al-Turkmani; البكور|al-Bakour; الدالاتي|al-Dalati; الرفاعي|al-Rifai;
النعيمي|al-Nuaimi; الجبوري|al-Jabouri; العكيدي|al-Okaidi; الشعيطي|al-Shuaiti;
البوكمالي|al-Boukamali; الحمادي|al-Hamadi; الخالدي|al-Khalidi; العثمان|al-Othman;
اليوسف|al-Youssef; الإبراهيم|al-Ibrahim; الموسى|al-Moussa; العيسى|al-Issa;
السليمان|al-Suleiman; الداود|al-Dawoud; الحسيني|al-Husseini; القاسم|al-Qasem; الطويل|al-Tawil;
القصير|al-Qasir; الأسود|al-Aswad; النجار|al-Najjar; الحداد|al-Haddad; الخياط|al-Khayyat;
النحاس|al-Nahhas; الصباغ|al-Sabbagh; الدباغ|al-Dabbagh; العطار|al-Attar; الحلاق|al-Hallaq;
القصاب|al-Qassab; الفحام|al-Fahham; الزين|al-Zein; البيطار|al-Bitar; السقا|al-Saqqa;
الطحان|al-Tahhan; الحجار|al-Hajjar; الجمال|al-Jammal; الشريف|al-Sharif; الحكيم|al-Hakim;
الخير|al-Kheir; النوري|al-Nouri; البدوي|al-Badawi; الحوراني|al-Hourani; الجولاني|al-Joulani;
القلموني|al-Qalamouni; الدوماني|al-Doumani; الحرستاني|al-Harastani; الزملكاني|al-Zamalkani;
العربيني|al-Arbini; السقباني|al-Saqbani; الداراني|al-Darani; التلي|al-Talli;
الزبداني|al-Zabadani; النبكي|al-Nabki; اليبرودي|al-Yabroudi; التدمري|al-Tadmuri;
الرستناوي|al-Rastnawi; التلبيسي|al-Talbisi; الحولاني|al-Houlani; السرميني|al-Sarmini;
المعراوي|al-Maarawi; الأريحاوي|al-Arihawi; الجسراوي|al-Jisrawi; المنبجي|al-Manbiji;
العزيزي|al-Azizi; الحلواني|al-Halwani; الأتاسي|al-Atassi; الجندي|al-Jundi; العظمة|al-Azmeh;
الكيلاني|al-Kilani; الدروبي|al-Droubi; السباعي|al-Sibai; الزهراوي|al-Zahrawi;
العباسي|al-Abbasi; الفاعوري|al-Faouri; الشهابي|al-Shehabi; الخضر|al-Khader; العساف|al-Assaf;
الحمدان|al-Hamdan;
نور الدين|Nour al-Din; عبد الله|Abdullah; عبد الرحمن|Abdul Rahman; عبد الكريم|Abdul Karim;
عبد القادر|Abdul Qader; عبد الحميد|Abdul Hamid; عبد الغني|Abdul Ghani; عبد العزيز|Abdul Aziz;
عبد الهادي|Abdul Hadi; عبد السلام|Abdul Salam; طه|Taha; حجازي|Hijazi; عيون|Oyoun;
دلوان|Dalwan; بكار|Bakkar; زيدان|Zaidan; سلامة|Salameh; قدور|Qaddour; حمدان|Hamdan;
عثمان|Othman; خليل|Khalil; يوسف|Youssef; إبراهيم|Ibrahim; درويش|Darwish; مرعي|Marei;
شحادة|Shehadeh; شعبان|Shaaban; رمضان|Ramadan; عرابي|Orabi; حبش|Habash; حلاق|Hallaq;
حمامي|Hammami; سكر|Sukkar; دياب|Diab; حداد|Haddad; نجار|Najjar; قباني|Qabbani; كيالي|Kayyali;
مارديني|Mardini; جبر|Jabr; صقر|Saqr; نصر|Nasr; منصور|Mansour; مراد|Murad; عساف|Assaf;
حمود|Hammoud; حسون|Hassoun; غنوم|Ghannoum; فاخوري|Fakhouri; قطان|Qattan; أبو زيد|Abu Zeid;
أبو سعدة|Abu Saada; أبو الخير|Abu al-Kheir; أبو شعر|Abu Shaar; أبو عمر|Abu Omar;
أبو ريشة|Abu Risha; أبو النصر|Abu al-Nasr; حج حسين|Hajj Hussein; شيخ موسى|Sheikh Moussa;
بيرقدار|Bayraqdar; جنيد|Junaid; حمصي|Homsi; حلبي|Halabi; شامي|Shami; مصري|Masri; سيد|Sayed;
عطار|Attar; بيطار|Bitar; سمان|Samman; زعتر|Zaatar; كعدة|Kaada; ملا|Mulla; قاسم|Qasem;
داود|Dawoud; موسى|Moussa; عيسى|Issa; سليمان|Suleiman; بركات|Barakat; حيدر|Haidar; جمعة|Jumaa;
خضور|Khaddour; زيتون|Zaitoun; شاهين|Shahin; نعسان|Naasan; قرحاني|Qarhani; ديب|Dib;
رحال|Rahhal; خطاب|Khattab; حميدي|Hmeidi; ناصيف|Nassif
"""

# Governorate: (weight, localities).
PLACES: dict[str, tuple[int, tuple[str, ...]]] = {
    "حلب": (20, ("حلب", "منبج", "الباب", "إعزاز", "عندان", "حريتان", "دارة عزة", "الأتارب")),
    "ريف دمشق": (18, ("دوما", "حرستا", "زملكا", "عربين", "داريا", "معضمية الشام", "الزبداني",
                      "مضايا", "يبرود", "التل", "كفربطنا", "سقبا")),
    "إدلب": (14, ("إدلب", "سراقب", "خان شيخون", "معرة النعمان", "كفرنبل", "أريحا",
                  "جسر الشغور", "سرمين")),
    "حمص": (10, ("حمص", "الوعر", "تلبيسة", "الرستن", "الحولة", "القصير", "تدمر")),
    "درعا": (9, ("درعا", "طفس", "نوى", "بصرى الشام", "الحراك", "جاسم", "إنخل", "داعل")),
    "حماة": (8, ("حماة", "كفرزيتا", "اللطامنة", "مورك", "حلفايا", "صوران")),
    "دير الزور": (7, ("دير الزور", "الميادين", "البوكمال", "الشحيل", "موحسن")),
    "دمشق": (6, ("دمشق", "جوبر", "القابون", "برزة", "اليرموك", "القدم")),
    "الرقة": (4, ("الرقة", "الطبقة", "تل أبيض")),
    "الحسكة": (2, ("الحسكة", "القامشلي", "الشدادي")),
    "اللاذقية": (2, ("اللاذقية", "سلمى", "الحفة")),
    "القنيطرة": (1, ("القنيطرة", "خان أرنبة")),
    "طرطوس": (1, ("طرطوس", "بانياس")),
    "السويداء": (1, ("السويداء", "شهبا")),
}

CAUSES = {"shelling": 30, "airstrike": 30, "shooting": 15, "torture": 8, "explosion": 5,
          "execution": 4, "siege": 3, "other": 2, "unknown": 2, "chemical": 1}
PERPETRATORS = {"syrian_regime": 68, "russia": 8, "isis": 6, "unknown": 5, "opposition": 3,
                "iran_backed_militias": 2, "hts": 2, "coalition": 2, "sdf": 2, "other": 2}

COLUMNS = ("id", "full_name_ar", "full_name_latin", "first_name", "father_name",
           "grandfather_name", "family_name", "sex", "age", "date_of_death", "governorate",
           "locality", "cause", "perpetrator")

MAPPING: dict[str, Any] = {
    "source": "bench",
    "read": {"delimiter": ",", "encoding": "utf-8"},
    "columns": {
        "record_key": "id",
        "name_ar": "full_name_ar",
        "name_latin": "full_name_latin",
        "first_name": "first_name",
        "father_name": "father_name",
        "grandfather_name": "grandfather_name",
        "family_name": "family_name",
        "sex": "sex",
        "age": "age",
        "date_of_death": "date_of_death",
        "governorate": "governorate",
        "locality": "locality",
        "cause": "cause",
        "perpetrator": "perpetrator",
    },
    "dates": {"order": "DMY"},
}

FIRST_DAY = dt.date(2011, 3, 15)
LAST_DAY = dt.date(2020, 3, 15)


def name_pairs(text: str) -> list[tuple[str, str]]:
    """The "Arabic|Latin" entries of one of the name lists above."""
    pairs = []
    for entry in text.replace("\n", " ").split(";"):
        if entry.strip():
            arabic, latin = entry.split("|")
            pairs.append((arabic.strip(), latin.strip()))
    return pairs


# ---------------------------------------------------------------------------------------------
# Step 1: the list and its mapping.


class RowMaker:
    """Makes the rows of the benchmark list from one seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.male = name_pairs(MALE_NAMES)
        self.female = name_pairs(FEMALE_NAMES)
        self.family = name_pairs(FAMILY_NAMES)
        # Cumulative weights, so that each draw need not add them up again.
        self.governorates = list(PLACES)
        self.governorate_weights = list(accumulate(weight for weight, _ in PLACES.values()))
        self.causes, self.cause_weights = list(CAUSES), list(accumulate(CAUSES.values()))
        self.perpetrators = list(PERPETRATORS)
        self.perpetrator_weights = list(accumulate(PERPETRATORS.values()))
        self.days = (LAST_DAY - FIRST_DAY).days

    def row(self, number: int) -> list[str]:
        rng = self.rng
        draw = rng.random()
        sex = "female" if draw < 0.2 else "male" if draw < 0.98 else "unknown"
        first = rng.choice(self.female if sex == "female" else self.male)
        father, grandfather = rng.choice(self.male), rng.choice(self.male)
        family = rng.choice(self.family)
        governorate = rng.choices(self.governorates, cum_weights=self.governorate_weights)[0]
        return [
            f"B{number:08d}",
            f"{first[0]} {father[0]} {grandfather[0]} {family[0]}",
            f"{first[1]} {father[1]} {grandfather[1]} {family[1]}",
            first[0], father[0], grandfather[0], family[0],
            sex,
            self.age(),
            self.date_of_death(),
            governorate,
            rng.choice(PLACES[governorate][1]),
            rng.choices(self.causes, cum_weights=self.cause_weights)[0],
            rng.choices(self.perpetrators, cum_weights=self.perpetrator_weights)[0],
        ]

    def age(self) -> str:
        """Mostly a number of years; some estimated ("~40"); some unknown (blank)."""
        rng = self.rng
        draw = rng.random()
        if draw < 0.12:
            return ""
        years = rng.randint(0, 17) if rng.random() < 0.2 else rng.randint(18, 85)
        if draw < 0.20 and years >= 20:
            return f"~{round(years, -1)}"
        return str(years)

    def date_of_death(self) -> str:
        """Full ISO, day-first with slashes, year-month or year only."""
        day = FIRST_DAY + dt.timedelta(days=self.rng.randrange(self.days + 1))
        draw = self.rng.random()
        if draw < 0.50:
            return day.isoformat()
        if draw < 0.75:
            return day.strftime("%d/%m/%Y")
        if draw < 0.90:
            return day.strftime("%Y-%m")
        return str(day.year)


def generate_list(path: Path, rows: int, seed: int) -> None:
    """Writes the list row by row, so memory stays flat whatever the number of rows."""
    maker = RowMaker(seed)
    step = max(rows // 10, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for number in range(1, rows + 1):
            writer.writerow(maker.row(number))
            if number % step == 0:
                progress.print(f"  generated {number:,} rows")


def write_mapping(path: Path) -> None:
    path.write_text(yaml.safe_dump(MAPPING, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Running and measuring one child process.


@dataclass
class Run:
    returncode: int
    seconds: float
    peak_rss_mb: float
    stdout: str
    cpu_seconds: float = 0.0
    load_average: float = 0.0


@dataclass
class Load:
    name: str
    status: str = "skipped"  # ok, failed or skipped
    seconds: float | None = None
    peak_rss_mb: float | None = None
    rows_per_second: float | None = None
    # CPU time of the child and the processes it waited for (rasd's worker), and the machine's
    # 1-minute load average as it started: other work on the machine slows a load down.
    cpu_seconds: float | None = None
    load_average: float | None = None
    message: str = ""
    output: Any = field(default=None)


def run_measured(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Runs a command, its stderr passed through; wall time and peak RSS of that child only."""
    load_average = os.getloadavg()[0]
    with tempfile.TemporaryFile() as stdout:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=stdout, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        text = stdout.read().decode("utf-8", errors="replace")
    # ru_maxrss is in KiB on Linux.
    return Run(child.returncode, seconds, usage.ru_maxrss / 1024, text,
               usage.ru_utime + usage.ru_stime, load_average)


def finished(load: Load, run: Run, rows: int) -> Load:
    """Fills a load in from its measured run."""
    if run.returncode != 0:
        load.status, load.message = "failed", f"exit code {run.returncode}"
        return load
    load.status = "ok"
    load.seconds = round(run.seconds, 3)
    load.peak_rss_mb = round(run.peak_rss_mb, 1)
    load.cpu_seconds = round(run.cpu_seconds, 2)
    load.load_average = round(run.load_average, 2)
    load.rows_per_second = round(rows / run.seconds)
    return load


def fresh_sqlite(path: Path) -> None:
    """Removes a database left by an earlier run in a --keep folder."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# Step 2: the four loads.


def rasd_command() -> list[str] | None:
    """The rasd CLI installed beside this Python, if there is one."""
    script = Path(sys.executable).with_name("rasd")
    if script.exists():
        return [str(script)]
    try:
        if importlib.util.find_spec("rasd.cli") is not None:
            return [sys.executable, "-m", "rasd.cli"]
    except ModuleNotFoundError:
        pass
    return None


def load_rasd(name: str, rasd: list[str] | None, db_url: str, list_path: Path,
              mapping_path: Path, rows: int) -> Load:
    """rasd init (not timed), then rasd import list (timed)."""
    load = Load(name)
    if rasd is None:
        load.message = "rasd is not installed in this Python (no rasd script, no rasd.cli)"
        progress.print(f"  {name}: skipped, {load.message}")
        return load
    init = subprocess.run([*rasd, "init", "--db", db_url], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, check=False)
    if init.returncode != 0:
        load.status, load.message = "failed", f"rasd init: exit code {init.returncode}"
        progress.print(f"  {name}: {load.message}")
        return load
    run = run_measured([*rasd, "import", "list", str(list_path), "--source", "bench",
                        "--mapping", str(mapping_path), "--db", db_url, "--json"])
    finished(load, run, rows)
    try:
        load.output = json.loads(run.stdout) if run.stdout.strip() else None
    except json.JSONDecodeError:
        load.output = run.stdout[-2000:]
        if load.status == "ok":
            load.message = "stdout was not one JSON document"
    progress.print(f"  {name}: {load.status} {load.message}".rstrip())
    return load


def load_raw_sqlite(db_path: Path, list_path: Path, rows: int) -> Load:
    """The sqlite3 shell's own CSV import: a table of the header's columns, in one transaction."""
    load = Load("raw_sqlite")
    fresh_sqlite(db_path)
    run = run_measured(["sqlite3", str(db_path), "-cmd", ".mode csv",
                        f'.import "{list_path}" raw'])
    finished(load, run, rows)
    if load.status == "ok":
        count = subprocess.run(["sqlite3", str(db_path), "SELECT count(*) FROM raw"],
                               capture_output=True, text=True, check=True).stdout.strip()
        load.output = {"rows_loaded": int(count)}
    progress.print(f"  raw_sqlite: {load.status} {load.message}".rstrip())
    return load


def sqlite_version() -> str | None:
    answer = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True,
                            check=False)
    return answer.stdout.split(" ")[0] or None


def psql(sql: str) -> subprocess.CompletedProcess[str]:
    """One psql command against the test database (not timed)."""
    return subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", PG_HOST, "-p", PG_PORT,
         "-U", PG_USER, "-d", PG_DB, "-tA", "-c", sql],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False,
        env={**os.environ, "PGCONNECT_TIMEOUT": "5"},
    )


def postgres_version() -> str | None:
    """PostgreSQL's version, or None (with the reason printed) if it cannot be reached."""
    if shutil.which("psql") is None:
        progress.print("PostgreSQL: skipped, psql is not installed")
        return None
    answer = psql("SHOW server_version")
    if answer.returncode != 0:
        progress.print(f"PostgreSQL: skipped, {PG_URL} is not reachable: "
                       f"{answer.stderr.strip()}")
        return None
    return answer.stdout.strip()


def load_raw_postgres(schema: str, list_path: Path, rows: int) -> Load:
    """COPY FROM STDIN (psql's \\copy) into a table of TEXT columns in a fresh schema."""
    load = Load("raw_postgresql")
    columns = ", ".join(f'"{column}" text' for column in COLUMNS)
    created = psql(f"CREATE SCHEMA {schema}; CREATE TABLE {schema}.raw ({columns})")
    if created.returncode != 0:
        load.status, load.message = "failed", created.stderr.strip()
        return load
    source = str(list_path).replace("'", "''")
    run = run_measured(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", PG_HOST, "-p", PG_PORT,
         "-U", PG_USER, "-d", PG_DB,
         "-c", f"\\copy {schema}.raw FROM '{source}' WITH (FORMAT csv, HEADER true)"],
    )
    finished(load, run, rows)
    if load.status == "ok":
        count = psql(f"SELECT count(*) FROM {schema}.raw").stdout.strip()
        load.output = {"rows_loaded": int(count)}
    progress.print(f"  raw_postgresql: {load.status} {load.message}".rstrip())
    return load


def drop_schemas(*schemas: str) -> None:
    for schema in schemas:
        psql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


# ---------------------------------------------------------------------------------------------
# Step 3: the figures.


def ratio(rasd: Load, raw: Load) -> float | None:
    if rasd.seconds is None or raw.seconds is None:
        return None
    return round(rasd.seconds / raw.seconds, 2)


def summarise(rows: int, list_path: Path, loads: dict[str, Load],
              versions: dict[str, str | None]) -> dict[str, Any]:
    ratios = {
        "sqlite": ratio(loads["rasd_sqlite"], loads["raw_sqlite"]),
        "postgresql": ratio(loads["rasd_postgresql"], loads["raw_postgresql"]),
    }
    rasd_peaks = [load.peak_rss_mb for name, load in loads.items()
                  if name.startswith("rasd_") and load.peak_rss_mb is not None]
    return {
        "benchmark": "import_speed",
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
        "versions": versions,
        "rows": rows,
        "file_bytes": list_path.stat().st_size,
        "rss_floor_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "loads": {name: asdict(load) for name, load in loads.items()},
        "ratios": ratios,
        "goal_ratio": GOAL_RATIO,
        "goal_peak_rss_mb": GOAL_PEAK_RSS_MB,
        "met": {
            "sqlite_ratio": None if ratios["sqlite"] is None else ratios["sqlite"] <= GOAL_RATIO,
            "postgresql_ratio": (None if ratios["postgresql"] is None
                                 else ratios["postgresql"] <= GOAL_RATIO),
            "peak_rss": None if not rasd_peaks else max(rasd_peaks) <= GOAL_PEAK_RSS_MB,
        },
        "notes": "Each load is one child process into a fresh, empty database; seconds are "
                 "wall time, peak_rss_mb the child's maximum RSS (for PostgreSQL the client's, "
                 "not the server's). A child's maximum RSS is never below this script's own "
                 "(rss_floor_mb), which it inherits when spawned, so small figures near "
                 "that floor mean 'at most this much'. rasd init is not timed. cpu_seconds "
                 "is the child's CPU time with that of rasd's conversion worker (not the "
                 "PostgreSQL server's); load_average the machine's 1-minute load as a load "
                 "began: on this 2-core machine, above about 1 means other work competed.",
    }


def print_table(result: dict[str, Any]) -> None:
    table = Table(title=f"Import of {result['rows']:,} rows "
                        f"({result['file_bytes'] / 2**20:,.1f} MiB of CSV)")
    for heading in ("load", "status", "seconds", "rows/s", "peak RSS MiB", "CPU s",
                    "load avg"):
        table.add_column(heading, justify="left" if heading in ("load", "status") else "right")
    for name, load in result["loads"].items():
        table.add_row(
            name,
            load["status"],
            "" if load["seconds"] is None else f"{load['seconds']:.2f}",
            "" if load["rows_per_second"] is None else f"{load['rows_per_second']:,}",
            "" if load["peak_rss_mb"] is None else f"{load['peak_rss_mb']:,.1f}",
            "" if load["cpu_seconds"] is None else f"{load['cpu_seconds']:.2f}",
            "" if load["load_average"] is None else f"{load['load_average']:.2f}",
        )
    figures.print(table)
    figures.print(f"(peak RSS cannot read below this script's own, {result['rss_floor_mb']} MiB)")
    for database, value in result["ratios"].items():
        shown = "not measured" if value is None else f"{value:.2f}"
        met = result["met"][f"{database}_ratio"]
        verdict = "" if met is None else "  (goal met)" if met else "  (goal NOT met)"
        figures.print(f"rasd/raw time, {database}: {shown}, goal ≤ {GOAL_RATIO}{verdict}")
    peak = result["met"]["peak_rss"]
    if peak is not None:
        figures.print(f"rasd peak RSS ≤ {GOAL_PEAK_RSS_MB} MiB: {'yes' if peak else 'NO'}")


# ---------------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS,
                        help=f"rows in the generated list (default {DEFAULT_ROWS:,})")
    parser.add_argument("--keep", type=Path, default=None,
                        help="write the list, mapping and databases here and keep them "
                             "(default: a temporary folder, removed at the end)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"results file (default {DEFAULT_OUT.relative_to(HERE.parent)})")
    args = parser.parse_args()
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    return args


def main() -> int:
    args = parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="rasd-import-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    list_path, mapping_path = work / "list.csv", work / "mapping.yaml"
    try:
        progress.print(f"Generating {args.rows:,} rows in {list_path}")
        generate_list(list_path, args.rows, SEED)
        write_mapping(mapping_path)

        rasd = rasd_command()
        loads = {name: Load(name) for name in
                 ("rasd_sqlite", "raw_sqlite", "rasd_postgresql", "raw_postgresql")}
        progress.print("SQLite")
        fresh_sqlite(work / "rasd.db")
        loads["rasd_sqlite"] = load_rasd("rasd_sqlite", rasd, f"sqlite:///{work / 'rasd.db'}",
                                         list_path, mapping_path, args.rows)
        loads["raw_sqlite"] = load_raw_sqlite(work / "raw.db", list_path, args.rows)

        versions = {"sqlite": sqlite_version(), "postgresql": postgres_version()}
        if versions["postgresql"] is not None:
            progress.print("PostgreSQL")
            rasd_schema, raw_schema = f"bench_rasd_{os.getpid()}", f"bench_raw_{os.getpid()}"
            try:
                psql(f"CREATE SCHEMA {rasd_schema}")
                url = f"{PG_URL}?options=-csearch_path%3D{rasd_schema}"
                loads["rasd_postgresql"] = load_rasd("rasd_postgresql", rasd, url, list_path,
                                                     mapping_path, args.rows)
                loads["raw_postgresql"] = load_raw_postgres(raw_schema, list_path, args.rows)
            finally:
                drop_schemas(rasd_schema, raw_schema)
        else:
            for name in ("rasd_postgresql", "raw_postgresql"):
                loads[name].message = "PostgreSQL not reachable"

        result = summarise(args.rows, list_path, loads, versions)
        print_table(result)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
        progress.print(f"Results written to {args.out}")
        return 1 if any(load.status == "failed" for load in loads.values()) else 0
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
