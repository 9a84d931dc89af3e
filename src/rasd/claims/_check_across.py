"""The checks across documents: one asserter's counts over time, asserters side by side, and
figures far out of line with every other figure held for the same group.

A claim linked prior_report is an earlier report's figure quoted beside the current one: it
is not the document's own figure for its publication date, so these checks leave it out. A
claim is read with what its document says around it (a part's place, actor and period are
its whole's unless it says otherwise), and two figures are only set side by side when they
count the same measure, group, place and actor. Only clear cases are flagged: a count that
falls from one document to a later one, and a figure far out of line with figures whose
period, place and actor certainly hold it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from rasd.claims._check_doc import Doc, limits
from rasd.claims._check_figures import (
    ATOMS,
    WHOLES,
    Bounds,
    actor,
    asserter,
    holds_place,
    is_count,
    number,
    place,
    reading,
    stated,
    stated_high,
    stated_low,
    subgroup,
    subgroup_name,
)
from rasd.claims._check_result import ClaimRef, Outcome, Verdict
from rasd.claims.model import Claim
from rasd.errors import InputError
from rasd.report import Span, span

IMPLAUSIBLE = 5.0  # a figure this many times every other figure for its group is flagged
# Counts that only grow as documentation goes on; people held, missing or displaced, and the
# strength of forces, can fall (released, found, returned).
ACCUMULATE = frozenset({"killed", "injured", "casualties"})


@dataclass(frozen=True)
class Item:
    """One count of one document."""

    doc: Doc
    index: int

    @property
    def claim(self) -> Claim:
        """The claim with what it leaves unsaid taken from its whole (Doc.effective)."""
        return self.doc.effective[self.index]

    @property
    def bounds(self) -> Bounds:
        return self.doc.bounds(self.index)

    def ref(self) -> ClaimRef:
        return self.doc.ref(self.index)

    def where(self) -> str:
        return f"{self.doc.name}, {self.doc.published}" if self.doc.published else self.doc.name

    def says(self) -> str:
        who = self.claim.asserted_by or self.doc.name
        return f"{who}: {stated(self.claim)} ({self.where()})"


def check_across(docs: Sequence[Doc]) -> Outcome:
    items = [Item(doc, index) for doc in docs for index, claim in enumerate(doc.claims)
             if is_count(claim) and "prior_report" not in claim.links]
    outcome = Outcome()
    for check in (_cumulative, _conflicts, _disagreements, _plausibility, _wholes):
        check(items, outcome)
    return outcome


def _published(item: Item) -> Span | None:
    try:
        return span(item.doc.published) if item.doc.published else None
    except InputError:
        return None


def _date(item: Item) -> Span:
    found = _published(item)
    assert found is not None, "only dated documents are ordered"
    return found


def _first_per_document(members: list[Item]) -> tuple[list[Item], list[Item]]:
    """Each document's first saying of a figure, and the rest (said again)."""
    firsts: dict[str, Item] = {}
    for item in sorted(members, key=lambda item: (item.claim.start, item.index)):
        firsts.setdefault(item.doc.name, item)
    chosen = {(item.doc.name, item.index) for item in firsts.values()}
    return list(firsts.values()), [item for item in members
                                   if (item.doc.name, item.index) not in chosen]


def _grouped(items: Iterable[Item], outcome: Outcome, check: str,
             key: Callable[[Item], tuple[Any, ...] | str]) -> list[list[Item]]:
    """Each document's first item per key, for the keys two documents or more share; a
    string key is why an item has none. The caller counts the items it compares."""
    groups: dict[tuple[Any, ...], list[Item]] = {}
    for item in items:
        found = key(item)
        if isinstance(found, str):
            outcome.count(check, "counts", found)
        else:
            groups.setdefault(found, []).append(item)
    chosen = []
    for members in groups.values():
        firsts, rest = _first_per_document(members)
        for _ in rest:
            outcome.count(check, "counts", "said again in the same document")
        if len(firsts) < 2:
            outcome.count(check, "counts", "no other document to compare")
        else:
            chosen.append(firsts)
    return chosen


def _own_count(item: Item) -> tuple[Any, ...] | str:
    """What makes two documents' figures one asserter's count of one thing, or why a figure
    cannot be followed over time."""
    claim = item.claim
    if claim.measure not in ACCUMULATE:
        return "a count that can fall"
    if asserter(claim) is None:
        return "no asserter"
    if _published(item) is None:
        return "document has no date"
    return (asserter(claim), claim.measure, subgroup(claim), place(claim), actor(claim),
            claim.period_start, claim.period_end)


def _cumulative(items: list[Item], outcome: Outcome) -> None:
    """One asserter's count since a stated date never falls from one document to a later
    one: a rise is an update, a fall is flagged."""
    def key(item: Item) -> tuple[Any, ...] | str:
        return _own_count(item) if item.claim.period_start else "no start date"

    for members in _grouped((item for item in items if item.claim.period_end is None),
                            outcome, "cumulative", key):
        _over_time(members, outcome, "cumulative")


def _over_time(members: list[Item], outcome: Outcome, check: str) -> None:
    """Each figure beside the one published before it. Documents of the same date, or of
    dates too vague to order ("2016" and "2016-06-10"), cannot say which is the update."""
    members.sort(key=lambda item: (_date(item).start, _date(item).end, item.doc.name))
    compared: set[int] = set()
    for at, (earlier, later) in enumerate(pairwise(members)):
        if not _date(earlier).meets(_date(later)):
            compared |= {at, at + 1}
            outcome.verdicts.append(_later(check, earlier, later))
    for at in range(len(members)):
        outcome.count(check, "counts", None if at in compared else "published on the same date")


def _later(check: str, earlier: Item, later: Item) -> Verdict:
    claim = later.claim
    since = (f"since {claim.period_start}" if claim.period_end is None else
             f"from {claim.period_start or 'the start'} to {claim.period_end}")
    said = (f"{earlier.claim.asserted_by} said {stated(earlier.claim)} ({earlier.where()}) and "
            f"{stated(claim)} ({later.where()}) for {_what(claim)} {since}")
    refs = (earlier.ref(), later.ref())
    numbers = {"earlier_bounds": limits(earlier.bounds), "later_bounds": limits(later.bounds)}
    if later.bounds.high < earlier.bounds.low:
        return Verdict(check, "fall", True, refs,
                       f"{said}: a count of {claim.measure} cannot fall as documentation goes on",
                       numbers)
    if later.bounds.low > earlier.bounds.high:
        verdict = "update" if claim.period_end is None else "revised up"
        return Verdict(check, verdict, False, refs, f"{said}: {verdict}", numbers)
    return Verdict(check, "unchanged", False, refs, f"{said}: the same count", numbers)


def _what(claim: Claim) -> str:
    group = subgroup(claim)
    return claim.measure if group is None else f"{subgroup_name(group)} {claim.measure}"


def _conflicts(items: list[Item], outcome: Outcome) -> None:
    """One asserter's figure for one fixed period, from one document to a later one: a
    revision upwards is how documentation goes on, a fall is flagged."""
    for members in _grouped((item for item in items if item.claim.period_end is not None),
                            outcome, "conflict", _own_count):
        _over_time(members, outcome, "conflict")


def _disagreements(items: list[Item], outcome: Outcome) -> None:
    """Different asserters' figures for the same thing, side by side. Sources count
    differently, so a difference is reported, never flagged. A count "until now" is taken
    to end in its document's month of publication."""
    def key(item: Item) -> tuple[Any, ...]:
        claim = item.claim
        end = claim.period_end or (item.doc.published or "")[:7] or None
        return (claim.measure, subgroup(claim), place(claim), actor(claim), claim.period_start,
                end)

    groups: dict[tuple[Any, ...], dict[str, list[Item]]] = {}
    for item in items:
        who = asserter(item.claim) or f"document {item.doc.name}"
        groups.setdefault(key(item), {}).setdefault(who, []).append(item)
    for members in groups.values():
        for said in members.values():
            outcome.count("disagreement", "counts",
                          None if len(members) > 1 else "no other asserter")
            for _ in said[1:]:
                outcome.count("disagreement", "counts", "said again by the same asserter")
        if len(members) > 1:
            outcome.verdicts.append(_side_by_side([said[0] for said in members.values()]))


def _side_by_side(members: list[Item]) -> Verdict:
    agree = all(one.bounds.meets(other.bounds) for one in members for other in members)
    said = "; ".join(item.says() for item in members)
    evidence = (f"{_what(members[0].claim)}: {said}: "
                + ("they agree" if agree else "they differ (a disagreement between sources, "
                   "not an error)"))
    return Verdict("disagreement", "agreement" if agree else "disagreement", False,
                   tuple(item.ref() for item in members), evidence,
                   {"bounds": [limits(item.bounds) for item in members]})


@dataclass(frozen=True)
class _Figure:
    """A figure held for a group: one claim, or one document's parts summed."""

    value: float
    said: str
    items: tuple[Item, ...]

    @property
    def claim(self) -> Claim:
        return self.items[0].claim


def _figures(items: list[Item]) -> dict[tuple[str, str | None], list[_Figure]]:
    """Every figure by measure and subgroup, with women and children summed where a document
    gives them apart for the same measure, period and place."""
    found: dict[tuple[str, str | None], list[_Figure]] = {}
    for item in items:
        value = stated_high(item.claim)
        if value is not None and value > 0 and not item.claim.vague:
            found.setdefault((item.claim.measure, subgroup(item.claim)), []).append(
                _Figure(value, f"'{stated(item.claim)}' in {item.where()}", (item,)))
    for group, (_, atoms) in ATOMS.items():
        if len(atoms) > 1:
            for figure in _summed(items, atoms):
                found.setdefault((figure.claim.measure, group), []).append(figure)
    return found


def _summed(items: list[Item], atoms: frozenset[str]) -> list[_Figure]:
    same: dict[tuple[Any, ...], dict[str, Item]] = {}
    for item in items:
        claim, group = item.claim, subgroup(item.claim)
        if group in atoms and not claim.vague:
            key = (item.doc.name, claim.measure, claim.period_start, claim.period_end,
                   place(claim), actor(claim))
            same.setdefault(key, {}).setdefault(group, item)
    figures = []
    for parts in same.values():
        values = [stated_high(item.claim) for item in parts.values()]
        if set(parts) == atoms and all(value is not None for value in values):
            said = " + ".join(f"{subgroup_name(group)} {stated(item.claim)}"
                              for group, item in sorted(parts.items()))
            first = next(iter(parts.values()))
            figures.append(_Figure(sum(value or 0.0 for value in values),
                                   f"{said} in {first.where()}", tuple(parts.values())))
    return figures


def _others(item: Item, figures: list[_Figure]) -> list[_Figure]:
    """Other documents' figures that certainly hold everyone the claim counts: of a place
    that holds the claim's, of its actor or of every actor, over a period that holds its. A
    document's own figures are the checks within it."""
    return [figure for figure in figures
            if all(other.doc.name != item.doc.name for other in figure.items)
            and holds_place(figure.claim, item.claim)
            and actor(figure.claim) in ("", actor(item.claim))
            and _holds_period(figure.items[0], item)]


def _days(item: Item) -> tuple[Span, Span] | None:
    """The first and last day a figure counts: from its start to its end, or to its
    document's date when it counts "until now"; None when either is not known."""
    claim = item.claim
    end = claim.period_end or item.doc.published
    if not claim.period_start or not end:
        return None
    try:
        return span(claim.period_start), span(end)
    except InputError:
        return None


def _holds_period(other: Item, item: Item) -> bool:
    """Whether a figure's period holds the claim's, so a year's total is never set beside
    one month's, nor a count since October beside one since 2011. A period not stated (an
    event's figure, "more than 500,000" with no dates) holds and is held by none."""
    outer, inner = _days(other), _days(item)
    if outer is None or inner is None:
        return False
    return outer[0].start <= inner[0].start and inner[1].end <= outer[1].end


def _wholes_of(item: Item, held: dict[tuple[str, str | None], list[_Figure]]) -> list[_Figure]:
    group = subgroup(item.claim)
    if group is None:
        return []
    # Children and women are civilians; combatants, and groups rasd does not know, may not be.
    civilian = group in ATOMS and ATOMS[group][0] != "status"
    return _others(item, [figure for whole in WHOLES if whole != group
                          and (whole is None or civilian)
                          for figure in held.get((item.claim.measure, whole), [])])


def _plausibility(items: list[Item], outcome: Outcome) -> None:
    """A figure at least IMPLAUSIBLE times the largest other figure for its group, or the
    largest known whole it belongs to, is flagged with the factor. Where no figure certainly
    holds the claim's people, running totals for the group in the same place that started no
    later than the claim (or any, when the claim gives no start) are compared instead, at
    twice the margin, and the evidence says the figures' scopes differ; only for the killed,
    whose counts to date bound what any scope can add (people displaced come and go). Only
    flags are reported."""
    held = _figures(items)
    for item in items:
        group = held.get((item.claim.measure, subgroup(item.claim)), [])
        same = _others(item, group)
        wholes = _wholes_of(item, held)
        loose = [] if same or wholes or item.claim.measure != "killed" else _running_totals(
            item, group)
        outcome.count("plausibility", "counts",
                      None if same or wholes or loose else "no other figure for the group")
        low = stated_low(item.claim) or 0.0
        name = subgroup_name(subgroup(item.claim))
        comparisons = [(label, max(figures, key=lambda figure: figure.value), margin)
                       for label, figures, margin in (
                           (f"the largest other figure for {name}", same, IMPLAUSIBLE),
                           ("the largest figure for all victims", wholes, IMPLAUSIBLE),
                           (f"the largest running total for {name} it holds (a count of "
                            "another scope: period, actor or place may differ)", loose,
                            2 * IMPLAUSIBLE))
                       if figures]
        factors = [(low / figure.value, label, figure) for label, figure, _ in comparisons]
        if any(low / figure.value >= margin for _, figure, margin in comparisons):
            outcome.verdicts.append(_implausible(item, factors))


def _running_totals(item: Item, figures: list[_Figure]) -> list[_Figure]:
    """Other documents' counts to date for the group, in a place that holds the claim's,
    that started no later than the claim (a later start would explain a smaller figure)."""
    start = _days(item)
    return [figure for figure in figures
            if all(other.doc.name != item.doc.name for other in figure.items)
            and holds_place(figure.claim, item.claim)
            and figure.claim.period_start and not figure.claim.period_end
            and (start is None or span(figure.claim.period_start).start <= start[0].start)]


def _implausible(item: Item, factors: list[tuple[float, str, _Figure]]) -> Verdict:
    said = ", and ".join(f"{factor:.1f} times {label} ({number(figure.value)}: {figure.said})"
                         for factor, label, figure in factors)
    evidence = f"'{stated(item.claim)}' {_what(item.claim)} is {said}"
    refs = (item.ref(), *(other.ref() for _, _, figure in factors for other in figure.items))
    return Verdict("plausibility", "implausible", True, refs, evidence,
                   {"value": stated_low(item.claim),
                    "comparisons": [{"against": label, "figure": figure.value,
                                     "factor": round(factor, 2)}
                                    for factor, label, figure in factors]})


def _wholes(items: list[Item], outcome: Outcome) -> None:
    """A part (children, women, civilians ...) is not larger than every whole its own
    asserter gives for a place, actor and period that hold it; other asserters count
    differently (the plausibility check compares them, with its margin). Only flags are
    reported."""
    held = _figures(items)
    for item in items:
        if subgroup(item.claim) is None:
            continue
        who = asserter(item.claim)
        wholes = [figure for figure in _wholes_of(item, held)
                  if who is not None and asserter(figure.claim) == who]
        outcome.count("whole", "counts", None if wholes else "no known whole")
        if not wholes:
            continue
        largest = max(wholes, key=lambda figure: figure.value)
        part = reading(item.claim)
        if part is not None and part.low > largest.value:
            outcome.verdicts.append(Verdict(
                "whole", "part exceeds every whole", True,
                (item.ref(), *(other.ref() for other in largest.items)),
                f"'{stated(item.claim)}' {_what(item.claim)} is more than "
                f"every figure the documents hold for the whole: the largest is "
                f"{number(largest.value)} ({largest.said}), and this part is "
                f"{part.low / largest.value:.1f} times that",
                {"part_bounds": limits(part), "largest_whole": largest.value}))
