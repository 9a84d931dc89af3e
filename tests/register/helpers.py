"""What a user looks at after an import: the --json result and the records it left."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Result

Cli = Callable[..., Result]


def import_json(cli: Cli, path: Path, *args: Any) -> dict[str, Any]:
    """`rasd import list PATH ARGS --json`, which must succeed; its JSON result."""
    result = cli("import", "list", path, *args, "--json")
    assert result.exit_code == 0, result.stderr
    document: dict[str, Any] = result.json()
    return document


def current(cli: Cli, source: str | None = None) -> dict[str, dict[str, Any]]:
    """`rasd records --json`: the current records by key, each its canonical fields."""
    args = ["records", "--json", "--limit", "0"]
    if source is not None:
        args += ["--source", source]
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    return {record["record_key"]: record["fields"] for record in result.json()}


def shown(cli: Cli, key: str, source: str) -> list[dict[str, Any]]:
    """`rasd record show KEY --source SOURCE --json`: every version, oldest first."""
    result = cli("record", "show", key, "--source", source, "--json")
    assert result.exit_code == 0, result.stderr
    versions: list[dict[str, Any]] = result.json()
    return versions


def pick(fields: dict[str, Any], *names: str) -> dict[str, Any]:
    """Some of a record's fields, to compare in one assertion."""
    return {name: fields.get(name) for name in names}
