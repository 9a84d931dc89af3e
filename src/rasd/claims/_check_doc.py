"""One document's claims as the checks within it read them: their links followed back to
first sayings and wholes, and each claim with what it leaves unsaid taken from the claim it
belongs to."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from rasd.claims._check_figures import (
    Bounds,
    is_tally,
    reading,
)
from rasd.claims._check_result import ClaimRef, Outcome
from rasd.claims.model import Claim


@dataclass(frozen=True)
class Doc:
    """One document's claims, with the date it was published (for "until now" periods)."""

    name: str
    claims: Sequence[Claim]
    published: str | None = None

    def ref(self, index: int) -> ClaimRef:
        return ClaimRef.of(self.name, index, self.claims[index], self.published)

    def link(self, index: int, kind: str) -> int | None:
        """The claim `index` links to as `kind`, if that is another claim of the document."""
        target = self.claims[index].links.get(kind)
        if target is None or target == index or not 0 <= target < len(self.claims):
            return None
        return target

    def bounds(self, index: int) -> Bounds:
        """The values a figure allows, narrowed by its other sayings that meet it: "an
        estimated 11,870" said again as "Of the 11,870 excess deaths" is 11,870."""
        found = reading(self.claims[index])
        assert found is not None, "only claims with a value are compared"
        for other in self._sayings.get(self.first(index), ()):
            said = reading(self.claims[other])
            if other != index and said is not None and said.meets(found):
                found = Bounds(max(found.low, said.low), min(found.high, said.high))
        return found

    @cached_property
    def _sayings(self) -> dict[int, list[int]]:
        """Each figure said more than once (by its first saying), and where it is said."""
        found: dict[int, list[int]] = {}
        for index in range(len(self.claims)):
            found.setdefault(self.first(index), []).append(index)
        return {first: said for first, said in found.items() if len(said) > 1}

    def first(self, index: int) -> int:
        """The first saying of a figure: repeat_of followed back to where it starts."""
        seen = {index}
        while (target := self.link(index, "repeat_of")) is not None and target not in seen:
            seen.add(target)
            index = target
        return index

    def whole(self, index: int) -> int | None:
        """The first saying of the whole the claim is a part of."""
        target = self.link(index, "part_of")
        return None if target is None else self.first(target)

    def lineage(self, index: int) -> list[int]:
        """The figure (as first said) and every whole above it."""
        found = [self.first(index)]
        while (up := self.whole(found[-1])) is not None and up not in found:
            found.append(up)
        return found

    @cached_property
    def order(self) -> list[int]:
        """The claims in the order the text says them."""
        return sorted(range(len(self.claims)), key=lambda index: (self.claims[index].start,
                                                                   index))

    @cached_property
    def effective(self) -> tuple[Claim, ...]:
        """Each claim with what it leaves unsaid taken from the claim it belongs to (its
        whole, the figure it repeats, the count it is a share of): "9 children" of "41
        civilians killed by regime forces in March" are civilians killed by them in March."""
        return tuple(self._inherited(index) for index in range(len(self.claims)))

    def _inherited(self, index: int) -> Claim:
        claim = self.claims[index]
        said: dict[str, Any] = {"place": claim.place, "actor": claim.actor,
                                "asserted_by": claim.asserted_by, "subgroup": claim.subgroup}
        dates = (claim.period_start, claim.period_end)
        seen = {index}
        up = self._above(index)
        while up is not None and up not in seen:
            seen.add(up)
            other = self.claims[up]
            said = {name: value or getattr(other, name) for name, value in said.items()}
            if dates == (None, None):
                dates = (other.period_start, other.period_end)
            up = self._above(up)
        return replace(claim, **said, period_start=dates[0], period_end=dates[1])

    def _above(self, index: int) -> int | None:
        for kind in ("part_of", "repeat_of", "share_of"):
            target = self.link(index, kind)
            if target is not None:
                return target
        return None


def limits(bounds: Bounds) -> list[float | None]:
    """Bounds for JSON, which has no infinity: an open end is null."""
    return [bounds.low, None if math.isinf(bounds.high) else bounds.high]


def parts_of(doc: Doc, outcome: Outcome, check: str) -> dict[int, list[int]]:
    """Each whole's parts (claims linked part_of to any saying of it), counting the links
    that lead nowhere. A part said twice is listed once."""
    wholes: dict[int, list[int]] = {}
    for index, claim in enumerate(doc.claims):
        if "part_of" not in claim.links:
            continue
        linked, whole = doc.link(index, "part_of"), doc.whole(index)
        sayings = [doc.claims[at] for at in (linked, whole) if at is not None]
        if whole is None:
            outcome.count(check, "parts", "link to no claim")
        elif not all(is_tally(said) for said in (claim, *sayings)):
            outcome.count(check, "parts", "not a count")
        elif any(said.unit != claim.unit for said in sayings):
            outcome.count(check, "parts", "not the unit of its whole")
        elif doc.whole(doc.first(index)) == whole and doc.first(index) != index:
            outcome.count(check, "parts", "a part said again")
        else:
            wholes.setdefault(whole, []).append(index)
    return wholes
