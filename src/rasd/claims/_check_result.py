"""What a check says: a verdict on some claims with its evidence, and how much it covered."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rasd.claims._check_figures import stated
from rasd.claims.model import Claim


@dataclass(frozen=True)
class ClaimRef:
    """A claim a verdict is about: where it is (document name and index) and what it says."""

    document: str
    index: int
    quote: str
    stated: str  # the figure in words: "more than 147,061"
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    subgroup: str | None
    asserted_by: str | None
    published: str | None = None

    @classmethod
    def of(cls, document: str, index: int, claim: Claim,
           published: str | None = None) -> ClaimRef:
        return cls(document, index, claim.quote, stated(claim), claim.value, claim.low,
                   claim.high, claim.qualifier, claim.unit, claim.subgroup, claim.asserted_by,
                   published)

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "index": self.index, "quote": self.quote,
                "stated": self.stated, "value": self.value, "low": self.low,
                "high": self.high, "qualifier": self.qualifier, "unit": self.unit,
                "subgroup": self.subgroup, "asserted_by": self.asserted_by,
                "published": self.published}


@dataclass(frozen=True)
class Verdict:
    """One check's finding on one or more claims.

    `check` is the kind (breakdown, part, share, rate, headline, repeat, cumulative,
    conflict, disagreement, plausibility, whole, register); `verdict` the finding in a word or
    two ("consistent", "parts exceed total", "register lower"); `flagged` whether a person
    should look at it; `evidence` the numbers and the arithmetic as a sentence; `numbers` the
    same figures for programs (for register checks: the claim's, the register's and the
    query used).
    """

    check: str
    verdict: str
    flagged: bool
    claims: tuple[ClaimRef, ...]
    evidence: str
    numbers: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"check": self.check, "verdict": self.verdict, "flagged": self.flagged,
                "claims": [ref.to_dict() for ref in self.claims], "evidence": self.evidence,
                "numbers": self.numbers}


@dataclass
class Coverage:
    """How many of the claims a check concerns it could check, and why not the others."""

    check: str
    noun: str  # what it counts: "parts", "percentages", "claims"
    eligible: int = 0
    covered: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    note: str | None = None  # e.g. why the whole check was skipped

    def add(self, reason: str | None) -> None:
        """Count one eligible claim: covered when there is no reason it was not."""
        self.eligible += 1
        if reason is None:
            self.covered += 1
        else:
            self.reasons[reason] += 1

    def merge(self, other: Coverage) -> None:
        self.eligible += other.eligible
        self.covered += other.covered
        self.reasons.update(other.reasons)
        self.note = self.note or other.note

    def sentence(self) -> str:
        """"share: 1 of 1 percentages"; "register: 3 of 11 claims (others: no matching count
        8)"."""
        text = f"{self.check}: {self.covered} of {self.eligible} {self.noun}"
        if self.note:
            text += f" ({self.note})"
        elif self.reasons:
            others = ", ".join(f"{reason} {count}" for reason, count
                               in sorted(self.reasons.items(), key=lambda item: -item[1]))
            text += f" (others: {others})"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {"check": self.check, "noun": self.noun, "eligible": self.eligible,
                "covered": self.covered, "reasons": dict(self.reasons), "note": self.note,
                "sentence": self.sentence()}


@dataclass
class Outcome:
    """What a group of checks found, and their coverage."""

    verdicts: list[Verdict] = field(default_factory=list)
    coverage: dict[str, Coverage] = field(default_factory=dict)

    def count(self, check: str, noun: str, reason: str | None) -> None:
        self.coverage.setdefault(check, Coverage(check, noun)).add(reason)

    def extend(self, other: Outcome) -> None:
        self.verdicts += other.verdicts
        for name, coverage in other.coverage.items():
            self.coverage.setdefault(name, Coverage(coverage.check, coverage.noun)).merge(coverage)
