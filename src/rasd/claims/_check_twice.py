"""One source's two figures for the same dead.

An encyclopedia's infobox says "Civilians: 2,460 killed (LSDC)" and its body "The Lower Sarn
Documentation Centre (LSDC) recorded 2,390 civilian deaths in Drenmouth between 9 March and
27 June 2040": two exact figures of one source for the same measure, group, place, actor
and stated period, the first a summary of the second, cannot both hold. The first is
checked against the second as a headline against its body, when they are within a
twentieth of each other (further apart, they count what the claims do not tell apart).
Figures linked to each other (a share, a repeat), an earlier report's, hedged ones ("at
least") and those of listed places are left to the other checks.
"""

from __future__ import annotations

from itertools import combinations

from rasd.claims._check_doc import Doc, limits
from rasd.claims._check_figures import (
    PLACE_KIND,
    actor,
    asserter,
    is_count,
    listed_places,
    number,
    period,
    stated,
    subgroup,
)
from rasd.claims._check_result import Outcome, Verdict
from rasd.claims.model import Claim

# how far apart one source's two figures for the same dead may be and still be read as the
# same count misstated (2,460 and 2,390); further apart they count different things the
# claims do not tell apart (412 wounded and the 171 with blast injuries)
_NEAR = 0.05


def said_twice(doc: Doc, outcome: Outcome) -> None:
    """Flag a source's summary figure that its own figure for the same dead contradicts."""
    counts = [index for index in doc.order if _candidate(doc, index)]
    for first, later in combinations(counts, 2):
        one, two = doc.effective[first], doc.effective[later]
        if not _same_frame(one, two) or _linked(doc, first, later):
            continue
        low, high = sorted((doc.bounds(first).low, doc.bounds(later).low))
        if doc.bounds(first).meets(doc.bounds(later)) or not high - low <= _NEAR * high:
            continue
        outcome.count("headline", "counts", None)
        outcome.verdicts.append(Verdict(
            "headline", "not in the body", True, (doc.ref(first), doc.ref(later)),
            f"'{stated(doc.claims[first])}' and '{stated(doc.claims[later])}' are both "
            f"{one.asserted_by}'s figure for the same dead, place and period: "
            f"{number(doc.bounds(first).low)} is not {number(doc.bounds(later).low)}",
            {"headline_bounds": limits(doc.bounds(first)),
             "body_bounds": limits(doc.bounds(later))}))


def _candidate(doc: Doc, index: int) -> bool:
    claim = doc.effective[index]
    return (is_count(doc.claims[index]) and doc.first(index) == index
            and claim.qualifier == "exact" and claim.unit == "people"
            and asserter(claim) is not None and not listed_places(claim)
            and "prior_report" not in doc.claims[index].links
            and _no_other_part(doc, index)
            and (found := period(claim)) is not None and None not in found)


def _no_other_part(doc: Doc, index: int) -> bool:
    """Whether the figure is a part of no whole, or only of one that differs from it in
    nothing the claims say (then it is that figure said again, not a part)."""
    whole = doc.whole(index)
    return whole is None or _same_frame(doc.effective[whole], doc.effective[index])


def _place_key(claim: Claim) -> str:
    """The narrowest place a claim names: "Drenmouth, Lower Sarn province" is Drenmouth."""
    return PLACE_KIND.sub("", (claim.place or "").split(",")[0].strip()).lower()


def _same_frame(one: Claim, two: Claim) -> bool:
    return (one.measure == two.measure and subgroup(one) == subgroup(two)
            and asserter(one) == asserter(two) and actor(one) == actor(two)
            and period(one) == period(two) and bool(_place_key(one))
            and _place_key(one) == _place_key(two))


def _linked(doc: Doc, first: int, later: int) -> bool:
    """Whether one figure is linked to the other, or both to one whole. A later figure read
    as a part of the first though it differs from it in nothing the claims say ("2,390
    civilian deaths in Drenmouth" under the infobox's 2,460) is the first said again."""
    kinds = ("part_of", "share_of", "repeat_of")
    if doc.link(later, "share_of") == first or doc.link(later, "repeat_of") == first or any(
            doc.link(first, kind) == later for kind in kinds):
        return True
    wholes = {doc.link(first, kind) for kind in kinds} - {None}
    return bool(wholes & {doc.link(later, kind) for kind in kinds})
