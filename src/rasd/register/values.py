"""Reading the dates and ages that source lists write, whatever digits and words they use.

See design.md, "Import mappings" ("What the importer reads without being told").
Both parsers are pure functions of their text; the importer caches their results.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from rasd.register.vocab import CHILD_AGE_LIMIT, MAX_AGE

__all__ = ["DIGITS", "Age", "PartialDate", "normalize_digits", "parse_age", "parse_date"]

# Eastern Arabic (U+0660..) and Persian (U+06F0..) digits; the Arabic decimal separator
# becomes "." so an age such as "٤٥٫٠" reads like "45.0". The Arabic comma stays as it is.
DIGITS: dict[int, int] = {
    **{0x0660 + i: ord("0") + i for i in range(10)},
    **{0x06F0 + i: ord("0") + i for i in range(10)},
    0x066B: ord("."),
}


def normalize_digits(text: str) -> str:
    """Return text with Eastern Arabic and Persian digits as ASCII digits."""
    return text.translate(DIGITS)


# Invisible characters that spreadsheets and web pages leave around Arabic text:
# tatweel, bidi marks and embeddings, isolates, zero-width joiners and the BOM.
_INVISIBLE = (
    "\u0640\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff"
)
# Harakat and tanween: "تقريباً" and "عاماً" must match the bare spellings.
_HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670"

_CLEAN: dict[int, int | None] = {
    **DIGITS,
    **{ord(c): None for c in _INVISIBLE + _HARAKAT},
    0x00A0: ord(" "),  # no-break space, common in spreadsheets
}

# Spelling variants that lists mix freely: alef with hamza or madda, alef maqsura,
# ta marbuta, hamza on waw/ya, and the Persian keyboard's kaf and ya. Applied to the text
# and the word lists alike.
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي",
})

_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    """Digits to ASCII, invisible marks and harakat gone, spaces collapsed, lower-case."""
    return _SPACES.sub(" ", text.translate(_CLEAN)).strip().lower()


def _fold(text: str) -> str:
    return text.translate(_LETTERS)


def _alternation(words: list[str]) -> str:
    # Longest first, so "تشرين الثاني" is tried before "تشرين" and "june" before "jun".
    ordered = sorted({_fold(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# ---------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

_MONTH_WORDS: dict[str, int] = {}
for _number, _name in enumerate(_MONTH_NAMES, start=1):
    _MONTH_WORDS[_name.lower()] = _number
    _MONTH_WORDS[_name[:3].lower()] = _number
_MONTH_WORDS["sept"] = 9
for _number, _names in enumerate((
    # Levantine
    ("كانون الثاني", "كانون ثاني"),
    ("شباط",),
    ("آذار", "اذار", "أذار"),
    ("نيسان",),
    ("أيار", "ايار"),
    ("حزيران",),
    ("تموز",),
    ("آب", "اب"),
    ("أيلول", "ايلول"),
    ("تشرين الأول", "تشرين الاول", "تشرين اول"),
    ("تشرين الثاني", "تشرين ثاني"),
    ("كانون الأول", "كانون الاول", "كانون اول"),
), start=1):
    for _name in _names:
        _MONTH_WORDS[_fold(_name)] = _number
for _number, _names in enumerate((
    # Egyptian and Gulf
    ("يناير",),
    ("فبراير",),
    ("مارس",),
    ("أبريل", "ابريل", "إبريل"),
    ("مايو",),
    ("يونيو", "يونية", "يونيه"),
    ("يوليو", "يولية", "يوليه"),
    ("أغسطس", "اغسطس"),
    ("سبتمبر",),
    ("أكتوبر", "اكتوبر"),
    ("نوفمبر",),
    ("ديسمبر",),
), start=1):
    for _name in _names:
        _MONTH_WORDS[_fold(_name)] = _number

_MONTH = rf"(?P<month>{_alternation(list(_MONTH_WORDS))})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d+)"

# "6 September 2011", "06-Sep-2011", "15 آذار 2012", "آذار 2012", "September 2011"
_DAY_MONTH_YEAR = re.compile(
    rf"(?:(?P<day>\d{{1,2}}){_ORDINAL}(?:\s*[-/.,،]\s*|\s*(?:of\s+)?))?"
    rf"{_MONTH}(?:\s*[-/.,،]\s*|\s*){_YEAR}"
)
# "September 6, 2011", "Sep 6th 2011"
_MONTH_DAY_YEAR = re.compile(
    rf"{_MONTH}\s*(?P<day>\d{{1,2}}){_ORDINAL}(?:\s*[,،]\s*|\s+){_YEAR}"
)

_SEP = r"(?:\s*[-/.]\s*|\s+)"
_NUMERIC = re.compile(rf"(?P<a>\d+)(?:{_SEP}(?P<b>\d+)(?:{_SEP}(?P<c>\d+))?)?")

# A time of day after the date: "05.02.2012 14:21", "2012-02-05T14:21:00Z", "... 2:21 pm".
_TIME = re.compile(
    r"(?:[t ]|\s*,\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm|ص|م)?"
    r"\s*(?:z|[+-]\d{2}:?\d{2})?$"
)
# "عام 2012", "سنة 2012" (folded: "سنه"), and the Gregorian marker in "2012م", "2012 م".
_YEAR_WORD = re.compile(r"(?:^|(?<=\s))(?:عام|سنه)\s*(?=\d)")
_GREGORIAN = re.compile(r"(?<=\d)\s*م$")
_HIJRI = re.compile(r"(?<=\d)\s*ه$")

# Position of (year, month, day) among the three parts of a numeric date.
_ORDERS: dict[str, tuple[int, int, int]] = {
    "DMY": (2, 1, 0),
    "MDY": (2, 0, 1),
    "YMD": (0, 1, 2),
}

_MIN_YEAR = 1900
_MAX_YEAR = 2100


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not _MIN_YEAR <= self.year <= _MAX_YEAR:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day without a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"no such month: {self.month}")
        if self.day is not None and not (
            1 <= self.day <= calendar.monthrange(self.year, self.month)[1]
        ):
            raise ValueError(
                f"no such day: {self.day} {_MONTH_NAMES[self.month - 1]} {self.year}"
            )

    @property
    def precision(self) -> str:
        """"year", "month" or "day"."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        """ISO 8601 to the known precision: "2012", "2012-03" or "2012-03-05"."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _year(digits: str) -> int:
    if len(digits) == 2:
        raise ValueError("two-digit year is ambiguous")
    if len(digits) != 4:
        raise ValueError("not a date")
    return int(digits)


def _small(digits: str) -> int:
    """A day or month part: one or two digits."""
    if len(digits) > 2:
        raise ValueError("not a date")
    return int(digits)


def _numeric_date(a: str, b: str | None, c: str | None, order: str) -> PartialDate:
    if b is None:
        return PartialDate(_year(a))
    if c is None:
        # Year and month only, either way round: "2012-03", "03/2012".
        if len(a) == 4:
            return PartialDate(_year(a), _small(b))
        if len(b) == 4:
            return PartialDate(_year(b), _small(a))
        raise ValueError("not a date: no four-digit year")
    parts = (a, b, c)
    if len(a) == 4:
        y, m, d = _ORDERS["YMD"]
    else:
        y, m, d = _ORDERS[order]
        if len(parts[y]) != 4 and any(len(p) == 4 for p in parts):
            raise ValueError(f"not a date in the order {order}")
    month, day = _small(parts[m]), _small(parts[d])
    # A zero day or month is how many databases write "unknown": 2013-03-00 is March 2013.
    if int(parts[m]) == 0 and int(parts[d]) == 0:
        return PartialDate(_year(parts[y]))
    if int(parts[d]) == 0:
        return PartialDate(_year(parts[y]), month)
    return PartialDate(_year(parts[y]), month, day)


def parse_date(text: str, order: str = "DMY") -> PartialDate | None:
    """Read a full or partial date; None for an empty cell or an all-zero date ("0000-00-00"),
    ValueError with a reason otherwise.

    `order` (DMY, MDY or YMD) orders a numeric date's parts, but a four-digit first part is
    always the year of a Y-M-D date.
    """
    if order not in _ORDERS:
        upper = order.upper()
        if upper not in _ORDERS:
            raise ValueError(f"unknown date order: {order!r}")
        order = upper
    s = _clean(text)
    if not s:
        return None
    s = _fold(s)
    s = _TIME.sub("", s)
    if _HIJRI.search(s):
        raise ValueError("Hijri dates are not supported")
    s = _GREGORIAN.sub("", s)
    s = _YEAR_WORD.sub("", s)

    match = _NUMERIC.fullmatch(s)
    if match and not any(char not in "0" for part in match.groups() if part
                         for char in part):
        return None  # "0000-00-00", "00/00/0000": how databases export an unknown date
    if match:
        return _numeric_date(match["a"], match["b"], match["c"], order)
    match = _DAY_MONTH_YEAR.fullmatch(s) or _MONTH_DAY_YEAR.fullmatch(s)
    if match:
        month = _MONTH_WORDS[_SPACES.sub(" ", match["month"])]
        day = match["day"]
        return PartialDate(_year(match["year"]), month, int(day) if day else None)
    raise ValueError("not a date")


# ---------------------------------------------------------------------------------------
# Ages
# ---------------------------------------------------------------------------------------

# The unit words an age may carry, folded, and how many of each make a year. Only whole
# years are kept, so an infant's "3 months" or "8 days" is age 0 and "18 months" is 1.
_UNITS: dict[str, int] = {}
for _per_year, _words in (
    (1, (
        "years old", "year old", "yrs old", "years", "year", "yrs", "yr", "y/o", "yo", "y",
        "سنة", "سنوات", "سنين", "سنتين", "سنتان", "عام", "عاما", "أعوام", "عامين", "عامان",
    )),
    (12, (
        "months", "month", "mos", "mo", "mths", "mth",
        "شهر", "أشهر", "شهور", "شهرا", "شهرين", "شهران",
    )),
    (52, ("weeks", "week", "wks", "wk", "أسبوع", "أسابيع", "أسبوعا", "أسبوعين", "أسبوعان")),
    (365, ("days", "day", "يوم", "أيام", "يوما", "يومين", "يومان")),
):
    for _word in _words:
        _UNITS[_fold(_word)] = _per_year

# Arabic singular and dual nouns are a number in themselves: "شهرين" is two months.
_IMPLIED_COUNT: dict[str, int] = {
    _fold(w): n for w, n in (
        ("سنة", 1), ("عام", 1), ("شهر", 1), ("أسبوع", 1), ("يوم", 1),
        ("سنتين", 2), ("سنتان", 2), ("عامين", 2), ("عامان", 2), ("شهرين", 2), ("شهران", 2),
        ("أسبوعين", 2), ("أسبوعان", 2), ("يومين", 2), ("يومان", 2),
    )
}

# A bare plural, "أيام" or "أشهر": some days or months old, so under a year, estimated.
_FEW = frozenset(_fold(w) for w in (
    "months", "weeks", "days", "أشهر", "شهور", "أسابيع", "أيام",
))

_APPROX_BEFORE = ("~", "about", "approximately", "approx.", "approx", "around", "c.", "ca.",
                  "ca", "circa", "حوالي", "حوالى", "تقريبا", "نحو")
_APPROX_AFTER = ("?", "تقريبا")

_NUMBER = r"\d+(?:\.\d+)?"
_AGE = re.compile(
    rf"(?P<before>{_alternation(list(_APPROX_BEFORE))})?\s*"
    rf"(?P<minus>-)?\s*(?P<low>{_NUMBER})?"
    rf"(?:\s*[-–—]\s*(?P<high>{_NUMBER}))?"
    rf"\s*(?P<unit>{_alternation(list(_UNITS))})?"
    rf"\s*(?P<after>{_alternation(list(_APPROX_AFTER))})?"
)

_NEWBORN = frozenset(_fold(w) for w in (
    "newborn", "new-born", "new born", "رضيع", "رضيعة", "حديث الولادة", "حديثة الولادة",
))

_GROUPS: dict[str, bool | None] = {"child": True, "adult": False, "unknown": None}


@dataclass(frozen=True, slots=True)
class Age:
    """An age in whole years, or only an age group; `child` follows from `years` when known."""

    years: int | None
    estimated: bool = False
    child: bool | None = None

    def __post_init__(self) -> None:
        if self.years is None:
            return
        if self.years < 0:
            raise ValueError("negative age")
        if self.years > MAX_AGE:
            raise ValueError(f"age above {MAX_AGE}")
        child = self.years < CHILD_AGE_LIMIT
        if self.child is None:
            # Frozen: the derived field has to be set behind the dataclass's back.
            object.__setattr__(self, "child", child)
        elif self.child != child:
            raise ValueError(f"age {self.years} contradicts child={self.child}")


def _whole(number: str) -> int:
    # Spreadsheets hand over 45 as "45.0"; 45.5 is not an age in whole years.
    whole, _, fraction = number.partition(".")
    if fraction.strip("0"):
        raise ValueError("ages are whole years")
    return int(whole)


def parse_age(text: str, words: dict[str, str] | None = None) -> Age | None:
    """Read an age; None for an empty cell, ValueError with a reason otherwise.

    `words` maps the list's own age words (lower-case, stripped) to child, adult or unknown;
    they are looked up before anything else.
    """
    raw = text.strip().lower()
    s = _clean(text)
    if not s:
        return None
    if words:
        group = words.get(raw)
        if group is None:
            group = words.get(s)
        if group is not None:
            if group not in _GROUPS:
                raise ValueError(f"unknown age group: {group!r}")
            return Age(None, child=_GROUPS[group])
    s = _fold(s)
    if s in _NEWBORN:
        return Age(0, child=True)

    match = _AGE.fullmatch(s)
    if match is None:
        raise ValueError("not an age")
    low, high, unit = match["low"], match["high"], match["unit"]
    if low is None:
        if high is None and unit in _FEW:
            return Age(0, estimated=True)
        if high is not None or unit not in _IMPLIED_COUNT:
            raise ValueError("not an age")
        count = _IMPLIED_COUNT[unit]
    else:
        count = _whole(low)
        if match["minus"]:
            raise ValueError("negative age")
    estimated = bool(match["before"] or match["after"])
    if high is not None:
        top = _whole(high)
        if count > top:
            raise ValueError(f"age range {count}-{top} runs backwards")
        count += (top - count) // 2
        estimated = True
    return Age(count // _UNITS[unit] if unit else count, estimated=estimated)
