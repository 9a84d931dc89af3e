"""What a document and a claim are: the shapes every part of rasd.claims shares."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any

QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "less_than", "range")
MEASURES = ("killed", "injured", "casualties", "detained", "disappeared", "missing",
            "displaced", "fighters", "armed_groups", "other")
UNITS = ("people", "percent", "fraction", "per_day", "other")
LINKS = ("part_of", "share_of", "repeat_of", "prior_report")
# ACLED's floors for vague magnitudes ("dozens" counts as 12).
VAGUE_FLOORS = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
                "tens of thousands": 10_000, "hundreds of thousands": 100_000,
                "millions": 1_000_000}


@dataclass(frozen=True)
class Document:
    """A document cleaned for reading: `text` is what extraction sees; `spans` maps it back.

    `spans` is a sorted list of (clean_start, original_start, length): each run of `text`
    copied unchanged from `original`. Characters inserted or rewritten by clean-up (a space
    for a dropped line end, a repaired number) fall between runs and map to the nearest run.
    """

    name: str
    original: str
    text: str
    spans: tuple[tuple[int, int, int], ...]
    published: str | None = None  # ISO date the document gives, if any
    title: str | None = None
    author: str | None = None  # the person or organisation that wrote it, if it says
    media_type: str = "text/plain"

    def to_original(self, offset: int) -> int:
        """The offset in `original` of the character at `offset` in `text`."""
        if not self.spans:
            return offset
        starts = [start for start, _, _ in self.spans]
        index = max(0, bisect_right(starts, offset) - 1)
        clean, source, length = self.spans[index]
        return source + min(max(offset - clean, 0), length)


@dataclass
class Claim:
    """One quantitative statement (design.md `rasd claims extract --json`)."""

    value: float | None  # None for a range (see low and high)
    quote: str  # text[start:end]
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"  # one of QUALIFIERS
    measure: str = "other"  # one of MEASURES
    subgroup: str | None = None  # civilians, children, women, men, under_torture, ...
    unit: str = "people"  # one of UNITS
    vague: bool = False  # "dozens", "hundreds": the value is ACLED's floor
    period_start: str | None = None  # ISO date (or YYYY-MM, YYYY)
    period_end: str | None = None
    place: str | None = None
    actor: str | None = None  # who did it
    asserted_by: str | None = None  # who says it
    orig_start: int | None = None
    orig_end: int | None = None
    # Links to other claims of the same document, by their index in the document's list.
    links: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        found = asdict(self)
        links = found.pop("links")
        return {**found, **{name: links.get(name) for name in LINKS}}
