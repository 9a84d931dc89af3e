"""Dates as lists write them: off by a few days, day and month swapped, known only to the
month or year, with Levantine, Egyptian or English month names, in Eastern Arabic digits."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

LEVANTINE = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول")
EGYPTIAN = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
            "أكتوبر", "نوفمبر", "ديسمبر")
ENGLISH = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

FIRST_DAY, LAST_DAY = date(2011, 3, 15), date(2024, 12, 31)
_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


@dataclass(frozen=True, slots=True)
class DateNoise:
    """How often a list's dates are off: shifted, swapped, or known only to month or year."""

    shift: float = 0.0
    swap: float = 0.0
    month: float = 0.0
    year: float = 0.0


@dataclass(frozen=True, slots=True)
class Written:
    """A date as one list wrote it, to the precision it knew."""

    day: date
    precision: str  # "day", "month" or "year"


def noisy(true: date, noise: DateNoise, rng: random.Random, flags: set[str]) -> Written:
    day = true
    if rng.random() < noise.shift:
        moved = day + timedelta(days=rng.choice((-3, -2, -1, 1, 1, 1, 2, 2, 3)))
        day = min(max(moved, FIRST_DAY), LAST_DAY)
        if day != true:
            flags.add("date_shift")
    if rng.random() < noise.swap and day.day <= 12 and day.day != day.month:
        # Typed the other way round; only a swap that still makes a date goes unnoticed.
        swapped = date(day.year, day.day, day.month)
        if FIRST_DAY <= swapped <= LAST_DAY:
            day = swapped
            flags.add("date_swap")
    roll = rng.random()
    if roll < noise.year:
        flags.add("date_year")
        return Written(day, "year")
    if roll < noise.year + noise.month:
        flags.add("date_month")
        return Written(day, "month")
    return Written(day, "day")


def eastern(text: str) -> str:
    """ASCII digits as Eastern Arabic digits (٠-٩)."""
    return text.translate(_EASTERN)


def ascii_digits(text: str) -> str:
    """Eastern Arabic digits as ASCII digits."""
    return text.translate(_ASCII)


def numeric(written: Written, order: str, sep: str = "/", pad: bool = True) -> str:
    """A numeric date in DMY, MDY or YMD order; partial dates as month/year or the year."""
    d = written.day
    if written.precision == "year":
        return str(d.year)
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    if written.precision == "month":
        return f"{d.year}{sep}{month}" if order == "YMD" else f"{month}{sep}{d.year}"
    parts = {"DMY": (day, month, str(d.year)), "MDY": (month, day, str(d.year)),
             "YMD": (str(d.year), month, day)}[order]
    return sep.join(parts)


def worded(written: Written, months: tuple[str, ...], *, american: bool = False) -> str:
    """A date with the month in words: "15 آذار 2013", "March 2013", "March 15, 2013"."""
    d = written.day
    if written.precision == "year":
        return str(d.year)
    name = months[d.month - 1]
    if written.precision == "month":
        return f"{name} {d.year}"
    return f"{name} {d.day}, {d.year}" if american else f"{d.day} {name} {d.year}"
