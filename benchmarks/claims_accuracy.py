"""How well rasd extracts and checks claims, against documents annotated by hand.

    .venv/bin/python benchmarks/claims_accuracy.py [--dev DIR] [--heldout DIR] [--out FILE]

Each annotated document of DIR (default tests/claims/dev; the format and the annotation
rules are in its README) is loaded and cleaned (rasd.claims.document.load_document), its
claims extracted (rasd.claims.extract.extract_claims) and scored against the annotation with
rasd.claims.evaluate:

- precision, recall, F1 over all claims, and over core claims (measure killed, injured,
  casualties, detained, disappeared, missing or displaced, with unit people): a prediction
  matches a gold claim when the spans overlap and value (or low/high), measure and subgroup
  agree, one-to-one, the largest overlap first;
- over matched pairs, how often qualifier, unit, vague, asserted_by, actor, place and period
  agree (names through the alias table of rasd.claims.evaluate, or one containing the
  other), and the links (part_of and share_of together, and each kind apart);
- the checks: rasd.claims.check.check_document on the extracted claims, and apart on the
  gold claims (the checker alone): how many annotated inconsistencies were flagged, and how
  many flags were false.

The held-out folder (default tests/claims/heldout: documents written and annotated before
an extractor change and never tuned on) is scored the same way, as a separate block
("heldout" in the json), so a gain on the development set can be told from a gain that
generalises. `--heldout none` skips it.

A "real" block scores real incident narratives where they are at hand: when
/work/shared/data/real/airwars_syria_incidents exists (`--real DIR`; `--real none` skips),
the extractor reads each incident's English narrative (from its "Airwars Assessment" heading
on) and is scored against the incident's own fields: whether a killed claim of civilians
carries civilian_deaths_min or _max (as its value or an end of its range), likewise an
injured claim for civilian_injuries_min/_max, whether those claims name the
alleged_belligerent as actor, and how many claims of measure "other" it made (photo
captions and victims lists hold no claim of that kind). The narratives name real people:
only counts go to the json, never their text.

In the same run, the peer: quantulum3's parser on the same cleaned text. It gives a value and
a span but no measure or subgroup, so it is scored on value and span only, and rasd is
scored the same way beside it. Both are timed, warm (one document parsed first); rasd's
time includes loading and clean-up, and its extraction alone is given too. A PDF of the set
is rendered by DIR/make_pdf.py into a temporary folder first. Figures go to stdout and
benchmarks/results/claims_accuracy.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import sys
import tempfile
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rasd.claims.check import check_document
from rasd.claims.document import clean_text, load_document
from rasd.claims.evaluate import (
    Annotated,
    CheckTally,
    Flag,
    Tally,
    gold_claims,
    is_core,
    match,
    read_annotations,
    same_name,
    score,
    score_checks,
)
from rasd.claims.extract import extract_claims
from rasd.claims.model import Claim

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DEV = ROOT / "tests" / "claims" / "dev"
DEFAULT_HELDOUT = ROOT / "tests" / "claims" / "heldout"
DEFAULT_OUT = HERE / "results" / "claims_accuracy.json"
DEFAULT_REAL = ROOT.parent / "shared" / "data" / "real" / "airwars_syria_incidents"
_ASSESSMENT = re.compile(r"^Airwars Assessment\s*$", re.IGNORECASE | re.MULTILINE)
# Issue 6's goals on real reports: core F1, qualifier and asserted_by accuracy, and every
# arithmetic inconsistency flagged end to end with at most two false flags.
GOALS = {"core_f1": 0.90, "qualifier": 0.90, "asserted_by": 0.85, "false_flags": 2}


def build_pdfs(dev: Path, out: Path) -> dict[str, Path]:
    """The folder's generated PDFs, if it has a make_pdf.py (a folder of real reports keeps
    its PDFs as files and has none)."""
    script = dev / "make_pdf.py"
    if not script.exists():
        return {}
    spec = importlib.util.spec_from_file_location("dev_make_pdf", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built: dict[str, Path] = module.build(out, sources=dev / "pdf")
    return built


def quantulum_claims(text: str) -> list[Claim]:
    """quantulum3's quantities as claims with a value and a span; those it gives without a
    usable span (it reports some ranges at -1) are left out."""
    from quantulum3 import parser

    found = []
    for quantity in parser.parse(text):
        start, end = quantity.span
        if start < 0 or end <= start or quantity.value is None:
            continue
        value: float | None = float(quantity.value)
        low = high = None
        if quantity.uncertainty:  # a range comes back as its middle and half its width
            assert value is not None
            low, high = value - quantity.uncertainty, value + quantity.uncertainty
            value = None
        found.append(Claim(value=value, quote=text[start:end], start=start, end=end,
                           low=low, high=high, measure="other", unit="other"))
    return found


def flags_of(verdicts: list[Any]) -> list[Flag]:
    return [Flag(verdict.check, verdict.flagged, tuple(ref.index for ref in verdict.claims),
                 tuple(ref.quote for ref in verdict.claims), verdict.evidence)
            for verdict in verdicts]


def describe(claim: Claim) -> dict[str, Any]:
    figure = claim.value if claim.value is not None else [claim.low, claim.high]
    return {"quote": claim.quote, "value": figure, "measure": claim.measure,
            "subgroup": claim.subgroup, "unit": claim.unit}


def near_misses(predicted: list[Claim], gold: list[Claim],
                pairs: dict[int, int]) -> list[dict[str, Any]]:
    """Predictions that found a gold figure (value and span) but read it as another measure
    or group: the commonest kind of error, worth seeing apart."""
    loose = match(predicted, gold, value_only=True)
    matched_gold = set(pairs.values())
    return [{"gold": describe(gold[j]), "predicted": describe(predicted[i])}
            for i, j in loose.items() if i not in pairs and j not in matched_gold]


def score_document(entry: Annotated, built: dict[str, Path]) -> dict[str, Any]:
    started = time.perf_counter()
    document = load_document(entry.file(built))
    loaded = time.perf_counter()
    predicted = extract_claims(document)
    extracted = time.perf_counter()
    gold = gold_claims(entry, document.text)
    peer_started = time.perf_counter()
    peer = quantulum_claims(document.text)
    peer_seconds = time.perf_counter() - peer_started

    pairs = match(predicted, gold)
    core_gold = [claim for claim in gold if is_core(claim)]
    published = document.published or entry.published
    return {
        "name": entry.name,
        "all": score(predicted, gold),
        "core": score([claim for claim in predicted if is_core(claim)], core_gold,
                      links=False),
        "value_span": score(predicted, gold, value_only=True),
        "value_span_core_recall": score(predicted, core_gold, value_only=True),
        "peer_value_span": score(peer, gold, value_only=True),
        "peer_core_recall": score(peer, core_gold, value_only=True),
        "checks": score_checks(entry.name, flags_of(check_document(
            entry.name, predicted, published=published)), gold, entry.checks,
            to_gold=match(predicted, gold, value_only=True)),
        "checks_on_gold": score_checks(entry.name, flags_of(check_document(
            entry.name, gold, published=entry.published)), gold, entry.checks),
        "seconds": {"load": loaded - started, "extract": extracted - loaded,
                    "peer": peer_seconds},
        "lost_in_cleanup": [claim.quote for claim in gold if claim.start < 0],
        "missed": [describe(gold[j]) for j in range(len(gold)) if j not in pairs.values()],
        "spurious": [describe(predicted[i]) for i in range(len(predicted)) if i not in pairs],
        "near_misses": near_misses(predicted, gold, pairs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV,
                        help="a folder of annotated documents (default tests/claims/dev)")
    parser.add_argument("--heldout", default=str(DEFAULT_HELDOUT),
                        help="a folder scored apart, never tuned on (default "
                             "tests/claims/heldout; 'none' to skip)")
    parser.add_argument("--real", default=str(DEFAULT_REAL),
                        help="a folder of Airwars incident records scored on their own fields "
                             "(skipped with a note when absent; 'none' to skip)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not read_annotations(args.dev):
        print(f"no annotations (*.json) in {args.dev}", file=sys.stderr)
        return 2

    warnings.filterwarnings("ignore", module="quantulum3")  # it warns of an optional classifier
    result = evaluate_folder(args.dev)
    print_summary(result)
    if args.heldout != "none" and read_annotations(Path(args.heldout)):
        result["heldout"] = evaluate_folder(Path(args.heldout))
        print("\nheld out (never tuned on):")
        print_summary(result["heldout"])
    result["real"] = evaluate_real(None if args.real == "none" else Path(args.real))
    print_real(result["real"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


def narrative(record: dict[str, Any]) -> str | None:
    """An incident's English narrative from its assessment heading on (the page's header,
    codes and coordinates before it are navigation), or None when it has none."""
    text = record.get("narrative_original") or record.get("narrative")
    if not isinstance(text, str) or not text.strip():
        return None
    if record.get("narrative_original") and record.get("narrative_original_language") not in (
            None, "en"):
        text = record.get("narrative") or ""
    heading = _ASSESSMENT.search(text)
    return text[heading.start():] if heading else text


def _carries(claim: Claim, low: Any, high: Any) -> bool:
    wanted = {float(figure) for figure in (low, high) if figure is not None}
    return bool(wanted & {figure for figure in (claim.value, claim.low, claim.high)
                          if figure is not None})


def score_incident(record: dict[str, Any], text: str) -> dict[str, Any]:
    claims = extract_claims(clean_text(text, name=str(record.get("airwars_id", ""))))
    row: dict[str, Any] = {"id": record.get("airwars_id"), "claims": len(claims)}
    found: list[Claim] = []
    for measure, field in (("killed", "civilian_deaths"), ("injured", "civilian_injuries")):
        low, high = record.get(f"{field}_min"), record.get(f"{field}_max")
        if low is None and high is None:
            continue
        hits = [claim for claim in claims if claim.measure == measure
                and claim.subgroup == "civilians" and _carries(claim, low, high)]
        row[measure] = bool(hits)
        found += hits
    belligerent = record.get("alleged_belligerent")
    if belligerent:
        # the actor of the figures that were found, or of any harm figure when none was
        named = [claim.actor for claim in found or [c for c in claims
                 if c.measure in ("killed", "injured", "casualties")] if claim.actor]
        row["actor"] = any(same_name(actor, belligerent) for actor in named)
        row["actor_given"] = bool(named)
    others = [claim for claim in claims if claim.measure == "other"]
    row["other_claims"] = len(others)
    # quotes stay out of the json (the narratives name real people); stdout only
    row["_other_quotes"] = [claim.quote for claim in others]
    row["_actors"] = sorted({claim.actor for claim in claims if claim.actor})
    row["_places"] = sorted({claim.place for claim in claims if claim.place})
    return row


def evaluate_real(folder: Path | None) -> dict[str, Any]:
    """The real block: incident narratives scored on the incidents' own fields."""
    if folder is None:
        return {"skipped": "--real none"}
    if not folder.is_dir():
        return {"skipped": f"{folder} is absent: no real narratives scored"}
    rows = []
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        text = narrative(record)
        if text is not None:
            rows.append(score_incident(record, text))
    tally: dict[str, Any] = {"incidents": len(rows)}
    for key in ("killed", "injured", "actor"):
        scored = [row[key] for row in rows if key in row]
        tally[key] = {"found": sum(scored), "of": len(scored)}
    tally["actor"]["given"] = sum(1 for row in rows if row.get("actor_given"))
    tally["other_claims"] = sum(row["other_claims"] for row in rows)
    tally["claims"] = sum(row["claims"] for row in rows)
    tally["per_incident"] = rows
    return tally


def print_real(real: dict[str, Any]) -> None:
    print("\nreal incident narratives (Airwars):")
    if "skipped" in real:
        print(f"  skipped: {real['skipped']}")
        return
    print(f"  {real['incidents']} incidents, {real['claims']} claims")
    for key, label in (("killed", "civilian deaths found"), ("injured", "civilian injuries found"),
                       ("actor", "actor = alleged belligerent")):
        print(f"  {label:30} {real[key]['found']} of {real[key]['of']}")
    print(f"  claims of measure other        {real['other_claims']}")
    for row in real["per_incident"]:
        print(f"    {row['id']}: killed {row.get('killed', '-')}, injured "
              f"{row.get('injured', '-')}, actor {row.get('actor', '-')} {row.pop('_actors')}, "
              f"places {row.pop('_places')}, other {row.pop('_other_quotes')}")


def evaluate_folder(folder: Path) -> dict[str, Any]:
    """Every figure of the benchmark for one folder of annotated documents."""
    annotated = read_annotations(folder)
    with tempfile.TemporaryDirectory() as temporary:
        built = build_pdfs(folder, Path(temporary))
        # both warm: the first call loads models and tables, which a long run pays once
        warm_started = time.perf_counter()
        first = load_document(annotated[0].file(built))
        extract_claims(first)
        rasd_cold = time.perf_counter() - warm_started
        warm_started = time.perf_counter()
        quantulum_claims(first.text)
        peer_cold = time.perf_counter() - warm_started
        rows = [score_document(entry, built) for entry in annotated]

    totals = {key: Tally() for key in ("all", "core", "value_span", "value_span_core_recall",
                                       "peer_value_span", "peer_core_recall")}
    checks = {"end_to_end": CheckTally(), "on_gold_claims": CheckTally()}
    seconds = {"load": 0.0, "extract": 0.0, "peer": 0.0}
    for row in rows:
        for key, tally in totals.items():
            tally.add(row[key])
        checks["end_to_end"].add(row["checks"])
        checks["on_gold_claims"].add(row["checks_on_gold"])
        for key in seconds:
            seconds[key] += row["seconds"][key]
    return report(folder, rows, totals, checks, seconds, rasd_cold, peer_cold)


def report(dev: Path, rows: list[dict[str, Any]], totals: dict[str, Tally],
           checks: dict[str, CheckTally], seconds: dict[str, float], rasd_cold: float,
           peer_cold: float) -> dict[str, Any]:
    every = totals["all"].scores()
    agreement = every.pop("agreement", {})
    links = {name: agreement.pop(name) for name in list(agreement)
             if name == "links" or name.startswith("link_")}
    core = totals["core"].scores()
    core.pop("agreement", None)
    rasd_value, peer_value = totals["value_span"].scores(), totals["peer_value_span"].scores()
    return {
        "benchmark": "claims_accuracy",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": {"platform": platform.platform(), "cpus": _cpus()},
        "dev": _relative(dev),
        "documents": len(rows),
        "gold_claims": every["gold"],
        "gold_core_claims": core["gold"],
        "goal": _goal(core, agreement, checks["end_to_end"].scores()),
        "rasd": {
            "all": every, "core": core, "attributes": agreement, "links": links,
            "value_span": rasd_value,
            "value_span_core_recall": totals["value_span_core_recall"].scores()["recall"],
            "lost_in_cleanup": sum(len(row["lost_in_cleanup"]) for row in rows),
            "seconds": {"load_and_clean": round(seconds["load"], 3),
                        "extract": round(seconds["extract"], 3),
                        "total": round(seconds["load"] + seconds["extract"], 3),
                        "first_document_cold": round(rasd_cold, 3)},
        },
        "peer": {
            "name": "quantulum3", "version": _version("quantulum3"),
            "scored_on": "value and span only: quantulum3 gives no measure or subgroup",
            "value_span": peer_value,
            "value_span_core_recall": totals["peer_core_recall"].scores()["recall"],
            "seconds": {"parse": round(seconds["peer"], 3),
                        "first_document_cold": round(peer_cold, 3)},
        },
        "value_span_f1_ratio_rasd_to_peer": (round(rasd_value["f1"] / peer_value["f1"], 3)
                                             if peer_value["f1"] else None),
        "checks": {"end_to_end": checks["end_to_end"].scores(),
                   "on_gold_claims": checks["on_gold_claims"].scores()},
        "notes": [
            "core claims: measure killed, injured, casualties, detained, disappeared, missing "
            "or displaced, with unit people; both sides filtered before matching",
            "match: spans overlap and value (low/high for a range), measure and subgroup "
            "agree; one-to-one, largest overlap first",
            "asserted_by and actor agree when equal after normalising, when one contains the "
            "other, or through rasd.claims.evaluate.ALIASES; places when one contains the "
            "other; dates when one is the other at a finer precision",
            "checks: a flag catches an annotated inconsistency only when it is of the same "
            "kind (sum = breakdown, part_exceeds_whole = part), names the check's first "
            "claim and shares three quarters of the claims of both (a flagged figure is the "
            "gold figure of the same span and value; repetitions count as the figure they "
            "repeat); every other flag is a false flag",
            "peer time is quantulum3's parse of the cleaned text; rasd's total includes "
            "loading and clean-up (PDF and HTML reading)",
        ],
        "per_document": [_row(row) for row in rows],
    }


def _row(row: dict[str, Any]) -> dict[str, Any]:
    core, every = row["core"].scores(), row["all"].scores()
    return {"name": row["name"], "gold": every["gold"], "predicted": every["predicted"],
            "matched": every["matched"], "f1": every["f1"], "core_f1": core["f1"],
            "peer_value_span_f1": row["peer_value_span"].scores()["f1"],
            "lost_in_cleanup": row["lost_in_cleanup"], "missed": row["missed"],
            "spurious": row["spurious"], "near_misses": row["near_misses"],
            "check_flags": row["checks"].flags, "check_false_flags": row["checks"].false}


def _goal(core: dict[str, Any], agreement: dict[str, Any], end_to_end: dict[str, Any]
          ) -> dict[str, Any]:
    met = {
        "core_f1": core["f1"] >= GOALS["core_f1"],
        "qualifier": agreement["qualifier"]["accuracy"] >= GOALS["qualifier"],
        "asserted_by": agreement["asserted_by"]["accuracy"] >= GOALS["asserted_by"],
        "inconsistencies": end_to_end["flagged_of_those"] == end_to_end["annotated_inconsistent"]
        and end_to_end["false_flags"] <= GOALS["false_flags"],
    }
    return {**GOALS, "met": met}


def print_summary(result: dict[str, Any]) -> None:
    rasd, peer = result["rasd"], result["peer"]
    print(f"{result['documents']} documents, {result['gold_claims']} gold claims "
          f"({result['gold_core_claims']} core)")
    for label, figures in (("rasd, all claims", rasd["all"]), ("rasd, core claims", rasd["core"]),
                           ("rasd, value+span", rasd["value_span"]),
                           ("quantulum3, value+span", peer["value_span"])):
        print(f"  {label:24} P {figures['precision']:.3f}  R {figures['recall']:.3f}  "
              f"F1 {figures['f1']:.3f}  ({figures['matched']} of {figures['gold']} gold, "
              f"{figures['predicted']} predicted)")
    goal = result["goal"]
    print(f"  goals (core F1 >= {GOALS['core_f1']}, qualifier >= {GOALS['qualifier']}, "
          f"asserted_by >= {GOALS['asserted_by']}, every inconsistency with at most "
          f"{GOALS['false_flags']} false flags): "
          + ", ".join(f"{name} {'met' if met else 'NOT met'}"
                      for name, met in goal["met"].items()))
    print(f"  value+span recall of core claims: rasd {rasd['value_span_core_recall']}, "
          f"quantulum3 {peer['value_span_core_recall']}")
    print(f"  quote lost in clean-up: {rasd['lost_in_cleanup']}")
    print("  agreement over matched pairs:")
    for name, figures in {**rasd["attributes"], **rasd["links"]}.items():
        print(f"    {name:14} {figures['accuracy']}  ({figures['agreed']} of {figures['of']})")
    for label, figures in result["checks"].items():
        print(f"  checks {label}: {figures['flagged_of_those']} of "
              f"{figures['annotated_inconsistent']} inconsistencies flagged, "
              f"{figures['false_flags']} false flags of {figures['flags']} "
              f"({figures['false_flags_on_annotated_consistent']} on annotated consistent)")
        for missed in figures["missed"]:
            print(f"    missed: {missed}")
        for false in figures["false"]:
            print(f"    false flag: {false}")
    print(f"  time: rasd {rasd['seconds']['total']} s (extract {rasd['seconds']['extract']} s), "
          f"quantulum3 {peer['seconds']['parse']} s")


def _relative(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(resolved)


def _cpus() -> int | None:
    return os.cpu_count()


def _version(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
