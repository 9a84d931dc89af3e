"""Displaced people who went home: "1,200 displaced people returned to their villages",
"bringing the number of returnees to 8,000 people". They are counted as displaced (the
figure is of people displaced before), and the group is returnees."""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found

# the figure's own verb, right after it and its noun (`after` starts at the number's end):
# "2,350 displaced people returned this week"
_RETURNED = re.compile(r"^\s*(?:[a-z][\w-]*\s+){0,3}?"
                       r"(?:(?:have|has|had)\s+(?:now\s+|since\s+)?|who\s+(?:have\s+)?)?"
                       r"(?:returned|come\s+back|gone\s+back|went\s+back|came\s+back)\b", re.I)
# the count the figure gives: "the number of returnees ... to 41,800"
_NUMBER_OF_RETURNEES = re.compile(r"\b(?:number|total|count)\s+of\s+(?:\w+\s+)?returnees\b"
                                  r"[^.;]*$", re.I)


def returnees(found: list[Found]) -> None:
    """Give the returnees group to displaced people said to have returned."""
    for item in found:
        claim = item.claim
        if claim.measure != "displaced" or claim.subgroup not in (None, "civilians"):
            continue
        if _RETURNED.match(item.after) or _NUMBER_OF_RETURNEES.search(item.between):
            claim.subgroup = "returnees"
