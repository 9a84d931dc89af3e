"""`rasd stats`: SNHR-style counts of victims (never records), with what the records leave
uncertain shown beside each count.

Every count comes three ways. `count` uses each victim's resolved fields (rasd.report.facts);
a victim whose resolved date is partial and straddles a period's edge is not rounded into
the period. `low` counts only the victims that are in the count whatever their records'
candidate values are; `high` counts every victim that may be, an unknown value (no date, no
sex) counting as possibly anything. So low ≤ count ≤ high, and low = high when no victim
has a partial or missing value or records that disagree.

Categories: children are under 18; women and men are adult females and males; age_sex_unknown
is every other victim (age unknown, or an adult of unknown sex): it states what the records
say, so its low and high are its count. total = children + women + men + age_sex_unknown.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from sqlalchemy import func, select

from rasd.errors import InputError, RasdError
from rasd.places import governorate_key
from rasd.register import Register
from rasd.register.models import Record, Source, VictimRecord
from rasd.report.facts import FIELDS, Span, VictimFacts, span, victim_facts

COUNTS = ("total", "children", "women", "men", "age_sex_unknown", "under_torture")
BY_FIELDS = ("perpetrator", "cause", "governorate", "sex", "age_group", "year", "month", "list")
UNKNOWN = "unknown"
ANY = None  # a field's possible values when nothing is known: any row at all

Maybe = bool | None  # Kleene's three values: certainly, certainly not, perhaps


@dataclass
class Tally:
    """The counts of one row."""

    count: Counter[str] = field(default_factory=Counter)
    low: Counter[str] = field(default_factory=Counter)
    high: Counter[str] = field(default_factory=Counter)
    disagreements: Counter[str] = field(default_factory=Counter)
    records: int = 0
    lists: set[int] = field(default_factory=set)

    def to_dict(self, names: dict[int, str]) -> dict[str, Any]:
        return {**{name: self.count[name] for name in COUNTS},
                "low": {name: self.low[name] for name in COUNTS},
                "high": {name: self.high[name] for name in COUNTS},
                "disagreements": {name: self.disagreements[name] for name in FIELDS},
                "records": self.records,
                "lists": sorted(names[source] for source in self.lists)}


@dataclass(frozen=True)
class StatsQuery:
    """What to count: a period (inclusive, partial dates allowed), breakdowns and filters."""

    since: str | None = None
    until: str | None = None
    by: tuple[str, ...] = ()
    where: tuple[tuple[str, str], ...] = ()

    def period(self) -> Span | None:
        if self.since is None and self.until is None:
            return None
        start = span(self.since).start if self.since else span("1900").start
        end = span(self.until).end if self.until else span("2999").end
        if end < start:
            raise InputError("--until is before --since", field="until", value=self.until)
        return Span(start, end, f"{self.since or ''}..{self.until or ''}")


def parse_where(texts: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """`field=value` filters, checked against the fields stats knows."""
    pairs = []
    for text in texts:
        name, equals, value = text.partition("=")
        name, value = name.strip(), value.strip()
        if not equals or name not in BY_FIELDS or not value:
            raise InputError(f"a filter is FIELD=VALUE with FIELD one of {', '.join(BY_FIELDS)}",
                             field="--where", value=text)
        pairs.append((name, value))
    return tuple(pairs)


def stats(register: Register, query: StatsQuery | None = None, *,
          facts: Iterable[VictimFacts] | None = None) -> dict[str, Any]:
    """Counts of victims as design.md's `rasd stats --json` document; `facts`, when given, are
    the register's victim facts already read (a report counts them several ways)."""
    query = query or StatsQuery()
    for name in query.by:
        if name not in BY_FIELDS:
            raise InputError(f"cannot count by {name!r}: one of {', '.join(BY_FIELDS)}",
                             field="--by", value=name)
    names = _source_names(register)
    where = [(name, _canonical(name, value, names)) for name, value in query.where]
    period = query.period()
    total = Tally()
    rows: dict[tuple[str, ...], Tally] = defaultdict(Tally)
    possible: Counter[tuple[Any, ...]] = Counter()
    victims = 0
    for victim in victim_facts(register) if facts is None else facts:
        victims += 1
        gate = _all([_in_period(victim, period), *(_is(victim, n, {v}) for n, v in where)])
        gate_point = point_in_period(victim, period) and all(
            v in point_values(victim, n) for n, v in where)
        categories = {name: _category(victim, name) for name in COUNTS}
        _add(total, victim, gate_point, gate, categories, certain=True)
        if gate is False:
            continue
        high = tuple(name for name, (_, maybe) in categories.items() if maybe is not False)
        total.high.update(high)
        if query.by:
            for key in product(*(point_values(victim, name) for name in query.by)):
                _add(rows[key], victim, gate_point, gate, categories,
                     certain=_certain_row(victim, query.by, key))
            possible[(tuple(_possible_values(victim, name) for name in query.by), high)] += 1
    if victims == 0:
        raise RasdError("the register has no victims yet: run `rasd link` first")
    for (sets, high), n in possible.items():
        for key in rows:
            if all(values is ANY or part in values for values, part in zip(sets, key, strict=True)):
                for name in high:
                    rows[key].high[name] += n
    return {"unit": "victims", "since": query.since, "until": query.until,
            **total.to_dict(names),
            "unlinked_records": _unlinked(register),
            "by": list(query.by), "where": {name: value for name, value in query.where},
            "rows": [{**_row_key(query.by, key, names), **rows[key].to_dict(names)}
                     for key in sorted(rows, key=_row_order)]}


def _row_key(by: tuple[str, ...], key: tuple[str, ...], names: dict[int, str]
             ) -> dict[str, str]:
    return {name: names[int(part)] if name == "list" else part
            for name, part in zip(by, key, strict=True)}


def _add(tally: Tally, facts: VictimFacts, point: bool, gate: Maybe,
         categories: dict[str, tuple[bool, Maybe]], *, certain: bool) -> None:
    if point:
        tally.count.update(name for name, (hit, _) in categories.items() if hit)
        tally.disagreements.update(facts.disagreements)
        tally.records += facts.records
        tally.lists |= facts.sources
    if gate is True and certain:
        tally.low.update(name for name, (_, maybe) in categories.items() if maybe is True)


def _category(facts: VictimFacts, name: str) -> tuple[bool, Maybe]:
    """Whether the resolved victim is in the count, and whether it is whatever the truth."""
    resolved = facts.resolved
    if name == "total":
        return True, True
    if name == "children":
        return resolved["age_group"] == "child", _is(facts, "age_group", {"child"})
    if name in ("women", "men"):
        sex = "female" if name == "women" else "male"
        hit = resolved["age_group"] == "adult" and resolved["sex"] == sex
        return hit, _all([_is(facts, "age_group", {"adult"}), _is(facts, "sex", {sex})])
    if name == "age_sex_unknown":
        hit = resolved["age_group"] is None or (
            resolved["age_group"] == "adult" and resolved["sex"] is None)
        return hit, hit
    return resolved["cause"] == "torture", _is(facts, "cause", {"torture"})


def _is(facts: VictimFacts, name: str, values: set[str]) -> Maybe:
    possible = _possible_values(facts, name)
    if name == "list":  # a victim is on each of its lists, certainly
        return bool(possible and possible & values)
    if possible is ANY:
        return None
    if possible <= values:
        return True
    return None if possible & values else False


def _all(values: Sequence[Maybe]) -> Maybe:
    if any(value is False for value in values):
        return False
    return True if all(value is True for value in values) else None


def _in_period(facts: VictimFacts, period: Span | None) -> Maybe:
    if period is None:
        return True
    if not facts.dates:
        return None
    if all(item.within(period) for item in facts.dates):
        return True
    return None if any(item.meets(period) for item in facts.dates) else False


def point_in_period(facts: VictimFacts, period: Span | None) -> bool:
    return period is None or (facts.date is not None and facts.date.within(period))


def point_values(facts: VictimFacts, name: str) -> set[str]:
    """The row(s) the resolved victim is counted in."""
    if name == "list":
        return {str(source) for source in facts.sources}
    if name in ("year", "month"):
        if facts.date is None:
            return {UNKNOWN}
        # A date known only to the year is counted in that year's own row, not in a month.
        return {facts.date.text[:4] if name == "year" else facts.date.text[:7]}
    value = facts.resolved[name]
    return {value if value is not None else UNKNOWN}


def _possible_values(facts: VictimFacts, name: str) -> frozenset[str] | None:
    """Every row the victim may belong in; ANY when nothing is known."""
    if name == "list":
        return frozenset(str(source) for source in facts.sources)
    if name in ("year", "month"):
        if not facts.dates:
            return ANY
        return frozenset(key for item in facts.dates for key in _calendar_keys(item, name))
    return facts.candidates[name] or ANY


def _calendar_keys(item: Span, name: str) -> list[str]:
    if name == "year":
        return [str(year) for year in range(item.start.year, item.end.year + 1)]
    if item.precision == "year":  # any month of it, or the year's own row
        return [item.text, *(f"{item.text}-{month:02d}" for month in range(1, 13))]
    return [item.text[:7]]


def _certain_row(facts: VictimFacts, by: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """Whether the victim is in this row whatever its records' candidate values."""
    for name, part in zip(by, key, strict=True):
        if name in ("year", "month") and facts.dates:
            width = 4 if name == "year" else 7
            if {item.text[:width] for item in facts.dates} != {part}:
                return False
            continue
        possible = _possible_values(facts, name)
        if possible is ANY:
            if part != UNKNOWN:
                return False
        elif name != "list" and possible != {part}:
            return False
    return True


def _canonical(name: str, value: str, names: dict[int, str]) -> str:
    if name == "governorate":
        return governorate_key(value) or value
    if name == "list":
        ids = [str(source) for source, text in names.items() if text == value]
        if not ids:
            raise InputError("no such list in the register", field="--where", value=value)
        return ids[0]
    return value


def _row_order(key: tuple[str, ...]) -> tuple[tuple[bool, str], ...]:
    return tuple((part == UNKNOWN, part) for part in key)


def _source_names(register: Register) -> dict[int, str]:
    with register.read() as conn:
        return {int(id_): name for id_, name in conn.execute(select(Source.id, Source.name))}


def _unlinked(register: Register) -> int:
    """Current records no victim holds: imported after the last `rasd link`."""
    with register.read() as conn:
        linked = select(VictimRecord.source_id).where(
            VictimRecord.source_id == Record.source_id,
            VictimRecord.record_key == Record.record_key)
        return int(conn.execute(select(func.count()).select_from(Record).where(
            Record.current, ~Record.withdrawn, ~linked.exists())).scalar_one())

