"""The digests that make changes made outside rasd visible: of a record's content, and of all
the record versions one audited change wrote."""

from __future__ import annotations

import hashlib
import json
from typing import Any

# Built once: json.dumps with options builds a new encoder on every call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_encode_sorted = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                                  sort_keys=True).encode


class RecordHasher:
    """How the records read from one file are stored and hashed. A table row is stored as its
    cells in column-name order (the file keeps the header), so a list resent with its columns
    reordered changes no record; a JSON record is stored with its keys sorted."""

    def __init__(self, header: list[str] | None) -> None:
        self._order: list[int] | None = None
        self._base = hashlib.sha256()
        if header is not None:
            self._order = sorted(range(len(header)), key=header.__getitem__)
            self._base.update(_encode(sorted(header)).encode())

    def raw_text(self, raw: Any) -> str:
        """The stored form of a row: a list of cells, or a JSON object."""
        if self._order is None:
            return _encode_sorted(raw)
        return _encode([raw[i] for i in self._order])

    def digest(self, content: list[Any], raw_text: str) -> str:
        """`content` is the canonical fields in CONTENT_FIELDS order, `raw_text` the stored
        row. Raises UnicodeEncodeError if the row holds undecodable bytes."""
        hasher = self._base.copy()
        hasher.update(f"[{_encode(content)},{raw_text}]".encode())
        return hasher.hexdigest()


def version_line(record_id: int, source_id: int, version: int, withdrawn: bool, file_id: int,
                 row_number: int | None, digest: str) -> bytes:
    """One record version's part of its change's digest."""
    row = "" if row_number is None else row_number
    return f"{record_id},{source_id},{version},{int(withdrawn)},{file_id},{row},{digest}\n".encode()
