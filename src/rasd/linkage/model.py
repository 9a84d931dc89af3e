"""Train the Splink model on the records and score the candidate pairs, on DuckDB or Spark.

Parameters are learnt from the data every run: u by random sampling, m by expectation
maximisation, then m again from the pairs people decided are the same person, when there are
enough of them to say something.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa
from splink import DuckDBAPI, Linker, block_on
from splink.blocking_analysis import count_comparisons_from_blocking_rules
from splink.internals.exceptions import EMTrainingException  # not re-exported by Splink 5

from rasd.linkage.features import SCHEMA
from rasd.linkage.settings import LinkSettings, splink_settings

# Fewer labelled pairs than this say more about the reviewer's queue than about m.
MIN_LABELS = 30
_RECALL = 0.6  # of the deterministic rule that estimates how many pairs match
_EXACT_COUNT = 200_000  # records up to which the pairs compared are counted, not estimated


@dataclass
class Scored:
    """The outcome of scoring: every candidate pair at or above `review_low`, and the model."""

    edges: list[tuple[int, int, float]]
    review: list[dict[str, Any]]
    model: dict[str, Any]
    pairs_compared: int  # made by the blocking rules (estimated above _EXACT_COUNT records)


def load_features(con: duckdb.DuckDBPyConnection, batches: Iterable[pa.RecordBatch]) -> int:
    """Write the feature batches into the DuckDB table `features`; returns the rows written."""
    con.execute("DROP TABLE IF EXISTS features")
    reader = pa.RecordBatchReader.from_batches(SCHEMA, iter(batches))
    con.register("incoming", reader)
    con.execute("CREATE TABLE features AS SELECT * FROM incoming")
    con.unregister("incoming")
    return int(con.execute("SELECT count(*) FROM features").fetchall()[0][0])


def score(con: duckdb.DuckDBPyConnection, records: int, settings: LinkSettings,
          same_pairs: list[tuple[int, int]]) -> Scored:
    """Train on the `features` table (of `records` rows) and score its candidate pairs."""
    quiet_splink()
    features = DuckDBAPI(con).register("features")
    linker = Linker(features, splink_settings(settings), log_level=None)
    labels = None
    if len(same_pairs) >= MIN_LABELS:
        con.execute("CREATE OR REPLACE TABLE decided_same (unique_id_l BIGINT, "
                    "unique_id_r BIGINT)")
        con.executemany("INSERT INTO decided_same VALUES (?, ?)", same_pairs)
        labels = "decided_same"
    train(linker, settings, labels)
    predictions = predict(linker, settings)
    return scored(con, predictions.physical_name, settings,
                  linker.misc.save_model_to_json(overwrite=True),
                  compared(features, records, settings))


def compared(features: Any, records: int, settings: LinkSettings) -> int:
    """How many pairs the blocking rules make, and so the model scores: counted exactly up
    to _EXACT_COUNT records, estimated from a sample of records above."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "estimate based on few pairs"
        counts = count_comparisons_from_blocking_rules(
            features, blocking_rules=[block_on(*rule) for rule in settings.blocking_rules],
            link_type="dedupe_only",
            record_sample_proportion=1.0 if records <= _EXACT_COUNT else 0.05)
    return int(counts[-1]["cumulative_comparison_count"]) if counts else 0


def quiet_splink() -> None:
    logging.getLogger("splink").setLevel(logging.ERROR)


def train(linker: Linker, settings: LinkSettings, labels: str | None) -> None:
    """u by random sampling, m by EM on each training rule, then m from decided pairs."""
    training = linker.training
    training.estimate_probability_two_random_records_match(
        [block_on("first_x", "father_x", "family_x", "dod")], recall=_RECALL)
    training.estimate_u_using_random_sampling(max_pairs=settings.u_sample_pairs,
                                              seed=settings.seed)
    for rule in settings.training_rules:
        for fields in dict.fromkeys((rule, _without_age(rule))):  # each form once
            try:
                training.estimate_parameters_using_expectation_maximisation(
                    block_on(*fields), estimate_without_term_frequencies=True)
            except EMTrainingException:
                continue  # no pair agrees on every field: try the next form of the rule
            except ValueError:
                # On a small register EM can drive an m probability of a level no match
                # shows below what Splink accepts; that round teaches nothing and the
                # others stand.
                pass
            break
    if labels is not None:
        training.estimate_m_from_pairwise_labels(labels)  # type: ignore[no-untyped-call]


def _without_age(rule: tuple[str, ...]) -> tuple[str, ...]:
    """The rule for a register whose lists give no ages (many real ones): the family name
    stands in for the age in keeping strangers of one attack out of the training pairs."""
    return tuple("family_x" if field == "age" else field for field in rule)


def predict(linker: Linker, settings: LinkSettings) -> Any:
    # Levels a small register never shows keep Splink's defaults; that is expected, not news.
    return linker.inference.predict(threshold_match_probability=settings.review_low,
                                    warning_mode="never")


def scored(con: duckdb.DuckDBPyConnection, table: str, settings: LinkSettings,
           model: dict[str, Any], pairs_compared: int) -> Scored:
    """Read the scored pairs of a predictions table in DuckDB."""
    edges = [(int(a), int(b), float(p)) for a, b, p in con.execute(
        f"SELECT unique_id_l, unique_id_r, match_probability FROM {table}").fetchall()]
    return Scored(edges, list(_review(con, table, settings)), model, pairs_compared)


def _review(con: duckdb.DuckDBPyConnection, table: str, settings: LinkSettings
            ) -> Iterator[dict[str, Any]]:
    """Pairs between review_low and review_high, with the weight each field gave."""
    columns = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]
    fields = [name[3:] for name in columns
              if name.startswith("mw_") and not name.startswith("mw_tf_adj_")]
    # A field's weight includes its term-frequency adjustment: a common name weighs less.
    weights = [f"mw_{name} + coalesce(mw_tf_adj_{name}, 0)" if f"mw_tf_adj_{name}" in columns
               else f"mw_{name}" for name in fields]
    select = ", ".join(["unique_id_l", "unique_id_r", "match_probability", "match_weight",
                        *weights])
    cursor = con.execute(
        f"SELECT {select} FROM {table} WHERE match_probability < ? ORDER BY "
        "abs(match_probability - 0.5), unique_id_l, unique_id_r LIMIT ?",
        [settings.review_high, settings.review_limit])
    for row in cursor.fetchall():
        a, b, probability, weight, *values = row
        yield {"a": int(a), "b": int(b), "probability": float(probability),
               "weight": float(weight),
               "weights": {name: None if value is None else round(float(value), 2)
                           for name, value in zip(fields, values, strict=True)}}
