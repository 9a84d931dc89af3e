"""Who a document says did the harm it counts, when it says so once, at its opening.

A statement that opens on "a savage campaign of bombardment by the Ghalib regime forces", or
a thread whose second post says "the shells came from Kessar Liberation Front (KLF)
positions", or a newsletter that opens "fighters of the Black Ridge Brigade came down from
the hills into the Vessa valley", names the party behind the event its figures count: a
killed or injured figure that names no party of its own is that party's. Only the
document's opening is read (its text before its second figure), and only one party: an
opening that names two attackers names none.
"""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found

_PARTY = (r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+(?:[A-Z][\w’'-]+|of|the|regime|forces|army|military"
          r"|militias?|troops|government))*)")
_ATTACKED_BY = re.compile(
    r"\b(?:bombardment|bombing|shelling|shells|strikes?|airstrikes?|attacks?|offensive"
    r"|assault|raids?|campaign)\b(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:by|came[ \t]+from|fired[ \t]+by"
    rf"|launched[ \t]+by)[ \t]+(?:the[ \t]+)?{_PARTY}"
    # "fighters of the Black Ridge Brigade came down from the hills into the valley"
    rf"|\b(?:fighters|gunmen|troops|soldiers|militiamen|members|units)[ \t]+of[ \t]+"
    rf"(?:the[ \t]+)?{_PARTY.replace('name', 'raiders')}[ \t]+(?:came|attacked|stormed"
    r"|entered|raided|swept|overran|descended)\b")


def opening_attacker(text: str, found: list[Found]) -> str | None:
    """The one party the document's opening (before its second figure, of `found` in text
    order) says attacked, or None."""
    until = found[1].claim.start if len(found) > 1 else len(text)
    named = {(said.group("name") or said.group("raiders")).strip()
             for said in _ATTACKED_BY.finditer(text[:until])}
    return named.pop() if len(named) == 1 else None
