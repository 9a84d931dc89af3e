"""The checks within one document: breakdowns, parts, shares, rates, the headline and repeats.

Every check compares the intervals the claims allow (rasd.claims._check_figures.reading), so a
qualifier is always honoured: "more than 147,061" is never contradicted by 150,000. A check
only sets side by side claims that the document's links or the claims' own fields tie
together; where it cannot tell which claims belong together it does not guess, and its
coverage says why.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cached_property
from typing import Any

from rasd.claims._check_figures import (
    ATOMS,
    Bounds,
    actor,
    actors_overlap,
    asserter,
    decimals,
    is_count,
    is_share,
    is_tally,
    listed_places,
    may_lie_in,
    number,
    percent,
    period,
    place,
    point,
    reading,
    separate_areas,
    stated,
    stated_high,
    subgroup,
    subgroup_name,
    tolerance,
)
from rasd.claims._check_result import ClaimRef, Outcome, Verdict
from rasd.claims.model import Claim
from rasd.errors import InputError
from rasd.report import span

# The groups a breakdown along a dimension names when it leaves no one out, by the whole's
# subgroup: children, women and men are all the victims, or all the civilians.
COMPLETE: dict[str, dict[str | None, frozenset[str]]] = {
    "age and sex": {None: frozenset({"children", "women", "men"}),
                    "civilians": frozenset({"children", "women", "men"}),
                    "women_and_children": frozenset({"women", "children"}),
                    "adults": frozenset({"women", "men"})},
    "sex of children": {"children": frozenset({"boys", "girls"})},
    "status": {None: frozenset({"civilians", "combatants"})},
}
# Killed and injured are every casualty, whatever the group.
CASUALTIES = frozenset({"killed", "injured"})
CLOSED = "list closed by its total"
_UNNAMED = "a split the claims do not name"
# The party a by-perpetrator list ends with to leave no one out.
_RESIDUAL_ACTOR = re.compile(r"\b(?:other|unknown|unidentified|undetermined|remaining)\b"
                             r"|\bnot\s+(?:yet\s+)?identified\b")


@dataclass(frozen=True)
class Doc:
    """One document's claims, with the date it was published (for "until now" periods)."""

    name: str
    claims: Sequence[Claim]
    published: str | None = None

    def ref(self, index: int) -> ClaimRef:
        return ClaimRef.of(self.name, index, self.claims[index], self.published)

    def link(self, index: int, kind: str) -> int | None:
        """The claim `index` links to as `kind`, if that is another claim of the document."""
        target = self.claims[index].links.get(kind)
        if target is None or target == index or not 0 <= target < len(self.claims):
            return None
        return target

    def bounds(self, index: int) -> Bounds:
        found = reading(self.claims[index])
        assert found is not None, "only claims with a value are compared"
        return found

    def first(self, index: int) -> int:
        """The first saying of a figure: repeat_of followed back to where it starts."""
        seen = {index}
        while (target := self.link(index, "repeat_of")) is not None and target not in seen:
            seen.add(target)
            index = target
        return index

    def whole(self, index: int) -> int | None:
        """The first saying of the whole the claim is a part of."""
        target = self.link(index, "part_of")
        return None if target is None else self.first(target)

    def lineage(self, index: int) -> list[int]:
        """The figure (as first said) and every whole above it."""
        found = [self.first(index)]
        while (up := self.whole(found[-1])) is not None and up not in found:
            found.append(up)
        return found

    @cached_property
    def order(self) -> list[int]:
        """The claims in the order the text says them."""
        return sorted(range(len(self.claims)), key=lambda index: (self.claims[index].start,
                                                                   index))

    @cached_property
    def effective(self) -> tuple[Claim, ...]:
        """Each claim with what it leaves unsaid taken from the claim it belongs to (its
        whole, the figure it repeats, the count it is a share of): "9 children" of "41
        civilians killed by regime forces in March" are civilians killed by them in March."""
        return tuple(self._inherited(index) for index in range(len(self.claims)))

    def _inherited(self, index: int) -> Claim:
        claim = self.claims[index]
        said: dict[str, Any] = {"place": claim.place, "actor": claim.actor,
                                "asserted_by": claim.asserted_by, "subgroup": claim.subgroup}
        dates = (claim.period_start, claim.period_end)
        seen = {index}
        up = self._above(index)
        while up is not None and up not in seen:
            seen.add(up)
            other = self.claims[up]
            said = {name: value or getattr(other, name) for name, value in said.items()}
            if dates == (None, None):
                dates = (other.period_start, other.period_end)
            up = self._above(up)
        return replace(claim, **said, period_start=dates[0], period_end=dates[1])

    def _above(self, index: int) -> int | None:
        for kind in ("part_of", "repeat_of", "share_of"):
            target = self.link(index, kind)
            if target is not None:
                return target
        return None


def check_document(doc: Doc) -> Outcome:
    outcome = Outcome()
    for check in (_breakdowns, _parts, _shares, _rates, _headlines, _repeats):
        check(doc, outcome)
    return outcome


def limits(bounds: Bounds) -> list[float | None]:
    """Bounds for JSON, which has no infinity: an open end is null."""
    return [bounds.low, None if math.isinf(bounds.high) else bounds.high]


def _parts_of(doc: Doc, outcome: Outcome, check: str) -> dict[int, list[int]]:
    """Each whole's parts (claims linked part_of to any saying of it), counting the links
    that lead nowhere. A part said twice is listed once."""
    wholes: dict[int, list[int]] = {}
    for index, claim in enumerate(doc.claims):
        if "part_of" not in claim.links:
            continue
        linked, whole = doc.link(index, "part_of"), doc.whole(index)
        sayings = [doc.claims[at] for at in (linked, whole) if at is not None]
        if whole is None:
            outcome.count(check, "parts", "link to no claim")
        elif not all(is_tally(said) for said in (claim, *sayings)):
            outcome.count(check, "parts", "not a count")
        elif any(said.unit != claim.unit for said in sayings):
            outcome.count(check, "parts", "not the unit of its whole")
        elif doc.whole(doc.first(index)) == whole and doc.first(index) != index:
            outcome.count(check, "parts", "a part said again")
        else:
            wholes.setdefault(whole, []).append(index)
    return wholes


# Breakdowns -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Split:
    """How a part splits its whole: along which dimension, and the group it stands for."""

    dimension: str
    group: Hashable  # the atoms of an age or status group, a place, an actor, a period


def _split(doc: Doc, whole: int, part: int) -> _Split | str:
    """Along which one dimension the part differs from its whole, or why it cannot be summed
    with other parts: parts that differ from their whole in nothing the claims say (a cause,
    verified or not) may overlap, and so may parts that differ in several things."""
    # the whole as the part's own link says it: a repeat may name it more narrowly than its
    # first saying ("487 civilians killed or injured" in a dashboard's key figures, "in Taiz
    # governorate" in the text its parts follow)
    said = doc.link(part, "part_of")
    big = doc.effective[said if said is not None and doc.first(said) == whole else whole]
    small = doc.effective[part]
    found: list[_Split] = []
    if small.measure != big.measure:
        if big.measure != "casualties" or small.measure not in CASUALTIES:
            return "not the measure of its whole"
        found.append(_Split("measure", frozenset({small.measure})))
    if subgroup(small) != subgroup(big):
        group = ATOMS.get(subgroup(small) or "")
        if group is None:
            return "a group that may overlap others"
        wanted = _groups(big, group[0])
        if wanted is None or not group[1] <= wanted:
            return "a group its whole's breakdown does not name"
        found.append(_Split(group[0], group[1]))
    if place(small) != place(big):
        found.append(_Split("place", place(small)))
    if actor(small) != actor(big):
        found.append(_Split("actor", actor(small)))
    if period(small) != period(big):
        found.append(_Split("period", period(small)))
    if not found:
        return _UNNAMED
    return found[0] if len(found) == 1 else "split along several dimensions"


def _breakdowns(doc: Doc, outcome: Outcome) -> None:
    """Disjoint parts of one dimension add up to no more than their whole, and to the whole
    when they name every group of the dimension (children, women and men; civilians and
    combatants; killed and injured of casualties; each place the whole lists). A list of
    parts closed by its whole said again (a table's "Total" row) must add up to it too."""
    wholes = _parts_of(doc, outcome, "breakdown")
    closed = _closed_lists(doc, wholes)
    listed = {index for parts in closed.values() for index in parts}
    for total, parts in closed.items():
        for _ in parts:
            outcome.count("breakdown", "parts", None)
        outcome.verdicts.append(_breakdown_verdict(doc, total, parts, CLOSED, True))
    for whole, parts in wholes.items():
        dimensions: dict[str, list[tuple[int, Hashable]]] = {}
        for index in parts:
            if index in listed:
                continue
            found = _split(doc, whole, index)
            if isinstance(found, str):
                outcome.count("breakdown", "parts", found)
            else:
                dimensions.setdefault(found.dimension, []).append((index, found.group))
        for dimension, members in dimensions.items():
            summed, reason = _disjoint(doc, whole, dimension, members)
            taken = {index for index, _ in summed} if len(summed) >= 2 else set()
            for index, _ in members:
                outcome.count("breakdown", "parts", None if index in taken else reason)
            if taken:
                complete = _complete(doc.effective[whole], dimension,
                                     {group for _, group in summed})
                outcome.verdicts.append(_breakdown_verdict(
                    doc, whole, [index for index, _ in summed], dimension, complete))


def _closed_lists(doc: Doc, wholes: dict[int, list[int]]) -> dict[int, list[int]]:
    """The whole said again right after a run of its parts, with that run: the parts come
    straight before it, linked to an earlier saying of the whole. Parts linked to the saying
    that follows them hang on it instead ("57 and 38 of the 150"), which closes nothing."""
    closed: dict[int, list[int]] = {}
    position = {index: at for at, index in enumerate(doc.order)}
    for at, total in enumerate(doc.order):
        whole = doc.first(total)
        if (whole == total or whole not in wholes or not is_tally(doc.claims[total])
                or doc.claims[total].unit != doc.claims[whole].unit):
            continue
        run: list[int] = []
        for seat, before in reversed(list(enumerate(doc.order[:at]))):
            target = doc.link(before, "part_of")
            if target is not None and doc.whole(before) not in (whole, None):
                continue  # a row's figure in another column of the table
            if target is None and doc.first(before) in wholes and doc.first(before) != whole:
                continue  # the total row's figure in another column ("96  412")
            if target is None and doc.link(before, "share_of") is not None and (
                    seat and _side_by_side(doc, doc.order[seat - 1], before)):
                continue  # a row's share beside its count, in a share column
            if (before not in wholes[whole] or target is None
                    or (position[target] >= position[total] and target != total)):
                break
            run.insert(0, before)
        # a group that cuts across an age and sex breakdown (4 deaths under torture beside
        # 17 children and 9 women) is no row of it: such a list sums nothing. Beside causes
        # ("Shelling: 57", "Torture: 9") it is one.
        splits = [_split(doc, whole, index) for index in run]
        crossing = "a group that may overlap others" in splits and any(
            isinstance(found, _Split) and found.dimension in COMPLETE for found in splits)
        # the rows of one table split their total one way (by actor, by place): a part of
        # another split said before the table (women, in its opening paragraph) is no row
        while len(run) > 1 and _other_split(splits[0], splits[1:]):
            run, splits = run[1:], splits[1:]
        hung = any(doc.link(index, "part_of") == total for index in run)
        if hung and not _rows(splits):
            continue  # "57 and 38 of the 150": parts hung on the figure after them
        if len(run) >= 2 and not crossing:
            closed[total] = run
    return closed


def _rows(splits: list[_Split | str]) -> bool:
    """Whether parts split their whole as a table's rows do: each by its own place, party or
    period. Only such parts close a list with the total said after them (a "Total" row that
    repeats the opening's figure), as "57 and 38 of the 150" does not."""
    # a row of the rest ("Other governorates") may name nothing the total does not
    dimensions = {found.dimension for found in splits if isinstance(found, _Split)}
    unnamed = [found for found in splits if not isinstance(found, _Split)]
    return (len(dimensions) == 1 and dimensions <= {"place", "actor", "period"}
            and all(found == _UNNAMED for found in unnamed))


def _other_split(first: _Split | str, rest: list[_Split | str]) -> bool:
    """Whether `first` splits along a dimension none of `rest` does."""
    dimensions = {found.dimension for found in rest if isinstance(found, _Split)}
    return isinstance(first, _Split) and bool(dimensions) and first.dimension not in dimensions


def _side_by_side(doc: Doc, count: int, share: int) -> bool:
    """A share set right after its count, as a table row sets them ("981  1,204  42%")."""
    return 0 <= doc.claims[share].start - doc.claims[count].end <= 10


def _disjoint(doc: Doc, whole: int, dimension: str, members: list[tuple[int, Hashable]]
              ) -> tuple[list[tuple[int, Hashable]], str]:
    """The parts that can be summed without counting anyone twice: for each group the largest
    figure given (a second one may be a part of it), the finest groups first, none that may
    share victims with one taken. With them, why the others were left out."""
    largest: dict[Hashable, int] = {}
    for index, group in members:
        held = largest.get(group)
        if held is None or doc.bounds(index).low > doc.bounds(held).low:
            largest[group] = index
    if len(largest) < 2:
        return [], "only part of its kind"
    if dimension == "place" and not (
            _separate_places(doc.effective[whole], set(largest))
            or separate_areas([doc.effective[index].place for index in largest.values()])):
        return [], "places that may overlap"
    overlaps = _OVERLAPS[dimension]
    taken: list[tuple[int, Hashable]] = []
    for group, index in sorted(largest.items(), key=lambda item: (_size(item[0]), item[1])):
        if not any(overlaps(group, other) for _, other in taken):
            taken.append((index, group))
    return sorted(taken, key=lambda member: member[0]), "may overlap another part"


def _size(group: Hashable) -> int:
    return len(group) if isinstance(group, frozenset) else 1


def _never(_one: Hashable, _other: Hashable) -> bool:
    """Places found separate overlap nowhere."""
    return False


def _atoms_overlap(one: Hashable, other: Hashable) -> bool:
    return isinstance(one, frozenset) and isinstance(other, frozenset) and bool(one & other)


def _actors_overlap(one: Hashable, other: Hashable) -> bool:
    return actors_overlap(str(one), str(other))


def _periods_overlap(one: Hashable, other: Hashable) -> bool:
    """Whether two periods may share days; an unknown or open end may reach the other."""
    if not (isinstance(one, tuple) and isinstance(other, tuple)):
        return True
    (start, end), (other_start, other_end) = one, other
    if None in (start, other_start):
        return True
    return (end is None or end >= other_start) and (other_end is None or other_end >= start)


_OVERLAPS: dict[str, Callable[[Hashable, Hashable], bool]] = {
    "age and sex": _atoms_overlap, "sex of children": _atoms_overlap, "status": _atoms_overlap,
    "measure": _atoms_overlap, "place": _never, "actor": _actors_overlap,
    "period": _periods_overlap}


def _separate_places(whole: Claim, places: set[Hashable]) -> bool:
    """Whether the parts' places share no ground: different governorates, or places the whole
    names one by one. rasd knows no town's governorate, nor which towns overlap."""
    return (places <= listed_places(whole)
            or all(str(key).startswith("governorate:") for key in places))


def _groups(whole: Claim, dimension: str) -> frozenset[str] | None:
    """Every group of the whole along an age, status or measure dimension."""
    if dimension == "measure":
        return CASUALTIES
    return COMPLETE.get(dimension, {}).get(subgroup(whole))


def _complete(whole: Claim, dimension: str, groups: set[Hashable]) -> bool:
    """Whether the groups are every group of the whole along the dimension. A split by
    actor, period or an unlisted place never is: the document may leave some out."""
    if dimension == "place":
        return bool(listed_places(whole)) and groups == set(listed_places(whole))
    if dimension == "actor":  # "... and 10 at the hands of other parties" closes the list
        return any(_RESIDUAL_ACTOR.search(str(group)) for group in groups)
    if dimension == "period":
        return _tiles(period(whole), groups)
    wanted = _groups(whole, dimension)
    covered = frozenset().union(*(group for group in groups if isinstance(group, frozenset)))
    return wanted is not None and wanted <= covered


def _tiles(whole: Hashable, groups: set[Hashable]) -> bool:
    """Whether the parts' periods follow one another without a gap or an overlap from the
    whole's first day to its last: a year per row of a table that totals the years."""
    if not isinstance(whole, tuple) or None in whole:
        return False
    spans = sorted(group for group in groups if isinstance(group, tuple) and None not in group)
    if len(spans) != len(groups):
        return False
    day = whole[0]
    for start, end in spans:
        if start != day:
            return False
        day = end + timedelta(days=1)
    return bool(day == whole[1] + timedelta(days=1))


def _breakdown_verdict(doc: Doc, whole: int, parts: list[int], dimension: str,
                       complete: bool) -> Verdict:
    total = doc.bounds(whole)
    summed = sum((doc.bounds(index) for index in parts), Bounds(0.0, 0.0))
    points = [point(doc.claims[index]) or 0.0 for index in parts]
    terms = " + ".join(f"{_label(doc.claims[index], dimension)} {stated(doc.claims[index])}"
                       for index in parts)
    head = f"{terms} = {number(sum(points))}"
    said = stated(doc.claims[whole])
    every = {CLOSED: "the list ends with its total",
             "place": "the breakdown names every place the total lists"}.get(
        dimension, f"the breakdown names every {dimension} group")
    if summed.low > total.high:
        verdict, evidence = "parts exceed total", f"{head}, more than the total ({said})"
    elif complete and summed.high < total.low:
        gap = (point(doc.claims[whole]) or 0.0) - sum(points)
        verdict = "parts short of total"
        evidence = f"{head}, but the total is {said}: {every} yet leaves {number(gap)} out"
    elif complete:
        verdict, evidence = "consistent", f"{head}, which agrees with the total ({said})"
    else:
        verdict, evidence = "consistent", f"{head}, not more than the total ({said})"
    return Verdict("breakdown", verdict, verdict != "consistent",
                   tuple(doc.ref(index) for index in (whole, *parts)), evidence,
                   {"dimension": dimension, "complete": complete, "parts": points,
                    "sum": sum(points), "sum_bounds": limits(summed),
                    "total": point(doc.claims[whole]), "total_bounds": limits(total)})


def _label(claim: Claim, dimension: str | None = None) -> str:
    """What sets a part apart: what it splits its whole by, else its group or measure."""
    by = {"place": claim.place, "actor": claim.actor, "measure": claim.measure,
          "period": " to ".join(filter(None, (claim.period_start, claim.period_end)))}
    key = subgroup(claim)
    return by.get(dimension or "") or (claim.measure if key is None else subgroup_name(key))


# Parts ------------------------------------------------------------------------------------


def _parts(doc: Doc, outcome: Outcome) -> None:
    """No part is larger than its whole, unless their periods do not meet (then the link
    joins two different counts)."""
    for parts in _parts_of(doc, outcome, "part").values():
        for index in parts:
            whole = doc.link(index, "part_of")
            assert whole is not None
            if not _periods_overlap(period(doc.effective[index]),
                                    period(doc.effective[whole])):
                outcome.count("part", "parts", "a period outside its whole's")
                continue
            outcome.count("part", "parts", None)
            total, part = doc.bounds(whole), doc.bounds(index)
            said = f"{_label(doc.claims[index])} {stated(doc.claims[index])}"
            if part.low > total.high:
                verdict = "part exceeds whole"
                evidence = f"{said} is more than its whole ({stated(doc.claims[whole])})"
            else:
                verdict = "consistent"
                evidence = f"{said} is within its whole ({stated(doc.claims[whole])})"
            outcome.verdicts.append(Verdict(
                "part", verdict, verdict != "consistent", (doc.ref(whole), doc.ref(index)),
                evidence, {"part_bounds": limits(part), "whole_bounds": limits(total)}))


# Shares -----------------------------------------------------------------------------------


def _shares(doc: Doc, outcome: Outcome) -> None:
    """A percentage or "one in N" of a whole agrees with its numerator over that whole. The
    whole is the count the share is linked share_of; the numerator, the whole's parts of the
    share's group. Nothing else is guessed."""
    for index, claim in enumerate(doc.claims):
        if not is_share(claim):
            continue
        whole = doc.link(index, "share_of")
        found = _numerator(doc, index, whole)
        outcome.count("share", "shares", found if isinstance(found, str) else None)
        if whole is not None and not isinstance(found, str):
            outcome.verdicts.append(_share_verdict(doc, index, found, whole))


def _numerator(doc: Doc, share: int, whole: int | None) -> list[int] | str:
    """The part(s) of the whole the share is of, or why there is none to take.

    Parts are of the share's group when they agree with it on measure, place, actor and
    period, and on its subgroup or its subgroup's groups (women_and_children = women +
    children). A share of the whole's own group ("82 percent" of the deaths) names no group
    that tells its part from the others, so its part is the one said beside it ("2,900 - or
    82 percent")."""
    if reading(doc.claims[share]) is None:
        return "no value"
    if whole is None:
        return "no share_of link"
    if not is_tally(doc.claims[whole]) or not (point(doc.claims[whole]) or 0.0) > 0:
        return "whole is not a count"
    mine = doc.effective[share]
    key = subgroup(mine)
    parts = [index for index in range(len(doc.claims))
             if doc.whole(index) == doc.first(whole) and doc.first(index) == index
             and doc.claims[index].unit == doc.claims[whole].unit
             and _same_frame(doc.effective[index], mine)]
    if _same_frame(doc.effective[whole], mine) and subgroup(doc.effective[whole]) == key:
        beside = _beside(doc, share)
        return ([beside] if beside in parts and subgroup(doc.effective[beside]) == key
                else "no count of its group said beside it")
    same = [index for index in parts if subgroup(doc.effective[index]) == key]
    if len(same) == 1:
        return same
    if same:
        return "several counts of its group"
    return _by_groups(doc, parts, key)


def _same_frame(claim: Claim, other: Claim) -> bool:
    """The same measure, place, actor and period."""
    return (claim.measure == other.measure and place(claim) == place(other)
            and actor(claim) == actor(other) and period(claim) == period(other))


def _beside(doc: Doc, index: int) -> int | None:
    """The claim said beside this one: the nearer of the claims just before and after it
    in the text; None when both are as near."""
    at = doc.order.index(index)
    claim = doc.claims[index]
    gaps = {}
    if at > 0:
        gaps[doc.order[at - 1]] = claim.start - doc.claims[doc.order[at - 1]].end
    if at + 1 < len(doc.order):
        gaps[doc.order[at + 1]] = doc.claims[doc.order[at + 1]].start - claim.end
    nearest = sorted(gaps, key=gaps.__getitem__)
    if not nearest or (len(nearest) == 2 and gaps[nearest[0]] == gaps[nearest[1]]):
        return None
    return nearest[0]


def _by_groups(doc: Doc, parts: list[int], key: str | None) -> list[int] | str:
    """One part for each group the share's subgroup is made of (women and children)."""
    wanted = ATOMS.get(key or "", ("", frozenset[str]()))[1]
    found: list[int] = []
    for atom in sorted(wanted):
        of_atom = [index for index in parts if subgroup(doc.effective[index]) == atom]
        if len(of_atom) != 1:
            return ("no count of its group among the whole's parts" if not of_atom else
                    "several counts of its group")
        found += of_atom
    return found or "no count of its group among the whole's parts"


def _share_verdict(doc: Doc, share: int, numerator: list[int], whole: int) -> Verdict:
    claim = doc.claims[share]
    allowed = doc.bounds(share)
    figures = sum((doc.bounds(index) for index in numerator), Bounds(0.0, 0.0))
    ratio = figures.over(doc.bounds(whole))
    top = sum(point(doc.claims[index]) or 0.0 for index in numerator)
    computed = 100 * top / (point(doc.claims[whole]) or 1.0)
    digits = decimals(claim.value or 0.0) + 1 if claim.unit == "percent" else 1
    terms = " + ".join(number(point(doc.claims[index]) or 0.0) for index in numerator)
    terms = f"({terms})" if len(numerator) > 1 else terms
    agree = ratio.meets(allowed)
    evidence = (f"{terms} / {number(point(doc.claims[whole]) or 0.0)} = "
                f"{percent(computed, digits)}, {'consistent' if agree else 'not consistent'} "
                f"with '{stated(claim)}' ({tolerance(claim, allowed, digits)})")
    if agree and not allowed.low <= computed <= allowed.high:
        evidence += (f"; read with their qualifiers the figures allow "
                     f"{percent(ratio.low, digits)} to {percent(ratio.high, digits)}")
    return Verdict("share", "consistent" if agree else "inconsistent", not agree,
                   tuple(doc.ref(index) for index in (share, *numerator, whole)), evidence,
                   {"numerator": top, "whole": point(doc.claims[whole]),
                    "share_percent": computed, "share_bounds": limits(ratio),
                    "stated_bounds": limits(allowed)})


# Rates ------------------------------------------------------------------------------------


def _rates(doc: Doc, outcome: Outcome) -> None:
    """A rate per day is its total spread over the days of the same period: a count of the
    same measure and group, from a stated day to a stated end (or the publication date)."""
    for index, claim in enumerate(doc.claims):
        if claim.unit != "per_day":
            continue
        found = _rate_total(doc, index)
        outcome.count("rate", "rates", found if isinstance(found, str) else None)
        if not isinstance(found, str):
            outcome.verdicts.append(_rate_verdict(doc, index, *found))


def _rate_total(doc: Doc, rate: int) -> tuple[int, tuple[str, str], tuple[int, int]] | str:
    """The total the rate is of, its period and its fewest and most days, or why there is
    none. A linked count is the total if its period is the rate's. Else the total is the one
    count over the rate's own period of its measure and group, and of its place, actor and
    asserter; one the rate leaves unsaid may be the total's if no count matches it exactly."""
    if reading(doc.claims[rate]) is None:
        return "no value"
    mine = _until(doc, doc.effective[rate])
    run = period(mine)
    if run is None or None in run:
        return "no period"
    linked = [target for kind in ("part_of", "share_of", "repeat_of")
              if (target := doc.link(rate, kind)) is not None and is_count(doc.claims[target])]
    counts = [index for index, claim in enumerate(doc.claims)
              if is_count(claim) and doc.first(index) == index
              and "prior_report" not in claim.links
              and period(_until(doc, doc.effective[index])) == run]
    totals = linked if linked else (
        [index for index in counts if _fits(doc.effective[index], mine, exact=True)]
        or [index for index in counts if _fits(doc.effective[index], mine, exact=False)])
    totals = [index for index in totals if period(_until(doc, doc.effective[index])) == run]
    if not totals:
        return "no total over the same period"
    if any(doc.bounds(index) != doc.bounds(totals[0]) for index in totals):
        return "several totals"
    total = _until(doc, doc.effective[totals[0]])
    assert total.period_start and total.period_end
    days = _days(total.period_start, total.period_end)
    return ((totals[0], (total.period_start, total.period_end), days) if days is not None
            else "bad period")


def _fits(claim: Claim, rate: Claim, *, exact: bool) -> bool:
    """Whether a count is of the rate's measure and group, and of its place, actor and
    asserter; unless `exact`, what the rate leaves unsaid fits any."""
    if (claim.measure, subgroup(claim)) != (rate.measure, subgroup(rate)):
        return False
    keys: tuple[tuple[Callable[[Claim], str | None], str | None], ...] = (
        (place, rate.place), (actor, rate.actor), (asserter, rate.asserted_by))
    return all((not exact and not said) or key(claim) == key(rate) for key, said in keys)


def _until(doc: Doc, claim: Claim) -> Claim:
    """The claim with a period "until now" ending on the publication date."""
    return replace(claim, period_end=claim.period_end or doc.published)


def _days(start: str, end: str) -> tuple[int, int] | None:
    """The fewest and most days a period of partial dates may span."""
    try:
        first, last = span(start), span(end)
    except InputError:
        return None
    most = (last.end - first.start).days + 1
    return (max(1, (last.start - first.end).days + 1), most) if most >= 1 else None


def _rate_verdict(doc: Doc, rate: int, total: int, run: tuple[str, str],
                  days: tuple[int, int]) -> Verdict:
    claim = doc.claims[rate]
    allowed = doc.bounds(rate)
    expected = doc.bounds(total).divided(*days)
    computed = (point(doc.claims[total]) or 0.0) / days[1]
    agree = expected.meets(allowed)
    evidence = (f"{number(point(doc.claims[total]) or 0.0)} / {number(days[1])} days "
                f"({run[0]} to {run[1]}) = {number(computed)} a day, "
                f"{'consistent' if agree else 'not consistent'} with '{stated(claim)}' "
                f"({tolerance(claim, allowed)})")
    return Verdict("rate", "consistent" if agree else "inconsistent", not agree,
                   (doc.ref(rate), doc.ref(total)), evidence,
                   {"total": point(doc.claims[total]), "days": list(days),
                    "per_day": computed, "per_day_bounds": limits(expected),
                    "stated_bounds": limits(allowed)})


# The headline and repeats -------------------------------------------------------------------


def _headlines(doc: Doc, outcome: Outcome) -> None:
    """The headline, the document's first count of people, is backed by the body: some later
    figure for the same measure, group, period and actor, in its place, agrees with it. The
    body's sources may differ and may be worded "at least"; a body figure read as what it
    states backs no more than that. It is flagged only when it says more than every such
    figure while they cannot all be its parts: they are for one place (the event the headline
    names more widely, "Idlib" for a market in Maarat Misrin) and together come to more than
    it. Then they are other counts of the same dead, and none reaches the headline's."""
    counts = [index for index in doc.order if is_count(doc.claims[index])
              and "prior_report" not in doc.claims[index].links]
    if not counts:
        return
    head = doc.first(counts[0])
    if doc.whole(head) is not None:  # a table's first row opens the text: no headline
        outcome.count("headline", "counts", "a part of a whole")
        return
    if any(doc.first(index) == head for index in counts if index != head):
        outcome.count("headline", "counts", "said again: the repeat check compares")
        return
    body = [index for index in counts if index != head and doc.first(index) == index
            and _same_thing(doc, head, index)]
    if not body:
        outcome.count("headline", "counts", "no other figure for it in the body")
        return
    said = doc.bounds(head)
    backing = [index for index in body if _backs(doc.claims[index]).meets(said)]
    if backing:
        outcome.count("headline", "counts", None)
        outcome.verdicts.append(Verdict(
            "headline", "consistent", False, (doc.ref(head), doc.ref(backing[0])),
            f"the headline '{stated(doc.claims[head])}' agrees with "
            f"'{stated(doc.claims[backing[0]])}' in the body",
            {"headline_bounds": limits(said), "body_bounds": limits(doc.bounds(backing[0]))}))
        return
    most = max(_backs(doc.claims[index]).high for index in body)
    together = sum(doc.bounds(index).low for index in body)
    places = {place(doc.effective[index]) for index in body}
    if said.low <= most or together <= said.high or len(places) > 1:
        outcome.count("headline", "counts", "the body's figures may be its parts or later "
                      "tolls")
        return
    outcome.count("headline", "counts", None)
    figures = ", ".join(f"'{stated(doc.claims[index])}'"
                        + (f" ({doc.claims[index].asserted_by})"
                           if doc.claims[index].asserted_by else "") for index in body)
    outcome.verdicts.append(Verdict(
        "headline", "not in the body", True, tuple(doc.ref(index) for index in (head, *body)),
        f"the headline '{stated(doc.claims[head])}' is more than any figure the body gives "
        f"for it: {figures}; the largest is {number(most)}",
        {"headline_bounds": limits(said), "body_largest": most,
         "body_bounds": [limits(doc.bounds(index)) for index in body]}))


def _same_thing(doc: Doc, head: int, other: int) -> bool:
    """Whether a later figure counts what the headline counts: the same measure, group,
    period and actor, in the headline's place, and not a part or whole of it or of a whole
    they share."""
    one, two = doc.effective[head], doc.effective[other]
    return (one.measure == two.measure and subgroup(one) == subgroup(two)
            and period(one) == period(two) and actor(one) == actor(two)
            and may_lie_in(two, one)
            and not set(doc.lineage(head)) & set(doc.lineage(other)))


def _backs(claim: Claim) -> Bounds:
    """The values a figure in the body backs: what it states. "At least 23" backs 23, not
    32; a vague "dozens" names no figure and backs any above its floor."""
    found = reading(claim)
    assert found is not None
    if claim.vague or not math.isinf(found.high):
        return found
    return Bounds(found.low, max(found.low, stated_high(claim) or found.low))


def _repeats(doc: Doc, outcome: Outcome) -> None:
    """A figure said again (repeat_of) allows the same values as the first saying. A link
    between different measures or groups joins two figures, not one said twice."""
    for index, claim in enumerate(doc.claims):
        if "repeat_of" not in claim.links:
            continue
        target = doc.link(index, "repeat_of")
        reason = ("link to no claim" if target is None else
                  "no value" if reading(claim) is None or reading(doc.claims[target]) is None
                  else "different units" if claim.unit != doc.claims[target].unit
                  else "a different measure or group"
                  if (claim.measure, subgroup(claim)) != (doc.claims[target].measure,
                                                          subgroup(doc.claims[target]))
                  else None)
        outcome.count("repeat", "repeats", reason)
        if target is not None and reason is None:
            outcome.verdicts.append(_same_figure(doc, target, index))


def _same_figure(doc: Doc, first: int, later: int) -> Verdict:
    agree = doc.bounds(first).meets(doc.bounds(later))
    said = f"'{stated(doc.claims[first])}'"
    again = f"'{stated(doc.claims[later])}'"
    evidence = (f"the first saying {said} agrees with {again} later in the text" if agree else
                f"the first saying {said} does not agree with {again} later in the text")
    return Verdict("repeat", "consistent" if agree else "inconsistent", not agree,
                   (doc.ref(first), doc.ref(later)), evidence,
                   {"first_bounds": limits(doc.bounds(first)),
                    "later_bounds": limits(doc.bounds(later))})
