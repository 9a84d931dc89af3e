"""Figures that say what they count only by pointing back: "The ministry puts the figure at
no more than 600 civilians" counts what the figures before it counted (the dead, if they
were deaths), and "puts the death toll at 600" counts deaths. The counted noun ("civilians")
gives the group but no measure, so without this the figure would be measure other.

Detained people whose whereabouts are unknown ("the whereabouts of 14 of them were unknown")
are disappeared, as the annotation guide counts them."""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found
from rasd.claims._extract_vocab import EVENT_NOUNS, MEASURE_VERBS

_PARTITIVE_OPENING = re.compile(r"^\s*(?:[Oo]f|[Aa]mong)\s+(?:the|these|those)\s+$")
# what may follow the figure up to the opening's comma: a word or two that only repeats
# what the figure counted ("Of the 214 admitted,", "Of the 41 people killed,")
_REST_OF_OPENING = re.compile(r"^(?:\s+[A-Za-z-]+){0,3}\s*,")
_SAID_AGAIN_BEFORE = re.compile(r"(?:\bthe\s+(?:figure|toll|number|count)\s+of|\ball)\s+$", re.I)
# a figure said again as the group one of whom is spoken of: "Every one of the 146 people we
# recovered was found in a residential building"
_ONE_OF_THE = re.compile(r"\b(?:one|each|none|any)\s+of\s+the\s+$", re.I)
_NO_NOUN_AFTER = re.compile(r"^\s*(?:[,.;:)]|$|(?:on|in|and|without|for|by|at|from|to|since|was"
                            r"|were|is|are|had|has)\b)")


_PUT_AT = re.compile(
    r"\b(?:puts?|putting|places?|placed|placing|gives?|gave|estimates?|estimated|sets?)"
    r"\s+(?:the|its|their|his|her|this|that)\s+"
    r"(?P<noun>(?:[a-z-]+\s+){0,2}?(?:figure|toll|number|count|tally|total))\s+(?:at|as)\s+(?:[a-z]+\s+){0,3}$",
    re.I)
_WHEREABOUTS = re.compile(r"\bwhereabouts\s+of\s+(?:the\s+)?$", re.I)
_UNKNOWN = re.compile(r"^(?:\s+of\s+(?:them|those|whom|these))?\s+(?:were|are|is|was|remain"
                      r"|remained|have\s+remained)\s+(?:still\s+)?unknown\b", re.I)
# "The families of 12 of them do not know where they are held": no one knows where they are
_WHERE_NOT_KNOWN = re.compile(r"^[^.;]{0,40}?\b(?:do|does|did)\s+not\s+know\s+where\s+(?:they"
                              r"|he|she)\s+(?:are|is|were|was)\s+(?:being\s+)?(?:held|detained"
                              r"|kept|taken)\b", re.I)
_CORE = frozenset({"killed", "injured", "casualties", "detained", "disappeared", "missing",
                   "displaced"})


def figures_put_at(found: list[Found]) -> None:
    """Give a figure "put at" its measure (see the module's account); `found` in text
    order, with `between` set."""
    for index, item in enumerate(found):
        claim = item.claim
        if claim.measure != "other" or claim.unit != "people":
            continue
        put = _PUT_AT.search(item.between)
        if put is None:
            continue
        measure = _named_measure(put.group("noun")) or _measure_before(found[:index])
        if measure is not None:
            claim.measure = measure


def whereabouts_unknown(found: list[Found]) -> None:
    """Make the detained whose whereabouts are unknown disappeared (see the module's
    account); `found` with `between` and `after` set."""
    for item in found:
        if item.claim.measure == "detained" and (
                (_WHEREABOUTS.search(item.between) and _UNKNOWN.match(item.after))
                or _WHERE_NOT_KNOWN.match(item.after)):
            item.claim.measure = "disappeared"


def _named_measure(words: str) -> str | None:
    """The measure the figure's noun names: "death toll", "casualty figure"."""
    for word in words.lower().split():
        measure = EVENT_NOUNS.get(word) or MEASURE_VERBS.get(word)
        if measure in _CORE:
            return measure
    return None


def _measure_before(earlier: list[Found]) -> str | None:
    """The measure of the last count of people harmed before the figure."""
    for other in reversed(earlier):
        if other.claim.unit == "people" and other.claim.measure in _CORE:
            return other.claim.measure
    return None


def points_back(before: str, after: str) -> bool:
    """Whether a figure repeats one said before: "Of the 57," opening its breakdown, a
    number with no noun of its own after "the figure of" or "all" ("state media gave the
    figure of 2,400 on 2 April", "access to all 640"), or the group "one of the 146 people"
    belongs to."""
    return bool((_PARTITIVE_OPENING.match(before) and _REST_OF_OPENING.match(after))
                or (_SAID_AGAIN_BEFORE.search(before) and _NO_NOUN_AFTER.match(after))
                or _ONE_OF_THE.search(before))
