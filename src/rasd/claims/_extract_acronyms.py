"""Acronyms a document defines, so a source it later calls by its acronym keeps its name.

"The Merovian Civilian Casualty Monitor (MCCM), an independent group, ..." and later
"according to the MCCM": the later figures are the Monitor's, said in the name the text
gave it. The acronym must be spelled by the capitalised words before the bracket
("Office for the Coordination of Humanitarian Affairs (OCHA)"), so a bracketed aside that
is no acronym of those words ("the army (FVM)") teaches nothing.
"""

from __future__ import annotations

import re

# capitalised words, with the small words a name may hold, then an acronym in brackets
_DEFINED = re.compile(r"\b(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|on|and|in|to|de)\s+)*"
                      r"[A-Z][\w’'-]*){1,8})\s+\((?P<acronym>[A-Z][A-Za-z]{1,9})\)")
_SMALL = frozenset({"of", "for", "the", "on", "and", "in", "to", "de"})
_LEADING = frozenset({"The", "A", "An", "Our", "Its", "Their"})


def defined_acronyms(text: str) -> dict[str, str]:
    """Each acronym the text defines, mapped to the name it stands for; an acronym defined
    twice for two names maps to neither."""
    found: dict[str, set[str]] = {}
    for match in _DEFINED.finditer(text):
        name = _spelled_by(match.group("name").split(), match.group("acronym"))
        if name is not None:
            found.setdefault(match.group("acronym"), set()).add(name)
    return {acronym: names.pop() for acronym, names in found.items() if len(names) == 1}


def _spelled_by(words: list[str], acronym: str) -> str | None:
    """The shortest run of the last words whose initials spell the acronym (small words may
    count or not: "OCHA" and "UNHCR" skip them), if one does."""
    for first in range(len(words) - 1, -1, -1):
        run = words[first:]
        if run[0] in _LEADING or run[0] in _SMALL:
            continue
        capitals = "".join(word[0] for word in run if word not in _SMALL).upper()
        every = "".join(word[0] for word in run).upper()
        if acronym.upper() in (capitals, every):
            return " ".join(run)
    return None
