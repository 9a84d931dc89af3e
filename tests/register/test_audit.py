"""`rasd audit verify` catches changes made outside rasd, e.g. by hand in SQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from rasd.register import Register
from rasd.register.digest import RecordHasher
from rasd.register.models import CONTENT_FIELDS
from tests.lists import make_rows, write_list


@pytest.fixture
def filled(cli, register, tmp_path):  # type: ignore[no-untyped-def]
    """A register holding two imports of one source (entries 1-4) and a resend (entry 5)."""
    rows = make_rows(40)
    for name, content in (("a.csv", rows), ("b.csv", rows[:35])):
        path = write_list(tmp_path / name, content)
        assert cli("import", "list", path, "--mapping", path.with_suffix(".yaml")).exit_code == 0
    return register


def _sql(register: Register, statement: str, **params: object) -> None:
    with register.engine.begin() as conn:
        conn.execute(text(statement), params)


def _verify(cli) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    result = cli("audit", "verify")
    return result.exit_code, result.stderr


def test_intact_register_verifies(filled, cli):  # type: ignore[no-untyped-def]
    result = cli("audit", "verify", "--json")
    assert result.exit_code == 0
    assert result.json()["ok"] is True
    assert result.json()["entries"] == 4
    assert result.json()["records"] == 45  # 40 first versions and 5 withdrawals


def test_edited_record_is_caught(filled, cli):  # type: ignore[no-untyped-def]
    _sql(filled, "UPDATE records SET name_ar = 'someone else' WHERE record_key = 'K0000003'")
    code, message = _verify(cli)
    assert code == 1
    assert "audit entry #3" in message and "K0000003" in message


def test_edited_record_with_recomputed_digest_is_caught(filled, cli):  # type: ignore[no-untyped-def]
    with filled.read() as conn:
        row = conn.execute(text(
            "SELECT r.*, f.header FROM records r JOIN files f ON f.id = r.file_id "
            "WHERE r.record_key = 'K0000003'")).mappings().one()
    content = [row[name] for name in CONTENT_FIELDS]
    content[CONTENT_FIELDS.index("age")] = 99
    content[CONTENT_FIELDS.index("age_estimated")] = bool(row["age_estimated"])
    digest = RecordHasher(json.loads(row["header"])).digest(content, row["raw"])
    _sql(filled, "UPDATE records SET age = 99, digest = :digest WHERE id = :id",
         digest=digest, id=row["id"])
    code, message = _verify(cli)
    assert code == 1
    assert "audit entry #3" in message


def test_deleted_audit_entry_is_caught(filled, cli):  # type: ignore[no-untyped-def]
    _sql(filled, "DELETE FROM audit_log WHERE seq = 2")
    code, message = _verify(cli)
    assert code == 1
    assert "first bad entry: audit entry #3" in message


def test_edited_audit_entry_is_caught(filled, cli):  # type: ignore[no-untyped-def]
    _sql(filled, "UPDATE audit_log SET actor = 'nobody' WHERE seq = 4")
    code, message = _verify(cli)
    assert code == 1
    assert "audit entry #4" in message


def test_replaced_original_file_is_caught(filled, cli):  # type: ignore[no-untyped-def]
    _sql(filled, "UPDATE blob_chunks SET data = :data WHERE seq = 0 AND sha256 = "
         "(SELECT sha256 FROM files WHERE name = 'a.csv')", data=b"id,name_ar\nK1,x\n")
    code, message = _verify(cli)
    assert code == 1
    assert "a.csv" in message and "SHA-256" in message


def test_edited_file_mapping_is_caught(filled, cli):  # type: ignore[no-untyped-def]
    _sql(filled, "UPDATE files SET mapping = '{}' WHERE name = 'b.csv'")
    code, message = _verify(cli)
    assert code == 1
    assert "audit entry #4" in message and "mapping" in message


def test_inserted_record_is_caught(filled, cli):  # type: ignore[no-untyped-def]
    columns = ", ".join(("source_id", "version", "current", "withdrawn", "file_id",
                         "row_number", "audit_seq", "digest", "raw", *CONTENT_FIELDS[1:]))
    _sql(filled, f"INSERT INTO records (id, record_key, {columns}) "
         f"SELECT 1000, 'FORGED', {columns} FROM records WHERE record_key = 'K0000001'")
    code, message = _verify(cli)
    assert code == 1
    assert "audit entry #3" in message


def test_deleted_record_is_caught(filled, cli):  # type: ignore[no-untyped-def]
    _sql(filled, "DELETE FROM records WHERE record_key = 'K0000039' AND withdrawn")
    _sql(filled, "UPDATE records SET current = :yes WHERE record_key = 'K0000039'", yes=True)
    code, message = _verify(cli)
    assert code == 1
    assert "audit entry #4" in message


def test_audit_log_lists_entries_newest_first(filled, cli):  # type: ignore[no-untyped-def]
    entries = cli("audit", "log", "--json").json()
    assert [entry["action"] for entry in entries] == [
        "file.import", "file.import", "source.create", "register.create"]
    assert entries[0]["after"]["withdrawn"] == 5
    assert entries[0]["prev_hash"] == entries[1]["hash"]
