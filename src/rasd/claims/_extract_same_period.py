"""A figure said to cover "the same period" as one before it: "the Valley Rights Watch puts
the death toll far higher, at 1,870 civilians over the same period, including 402 children"
covers the period of the last figure before it whose period the text states with both ends
("between 1 January and 31 March 2033"; a bare year is no stated end), and so do its
parts.
"""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found

_MONTH = 7  # "2033-01": a stated end is at least a month
_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for|across|within)\s+the\s+same\s+(?:period|time"
                          r"|months?|weeks?|days?|year)\b", re.I)


def same_period(found: list[Found]) -> None:
    """Give a figure said over "the same period" the stated period before it (see the
    module's account); `found` in text order with `between`, `after` and links set."""
    for index, item in enumerate(found):
        if not (_SAME_PERIOD.search(item.after) or _SAME_PERIOD.search(item.between)):
            continue
        before = next((other.claim for other in reversed(found[:index])
                       if other.sentence != item.sentence
                       and len(other.claim.period_start or "") >= _MONTH
                       and len(other.claim.period_end or "") >= _MONTH
                       and other.claim.period_start != other.claim.period_end), None)
        if before is None:
            continue
        old = (item.claim.period_start, item.claim.period_end)
        new = (before.period_start, before.period_end)
        item.claim.period_start, item.claim.period_end = new
        for part in found[index + 1:]:
            if part.links.get("part_of") is item and (
                    part.claim.period_start, part.claim.period_end) == old:
                part.claim.period_start, part.claim.period_end = new


# counts of people in a state (displaced, held, missing) rather than of events
_STOCKS = frozenset({"displaced", "detained", "missing", "disappeared"})


def standing_parts(found: list[Found]) -> None:
    """A part of a count of people in a state that covers no period ("1.3 million people are
    now displaced", a standing figure) stands too: "women and children number 720,000 of the
    internally displaced" counts them now, not over the period the document reports on."""
    for item in found:
        whole = item.links.get("part_of")
        if (whole is not None and whole.claim.measure in _STOCKS
                and item.claim.measure == whole.claim.measure
                and whole.claim.period_start is None and whole.claim.period_end is None):
            item.claim.period_start = item.claim.period_end = None
