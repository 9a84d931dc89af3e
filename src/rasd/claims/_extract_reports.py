"""Reporting verbs that report nothing: "reported killed" says what happened to people, and
"a massacre which claimed (23) martyrs" or "the bombardment has put (3) hospitals out of
service" says what an attack took or did; none of them names who says the figure."""

from __future__ import annotations

import re

from spacy.tokens import Token

from rasd.claims._extract_nlp import text_of

_REPORTED_HARM = re.compile(r"^\s+(?:as\s+)?(?:killed|dead|injured|wounded|missing|harmed"
                            r"|detained|abducted|displaced)\b", re.I)
# verbs that take what an attack took or did as their object: "claimed 23 lives"
_TOOK = frozenset({"claim", "claimed", "claims", "claiming", "put", "puts", "putting"})


def reports_nothing(verb: Token) -> bool:
    """Whether a reporting verb says no one's figure: "reported killed", or its object is
    a figure ("which claimed (23) martyrs", "put (3) hospitals out of service, and destroyed
    (14) schools"), not a toll it puts at one ("put the toll at 23")."""
    if _REPORTED_HARM.match(text_of(verb.doc)[verb.idx + len(verb):]):
        return True
    # "It attributed 1,204 of the deaths to ..." gives a figure; "deaths attributed to the
    # Front made up 30 per cent" or "303 could not be attributed" says what a figure is
    if verb.lower_ == "attributed" and not any(child.dep_ == "dobj" for child in verb.children):
        return True
    if verb.lower_ not in _TOOK:
        return False
    return any(child.dep_ == "dobj" and (child.like_num or any(
        each.dep_ == "nummod" for each in child.children)) for child in verb.children)
