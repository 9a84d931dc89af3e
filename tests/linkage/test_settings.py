"""The linkage model is data: it survives a JSON round trip, as each link run stores it."""

from __future__ import annotations

import json

from rasd.linkage import LinkSettings
from rasd.linkage.settings import splink_settings


def test_settings_survive_a_json_round_trip() -> None:
    settings = LinkSettings(match_threshold=0.85, blocking_rules=(("first_x", "dod"),))
    assert LinkSettings.from_dict(json.loads(json.dumps(settings.to_dict()))) == settings


def test_compiling_for_splink_leaves_the_settings_unchanged() -> None:
    settings = LinkSettings()
    before = settings.to_dict()
    splink_settings(settings)
    assert settings.to_dict() == before


def test_the_peer_compares_raw_names_and_everything_else_alike() -> None:
    ours = splink_settings(LinkSettings()).get_settings("duckdb")
    peer = splink_settings(LinkSettings(), peer=True).get_settings("duckdb")
    names = {"first", "father", "grandfather", "family", "name_words"}
    our_other = [c.output_column_name for c in ours.comparisons
                 if c.output_column_name not in names]
    peer_other = [c.output_column_name for c in peer.comparisons
                  if not c.output_column_name.startswith("raw_")]
    assert our_other == peer_other
