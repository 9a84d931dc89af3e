"""The period a sentence speaks of: "since 4 August 2013", "between March 2011 and March
2021", "in the first half of 2021", "in October" (the last October up to the document's
date), "the past 24 hours", "on Wednesday", "since Sunday", "last week" (Monday to Sunday of
the week before), "last year", "this month", "since the start of the year", "since the
start of the conflict", "since Rouhani took office".

Dates keep the precision the text gives: "2013-08-04", "2016-10", "2015". A relative period
("in October", "the past 24 hours", "yesterday") needs the document's date; without one it
is left unknown rather than guessed. "This month" in a monthly report published early in the
next month, after it named that month ("In March 2023"), is the report's month.

Named events come from a table that is meant to grow (EVENTS), and from the document itself:
"since the inauguration of President Hassan Rouhani on 4 August 2013" teaches that a later
"since Hassan Rouhani was elected" starts on that day. "The conflict" is the conflict of the
country the document names most often (CONFLICTS).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from rasd.claims._extract_mentions import atom_value
from rasd.claims._extract_other_events import made_spans

# (pattern, start date): events a period may start from.
EVENTS: list[tuple[str, str]] = [
    (r"(?:inauguration|swearing[- ]in|election|presidency)\s+of\s+(?:president\s+)?"
     r"(?:hassan\s+)?rouhani|rouhani(?:'s|’s)?\s+(?:was\s+)?(?:elected|inaugurat\w*|took\s+office"
     r"|became\s+president|came\s+to\s+power|assumed\s+(?:office|the\s+presidency)"
     r"|presidency|election)", "2013-08-04"),
    (r"(?:the\s+)?russian\s+(?:military\s+)?intervention", "2015-09-30"),
    (r"(?:the\s+)?full[- ]scale\s+(?:russian\s+)?invasion", "2022-02-24"),
    (r"(?:the\s+)?saudi[- ]led\s+(?:coalition\s+)?(?:intervention|campaign)", "2015-03-26"),
]
# The start of "the conflict", by the country a document is about.
CONFLICTS = {"syria": "2011-03-15", "yemen": "2015-03-26", "sudan": "2023-04-15",
             "ukraine": "2022-02-24", "gaza": "2023-10-07"}
_COUNTRY_WORDS = {"syria": r"syria\w*", "yemen": r"yemen\w*", "sudan": r"sudan\w*",
                  "ukraine": r"ukrain\w*", "gaza": r"gaza\w*|israel\w*"}
_CONFLICT_START = re.compile(
    r"(?:start|beginning|outbreak|onset|eruption)\s+of\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:conflict|uprising|revolution|war|crisis|hostilities|fighting)", re.I)

_MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES |= {name.lower(): number for number, name in enumerate(calendar.month_abbr)
                 if name}
_MONTH_NAMES["sept"] = 9
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_FULL_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October"
               r"|November|December)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATE = (rf"(?:(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"
         rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})"
         rf"|(?P<iso>{_YEAR}-[01]\d-[0-3]\d)"
         rf"|(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})"
         rf"|(?P<d4>{_DAY})\s+(?:of\s+)?(?P<m4>{_MONTH})(?![\w])"
         rf"|(?P<m5>{_MONTH})\s+(?P<d5>{_DAY})(?![\w])"
         rf"|(?P<y6>{_YEAR})(?![\w-])"
         rf"|(?P<m7>{_FULL_MONTH})(?![\w]))")
_UNITS = {"hour": "hours", "hours": "hours", "day": "days", "days": "days", "week": "weeks",
          "weeks": "weeks", "month": "months", "months": "months", "year": "years",
          "years": "years"}
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}


def _dates(name: str) -> str:
    """A date pattern with its groups renamed, so that two can sit in one pattern."""
    return re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}_\1>", _DATE)


_EVENT_WITH_DATE = re.compile(rf"\b[Ss]ince\s+(?P<event>[^,.;:()]{{3,100}}?)\s+(?:on|in)\s+"
                              rf"{_dates('a')}")
_BEGAN_ON = re.compile(rf"\b(?:start|beginning|outbreak|onset)\s+of\s+(?:the|this|its)\s+"
                       rf"(?P<event>[a-z]+)\s+(?:on|in)\s+{_dates('a')}")
# "the army launched its offensive against the FVM on 3 August 2044", "the siege began in
# March 2031": the day a campaign began starts an open period, not a single day's toll
_CAMPAIGN = (r"(?P<event>offensive|campaign|operation|war|invasion|assault|siege|incursion"
             r"|bombardment|hostilities|fighting)")
_LAUNCHED_ON = [
    re.compile(rf"\b(?:launched|began|started|opened|unleashed|mounted|initiated)\s+(?:its|their"
               rf"|his|her|the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_CAMPAIGN}\b[^.;:\d]{{0,80}}?"
               rf"\s+(?:on|in)\s+{_dates('a')}"),
    re.compile(rf"\b{_CAMPAIGN}\s+(?:began|started|was\s+launched|broke\s+out|opened)\s+"
               rf"(?:on|in)\s+{_dates('a')}"),
]
# "covers the period from the third review of Tarvania in November 2041 to 31 May 2045":
# the event dates the start, and a later "since the last review" starts there too
_FROM_EVENT = re.compile(rf"\b[Ff]rom\s+the\s+(?:[a-z]+\s+)?(?P<event>[a-z]{{4,}})\s+"
                         rf"(?:of\s+[^,.;:\d]{{1,40}}?\s+)?(?:on|in)\s+{_dates('a')}\s+"
                         rf"(?:to|until|till|through)\s+{_dates('b')}")
_SPANS = [
    ("both", _FROM_EVENT),
    *(("since", pattern) for pattern in _LAUNCHED_ON),
    ("since", _EVENT_WITH_DATE),
    # "from the beginning of the campaign on 8 September 2037 until ...": its start
    ("since", re.compile(rf"\b[Ff]rom\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+"
                         rf"[^,.;:()\d]{{3,60}}?\s+(?:on|in)\s+{_dates('a')}")),
    # "between 4 and 6 March 2025", "(4-6 March 2025)": the first day takes the second's
    # month and year
    ("days", re.compile(rf"(?:\b(?:[Bb]etween|[Ff]rom)\s+)?(?<![\w-])(?P<first>{_DAY})\s*"
                        rf"(?:-|–|—|\band\b|\bto\b|\buntil\b|\bthrough\b)\s*"
                        rf"(?P<b_d1>{_DAY})\s+(?:of\s+)?(?P<b_m1>{_MONTH}),?\s+"
                        rf"(?P<b_y1>{_YEAR})")),
    # "Covering 1 November 2032 to 31 January 2033": the period a bulletin covers
    # (each date may carry an aside: "Between 17 October 2016, when the operation began,
    # and 10 July 2017, ...")
    ("both", re.compile(rf"\b(?:[Bb]etween|[Ff]rom|[Cc]overing|[Cc]overs|[Ff]or\s+the\s+period)"
                        rf"\s+{_dates('a')}(?:,\s+(?:when|as|after|before|which)\b[^;.\d]{{0,120}}?,)?"
                        rf"\s+(?:and|to|until|till"
                        rf"|through)\s+(?:the\s+end\s+of\s+)?{_dates('b')}")),
    ("both", re.compile(rf"(?<![\w-]){_dates('a')}\s*(?:-|–|—)\s*{_dates('b')}")),
    ("both", re.compile(rf"(?<![\w-])(?P<a_y6>{_YEAR})\s*(?:-|–|—|to)\s*(?P<b_y6>{_YEAR})\b")),
    ("since", re.compile(rf"\b[Ss]ince\s+(?:the\s+(?:start|beginning)\s+of\s+)?{_dates('a')}")),
    # "until the evening of yesterday, Wednesday 21 October": the day said after its name
    ("until", re.compile(rf"\b(?:[Uu]ntil|[Tt]ill|[Uu]p\s+to|[Tt]hrough|[Aa]s\s+of|[Bb]y)\s+"
                         rf"(?:the\s+end\s+of\s+|(?:the\s+(?:evening|morning|night|end)\s+of\s+)?"
                         rf"(?:yesterday|today),?\s+(?:\w+day,?\s+)?)?{_dates('b')}")),
    # "in the 12 months to 31 August 2045": a span that ends on the date it names
    ("ending", re.compile(rf"\b(?:in\s+|during\s+|over\s+)?the\s+(?:past\s+|last\s+)?"
                          rf"(?P<n>\d{{1,3}})\s+(?P<unit>days|weeks|months|years)\s+"
                          rf"(?:to|up\s+to|ending(?:\s+on)?|ended)\s+{_dates('b')}")),
    ("part", re.compile(rf"\b(?:in\s+|during\s+)?the\s+(?P<part>first|second|third|fourth|last)"
                        rf"\s+(?P<size>half|quarter)\s+of\s+(?P<a_y6>{_YEAR})\b", re.I)),
    # "Reporting month: May 2034", "Period covered: March 2031": a dashboard's or an
    # update's header labels the period its figures cover
    ("in", re.compile(rf"\b(?:[Rr]eporting\s+(?:month|period|week)|[Pp]eriod(?:\s+covered)?"
                      rf"|[Mm]onth)\s*:\s*{_dates('a')}")),
    ("in", re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver)\s+(?:the\s+month\s+of\s+)?"
                      rf"(?:early\s+|mid-?|late\s+)?{_dates('a')}")),
    # "on Monday, 3 March 2025", "on the night of 14 November 2031"
    ("on", re.compile(rf"\b[Oo]n\s+(?:the\s+(?:night|morning|afternoon|evening|eve)\s+of\s+)?"
                      rf"(?:\w+day,?\s+)?{_dates('a')}")),
]
# "the past 24 hours", "the last week", "last 30 days"; "last year" is the calendar year.
_PAST = re.compile(r"\b(?:(?P<the>the)\s+)?(?:past|last|previous|preceding)\s+"
                   r"(?P<n>[\w,.-]+\s+)?(?P<unit>hours?|days?|weeks?|months?|years?)\b"
                   # "the last 3 months of the siege" is no time before the publication
                   r"(?!\s+of\s+(?:the|its|their|this|that)\b)", re.I)
_LAST = re.compile(r"\b(?P<which>last|this|previous)\s+(?P<unit>week|month|year)\b", re.I)
_DAY_WORD = re.compile(r"\b(?P<since>[Ss]ince\s+)?(?P<word>[Yy]esterday|[Tt]oday|[Tt]onight"
                       r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
                       r"(?!['’]s)")
# "since the start of the year", "since the beginning of this month", "since the beginning
# of the current year", "since the first of January" (the year's first day)
_START_OF = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+"
                       r"(?:the\s+current|the\s+present|the|this)\s+(?P<unit>year|month)"
                       r"|the\s+first\s+of\s+January)\b", re.I)
_SINCE_CLAUSE = re.compile(r"\b[Ss]ince\s+(?P<clause>[^,.;:()]{3,100})")
_NAME = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+(?:al-|el-|bin\s+|ibn\s+)?[A-Z][a-z’'-]+)*")
_TITLES = frozenset({"President", "The", "King", "Prime", "Minister", "Since", "General"})
_UNTIL_GAP = 60  # characters: "since X ... until Y" read as one period


@dataclass(frozen=True)
class Period:
    start: int  # offsets into the sentence
    end: int
    since: str | None
    until: str | None


# a day a source spoke on, not one its figures are of: "the army ... said on 4 March that no
# more than 6 people had died", "told reporters on Monday"
_SAID_ON = re.compile(r"\b(?:said|says|told|reported|announced|stated|added|claimed|denied"
                      r"|insisted)(?:\s+[a-z]+){0,2}\s+$")


def events_only(text: str, periods: list[Period]) -> list[Period]:
    """The periods of a sentence without the days its sources spoke on, nor those of an
    agreement or meeting it names (rasd.claims._extract_other_events)."""
    made = made_spans(text)
    return [period for period in periods if not (
        period.since == period.until and _SAID_ON.search(text[:period.start]))
        and not any(start <= period.start < end for start, end in made)]


class PeriodReader:
    """Finds periods in the sentences of one document."""

    def __init__(self, text: str, published: str | None) -> None:
        self.published = _as_date(published)
        self.conflict = _conflict_start(text)
        self.learned: dict[str, str] = {}
        self.month: str | None = None  # the last whole month named ("In March 2023")
        self.week: tuple[str, str] | None = None  # the last seven days named ("18-24 August")

    def find(self, sentence: str) -> list[Period]:
        """The periods a sentence names, in text order."""
        self._learn(sentence)
        found: list[Period] = []
        taken: list[tuple[int, int]] = []
        for kind, pattern in _SPANS:
            for match in pattern.finditer(sentence):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                period = self._span(kind, match)
                if period is not None:
                    found.append(period)
                    taken.append(match.span())
        for period in (*self._events(sentence), *self._relative(sentence)):
            if not any(period.start < end and start < period.end for start, end in taken):
                found.append(period)
                taken.append((period.start, period.end))
        found = _joined(sorted(found, key=lambda period: period.start))
        for period in found:
            if period.since and period.since == period.until and len(period.since) == 7:
                self.month = period.since
            if _seven_days(period):
                self.week = (period.since or "", period.until or "")
        return found

    def _span(self, kind: str, match: re.Match[str]) -> Period | None:
        second = self._date(match, "b")
        # "between 1 January and 30 June 2024": the first takes the second's year
        first = self._date(match, "a", second[0][:4] if second else None)
        if kind == "days":
            day = int(re.sub(r"\D", "", match.group("first")))
            if second is None or len(second[0]) != 10 or day > int(second[0][8:]):
                return None
            return Period(match.start(), match.end(), f"{second[0][:8]}{day:02d}", second[1])
        if kind == "both":
            if first is None or second is None:
                return None
            return Period(match.start(), match.end(), first[0], second[1])
        if kind == "since":
            return None if first is None else Period(match.start(), match.end(), first[0], None)
        if kind == "ending":
            end = _as_date(second[1]) if second is not None and len(second[1]) == 10 else None
            if end is None:
                return None
            begin = _span_start(end, int(match.group("n")), _UNITS[match.group("unit")])
            return Period(match.start(), match.end(), begin.isoformat(), end.isoformat())
        if kind == "until":
            return None if second is None else Period(match.start(), match.end(), None, second[1])
        if kind == "part" and first is not None:
            return Period(match.start(), match.end(), *_part_of_year(
                first[0], match.group("part").lower(), match.group("size").lower()))
        if first is None:
            return None
        if self.published is not None and first[1] == str(self.published.year):
            first = (first[0], self.published.isoformat())  # "in 2018 alone", said in April 2018
        return Period(match.start(), match.end(), *first)

    def _date(self, match: re.Match[str], side: str,
              year_given: str | None = None) -> tuple[str, str] | None:
        """The first and last day a date names, each in the precision it was written;
        `year_given` for a date written without its year."""
        groups = {key[len(side) + 1:]: value for key, value in match.groupdict().items()
                  if key.startswith(side + "_") and value}
        if not groups:
            return None
        if "iso" in groups:
            return groups["iso"], groups["iso"]
        year = next((groups[key] for key in ("y1", "y2", "y3", "y6") if key in groups), None)
        month_text = next((groups[key] for key in ("m1", "m2", "m3", "m4", "m5", "m7")
                           if key in groups), None)
        day_text = next((groups[key] for key in ("d1", "d2", "d4", "d5") if key in groups), None)
        month = _MONTH_NAMES[month_text.lower().rstrip(".")] if month_text else None
        day = int(re.sub(r"\D", "", day_text)) if day_text else None
        year = year or year_given
        if year is None:
            resolved = self._year_for(month or 1, day or 1)
            if resolved is None:
                return None
            year = str(resolved)
        if month is None:
            return year, year
        if day is None:
            return f"{year}-{month:02d}", f"{year}-{month:02d}"
        try:
            iso = date(int(year), month, day).isoformat()
        except ValueError:
            return None
        return iso, iso

    def _year_for(self, month: int, day: int) -> int | None:
        """"In October": the last October on or before the document's date."""
        if self.published is None:
            return None
        year = self.published.year
        return year if (month, day) <= (self.published.month, self.published.day) else year - 1

    def _learn(self, sentence: str) -> None:
        # "the beginning of the campaign on 8 September 2037": a later "since the start of
        # the campaign" starts then
        for match in _BEGAN_ON.finditer(sentence):
            when = self._date(match, "a")
            if when is not None:
                self.learned.setdefault(match.group("event"), when[0])
        for pattern in (_FROM_EVENT, *_LAUNCHED_ON):
            for match in pattern.finditer(sentence):
                when = self._date(match, "a")
                if when is not None:
                    self.learned.setdefault(match.group("event"), when[0])
        for match in _EVENT_WITH_DATE.finditer(sentence):
            when = self._date(match, "a")
            if when is None:
                continue
            for name in _NAME.findall(match.group("event")):
                words = [word for word in name.split() if word not in _TITLES]
                if words:
                    self.learned.setdefault(" ".join(words), when[0])

    def _events(self, sentence: str) -> list[Period]:
        found = []
        for match in _SINCE_CLAUSE.finditer(sentence):
            clause = match.group("clause")
            start = self._event_start(clause)
            if start is not None:
                found.append(Period(match.start(), match.end(), start, None))
        return found

    def _event_start(self, clause: str) -> str | None:
        for name, when in self.learned.items():
            if name in clause:
                return when
        for pattern, when in EVENTS:
            if re.search(pattern, clause, re.I):
                return when
        if self.conflict and _CONFLICT_START.search(clause):
            return self.conflict
        return None

    def _relative(self, sentence: str) -> list[Period]:
        if self.published is None:
            return []
        today = self.published
        found = []
        for match in _PAST.finditer(sentence):
            if not (match.group("the") or match.group("n")):
                continue
            amount = atom_value(match.group("n")) if match.group("n") else 1
            if amount is None:
                continue
            begin = _back(today, int(amount), _UNITS[match.group("unit").lower()])
            found.append(Period(match.start(), match.end(), begin.isoformat(), today.isoformat()))
        for match in _LAST.finditer(sentence):
            period = _calendar_period(today, match.group("which").lower(),
                                      match.group("unit").lower())
            if (match.group("which").lower() == "this" and match.group("unit").lower() == "month"
                    and self.month == _calendar_period(today, "last", "month")[0]):
                # a monthly report out early in the next month: "this month" is its month
                period = (self.month, self.month)
            if (match.group("which").lower() == "this" and match.group("unit").lower() == "week"
                    and self.week is not None
                    and 0 < (today - date.fromisoformat(self.week[1])).days <= 7):
                # a weekly report out in the next week: "this week" is its week
                period = self.week
            found.append(Period(match.start(), match.end(), *period))
        for match in _DAY_WORD.finditer(sentence):
            day = _day(today, match.group("word").lower().removeprefix("on ")).isoformat()
            found.append(Period(match.start(), match.end(), day,
                                None if match.group("since") else day))
        for match in _START_OF.finditer(sentence):
            unit = (match.group("unit") or "year").lower()
            first_day = f"{today.year}-01-01" if unit == "year" else f"{today:%Y-%m}-01"
            found.append(Period(match.start(), match.end(), first_day, None))
        return found


def _seven_days(period: Period) -> bool:
    """Whether a period is seven whole days ("18-24 August 2031"), a week a report covers."""
    if not (period.since and period.until and len(period.since) == len(period.until) == 10):
        return False
    days = date.fromisoformat(period.until) - date.fromisoformat(period.since)
    return days.days == 6


def day_before(published: str | None) -> str | None:
    """The day before the document's date: the end of "yesterday's" figures."""
    today = _as_date(published)
    return None if today is None else (today - timedelta(days=1)).isoformat()


def _part_of_year(year: str, part: str, size: str) -> tuple[str, str]:
    """"the first half of 2021" → 2021-01..2021-06."""
    months = 6 if size == "half" else 3
    count = 12 // months
    index = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": count - 1}[part]
    index = min(index, count - 1)
    return f"{year}-{index * months + 1:02d}", f"{year}-{(index + 1) * months:02d}"


def _joined(periods: list[Period]) -> list[Period]:
    """"since March 2011 until the end of 2020" is one period."""
    joined: list[Period] = []
    for period in periods:
        if (joined and joined[-1].until is None and period.since is None
                and joined[-1].since is not None and period.start - joined[-1].end < _UNTIL_GAP):
            last = joined.pop()
            period = Period(last.start, period.end, last.since, period.until)
        joined.append(period)
    return joined


def _conflict_start(text: str) -> str | None:
    counts = {country: len(re.findall(rf"\b(?:{words})\b", text, re.I))
              for country, words in _COUNTRY_WORDS.items()}
    country = max(counts, key=lambda key: counts[key])
    return CONFLICTS[country] if counts[country] else None


def _as_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _back(today: date, amount: int, unit: str) -> date:
    if unit == "hours":
        return today - timedelta(days=max(1, -(-amount // 24)))
    if unit == "days":
        return today - timedelta(days=amount)
    if unit == "weeks":
        return today - timedelta(weeks=amount)
    months = amount * (12 if unit == "years" else 1)
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))


def _span_start(end: date, amount: int, unit: str) -> date:
    """The first day of the `amount` units that end on `end`: "the 12 months to 31 August
    2045" start on 1 September 2044 (whole months when the span ends on a month's end)."""
    if unit in ("months", "years") and (end + timedelta(days=1)).day == 1:
        months = amount * (12 if unit == "years" else 1)
        year, month = divmod(end.year * 12 + end.month - months, 12)
        return date(year, month + 1, 1)
    return _back(end, amount, unit) + timedelta(days=1)


def _calendar_period(today: date, which: str, unit: str) -> tuple[str, str]:
    if unit == "year":
        if which == "this":
            return str(today.year), today.isoformat()
        return str(today.year - 1), str(today.year - 1)
    if unit == "month":
        if which == "this":
            return f"{today.year}-{today.month:02d}", f"{today.year}-{today.month:02d}"
        year, month = divmod(today.year * 12 + today.month - 2, 12)
        return f"{year}-{month + 1:02d}", f"{year}-{month + 1:02d}"
    if which == "this":
        return (today - timedelta(days=today.weekday())).isoformat(), today.isoformat()
    start = today - timedelta(days=today.weekday() + 7)
    return start.isoformat(), (start + timedelta(days=6)).isoformat()


def _day(today: date, word: str) -> date:
    if word == "yesterday":
        return today - timedelta(days=1)
    if word in ("today", "tonight"):
        return today
    return today - timedelta(days=(today.weekday() - _WEEKDAYS[word]) % 7)


# how many years before publication a period ended for it to be history (see history)
_HISTORY_YEARS = 10


def history(period: Period, published: str | None) -> bool:
    """Whether `period` ended long before the document was written ("made the news in 1961,
    when a drought ..."): background, not the time of the figures said after it."""
    if published is None or period.until is None:
        return False
    return int(published[:4]) - int(period.until[:4]) > _HISTORY_YEARS


# A standing count, as things are when the text is written: "1.3 million people are now
# displaced", "9,800 people are held in official prisons", "60 people are still missing".
# A period named before it frames what happened then, not this. (Where people "are living"
# is left framed: annotators read a displacement "since November" into it.)
_STANDING = re.compile(r"\b(?:are|is|remain|remains)\s+(?:now\s+|still\s+|currently\s+)?"
                       r"(?:being\s+)?(?:held|displaced|detained|missing|besieged|trapped)\b", re.I)


def standing(sentence: str) -> bool:
    """Whether a sentence gives a standing count (see _STANDING)."""
    return _STANDING.search(sentence) is not None
