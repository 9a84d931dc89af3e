"""Lists of figures by place.

- A figure whose noun is left out, followed by "in" and a capitalised name ("251 in Lower
  Drava, 162 in Mirsk and 58 in Tolvey"), is in that place: the parse may hang a list's last
  name elsewhere.
- A figure in brackets right after a capitalised name ("The dead came from Halvik (29),
  Dunmere (18), Selvin (14) and Korrow (11)") is in the place it names.
- A list by place that says how many places there are ("604 civilian deaths in Varna
  district, 391 in Tesk district and 297 in Hollin district, the valley's three districts";
  "killed in the three riverside districts at 486: 251 in ...") names every place of its
  whole when it has that many parts, in different places: the whole is given the list of
  its parts' places, so the checker can sum them. Parts that nothing linked are parts of the
  last count of their measure before them, no part itself and no smaller than any of them.
"""

from __future__ import annotations

import re

from rasd.claims._extract_found import Found
from rasd.claims._extract_mentions import count_of

_KINDS = (r"district|province|governorate|region|county|city|town|village|camp|area|locality"
          r"|neighbourhood|neighborhood|oblast|state|sub-district")
_NOT_PLACES = frozenset({"january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december", "monday",
                         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "total", "all", "the"})
_IN_NAMED = re.compile(rf"^\s+(?:in|at)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)"
                       rf"{{0,2}}(?:\s+(?:{_KINDS}))?)(?=\s*(?:[,;.:]|\s+and\b|\s+while\b|$))")
# "The dead came from Halvik (29), Dunmere (18), ...": a figure in brackets after its place
_NAMED_BEFORE = re.compile(r"(?:^|[\s,;:])(?:and\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)"
                           r"{0,2})\s*\($")
_BARE = re.compile(r"\(?[\d,.]+\)?")
_N_PLACES = re.compile(rf"\b(?:the|its|their|[A-Za-z]+['’]s)\s+(?:[a-z-]+\s+)?"
                       rf"(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d)\s+"
                       rf"(?:[a-z-]+\s+)?(?:{_KINDS.replace('|', 's|')}s|cities|localities"
                       rf"|counties|neighbourhoods|neighborhoods)\b", re.I)
_CORE = frozenset({"killed", "injured", "casualties", "detained", "disappeared", "missing",
                   "displaced"})


def bare_figures_in_places(found: list[Found]) -> None:
    """Give a figure without its noun the place named right after it (see the module)."""
    for item in found:
        said = _IN_NAMED.match(item.after)
        if said is None and item.after.startswith(")"):
            said = _NAMED_BEFORE.search(item.between)
        if (said is None or item.claim.unit != "people"
                or not _BARE.fullmatch(item.claim.quote.strip())
                or said.group("name").split()[0].lower() in _NOT_PLACES):
            continue
        item.claim.place = said.group("name")


def wholes_of_counted_places(found: list[Found]) -> None:
    """Give a whole the list of its parts' places when the list says how many places there
    are (see the module); `found` in text order with `between` and `after` set."""
    sentences: dict[int, list[Found]] = {}
    for item in found:
        sentences.setdefault(item.sentence, []).append(item)
    for items in sentences.values():
        text = " ".join([*(item.between for item in items), items[-1].after])
        said = _N_PLACES.search(text)
        if said is None:
            continue
        count = count_of(said.group("count"))
        counts = [item for item in items if item.claim.unit == "people"
                  and item.claim.measure in _CORE]
        whole = next((item.links["part_of"] for item in counts if "part_of" in item.links),
                     None)
        if whole is not None:
            parts = [item for item in counts if item.links.get("part_of") is whole]
        else:
            parts = [item for item in counts if not item.links]
            whole = _whole_before(parts, found)
        places = [part.claim.place for part in parts]
        if (whole is None or len(parts) != count or None in places
                or len({place.lower() for place in places if place}) != count
                or whole.claim.place in places):
            continue
        for part in parts:
            part.links.setdefault("part_of", whole)
            part.claim.subgroup = part.claim.subgroup or whole.claim.subgroup
        named = [place for place in places if place is not None]
        whole.claim.place = f"{', '.join(named[:-1])} and {named[-1]}"


def _whole_before(parts: list[Found], found: list[Found]) -> Found | None:
    """The last count of the parts' measure before them, no part itself, larger than each."""
    if not parts or len({part.claim.measure for part in parts}) != 1:
        return None
    first = parts[0]
    largest = max(part.claim.value or 0 for part in parts)
    groups = {part.claim.subgroup for part in parts} - {None}
    for other in reversed(found[:found.index(first)]):
        claim = other.claim
        if (claim.unit == "people" and claim.measure == first.claim.measure
                and not other.links and (claim.value or 0) > largest
                and (claim.subgroup in groups or not groups)):
            return other
    return None
