"""Links between the claims of one document. Each link reads "this claim is <link> of that one":

  part_of       a breakdown after a total: "killed 147,061, including 7,987 children and
                6,031 women" (both children and women are part_of the 147,061); "among
                them", "of whom", "Of these, 150 were civilians", "1,020 casualties: 260
                killed"; and the breakdowns no word announces (_extract_breakdowns)
  share_of      a percentage or fraction of a total said before: "10% of the total number
                of victims", "more than 70% of the victims", "half of them"; a share
                set off right after a count ("908 (89 per cent)", "2,900 - or 82 percent -",
                "640 deaths, about 15 percent") is the count's share of the whole the count
                is a part of (its part_of total, else the nearest larger earlier figure of
                its measure in the paragraph or the one before): the share is of the whole,
                with the count as its numerator, so 908 / 1,020 is the 89 per cent; a share
                in brackets after a group's name ("Most casualties (87 per cent)") is of the
                total said last, as one followed by "of the total" is
  repeat_of     the same figure (value, unit, measure, subgroup) said again later; a claim
                links to the first saying
  prior_report  an earlier value said beside the current one: the 255 of "285 (255)", the
                120 of "rose from 120 to 150", the figures of "yesterday's statement"
A table's "Total" row is the whole of the labelled rows right above it ("Shelling: 57",
"Airstrikes: 38", ..., "Total: 150"): each row is part_of it (of its first saying, when the
total was said before the table, so that the row closes the list), and it is a part of
nothing.
A ranking ("Nineveh holds the largest number, with 95 sites, followed by Kirkuk (37) and
Anbar (24)"; "Idlib recorded the highest toll") breaks down the nearest larger figure of the
same measure and unit said in an earlier sentence: each ranked figure is part_of it, counts
of things (mass graves, sites) as well as of people.
A part said as a partitive ("38 of them", "Of the exhumed bodies, 1,402 ...") names its whole,
so it is linked even when it is larger: that is an error in the text for the checks to find.
Other parts must be no larger than their total, since "including" may hang from another count.
A part or share takes what it leaves open from its total: the measure, the subgroup, the
period, the place and the actor. A figure said again without its group ("Of the 1,020
casualties") is of the group said first ("1,020 civilian casualties").
"""

from __future__ import annotations

import re

from rasd.claims._extract_attributed import (
    attributed_parts,
    parts_of_counts_not_ranges,
    parts_of_the_dead,
)
from rasd.claims._extract_breakdowns import breakdown_total
from rasd.claims._extract_corrections import replaced_figures
from rasd.claims._extract_found import Found
from rasd.claims._extract_kinds import (
    listed_kinds,
    shares_of_qualified_parts,
    shares_of_those,
    wholes_in_listed_places,
)
from rasd.claims._extract_opened import parts_after_opening
from rasd.claims._extract_people_in import shares_of_people_in
from rasd.claims._extract_place_lists import bare_figures_in_places, wholes_of_counted_places
from rasd.claims._extract_relinks import (
    count_of_share,
    dead_fighters_beside_civilians,
    listed_parties,
    rate_of_count,
    share_beside_count,
    share_of_listed_parts,
    shares_of_later_parts,
    the_remaining,
    total_of_share,
)
from rasd.claims._extract_same_period import same_period, standing_parts
from rasd.claims._extract_tables import SHARE, count_column
from rasd.claims._extract_vocab import PART_MARKERS, SUBGROUP_NOUNS
from rasd.claims.model import Claim

_PART = re.compile(r"^\s*of\s+(?:the\s+|those\b|these\b|them\b|whom\b)[^,\d]*,|(?:^|[\s,;(:—–-])(?:"
                   + "|".join(re.escape(marker) for marker in PART_MARKERS) + r")(?:[\s,:]|$)",
                   re.I)
# "one child in every four deaths": a fraction of the deaths said before
_OF_DEATHS = re.compile(r"\b(?:in|out\s+of)\s+(?:every\s+)?\S+\s+(?:deaths|dead|victims)$",
                        re.I)
_AFTER_SHARE = re.compile(r"^[\s%]*(?:(?:per\s?cent|percent)\s+)?(?:of\s+[a-z\s]{0,40}?)?\(\s*$",
                          re.I)
_NEXT_SHARE = re.compile(r"^[\s),;]*(?:and\s+)?(?:the\s+)?[a-z]+\s*(?:made\s+up\s+|were\s+)?$",
                         re.I)
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+)?$", re.I)
# "1,020 civilian casualties in Ukraine: 260 killed and 760 injured"
# "104 wounded since Sunday: the district hospital 52, ...": a list of named parts
# a name, no clause: "the Syrian Democratic Forces killed (6)" is a sentence's subject
_NO_VERB = r"(?![^:;.\d]*\b(?:[a-z]+ed|were|was|is|are|has|have|had|said|says)\b)"
_COLON = re.compile(rf":\s*(?:{_NO_VERB}(?:the\s+)?[A-Z][^:;.\d]{{0,80}}?\(?\s*)?$")
_NAMED_LIST = re.compile(rf"^\)?[\s,;]*(?:and\s+)?{_NO_VERB}(?:the\s+)?[A-Z][^:;.\d]{{0,80}}?"
                         r"\(?\s*$")
# "Of the 11 victims who died due to torture, 10 were killed ...": the first is the total.
_OF_THE = re.compile(r"^\s*of\s+the\s+(?:\w+\s+)?$", re.I)
# A labelled row ("Shelling: 57") and the row that totals a table ("Total: 150").
_ROW = re.compile(r"^\s*[^\d:]{1,60}:\s*$")
_TOTAL_ROW = re.compile(r"^\s*(?:total|overall|all|sum)\b[^\d:]{0,30}:\s*$", re.I)
_RANKING = re.compile(r"\b(?:the\s+(?:highest|largest|greatest|biggest)\b|followed\s+by\b)",
                      re.I)
# A part said with its whole after it: "It records 74 children among the dead".
_AMONG = re.compile(r"^(?:\s+[a-z-]+){0,2}\s+among\s+(?:the|those)\s+(?:dead|killed|victims"
                    r"|injured|wounded)\b", re.I)
# "38 of them", "12 of those", or a sentence opening "Of the exhumed bodies, 1,402 ...".
_PARTITIVE = re.compile(r"^\S+\s+of\s+(?:them|those|these|whom)\b", re.I)
# "1,540 of the dead", "6 of the injured": a part of the last count of the dead or hurt, and
# no larger than it
_OF_THE_DEAD = re.compile(r"^\S+\s+of\s+the\s+(?:[a-z]+ly\s+)?(?:dead|deaths|killed|victims"
                          r"|deceased|fatalities|injured|wounded|displaced|detained|detainees"
                          r"|arrested|missing)\b", re.I)
_OF_LEAD = re.compile(r"^\s*of\s+(?:the|those|these)\b[^,\d]*,\s*$", re.I)
# What stands between a count and the share set off after it: "908 (89 per cent)", "2,900 -
# or 82 percent", "640 deaths, about 15 percent", "120, or nearly half".
_QUALIFIER = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|over|under|more\s+than" \
             r"|less\s+than|at\s+least|just\s+(?:over|under))\s+)?"
_SET_OFF = re.compile(rf"^\s*(?:\(\s*|[,–—-]\s*(?:or\s+)?|\s-\s*(?:or\s+)?){_QUALIFIER}$", re.I)
_OF_ALL = re.compile(r"^[\s%]*(?:per\s?cent\s+|percent\s+)?of\s+(?:all|the\s+total)\b", re.I)
# A share named as one after a count: "74 children among the dead, a share the elders
# describe as", "..., a proportion of".
_SHARE_NAMED = re.compile(r"[,;]\s*(?:a|which\s+is|that\s+is)\s+(?:share|proportion)\b"
                          r"[^\d.;]{0,40}$", re.I)
# A share in brackets after a group's name: "Most casualties (87 per cent)".
_BRACKETED = re.compile(rf"\(\s*{_QUALIFIER}$", re.I)
_HARMED = frozenset({"killed", "injured", "casualties"})
_SUBGROUP_ADJECTIVES = {"civilian": "civilians", "child": "children"}
# between two parts of a list, maybe after the first one's participle ("611 killed and")
# or its age ("61 were children under 15 and"); "; the remaining 26 were men" ends the list
_LIST = re.compile(r"^[\s,;]*(?:(?:were|was|are|is)\s+)?(?:[a-z]+ed\b[\s,]*)?"
                   r"(?:(?:under|over|below|above|aged)\s+(?:the\s+age\s+of\s+)?\d+[\s,]*)?"
                   r"(?:and|as\s+well\s+as|plus|while)?[\s,]*"
                   r"(?:the\s+(?:remaining|other)\s+)?$", re.I)
# between two parts of a list by place: "1,540 of the dead were in Tarun province, 1,102 in
# Osk province and"
_PLACE_LIST = re.compile(r"^[\s,]*(?:were\s+|was\s+)?(?:in|at|from)\s+(?:the\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+[A-Za-z][\w'’-]*){0,3}[\s,;]*(?:and\s+|while\s+)?$")
_SHARE = re.compile(r"^[\s%]*(?:per\s?cent\s+|percent\s+)?of\s+"
                    r"(?:the\s+|all\s+|those\s+|our\s+|their\s+|its\s+)?"
                    r"(?:(?:verified|recorded|documented|reported|civilian|child|death|excess)\s+){0,2}"
                    r"(?:total|overall|whole|them|those|these|victims|dead|deaths|killed|"
                    r"casualties|fatalities|toll|figure|number|(?:people|civilians)\s+killed"
                    r"|injured|wounded"
                    r"|detainees|displaced|whom)", re.I)


def link(found: list[Found], about: str | None) -> None:
    """Set the links of claims in text order (`found` is in text order); `about` is the
    place the document is about."""
    bare_figures_in_places(found)
    replaced_figures(found)
    _same_figures(found)
    for index, item in enumerate(found):
        if item.earlier_statement and item.prior_of is None:
            item.prior_of = _reported_now(item, found[:index])
        if item.prior_of is None and index and _UP_FROM.search(item.between) and (
                found[index - 1].sentence == item.sentence):
            item.prior_of = found[index - 1]  # "rose to 14 dead, the ministry said, up from 9"
        if item.prior_of is not None:
            item.links["prior_report"] = item.prior_of
            continue
        total = _total(found, index)
        numerator = _numerator_of(item, found[index - 1]) if index else None
        if numerator is not None:
            item.claim.subgroup = item.claim.subgroup or numerator.claim.subgroup
            total = numerator.links.get("share_of")
        if total is not None:
            _part(item, total)
        if item.claim.unit == "percent" and not item.links and index:
            _next_share(item, found[:index])
        whole = total_of_share(item, found[:index])
        if whole is not None:
            item.links["share_of"] = whole
            item.links.pop("part_of", None)
        if item.claim.unit in ("percent", "fraction") and "share_of" not in item.links:
            count = _count_before(found, index)
            if count is not None:
                _count_share(item, count, found[:index])
            elif _SHARE.match(item.after) or _BRACKETED.search(item.between):
                _share(item, found[:index])
            elif _of_the_count_before(item, found[index - 1] if index else None):
                # "42,000 newly displaced people ...; 60 per cent are women and children"
                _inherit(item.claim, found[index - 1].claim)
                item.links["share_of"] = found[index - 1]
            elif _OF_DEATHS.search(item.claim.quote):  # of all deaths, not of the group's
                _share(item, [other for other in found[:index]
                              if other.claim.subgroup != item.claim.subgroup
                              and other.claim.measure == item.claim.measure])
    dead_fighters_beside_civilians(found)
    share_of_listed_parts(found)
    _breakdowns(found, about)
    listed_parties(found)
    attributed_parts(found)
    the_remaining(found)
    parts_of_counts_not_ranges(found)
    parts_of_the_dead(found)
    count_of_share(found)
    listed_kinds(found)
    parts_after_opening(found)
    shares_of_those(found)
    shares_of_qualified_parts(found)
    wholes_in_listed_places(found)
    wholes_of_counted_places(found)
    share_beside_count(found)
    rate_of_count(found)
    _repeats(found)
    _table_totals(found)
    _column_totals(found)
    shares_of_later_parts(found)
    shares_of_people_in(found)
    same_period(found)
    standing_parts(found)
    positions = {id(item): index for index, item in enumerate(found)}
    for item in found:
        item.claim.links = {name: positions[id(other)] for name, other in item.links.items()}


def _next_share(item: Found, earlier: list[Found]) -> None:
    """"Children made up 23% of the civilians killed (512), and women 11%": a share listed
    after another, with its group named between them, is of the same whole."""
    named = _subgroups_in(item.between)
    if len(named) != 1 or not _NEXT_SHARE.match(item.between):
        return
    for other in reversed(earlier):
        if other.sentence != item.sentence:
            return
        whole = other.links.get("share_of")
        if other.claim.unit == "percent" and whole is not None:
            item.claim.subgroup = item.claim.subgroup or next(iter(named))
            item.links["share_of"] = whole
            _inherit(item.claim, whole.claim)
            return


def _numerator_of(item: Found, previous: Found) -> Found | None:
    """The share a count in brackets stands for: "23% of the civilians killed (512)",
    "women 11% (313)"; the count is the share's part of the same whole."""
    if (previous.sentence == item.sentence and previous.claim.unit == "percent"
            and item.claim.unit == "people" and _AFTER_SHARE.match(item.between)):
        return previous
    return None


def _reported_now(item: Found, earlier: list[Found]) -> Found | None:
    """The figure an earlier report's figure was said beside: the last one before it of the
    same measure, subgroup and unit, in another sentence."""
    claim = item.claim
    for candidate in reversed(earlier):
        other = candidate.claim
        if candidate.sentence != item.sentence and candidate.prior_of is None and (
                other.measure, other.subgroup, other.unit) == (
                claim.measure, claim.subgroup, claim.unit):
            return candidate
    return None


def _total(found: list[Found], index: int) -> Found | None:
    """The total a claim is a part of, if the words before it say it is one."""
    item = found[index]
    # a count's whole is a count: a share said between them ("688 deaths, nearly 30 per
    # cent of its total, all of them in three districts: 203 in ...") stands aside
    earlier = [each for each in found[:index] if each.prior_of is None and not (
        item.claim.unit == "people" and each.claim.unit in ("percent", "fraction"))]
    if not earlier:
        return None
    previous = earlier[-1]
    ranking = _ranking(item, previous, earlier)
    if ranking is not None:
        return ranking
    if previous.sentence == item.sentence:
        if (_PART.search(item.between) or _COLON.search(item.between) or _AMONG.match(item.after)
                or _OF_THE.match(previous.between) or _PARTITIVE.match(item.claim.quote)):
            return previous.links.get("part_of", previous)
        if "part_of" in previous.links and (_LIST.match(item.between)
                                            or _PLACE_LIST.match(item.between)
                                            or _NAMED_LIST.match(item.between)
                                            or _PART.match(_first_of_sentence(earlier).between)):
            return previous.links["part_of"]  # "Among the dead, 312 were ... and 41 were women"
        return None
    partitive = bool(_PARTITIVE.match(item.claim.quote) or _OF_THE_DEAD.match(item.claim.quote))
    if not (_PART.search(item.between) or partitive or _AMONG.match(item.after)):
        return None
    # "... 21,110 killed and 55,243 injured. Among those killed are 8,800 children";
    # "The civilian victims included 41 children": the total of civilians
    named = _subgroups_in(item.between)
    sized = not _partitive(item)
    fitting = [candidate for candidate in reversed(earlier)
               if candidate.paragraph >= item.paragraph - 1
               and _fits(item.claim, candidate.claim, sized=sized)]
    preferred = [candidate for candidate in fitting if candidate.claim.subgroup in named]
    # "212 of those killed" in the next sentence: the last count of the killed, even when
    # it is a part of another measure ("611 killed" of the casualties); a part of the same
    # measure stands for its whole ("1,017 of these arrests" after "2,221 arrests,
    # including ... 457 women" are of the 2,221)
    if partitive and not preferred:
        same = next((candidate for candidate in fitting
                     if candidate.claim.measure == item.claim.measure), None)
        if same is not None:
            whole = same.links.get("part_of")
            preferred = [whole if whole is not None and whole.claim.measure == same.claim.measure
                         else same]
    wholes = [candidate for candidate in fitting if "part_of" not in candidate.links]
    chosen = preferred or wholes
    return chosen[0] if chosen else None


def _ranking(item: Found, previous: Found, earlier: list[Found]) -> Found | None:
    """The whole a ranked figure breaks down (see the module's account)."""
    same = previous.sentence == item.sentence
    if same and previous.ranked and "part_of" in previous.links:
        item.ranked = True
        return previous.links["part_of"]
    if not _RANKING.search(item.between):
        return None
    item.ranked = True
    claim = item.claim
    for candidate in reversed(earlier):
        whole = candidate.claim
        if (candidate.sentence != item.sentence and candidate.paragraph >= item.paragraph - 1
                and (whole.measure, whole.unit) == (claim.measure, claim.unit)
                and _larger(whole, claim)):
            return candidate
    return None


def _larger(whole: Claim, part: Claim) -> bool:
    whole_value = whole.value if whole.value is not None else whole.low
    part_value = part.value if part.value is not None else part.high
    return whole_value is not None and part_value is not None and whole_value > part_value


def _subgroups_in(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {SUBGROUP_NOUNS.get(word) or _SUBGROUP_ADJECTIVES.get(word, "") for word in words} - {""}


def _first_of_sentence(earlier: list[Found]) -> Found:
    """The first claim of the sentence of the last one in `earlier`."""
    sentence = earlier[-1].sentence
    first = earlier[-1]
    for item in reversed(earlier):
        if item.sentence != sentence:
            break
        first = item
    return first


def _partitive(item: Found, total: Found | None = None) -> bool:
    """"38 of them", "Of the exhumed bodies, 1,402", "Of the 40 bodies, 55" (`total` the
    figure the sentence opened with)."""
    return bool(_PARTITIVE.match(item.claim.quote) or _OF_LEAD.match(item.between) or (
        total is not None and total.sentence == item.sentence and _OF_THE.match(total.between)))


def _fits(part: Claim, whole: Claim, *, sized: bool = True) -> bool:
    """Whether `part` may be a part of `whole`: people both, of its measure, and unless not
    `sized`, no larger."""
    if part.unit != "people" or whole.unit != "people":
        return False
    if part.measure not in (whole.measure, "other") and not (
            whole.measure == "casualties" and part.measure in ("killed", "injured")) and not (
            not sized and _dead_fighters(part, whole)) and not _held_then(part, whole):
        return False
    part_value = part.value if part.value is not None else part.high
    whole_value = whole.value if whole.value is not None else whole.high
    return (not sized or part_value is None or whole_value is None
            or part_value <= whole_value)


def _held_then(part: Claim, whole: Claim) -> bool:
    """"3,460 people detained ... Of these, 1,290 remain disappeared": what became of some
    of the detained is a part of them."""
    return whole.measure == "detained" and part.measure in ("disappeared", "missing", "killed")


def _dead_fighters(part: Claim, whole: Claim) -> bool:
    """"Of the 41 killed, 35 were fighters": fighters named as a part of the dead or hurt are
    among them, not the strength of a force."""
    return part.measure == "fighters" and whole.measure in _HARMED


def _part(item: Found, total: Found) -> None:
    if item.ranked or _fits(item.claim, total.claim, sized=not _partitive(item, total)):
        _inherit(item.claim, total.claim)
        item.links["part_of"] = total


def _inherit(part: Claim, whole: Claim) -> None:
    """A breakdown or share is of its total's measure and subgroup unless it says
    ("1,020 civilian casualties: 260 killed" are civilians killed)."""
    if _dead_fighters(part, whole):
        part.subgroup = part.subgroup or "combatants"
    if (part.measure in ("other", "fighters") or whole.measure != "casualties") and not (
            _held_then(part, whole)):
        part.measure = whole.measure
    part.subgroup = part.subgroup or whole.subgroup
    _inherit_setting(part, whole)


def _inherit_setting(part: Claim, whole: Claim) -> None:
    """A part happened when, where and by whom its total did, unless it says."""
    if part.period_start is None and part.period_end is None:
        part.period_start, part.period_end = whole.period_start, whole.period_end
    part.place = part.place or whole.place
    part.actor = part.actor or whole.actor


def _share(item: Found, earlier: list[Found]) -> None:
    """A share is of the total said last; when parts were said after it, of their total."""
    share = item.claim
    said = _SHARE.match(item.after)
    named = _subgroups_in(said.group() if said else "")
    wholes: list[Found] = []
    for candidate in reversed(earlier):
        if candidate.prior_of is not None or candidate.claim.unit != "people":
            continue
        total = candidate.links.get("part_of", candidate)
        # "Civilians made up 40% of all fatalities": a share of its own group is of a count
        # of everyone, not of the last count of that group
        if not named and share.subgroup is not None and total.claim.subgroup == share.subgroup:
            continue
        if said is not None and _OF_ALL.match(said.group()) and _within(total.claim, share):
            continue  # "of all fatalities this week" is not of the dead of one day
        # "of all civilian deaths" after a table of civilian deaths by quarter: the total
        # the rows are parts of, when it is of the group named, not the last row
        whole_named = total is not candidate and total.claim.subgroup in named
        for whole in (candidate, total) if named and not whole_named else (total,):
            if whole.claim.unit == "people" and share.measure in (whole.claim.measure, "other"):
                wholes.append(whole)
        # the nearest count of the share's measure ("1,500 displaced" between a share of the
        # dead and their count is no whole of it)
        if (not named and wholes) or any(whole.claim.subgroup in named for whole in wholes):
            break
    preferred = [total for total in wholes if total.claim.subgroup in named]
    if preferred or wholes:
        chosen = (preferred or wholes)[0]
        _inherit(share, chosen.claim)
        item.links["share_of"] = chosen


def _within(claim: Claim, other: Claim) -> bool:
    """Whether `claim` is of a few days inside the days `other` is of."""
    days = (claim.period_start, claim.period_end, other.period_start, other.period_end)
    if not all(day is not None and len(day) == 10 for day in days):
        return False
    start, end, other_start, other_end = (str(day) for day in days)
    return (start, end) != (other_start, other_end) and other_start <= start <= end <= other_end


def _of_the_count_before(share: Found, count: Found | None) -> bool:
    """Whether a share that says of what it is nothing, neither measure nor whole, is of the
    count of people right before it in its sentence."""
    return (count is not None and share.claim.measure in ("other", count.claim.measure)
            and "share_of" not in share.links and count.prior_of is None
            and count.sentence == share.sentence and count.claim.unit == "people"
            and count.claim.measure != "other" and not share.after.lstrip().startswith("of"))


def _count_before(found: list[Found], index: int) -> Found | None:
    """The count a share is set off right after, in its sentence, if any."""
    item = found[index]
    if index == 0 or not (_SET_OFF.match(item.between) or _SHARE_NAMED.search(item.between)):
        return None
    count = found[index - 1]
    same = count.sentence == item.sentence and count.prior_of is None
    return count if same and count.claim.unit == "people" else None


def _count_share(item: Found, count: Found, earlier: list[Found]) -> None:
    """Link a share set off after `count` to the whole `count` is a part of."""
    whole = count.links.get("part_of")
    if whole is None:
        for candidate in reversed(earlier):
            total = candidate.links.get("part_of", candidate)
            other = total.claim
            if (candidate is not count and candidate.prior_of is None
                    and candidate.paragraph >= count.paragraph - 1
                    and other.unit == "people" and other.measure == count.claim.measure
                    and _larger(other, count.claim)):
                whole = total
                break
    if whole is not None:
        # the count's share of its whole is of the count's group: "74 children among the
        # dead, a share ... of one third"
        item.claim.subgroup = item.claim.subgroup or count.claim.subgroup
        _inherit(item.claim, whole.claim)
        item.links["share_of"] = whole


def _table_totals(found: list[Found]) -> None:
    """The rows right above a "Total" row, each alone on its line, are its parts; run after
    the repeats are known."""
    for index, total in enumerate(found):
        if not _TOTAL_ROW.match(total.between):
            continue
        rows: list[Found] = []
        line = total.sentence
        for row in reversed(found[:index]):
            if row.sentence != line - 1 or not _ROW.match(row.between):
                break
            rows.append(row)
            line = row.sentence
        if rows:
            total.links.pop("part_of", None)
        whole = total.links.get("repeat_of", total)
        for row in rows:
            row.links["part_of"] = whole
            _inherit_setting(row.claim, whole.claim)


def _column_totals(found: list[Found]) -> None:
    """The figures of a table column are parts of its total row's figure (of its first
    saying, when the total was said before the table)."""
    for total in found:
        cell = total.cell
        if cell is None or not cell.total:
            continue
        total.links.pop("part_of", None)
        if total.claim.unit == "percent":
            continue  # the "100%" of a share column is the counts' share, linked below
        whole = total.links.get("repeat_of", total)
        for row in found:
            if (row.cell is None or row.cell.table != cell.table
                    or (row.cell.total and row.claim.unit != "percent")):
                continue
            if row.cell.column == cell.column and not row.cell.total:
                row.links = {"part_of": whole}
                _inherit_setting(row.claim, whole.claim)
            elif row.claim.unit == "percent" and count_column(
                    cell.table, row.cell.column) == cell.column and (
                    cell.table.measures[row.cell.column] == SHARE):
                # a share column's figures are shares of its count column's total
                row.links = {"share_of": whole}
                _inherit_setting(row.claim, whole.claim)


def _breakdowns(found: list[Found], about: str | None) -> None:
    """Parts no word announces (rasd.claims._extract_breakdowns)."""
    for index, item in enumerate(found):
        if item.prior_of is None and not item.links:
            wholes = [other for other in found[:index] if other.prior_of is None]
            whole = breakdown_total(item.claim, [other.claim for other in wholes], about)
            if whole is not None:
                item.links["part_of"] = wholes[whole]
                _inherit_setting(item.claim, wholes[whole].claim)
                # "the oblasts most affected were Donetsk, with 52 killed": a breakdown by
                # place of civilians killed counts civilians, unless it names its own group
                if item.claim.subgroup is None and item.claim.measure == (
                        wholes[whole].claim.measure):
                    item.claim.subgroup = wholes[whole].claim.subgroup


def _same_figures(found: list[Found]) -> None:
    """A figure said again without its group is of the group said first: "1,020 civilian
    casualties" ... "Of the 1,020 casualties"."""
    first: dict[tuple[object, ...], Claim] = {}
    for item in found:
        claim = item.claim
        key = (claim.value, claim.low, claim.high, claim.unit, claim.measure)
        if item.prior_of is not None or claim.vague:
            continue
        earlier = first.setdefault(key, claim)
        if claim.subgroup is None and earlier is not claim:
            claim.subgroup = earlier.subgroup


def _repeats(found: list[Found]) -> None:
    first: dict[tuple[object, ...], Found] = {}
    for item in found:
        claim = item.claim
        if item.prior_of is not None or claim.vague:
            continue
        key = (claim.value, claim.low, claim.high, claim.unit, claim.measure, claim.subgroup)
        earlier = first.get(key)
        if earlier is None:
            # "the 2,353 recorded in 2023" said without its group, and the table's total
            # row of civilian deaths: one figure, once one of them leaves the group unsaid
            earlier = next((other for other_key, other in first.items()
                            if other_key[:5] == key[:5] and None in (other_key[5], key[5])
                            and claim.value is not None and claim.value >= 10), None)
            first[key] = item
        if earlier is not None and earlier is not item and _compatible(earlier.claim, claim):
            item.links["repeat_of"] = earlier
            earlier.claim.subgroup = earlier.claim.subgroup or claim.subgroup


def _compatible(first: Claim, later: Claim) -> bool:
    """Not a repeat when the two are said of different places, periods or actors."""
    pairs = ((first.place, later.place), (first.actor, later.actor),
             (first.period_start, later.period_start),
             (first.period_end, later.period_end))
    return all(a is None or b is None or a == b for a, b in pairs)
