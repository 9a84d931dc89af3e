"""The exceptions rasd raises. Only the CLI and the web layer catch and render them."""

from __future__ import annotations

from typing import Any


class RasdError(Exception):
    """Something went wrong that is not the user's input (exit code 1)."""


class SchemaError(RasdError):
    """The register's schema is missing, older or newer than this version of rasd."""


class InputError(RasdError):
    """Bad input (exit code 2): names the file, the row and the field at fault, and the value."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        field: str | None = None,
        value: Any = None,
    ) -> None:
        self.message = message
        self.file = file
        self.row = row
        self.field = field
        self.value = value
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [part for part in (
            self.file,
            f"row {self.row}" if self.row is not None else None,
            f"field {self.field}" if self.field else None,
        ) if part]
        text = ", ".join(where) + ": " + self.message if where else self.message
        if self.value is not None:
            text += f" (value {self.value!r})"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "field": self.field,
                "value": self.value, "message": self.message}
