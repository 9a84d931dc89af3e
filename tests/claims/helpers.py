"""What the extraction tests share: the claims rasd finds in a passage."""

from __future__ import annotations

from dataclasses import replace

from rasd.claims.document import clean_text
from rasd.claims.extract import extract_claims
from rasd.claims.model import Claim


def claims(text: str, **fields: str | None) -> list[Claim]:
    """The claims of `text` read as a document, with document fields such as `published`."""
    return extract_claims(replace(clean_text(text), **fields))
