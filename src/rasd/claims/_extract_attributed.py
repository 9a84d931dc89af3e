"""Deaths attributed to parties: "It attributes 912 of the deaths to artillery and air strikes
by the Oskel Defence Forces and 251 to the Popular Resistance Front".

Each figure of such a sentence is done by the party it is attributed to (the one after "by"
when the words name a weapon and its user, else the words themselves without the weapon:
"government artillery" is the government's), and is a part of the whole its first figure
breaks down: "N of the deaths" is a part of the last count of the dead larger than it, even a
paragraph or two back, when no nearer one fits; the figures listed after it ("and 251 to
...") are parts of the same whole, with its group.
"""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found

_ATTRIBUTING = re.compile(r"\b(?:attribut(?:e|es|ed|ing)|ascrib(?:e|es|ed|ing)"
                          r"|blam(?:e|es|ed|ing))\b", re.I)
# the words after a figure up to the next figure of the list or the clause's end
_TO_PARTY = re.compile(r"^\s*(?:[a-z]+\s+){0,3}?to\s+(?P<what>[^.;,]+?)"
                       r"(?=\s*(?:[.;,]|\band\s+\(?\d|\bwhile\b|$))")
_OF_THE_DEAD = re.compile(r"^\S+\s+of\s+(?:the|these|those|all)\s+(?P<noun>deaths|dead|killed"
                          r"|fatalities|victims|injured|wounded)\b", re.I)
_NAMED = {"deaths": "killed", "dead": "killed", "killed": "killed", "fatalities": "killed",
          "victims": "killed", "injured": "injured", "wounded": "injured"}
# between two figures of the list: "to government artillery and"
_NEXT = re.compile(r"^\s+to\s+[^.;\d]+?[\s,]*(?:and|while)\s*$", re.I)
_BY = re.compile(r"\bby\s+(?:the\s+)?(?P<party>[^,;]+)$", re.I)
_WEAPONS = frozenset({"artillery", "shelling", "strikes", "strike", "air", "airstrikes",
                      "fire", "bombardment", "bombardments", "drones", "drone", "attacks",
                      "shells", "rockets", "missiles", "gunfire", "mortars", "mortar",
                      "snipers", "raids", "and"})


def attributed_parts(found: list[Found]) -> None:
    """Give the figures of a sentence that attributes deaths to parties their party and
    their whole (see the module's account); `found` in text order with `between` and
    `after` set, run after the breakdowns are linked."""
    counts = [item for item in found if item.claim.unit == "people"]
    for index, item in enumerate(counts):
        if not _attributing(counts, index):
            continue
        party = _party(item.after)
        if party is not None and item.claim.actor is None:
            item.claim.actor = party
        if "part_of" in item.links:
            continue
        previous = counts[index - 1] if index else None
        whole: Found | None
        if (previous is not None and previous.sentence == item.sentence and _NEXT.match(
                item.between) and "part_of" in previous.links
                and previous.claim.measure == item.claim.measure):
            whole = previous.links["part_of"]
        elif _OF_THE_DEAD.match(item.claim.quote):
            whole = _whole_before(item, counts[:index])
        else:
            continue
        if whole is not None:
            item.links["part_of"] = whole
            item.claim.subgroup = item.claim.subgroup or whole.claim.subgroup


def parts_of_the_dead(found: list[Found]) -> None:
    """"The Group documented the names of 41 of the dead": a part of the dead or hurt that
    no nearer whole took is a part of the last count of its measure before it, anywhere in
    the document, no part itself and larger than it, with its group."""
    counts = [item for item in found if item.claim.unit == "people"]
    for index, item in enumerate(counts):
        said = _OF_THE_DEAD.match(item.claim.quote)
        if item.links or said is None or item.claim.measure != _NAMED.get(
                said.group("noun").lower()):
            continue  # "97 of the wounded had died": the dead among the hurt, not the dead
        whole = _whole_before(item, counts[:index])
        if whole is not None:
            item.links["part_of"] = whole
            item.claim.subgroup = item.claim.subgroup or whole.claim.subgroup


def _attributing(counts: list[Found], index: int) -> bool:
    """Whether the figure's sentence attributes it: the verb stands before it, between the
    sentence's start and the figure."""
    item = counts[index]
    if item.claim.measure != "killed" or _TO_PARTY.match(item.after) is None:
        return False
    for other in reversed(counts[:index + 1]):
        if other.sentence != item.sentence:
            return False
        if _ATTRIBUTING.search(other.between):
            return True
    return False


def _party(after: str) -> str | None:
    """Who the words after "to" name: the user of a weapon ("air strikes by the Oskel
    Defence Forces"), a party ("the Popular Resistance Front"), or a party's weapon
    ("government artillery")."""
    said = _TO_PARTY.match(after)
    if said is None:
        return None
    what = said.group("what").strip()
    by = _BY.search(what)
    if by is not None:
        return by.group("party").strip() or None
    what = re.sub(r"^(?:the|a|an)\s+", "", what, flags=re.I)
    words = what.split()
    while words and words[-1].lower() in _WEAPONS:
        words.pop()
    if not words or words[0].lower() in ("unknown", "unidentified", "other", "others"):
        return None
    return " ".join(words)


def _whole_before(item: Found, earlier: list[Found]) -> Found | None:
    """The last count of the dead before `item`, not itself a part, and larger than it."""
    value = item.claim.value
    for other in reversed(earlier):
        claim = other.claim
        if (claim.measure == item.claim.measure and "part_of" not in other.links
                and "share_of" not in other.links and "repeat_of" not in other.links
                and claim.unit == "people" and value is not None
                and (claim.value if claim.value is not None else claim.low or 0) > value):
            return other
    return None



def parts_of_counts_not_ranges(found: list[Found]) -> None:
    """A breakdown said after an estimated range ("between 3,000 and 4,500 civilians") in
    another sentence breaks down the count documented before the range ("2,314 civilians"),
    not the estimate: parts are counted one by one, ranges are not. The parts are moved to
    the last count before the range of its measure and group, no part itself and larger than
    each of them."""
    for index, whole in enumerate(found):
        if whole.claim.value is not None or whole.claim.low is None:
            continue
        parts = [item for item in found[index + 1:] if item.links.get("part_of") is whole
                 and item.sentence != whole.sentence]
        if not parts:
            continue
        largest = max(part.claim.value or 0 for part in parts)
        count = next((other for other in reversed(found[:index])
                      if other.paragraph >= whole.paragraph - 1 and not other.links
                      and other.claim.unit == "people" and other.claim.value is not None
                      and other.claim.value > largest
                      and (other.claim.measure, other.claim.subgroup)
                      == (whole.claim.measure, whole.claim.subgroup)), None)
        if count is None:
            continue
        for part in parts:
            part.links["part_of"] = count
