"""Paragraphs out of lines: where a wrapped paragraph breaks, and how its lines join again.

A hard-wrapped text (a PDF's, a report pasted from one) breaks a paragraph at a blank line or
where a line stops clearly short of the wrap width. A text whose lines are already paragraphs
(trafilatura's, a web page saved as text) breaks at every line end.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable

from rasd.claims._doc_mapped import Mapped

_UNWRAPPED = 160  # no one wraps text this wide: lines this long are paragraphs
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
_LIST_ITEM = re.compile(r"([•▪●◦‣*–—-]|\d{1,2}[.)])\s")
# A table row set out in columns: figures after runs of spaces ("Kutum     88     201").
# Each row is a line of its own, however short the lines around it.
_ALIGNED = re.compile(r"\S(?: {2,}|\t)[\d,.]+%?\s*$")  # "Kutum   88   201", "Total  118  100%"
_HYPHENS = "-\u2010\u2011"
_WORD_BEFORE_HYPHEN = re.compile(rf"([^\W\d_]+)[{_HYPHENS}]$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Parts before a line-end hyphen that begin a compound ("al-Assad", "self-proclaimed"):
# the hyphen is the word's own, not the typesetter's.
_PREFIXES = frozenset((
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ibn", "bin", "bint", "abu", "um",
    "umm", "self", "non", "anti", "pro", "ex", "co", "post", "pre", "well", "so", "ill", "half",
    "all", "cross", "multi", "semi", "mid", "vice", "neo", "quasi", "pseudo", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))


def paragraphs(lines: list[Mapped], *, one_per_line: bool) -> list[list[Mapped]]:
    """The lines (stripped, blanks left out) of each paragraph."""
    lengths = [len(line.text) for line in lines if line.text]
    if not lengths:
        return []
    # the width the text is wrapped at: most lines of a paragraph reach it
    width = (statistics.quantiles(lengths, n=10, method="inclusive")[-1]
             if len(lengths) > 1 else lengths[0])
    one_per_line = one_per_line or width > _UNWRAPPED
    found: list[list[Mapped]] = [[]]
    for line in lines:
        if not line.text:
            found.append([])
            continue
        if found[-1] and (one_per_line or _breaks(found[-1][-1].text, line.text, width)):
            found.append([])
        found[-1].append(line)
    return [paragraph for paragraph in found if paragraph]


def _breaks(line: str, following: str, width: float) -> bool:
    """Whether a paragraph ends after `line` although no blank line follows it."""
    ends_sentence_short = len(line) < width * 0.8 and bool(_SENTENCE_END.search(line))
    return (ends_sentence_short or len(line) < width * 0.5
            or bool(_LIST_ITEM.match(following))
            or bool(_ALIGNED.search(line) or _ALIGNED.search(following)))


def vocabulary(text: str) -> frozenset[str]:
    """The document's own words, lower case, hyphenated ones whole: evidence for hyphens."""
    return frozenset(word.lower() for word in _WORD.findall(text))


def join_lines(lines: Iterable[Mapped], words: frozenset[str]) -> Mapped:
    """A paragraph's lines as one line: a space between them, or at a line-end hyphen no
    space and the hyphen dropped unless it belongs to the word (see `keeps_hyphen`)."""
    parts: list[Mapped] = []
    for line in lines:
        if parts:
            previous = parts[-1].text
            if not _hyphen_break(previous, line.text):
                parts.append(Mapped.inserted(" "))
            elif (before := _WORD_BEFORE_HYPHEN.search(previous)) and (
                    after := _WORD.match(line.text)) and not keeps_hyphen(
                    before[1], after[0].split("-")[0], words):
                parts[-1] = parts[-1][:-1]
        parts.append(line)
    return Mapped.join(parts)


def _hyphen_break(line: str, following: str) -> bool:
    """A hyphen ends `line` right after a letter or digit, and `following` goes on at once."""
    return (len(line) > 1 and line[-1] in _HYPHENS and line[-2].isalnum()
            and following[:1].isalnum())


def keeps_hyphen(before: str, after: str, words: frozenset[str]) -> bool:
    """Whether "before-" at a line end and "after" on the next line make "before-after".

    A capital after the hyphen keeps it ("al-Assad"); so does the document itself when it
    writes the word elsewhere one way and not the other; then a known prefix keeps it
    ("self-proclaimed") and anything else is a word the typesetter broke ("Syr-ian").
    """
    if after[:1].isupper():
        return True
    whole, hyphenated = (before + after).lower(), f"{before}-{after}".lower()
    if (whole in words) != (hyphenated in words):
        return hyphenated in words
    return before.lower() in _PREFIXES
