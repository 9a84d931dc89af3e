"""The claims commands on the two corpus documents: extract without a register, keep documents
in the register (audited, tamper-evident), and check them. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text

from rasd.register import Register
from tests.conftest import run_cli

DOCUMENTS = Path(__file__).parents[2] / "examples" / "documents"
REPORT = DOCUMENTS / "report-iranian-militias-syria.txt"
ARTICLE = DOCUMENTS / "article-iran-out-of-syria.txt"


def extracted(path: Path) -> list[dict[str, Any]]:
    result = run_cli("claims", "extract", path, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()  # type: ignore[no-any-return]


def test_the_report_s_claims_with_who_said_them() -> None:
    claims = extracted(REPORT)
    by_value = {claim["value"]: claim for claim in claims}
    total = by_value[147061]
    assert total["qualifier"] == "more_than" and total["measure"] == "killed"
    assert total["subgroup"] == "civilians" and total["period_start"] == "2013-08-04"
    assert "Syrian regime" in total["actor"] and "Iraqi and Lebanese militias" in total["actor"]
    assert total["asserted_by"] == "Syrian Network for Human Rights"
    index = claims.index(total)
    for value, subgroup in ((7987, "children"), (6031, "women")):
        assert by_value[value]["subgroup"] == subgroup
        assert by_value[value]["part_of"] == index
    share = by_value[10]
    assert (share["unit"], share["share_of"], share["subgroup"]) == (
        "percent", index, "women_and_children")
    assert by_value[4068]["subgroup"] == "under_torture"
    original = REPORT.read_text(encoding="utf-8")
    for claim in claims:  # offsets into the file as it is, line ends and hyphens included
        assert original[claim["orig_start"]:claim["orig_end"]].replace("-\n", "").replace(
            "\n", " ").split() == claim["quote"].split()


def test_the_article_s_claims_and_what_is_not_a_claim() -> None:
    claims = extracted(ARTICLE)
    by_value = {claim["value"]: claim for claim in claims}
    assert by_value[500000]["qualifier"] == "more_than"
    assert by_value[500000]["subgroup"] == "women_and_children"
    assert by_value[95000]["measure"] == "fighters" and by_value[95000]["actor"] == "Assad"
    assert by_value[45]["measure"] == "armed_groups" and by_value[45]["place"] == "Aleppo"
    assert by_value[45]["asserted_by"] == "Brita Haji Hasan"
    assert not {348, 12, 420} & set(by_value)


def test_documents_are_kept_audited_and_checked(cli: Any, db_url: str) -> None:
    first = cli("import", "doc", REPORT, "--source", "snhr", "--json")
    assert first.exit_code == 0, first.stderr
    assert first.json()["claims"] >= 5 and not first.json()["unchanged"]
    assert cli("import", "doc", REPORT, "--source", "snhr", "--json").json()["unchanged"]
    assert cli("import", "doc", ARTICLE, "--json").exit_code == 0
    assert cli("audit", "verify").exit_code == 0
    report = cli("claims", "check", "--json").json()
    share = next(verdict for verdict in report["verdicts"] if verdict["check"] == "share")
    assert share["verdict"] == "consistent" and "9.5 %" in share["evidence"]
    assert any(verdict["flagged"] and verdict["check"] == "plausibility"
               and any(claim["value"] == 500000 for claim in verdict["claims"])
               for verdict in report["verdicts"])
    register = next(item for item in report["coverage"] if item["check"] == "register")
    assert "skipped" in register["sentence"]  # no victims yet
    with Register.open(db_url) as opened, opened.read() as conn:
        conn.execute(text("UPDATE claims SET claim = replace(claim, '147061', '147000')"))
        conn.commit()
    tampered = cli("audit", "verify")
    assert tampered.exit_code == 1 and "claims" in tampered.stderr


def test_files_are_checked_without_a_register(tmp_path: Path) -> None:
    result = run_cli("claims", "check", REPORT, ARTICLE, "--db",
                     f"sqlite:///{tmp_path / 'none.db'}", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["verdicts"]
