"""Figures a later figure replaces, which are prior_report of it: a correction ("said that
83 people had been killed. The correct figure ... is 36"; "2,310 people held there, not
3,210 as we reported") and a count that grew ("reported 19 dead; two days later its count
stood at 36"). Linked so, the replaced figure is set beside no current one by the checks."""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found

# the words before a figure that replaces an earlier one of the same paragraph
_REPLACES = re.compile(
    # not "the true toll", which is an estimate beside the count, not what replaces it
    r"\b(?:correct|right|accurate|revised|corrected)\s+(?:figure|number|toll|count|total"
    r"|tally)\b"
    r"|\b(?:later|afterwards|since\s+then|(?:the\s+)?next\s+day|by\s+(?:nightfall|evening"
    r"|midnight|then|the\s+(?:evening|next\s+day)))\b[^.;\d]{0,40}\b(?:count|toll|figure|tally|total|number)\s+(?:had\s+|has\s+)?"
    r"(?:stood|stands|rose|risen|climbed|reached|was|is)\b", re.I)
# the words before a figure the one before it corrects: "2,310 people held there, not"
_NOT_BEFORE = re.compile(r",\s*(?:and\s+)?not\s+(?:the\s+)?$", re.I)


def replaced_figures(found: list[Found]) -> None:
    """Link each replaced figure prior_report to its replacement (see the module's account);
    `found` in text order with `between` set, before the other links are made."""
    for index, item in enumerate(found):
        if item.claim.unit != "people" or item.prior_of is not None or not index:
            continue
        previous = found[index - 1]
        if _NOT_BEFORE.search(item.between) and previous.sentence == item.sentence:
            item.prior_of = previous
        elif _REPLACES.search(item.between):
            replaced = _replaced(item, found[:index])
            if replaced is not None:
                replaced.prior_of = item


def _replaced(item: Found, earlier: list[Found]) -> Found | None:
    """The last figure of the paragraph before `item` that counts what it counts, with
    another value."""
    claim = item.claim
    for candidate in reversed(earlier):
        other = candidate.claim
        if candidate.paragraph != item.paragraph:
            return None
        if (other.measure, other.subgroup, other.unit) == (claim.measure, claim.subgroup,
                                                           claim.unit):
            return candidate if other.value != claim.value and candidate.prior_of is None \
                else None
    return None
