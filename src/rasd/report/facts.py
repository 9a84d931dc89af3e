"""A victim's fields from its records, and what the records leave uncertain.

The resolution rule (README, "Counting victims"): for sex, age group, governorate, cause and
perpetrator, the most frequent known value among the victim's current records, a tie going
to the record imported first; for the date of death, the most precise known date, then the
most frequent, then the first imported (a day refines the month that contains it, so
"2013-08" and "2013-08-05" agree). A field is unknown only when no record knows it.

Beside the resolved value each field keeps its candidates: every known value the records
give (for dates, the spans that contain no other, since a span containing another is only
a coarser statement of it). Records disagree on a field when there are two candidates.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, select

from rasd.errors import InputError
from rasd.places import governorate_of
from rasd.register import Register
from rasd.register.models import Record, Victim, VictimRecord

FIELDS = ("sex", "age_group", "date", "governorate", "cause", "perpetrator")
_UNKNOWN = frozenset({None, "", "unknown"})


@dataclass(frozen=True, order=True)
class Span:
    """A date as the days it may be: a full date is one day, "2013-08" a month."""

    start: date
    end: date
    text: str

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month"}.get(len(self.text), "year")

    def within(self, period: Span) -> bool:
        return period.start <= self.start and self.end <= period.end

    def meets(self, period: Span) -> bool:
        return self.start <= period.end and period.start <= self.end


def span(text: str) -> Span:
    """The span of an ISO date, year-month or year ("2013-08-04", "2013-08", "2013")."""
    try:
        parts = [int(part) for part in text.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return Span(day, day, day.isoformat())
        if len(parts) == 2:
            year, month = parts
            last = calendar.monthrange(year, month)[1]
            return Span(date(year, month, 1), date(year, month, last), f"{year:04d}-{month:02d}")
        if len(parts) == 1:
            return Span(date(parts[0], 1, 1), date(parts[0], 12, 31), f"{parts[0]:04d}")
    except ValueError:
        pass
    raise InputError("a date is YYYY-MM-DD, YYYY-MM or YYYY", value=text)


@dataclass(frozen=True)
class VictimFacts:
    """One victim as the counts see them: resolved values and candidates per field."""

    victim_id: int
    records: int
    sources: frozenset[int]
    resolved: dict[str, str | None]  # field: value (dates as their ISO text), None unknown
    candidates: dict[str, frozenset[str]]  # field: every known value; empty when unknown
    date: Span | None
    dates: tuple[Span, ...]

    @property
    def disagreements(self) -> tuple[str, ...]:
        return tuple(name for name in FIELDS if len(self.candidates[name]) > 1)


@dataclass(frozen=True)
class _Row:
    id: int
    source: int
    sex: str | None
    age_group: str | None
    date: str | None
    governorate: str | None
    cause: str | None
    perpetrator: str | None


def victim_facts(register: Register) -> Iterator[VictimFacts]:
    """Every active victim's facts, by victim id, streaming."""
    query = (select(VictimRecord.victim_id, Record.id, Record.source_id, Record.sex,
                    Record.age_group, Record.date_of_death, Record.governorate,
                    Record.district, Record.locality, Record.cause, Record.perpetrator)
             .join(Record, and_(Record.source_id == VictimRecord.source_id,
                                Record.record_key == VictimRecord.record_key,
                                Record.current, ~Record.withdrawn))
             .join(Victim, and_(Victim.id == VictimRecord.victim_id, Victim.status == "active"))
             .order_by(VictimRecord.victim_id, Record.id))
    with register.read() as conn:
        rows = conn.execution_options(yield_per=20_000).execute(query)
        current: int | None = None
        batch: list[_Row] = []
        for (victim, id_, source, sex, age_group, dod, governorate, district, locality, cause,
             perpetrator) in rows:
            if victim != current and current is not None:
                yield resolve(current, batch)
                batch = []
            current = victim
            batch.append(_Row(id_, source, sex, age_group, dod,
                              governorate_of(governorate, district, locality), cause,
                              perpetrator))
        if batch and current is not None:
            yield resolve(current, batch)


def resolve(victim_id: int, rows: Iterable[_Row]) -> VictimFacts:
    """A victim's facts from its records, oldest record first."""
    rows = sorted(rows, key=lambda row: row.id)
    resolved: dict[str, str | None] = {}
    candidates: dict[str, frozenset[str]] = {}
    for name in ("sex", "age_group", "governorate", "cause", "perpetrator"):
        known = [value for row in rows if (value := getattr(row, name)) not in _UNKNOWN]
        resolved[name] = _most_frequent(known)
        candidates[name] = frozenset(known)
    spans = [span(row.date) for row in rows if row.date]
    dates = _finest(spans)
    best = _resolve_date(spans)
    resolved["date"] = best.text if best else None
    candidates["date"] = frozenset(item.text for item in dates)
    return VictimFacts(victim_id, len(rows), frozenset(row.source for row in rows), resolved,
                       candidates, best, dates)


def _most_frequent(known: list[str]) -> str | None:
    if not known:
        return None
    counts = Counter(known)
    return max(counts, key=lambda value: (counts[value], -known.index(value)))


def _resolve_date(spans: list[Span]) -> Span | None:
    if not spans:
        return None
    finest = max(len(item.text) for item in spans)  # 10 a day, 7 a month, 4 a year
    precise = [item for item in spans if len(item.text) == finest]
    text = _most_frequent([item.text for item in precise])
    return next(item for item in precise if item.text == text)


def _finest(spans: list[Span]) -> tuple[Span, ...]:
    """The spans that contain no other: what the records say, at its most precise."""
    distinct = set(spans)
    return tuple(sorted(item for item in distinct if not any(
        other != item and other.within(item) for other in distinct)))
