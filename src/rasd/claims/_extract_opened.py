"""Parts listed after a sentence's opening whole: "Of the 11,870 excess deaths, 6,420 (54%)
were due to violent injury, 2,310 (19%) to communicable diseases, ... and 160 (1%) to other
causes". Every count of the whole's measure the sentence goes on to list, with no whole of
its own, is a part of the opening figure, and a share said in brackets right after one of
them ("(54%)") is a share of that whole, of the part's group."""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found

_OPENS = re.compile(r"^\s*(?:Of|Among)\s+(?:the|these|those|all)\s+$", re.I)
_BESIDE = re.compile(r"^\s*\(\s*$")


def parts_after_opening(found: list[Found]) -> None:
    """Link the counts and bracketed shares listed after "Of the N ...," to the N."""
    for at, whole in enumerate(found):
        if whole.claim.unit != "people" or not _OPENS.match(whole.between):
            continue
        part: Found | None = None
        for item in found[at + 1:]:
            if item.sentence != whole.sentence:
                break
            claim = item.claim
            if claim.unit == "people" and claim.measure == whole.claim.measure and (
                    item.links.get("part_of") in (None, whole)) and item.prior_of is None:
                item.links["part_of"], part = whole, item
            elif (claim.unit == "percent" and part is not None and _BESIDE.match(item.between)
                  and claim.subgroup == part.claim.subgroup):
                item.links["share_of"] = whole
            else:
                part = None
