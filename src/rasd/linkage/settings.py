"""The linkage model, declared once as data: what is compared, how pairs are found, how the
model is trained and where a pair counts as the same person. `splink_settings` compiles it for
Splink without changing it; `to_dict`/`from_dict` keep it in each link run."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import SettingsCreator, block_on

SCHEMA_VERSION = 1

NAME_PARTS = ("first", "father", "grandfather", "family")

# Pairs are compared only when they agree on one of these; each keeps a million records
# tractable because no rule pairs records on a common first name alone.
BLOCKING_RULES: tuple[tuple[str, ...], ...] = (
    ("first_x", "father_x", "family_x"),
    ("first_x", "family_x", "dod_year"),
    ("first_x", "father_x", "dod_year", "governorate"),
    ("tokens_key",),
    ("family_x", "dod"),
    ("dod", "locality"),
    # A partial date ("March 2013") and a misspelt first name: the family name, the month
    # and the place still meet.
    ("family_x", "dod_month", "locality"),
)

# EM runs once per rule; each rule leaves the fields it does not block on to be estimated.
# Each rule holds to pairs that are mostly one person: on the date and place alone, the
# victims of one attack would teach that names disagree (so the age too); on names alone,
# namesakes would teach that dates disagree (so the year, or the place, too).
TRAINING_RULES: tuple[tuple[str, ...], ...] = (
    ("dod", "locality", "age"),
    ("first_x", "father_x", "family_x", "dod_year"),
    ("first_x", "father_x", "family_x", "locality"),
)


@dataclass(frozen=True)
class LinkSettings:
    """Knobs of `rasd link`. Probabilities are Splink's match probability of a pair."""

    match_threshold: float = 0.9       # a pair at or above this is one person
    unnamed_threshold: float = 0.99    # the same, for a record that names no one
    review_low: float = 0.3            # pairs between review_low and review_high go to review
    review_high: float = 0.95
    review_limit: int = 20_000         # the most uncertain pairs kept for review per run
    max_date_gap_days: int = 10        # two exact dates further apart are two people
    max_age_gap: float = 2.0           # two ages further apart than this ...
    max_age_gap_share: float = 0.15    # ... plus this share of the older are two people
    max_cluster_size: int = 30         # a bigger victim is split: records of one person are few
    u_sample_pairs: int = 2_000_000
    seed: int = 20130821
    blocking_rules: tuple[tuple[str, ...], ...] = BLOCKING_RULES
    training_rules: tuple[tuple[str, ...], ...] = TRAINING_RULES
    schema_version: int = field(default=SCHEMA_VERSION)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkSettings:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in ("blocking_rules", "training_rules"):
            if name in values:
                values[name] = tuple(tuple(rule) for rule in values[name])
        return cls(**values)


def _name_part(part: str) -> cl.CustomComparison:
    """Same text, then same cross-script key (an Arabic name and its transliteration), then a
    close key (a typo), else different. Common names weigh less (term frequencies)."""
    key = f"{part}_x"
    return cl.CustomComparison(
        output_column_name=part,
        comparison_levels=[
            cll.NullLevel(key),
            cll.ExactMatchLevel(part, term_frequency_adjustments=True),
            cll.ExactMatchLevel(key, term_frequency_adjustments=True),
            cll.JaroWinklerLevel(key, 0.9),
            # Written in another slot: a family name put first, a compound split differently.
            _sql(f"list_contains(tokens_x_r, {key}_l) OR list_contains(tokens_x_l, {key}_r)",
                 "among the other's name words"),
            cll.JaroWinklerLevel(key, 0.8),
            cll.ElseLevel(),
        ],
    )


def _sql(condition: str, label: str) -> cll.CustomLevel:
    # Written for DuckDB; Splink translates it for Spark.
    return cll.CustomLevel(condition, label, base_dialect_str="duckdb")


def _tokens() -> cl.CustomComparison:
    """How many name words two records share in any order: catches a family name written
    first and names split differently into parts. A name of two words (a news report's
    "Ahmad al-Hasan") can share no more than two: found whole in the other, it is a level of
    its own rather than a weak match among full names sharing two of four words."""
    return cl.CustomComparison(
        output_column_name="name_words",
        comparison_levels=[
            cll.NullLevel("tokens_x"),
            cll.ArrayIntersectLevel("tokens_x", 4),
            cll.ArrayIntersectLevel("tokens_x", 3),
            cll.Or(cll.And(cll.ArrayIntersectLevel("tokens_x", 2),
                           _sql("tokens_n_l = 2 OR tokens_n_r = 2", "a name of two words")),
                   # Both words of one key (Muhammad al-Muhammad): its one key found.
                   cll.And(cll.ArrayIntersectLevel("tokens_x", 1),
                           _sql("(tokens_n_l = 2 AND array_length(tokens_x_l) = 1) OR "
                                "(tokens_n_r = 2 AND array_length(tokens_x_r) = 1)",
                                "a name of two words of one key"))
                   ).configure(label_for_charts="a name of two words found whole"),
            cll.ArrayIntersectLevel("tokens_x", 2),
            cll.ArrayIntersectLevel("tokens_x", 1),
            cll.ElseLevel(),
        ],
    )


def _date() -> cl.CustomComparison:
    """Dates of death, each to its precision: a month-only date agrees with any day of its
    month, a year with any date in it. That agreement is its own level, apart from two full
    dates that fall in one month or year but days or months apart: those mostly are two
    people."""
    both_days = "dod_precision_l = 'day' AND dod_precision_r = 'day'"
    a_year = "(dod_precision_l = 'year' OR dod_precision_r = 'year')"
    return cl.CustomComparison(
        output_column_name="date_of_death",
        comparison_levels=[
            cll.NullLevel("dod"),
            _sql(f"dod_l = dod_r AND {both_days}", "same day"),
            _sql(f"{both_days} AND abs(date_diff('day', dod_l, dod_r)) <= 3",
                            "within 3 days"),
            _sql(f"{both_days} AND day(dod_l) = month(dod_r) AND month(dod_l) = day(dod_r)",
                 "day and month swapped"),
            _sql(f"dod_month_l = dod_month_r AND NOT ({both_days})", "in the month given"),
            _sql(f"dod_year_l = dod_year_r AND {a_year}", "in the year given"),
            _sql(f"{both_days} AND abs(date_diff('day', dod_l, dod_r)) <= 31",
                            "within a month"),
            _sql("dod_year_l = dod_year_r", "same year"),
            cll.ElseLevel(),
        ],
    )


def _place() -> cl.CustomComparison:
    return cl.CustomComparison(
        output_column_name="place",
        comparison_levels=[
            _sql("(governorate_l IS NULL AND locality_l IS NULL) OR "
                            "(governorate_r IS NULL AND locality_r IS NULL)",
                            "place unknown").configure(is_null_level=True),
            cll.ExactMatchLevel("locality"),
            cll.ExactMatchLevel("district"),
            cll.ExactMatchLevel("governorate"),
            _sql("governorate_l IS NULL OR governorate_r IS NULL",
                            "governorate unknown on one side"),
            cll.ElseLevel(),
        ],
    )


def _age() -> cl.CustomComparison:
    return cl.CustomComparison(
        output_column_name="age",
        comparison_levels=[
            _sql("(age_l IS NULL AND age_group_l IS NULL) OR "
                            "(age_r IS NULL AND age_group_r IS NULL)",
                            "age unknown").configure(is_null_level=True),
            _sql("abs(age_l - age_r) <= 1", "within a year"),
            _sql("abs(age_l - age_r) <= 5", "within 5 years"),
            _sql("age_group_l = age_group_r", "same age group"),
            cll.ElseLevel(),
        ],
    )


def splink_settings(settings: LinkSettings, *, peer: bool = False) -> SettingsCreator:
    """The Splink model for these settings. With `peer`, the names are compared as Splink's
    library default compares raw names (the benchmark's peer), everything else alike."""
    if peer:
        names: list[Any] = [cl.NameComparison(f"raw_{part}") for part in NAME_PARTS]
    else:
        names = [_name_part(part) for part in NAME_PARTS] + [_tokens()]
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=[*names, _date(), _place(), _age(), cl.ExactMatch("sex")],
        blocking_rules_to_generate_predictions=[
            block_on(*rule) for rule in settings.blocking_rules],
        retain_intermediate_calculation_columns=True,
        additional_columns_to_retain=["source", "source_id", "record_key", "unnamed"],
    )
