"""The digests that make changes made outside rasd visible: of a record's content, and of all
the record versions one audited change wrote."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any

import msgspec

# Compact JSON with non-ASCII kept, as bytes: what json.dumps(ensure_ascii=False,
# separators=(",", ":")) writes for lists of text, whole numbers, booleans and nulls (a test
# holds the two to every character), several times faster, which a large import feels.
_encode = msgspec.json.Encoder().encode
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
            self._base.update(_encode(sorted(header)))

    def raw_text(self, raw: Any) -> str:
        """The stored form of a row: a list of cells, or a JSON object. Raises
        UnicodeEncodeError if a cell holds undecodable bytes."""
        if self._ordered is None:
            return _encode_sorted(raw)
        return _encode(self._ordered(raw)).decode()

    def digest(self, content: Sequence[Any], raw_text: str) -> str:
        """`content` is the canonical fields in CONTENT_FIELDS order, `raw_text` the stored
        row. Raises UnicodeEncodeError if the row holds undecodable bytes."""
        hasher = self._base.copy()
        hasher.update(b"[" + _encode(content) + b"," + raw_text.encode() + b"]")
        return hasher.hexdigest()


def _cells_in_order(order: list[int]) -> Callable[[Any], tuple[Any, ...]]:
    """A row's cells in this order, as a tuple, which JSON writes as the list that is hashed."""
    if len(order) > 1:
        return itemgetter(*order)  # in C, and a tuple only when given two or more
    return lambda cells: tuple(cells[i] for i in order)


def version_lines(versions: Iterable[tuple[Any, ...]]) -> bytes:
    """The part of their change's digest of record versions given as (id, source_id, version,
    withdrawn, file_id, row_number, digest): one line each."""
    return "".join([
        f"{record_id},{source_id},{version},{int(withdrawn)},{file_id},"
        f"{'' if row_number is None else row_number},{digest}\n"
        for record_id, source_id, version, withdrawn, file_id, row_number, digest in versions
    ]).encode()
