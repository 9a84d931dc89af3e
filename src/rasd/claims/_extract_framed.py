"""The group a casualty record's title frames for all its own figures.

A monitor's update headed "212 civilian deaths recorded in May", or a database named for
civilian casualties, counts civilians only: its own bare "deaths" ("we added 287 new deaths",
"February now stands at 236") are civilian deaths, though no sentence says so again. A
figure its sentence sets apart from civilians ("deaths that some sources describe as
fighters", "a figure that includes combatants") or that another source gives keeps no group.
"""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found
from rasd.claims._extract_sentences import Reading

# "civilian deaths recorded", "Register of Civilian Deaths", "Civilian Casualty Database"
_FRAME = re.compile(r"\bcivilian\s+(?:deaths|casualties|casualty|fatalities|victims|dead)\b"
                    r"[^.\n]{0,40}?\b(?:recorded|documented|verified|register|registry|database"
                    r"|count|tracker|monitor)\b"
                    r"|\b(?:register|registry|database|count|tracker)\s+of\s+civilian\b"
                    r"|\bcivilian\s+casualty\s+(?:register|registry|database|tracker|count)\b",
                    re.I)
# a sentence that counts fighters too: its figures are no civilians' only
_NOT_ONLY_CIVILIANS = re.compile(r"\b(?:fighters?|combatants?|soldiers?|militants?|troops)\b",
                                 re.I)


def _frames_civilians(title: str | None, own: str | None) -> bool:
    """Whether the document's title or its own name says it records civilian deaths."""
    return any(_FRAME.search(text) for text in (title, own) if text)


def framed_civilians(found: list[Found], reading: Reading, title: str | None,
                     own: str | None) -> None:
    """Where the title or the document's name frames civilian deaths, its own killed with no
    group are civilians (see the module's note)."""
    if not _frames_civilians(title, own):
        return
    for item in found:
        claim = item.claim
        if (claim.measure == "killed" and claim.subgroup is None
                and (item.unattributed or claim.asserted_by == own)
                and claim.unit in ("people", "percent", "fraction")
                and not _NOT_ONLY_CIVILIANS.search(
                    reading.sentence_text(reading.sentences[item.sentence]))):
            claim.subgroup = "civilians"
