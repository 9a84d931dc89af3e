"""The place a document names most: what a report about a whole country or area is about
when no gazetteer knows it ("Varnosia" of a country chapter whose figures name one province
in passing), counted with its demonym ("Varnosian", "Varnosians")."""

from __future__ import annotations

import re

from rasd.claims._extract_vocab import NOT_PLACE_WORDS, any_word, words

# a name said as a place: after a preposition of place, or on a heading line of its own
_AFTER_PLACE_WORD = re.compile(
    r"\b(?:in|across|throughout|on|at|near|from|of|to)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][a-z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][a-z][\w’'-]*)?)")
# a demonym and the place it comes from: "Varnosian(s)" of "Varnosia", "Velmoran" of
# "Velmora"
_DEMONYM = re.compile(r"\b(?P<place>[A-Z][a-z]+a)ns?\b")
# capitalised words that name no place
_NOT_PLACE = re.compile(any_word(NOT_PLACE_WORDS | words(
    "Defense United Government President Minister Mr Ms Mrs Dr The This Our Events Commission "
    "Army Forces Force Register Report Committee Assembly Court Section Table Figure Media "
    "Hospital Teaching Update Flash Republic Kingdom")))
# a kind of place said alone ("the Valley", "the Strip") is no name
_GENERIC = re.compile(r"Valley|River|Strip|City|Province|Region|District|Camp|Market|Square"
                      r"|Street|Bridge|North|South|East|West")
_HEADING_LINES = 6  # a document's heading: its first lines
_HEADING_WORDS = 2  # a heading line that is only a place is short


def named_most(text: str) -> tuple[str, int] | None:
    """The place the text names most, with how often it names it or its demonym; a name
    counts as a place when it follows a preposition of place, stands alone on a heading
    line, or has a demonym in the text."""
    candidates = {found.group("name") for found in _AFTER_PLACE_WORD.finditer(text)}
    candidates |= {found.group("place") for found in _DEMONYM.finditer(text)
                   if re.search(rf"\b{found.group('place')}\b", text)}
    for line in [line.strip() for line in text.splitlines() if line.strip()][:_HEADING_LINES]:
        if len(line.split()) <= _HEADING_WORDS and re.fullmatch(r"[A-Z][a-z][\w’' -]*", line):
            candidates.add(line)
    best: tuple[str, int] | None = None
    for name in sorted(candidates):
        if _NOT_PLACE.search(name) or _GENERIC.fullmatch(name):
            continue
        count = times_named(name, text)
        # the longer name on a tie: "Valley of Wells" rather than "Wells"
        if best is None or (count, len(name)) > (best[1], len(best[0])):
            best = (name, count)
    return best


def times_named(name: str, text: str) -> int:
    """How often `text` names a place, its demonym ("Varnosian" for "Varnosia") included."""
    # any case: a heading in capitals ("QALVAR HEALTH CLUSTER") names its place too
    count = len(re.findall(rf"\b{re.escape(name)}\b", text, re.I))
    if name.endswith("a"):
        count += len(re.findall(rf"\b{re.escape(name)}ns?\b", text, re.I))
    return count


_NAMED_OFTEN = 3  # how often a place must be named to be what a document is about
_KIND = re.compile(r"\s+(?:province|governorate|district|region|county|oblast|state"
                   r"|municipality|valley|city)$", re.I)


def named_more(text: str, about: str | None) -> str | None:
    """The place the text names most, when it names it more often than `about` (a place
    the gazetteer does not know, taken from a heading or from a place named with its kind):
    a country chapter that names one province in passing is about its country."""
    most = named_most(text)
    if most is None or most[1] < _NAMED_OFTEN:
        return about
    if about is None or most[1] > times_named(_KIND.sub("", about), text):
        return most[0]
    return about
