"""The places figures take when their own sentence names none: the figure's before it in
its sentence, the paragraph's last placed figure, else what the document is about."""

from __future__ import annotations

import re
from itertools import pairwise

from rasd.claims._extract_found import Found

# a headline's place: "The numbers from Kesh are contested", "Fighting in Upper Dara"
# "in the town of Tarsin", "What happened in the Valley of Wells", "of Al-Bab city"
_HEADLINE_PLACE = re.compile(
    r"\b(?:in|from|on|over|across|near|of)\s+(?:the\s+(?:town|city|village|camp|district"
    r"|province|region|governorate)\s+of\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][a-z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][a-z][\w’'-]*){0,2})\b")
# capitalised words after "of" that name no place: months, days, organisations' words
_NO_PLACE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September"
                       r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday"
                       r"|Saturday|Sunday|Ministry|Office|Council|Health|Information|Defence"
                       r"|Interior|State|Affairs|Human|Rights|Nations)\b")
_HEADLINE_LINES = 6  # how far down the document's opening lines a headline may be
_NAMED_OFTEN = 3  # how often the body names a headline's place that the document is about


def commonest_place(found: list[Found]) -> str | None:
    """The place the document's figures name most, the first on a tie: where a document
    about a place no gazetteer knows ("Lower Karavan") is, for figures that name none."""
    counts: dict[str, int] = {}
    for item in found:
        if item.claim.place is not None:
            counts[item.claim.place] = counts.get(item.claim.place, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda name: counts[name])
    # figures in as many places as each other ("1,102 in Osk province and 820 in Bel
    # province") are parts of the whole the document is about, not its place
    return best if [counts[name] for name in counts].count(counts[best]) == 1 else None


def figures_place(found: list[Found], text: str) -> str | None:
    """Where a document about a place no gazetteer knows is: the place its figures name
    most, else the one its headline names."""
    return commonest_place(found) or headline_place(text)


def headline_place(text: str) -> str | None:
    """A place the headline names after a preposition and the text names often: what a
    document about a place no gazetteer knows is about, when its figures do not say."""
    for line in [line for line in text.splitlines() if line.strip()][:_HEADLINE_LINES]:
        for found in _HEADLINE_PLACE.finditer(line):
            name = found.group("name")
            if not _NO_PLACE.search(name) and len(
                    re.findall(rf"\b{re.escape(name)}\b", text)) >= _NAMED_OFTEN:
                return name
    return None


def sentence_places(found: list[Found]) -> None:
    """A figure with no place of its own is where the figure before it in its sentence is
    ("Sumy, with 31 killed and 95 injured"), before linking: where a figure is says what
    total it breaks down."""
    for previous, item in pairwise(found):
        if item.claim.place is None and previous.sentence == item.sentence:
            item.claim.place = previous.claim.place


def default_places(found: list[Found], about: str | None) -> None:
    """A figure whose sentence names no place is where the count it is a share of is ("more
    than a third of the dead" are where the dead are, not where the last figure before it
    is), else where the paragraph's last placed figure is, else where the document is about
    ("a report about a whole country gives the country")."""
    last: dict[int, str] = {}
    for item in found:
        claim = item.claim
        whole = item.links.get("share_of")
        if claim.place is None and whole is not None:
            claim.place = whole.claim.place
        if claim.place is not None:
            last[item.paragraph] = claim.place
        else:
            claim.place = last.get(item.paragraph, about)

