"""The date a document says it was published: a "Published:" label or a dateline near its top."""

from __future__ import annotations

import re
from functools import lru_cache

# a masthead may print its date in capitals ("17 MAY 2044"): month names in any case
_MONTH = (r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# an e-mail's header abbreviates it: "Date: Thu, 14 Mar 2041"
_WEEKDAY = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
            r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+)?")
DATE = (rf"(?:{_WEEKDAY}(?:{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}})"
        r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})")
# "Published: 12 March 2021", and the verbs in any case: "Summary of a report, issued 6
# November 2018"; a dashboard's export: "Generated: 4 June 2034"; a transcript's "broadcast 3
# October 2025"
# a journal's "published online 14 September 2038"; a statement's Hijri date and "corresponding
# to 22 October 2037 AD"
_LABELLED = re.compile(rf"\b(?:(?i:published|posted|released|issued|last\s+updated|generated"
                       rf"|broadcast|aired)|Date"
                       rf"|First published)"
                       rf"(?: online| on)?\s*[:|–—-]?\s*(?P<date>{DATE})"
                       rf"|\bcorresponding\s+to\s+(?P<last>{DATE})(?:\s+(?:AD|CE))?\s*$")
# "March 12, 2021 —", "DAMASCUS, 12 March 2021 -", a wire story's "GAZA/JERUSALEM, July 8,
# 2024 (Reuters) - ...", a transcript's "Directorate headquarters, Velan, Sunday 12 June
# 2033, 11:00", a line that is only a date, or one that ends in a date after a separator
# ("By Lina Haddad | 12 March 2021")
_DATELINE = re.compile(rf"(?:[A-Z][A-Za-z .'’/-]{{1,30}},\s*){{0,2}}(?P<date>{DATE})"
                       r"(?:,?\s+\d{1,2}[:.]\d{2})?"  # a transcript's hour: ", 11:00"
                       r"(?:\s*\([^()\n]{1,40}\))?\s*(?:[|·•–—-].*)?"
                       rf"|.*\s[|·•–—-]\s*(?P<last>{DATE})\.?")
# a line that opens with a date and adds a short aside, no sentence: "Sunday 9 February
# 2025, corresponding to 10 Shaaban 1446 AH", "12 March 2021, Damascus"
_DATE_ASIDE = re.compile(rf"(?P<date>{DATE}),\s+[^.!?]{{1,50}}")
_TOP_LINES = 20  # how far down a dateline may stand
# A byline is a short line cut by separators into fields ("By Jane Doe | 24 April 2018 |
# Sana'a", "Jane Doe - April 24, 2018 - 4 min read"): when one whole field is a date, and no
# field is a sentence (one ends a clause with ". " or runs past a few words), that date is the
# document's. A date inside running text never stands alone as a field, so it is not taken.
_FIELD_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•]\s*|\s*[–—]\s*")
# a byline's date may carry the time it was posted: "November 6, 2023 4:12 PM GMT+0"
_TIME = (r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
         r"(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?")
_WHOLE_DATE = re.compile(rf"(?:(?:Updated|Published|Posted)\s*:?\s*)?(?P<date>{DATE}){_TIME}\.?")
_FIELD_WORDS = 6  # a byline field longer than this is prose


def find_published(lines: list[str]) -> str | None:
    """The ISO date of the first labelled date or dateline among the top lines, if any."""
    for line in lines[:_TOP_LINES]:
        found = _LABELLED.search(line) or _DATELINE.fullmatch(line)
        if found and (day := parse_date(found["date"] or found["last"])):
            return day
        aside = _DATE_ASIDE.fullmatch(line.strip())
        if aside and (day := parse_date(aside["date"])):
            return day
        if (date := _byline_date(line)) and (day := parse_date(date)):
            return day
    return None


def _byline_date(line: str) -> str | None:
    """The date that stands as a whole field of a byline, if `line` is one."""
    fields = [field.strip() for field in _FIELD_SEPARATOR.split(line.strip())]
    fields = [field for field in fields if field]
    if not 2 <= len(fields) <= 5:
        return None
    dates = [found["date"] for field in fields if (found := _WHOLE_DATE.fullmatch(field))]
    prose = any(len(field.split()) > _FIELD_WORDS or re.search(r"[.!?]\s+\S", field)
                for field in fields)
    return dates[0] if dates and not prose else None


@lru_cache(maxsize=256)
def parse_date(text: str) -> str | None:
    """`text` read as an English date with day, month and year, in ISO form."""
    import dateparser  # type: ignore[import-untyped]  # here: it takes a while to load

    parsed = dateparser.parse(text, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"})
    return None if parsed is None else str(parsed.date().isoformat())
