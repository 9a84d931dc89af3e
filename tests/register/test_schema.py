"""`rasd init` creates a register, leaves a current one alone, and nothing opens a register
whose schema this rasd does not know (newer, missing or not a register at all)."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError

from rasd.register.store import _alembic_config, make_engine
from tests.conftest import run_cli
from tests.register.helpers import Cli

NEWER = "9999_from_the_future"


def execute(db_url: str, *statements: str) -> None:
    """Change the database behind rasd's back, as another program or a later rasd would."""
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def schema_version(db_url: str) -> str | None:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def audit_entries(cli: Cli) -> int:
    return len(cli("audit", "log", "--limit", "0", "--json").json())


def make_empty_database(db_url: str) -> None:
    """An empty database: a new SQLite file (an empty PostgreSQL schema already is one)."""
    if make_url(db_url).get_backend_name() == "sqlite":
        Path(str(make_url(db_url).database)).touch()


def test_init_creates_a_new_register(db_url: str) -> None:
    result = run_cli("init", "--db", db_url)
    assert result.exit_code == 0, result.stderr
    assert "created" in result.stdout
    assert run_cli("sources", "--db", db_url, "--json").json() == []


def test_init_json_says_created(db_url: str) -> None:
    assert run_cli("init", "--db", db_url, "--json").json()["done"] == "created"


def test_init_records_the_creation_in_the_audit_log(db_url: str) -> None:
    run_cli("init", "--db", db_url)
    log = run_cli("audit", "log", "--db", db_url, "--json").json()
    assert [entry["action"] for entry in log] == ["register.create"]


def test_init_on_a_current_register_says_unchanged(cli: Cli) -> None:
    result = cli("init")
    assert result.exit_code == 0, result.stderr
    assert "unchanged" in result.stdout
    assert cli("init", "--json").json()["done"] == "unchanged"


def test_init_on_a_current_register_changes_nothing(cli: Cli) -> None:
    before = audit_entries(cli)
    cli("init")
    assert audit_entries(cli) == before
    assert cli("audit", "verify").exit_code == 0


def test_register_newer_than_this_rasd_is_refused(cli: Cli, db_url: str) -> None:
    execute(db_url, f"UPDATE alembic_version SET version_num = '{NEWER}'")
    result = cli("sources")
    assert result.exit_code == 1
    assert "newer than this rasd" in result.stderr
    assert NEWER in result.stderr


def test_init_leaves_a_newer_register_untouched(cli: Cli, db_url: str) -> None:
    execute(db_url, f"UPDATE alembic_version SET version_num = '{NEWER}'")
    result = cli("init")
    assert result.exit_code == 1
    assert "newer than this rasd" in result.stderr
    assert schema_version(db_url) == NEWER


def downgrade_to(db_url: str, revision: str) -> None:
    """Turn the register back into what an older rasd made (its records stay)."""
    from alembic import command

    from rasd.register.store import _alembic_config

    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), revision)
    finally:
        engine.dispose()


def test_register_older_than_this_rasd_asks_for_init(cli: Cli, db_url: str) -> None:
    downgrade_to(db_url, "0001")
    result = cli("sources")
    assert result.exit_code == 1
    assert "older than this rasd" in result.stderr
    assert "rasd init" in result.stderr


def test_init_upgrades_an_older_register_and_keeps_its_records(cli: Cli, db_url: str) -> None:
    examples = Path(__file__).parents[2] / "examples"
    imported = cli("import", "list", str(examples / "council-arabic.csv"), "--mapping",
                   str(examples / "council-arabic.yaml"), "--json").json()
    downgrade_to(db_url, "0001")
    result = cli("init", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["done"] == "upgraded"
    assert schema_version(db_url) == ScriptDirectory.from_config(
        _alembic_config()).get_current_head()
    assert len(cli("records", "--json").json()) == imported["imported"]
    log = cli("audit", "log", "--json").json()
    assert log[0]["action"] == "register.upgrade"  # newest first
    assert log[0]["before"] == {"schema": "0001"}
    assert cli("audit", "verify").exit_code == 0


def test_empty_database_is_not_a_register(db_url: str) -> None:
    make_empty_database(db_url)
    result = run_cli("sources", "--db", db_url)
    assert result.exit_code == 1
    assert "not a rasd register" in result.stderr
    assert "rasd init" in result.stderr


def test_database_of_another_program_is_not_a_register(db_url: str) -> None:
    make_empty_database(db_url)
    execute(db_url, "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)")
    result = run_cli("records", "--db", db_url)
    assert result.exit_code == 1
    assert "not a rasd register" in result.stderr


def test_register_that_lost_its_schema_version_is_refused(cli: Cli, db_url: str) -> None:
    execute(db_url, "DELETE FROM alembic_version")
    result = cli("sources")
    assert result.exit_code == 1
    assert "no schema version" in result.stderr


def test_init_refuses_a_register_that_lost_its_schema_version(cli: Cli, db_url: str) -> None:
    """Its tables are there, so init must not try to create them again over the records;
    it must say what is wrong, not fail with a database error."""
    execute(db_url, "DELETE FROM alembic_version")
    result = cli("init")
    assert result.exit_code == 1
    assert result.stderr.startswith("error:")
    assert "Traceback" not in result.stderr


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rasd.db"
    path.write_text("name,age\nMohammad,45\n", encoding="utf-8")
    result = run_cli("sources", "--db", f"sqlite:///{path}")
    assert result.exit_code == 1
    assert "cannot open the register" in result.stderr
    assert path.read_text(encoding="utf-8") == "name,age\nMohammad,45\n"



def test_migrations_build_the_schema_the_models_describe(db_url: str) -> None:
    """The code reads and writes through the models; the database is built by the migrations.
    Any column, type, index or constraint on which they differ is listed here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from rasd.register.models import Base

    assert run_cli("init", "--db", db_url).exit_code == 0
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_a_record_cannot_name_a_file_of_another_source(cli: Cli, db_url: str) -> None:
    examples = Path(__file__).parents[2] / "examples"
    for name in ("council-arabic.csv", "network-export.json"):
        path = examples / name
        assert cli("import", "list", str(path), "--mapping",
                   str(path.with_suffix(".yaml"))).exit_code == 0
    try:
        execute(db_url, "UPDATE records SET source_id = (SELECT MAX(id) FROM sources) "
                        "WHERE file_id = (SELECT MIN(id) FROM files)")
    except DatabaseError as error:
        assert "foreign key" in str(error).lower()
    else:
        raise AssertionError("a record was moved to a source its file is not of")
