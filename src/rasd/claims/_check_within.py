"""The checks within one document: breakdowns, parts, shares, rates, the headline and repeats.

Every check compares the intervals the claims allow (rasd.claims._check_figures.reading), so a
qualifier is always honoured: "more than 147,061" is never contradicted by 150,000. A check
only sets side by side claims that the document's links or the claims' own fields tie
together; where it cannot tell which claims belong together it does not guess, and its
coverage says why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import timedelta

from rasd.claims._check_doc import Doc, limits, parts_of
from rasd.claims._check_enumerated import enumerated, place_run
from rasd.claims._check_figures import (
    ATOMS,
    Bounds,
    actor,
    actors_overlap,
    is_tally,
    listed_places,
    number,
    period,
    place,
    point,
    separate_areas,
    stated,
    subgroup,
    subgroup_name,
)
from rasd.claims._check_ratios import headlines, rates, repeats, shares
from rasd.claims._check_result import Outcome, Verdict
from rasd.claims._check_twice import said_twice
from rasd.claims.model import Claim

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
# the key of a list's row of the places it does not name: "Other districts"
_REST = re.compile(r"^(?:all\s+)?(?:other|remaining)\s", re.I)
_UNNAMED = "a split the claims do not name"
# The party a by-perpetrator list ends with to leave no one out.
_RESIDUAL_ACTOR = re.compile(r"\b(?:other|unknown|unidentified|undetermined|remaining)\b"
                             r"|\bnot\s+(?:yet\s+)?identified\b")


def check_document(doc: Doc) -> Outcome:
    outcome = Outcome()
    for check in (_breakdowns, _parts, shares, rates, headlines, repeats, said_twice):
        check(doc, outcome)
    return outcome


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
    wholes = parts_of(doc, outcome, "breakdown")
    closed = _closed_lists(doc, wholes)
    listed = {index for parts in closed.values() for index in parts}
    for total, parts in closed.items():
        for _ in parts:
            outcome.count("breakdown", "parts", None)
        outcome.verdicts.append(_breakdown_verdict(doc, total, parts, CLOSED, True))
    for whole, parts in wholes.items():
        dimensions: dict[str, list[tuple[int, Hashable]]] = {}
        unnamed = False  # a part that differs from its whole in nothing said: maybe the rest
        alike: list[int] = []
        for index in parts:
            if index in listed:
                continue
            found = _split(doc, whole, index)
            if isinstance(found, str):
                outcome.count("breakdown", "parts", found)
                unnamed = unnamed or found == _UNNAMED
                if found == _UNNAMED:
                    alike.append(index)
            else:
                dimensions.setdefault(found.dimension, []).append((index, found.group))
        for dimension, members in dimensions.items():
            summed, reason = _disjoint(doc, whole, dimension, members)
            taken = {index for index, _ in summed} if len(summed) >= 2 else set()
            for index, _ in members:
                outcome.count("breakdown", "parts", None if index in taken else reason)
            if taken:
                # "the remaining 100 deaths" whose perpetrator is not known are the rest of
                # a list of parties, even one that ends with "other armed groups"
                complete = (_complete(doc.effective[whole], dimension,
                                      {group for _, group in summed}) and not (
                    dimension == "actor" and unnamed)) or (
                    dimension == "place" and (_with_the_rest(doc, taken)
                                              or _listed_run(doc, whole, sorted(taken))))
                added = [index for index, _ in summed]
                rest = _unattributed_rest(doc, whole, dimension, alike)
                if rest is not None:  # the parties' parts and the one no party is named for
                    added, complete = sorted([*added, rest]), True
                outcome.verdicts.append(_breakdown_verdict(
                    doc, whole, added, dimension, complete))
        kinds = enumerated(doc, whole, alike)
        if kinds is not None:  # "171 had blast injuries, 158 ... and 77 had burns"
            outcome.verdicts.append(_breakdown_verdict(doc, whole, kinds, "kind", True))


def _unattributed_rest(doc: Doc, whole: int, dimension: str, alike: list[int]) -> int | None:
    """The one part of a list by party that names no party, of a whole that names none:
    the deaths no party could be held responsible for ("We could not attribute the
    remaining 204"), which close the list."""
    if dimension != "actor" or len(alike) != 1 or doc.effective[whole].actor is not None:
        return None
    return alike[0]


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
    """Whether `first` splits along another dimension than the rows right before the total
    do: the last named split of `rest` (children and women said in the opening are no rows
    of a table by neighbourhood, even with both before it)."""
    named = [found.dimension for found in rest if isinstance(found, _Split)]
    return isinstance(first, _Split) and bool(named) and first.dimension != named[-1]


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
            or _with_the_rest(doc, largest.values())
            or separate_areas([doc.effective[index].place for index in largest.values()])
            or _listed_run(doc, whole, list(largest.values()))
            or place_run(doc, list(largest.values()))):
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


def _listed_run(doc: Doc, whole: int, parts: list[int]) -> bool:
    """Whether places are listed one after another straight after their whole, three or
    more of them ("at 486: 251 in Lower Drava, 162 in Mirsk and 58 in Tolvey"): a list of
    the whole's places, which share no ground and leave none out."""
    places = {place(doc.effective[index]) for index in parts}
    said = all(doc.claims[index].end > doc.claims[index].start for index in (whole, *parts))
    return said and len(places) == len(parts) and enumerated(doc, whole, parts) is not None


def _with_the_rest(doc: Doc, parts: Iterable[int]) -> bool:
    """Whether the places of a list's rows include a row of all the others ("Other
    districts"): the rows of such a list share no ground and leave no place out."""
    return any(_REST.match(doc.effective[index].place or "") for index in parts)


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
    total = _as_linked(doc, whole, parts)
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


def _as_linked(doc: Doc, whole: int, parts: list[int]) -> Bounds:
    """The whole's bounds, narrowed by the saying all the parts hang on: "An estimated
    96,400" in the highlights is "96,400" in the sentence its list follows."""
    total = doc.bounds(whole)
    said = {doc.link(index, "part_of") for index in parts}
    if len(said) != 1 or None in said:
        return total
    again = doc.bounds(next(index for index in said if index is not None))
    low, high = max(total.low, again.low), min(total.high, again.high)
    return Bounds(low, high) if low <= high else total


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
    for parts in parts_of(doc, outcome, "part").values():
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
