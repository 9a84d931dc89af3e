"""A claim as linking sees it: the claim with where it was said and the words around it."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.claims._extract_tables import Cell
from rasd.claims.model import Claim


@dataclass
class Found:
    """A claim with where it was said, for linking."""

    claim: Claim
    sentence: int
    paragraph: int
    after: str  # the sentence's text after the claim's figure, for "of the total"
    prior_of: Found | None = None
    earlier_statement: str = ""  # the words saying the sentence quotes an earlier report
    # the text between the previous claim of the sentence and this one, or from the start
    # of the sentence for its first claim ("Among those killed are ...")
    between: str = ""
    sentence_end: int = 0  # where the claim's quote ends in its sentence
    ranked: bool = False  # a figure of a ranking ("the highest toll, ... followed by")
    cell: Cell | None = None  # the table column a figure is in, if it is in one
    links: dict[str, Found] = field(default_factory=dict)
    unattributed: bool = False  # its sentence names no source: the document's own by default
