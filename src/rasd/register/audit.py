"""The hash chain of the audit log: how an entry is made and hashed."""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = "0" * 64


def dumps(value: Any) -> str:
    """The one JSON form rasd hashes: compact, keys sorted, non-ASCII kept."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(entry: dict[str, Any]) -> str:
    fields = [entry[name] for name in
              ("seq", "at", "actor", "action", "entity", "before", "after", "prev_hash")]
    return hashlib.sha256(dumps(fields).encode()).hexdigest()


def make_entry(*, seq: int, at: str, actor: str, action: str, entity: str, before: Any,
               after: Any, prev_hash: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "seq": seq, "at": at, "actor": actor, "action": action, "entity": entity,
        "before": None if before is None else dumps(before),
        "after": None if after is None else dumps(after),
        "prev_hash": prev_hash,
    }
    entry["hash"] = entry_hash(entry)
    return entry
