"""Short names of a source said in full elsewhere in the document.

A source named by one or two words ("the Team's breakdown", "the governor's office had put
the toll at", "according to the same authorities") is the one source of the document whose
longer name holds all its words ("UN Verification Team for Oskel", "provincial governor's
office", "district health authorities"), when only one does: "Turkish authorities" is not
"local health authorities".
"""

from __future__ import annotations

import re

from rasd.claims._extract_acronyms import defined_acronyms
from rasd.claims.model import Claim

_LEAD = re.compile(r"^(?:(?:of|from|by|for)\s+)?(?:the|same|this|that|its|their)\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_SHORT = 2  # words
# a body's own office or unit, the body named by its kind: "The Documentation Office in the
# council", "the media office of the ministry"; its figures are the body's
_OFFICE_OF = re.compile(r"^(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:office|department|unit|section|bureau"
                        r"|division|desk)\s+(?:in|of|at|within)\s+(?:the|this|our)\s+"
                        r"(?P<body>[a-z]+)$", re.I)


def fuller_asserters(claims: list[Claim], text: str = "") -> None:
    """Give each short source the document's one longer name that holds its words: among
    the sources, else for a body named by its kind alone ("the ministry's 4,980 deaths,
    according to its published tables"), the one name of that kind the text gives ("The
    Kalveth Health Ministry recorded ...")."""
    names = {claim.asserted_by for claim in claims if claim.asserted_by}
    acronyms = defined_acronyms(text)
    for claim in claims:
        short = claim.asserted_by
        if not short:
            continue
        bare = _LEAD.sub("", short.strip())
        if bare in acronyms:  # "MCCM says", after "the ... Monitor (MCCM)": its full name
            claim.asserted_by = acronyms[bare]
            continue
        person = _full_name(short.strip(), text)
        if person is not None:
            claim.asserted_by = person
            continue
        office = _OFFICE_OF.match(short.strip())
        if office is not None:
            body = {name for name in names if name != short
                    and _holds(name, [office.group("body").lower()])}
            claim.asserted_by = body.pop() if len(body) == 1 else short
            continue
        words = _POSSESSIVE.sub("", _LEAD.sub("", short.strip())).split()
        if not words or len(words) > _SHORT:
            continue
        fuller = {name for name in names if name != short and len(name.split()) > len(words)
                  and _holds(name, [word.lower() for word in words])}
        longest = {name for name in fuller
                   if not any(name != other and name in other for other in fuller)}
        if not longest and len(words) == 1 and words[0].islower():
            longest = {_LEAD.sub("", found) for found in re.findall(
                rf"\b(?:[A-Z][\w’'-]+[ \t]+){{1,4}}{words[0].title()}\b", text)}
        if len(longest) == 1:
            claim.asserted_by = longest.pop()


# a person named by title and surname: "Ms Pirvane", "Dr. Tolba" (a word alone may be a
# body's name, "Defence")
_TITLE = r"(?:Mr|Ms|Mrs|Miss|Dr|Prof)"
_SURNAME = re.compile(r"^(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Judge|Justice|Sir|Dame|General"
                      r"|Colonel|Major|Captain|Brigadier)\.?\s+)(?P<surname>[A-Z][a-z][\w’'-]+)$")
_TITLES = frozenset({"Mr", "Ms", "Mrs", "Miss", "Dr", "Prof", "Professor", "Judge", "Justice",
                     "Sir", "Dame", "General", "Colonel", "Major", "Captain", "Brigadier", "The",
                     "A", "An", "By", "According", "And", "But", "In", "On", "Of"})


def _full_name(short: str, text: str) -> str | None:
    """The full name the text gives a person it later calls by title and surname ("Ms Halda
    Pirvane" ... "Ms Pirvane told participants"), when it gives one full name with that
    surname."""
    named = _SURNAME.match(short)
    if named is None:
        return None
    surname = re.escape(named.group("surname"))
    found = {" ".join(words) for match in re.finditer(
        rf"\b((?:(?:[A-Z][a-z][\w’'-]*|{_TITLE}\.)\s+){{1,2}}){surname}\b", text)
        if (words := [word for word in match.group(1).split() if word.rstrip(".") not in _TITLES]
            + [named.group("surname")]) and len(words) > 1}
    return found.pop() if len(found) == 1 else None


def _holds(name: str, words: list[str]) -> bool:
    """Whether a name holds every one of the words."""
    own = {_POSSESSIVE.sub("", word).lower() for word in name.split()}
    return all(word in own for word in words)
