"""The date a document says it was published: a "Published:" label or a dateline near its top."""

from __future__ import annotations

import re
from functools import lru_cache

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
DATE = (rf"(?:{_WEEKDAY}(?:{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}})"
        r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})")
_LABELLED = re.compile(rf"\b(?:Published|Posted|Released|Issued|Date|First published)"
                       rf"(?: on)?\s*[:|–—-]?\s*(?P<date>{DATE})")
# "March 12, 2021 —", "DAMASCUS, 12 March 2021 -", a line that is only a date, or one that
# ends in a date after a separator ("By Lina Haddad | 12 March 2021")
_DATELINE = re.compile(rf"(?:[A-Z][A-Za-z .'’-]{{1,30}},\s*)?(?P<date>{DATE})\s*(?:[|·•–—-].*)?"
                       rf"|.*\s[|·•–—-]\s*(?P<last>{DATE})\.?")
_TOP_LINES = 20  # how far down a dateline may stand


def find_published(lines: list[str]) -> str | None:
    """The ISO date of the first labelled date or dateline among the top lines, if any."""
    for line in lines[:_TOP_LINES]:
        found = _LABELLED.search(line) or _DATELINE.fullmatch(line)
        if found and (day := parse_date(found["date"] or found["last"])):
            return day
    return None


@lru_cache(maxsize=256)
def parse_date(text: str) -> str | None:
    """`text` read as an English date with day, month and year, in ISO form."""
    import dateparser  # type: ignore[import-untyped]  # here: it takes a while to load

    parsed = dateparser.parse(text, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"})
    return None if parsed is None else str(parsed.date().isoformat())
