"""How a claim's words become numbers the checks can compare: the values a claim allows,
how it reads aloud, and the keys (subgroup, place, actor, asserter, period) that say two
claims are about the same thing.

A claim allows an interval of values, set by its qualifier: "more than X" means > X, "at
least X" ≥ X, "about X" ±10 %, "less than X" < X, "up to X" ≤ X, a range its ends, and a
vague word ("dozens") its floor and up. Counts of people are whole numbers, so "more than
X" is X + 1 and up. A stated percentage or rate is a rounded figure: "10%" allows 9.5 % to
10.5 %, and "almost"/"nearly" mean just below.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from rasd.claims.model import Claim
from rasd.errors import InputError
from rasd.places import governorate_key, is_governorate, place_key
from rasd.report import span

ABOUT = 0.10  # "about X": X ± 10 %
RATE_ROUNDING = 0.05  # an average per day is stated loosely: ± 5 % at least
COMMON_FRACTION = 0.05  # "a third", "half": ± 5 %
# the kind of place after its name: "Marrow province" and "Brask sector" are Marrow and Brask
PLACE_KIND = re.compile(r"\s+(?:province|district|governorate|city|town|region|county|state"
                        r"|oblast|area|sector|valley)$", re.I)
_NEARLY = re.compile(r"\b(almost|nearly|just (under|below|short of)|close to)\b", re.I)


@dataclass(frozen=True)
class Bounds:
    """The values a figure allows, low ≤ high; high is math.inf for open-ended figures."""

    low: float
    high: float

    def meets(self, other: Bounds) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __add__(self, other: Bounds) -> Bounds:
        return Bounds(self.low + other.low, self.high + other.high)

    def over(self, whole: Bounds) -> Bounds:
        """This part's share of `whole`, in percent."""
        low = 0.0 if whole.high == math.inf else 100 * self.low / whole.high
        high = math.inf if whole.low <= 0 else 100 * self.high / whole.low
        return Bounds(low, high)

    def divided(self, low: float, high: float) -> Bounds:
        return Bounds(self.low / high, math.inf if self.high == math.inf else self.high / low)


def is_count(claim: Claim) -> bool:
    return claim.unit == "people" and stated_low(claim) is not None


def is_tally(claim: Claim) -> bool:
    """A count of people or of things (graves, households): parts and wholes of one unit."""
    return claim.unit in ("people", "other") and stated_low(claim) is not None


def is_share(claim: Claim) -> bool:
    return claim.unit in ("percent", "fraction")


def stated_low(claim: Claim) -> float | None:
    """The smallest number the claim states (its value, or the low end of a range)."""
    return claim.value if claim.value is not None else claim.low


def stated_high(claim: Claim) -> float | None:
    return claim.high if claim.value is None and claim.high is not None else stated_low(claim)


def point(claim: Claim) -> float | None:
    """The single number a reader takes from the claim: its value, or a range's middle."""
    low, high = stated_low(claim), stated_high(claim)
    return None if low is None or high is None else (low + high) / 2


def says_nearly(claim: Claim) -> bool:
    return claim.qualifier in ("exact", "about", "up_to", "less_than") and bool(
        _NEARLY.search(claim.quote))


def reading(claim: Claim) -> Bounds | None:
    """The values the claim allows: a count, a share in percent, or a rate per day."""
    low, high = stated_low(claim), stated_high(claim)
    if low is None or high is None:
        return None
    if claim.vague:
        return Bounds(low, math.inf)
    first, last = _rounded(claim, low), _rounded(claim, high)
    if claim.qualifier == "range" or low != high:
        return Bounds(min(first), max(last))
    value = _as_compared(claim, low)
    cap = 100.0 if is_share(claim) else math.inf
    # "nearly a third": a share said to be less than a figure is just below it (the guide
    # reads "nearly", "almost" and "just under" as less_than), as a count of fewer than 10 is
    # not
    if says_nearly(claim) or (claim.qualifier == "less_than" and is_share(claim)):
        return Bounds(min(first[0], value * (1 - ABOUT)), value)
    match claim.qualifier:
        case "about":
            return Bounds(min(first[0], value * (1 - ABOUT)), max(first[1], value * (1 + ABOUT)))
        case "more_than":
            return Bounds(value + 1 if claim.unit == "people" else math.nextafter(value, cap), cap)
        case "at_least":
            return Bounds(value, cap)
        case "less_than":
            return Bounds(0.0, value - 1 if claim.unit == "people" else math.nextafter(value, 0))
        case "up_to":
            return Bounds(0.0, value)
    return Bounds(*first)


def _as_compared(claim: Claim, value: float) -> float:
    """The value in the unit the checks compare: percent for a fraction ("one in 13")."""
    if claim.unit != "fraction":
        return value
    return 100 / value if value >= 1 else 100 * value


def _rounded(claim: Claim, value: float) -> tuple[float, float]:
    """The values a stated figure stands for once its rounding is undone."""
    if claim.unit == "fraction":
        if value >= 1:  # "one in 13": any N that rounds to 13
            return 100 / (value + 0.5), 100 / max(value - 0.5, 1)
        return 100 * value * (1 - COMMON_FRACTION), 100 * value * (1 + COMMON_FRACTION)
    if claim.unit == "percent":
        half = 0.5 * 10 ** -decimals(value)
        return value - half, value + half
    if claim.unit == "per_day":
        half = max(0.5 * 10 ** -decimals(value), RATE_ROUNDING * value)
        return value - half, value + half
    return value, value


def decimals(value: float) -> int:
    """How many decimals a stated figure shows: 10 → 0, 9.5 → 1."""
    text = f"{value:.10g}"
    return len(text.partition(".")[2]) if "e" not in text else 0


# Stated figures -------------------------------------------------------------------------

_QUALIFIER_WORDS = {"exact": "", "at_least": "at least ", "more_than": "more than ",
                    "about": "about ", "up_to": "up to ", "less_than": "less than "}


def number(value: float) -> str:
    """A figure as a report prints it: 147,061; 116.2."""
    if math.isinf(value):
        return "no limit"
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.1f}" if abs(value) >= 1 else f"{value:.2g}"


def percent(value: float, digits: int = 1) -> str:
    return "no limit" if math.isinf(value) else f"{value:.{digits}f} %"


def stated(claim: Claim) -> str:
    """The claim's figure in words: "more than 147,061", "10%", "one in 13", "50 a day"."""
    low, high = stated_low(claim), stated_high(claim)
    if low is None or high is None:
        return claim.quote
    words = "almost " if says_nearly(claim) else _QUALIFIER_WORDS.get(claim.qualifier, "")
    if claim.qualifier == "range" or low != high:
        words, figure = "", f"{_figure(claim, low)} to {_figure(claim, high)}"
    else:
        figure = _figure(claim, low)
    if claim.vague:
        return f"{figure} or more (a vague figure)"
    return words + figure


def _figure(claim: Claim, value: float) -> str:
    if claim.unit == "percent":
        return f"{number(value)}%"
    if claim.unit == "fraction":
        return f"one in {number(value)}" if value >= 1 else number(value)
    if claim.unit == "per_day":
        return f"{number(value)} a day"
    return number(value)


def tolerance(claim: Claim, bounds: Bounds, digits: int = 1) -> str:
    """What the claim allows, said plainly: "a rounded share: 9.5 % to 10.5 %"."""
    def shown(value: float) -> str:
        return percent(value, digits) if is_share(claim) else number(value)

    span = f"{shown(bounds.low)} to {shown(bounds.high)}"
    if bounds.high == math.inf:
        return f"{shown(bounds.low)} or more"
    if says_nearly(claim):
        return f"just below: {span}"
    if claim.qualifier in ("more_than", "at_least", "less_than", "up_to", "range", "about"):
        return f"{claim.qualifier.replace('_', ' ')}: {span}"
    if claim.unit == "fraction":
        return f"a rounded fraction: {span}"
    if claim.unit == "percent":
        return f"a rounded share: {span}"
    if claim.unit == "per_day":
        return f"a rounded rate: {span}"
    return span


# Keys ------------------------------------------------------------------------------------

_SUBGROUP_ALIASES = {"child": "children", "minors": "children", "woman": "women",
                     "civilian": "civilians", "torture": "under_torture",
                     "women_children": "women_and_children",
                     "children_and_women": "women_and_children",
                     "fighters": "combatants", "combatant": "combatants"}
# Subgroups that split a whole along one dimension: its name and the atoms it covers.
# Atoms of one dimension do not overlap, so disjoint parts can be summed.
ATOMS: dict[str, tuple[str, frozenset[str]]] = {
    "children": ("age and sex", frozenset({"children"})),
    "women": ("age and sex", frozenset({"women"})),
    "men": ("age and sex", frozenset({"men"})),
    "age_sex_unknown": ("age and sex", frozenset({"age_sex_unknown"})),
    "women_and_children": ("age and sex", frozenset({"women", "children"})),
    "adults": ("age and sex", frozenset({"women", "men"})),
    "boys": ("sex of children", frozenset({"boys"})),
    "girls": ("sex of children", frozenset({"girls"})),
    "civilians": ("status", frozenset({"civilians"})),
    "combatants": ("status", frozenset({"combatants"})),
}
# The subgroups a figure for the whole population of victims may carry.
WHOLES = (None, "civilians")
_COUNTRY = {"syria", "سوريا", "سورية", "syrian arab republic", "the country"}
# A place naming several ("Nineveh, Kirkuk, Salah al-Din and Anbar") says "and".
_AND = re.compile(r"\band\b|&", re.I)
_LIST = re.compile(r",|\band\b|&", re.I)
_STOPWORDS = {"for", "of", "the", "and", "on", "in", "to", "de", "al"}


def subgroup(claim: Claim) -> str | None:
    """The claim's subgroup in one spelling: "women and children" → women_and_children."""
    if not claim.subgroup or not claim.subgroup.strip():
        return None
    key = re.sub(r"[\s\-]+", "_", claim.subgroup.strip().lower().replace(" and ", "_and_"))
    return _SUBGROUP_ALIASES.get(key, key)


def subgroup_name(key: str | None) -> str:
    return "all victims" if key is None else key.replace("_", " ")


def place(claim: Claim) -> str:
    """The place's key; the country, or no place, is "syria"."""
    return _place_key(claim.place)


def _place_key(text: str | None) -> str:
    text = (text or "").strip()
    if not text or text.lower() in _COUNTRY:
        return "syria"
    if is_governorate(text):
        return f"governorate:{governorate_key(text)}"
    return f"place:{place_key(text) or text.lower()}"


def holds_place(outer: Claim, inner: Claim) -> bool:
    """Whether the outer figure's place certainly holds the inner's: the same place, or the
    country holding one of its governorates. A place not stated, or a town the country may
    not hold ("Hajjah"), is held by no other place."""
    if not outer.place or not inner.place:
        return False
    wide, narrow = place(outer), place(inner)
    return wide == narrow or (wide == "syria" and narrow.startswith("governorate:"))


# the kinds of area a country is divided into, each level into areas that share no ground
_AREA_KINDS = frozenset({"province", "governorate", "district", "region", "oblast", "state",
                         "county", "prefecture", "department", "municipality", "sub-district",
                         "locality", "raion"})


def separate_areas(places: list[str | None]) -> bool:
    """Whether the places are different areas of one kind ("Tarun province", "Osk province"),
    which share no ground whatever rasd knows of them."""
    kinds = {text.split()[-1].lower() for text in places if text and len(text.split()) > 1}
    names = {text.lower() for text in places if text}
    return (len(names) == len(places) and len(kinds) == 1 and kinds <= _AREA_KINDS
            and all(text and len(text.split()) > 1 for text in places))


def listed_places(claim: Claim) -> frozenset[str]:
    """The places a claim names as a list ("Nineveh, Kirkuk, Salah al-Din and Anbar"), by key;
    empty for one place. Without "and" a comma nests: "al-Raqah, Hajjah" is in Hajjah."""
    text = claim.place or ""
    if not _AND.search(text):
        return frozenset()
    return frozenset(_place_key(name) for name in _LIST.split(text) if name.strip())


def may_lie_in(inner: Claim, outer: Claim) -> bool:
    """Whether the inner claim's place may lie in the outer's: the same place, anywhere in the
    country, "al-Raqah, Hajjah" in Hajjah, or a town in a governorate (rasd knows no town's
    governorate, so it cannot rule that out)."""
    wide, narrow = place(outer), place(inner)
    if wide in ("syria", narrow):
        return True
    text = inner.place or ""
    _, comma, last = text.rpartition(",")
    if comma and not _AND.search(text) and _place_key(last) == wide:
        return True
    return wide.startswith("governorate:") and narrow.startswith("place:")


def asserter(claim: Claim) -> str | None:
    """Who says it, so that "Syrian Network for Human Rights" and "SNHR" meet."""
    # "Syrian Network for Human Rights (SNHR)": the bracketed acronym would spoil the key.
    text = re.sub(r"\(.*?\)", "", claim.asserted_by or "").strip()
    if not text:
        return None
    words = re.findall(r"[^\W\d_]+", text)
    if not text.isascii() or len(words) < 2:
        return " ".join(words).upper() if text.isascii() else " ".join(text.split())
    return "".join(word[0] for word in words if word.lower() not in _STOPWORDS).upper()


def actor(claim: Claim) -> str:
    return " ".join((claim.actor or "").lower().split())


def actors_overlap(one: str, other: str) -> bool:
    """Whether two actors' victims may overlap: one actor unknown, or one naming the other
    ("Syrian regime" in "Syrian regime and Russia")."""
    return not one or not other or one in other or other in one


Period = tuple[date | None, date | None]


def period(claim: Claim) -> Period | None:
    """The claim's period as its first and last days; an open end (a count "until now") stays
    None, so two periods are the same when their keys are ("2024-01" is "2024-01-01"). None
    when a date cannot be read."""
    try:
        first = span(claim.period_start).start if claim.period_start else None
        last = span(claim.period_end).end if claim.period_end else None
    except InputError:
        return None
    return first, last
