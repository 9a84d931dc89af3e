"""Open a register, create or upgrade its schema, and write to it through one audited path."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError

from rasd.errors import RasdError, SchemaError
from rasd.register import audit
from rasd.register.models import AuditEntry

DEFAULT_URL = "sqlite:///rasd.db"
# sqlite3 stores True as 1 either way, but finds that out through its adapter protocol, which
# costs more per value than writing an int: a large import writes millions of them.
sqlite3.register_adapter(bool, int)
_MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(url: str | None) -> str:
    """The register URL: the one given, else $RASD_DB, else sqlite:///rasd.db."""
    return url or os.environ.get("RASD_DB") or DEFAULT_URL


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    engine = create_engine(parsed, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let rasd, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        # A larger page cache keeps index pages in memory through a large import.
        cursor.execute("PRAGMA cache_size = -65536")
        if parsed.database not in (None, "", ":memory:"):
            # Only a new, empty database takes it: a record of some 40 fields, raw row and
            # digest fills a 4 KB page with a handful of rows.
            cursor.execute("PRAGMA page_size = 8192")
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the write lock at once, so the audit chain it extends cannot move.
        writing = conn.get_execution_options().get("rasd_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def _alembic_config(conn: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def _check_revision(url: str, revision: str | None) -> str:
    """The schema revision this rasd wants; raises if the register's is one it does not know."""
    scripts = ScriptDirectory.from_config(_alembic_config())
    head = scripts.get_current_head()
    assert head is not None
    if revision is not None and revision not in {s.revision for s in scripts.walk_revisions()}:
        raise SchemaError(f"the register at {url} has schema {revision}, newer than this rasd "
                          f"knows (up to {head}): upgrade rasd")
    return head


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def _has_tables(conn: Connection) -> bool:
    return bool(set(inspect(conn).get_table_names()) & {"records", "audit_log", "sources"})


def _unversioned(url: str) -> SchemaError:
    return SchemaError(
        f"the register at {url} holds rasd's tables but no schema version (its alembic_version "
        "row is gone): restore it from a backup; rasd will not guess its schema"
    )


class Change:
    """An open write transaction; every change it makes is entered in the audit log."""

    def __init__(self, conn: Connection, actor: str) -> None:
        self.conn = conn
        self.actor = actor
        self.at = now()
        last = conn.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        self._last_seq, self._last_hash = (last[0], last[1]) if last else (0, audit.GENESIS)

    @property
    def next_seq(self) -> int:
        """The sequence number the next audit entry of this change will get."""
        return self._last_seq + 1

    def audit(self, action: str, entity: str, *, before: Any = None, after: Any = None) -> int:
        entry = audit.make_entry(
            seq=self.next_seq, at=self.at, actor=self.actor, action=action, entity=entity,
            before=before, after=after, prev_hash=self._last_hash,
        )
        self.conn.execute(insert(AuditEntry), entry)
        self._last_seq, self._last_hash = entry["seq"], entry["hash"]
        return self._last_seq


class Register:
    """A register of records, on SQLite or PostgreSQL. Open it with `Register.open(url)`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(cls, url: str | None = None) -> Register:
        """Open an existing register whose schema is the one this rasd knows."""
        url = resolve_url(url)
        path = _sqlite_path(url)
        if path is not None and not path.exists():
            raise SchemaError(f"no register at {path}: create one with `rasd init`")
        register = cls(make_engine(url))
        with register._opening():
            register._check_schema()
        return register

    @classmethod
    def init(cls, url: str | None = None, *, actor: str) -> tuple[Register, str]:
        """Create a register, or upgrade an older one; returns it and what was done."""
        register = cls(make_engine(resolve_url(url)))
        with register._opening():
            done = register._upgrade(actor)
        return register, done

    @contextmanager
    def _opening(self) -> Iterator[None]:
        """Close the engine if opening fails, and say plainly when the database cannot be read."""
        try:
            yield
        except DatabaseError as error:
            self.close()
            raise RasdError(f"cannot open the register at {self.url}: {error.orig}") from None
        except RasdError:
            self.close()
            raise

    def _check_schema(self) -> None:
        with self.read() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
            unversioned = revision is None and _has_tables(conn)
        head = _check_revision(self.url, revision)
        if revision == head:
            return
        if unversioned:
            raise _unversioned(self.url)
        if revision is None:
            raise SchemaError(f"{self.url} is not a rasd register: create one with `rasd init`")
        raise SchemaError(
            f"the register at {self.url} has schema {revision}, older than this rasd "
            f"({head}): run `rasd init` to upgrade it"
        )

    def _upgrade(self, actor: str) -> str:
        with self.engine.connect().execution_options(rasd_write=True) as conn, conn.begin():
            revision = MigrationContext.configure(conn).get_current_revision()
            if revision is None and _has_tables(conn):
                raise _unversioned(self.url)
            head = _check_revision(self.url, revision)
            if revision == head:
                return "unchanged"
            command.upgrade(_alembic_config(conn), "head")
            change = Change(conn, actor)
            action = "register.create" if revision is None else "register.upgrade"
            change.audit(action, "register", before={"schema": revision},
                         after={"schema": head})
        return "created" if revision is None else "upgraded"

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection in a read transaction."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, actor: str) -> Iterator[Change]:
        """One write transaction: all of it is committed, with its audit entries, or none."""
        with self.engine.connect().execution_options(rasd_write=True) as conn, conn.begin():
            if self.dialect == "postgresql":
                # One writer at a time, so the audit chain is extended in order.
                conn.exec_driver_sql("LOCK TABLE audit_log IN EXCLUSIVE MODE")
            yield Change(conn, actor)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
