"""Opening a user's small csv inputs (capture tables, links files) with the error they read."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from rasd.errors import InputError


def open_csv(path: str | Path) -> TextIO:
    """The file opened for the csv module (BOM or none), or an InputError naming it."""
    try:
        return open(path, newline="", encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", file=str(path)) from error
