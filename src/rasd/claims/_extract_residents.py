"""A share of the people who live somewhere: "roughly one in three of the camp's residents
is a child" is a share of the last count of the paragraph's displaced (or of its detainees,
for "the prison's inmates"), and counts what that count counts."""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found

_OF_RESIDENTS = re.compile(r"^\s*(?:per\s?cent\s+|percent\s+|%\s*)?of\s+(?:the\s+|all\s+|its\s+"
                           r"|their\s+)?(?:[\w’'-]+['’]s?\s+)?(?:residents|inhabitants"
                           r"|population|occupants|inmates)\b", re.I)
# who lives in a camp or a prison: the counts such a share may be of
_RESIDING = frozenset({"displaced", "detained"})


def shares_of_residents(found: list[Found]) -> None:
    """Link a share of a place's residents to its whole (see the module's account); `found`
    in text order, after linking."""
    for index, item in enumerate(found):
        claim = item.claim
        if (claim.unit not in ("percent", "fraction") or claim.measure != "other"
                or "share_of" in item.links or not _OF_RESIDENTS.match(item.after)):
            continue
        whole = next((each for each in reversed(found[:index])
                      if each.paragraph == item.paragraph and each.claim.unit == "people"
                      and each.prior_of is None and "part_of" not in each.links
                      and "repeat_of" not in each.links), None)
        if whole is not None and whole.claim.measure in _RESIDING:
            item.links["share_of"] = whole
            claim.measure = whole.claim.measure
