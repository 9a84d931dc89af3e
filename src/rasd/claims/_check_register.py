"""The check against the register: a claim of people killed beside the register's count of
victims for the same group, period, governorate and perpetrator, with its low..high."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rasd.claims._check_doc import Doc, limits
from rasd.claims._check_figures import Bounds, is_count, number, place, reading, stated, subgroup
from rasd.claims._check_result import Coverage, Outcome, Verdict
from rasd.claims.model import Claim
from rasd.errors import InputError
from rasd.register import Register
from rasd.report import StatsQuery, stats

# The register's counts for a claim's subgroup; women and children are two counts summed.
COUNTS: dict[str | None, tuple[str, ...]] = {
    None: ("total",), "civilians": ("total",), "children": ("children",),
    "women": ("women",), "men": ("men",), "under_torture": ("under_torture",),
    "women_and_children": ("children", "women"),
}
# How documents name the perpetrators of design.md's default vocabulary for Syria.
PERPETRATORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (value, re.compile(pattern, re.I)) for value, pattern in (
        ("syrian_regime", r"syrian regime|assad|government forces|regime forces|"
                          r"syrian (arab )?army|النظام|قوات الحكومة"),
        ("russia", r"russia|الروس"),
        ("iran_backed_militias", r"iran|hezbollah|hizbollah|(iraqi|lebanese|shiite|shia|afghan|"
                                 r"sectarian)\b.*militia|إيران|ايران|حزب الله"),
        ("isis", r"\bisis\b|\bisil\b|islamic state|daesh|داعش|تنظيم الدولة"),
        ("hts", r"\bhts\b|tahrir al-sham|nusra|هيئة تحرير الشام|النصرة"),
        ("sdf", r"\bsdf\b|syrian democratic forces|قسد|قوات سوريا الديمقراطية"),
        ("coalition", r"coalition|التحالف"),
        ("opposition", r"opposition|free syrian army|\bfsa\b|المعارضة"),
    ))


@dataclass(frozen=True)
class _Query:
    """What to ask the register for one claim, and what a reader should know about it."""

    since: str | None
    until: str | None
    governorate: str | None
    perpetrators: tuple[str, ...]
    counts: tuple[str, ...]
    notes: tuple[str, ...]

    def stats_query(self) -> StatsQuery:
        where: tuple[tuple[str, str], ...] = ()
        if self.governorate:
            where += (("governorate", self.governorate),)
        if len(self.perpetrators) == 1:
            where += (("perpetrator", self.perpetrators[0]),)
        # stats filters by one value per field, so several perpetrators are rows to add up.
        by = ("perpetrator",) if len(self.perpetrators) > 1 else ()
        return StatsQuery(self.since, self.until, by, where)

    def words(self) -> str:
        parts = [f"since {self.since}" if self.since else "from the first record",
                 f"until {self.until}" if self.until else "to the last record"]
        if self.governorate:
            parts.append(f"in {self.governorate}")
        if self.perpetrators:
            parts.append("by " + " or ".join(self.perpetrators))
        return ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        query = self.stats_query()
        return {"since": self.since, "until": self.until, "by": list(query.by),
                "where": dict(query.where), "perpetrators": list(self.perpetrators),
                "counts": list(self.counts)}


def check_register(docs: Sequence[Doc], register: Register) -> Outcome:
    outcome = Outcome()
    answers: dict[StatsQuery, dict[str, Any]] = {}
    for doc in docs:
        for index, claim in enumerate(doc.claims):
            query = _query(claim, doc.published)
            outcome.count("register", "claims", query if isinstance(query, str) else None)
            if isinstance(query, _Query):
                asked = query.stats_query()
                if asked not in answers:
                    answers[asked] = stats(register, asked)
                outcome.verdicts.append(_verdict(doc, index, query, answers[asked]))
    return outcome


def skipped(docs: Sequence[Doc]) -> Outcome:
    """The register check's coverage when there is no register to check against."""
    coverage = Coverage("register", "claims", note="skipped: no register given")
    for doc in docs:
        for _ in doc.claims:
            coverage.add("no register")
    return Outcome(coverage={"register": coverage})


def _query(claim: Claim, published: str | None) -> _Query | str:
    """The register query for a claim, or why there is none."""
    if claim.measure != "killed" or not is_count(claim):
        return "not a count of the killed"
    counts = COUNTS.get(subgroup(claim))
    if counts is None:
        return "no matching count"
    where = place(claim)
    if where.startswith("place:"):
        return "place is not a governorate"
    notes = []
    until = claim.period_end
    if until is None and published:
        until = published
        notes.append("counted until the document's date")
    perpetrators = _perpetrators(claim.actor)
    if claim.actor and not perpetrators:
        notes.append(f"no perpetrator value for '{claim.actor}': every perpetrator counted")
    query = _Query(claim.period_start, until,
                   claim.place if where.startswith("governorate:") else None,
                   perpetrators, counts, tuple(notes))
    try:
        query.stats_query().period()
    except InputError:
        return "bad period"
    return query


def _perpetrators(actor: str | None) -> tuple[str, ...]:
    if not actor:
        return ()
    return tuple(value for value, pattern in PERPETRATORS if pattern.search(actor))


def _tally(answer: dict[str, Any], query: _Query) -> tuple[int, int, int]:
    """The register's count, low and high for the claim's counts and perpetrators."""
    rows = ([row for row in answer["rows"] if row["perpetrator"] in query.perpetrators]
            if len(query.perpetrators) > 1 else [answer])
    count = sum(row[name] for row in rows for name in query.counts)
    low = sum(row["low"][name] for row in rows for name in query.counts)
    high = sum(row["high"][name] for row in rows for name in query.counts)
    # A victim of unknown age or perpetrator is "possibly" in several rows or counts at once;
    # the filtered total is an upper bound that counts them once.
    return count, low, min(high, answer["high"]["total"])


def _verdict(doc: Doc, index: int, query: _Query, answer: dict[str, Any]) -> Verdict:
    claim = doc.claims[index]
    said = reading(claim)
    assert said is not None
    count, low, high = _tally(answer, query)
    held = Bounds(low, high)
    verdict = ("consistent" if said.meets(held) else
               "register lower" if said.low > high else "register higher")
    finding = {"consistent": "consistent with the claim",
               "register lower": "the register holds fewer than the claim says",
               "register higher": "the register holds more than the claim says"}[verdict]
    what = " + ".join(query.counts)
    evidence = (f"'{stated(claim)}' {subgroup(claim) or 'killed'}; the register counts "
                f"{number(count)} ({what}, {query.words()}; {number(low)} to {number(high)} "
                f"as its records leave uncertain): {finding}")
    if query.notes:
        evidence += f" ({'; '.join(query.notes)})"
    return Verdict("register", verdict, verdict != "consistent", (doc.ref(index),), evidence,
                   {"claim": {"value": claim.value, "low": claim.low, "high": claim.high,
                              "qualifier": claim.qualifier, "bounds": limits(said)},
                    "register": {"count": count, "low": low, "high": high},
                    "query": query.to_dict(), "notes": list(query.notes)})
