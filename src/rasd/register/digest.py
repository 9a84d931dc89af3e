"""The digests that make changes made outside rasd visible: of a record's content, and of all
the record versions one audited change wrote."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from operator import itemgetter
from typing import Any


def _compact_encoder() -> Callable[[Any], str]:
    """JSON text, compact, non-ASCII kept: what json.JSONEncoder(ensure_ascii=False,
    separators=(",", ":")).encode writes, but through one C encoder made once, where `encode`
    makes a new one on every call, which costs as much as the encoding of a record."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    make = json.encoder.c_make_encoder  # type: ignore[attr-defined]
    if make is None:  # a Python without the C accelerator
        return encoder.encode
    iterencode = make(None, encoder.default, json.encoder.encode_basestring, None, ":", ",",
                      False, False, True)
    return lambda value: "".join(iterencode(value, 0))


_encode = _compact_encoder()
_encode_sorted = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                                  sort_keys=True).encode


class RecordHasher:
    """How the records read from one file are stored and hashed. A table row is stored as its
    cells in column-name order (the file keeps the header), so a list resent with its columns
    reordered changes no record; a JSON record is stored with its keys sorted."""

    def __init__(self, header: list[str] | None) -> None:
        self._ordered: Callable[[Any], Any] | None = None
        self._base = hashlib.sha256()
        if header is not None:
            self._ordered = _cells_in_order(sorted(range(len(header)), key=header.__getitem__))
            self._base.update(_encode(sorted(header)).encode())

    def raw_text(self, raw: Any) -> str:
        """The stored form of a row: a list of cells, or a JSON object."""
        if self._ordered is None:
            return _encode_sorted(raw)
        return _encode(self._ordered(raw))

    def digest(self, content: list[Any], raw_text: str) -> str:
        """`content` is the canonical fields in CONTENT_FIELDS order, `raw_text` the stored
        row. Raises UnicodeEncodeError if the row holds undecodable bytes."""
        hasher = self._base.copy()
        hasher.update(f"[{_encode(content)},{raw_text}]".encode())
        return hasher.hexdigest()


def _cells_in_order(order: list[int]) -> Callable[[Any], tuple[Any, ...]]:
    """A row's cells in this order, as a tuple, which JSON writes as the list that is hashed."""
    if len(order) > 1:
        return itemgetter(*order)  # in C, and a tuple only when given two or more
    return lambda cells: tuple(cells[i] for i in order)


def version_line(record_id: int, source_id: int, version: int, withdrawn: bool, file_id: int,
                 row_number: int | None, digest: str) -> bytes:
    """One record version's part of its change's digest."""
    row = "" if row_number is None else row_number
    return f"{record_id},{source_id},{version},{int(withdrawn)},{file_id},{row},{digest}\n".encode()
