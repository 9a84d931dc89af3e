"""Whose fighters or armed groups a count is: the guide's actor for a force's strength is the
party it belongs to or the backer the text names. Read from the figure's sentence:
the organisation a relative clause holding the figure hangs on ("the KLA, which it puts at
no more than 5,000 fighters"), else the party the force is said to serve or be backed by
("troops to support Assad, as part of a force of over 95,000 people", "14 armed groups
backed by Iran")."""

from __future__ import annotations

import re

from spacy.tokens import Token

_NAME = r"(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'-]*)*)"
# "X, which ... [the figure]": no clause break between "which" and the figure (the comma
# of "8,000" is none)
_WHICH_BEFORE = re.compile(rf"{_NAME}(?:\s+\([A-Z][A-Za-z]{{1,9}}\))?,\s+(?:which|who)\b"
                           r"(?:[^,;:]|(?<=\d),(?=\d))*$")
_SERVED = re.compile(
    rf"\b(?:(?:backed|supported|sponsored|funded|financed|armed|trained|commanded|led)\s+by"
    rf"|to\s+support|supporting|in\s+support\s+of|loyal\s+to|fighting\s+for|on\s+behalf\s+of"
    rf"|affiliated\s+with|belonging\s+to)\s+{_NAME}")
FORCES = frozenset({"fighters", "armed_groups"})  # the measures of a force's strength


def force_of(measure: str, counted: Token) -> str | None:
    """The party a count of fighters or armed groups belongs to, if its sentence says."""
    if measure not in FORCES:
        return None
    sentence = counted.sent
    before = sentence.doc.text[sentence.start_char:counted.idx]
    found = _WHICH_BEFORE.search(before) or _SERVED.search(sentence.text)
    if found is None:
        return None
    return re.sub(r"^The\s+", "", found.group("name"))
