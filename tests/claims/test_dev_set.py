"""The annotated development set (tests/claims/dev): every annotation follows the guide in its
README, and the extractor keeps its F1 on core claims."""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from rasd.claims.document import load_document
from rasd.claims.evaluate import (
    CHECK_KINDS,
    CLAIM_FIELDS,
    VERDICTS,
    Annotated,
    Tally,
    gold_claims,
    is_core,
    locate,
    read_annotations,
    score,
)
from rasd.claims.model import LINKS, MEASURES, QUALIFIERS, UNITS, VAGUE_FLOORS

DEV = Path(__file__).resolve().parent / "dev"
ANNOTATED = read_annotations(DEV)
# Written and annotated before an extractor change and never tuned on: only their annotations
# are tested here; the benchmark scores them apart.
HELDOUT = read_annotations(Path(__file__).resolve().parent / "heldout")
SUBGROUPS = ("civilians", "children", "women", "men", "women_and_children", "under_torture",
             "detainees", "health_workers", "journalists", "combatants", "returnees",
             "older_persons")
# What a quote may start with: the README's span rule puts the number expression first.
NUMBER_START = re.compile(
    r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|half|a dozen|a third|a quarter|a fifth|dozens|scores|hundreds"
    r"|thousands|tens|millions"
    r"|several)\b", re.IGNORECASE)
ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
CORE_F1_FLOOR = 0.80


def _load_make_pdf() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_make_pdf", DEV / "make_pdf.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The set's PDFs, rendered for this run."""
    rendered: dict[str, Path] = _load_make_pdf().build(tmp_path_factory.mktemp("dev-pdf"))
    return rendered


def _ids(annotated: list[Annotated]) -> list[str]:
    return [entry.name for entry in annotated]


def test_the_set_has_what_the_guide_promises() -> None:
    own = [entry for entry in ANNOTATED if not entry.name.startswith("corpus-")]
    assert len(own) >= 15
    assert {entry.name for entry in ANNOTATED} >= {"corpus-report-iranian-militias-syria",
                                                    "corpus-article-iran-out-of-syria"}
    checks = [check for entry in ANNOTATED for check in entry.checks]
    assert sum(check["verdict"] == "inconsistent" for check in checks) >= 4
    assert sum(check["verdict"] == "consistent" for check in checks) >= 4
    suffixes = {entry.path.suffix for entry in own}
    assert {".txt", ".html", ".pdf"} <= suffixes


def test_every_document_has_an_annotation() -> None:
    annotated = {entry.path for entry in ANNOTATED + HELDOUT}
    heldout = Path(__file__).resolve().parent / "heldout"
    for path in [*DEV.glob("*.txt"), *DEV.glob("*.html"), *heldout.glob("*.txt"),
                 *heldout.glob("*.html")]:
        assert path in annotated, f"{path.name} has no annotation"
    for source in (DEV / "pdf").glob("*.txt"):
        assert DEV / f"{source.stem}.pdf" in annotated, f"pdf/{source.name} has no annotation"


@pytest.mark.parametrize("entry", ANNOTATED + HELDOUT, ids=_ids(ANNOTATED + HELDOUT))
def test_own_documents_are_150_to_600_words(entry: Annotated) -> None:
    if entry.name.startswith("corpus-"):
        return  # the corpus documents are as they came
    words = len(re.sub(r"<[^>]+>", " ", entry.raw_text()).split())
    assert 150 <= words <= 600, f"{entry.name}: {words} words"


@pytest.mark.parametrize("entry", ANNOTATED + HELDOUT, ids=_ids(ANNOTATED + HELDOUT))
def test_annotation_is_valid(entry: Annotated) -> None:
    assert entry.published is None or date.fromisoformat(entry.published)
    assert entry.claims, "an annotated document with no claim says nothing"
    problems = [f"claim {index}: {problem}" for index, claim in enumerate(entry.claims)
                for problem in _claim_problems(claim, index, len(entry.claims))]
    problems += [f"check {index}: {problem}" for index, check in enumerate(entry.checks)
                 for problem in _check_problems(check, len(entry.claims))]
    assert not problems, "\n".join(problems)


def _claim_problems(claim: dict[str, Any], index: int, count: int) -> list[str]:
    problems = [f"missing {name}" for name in CLAIM_FIELDS if name not in claim]
    problems += [f"unknown field {name}" for name in claim if name not in (*CLAIM_FIELDS, "note")]
    if problems:
        return problems
    if not NUMBER_START.match(claim["quote"]):
        problems.append(f"quote {claim['quote']!r} does not start with its number")
    for name, vocabulary in (("qualifier", QUALIFIERS), ("measure", MEASURES), ("unit", UNITS)):
        if claim[name] not in vocabulary:
            problems.append(f"{name} {claim[name]!r} is not one of {vocabulary}")
    if claim["subgroup"] is not None and claim["subgroup"] not in SUBGROUPS:
        problems.append(f"subgroup {claim['subgroup']!r} is not in the guide's list")
    is_range = claim["value"] is None
    if is_range != (claim["qualifier"] == "range"):
        problems.append("a range has no value and qualifier range; nothing else does")
    if is_range and (claim["low"] is None or claim["high"] is None or claim["low"] > claim["high"]):
        problems.append("a range needs low <= high")
    if not is_range and (claim["low"] is not None or claim["high"] is not None):
        problems.append("low and high are for ranges")
    if claim["vague"] and claim["value"] not in VAGUE_FLOORS.values():
        problems.append(f"a vague magnitude takes ACLED's floor, not {claim['value']}")
    if claim["unit"] == "fraction" and not 0 < (claim["value"] or 0) <= 1:
        problems.append("a fraction is between 0 and 1")
    if claim["unit"] == "percent" and not 0 < (claim["value"] or 0) <= 100:
        problems.append("a percentage is between 0 and 100")
    for name in ("period_start", "period_end"):
        if claim[name] is not None and not ISO_DATE.fullmatch(claim[name]):
            problems.append(f"{name} {claim[name]!r} is not an ISO date")
    start, end = claim["period_start"], claim["period_end"]
    if start and end and start[:len(end)] > end[:len(start)]:
        problems.append("the period ends before it starts")
    for name in ("place", "actor", "asserted_by"):
        if claim[name] is not None and not (isinstance(claim[name], str) and claim[name].strip()):
            problems.append(f"{name} is a name or null")
    for name in LINKS:
        target = claim[name]
        if target is not None and not (isinstance(target, int) and 0 <= target < count
                                       and target != index):
            problems.append(f"{name} {target!r} is not another claim's index")
    return problems


def _check_problems(check: dict[str, Any], count: int) -> list[str]:
    problems = []
    if check.get("kind") not in CHECK_KINDS:
        problems.append(f"kind {check.get('kind')!r} is not one of {CHECK_KINDS}")
    if check.get("verdict") not in VERDICTS:
        problems.append(f"verdict {check.get('verdict')!r} is not one of {VERDICTS}")
    indices = check.get("claims", [])
    if len(indices) < 2 or not all(isinstance(i, int) and 0 <= i < count for i in indices):
        problems.append(f"claims {indices} are not two or more claim indices")
    if not check.get("note"):
        problems.append("a check says its arithmetic in a note")
    return problems


@pytest.mark.parametrize("entry", ANNOTATED + HELDOUT, ids=_ids(ANNOTATED + HELDOUT))
def test_every_quote_is_in_the_text(entry: Annotated, built: dict[str, Path]) -> None:
    """In the cleaned text, or failing that in the raw text: the annotation describes the
    document, and clean-up's losses are the benchmark's business."""
    quotes = [claim["quote"] for claim in entry.claims]
    clean = locate(load_document(entry.file(built)).text, quotes)
    raw = locate(entry.raw_text(), quotes)
    lost = [quote for quote, in_clean, in_raw in zip(quotes, clean, raw, strict=True)
            if in_clean is None and in_raw is None]
    assert not lost, f"{entry.name}: not found: {lost}"


def test_the_extractor_reaches_the_core_f1_floor(built: dict[str, Path]) -> None:
    from rasd.claims.extract import extract_claims

    total, rows = Tally(), []
    for entry in ANNOTATED:
        document = load_document(entry.file(built))
        predicted = [claim for claim in extract_claims(document) if is_core(claim)]
        gold = [claim for claim in gold_claims(entry, document.text) if is_core(claim)]
        tally = score(predicted, gold, links=False)  # links index the unfiltered lists
        total.add(tally)
        scores = tally.scores()
        rows.append(f"{entry.name}: P {scores['precision']} R {scores['recall']}")
    f1 = total.scores()["f1"]
    assert f1 >= CORE_F1_FLOOR, f"core F1 {f1} < {CORE_F1_FLOOR}\n" + "\n".join(rows)
