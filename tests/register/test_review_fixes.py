"""Cases found in review: each once broke the register or crashed."""

from __future__ import annotations

import json

from sqlalchemy import text

from tests.conftest import snapshot


def _csv(tmp_path, name: str, body: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(b"record_key,full_name,sex\n" + body)
    return path


def test_older_list_sent_again_is_a_resend(cli, tmp_path):  # type: ignore[no-untyped-def]
    first = _csv(tmp_path, "l1.csv", b"1,Ali,male\n2,Sara,female\n3,Omar,male\n")
    second = _csv(tmp_path, "l2.csv", b"1,Ali,male\n2,Sara H,female\n")
    for path in (first, second):
        cli("import", "list", path, "--source", "s")

    again = cli("import", "list", first, "--source", "s", "--json").json()

    assert again["already_imported"] is False
    assert (again["updated"], again["unchanged"]) == (2, 1)
    listed = {r["record_key"]: r["fields"]["full_name"]
              for r in cli("records", "--json").json()}
    assert listed == {"1": "Ali", "2": "Sara", "3": "Omar"}
    assert cli("audit", "verify").exit_code == 0


def test_latest_file_again_reports_nothing_done(cli, tmp_path):  # type: ignore[no-untyped-def]
    path = _csv(tmp_path, "l.csv", b"1,Ali,male\n2,Sara,femal\n")
    cli("import", "list", path, "--source", "s", "--skip-invalid")
    again = cli("import", "list", path, "--source", "s", "--skip-invalid", "--json").json()
    assert again["already_imported"] is True
    assert [again[k] for k in ("imported", "updated", "unchanged", "withdrawn", "rejected")] \
        == [0, 0, 0, 0, 0]


def test_json_without_mapping_reads_canonical_keys(cli, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"record_key": "1", "full_name": "Ali", "sex": "male"}]))
    result = cli("import", "list", path, "--source", "s", "--json")
    assert result.exit_code == 0, result.stderr
    assert cli("records", "--json").json()[0]["fields"]["full_name"] == "Ali"


def test_json_mapping_without_key_is_refused(cli, register, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"full_name": "Ali", "sex": "male"}]))
    mapping = tmp_path / "m.yaml"
    mapping.write_text("columns: {full_name: full_name, sex: sex}\n")
    before = snapshot(register)
    result = cli("import", "list", path, "--source", "s", "--mapping", mapping)
    assert result.exit_code == 2
    assert "field columns.record_key" in result.stderr
    assert snapshot(register) == before


def test_skip_invalid_sets_aside_an_undecodable_key(cli, tmp_path):  # type: ignore[no-untyped-def]
    body = "1,علي,male\n2<bad>,سارة,female\n3,عمر,male\n".encode()
    path = _csv(tmp_path, "bad.csv", body.replace(b"<bad>", b"\xff"))
    result = cli("import", "list", path, "--source", "s", "--skip-invalid", "--json")
    assert result.exit_code == 0, result.stderr
    assert (result.json()["imported"], result.json()["rejected"]) == (2, 1)


def test_nul_character_is_refused_on_every_database(cli, register, tmp_path):  # type: ignore[no-untyped-def]
    path = _csv(tmp_path, "nul.csv", b"1,A\x00li,male\n")
    before = snapshot(register)
    result = cli("import", "list", path, "--source", "s")
    assert result.exit_code == 2
    assert "row 2" in result.stderr and "full_name" in result.stderr
    assert snapshot(register) == before


def test_long_keys_and_names_are_kept_on_every_database(cli, tmp_path):  # type: ignore[no-untyped-def]
    key, source = "k" * 300, "s" * 300
    path = _csv(tmp_path, "long.csv", f"{key},Ali,male\n".encode())
    result = cli("import", "list", path, "--source", source, "--actor", "a" * 300, "--json")
    assert result.exit_code == 0, result.stderr
    assert cli("records", "--json").json()[0]["record_key"] == key


def test_unreadable_stored_json_is_reported_not_crashed(cli, register, tmp_path):  # type: ignore[no-untyped-def]
    path = _csv(tmp_path, "l.csv", b"1,Ali,male\n")
    cli("import", "list", path, "--source", "s")
    with register.engine.begin() as conn:
        conn.execute(text("UPDATE files SET mapping = 'not json', header = '['"))
        conn.execute(text("UPDATE audit_log SET after = 'x' WHERE seq = 3"))
    result = cli("audit", "verify")
    assert result.exit_code == 1
    assert "first bad entry" in result.stderr
