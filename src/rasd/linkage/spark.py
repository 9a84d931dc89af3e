"""The same model on Splink's Spark backend, for registers that outgrow one machine.

The features go to Spark as Parquet and the scored pairs come back the same way, so that
clustering, ids and review are the very code DuckDB runs. Spark is started in local mode
here; point SPARK_MASTER at a cluster to use one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import duckdb

from rasd.errors import RasdError
from rasd.linkage.model import (
    MIN_LABELS,
    Scored,
    compared,
    predict,
    quiet_splink,
    scored,
    train,
)
from rasd.linkage.settings import LinkSettings, splink_settings


def _session(work: Path) -> Any:
    try:
        from pyspark.sql import SparkSession
        from splink.backends.spark import similarity_jar_location
    except ImportError as error:
        raise RasdError(f"--backend spark needs pyspark and a Java runtime: {error}") from None
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = (SparkSession.builder.master(os.environ.get("SPARK_MASTER", "local[*]"))
               .appName("rasd-link")
               .config("spark.jars", similarity_jar_location())
               .config("spark.sql.shuffle.partitions", "8")
               .config("spark.local.dir", str(work))
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.memory", os.environ.get("RASD_SPARK_MEMORY", "4g")))
    try:
        session = builder.getOrCreate()
    except Exception as error:  # no Java, no port: Spark says so in many ways
        raise RasdError(f"cannot start Spark: {error}") from None
    session.sparkContext.setLogLevel("ERROR")
    session.sparkContext.setCheckpointDir(str(work / "checkpoints"))
    return session


def score_on_spark(con: duckdb.DuckDBPyConnection, records: int, settings: LinkSettings,
                   same_pairs: list[tuple[int, int]]) -> Scored:
    """Train on DuckDB's `features` table, on Spark, and score its candidate pairs."""
    from splink import Linker, SparkAPI

    quiet_splink()
    with tempfile.TemporaryDirectory(prefix="rasd-spark-") as folder:
        work = Path(folder)
        features, pairs = work / "features.parquet", work / "pairs.parquet"
        con.execute(f"COPY features TO '{features}' (FORMAT parquet)")
        spark = _session(work)
        api = SparkAPI(spark_session=spark)  # type: ignore[no-untyped-call]
        table = api.register(spark.read.parquet(str(features)))
        linker = Linker(table, splink_settings(settings), log_level=None)
        labels = None
        if len(same_pairs) >= MIN_LABELS:
            frame = spark.createDataFrame(same_pairs, "unique_id_l long, unique_id_r long")
            linker.table_management.register_table(frame, "decided_same", overwrite=True)
            labels = "decided_same"
        train(linker, settings, labels)
        predictions = predict(linker, settings)
        predictions.as_spark_dataframe().write.parquet(str(pairs))
        model = linker.misc.save_model_to_json(overwrite=True)
        con.execute(f"CREATE OR REPLACE TABLE spark_pairs AS SELECT * FROM "
                    f"read_parquet('{pairs}/*.parquet')")
        return scored(con, "spark_pairs", settings, model, compared(table, records, settings))
