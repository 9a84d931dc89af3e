"""Figures set out as labelled lines and lists, as reports give breakdowns:

    The parties to the conflict killed the following numbers of civilians in 2022:
    - Syrian regime forces: 1,121 civilians, including 283 children
    - Russian forces: 112 civilians
    Civilians killed: 72 (61)

A list item takes what its own words leave open (measure, period) from the sentence that
opens the list. A label before the figure is its place when it names one, its subgroup when
it names people ("Civilians killed: 72"), and otherwise who did it, for a figure of the
killed, injured, detained or displaced ("Syrian regime forces: 1,121 civilians").
"""

from __future__ import annotations

import re

from rasd.claims._extract_places import known_place
from rasd.claims._extract_vocab import (
    EVENT_NOUNS,
    MEASURE_VERBS,
    PEOPLE_NOUNS,
    STATUS_NOUNS,
    SUBGROUP_NOUNS,
    words,
)
from rasd.claims.model import Claim

_LABEL = re.compile(r"^\s*(?:[-•*–·▪]|\d{1,2}[.)])?\s*(?P<label>[^:\d]{2,60}?)\s*:\s")
# Labels that name a part of a text or a moment, not a party: "Findings: ...", "So far: 33".
_SECTIONS = words("findings results summary background methods interpretation conclusion "
                  "conclusions context note notes update so far now today yesterday overall")
_ADJECTIVES = {"civilian": "civilians", "child": "children"}
# Labels that say how, not who: "Shelling: 57", "Torture in detention: 9".
_CAUSES = words(
    "shelling shell shells airstrike airstrikes air strikes bombing bombings bombardment "
    "gunfire shooting shootings sniper snipers torture explosion explosions landmines mines "
    "ordnance executions execution drowning siege starvation fire missiles missile drones "
    "drone rockets rocket artillery chemical cause causes total other others unknown "
    "illness disease accident accidents")
_ACTED = frozenset({"killed", "injured", "casualties", "detained", "disappeared", "displaced"})


def intro_measure(intro: str) -> str | None:
    """The measure a list's opening sentence names: "killed the following numbers"."""
    for word in re.findall(r"[a-z]+", intro.lower()):
        measure = MEASURE_VERBS.get(word) or EVENT_NOUNS.get(word)
        if measure and measure != "fighters":
            return measure
    return None


def intro_subgroup(intro: str) -> str | None:
    """"Civilian deaths by cause": civilians."""
    for word in re.findall(r"[a-z]+", intro.lower()):
        found = SUBGROUP_NOUNS.get(word) or _ADJECTIVES.get(word)
        if found:
            return found
    return None


# An opening that sets its list out by place: "deaths and injuries by district:".
_BY_PLACE = re.compile(r"\b(?:by|per|in\s+each|(?:distributed|broken\s+down)\s+(?:according\s+to|"
                       r"by|across|among|over)(?:\s+the)?)\s+(?:district|governorate|province|region"
                       r"|locality|localities|area|city|town|village|state|county|oblast"
                       r"|municipality|neighbourhood|neighborhood|sub-district|camp)s?\b", re.I)


# the row of a list by place that holds the places it does not name
_OTHER_PLACES = re.compile(r"^(?:all\s+)?(?:other|remaining)\s+(?:district|governorate|province"
                           r"|region|locality|localities|area|city|cities|town|village|state"
                           r"|county|counties|oblast|municipality|municipalities|neighbourhood"
                           r"|neighborhood|sub-district|camp)s?$", re.I)


def by_place(intro: str) -> bool:
    """Whether a list's opening says its items are places ("by district")."""
    return bool(_BY_PLACE.search(intro))


def apply_label(claim: Claim, sentence: str, figure_at: int, places: bool = False) -> None:
    """Read the label before a figure ("Syrian regime forces: 1,121 civilians"); `places`
    when the list's opening says its labels are places."""
    found = _LABEL.match(sentence)
    if found is None or found.end() > figure_at + 1 or sentence[found.end():figure_at].strip(
            " ()~≈"):
        return
    label = found.group("label").strip()
    said = [word.lower() for word in re.findall(r"[\w'’-]+", label)]
    if places and (not any(word in _CAUSES for word in said) or _OTHER_PLACES.match(label)):
        # "Sarwan: 41 killed" under "... by district:"; the rest, "Other districts: 5,000"
        claim.place = label
    elif known_place(label):
        claim.place = claim.place or label
    elif any(word in SUBGROUP_NOUNS for word in said):
        claim.subgroup = claim.subgroup or next(
            SUBGROUP_NOUNS[word] for word in said if word in SUBGROUP_NOUNS)
    elif "torture" in said and claim.subgroup in (None, "civilians", "detainees"):
        claim.subgroup = "under_torture"
    elif claim.measure in _ACTED and claim.actor is None and not any(
            word in MEASURE_VERBS or word in EVENT_NOUNS or word in PEOPLE_NOUNS
            or word in _SECTIONS or word in STATUS_NOUNS or word in _CAUSES for word in said):
        claim.actor = label
