"""A figure set off by commas before the group it is: "the rest, 21, were men". The parser
takes the figure for an aside, so the group after it is read here: a figure with no group
of its own, or the group carried from the figure before, is the group its copula names.
"The rest" are the rest of the whole the part before them is of: they count what it counts
and are part of the same whole."""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found
from rasd.claims._extract_vocab import SUBGROUP_NOUNS

_SET_OFF = re.compile(r"^\s*,\s*(?:were|are|was|is)\s+(?:all\s+)?(?P<group>[a-z]+)\b")
_BEFORE = re.compile(r",\s*$")
_REST = re.compile(r"\b(?:the\s+)?(?:rest|remainder|others)\s*,\s*$", re.I)
# the groups a claim's subgroup field holds, by the noun's group
_FIELD = {"children": "children", "women": "women", "men": "men", "civilians": "civilians",
          "fighters": "combatants"}


def set_off_groups(found: list[Found]) -> None:
    """Give a figure set off by commas the group its copula names; before the links are
    numbered (`found` in text order)."""
    for previous, item in zip([None, *found], found, strict=False):
        claim = item.claim
        matched = _SET_OFF.match(item.after)
        if matched is None or not claim.quote.isdigit() or not _BEFORE.search(item.between):
            continue
        group = _FIELD.get(SUBGROUP_NOUNS.get(matched.group("group"), ""))
        if group is not None:
            claim.subgroup = group
        whole = previous.links.get("part_of") if previous is not None else None
        if (whole is not None and previous is not None and previous.sentence == item.sentence
                and _REST.search(item.between) and "part_of" not in item.links):
            item.links["part_of"] = whole
            claim.measure = previous.claim.measure
