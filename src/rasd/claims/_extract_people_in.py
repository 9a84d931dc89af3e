"""A share of the people somewhere said before: "23,500 of them are living in 14 collective
centres ... Women and children make up 61 per cent of the people in the centres, or 15,900
people".

A share "of the people in the centres" (or "of those in", "of the residents of") that nothing
else linked is a share of the last count, in its paragraph or the one before, whose sentence
names that place after it ("living in 14 collective centres"); it counts what that count
counts. A count set off after the share (", or 15,900 people") is the share said as people:
a part of the same whole, of the share's group.
"""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found

_OF_THE_PEOPLE_IN = re.compile(
    r"^\s*(?:%|per\s?cent|percent)?\s*of\s+(?:the\s+|all\s+)?(?:people|persons|those|residents"
    r"|population|families|households)\s+(?:(?:living|staying|sheltering|housed|accommodated)"
    r"\s+)?(?:in|at|of)\s+(?:the\s+|these\s+|those\s+)?(?P<noun>[a-z]+)\b", re.I)
_SAID_AS_PEOPLE = re.compile(r"^[^\d.;]*,\s*(?:or|that\s+is|i\.e\.)\s+(?:about\s+|some\s+"
                             r"|around\s+)?$", re.I)


def shares_of_people_in(found: list[Found]) -> None:
    """Link a share of the people in a place to the count said living there (see the
    module's account); `found` in text order with `between` and `after` set."""
    for index, item in enumerate(found):
        said = _OF_THE_PEOPLE_IN.match(item.after)
        if (item.claim.unit != "percent" or "share_of" in item.links or said is None):
            continue
        whole = _count_in(said.group("noun").lower(), item, found[:index])
        if whole is None:
            continue
        item.links["share_of"] = whole
        item.links.pop("part_of", None)
        if item.claim.measure == "other":
            item.claim.measure = whole.claim.measure
        after = found[index + 1] if index + 1 < len(found) else None
        if (after is not None and after.sentence == item.sentence
                and after.claim.unit == "people" and _SAID_AS_PEOPLE.match(after.between)
                and after.claim.measure in ("other", whole.claim.measure)):
            after.claim.measure = whole.claim.measure
            after.claim.subgroup = after.claim.subgroup or item.claim.subgroup
            if after.claim.subgroup is None or after.claim.subgroup == whole.claim.subgroup:
                after.claim.subgroup = item.claim.subgroup
            after.links.pop("share_of", None)
            after.links["part_of"] = whole


def _count_in(noun: str, share: Found, earlier: list[Found]) -> Found | None:
    """The last count of people before the share whose sentence names `noun` after it."""
    stem = noun[:-1] if noun.endswith("s") else noun
    for other in reversed(earlier):
        if other.paragraph < share.paragraph - 1:
            return None
        if (other.claim.unit == "people" and other.claim.measure != "other"
                and other.sentence != share.sentence
                and re.search(rf"\b{re.escape(stem)}", other.after, re.I)):
            return other
    return None
