"""The README documents every command, and every public name of each area has a docstring."""

from __future__ import annotations

import inspect
from pathlib import Path

import typer

import rasd.linkage
import rasd.names
import rasd.register
import rasd.synth
from rasd.cli import app

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def _command_paths(group: object, prefix: str = "") -> list[str]:
    paths = []
    for name, command in getattr(group, "commands", {}).items():
        if getattr(command, "commands", None):
            paths += _command_paths(command, f"{prefix}{name} ")
        else:
            paths.append(f"{prefix}{name}")
    return paths


def test_every_command_is_in_the_readme() -> None:
    paths = _command_paths(typer.main.get_command(app))
    assert "import list" in paths and "audit verify" in paths
    missing = [path for path in paths if f"rasd {path}" not in README]
    assert missing == []


def test_every_public_name_is_documented() -> None:
    undocumented = [
        f"{package.__name__}.{name}"
        for package in (rasd.register, rasd.names, rasd.linkage, rasd.synth)
        for name in package.__all__
        if (inspect.isfunction(getattr(package, name)) or inspect.isclass(getattr(package, name)))
        and not inspect.getdoc(getattr(package, name))
    ]
    assert undocumented == []
