"""Capture histories: which lists recorded each victim, as the tables the estimators read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy import select

from rasd.errors import InputError, RasdError
from rasd.estimate import CaptureTable, capture_table
from rasd.register import Register
from rasd.register.models import Source
from rasd.report.facts import Span, VictimFacts, victim_facts
from rasd.report.stats import BY_FIELDS, StatsQuery, point_in_period, point_values


def capture_tables(register: Register, *, by: str | None = None,
                   lists: Sequence[str] | None = None, since: str | None = None,
                   until: str | None = None, facts: Iterable[VictimFacts] | None = None
                   ) -> dict[str, CaptureTable]:
    """One capture table per stratum of `by` (one, keyed "all", without it), over the
    victims counted in the period, on the named lists (default: every list); `facts` as
    in `stats`."""
    if by is not None and (by not in BY_FIELDS or by == "list"):
        raise InputError(f"cannot stratify by {by!r}", field="--by", value=by)
    sources = _sources(register, lists)
    period: Span | None = StatsQuery(since=since, until=until).period()
    patterns: dict[str, Counter[str]] = {}
    for victim in victim_facts(register) if facts is None else facts:
        if not point_in_period(victim, period):
            continue
        pattern = "".join("1" if source in victim.sources else "0" for source in sources)
        if "1" not in pattern:
            continue
        stratum = "all" if by is None else next(iter(point_values(victim, by)))
        patterns.setdefault(stratum, Counter())[pattern] += 1
    if not patterns:
        raise RasdError("no victims to estimate from: run `rasd link` first, or widen the "
                        "period")
    names = list(sources.values())
    return {stratum: capture_table(names, counts)
            for stratum, counts in sorted(patterns.items())}


def _sources(register: Register, lists: Sequence[str] | None) -> dict[int, str]:
    with register.read() as conn:
        found = {name: int(id_) for id_, name in
                 conn.execute(select(Source.id, Source.name).order_by(Source.id))}
    for name in lists or ():
        if name not in found:
            raise InputError("no such list in the register", field="--lists", value=name)
    chosen = list(lists) if lists else list(found)
    return {found[name]: name for name in chosen}
