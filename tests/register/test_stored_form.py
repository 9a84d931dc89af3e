"""What a record is stored and hashed as does not depend on how fast it is written: the digest
is the one its definition gives, whichever JSON encoder makes it, and fields no column feeds
are stored empty while constants are stored."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import text

from rasd.register import Register, import_list, load_mapping
from rasd.register.digest import RecordHasher
from tests.lists import make_rows, write_list

SURROGATES = range(0xD800, 0xE000)


def _by_definition(header: list[str], content: list[Any], cells: list[str]) -> str:
    """The record digest as the register defines it, written with the standard library."""
    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    in_order = [cells[i] for i in sorted(range(len(header)), key=header.__getitem__)]
    text_ = compact(sorted(header)) + f"[{compact(content)},{compact(in_order)}]"
    return hashlib.sha256(text_.encode()).hexdigest()


def test_every_character_is_stored_and_hashed_as_the_standard_library_writes_it() -> None:
    header = ["name", "id"]
    hasher = RecordHasher(header)
    for start in range(0, 0x110000, 4096):
        chars = "".join(chr(cp) for cp in range(start, start + 4096) if cp not in SURROGATES)
        cells = [chars, f"K{start}"]
        content = [f"K{start}", chars, None, True, False, 0, -7, 10**20, "unknown"]
        raw = hasher.raw_text(cells)
        assert raw == json.dumps([f"K{start}", chars], ensure_ascii=False,
                                 separators=(",", ":"))
        assert hasher.digest(content, raw) == _by_definition(header, content, cells)


def test_undecodable_bytes_in_a_cell_cannot_be_hashed() -> None:
    hasher = RecordHasher(["name"])
    try:
        hasher.raw_text(["caf\udce9"])
    except UnicodeEncodeError:
        return
    raise AssertionError("a lone surrogate was stored")


def test_fields_no_column_feeds_are_stored_empty_and_constants_are_stored(
        register: Register, tmp_path: Path) -> None:
    path = write_list(tmp_path / "list.csv", make_rows(40, seed=5))
    mapping = path.with_suffix(".yaml")
    mapping.write_text(mapping.read_text(encoding="utf-8")
                       + "constants:\n  status: civilian\n  notes: from the council\n",
                       encoding="utf-8")
    import_list(register, path, actor="tester", mapping=load_mapping(mapping))
    with register.read() as conn:
        stored = conn.execute(text(
            "SELECT count(*), count(status), count(notes), count(district), "
            "count(mother_name), count(date_precision), "
            "sum(CASE WHEN age_estimated IS NULL THEN 1 ELSE 0 END) FROM records")).one()
    assert tuple(stored) == (40, 40, 40, 0, 0, 40, 0)
