"""Linking records into victims: matching keys, a Splink model, clustering that does not chain,
people's decisions, and victim ids that outlive re-linking."""

from rasd.linkage.adopt import adopt_links
from rasd.linkage.ids import IdPlan, assign_ids
from rasd.linkage.run import LinkResult, link
from rasd.linkage.settings import LinkSettings
from rasd.linkage.victims import (
    PairForReview,
    VictimDetail,
    VictimSummary,
    decide,
    export_links,
    list_victims,
    pairs_for_review,
    victim_detail,
)

__all__ = [
    "IdPlan",
    "LinkResult",
    "LinkSettings",
    "PairForReview",
    "VictimDetail",
    "VictimSummary",
    "adopt_links",
    "assign_ids",
    "decide",
    "export_links",
    "link",
    "list_victims",
    "pairs_for_review",
    "victim_detail",
]
