"""Checks on the numbers documents say about the dead: their arithmetic within a document,
how they stand across documents, and how they compare with the register.

Each check returns `Verdict`s that name the claims (document and index, with their quotes)
and give the evidence as a sentence a journalist can read. Qualifiers always count:
"more than X" means > X, "at least X" ≥ X, "about X" ±10 %, "less than X" < X, "up to X"
≤ X, a range its ends, a vague word ("dozens") a floor; a stated percentage is rounded
("10%" is 9.5 % to 10.5 %), and "almost"/"nearly" mean just below.

Within a document (`check_document`). A check sets side by side only claims the document's
links or the claims' own fields tie together; a part, a share or a rate that leaves a place,
actor, period or asserter unsaid has its whole's. Where a check cannot tell which claims belong
together it does not guess: its coverage says why.
- breakdown: parts linked part_of to one whole (or to a repetition of it) that split it along
  one dimension (age and sex, status, killed and injured of casualties, place, actor, period)
  add up to no more than it, counting no one twice. They must add up to it only when they
  name every group of the dimension: children, women and men of all victims or civilians;
  civilians and combatants; killed and injured of casualties; each place a whole lists
  ("Nineveh, Kirkuk, Salah al-Din and Anbar"). A single part, a split by actor or date, and
  parts that differ from their whole in nothing the claims say (by cause, verified or not)
  never must; except that a list of parts closed by its whole said again (a table's "Total"
  row) must add up to it.
- part: no part is larger than its whole (unless their periods do not meet).
- share: a percentage or "one in N" linked share_of a whole agrees with the whole's parts of
  the share's group (women_and_children = women + children) over the whole; a share of the
  whole's own group ("82 percent" of the deaths) is of the part said beside it ("2,900 - or 82
  percent"). Without a share_of link, or with no such part, it is not checked.
- rate: a figure per day agrees with the one total of its measure and group over the same
  period, which has a stated start (a period "until now" ends on the publication date; one
  whole year or month, "In 2042 alone", has all its days unless published inside it).
- headline: the document's first count of people is backed by the body: some later figure
  for the same measure, group, period and actor, in its place, and not its part or whole,
  agrees with it (a body figure "at least X" backs X). It is flagged only when it is more
  than every such figure, and those are for one place and together come to more than it, so
  cannot be its parts; or the body's one such figure is over its very place and period and is
  the body's settled count (said again or broken down: "The correct figure is 36. Of the 36").
- repeat: a figure linked repeat_of agrees with the first saying.

Across documents (`check_across`), only clear cases are flagged:
- cumulative: one asserter's count of the killed, injured or casualties since a stated date,
  for one group, place and actor, never falls from one document to a later one (a rise is an
  update). Documents of one date, or of dates too vague to order, are not compared; counts of
  people held, missing or displaced can fall and are not followed.
- conflict: the same for one fixed period: a revision upwards is how documentation goes on, a
  fall is flagged.
- disagreement: different asserters' figures for the same thing side by side, never flagged.
- plausibility: a figure at least 5 times the largest other figure for its group, or the
  largest known whole it belongs to, is flagged with the factor. The other figure is another
  document's and must hold the claim: the same stated place or the country holding the claim's
  governorate, the claim's actor or every actor, a stated period holding the claim's; and it
  is not a vague "dozens".
- whole: a part larger than every whole its own asserter gives for it in another document,
  holding it as above, is flagged.

Against the register (`check_against_register`): a claim of people killed for the whole,
civilians, children, women, men, women and children or deaths under torture, beside the
register's count for the claim's period, governorate and perpetrator, with its low..high.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasd.claims._check_across import IMPLAUSIBLE
from rasd.claims._check_across import check_across as _check_across
from rasd.claims._check_doc import Doc
from rasd.claims._check_register import COUNTS, PERPETRATORS, check_register, skipped
from rasd.claims._check_result import ClaimRef, Coverage, Outcome, Verdict
from rasd.claims._check_within import check_document as _check_document
from rasd.claims.model import Claim
from rasd.register import Register

__all__ = ["CHECKS", "COUNTS", "IMPLAUSIBLE", "PERPETRATORS", "CheckReport", "ClaimRef",
           "Coverage", "Documents", "Verdict", "check_across", "check_against_register",
           "check_all", "check_document"]

# Each check, and what its coverage counts.
CHECKS = {"breakdown": "parts", "part": "parts", "share": "shares", "rate": "rates",
          "headline": "counts", "repeat": "repeats", "cumulative": "counts",
          "conflict": "counts", "disagreement": "counts", "plausibility": "counts",
          "whole": "counts", "register": "claims"}

Documents = Mapping[str, tuple[str | None, Sequence[Claim]]]
"""Documents by name: the date each was published (ISO, partial allowed) and its claims."""


@dataclass
class CheckReport:
    """Every verdict, and how many claims each check could cover."""

    verdicts: list[Verdict] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)

    @property
    def flagged(self) -> list[Verdict]:
        """The verdicts a person should look at."""
        return [verdict for verdict in self.verdicts if verdict.flagged]

    def coverage_of(self, check: str) -> Coverage:
        return next(coverage for coverage in self.coverage if coverage.check == check)

    def to_dict(self) -> dict[str, Any]:
        return {"verdicts": [verdict.to_dict() for verdict in self.verdicts],
                "flagged": len(self.flagged),
                "coverage": [coverage.to_dict() for coverage in self.coverage]}


def check_document(name: str, claims: Sequence[Claim], *,
                   published: str | None = None) -> list[Verdict]:
    """The arithmetic within one document: breakdowns, parts, shares, rates, headline."""
    return _check_document(Doc(name, claims, published)).verdicts


def check_across(documents: Documents) -> list[Verdict]:
    """How the documents' figures stand against each other."""
    return _check_across(_docs(documents)).verdicts


def check_against_register(documents: Documents, register: Register) -> list[Verdict]:
    """Each claim of people killed that maps to a register count, beside that count."""
    return check_register(_docs(documents), register).verdicts


def check_all(documents: Documents, register: Register | None = None) -> CheckReport:
    """Every check; without a register the register check is skipped and says so."""
    docs = _docs(documents)
    outcome = Outcome()
    for doc in docs:
        outcome.extend(_check_document(doc))
    outcome.extend(_check_across(docs))
    outcome.extend(check_register(docs, register) if register is not None else skipped(docs))
    coverage = [outcome.coverage.get(check) or Coverage(check, noun)
                for check, noun in CHECKS.items()]
    return CheckReport(outcome.verdicts, coverage)


def _docs(documents: Documents) -> list[Doc]:
    return [Doc(name, claims, published) for name, (published, claims) in documents.items()]
