"""Groups and wholes said once for more figures than their own.

"68 people from our valley were dead, all of them civilians. The dead came from Halvik (29),
..."; "A further 214 have been captured"; "In the Brask sector alone, 912 terrorists ...";
"Of the wounded, 96 have already returned to duty, more than 90 per cent".
"""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found

# "A further 214 have been captured": a bare figure that goes on counting the people the
# figure before it counted
# the count a share's sentence gives after a colon ("... was a child: 24 children")
_AFTER_SHARE = re.compile(r"\b(?:is|was|are|were)\s+(?:an?\s+)?[a-z]+\s*:\s*$", re.I)
_FURTHER = re.compile(r"^\s*(?:A\s+further|Another)\s*$", re.I)


def carried_groups(found: list[Found]) -> None:
    """Groups said once for more figures than their own: the parts of a whole said to be all
    civilians ("68 people ... were dead, all of them civilians. The dead came from Halvik
    (29), Dunmere (18), ...") are civilians too; "A further 214 have been captured" after
    "912 terrorists ..., among them 37 field commanders" counts the same group."""
    carried_wholes(found)
    previous: Found | None = None
    for item in found:
        claim = item.claim
        if (previous is not None and claim.measure == "other" and claim.unit == "people"
                and previous.sentence == item.sentence and _AFTER_SHARE.search(item.between)
                and previous.claim.unit in ("fraction", "percent")
                and previous.claim.measure != "other"):
            # "One in four of those we lost was a child: 24 children": the share's count
            claim.measure = previous.claim.measure
            if "share_of" in previous.links:
                item.links["part_of"] = previous.links["share_of"]
        whole = item.links.get("part_of") or item.links.get("share_of")
        if (whole is not None and claim.subgroup is None
                and whole.claim.subgroup == "civilians"
                and whole.claim.measure == claim.measure):
            claim.subgroup = "civilians"
        if whole is not None and _after_its_whole(claim.period_start, whole.claim.period_end):
            # a part dated by the year it is told in ("Two years on"), after its whole's
            claim.period_start = whole.claim.period_start
            claim.period_end = whole.claim.period_end
        if (previous is not None and claim.subgroup is None and claim.quote.isdigit()
                and _FURTHER.match(item.between) and previous.paragraph == item.paragraph
                and previous.claim.unit == claim.unit == "people"):
            claim.subgroup = previous.claim.subgroup
        previous = item
    acronym_sources(found)
    positions = {id(item): index for index, item in enumerate(found)}
    for item in found:
        item.claim.links = {name: positions[id(other)] for name, other in item.links.items()}


def _after_its_whole(start: str | None, whole_end: str | None) -> bool:
    """Whether a part's period starts in a later year than its whole's ends."""
    return bool(start and whole_end and start[:4].isdigit() and whole_end[:4].isdigit()
                and int(start[:4]) > int(whole_end[:4]))


# "In the Brask sector alone, 912 terrorists have been eliminated": a part of the count
# said before it
_ALONE = re.compile(r"^\s*In\s+(?:the\s+)?[A-Z][^,.;]{0,60}?\balone\s*,", re.I)
# "96 have already returned to duty, more than 90 per cent" (not "..., 40 per cent of them")
# "One in four of those we lost", "a third of the dead"
_OF_THOSE = re.compile(r"^\s*of\s+(?:those|the\s+dead|the\s+victims|all)\b", re.I)
_OF_THEM = re.compile(r"^\s*(?:of|among)\b", re.I)


def carried_wholes(found: list[Found]) -> None:
    """Wholes said once for more figures: a figure in a sentence that opens "In the Brask
    sector alone," is a part of the last count of its measure and group said before it in
    the paragraph; a share said right after a part ("Of the wounded, 96 have already returned
    to duty, more than 90 per cent") is a share of the part's whole, not of the part."""
    for at, item in enumerate(found):
        claim = item.claim
        # the figure may follow the opening or end its clause: "In Harnet province alone,
        # security forces detained 6,912 people"
        if not item.links and claim.unit == "people" and _ALONE.match(item.between):
            earlier = [other for other in found[:at] if other.paragraph == item.paragraph
                       and other.sentence < item.sentence and other.claim.unit == "people"
                       and other.claim.measure == claim.measure
                       and other.claim.subgroup == claim.subgroup]
            if earlier:
                item.links["part_of"] = earlier[-1]
        whole = item.links.get("share_of")
        if (claim.unit == "percent" and whole is not None and at > 0
                and found[at - 1] is whole and whole.sentence == item.sentence
                and "part_of" in whole.links and not _OF_THEM.match(item.after)):
            item.links["share_of"] = whole.links["part_of"]
        elif (claim.unit in ("percent", "fraction") and whole is not None
              and whole.sentence != item.sentence and "part_of" in whole.links
              and whole.claim.subgroup != claim.subgroup and _OF_THOSE.match(item.after)
              and whole.links["part_of"].claim.measure == whole.claim.measure):
            # "Halvik (29), ... Korrow (11). One in four of those we lost was a child": a
            # share of the dead the list breaks down, not of its last place
            item.links["share_of"] = whole.links["part_of"]


# "Civilians: 2,460 killed (LSDC)": the source's acronym in brackets after the figure
_ACRONYM_AFTER = re.compile(r"^[ \t]*(?:[a-z]+[ \t]+){0,2}\((?P<acronym>[A-Z]{2,8})\)")


def acronym_sources(found: list[Found]) -> None:
    """A figure followed by a source's acronym in brackets ("2,460 killed (LSDC)") is said by
    the source whose name the acronym spells ("Lower Sarn Documentation Centre"), when
    another figure names it."""
    names = {item.claim.asserted_by for item in found if item.claim.asserted_by}
    spelled = {_initials(name): name for name in names}
    for item in found:
        said = _ACRONYM_AFTER.match(item.after)
        if said is not None and said.group("acronym") in spelled:
            item.claim.asserted_by = spelled[said.group("acronym")]


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())

