"""Numbers that layout broke apart or glued to a word.

A break is mended only when the digit groups prove it: the comma group it falls in has
fewer than three digits before it and the rest after it ("4,0 68", "1,2-34"), or the piece
after it starts with a comma ("47-,483"). "pages 12-34", "2,000-3,000" and "on March 3, 400
people" stay as they are.
"""

from __future__ import annotations

import re

from rasd.claims._doc_mapped import Mapped

_BROKEN_NUMBER = re.compile(r"""
    (?<![\d,.]) \d{1,3} (?:,\d{3})*      # the whole groups before the break
    (?: ,\d (?P<one>-\s?|\s) \d\d        # a comma group broken after its first digit
      | ,\d\d (?P<two>-\s?|\s) \d        # ... or after its second
      | (?P<comma>-\s?|\s) ,\d{3} )       # or broken just before a comma
    (?:,\d{3})* (?!\d|[.,]\d)
""", re.VERBOSE)
# A number run into a capitalised word ("420Iran"): a counter or caption that lost its space.
_GLUED = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?=[A-Z][a-z])")


def mend_numbers(text: Mapped) -> Mapped:
    """Numbers broken by a line end, a stray hyphen or a space put back together."""
    edits = []
    for match in _BROKEN_NUMBER.finditer(text.text):
        gap = next(name for name in ("one", "two", "comma") if match[name] is not None)
        edits.append((match.start(gap), match.end(gap), ""))
    return text.edit(edits)


def unglue_numbers(text: Mapped) -> Mapped:
    """A space between a number and the capitalised word it was run into."""
    return text.edit((match.end(), match.end(), " ") for match in _GLUED.finditer(text.text))


# A footnote mark glued to the word or stop it follows: "in the Oskel valley.[1]", "three
# districts,[2]", an infobox's "Displaced: 185,000[6]" (at the end of its line). A number in
# square brackets after a space ("killed [12] people") stays.
_FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-z.,;:!?\"”’')])\[\d{1,3}\]|(?<=\d)\[\d{1,3}\](?=[ \t]*$)",
                            re.M)


def drop_footnote_marks(text: Mapped) -> Mapped:
    """The text without footnote marks, which are no figures and no part of a name."""
    marks = _FOOTNOTE_MARK.finditer(text.text)
    return text.edit((match.start(), match.end(), "") for match in marks)
