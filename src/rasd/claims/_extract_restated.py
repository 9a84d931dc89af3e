"""A share that restates the count just before it: "21 of the injured are women and
children, that is more than two thirds of the injured"; "8,931 of the total, or 48.5 per
cent". The share counts the same people as the count, so it takes the count's group."""

from __future__ import annotations

import re
from itertools import pairwise

from rasd.claims._extract_found import Found

# what joins a count to the share restating it, after the count's own words
_RESTATING = re.compile(r"[,;]\s*(?:that\s+is|i\.\s?e\.|or|which\s+is|making(?:\s+up)?"
                        r"|amounting\s+to)\s+(?:to\s+)?(?:(?:more|less|fewer)\s+than|over|nearly"
                        r"|almost|about|around|some|roughly|just\s+(?:over|under))?\s*$", re.I)


def restated_groups(found: list[Found]) -> None:
    """Give a restating share its count's group (see the module's note)."""
    for previous, item in pairwise(found):
        claim, count = item.claim, previous.claim
        if (claim.unit in ("percent", "fraction") and count.unit == "people"
                and previous.sentence == item.sentence and claim.measure == count.measure
                and count.subgroup is not None and _RESTATING.search(item.between)):
            claim.subgroup = count.subgroup
