"""Links that read a list of a whole's kinds and a share of "those" a count is part of.

- "Of the 412 wounded we received, 171 had blast injuries, 158 had gunshot wounds and 77 had
  burns": the figures after the first part of the list, each after the kind of the one
  before it, are parts of the same whole.
- "38 patients died of their wounds after admission, one in eight of those we received":
  the share set off after the count is not of that count but of the larger count "those"
  points back to (the 412 received), and the count is a part of it.
- "Nearly 60 per cent of the verified civilian deaths (1,127)": a share of the verified is
  of the part of its whole said to be verified ("the Office has individually verified 1,906
  deaths"), and so is the count beside it.
- "688 deaths in February, ..., all of them in three districts: 203 in the Old Quarter, 251
  in Al-Nour district and 214 in the Eastern Gate area": the whole is in the places its parts
  list, so the parts name every place of it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rasd.claims._extract_found import Found
from rasd.claims._extract_mentions import count_of

# what one part of a list had, between it and the next part: " had blast injuries, ",
# " had gunshot wounds and "
_KIND_LIST = re.compile(r"^\s*(?:had|has|have|suffered|sustained)\s+(?:[a-z-]+\s+){0,3}[a-z-]+"
                        r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
# "of those we received", "of those admitted", "of those who reached the hospital"
_OF_THOSE = re.compile(r"^\s*of\s+those\s+(?:who\s+|whom\s+|that\s+)?[a-z]", re.I)
_OF_QUALIFIED = re.compile(r"^[\s%]*(?:per\s?cent\s+|percent\s+)?of\s+the\s+(?P<word>verified"
                           r"|confirmed|documented|recorded|registered|identified)\b", re.I)
# "all of them in three districts:" before the first of the parts
_IN_PLACES = re.compile(r"\ball\s+(?:of\s+)?(?:them|these|those)\s+(?:were\s+)?in\s+(?:the\s+)?"
                        r"(?P<count>two|three|four|five|six|seven|eight|nine|\d)\s+[a-z]+\s*:\s*$",
                        re.I)
# how near before a part the word that qualifies it stands: "has individually verified "
_QUALIFIED_NEAR = 40


def listed_kinds(found: list[Found]) -> None:
    """Continue a list of a whole's kinds from its first part."""
    for previous, item in pairwise(found):
        whole = previous.links.get("part_of")
        claim = item.claim
        if (whole is None or item.links or item.sentence != previous.sentence
                or claim.unit != "people" or claim.measure != previous.claim.measure
                or claim.subgroup != previous.claim.subgroup
                or not _KIND_LIST.match(item.between)):
            continue
        item.links["part_of"] = whole


def shares_of_those(found: list[Found]) -> None:
    """Link a share "of those ..." set off after a count to the larger count before it."""
    for index, item in enumerate(found):
        if index == 0 or item.claim.unit not in ("percent", "fraction"):
            continue
        count = found[index - 1]
        if (item.links.get("share_of") is not count or count.sentence != item.sentence
                or not _OF_THOSE.match(item.after)):
            continue
        whole = _larger_before(found[:index - 1], count)
        if whole is None:
            continue
        item.links["share_of"] = whole
        item.claim.subgroup = item.claim.subgroup or count.claim.subgroup
        count.links.setdefault("part_of", whole)


def _larger_before(earlier: list[Found], count: Found) -> Found | None:
    """The last count said before `count`, in its paragraph or the one before, that is
    larger than it: the whole a part said there belongs to, the first saying of a repeat."""
    for candidate in reversed(earlier):
        if candidate.paragraph < count.paragraph - 1:
            return None
        whole = candidate.links.get("part_of") or candidate.links.get("repeat_of") or candidate
        size, mine = whole.claim.value, count.claim.value
        if (whole.claim.unit == "people" and whole.prior_of is None and size is not None
                and mine is not None and size > mine):
            return whole
    return None


def shares_of_qualified_parts(found: list[Found]) -> None:
    """Relink a share "of the verified ..." (and the count beside it) to the one part of its
    whole said with that word."""
    for index, item in enumerate(found):
        whole = item.links.get("share_of")
        said = _OF_QUALIFIED.match(item.after)
        if whole is None or said is None or item.claim.unit not in ("percent", "fraction"):
            continue
        stem = said.group("word").lower()[:-2]  # "verifi", "confirm", "document"
        named = [other for other in found[:index] if other.links.get("part_of") is whole
                 and stem in other.between[-_QUALIFIED_NEAR:].lower()]
        if len(named) != 1:
            continue
        item.links["share_of"] = named[0]
        beside = found[index + 1] if index + 1 < len(found) else None
        if (beside is not None and beside.sentence == item.sentence
                and beside.links.get("part_of") is whole and beside.claim.unit == "people"):
            beside.links["part_of"] = named[0]


def wholes_in_listed_places(found: list[Found]) -> None:
    """Give a whole said to lie all in N places the list of its N parts' places."""
    for item in found:
        said = _IN_PLACES.search(item.between)
        whole = item.links.get("part_of")
        if said is None or whole is None or whole.sentence != item.sentence:
            continue
        parts = [other for other in found
                 if other.links.get("part_of") is whole and other.sentence == item.sentence]
        places = [other.claim.place for other in parts]
        count = count_of(said.group("count"))
        if len(parts) != count or None in places or len(set(places)) != count:
            continue
        named = [place for place in places if place is not None]
        whole.claim.place = f"{', '.join(named[:-1])} and {named[-1]}"
