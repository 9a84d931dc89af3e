"""What a figure takes from the figures and headings around it, when its own words leave
it open:

- a number alone that continues an enumeration or a breakdown counts what the figure
  before it counts: "49 civilians killed, followed by Aleppo (36)", "1,053 arrests, of which
  683 ...", "131,469 are held by the regime, 8,648 by ISIS";
- a number whose noun is left out or stands for people named before has their subgroup:
  "killed 5 civilians and injured 21", "18 children were killed and 63 injured", "detained
  99 of them";
- a list item or a section takes its heading's measure and subgroup: "Civilian deaths by
  cause" ... "Shelling: 57"; "Non-civilian deaths" ... "44 fighters" (killed combatants).
"""

from __future__ import annotations

import re

from rasd.claims._extract_lists import intro_measure, intro_subgroup
from rasd.claims._extract_mentions import Mention
from rasd.claims._extract_roles import STANDING_FOR, Role
from rasd.claims._extract_vocab import CHANGE_FROM, EVENT_NOUNS, OF_THE_TOTAL, SUBGROUP_NOUNS
from rasd.claims.model import Claim

# What comes right before a number that continues the figure before it.
# ("2,310 people held there, not 3,210": the figure it corrects)
_CONTINUES = re.compile(r"(?:\(\s*|\bwith\s+|,\s*(?:not\s+)?|\band\s+"
                        r"|\bof\s+(?:which|whom|them|these)\s+"
                        r"|\bincluding\s+|\bamong\s+them\s+|:\s*|[,(–—-]\s*or\s+"
                        # a rate set off after its count: "..., an average of"
                        r"|,\s*an\s+average\s+of\s+(?:(?:more\s+than|about|around|over)\s+)?"
                        # a verb left out: "X were responsible for 658 deaths, Y for 327"
                        r"|[,;]\s*(?:and\s+)?(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){1,6}for\s+"
                        # the figure compared to: "a 21% increase on the 2,353 recorded ..."
                        rf"|{CHANGE_FROM}|\bcompared\s+(?:with|to)\s+(?:the\s+)?)$", re.I)
# A share set off right after a count: "2,900 - or 82 percent", "908 (89 per cent)".
_SHARE_AFTER = re.compile(r"^\s*(?:\(|[,–—-]\s*or\b|\s-\s*or\b)[^()\d]{0,20}\d[\d.,]*\s*"
                          r"(?:%|per\s?cent\b|percent\b)", re.I)
_SET_OFF_OR = re.compile(r"\d\s*(?:[,–—-]\s*or|\s-\s*or|\()\s+$|\d\s*\($", re.I)
# A breakdown line under a figure: "Of whom children: nearly 80,000 (70,000)".
_OF_WHOM = re.compile(r"^\W*(?:(?:of\s+whom|of\s+which|including|among\s+them)\b[^:]{0,40}:"
                      r"|of\s+(?:these|those|them|whom|which)\s*,)\s*$", re.I)
# A share of the total said before: "30 per cent of the total", "(8%) of all those arrested".
_OF_THE_TOTAL = re.compile(OF_THE_TOTAL, re.I)
# the group a share is of, named as the subject before it: "Children made up (8%) of ..."
_SHARE_SUBJECT = re.compile(r"^\W*(?:the\s+)?(?P<group>children|women|men|civilians)\b", re.I)
_SUBJECT_GROUPS = {"children": "children", "women": "women", "men": "men",
                   "civilians": "civilians"}
# What comes before a figure that has the subgroup of the figure before it: not "of which"
# and the like, which point back to a total.
_SAME_GROUP = re.compile(r"(?:\(\s*|\bwith\s+|,\s*|\band\s+|:\s*)$", re.I)
# Between two figures, at most a verb: "killed 5 civilians and injured 21".
_ELLIPSIS = re.compile(r"^[\s,;:]*(?:and|or|while|with)?\s*(?:[a-z]+\s+){0,2}$", re.I)


def continued_role(mention: Mention, before: str, previous: Claim | None,
                   last: Claim | None) -> Role | None:
    """A role for a number alone that continues the figure before it in the sentence
    (`previous`), or, on a breakdown line, the last figure of the document (`last`)."""
    source = None
    if previous is not None and _CONTINUES.search(before):
        source = previous
    elif last is not None and _OF_WHOM.match(before):
        source = last
    if source is None:
        return None
    # "95 sites, followed by Kirkuk (37)": the 37 are sites too
    unit = source.unit if mention.unit == "people" and source.unit == "other" else mention.unit
    return Role(source.measure, source.subgroup, None, None, mention.number_start,
                mention.number_end, unit)


# a toll put at a number, and the next one of a series: "had put the toll at 23 in the early
# afternoon and at 41 two hours later"
_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|places|placing|gave|gives|set|sets)\s+(?:the"
                     r"|its|their|his|her)\s+(?P<noun>(?:death\s+|casualty\s+)?(?:toll|tally))"
                     r"\s+at\s+(?:[^.;\d]*\d[\d,.]*[^.;\d]*?\band\s+(?:later\s+)?at\s+)?$", re.I)


def _toll_put_at(mention: Mention, before: str) -> Role | None:
    """A role for a number a toll is put at: the dead (or the casualties of a "casualty
    toll")."""
    said = _PUT_AT.search(before)
    if said is None or mention.unit != "people":
        return None
    measure = "casualties" if "casualty" in said.group("noun").lower() else "killed"
    return Role(measure, None, None, None, mention.number_start, mention.number_end,
                mention.unit)


# a figure, count or toll said to be a number, with an aside between them allowed: "The
# correct figure, given by the Civil Defence, is 36", "its count stood at 36", "The number of
# dead now stands at 52", "The council's figure is 9,000"
_STANDS_AT = re.compile(
    r"\b(?:figure|count|tally|total|toll|number(?:\s+of\s+(?P<of>[a-z]+))?)"
    r"(?:\s*,[^.;:\d]{1,80},)?\s+(?:(?:now|then|had|has|later)\s+)?"
    r"(?:is|was|stood\s+at|stands\s+at|reached|rose\s+to|risen\s+to|climbed\s+to)\s+"
    r"(?:(?:now|at\s+least|about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?$",
    re.I)


_NEAR_BEFORE = 160  # characters: the figure noun and its aside stand right before the number


def _figure_stands_at(mention: Mention, before: str, last: Claim | None) -> Role | None:
    """A role for a number a figure or count is said to be: what the last count of people
    before it counted (a figure corrected, updated or given by another source), or the dead
    and so on its own words name ("the number of dead")."""
    said = _STANDS_AT.search(before[-_NEAR_BEFORE:])
    if said is None or mention.unit != "people":
        return None
    named = EVENT_NOUNS.get((said.group("of") or "").lower())
    if named is not None:
        return Role(named, None, None, None, mention.number_start, mention.number_end,
                    mention.unit)
    if last is None or last.unit != "people" or last.measure == "other":
        return None
    return Role(last.measure, last.subgroup, None, None, mention.number_start,
                mention.number_end, mention.unit)


def share_of_total(mention: Mention, before: str, after: str,
                   last: Claim | None) -> Role | None:
    """A role for a share of "the total" (or "of all those arrested") whose own words name
    no measure: the measure of the last count said, with the group the sentence opens with
    ("Children made up (8%) of all those arrested") or else that count's."""
    if mention.unit != "percent" or last is None or not _OF_THE_TOTAL.match(after):
        return None
    named = _SHARE_SUBJECT.match(before)
    group = _SUBJECT_GROUPS[named.group("group").lower()] if named else last.subgroup
    return Role(last.measure, group, None, None, mention.number_start, mention.number_end,
                mention.unit)


def followed_by_share(after: str) -> bool:
    """Whether the words after a number set off a share of it: "- or 82 percent"."""
    return bool(_SHARE_AFTER.match(after))


def sets_off_share(mention: Mention, before: str) -> bool:
    """Whether `mention` is a share set off after a count: the 54 of "1,300, or 54 per cent"."""
    return mention.unit in ("percent", "fraction") and bool(_SET_OFF_OR.search(before))


def heading_role(mention: Mention, heading: str) -> Role | None:
    """A role for a number alone in a list under a heading that names what it counts."""
    measure = intro_measure(heading)
    if measure is None:
        return None
    return Role(measure, intro_subgroup(heading), None, None, mention.number_start,
                mention.number_end, mention.unit)


def fill_from_previous(role: Role, between: str, previous: Claim | None) -> None:
    """The subgroup of a figure whose noun is left out or is "them" or "others", from the
    figure before it (for a figure after a part, "of whom 2 were older persons, and 88 were
    injured", the part's whole: the caller passes that one)."""
    if previous is None or role.subgroup is not None or role.unit != previous.unit:
        return
    elided = role.noun is None and _ELLIPSIS.match(between)
    # "killed 11 civilians and injured 37 others": the others are of the same group
    standing = role.noun is not None and role.noun.lower_ in STANDING_FOR | {"others"}
    if elided or standing or (role.noun is None and _SAME_GROUP.search(between)):
        role.subgroup = previous.subgroup


# Between two parts of one breakdown: "22 were children and 17 were women", "...; the rest,
# 21, were men".
_NEXT_PART = re.compile(r"^\s*(?:,|;)?\s*(?:and|,|(?:and\s+)?the\s+(?:rest|remainder|others)"
                        r"\s*,)\s*$", re.I)


def continue_measure(role: Role, between: str, previous: Claim | None) -> None:
    """A group counted with no word for what happened to it, right after a figure of the
    same breakdown ("Of the 96 dead, 22 were children and 17 were women"), counts what that
    figure counts."""
    if (previous is not None and role.measure == "other" and role.unit == "people"
            and previous.unit == "people" and previous.measure != "other"
            and role.subgroup is not None and _NEXT_PART.match(between)):
        role.measure = previous.measure
    elided = _ELIDED_SHARE.match(between)
    group = SUBGROUP_NOUNS.get(elided.group("group").lower()) if elided else None
    if (previous is not None and group is not None and role.unit == previous.unit == "percent"
            and previous.measure != "other"):
        # "Violent injury accounted for 61% of excess deaths and children under 15 years of
        # age for 23%": the second share is the children's, of the same deaths
        role.measure, role.subgroup = previous.measure, group
        previous.subgroup = None if previous.subgroup == group else previous.subgroup


# between two shares of one verb, the second said with its subject only: "... of excess
# deaths and children under 15 years of age for"
_ELIDED_SHARE = re.compile(r"^[\s%]*of\s+(?:[a-z-]+\s+){1,3}?and\s+(?P<group>[a-z]+)\b[^.;:\d]*"
                           r"(?:\d+[^.;:\d]*)?\s+for\s+$", re.I)


def fill_from_heading(claim: Claim, heading: str) -> None:
    """A section heading's measure and subgroup, for what the figure leaves open."""
    measure = intro_measure(heading)
    if measure is None:
        return
    if claim.measure == "fighters" and measure == "killed":
        claim.subgroup = claim.subgroup or "combatants"
    if claim.measure in ("other", "fighters") and claim.unit == "people":
        claim.measure = measure
    if claim.measure == measure:
        claim.subgroup = claim.subgroup or intro_subgroup(heading)


# A sentence that opens on a group said before: "Among the civilians it counts 512 children".
_GROUP_OPENING = re.compile(r"^\W*(?:Among|Of)\s+(?:the|these|those)\s+(?P<group>civilians|dead"
                            r"|killed|victims|wounded|injured)\b", re.I)
_OPENED_MEASURE = {"dead": "killed", "killed": "killed", "victims": "killed",
                   "wounded": "injured", "injured": "injured"}


def opened_by_group(role: Role, before: str, earlier: list[Claim]) -> None:
    """A group counted with no word for what happened to it, in a sentence that opens on a
    group said before ("Among the civilians it counts 512 children"), counts what the last
    figure of that group counted."""
    opening = _GROUP_OPENING.match(before)
    if opening is None or role.measure != "other" or role.unit != "people":
        return
    word = opening.group("group").lower()
    recent = [claim for claim in earlier[-6:] if claim.unit == "people"]
    for position in range(len(recent) - 1, -1, -1):
        claim = recent[position]
        if (word == "civilians" and claim.subgroup == "civilians") or (
                _OPENED_MEASURE.get(word) == claim.measure):
            # the civilians of "Of these, 1,907 were civilians" count what "these" counted
            counted = [each.measure for each in recent[:position + 1] if each.measure != "other"]
            if counted:
                role.measure = counted[-1]
            return


# "and was checking reports of several hundred more": more of what the figure before counts
_MORE = re.compile(r"^\s+more\b(?!\s+than)", re.I)
# "the remaining 204." with nothing counted after it: the rest of the figures before
_REMAINING = re.compile(r"\bthe\s+remaining\s+$", re.I)
_CLAUSE_END = re.compile(r"^\s*(?:[.;,)]|$)")
# a list after a colon of names each with its number: "104 wounded since Sunday: the
# district hospital 52, the field post at the bus station 31 and the health centre 14",
# "in three provinces: Vantor (4,102), Lessing (2,316) and Corran (1,377)"
_NAMED_ITEM = re.compile(r":\s+(?:[^:;.\d]{1,80}?\d[\d,]*\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*"
                         r"(?![^:;.\d]*\b(?:[a-z]+ed|were|was|is|are|has|have|had)\b)"
                         r"(?:the\s+)?[A-Z][^:;.\d]{0,80}?[A-Za-z'’]\s*\(?$")
_ITEM_END = re.compile(r"^\)?\s*(?:[,;.]|and\b|$)")
# "it attributes 1,902 to air strikes ... and 1,035 to shelling": a breakdown of the figure
# before by cause or party, each number with no noun of its own
_ATTRIBUTES = re.compile(r"\battribut(?:es?|ed)\s+(?:[^.;]*\band\s+)?$", re.I)
_TO_CAUSE = re.compile(r"^\s+to\s+\S", re.I)


def more_of_the_same(mention: Mention, before: str, after: str, previous: Claim | None,
                     last: Claim | None = None) -> Role | None:
    """A role for a number followed by "more" and no noun: what the figure before it in the
    sentence counts ("verified 1,240 civilian deaths ... reports of several hundred more");
    and for "the remaining" number that ends its clause, what the last figure counts ("the
    Movement for 640. We could not attribute the remaining 204."), or that a source
    attributes to a cause ("it attributes 1,902 to air strikes"), or that follows a name in
    a list after a colon ("since Sunday: the district hospital 52, ..."), what the figure
    before the list counts; and for a number a toll
    is put at, the dead ("had put the toll at 23 ... and at 41 two hours later")."""
    put = _toll_put_at(mention, before) or _figure_stands_at(mention, before,
                                                             previous or last)
    if put is not None:
        return put
    counted = next((claim for claim in (previous, last) if claim is not None
                    and claim.unit == "people" and claim.measure != "other"), None)
    if previous is not None and previous.unit == "people" and _MORE.match(after):
        said = previous
    elif counted is not None and _NAMED_ITEM.search(before) and _ITEM_END.match(after):
        said = counted
    elif (last is not None and last.unit == "people" and last.measure != "other"
          and ((_REMAINING.search(before) and _CLAUSE_END.match(after))
               or (_ATTRIBUTES.search(before) and _TO_CAUSE.match(after)))):
        said = last
    else:
        return None
    return Role(said.measure, said.subgroup, None, None, mention.number_start,
                mention.number_end, mention.unit)
