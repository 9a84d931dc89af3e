"""The command-line contract (design.md): --json prints one JSON document on stdout and nothing
else, --db or RASD_DB chooses the register, and exit codes are 0, 1 (failure) and 2 (bad input
or usage)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.lists import make_rows, write_list
from tests.register.helpers import Cli, import_json

# command: its arguments, with {list} and {mapping} standing for a list not yet imported
COMMANDS = {
    "init": ["init"],
    "import list": ["import", "list", "{list}", "--mapping", "{mapping}"],
    "sources": ["sources"],
    "records": ["records"],
    "record show": ["record", "show", "K0000001", "--source", "test-list"],
    "audit verify": ["audit", "verify"],
    "audit log": ["audit", "log"],
}


@pytest.fixture
def filled(cli: Cli, tmp_path: Path) -> Cli:
    """The `cli` of a register holding one imported list."""
    path = write_list(tmp_path / "first.csv", make_rows(10, seed=3))
    import_json(cli, path, "--mapping", path.with_suffix(".yaml"))
    return cli


@pytest.mark.parametrize("command", COMMANDS)
def test_json_prints_one_json_document_and_nothing_else(filled: Cli, tmp_path: Path,
                                                        command: str) -> None:
    new_list = write_list(tmp_path / "second.csv", make_rows(10, seed=4))
    args = [arg.format(list=new_list, mapping=new_list.with_suffix(".yaml"))
            for arg in COMMANDS[command]]

    result = filled(*args, "--json")

    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)  # the whole of stdout, or this raises
    assert document
    assert result.stdout.lstrip()[0] in "[{"


def test_json_output_is_clean_in_a_real_process(db_url: str, tmp_path: Path) -> None:
    """Run as a user does, so that anything a library prints to the real stdout shows."""
    path = write_list(tmp_path / "list.csv", make_rows(5))
    mapping = str(path.with_suffix(".yaml"))
    commands = [["init"], ["import", "list", str(path), "--mapping", mapping], ["records"],
                ["audit", "verify"]]
    for args in commands:
        done = subprocess.run(
            [sys.executable, "-m", "rasd.cli", *args, "--db", db_url, "--json"],
            capture_output=True, text=True, timeout=120, check=False,
        )
        assert done.returncode == 0, done.stderr
        json.loads(done.stdout)


def test_large_import_keeps_progress_off_stdout(cli: Cli, tmp_path: Path) -> None:
    path = write_list(tmp_path / "large.csv", make_rows(9000))
    assert path.stat().st_size > 1 << 20  # big enough for the progress bar
    result = import_json(cli, path, "--mapping", path.with_suffix(".yaml"))
    assert result["imported"] == 9000


def test_error_with_json_prints_nothing_on_stdout(cli: Cli) -> None:
    result = cli("records", "--source", "NOPE", "--json")
    assert result.exit_code == 2
    assert result.stdout == ""


# --- choosing the register -----------------------------------------------------------------


def test_db_option_chooses_the_register(cli: Cli, db_url: str, tmp_path: Path) -> None:
    path = write_list(tmp_path / "list.csv", make_rows(5))
    result = run_cli("import", "list", path, "--mapping", path.with_suffix(".yaml"),
                     "--db", db_url, "--json")
    assert result.exit_code == 0, result.stderr
    assert [s["name"] for s in cli("sources", "--json").json()] == ["test-list"]


def test_rasd_db_environment_variable_chooses_the_register(
        filled: Cli, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_DB", db_url)
    result = run_cli("sources", "--json")
    assert result.exit_code == 0, result.stderr
    assert [s["name"] for s in result.json()] == ["test-list"]


def test_db_option_wins_over_rasd_db(filled: Cli, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_DB", f"sqlite:///{tmp_path / 'elsewhere.db'}")
    result = filled("sources", "--json")
    assert result.exit_code == 0, result.stderr
    assert [s["name"] for s in result.json()] == ["test-list"]
    assert not (tmp_path / "elsewhere.db").exists()


def test_default_register_is_rasd_db_in_the_current_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASD_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0
    assert (tmp_path / "rasd.db").is_file()
    assert run_cli("sources", "--json").json() == []


# --- exit codes ----------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["records", "--limit", "many"],
    ["import", "list"],
    ["sources", "--no-such-option"],
    ["no-such-command"],
], ids=["bad option value", "missing argument", "unknown option", "unknown command"])
def test_usage_error_exits_2(args: list[str], tmp_path: Path) -> None:
    result = run_cli(*args, "--db", f"sqlite:///{tmp_path / 'rasd.db'}")
    assert result.exit_code == 2
    assert result.stdout == ""


@pytest.mark.parametrize("args", [
    ["sources"], ["records"], ["record", "show", "1"], ["audit", "verify"], ["audit", "log"],
], ids=lambda args: " ".join(args))
def test_missing_sqlite_register_says_to_run_init(args: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = run_cli(*args, "--db", f"sqlite:///{missing}", "--json")
    assert result.exit_code == 1
    assert "rasd init" in result.stderr
    assert result.stdout == ""
    assert not missing.exists()  # looking did not create an empty register


def test_import_into_a_missing_sqlite_register_says_to_run_init(tmp_path: Path) -> None:
    path = write_list(tmp_path / "list.csv", make_rows(5))
    missing = tmp_path / "missing.db"
    result = run_cli("import", "list", path, "--mapping", path.with_suffix(".yaml"),
                     "--db", f"sqlite:///{missing}")
    assert result.exit_code == 1
    assert "rasd init" in result.stderr
    assert not missing.exists()


def test_records_of_an_unknown_source_exits_2(cli: Cli) -> None:
    result = cli("records", "--source", "NOPE")
    assert result.exit_code == 2
    assert "NOPE" in result.stderr


def test_record_show_of_an_unknown_record_exits_2(filled: Cli) -> None:
    result = filled("record", "show", "NOPE", "--source", "test-list")
    assert result.exit_code == 2
    assert "no such record" in result.stderr
