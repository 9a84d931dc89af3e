"""The checks within one document that set a figure against the counts it speaks of: shares
against their whole's parts, rates against their total over its period, the headline against
the body, and figures said again against their first saying."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from rasd.claims._check_doc import Doc, limits
from rasd.claims._check_figures import (
    ATOMS,
    PLACE_KIND,
    Bounds,
    actor,
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
    stated,
    stated_high,
    subgroup,
    tolerance,
)
from rasd.claims._check_result import Outcome, Verdict
from rasd.claims.model import Claim
from rasd.errors import InputError
from rasd.report import span

# Shares -----------------------------------------------------------------------------------


def shares(doc: Doc, outcome: Outcome) -> None:
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
        if beside in parts and subgroup(doc.effective[beside]) == key:
            return [beside]
        # "Of the wounded, 96 have already returned to duty, more than 90 per cent. Yesterday
        # we lost 3 soldiers": the one neighbour that is a part of the whole, of its group
        near = [index for index in _neighbours(doc, share)
                if index in parts and subgroup(doc.effective[index]) == key]
        return near if len(near) == 1 else "no count of its group said beside it"
    same = [index for index in parts if subgroup(doc.effective[index]) == key]
    if len(same) == 1:
        return same
    if same:
        return "several counts of its group"
    found = _by_groups(doc, parts, key)
    if isinstance(found, str) and key is not None:
        # "Civilians made up 40% of all fatalities" with the civilians counted apart (a
        # table's "Civilian fatalities" column total), linked to no whole: the one count of
        # the group in the share's frame is its numerator
        apart = [index for index in range(len(doc.claims))
                 if doc.first(index) == index and doc.whole(index) is None
                 and index != doc.first(whole) and doc.claims[index].unit == "people"
                 and subgroup(doc.effective[index]) == key
                 and _same_frame(doc.effective[index], mine)]
        if len(apart) == 1 and doc.bounds(apart[0]).low <= doc.bounds(whole).high:
            return apart
    return found


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


def _neighbours(doc: Doc, index: int) -> list[int]:
    """The claims said just before and just after this one in the text."""
    at = doc.order.index(index)
    return [doc.order[near] for near in (at - 1, at + 1) if 0 <= near < len(doc.order)]


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


def rates(doc: Doc, outcome: Outcome) -> None:
    """A rate per day is its total spread over the days of the same period: a count of the
    same measure and group, from a stated day to a stated end (or the publication date)."""
    for index, claim in enumerate(doc.claims):
        if claim.unit != "per_day":
            continue
        found = _rate_total(doc, index)
        outcome.count("rate", "rates", found if isinstance(found, str) else None)
        if not isinstance(found, str):
            outcome.verdicts.append(_rate_verdict(doc, index, *found))


_RATE_NEAR = 200  # characters between a total and the rate said in its sentence


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
    # a part of another total ("Kafr Zaran city: 174" of the 286) is no total of the rate
    totals = [index for index in totals if doc.whole(index) not in totals]
    if not totals:
        totals = _derived_from(doc, rate, counts)
    if not totals:
        return "no total over the same period"
    if any(doc.bounds(index) != doc.bounds(totals[0]) for index in totals):
        # "recorded 2,390 civilian deaths ..., an average of 28 civilians killed every day"
        # (an infobox's 2,460 above): the one total said just before the rate is its total
        near = [index for index in totals
                if 0 <= doc.claims[rate].start - doc.claims[index].end <= _RATE_NEAR]
        if len(near) != 1:
            return "several totals"
        totals = near
    total = _until(doc, doc.effective[totals[0]])
    assert total.period_start and total.period_end
    days = _days(total.period_start, total.period_end, doc.published)
    return ((totals[0], (total.period_start, total.period_end), days) if days is not None
            else "bad period")


def _derived_from(doc: Doc, rate: int, counts: list[int]) -> list[int]:
    """The total of a rate whose asserter gives no count of its own ("That is an average of
    16 civilians killed every day", the authors' arithmetic on another's figure): the counts
    over its period that fit it but for the asserter and break down no whole of their
    measure; when they disagree, those of the asserter who gives the document most of its
    counts."""
    mine = doc.effective[rate]
    if any(asserter(doc.effective[index]) == asserter(mine) for index in counts):
        return []
    anyone = replace(mine, asserted_by=None)
    # a whole that lists its parts' places lies where the rate does
    found = [index for index in counts if not _broken_down(doc, index) and _fits(
        doc.effective[index], replace(anyone, place=None) if listed_places(
            doc.effective[index]) else anyone, exact=False)]
    if len({doc.bounds(index) for index in found}) <= 1:
        return found
    said = [asserter(doc.effective[index]) for index, claim in enumerate(doc.claims)
            if is_count(claim)]
    main = max(set(said), key=said.count)
    return [index for index in found if asserter(doc.effective[index]) == main]


def _broken_down(doc: Doc, index: int) -> bool:
    """Whether a count is a part of a whole of its own measure (a district's share of the
    dead), not a whole or a measure's part of another ("1,210 killed" of the casualties)."""
    whole = doc.whole(index)
    return whole is not None and doc.claims[whole].measure == doc.claims[index].measure


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


def _days(start: str, end: str, published: str | None = None) -> tuple[int, int] | None:
    """The fewest and most days a period of partial dates may span. A period that is one
    whole year or month ("In 2042 alone") spans all its days, unless the document was
    published inside it (a year so far)."""
    try:
        first, last = span(start), span(end)
        now = span(published) if published else None
    except InputError:
        return None
    most = (last.end - first.start).days + 1
    if most < 1:
        return None
    if start == end and (now is None or now.start > first.end):
        return most, most
    return max(1, (last.start - first.end).days + 1), most


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


def headlines(doc: Doc, outcome: Outcome) -> None:
    """The headline, the document's first count of people, is backed by the body: some later
    figure for the same measure, group, period and actor, in its place, agrees with it. The
    body's sources may differ and may be worded "at least"; a body figure read as what it
    states backs no more than that. It is flagged only when it says more than every such
    figure while they cannot all be its parts: they are for one place (the event the headline
    names more widely, "Idlib" for a market in Maarat Misrin) and together come to more than
    it, or each is said by a source of its own (rescuers 38, a directorate 41, a monitor 44).
    Then they are other counts of the same dead, and none reaches the headline's."""
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
    # each body figure said by a source of its own: rival counts of the same dead, no parts
    sources = {asserter(doc.effective[index]) for index in body}
    rivals = len(body) >= 2 and len(sources) == len(body) and None not in sources
    if said.low <= most or len(places) > 1 or (
            together <= said.high and not rivals and not _over_the_same_place(doc, head, body)):
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


def _over_the_same_place(doc: Doc, head: int, body: list[int]) -> bool:
    """Whether the body's one figure for the headline's dead is the same count: said by the
    headline's asserter over the very place it names ("Marrow" and "Marrow province"), for
    the same stated period, and not hedged ("at least"), so it is no part of the
    headline's."""
    def key(text: str | None) -> str:
        return PLACE_KIND.sub("", (text or "").strip()).lower()
    one, named = doc.effective[head], key(doc.effective[head].place)
    if len(body) != 1 or not named:
        return False
    other = doc.effective[body[0]]
    return (key(other.place) == named and other.qualifier == "exact"
            and None not in (one.period_start, one.period_end)
            and asserter(other) is not None
            and (asserter(other) == asserter(one) or _settled(doc, body[0])))


def _settled(doc: Doc, index: int) -> bool:
    """Whether the body treats a figure as its count of the event: it says it again or
    breaks it down ("The correct figure is 36. Of the 36, 14 were children"). Such a
    figure is the body's total, whoever gives it, not one of the headline's parts."""
    first = doc.first(index)
    return any(other != first and (doc.first(other) == first or doc.whole(other) == first)
               for other in range(len(doc.claims)))


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


def repeats(doc: Doc, outcome: Outcome) -> None:
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
