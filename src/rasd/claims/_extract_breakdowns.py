"""Breakdowns no word announces: a figure that narrows an earlier total of the same measure
(by who did it, where, when, or a narrower group of people) is part_of that total, as a
report's figures by perpetrator or governorate are of its headline count:

    SDN documented the killing of 187 civilians in March 2023 ...
    Syrian regime forces killed 41 civilians ...        (part_of the 187: by perpetrator)
    Daraa governorate ... with 52 civilians killed      (part_of the 187: by place)

A part is smaller than its total, of the same measure, said by the same source (or one of
them unnamed), and narrower in at least one way and broader in none; the nearest such total
before it is taken.
"""

from __future__ import annotations

from rasd.claims.model import Claim

_MEASURES = frozenset({"killed", "injured", "casualties", "detained", "disappeared",
                       "missing", "displaced"})
# How wide a subgroup is: everyone, civilians or combatants (neither within the other), a
# group of civilians.
_WIDTH = {None: 0, "civilians": 1, "combatants": 1}


def breakdown_total(part: Claim, earlier: list[Claim], about: str | None) -> int | None:
    """The index in `earlier` of the total `part` narrows, if any; `about` is the place the
    document is about, which any other place is within."""
    if part.unit != "people" or part.measure not in _MEASURES or part.vague:
        return None
    for index in range(len(earlier) - 1, -1, -1):
        if _narrows(part, earlier[index], about):
            return index
    return None


def _narrows(part: Claim, whole: Claim, about: str | None) -> bool:
    if (whole.unit != "people" or whole.measure != part.measure or whole.vague
            or not _smaller(part, whole) or _both_differ(part.asserted_by, whole.asserted_by)):
        return False
    dimensions = (_actor(part, whole), _place(part, whole, about), _subgroup(part, whole),
                  _period(part, whole))
    return None not in dimensions and any(dimensions)


def _smaller(part: Claim, whole: Claim) -> bool:
    most = part.value if part.value is not None else part.high
    least = whole.value if whole.value is not None else whole.low
    return most is not None and least is not None and most < least


def _both_differ(first: str | None, second: str | None) -> bool:
    return first is not None and second is not None and first != second


def _actor(part: Claim, whole: Claim) -> bool | None:
    """True when the part names who did it and the total does not; None when they differ,
    or when only the total names one: "52 civilians" in Daraa are not of "Other parties
    killed 121 civilians", which is narrower in who did it."""
    if _both_differ(part.actor, whole.actor) or (whole.actor is not None and part.actor is None):
        return None
    return part.actor is not None and whole.actor is None


def _first_of_address(place: str | None) -> str | None:
    """The place an address names first ("Drenmouth, Lower Sarn province, Orlesia"); None
    for a list of places ("Halvik, Dunmere and Selvin") or a single name."""
    if place is None or "," not in place or " and " in place:
        return None
    return place.split(",")[0].strip()


def _place(part: Claim, whole: Claim, about: str | None) -> bool | None:
    if part.place == whole.place or part.place is None or _first_of_address(whole.place) == (
            part.place):
        return False  # "Drenmouth" is no narrower than "Drenmouth, Lower Sarn province"
    if whole.place is None or whole.place == about:
        return True
    return None


def _subgroup(part: Claim, whole: Claim) -> bool | None:
    # a part that names no group ("Donetsk, with 52 killed") is of its total's civilians
    if part.subgroup == whole.subgroup or (part.subgroup is None
                                           and whole.subgroup == "civilians"):
        return False
    part_width = _WIDTH.get(part.subgroup, 2)
    whole_width = _WIDTH.get(whole.subgroup, 2)
    return True if part_width > whole_width and whole_width < 2 else None


def _period(part: Claim, whole: Claim) -> bool | None:
    """True when the part's period lies inside the total's and is not the same."""
    if part.period_start is None and part.period_end is None:
        return False
    same = (part.period_start, part.period_end) == (whole.period_start, whole.period_end)
    if same:
        return False
    if whole.period_start is None and whole.period_end is None:
        return None
    starts_inside = whole.period_start is None or (
        part.period_start is not None and part.period_start >= whole.period_start)
    ends_inside = whole.period_end is None or (
        part.period_end is not None and part.period_end[:len(whole.period_end)]
        <= whole.period_end)
    return True if starts_inside and ends_inside else None
