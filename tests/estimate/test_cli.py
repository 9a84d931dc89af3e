"""`rasd estimate`: from a capture table without a register, and from a register's victims,
whole or by stratum; what cannot be estimated is refused with the reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rasd.synth import synthesize
from tests.conftest import run_cli

KOSOVO = {"1000": 1131, "0100": 845, "0010": 936, "0001": 306, "1100": 177, "1010": 228,
          "1001": 106, "0110": 217, "0101": 31, "0011": 123, "1110": 181, "1101": 18,
          "1011": 42, "0111": 32, "1111": 27}


def table_file(path: Path, counts: dict[str, int], lists: str = "EXH,ABA,OSCE,HRW") -> Path:
    rows = [f"{lists},count"] + [",".join(pattern) + f",{n}" for pattern, n in counts.items()]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def estimate(*args: Any) -> dict[str, Any]:
    result = run_cli("estimate", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()  # type: ignore[no-any-return]


def test_kosovo_from_a_table_file(tmp_path: Path) -> None:
    table = table_file(tmp_path / "kosovo.csv", KOSOVO)
    found = estimate("--table", table, "--method", "loglinear", "--bootstrap", "100")
    assert round(found["estimate"]) == 14342
    assert found["lists"] == ["EXH", "ABA", "OSCE", "HRW"] and found["observed"] == 4400
    assert found["interval"][0] < found["estimate"] < found["interval"][1]
    assert found["level"] == 0.95 and found["method"] == "loglinear"
    three = estimate("--table", table, "--method", "loglinear", "--max-order", "3",
                     "--bootstrap", "0")
    assert round(three["estimate"]) == 10357
    floor = estimate("--table", table, "--method", "chao")
    assert 4400 < floor["estimate"] < three["estimate"]
    sampled = estimate("--table", table, "--samples", "50", "--thinning", "2", "--chains", "2",
                       "--classes", "5")
    assert sampled["method"] == "lcmcr" and sampled["estimate"] > 4400
    assert {key: sampled["diagnostics"][key] for key in ("samples", "thinning", "chains", "K")} \
        == {"samples": 50, "thinning": 2, "chains": 2, "K": 5}


@pytest.mark.parametrize(("lines", "message"), [
    (["A,B,count", "1,0,10", "0,1,5", "1,1,x"], "row 4, field count"),
    (["A,B,count", "1,0,10", "2,1,5"], "row 3, field A"),
    (["A,count", "1,10"], "at least two"),
    (["A,B,C,count", "1,0,0,10", "0,1,0,5", "1,1,0,3", "0,0,1,7"], "C overlaps no other"),
    (["A,B,count", "1,1,10"], "every person is on every list"),
])
def test_what_cannot_be_estimated_is_refused(tmp_path: Path, lines: list[str],
                                             message: str) -> None:
    path = tmp_path / "table.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("estimate", "--table", path, "--method", "chao")
    assert result.exit_code == 2
    assert message in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    table = table_file(tmp_path / "kosovo.csv", KOSOVO)
    for args in (("--method", "magic"), ("--method", "chao", "--classes", "5"),
                 ("--method", "dga", "--thinning", "5"), ("--by", "year")):
        assert run_cli("estimate", "--table", table, *args).exit_code == 2, args
    for flag, value in (("--thinning", "0"), ("--samples", "2"), ("--chains", "0"),
                        ("--classes", "1")):
        result = run_cli("estimate", "--table", table, flag, value)
        assert result.exit_code == 2 and flag in result.stderr, (flag, result.stderr)


def test_from_a_register_whole_and_by_stratum(tmp_path: Path) -> None:
    world = synthesize(tmp_path / "world", victims=1500, seed=4)
    url = f"sqlite:///{tmp_path / 'rasd.db'}"
    run_cli("init", "--db", url)
    for entry in world.lists:
        run_cli("import", "list", entry.path, "--source", entry.name, "--mapping",
                entry.mapping, "--db", url)
    assert run_cli("import", "links", world.truth_records, "--db", url).exit_code == 0
    whole = estimate("--method", "chao", "--db", url)
    assert whole["observed"] == world.observed and len(whole["lists"]) == 6
    assert world.observed < whole["estimate"]
    three = estimate("--method", "dga", "--lists",
                     "syrian-network,bilingual-monitor,local-councils", "--db", url)
    assert three["lists"] == ["syrian-network", "bilingual-monitor", "local-councils"]
    assert three["observed"] < world.observed
    strata = estimate("--method", "chao", "--by", "perpetrator", "--db", url)
    assert strata["by"] == "perpetrator"
    assert sum(found["observed"] for found in strata["strata"].values()) == world.observed
