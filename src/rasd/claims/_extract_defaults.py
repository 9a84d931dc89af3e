"""The places figures take when their own sentence names none: the figure's before it in
its sentence, the paragraph's last placed figure, else what the document is about."""

from __future__ import annotations

import re
from itertools import pairwise

from rasd.claims._extract_about import named_more
from rasd.claims._extract_found import Found
from rasd.claims._extract_places import document_place, known_place, typed_place
from rasd.claims._extract_vocab import DEMONYMS, HEADER_FIELDS, NOT_PLACE_WORDS, any_word

# a headline's place: "The numbers from Kesh are contested", "Fighting in Upper Dara"
# "in the town of Tarsin", "What happened in the Valley of Wells", "of Al-Bab city"
_HEADLINE_PLACE = re.compile(
    r"\b(?:in|from|on|over|across|near|of)\s+(?:the\s+(?:town|city|village|camp|district"
    r"|province|region|governorate)\s+of\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][a-z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][a-z][\w’'-]*){0,2})\b")
# capitalised words after "of" that name no place: months, days, organisations' words, and
# an e-mail's or a letter's header fields
_NO_PLACE = re.compile(any_word(NOT_PLACE_WORDS | HEADER_FIELDS | {"Re"}))
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
        # a figure said again ("Total 146" of "146 civilian deaths across Ostravia") is
        # where its first saying is
        whole = item.links.get("share_of") or (
            None if "part_of" in item.links else item.links.get("repeat_of"))
        if claim.place is None and whole is not None:
            claim.place = whole.claim.place
        if claim.place is not None:
            last[item.paragraph] = claim.place
        else:
            claim.place = last.get(item.paragraph, about)



# A heading naming what the document is about: "Commission of Inquiry on Valdoria", "Report
# on the Situation in Kesh"; or a publisher named for its place ("Estravia Civilian Harm
# Tracker", "Eastern Tarsa Coordination Cell"), whose opening words are then the place.
_HEADING_ABOUT = re.compile(r"\b(?:on|in|for)\s+(?:the\s+)?(?P<name>[A-Z][a-z][\w’'-]*"
                            r"(?:\s+[A-Z][a-z][\w’'-]*)?)\s*(?:[-–—|:(].*)?$")
# a headline that opens with the place it is about: "Sarkan siege: how many people have
# been killed", "Marrow: at least 140 civilians killed"
_HEADLINE_OPENS = re.compile(r"^(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*)?)"
                             r"(?:\s+[a-z]+){0,2}\s*:\s+[a-z]")
_PUBLISHER = re.compile(r"^(?P<name>(?:[A-Z][A-Za-z’'-]+\s+){1,3})(?:[A-Z][A-Za-z’'-]+\s+){0,2}"
                        r"(?i:tracker|observatory|monitor|network|watch|centre|center|project"
                        r"|council|cell|committee|office|directorate|cluster)\b")
# words that open a publisher's name without naming a place
_NOT_PLACE_WORDS = frozenset({"independent", "international", "national", "united", "local",
                              "central", "general", "joint", "humanitarian", "human", "civil",
                              "civilian", "global", "regional", "the", "media"})
_HEADING_LINES = 3  # a document's heading: its first lines


def heading_place(text: str, known: str | None) -> str | None:
    """The place the document's heading names, when the text names it outside the heading's
    names too, and more often than `known` (the gazetteer's pick, or the place named most
    with its kind): a commission's update "on Valdoria" is about Valdoria, not the one
    country the gazetteer knows among those it names in passing ("refugees in Ostmark")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEADING_LINES]
    rival = len(re.findall(rf"\b{re.escape(known)}\b", text)) if known else 0
    # "The Oskel: ..." is about the Oskel
    about = [(re.sub(r"^The\s+", "", found.group("name")), "") for line in lines
             if (found := _HEADING_ABOUT.search(line) or _HEADLINE_OPENS.match(line))
             is not None]
    for name, whole in about + [pair for line in lines for pair in _publisher_names(line)]:
        count = len(re.findall(rf"\b{re.escape(name)}\b", text, re.I))
        inside = len(re.findall(rf"\b{re.escape(whole)}\b", text, re.I)) if whole else 0
        # a place the gazetteer knows is counted as such (document_place)
        if (not _NO_PLACE.search(name) and not known_place(name) and count > inside
                and count >= 2 and count > rival):
            return name
    return known


def _publisher_names(line: str) -> list[tuple[str, str]]:
    """The places a publisher's name may open with ("Eastern Tarsa" of "Eastern Tarsa
    Coordination Cell"), longest first, each with the whole name it is said in."""
    publisher = _PUBLISHER.match(line.title() if line.isupper() else line)
    if publisher is None:
        return []
    whole = publisher.group()
    words = publisher.group("name").split()
    if not words or words[0].lower() in _NOT_PLACE_WORDS or words[0].lower() in DEMONYMS:
        return []
    return [(" ".join(words[:size]), whole) for size in range(len(words), 0, -1)]


def document_about(text: str) -> str | None:
    """The place a document is about: the one its heading names (see heading_place), else
    the known place it names most, else the place it names most with its kind, unless it
    names another place more often (see named_more)."""
    known = document_place(text)
    typed = typed_place(text)
    about = heading_place(text, known or typed)
    # a place the gazetteer knows, or one the heading names, is what the document is about;
    # a place named with its kind gives way to the place the text names more often
    if about is not None and (about == known or about != typed):
        return about
    return named_more(text, about)
