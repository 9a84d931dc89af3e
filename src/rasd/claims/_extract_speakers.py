"""Who speaks a figure when the sentence points back or cites another's data.

- "he said" after "Governor of Rabia, Eng. Fadi al-Khatib, ... affirmed that ...": "he" is
  the last person the text names as speaking, not the last capitalised pair of words (a
  town after "of", "the National Hospital", a front the speaker blames).
- "..., according to the figures of the health directorate": whoever cites them, the
  figures are the directorate's, which keeps them.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from rasd.claims._extract_nlp import text_of
from rasd.claims._extract_places import known_place

PERSON_NAME = re.compile(r"\b(?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*(?P<name>[A-Z][a-z’'-]+(?:\s+(?:al-|el-"
                         r"|bin\s+|ibn\s+|abu\s+|Abu\s+)?[A-Z][a-z’'-]+)+)")
# Capitalised words that name no person: a place after its preposition ("the neighbourhoods
# of Tell Amar city"), a building or a body ("the National Hospital")
_PLACE_BEFORE = re.compile(r"\b(?:of|in|at|from|near|into|to)\s+(?:the\s+)?$")
_NOT_A_PERSON = re.compile(r"^\s+(?:city|town|village|governorate|province|district|camp"
                           r"|crossing|area|region|countryside)\b|\b(?:Hospital|Mosque|School"
                           r"|Market|Street|Square|Bridge|University)\b")
# a reporting verb later in the name's sentence: the name is who spoke
_SPOKE_AFTER = re.compile(r"^[^.!?]*?\b(?:said|says|told|added|affirmed|stated|explained"
                          r"|stressed|noted|announced|pointed\s+out)\b")
# what a body keeps its counts in
_KEPT = frozenset({"figures", "data", "records", "statistics", "count", "tally", "register",
                   "registers", "database"})


def last_person(text: str, organisation: re.Pattern[str]) -> str | None:
    """The person "he" or "she" stands for: the last person the text before names as
    speaking, else the last name that names a person, not a place, a building or (by
    `organisation`, its words) a body."""
    names = [found for found in PERSON_NAME.finditer(text) if not (
        _PLACE_BEFORE.search(text[:found.start("name")]) or known_place(found.group("name"))
        or _NOT_A_PERSON.search(text[found.end("name"):found.end("name") + 20])
        or _NOT_A_PERSON.search(found.group("name")) or organisation.search(found.group("name")))]
    speakers = [found for found in names if _SPOKE_AFTER.search(text[found.end("name"):])]
    chosen = speakers[-1] if speakers else (names[-1] if names else None)
    return chosen.group("name") if chosen is not None else None


def data_kept_by(number: Token) -> Token | None:
    """Who keeps the figures a sentence cites: the owner of "according to the figures of the
    directorate" (or "the directorate's data"); a speaker who cites them only relays them."""
    for token in number.doc if "according" in text_of(number.doc).lower() else ():
        to = next((child for child in token.children if child.lower_ == "to"), None)
        data = _object(to) if token.lower_ == "according" and to is not None else None
        if data is None or data.lower_ not in _KEPT:
            continue
        owner = next((child for child in data.children if child.dep_ == "poss"), None)
        of = next((child for child in data.children if child.lower_ == "of"), None)
        keeper = owner or (_object(of) if of is not None else None)
        if keeper is not None:
            return keeper
    return None


def _object(preposition: Token) -> Token | None:
    return next((child for child in preposition.children if child.dep_ == "pobj"), None)
