"""Links read from the figures around a claim once the first linking pass has set the rest
(rasd.claims._extract_links), and who says a breakdown of a source's figure:

- parties listed with their verb left out ("Government forces were responsible for 658 of
  the deaths, the Front for 327") are parts of the same whole, done by the party named;
- "the remaining 100 deaths" are the rest of the whole the parts before them broke down;
- fighters counted beside the civilians of a toll are the dead who fought;
- a share set right after listed parts ("512 children and 377 women, more than half of the
  civilians") is what those parts make of their whole;
- a share "of the total" is of the largest count its source said, and a share set off after
  a count that turns out a table total's part is of that total;
- a part that opens by breaking down a source's figure ("Of these, 1,907 were civilians") is
  that source's;
- a count of a group set right after a share of that group ("A third of them are children,
  251 children in all") is the same part of the share's whole, said as a count; and a share
  in brackets right after a count ("Children killed: 71 (22% of civilians killed)") is the
  share of that count's group in the whole it names; a rate right after a count counts its
  group.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rasd.claims._extract_found import Found
from rasd.claims._extract_vocab import OF_THE_TOTAL

_HARMED = frozenset({"killed", "injured", "casualties"})
_SHARE_OF_TOTAL = re.compile(OF_THE_TOTAL, re.I)
# the next party of a list whose verb is left out: "X were responsible for 658 of the deaths,
# the Front for 327, and other armed groups for 199"
# (the part before may end with a few words of its own: "1,520 of the deaths we documented,
# and the Valdorian Patriotic Movement for 640")
_ACTOR_LIST = re.compile(r"^[\s)]*(?:[a-z]+(?:\s+[a-z]+){0,2})?[\s,;]*(?:and\s+)?"
                         r"(?P<actor>(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,6})for\s+\(?\s*$")
_ATTRIBUTED = re.compile(r"\battributed\s+to\s+(?:the\s+)?(?P<actor>[A-Z][\w'’-]*"
                         r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)")
_REMAINING = re.compile(r"\bthe\s+(?:remaining|other)\s+$", re.I)
_SET_APART = re.compile(r"\s*[,(–—-]\s*(?:or\s+)?(?:[a-z]+\s+){0,2}")
_AND = re.compile(r"\s*[,;]?\s*(?:and|while|,)\s*", re.I)
# a sentence that breaks down a figure said before: "Of these,", "Among them", "Of the 57,"
_BREAKDOWN_OPENS = re.compile(r"^\s*(?:Of|Among)\s+(?:these|them|those|the\b)", re.I)


def listed_parties(found: list[Found]) -> None:
    """A figure whose verb is left out after a party's part ("Government forces were
    responsible for 658 of the deaths, the Front for 327, and other armed groups for 199")
    is a part of the same whole, done by the party named before it; run after the
    breakdowns are known."""
    counts = [item for item in found if item.claim.unit == "people"]
    for previous, item in pairwise(counts):
        named = _ACTOR_LIST.match(item.between)
        whole = previous.links.get("part_of")
        if (named is None or whole is None or item.links or previous.sentence != item.sentence
                or previous.claim.measure != item.claim.measure):
            continue
        item.links["part_of"] = whole
        item.claim.subgroup = item.claim.subgroup or previous.claim.subgroup
        party = re.sub(r"^the\s+", "", named.group("actor").strip())
        if party and item.claim.actor is None and previous.claim.actor is not None:
            item.claim.actor = party


def count_of_share(found: list[Found]) -> None:
    """"A third of them are children, 251 children in all": a count of a group with no word
    for what happened to it, right after a share of the same group in its sentence, counts
    what the share's whole counts and is a part of it."""
    for share, item in pairwise(found):
        whole = share.links.get("share_of")
        claim = item.claim
        if (whole is None or share.claim.unit not in ("percent", "fraction")
                or share.sentence != item.sentence or item.links or claim.unit != "people"
                or claim.measure != "other" or claim.subgroup is None
                or claim.subgroup != share.claim.subgroup
                or not _SET_APART.fullmatch(item.between)):
            continue
        claim.measure = whole.claim.measure
        item.links["part_of"] = whole


def share_beside_count(found: list[Found]) -> None:
    """"Children killed: 71 (22% of civilians killed)": the share in brackets is what the
    count before it makes of the whole the share names, so it counts the count's group."""
    for count, share in pairwise(found):
        # unlinked, the share names the whole the count is a part of ("of civilians killed")
        whole = share.links.get("share_of") or _named_whole(count, share)
        if (whole is None or whole is count or share.claim.unit != "percent"
                or count.claim.unit != "people" or count.sentence != share.sentence
                or count.claim.measure != share.claim.measure
                or not re.fullmatch(r"\s*\(\s*", share.between)):
            continue
        share.claim.subgroup = count.claim.subgroup
        share.links["share_of"] = whole


def _named_whole(count: Found, share: Found) -> Found | None:
    """The whole a count is a part of, when the share beside it names that whole's group."""
    whole = count.links.get("part_of")
    if whole is None or share.links or share.claim.subgroup != whole.claim.subgroup:
        return None
    return whole


def rate_of_count(found: list[Found]) -> None:
    """"1,436 civilians killed ..., an average of about 12 a day": a rate right after a count
    in its sentence counts the count's group."""
    for count, rate in pairwise(found):
        if (rate.claim.unit == "per_day" and count.claim.unit == "people"
                and rate.sentence == count.sentence and rate.claim.subgroup is None
                and rate.claim.measure == count.claim.measure):
            rate.claim.subgroup = count.claim.subgroup


def the_remaining(found: list[Found]) -> None:
    """"The perpetrator of the remaining 100 deaths could not be identified": the rest of
    the whole the parts before it broke down, in the next sentence of their paragraph."""
    counts = [item for item in found if item.claim.unit == "people"]
    for previous, item in pairwise(counts):
        whole = previous.links.get("part_of")
        if (whole is None or item.links or not _REMAINING.search(item.between)
                or previous.paragraph != item.paragraph
                or item.claim.measure != whole.claim.measure):
            continue
        item.links["part_of"] = whole
        item.claim.subgroup = item.claim.subgroup or whole.claim.subgroup


def share_of_listed_parts(found: list[Found]) -> None:
    """A share set right after parts listed of one whole ("512 children and 377 women, more
    than half of the civilians") is the share those parts together make of it."""
    for index in range(2, len(found)):
        item, last, first = found[index], found[index - 1], found[index - 2]
        whole = last.links.get("part_of")
        if (item.claim.unit not in ("percent", "fraction") or whole is None
                or first.links.get("part_of") is not whole
                or not (first.sentence == last.sentence == item.sentence)
                or not _SET_APART.fullmatch(item.between)):
            continue
        groups = {first.claim.subgroup, last.claim.subgroup}
        if groups == {"children", "women"}:
            item.claim.measure, item.claim.subgroup = last.claim.measure, "women_and_children"
            item.links = {"share_of": whole}


def total_of_share(item: Found, earlier: list[Found]) -> Found | None:
    """The whole of a share "of the total" (or "of its total", "of all those arrested"):
    the largest count its asserter said before of its measure that is no part, no
    repetition and no earlier report; not the count beside it, which is its numerator."""
    if item.claim.unit != "percent" or not _SHARE_OF_TOTAL.match(item.after):
        return None
    said_by = item.claim.asserted_by or ""
    counts = [each for each in earlier
              if each.claim.unit == "people" and each.claim.measure == item.claim.measure
              and each.prior_of is None and not each.links and each.claim.value is not None
              and _same_source(said_by, each.claim.asserted_by or "")]
    whole = max(counts, key=lambda each: each.claim.value or 0) if counts else None
    if whole is not None and item.claim.subgroup is None:
        item.claim.subgroup = whole.claim.subgroup  # "30 per cent of the total" civilians
    party = _ATTRIBUTED.search(item.between)
    if party is not None and item.claim.actor is None:
        # "Deaths attributed to the Front made up 30 per cent of the total": the Front's
        item.claim.actor = party.group("actor")
    return whole


def _same_source(one: str, other: str) -> bool:
    """"the Documentation Project" and "Sarkan Documentation Project" are one source."""
    return one == other or bool(one and other and (one in other or other in one))


def dead_fighters_beside_civilians(found: list[Found]) -> None:
    """Fighters counted right after the civilians of a toll ("Of these, 1,907 were civilians
    and 411 were fighters") are the dead who fought, a part of the same whole, not a force's
    strength."""
    for before, item in pairwise(found):
        claim, civilians = item.claim, before.claim
        if (claim.measure == "fighters" and claim.unit == "people"
                and before.sentence == item.sentence and civilians.subgroup == "civilians"
                and civilians.measure in _HARMED and _AND.fullmatch(item.between)):
            claim.measure, claim.subgroup = civilians.measure, "combatants"
            if "part_of" in before.links:
                item.links["part_of"] = before.links["part_of"]


def parts_said_by_whole(found: list[Found]) -> None:
    """A part or share whose sentence names no source and opens by breaking down what was
    said before ("Of these", "Among the civilians") is said by whoever said its whole in the
    same paragraph: in "The Project says it recorded 2,318 deaths. Of these, 1,907 were
    civilians" the 1,907 is the Project's, not the writer's."""
    opening: dict[int, str] = {}
    for item in found:
        opening.setdefault(item.sentence, item.between)
    said: list[Found] = []  # "The Directorate now says 31 people were killed ... Of the 31
    # dead, 9 were children": the 31 of the breakdown is the Directorate's figure said again
    for item in found:
        earlier = [other for other in said if other.paragraph == item.paragraph
                   and other.sentence != item.sentence and other.claim.value == item.claim.value
                   and other.claim.measure == item.claim.measure]
        if (item.unattributed and "repeat_of" in item.links and earlier
                and _BREAKDOWN_OPENS.match(opening[item.sentence])):
            item.claim.asserted_by = earlier[-1].claim.asserted_by
            item.unattributed = False
            for part in found:
                if part.unattributed and part.links.get("part_of") is item:
                    part.claim.asserted_by = item.claim.asserted_by
        if not item.unattributed:
            said.append(item)
    for item in found:
        whole = item.links.get("part_of") or item.links.get("share_of")
        if not item.unattributed or whole is None or whole.paragraph != item.paragraph:
            continue
        # "The committee's figure is 14,000, of whom about 6,200 are children": a part said
        # in its whole's sentence, naming no source, is the whole's source's
        if (whole.sentence == item.sentence and not whole.unattributed) or (
                whole.sentence != item.sentence
                and _BREAKDOWN_OPENS.match(opening[item.sentence])):
            item.claim.asserted_by = whole.claim.asserted_by


def shares_of_later_parts(found: list[Found]) -> None:
    """A share set off after a count it was linked to ("1,204 children among its dead, or
    one in three") is of that count's whole, once the count turns out to be a part of one
    (of a table's total, known only after the tables are read)."""
    for count, item in pairwise(found):
        whole = count.links.get("part_of")
        if (item.links.get("share_of") is count and whole is not None
                and count.sentence == item.sentence and count.claim.subgroup is not None
                and count.claim.subgroup != whole.claim.subgroup):
            item.links["share_of"] = whole
            if item.claim.subgroup in (None, whole.claim.subgroup):  # "... is a child" kept
                item.claim.subgroup = count.claim.subgroup
