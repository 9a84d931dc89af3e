"""Fixtures: fresh registers on SQLite and on PostgreSQL, and a way to run the CLI."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from rasd.cli import app
from rasd.register import Register

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def _pg_schema_url(schema: str) -> str:
    return f"postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to an empty schema of the PostgreSQL test database, dropped afterwards."""
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        message = f"PostgreSQL is not reachable at {PG_ADMIN}: {error}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the PostgreSQL tests must run)")
        pytest.skip(message)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(schema)
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend; the same tests run against both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rasd.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def register(db_url: str) -> Iterator[Register]:
    """A fresh, initialised register."""
    created, _ = Register.init(db_url, actor="tester")
    yield created
    created.close()


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(*args: str) -> Result:
    """Run a rasd command in-process, as a user would type it."""
    result = CliRunner().invoke(app, [str(arg) for arg in args], env={"RASD_USER": "tester"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Result(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def cli(db_url: str) -> Any:
    """run_cli with --db set to a fresh, initialised register."""
    Register.init(db_url, actor="tester")[0].close()

    def run(*args: str) -> Result:
        return run_cli(*args, "--db", db_url)

    return run


def snapshot(register: Register) -> dict[str, Any]:
    """What a user would compare before and after a failed import: counts and the chain head."""
    with register.read() as conn:
        counts = {table: conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar()
                  for table in ("sources", "files", "blobs", "blob_chunks", "records",
                                "audit_log")}
        head = conn.execute(text("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")).scalar()
    return {**counts, "head": head}
