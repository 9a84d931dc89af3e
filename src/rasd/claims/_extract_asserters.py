"""Short names of a source said in full elsewhere in the document.

A source named by one or two words ("the Team's breakdown", "the governor's office had put
the toll at", "according to the same authorities") is the one source of the document whose
longer name holds all its words ("UN Verification Team for Oskel", "provincial governor's
office", "district health authorities"), when only one does: "Turkish authorities" is not
"local health authorities".
"""

from __future__ import annotations

import re

from rasd.claims.model import Claim

_LEAD = re.compile(r"^(?:the|same|this|that|its|their)\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_SHORT = 2  # words


def fuller_asserters(claims: list[Claim]) -> None:
    """Give each short source the document's one longer name that holds its words."""
    names = {claim.asserted_by for claim in claims if claim.asserted_by}
    for claim in claims:
        short = claim.asserted_by
        if not short:
            continue
        words = _POSSESSIVE.sub("", _LEAD.sub("", short.strip())).split()
        if not words or len(words) > _SHORT:
            continue
        fuller = {name for name in names if len(name.split()) > len(words)
                  and _holds(name, [word.lower() for word in words])}
        longest = {name for name in fuller
                   if not any(name != other and name in other for other in fuller)}
        if len(longest) == 1:
            claim.asserted_by = longest.pop()


def _holds(name: str, words: list[str]) -> bool:
    """Whether a name holds every one of the words."""
    own = {_POSSESSIVE.sub("", word).lower() for word in name.split()}
    return all(word in own for word in words)
