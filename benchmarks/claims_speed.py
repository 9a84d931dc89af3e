"""How many documents of about 300 words rasd reads a second: clean-up, extraction, checks.

    .venv/bin/python benchmarks/claims_speed.py [--dev DIR] [--words N] [--repeats N] [--out FILE]

The documents are the dev set's (tests/claims/dev), each cut or padded to about 300 words:
a text is cut at the word that reaches the size, or padded with its own paragraphs again; an
HTML page is padded with its own <p> elements again. A PDF enters as its text (the text the
set's PDF is rendered from; a PDF file's pages as load_document reads them): PDF reading is
not timed here. Each document goes through rasd.claims.document.clean_text,
rasd.claims.extract.extract_claims and rasd.claims.check.check_document, one after another
in one process, the whole set `--repeats` times after one warm-up pass (the first call loads
models and tables, once per process). The goal is 20 documents a second. Figures go to
stdout and benchmarks/results/claims_speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rasd.claims.check import check_document
from rasd.claims.document import clean_text, load_document
from rasd.claims.evaluate import read_annotations
from rasd.claims.extract import extract_claims

HERE = Path(__file__).resolve().parent
DEFAULT_DEV = HERE.parent / "tests" / "claims" / "dev"
DEFAULT_OUT = HERE / "results" / "claims_speed.json"
GOAL_PER_SECOND = 20.0
HTML_SUFFIXES = (".html", ".htm")
_PARAGRAPH = re.compile(r"<p[\s>].*?</p>", re.DOTALL)
_WORD = re.compile(r"\S+")


def sized_text(text: str, words: int) -> str:
    """`text` cut at its `words`-th word, or followed by its own paragraphs until it has that
    many."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    grown = text
    index = 0
    while len(_WORD.findall(grown)) < words and paragraphs:
        grown += "\n\n" + paragraphs[index % len(paragraphs)]
        index += 1
    found = list(_WORD.finditer(grown))
    return grown[:found[words - 1].end()] + "\n" if len(found) > words else grown


def sized_html(html: str, words: int) -> str:
    """The page with its own paragraphs repeated before the end of its body until its
    paragraphs hold `words` words (menus and footers come on top, as on a real page)."""
    paragraphs = _PARAGRAPH.findall(html)
    if not paragraphs:
        return html
    count = sum(len(_WORD.findall(re.sub(r"<[^>]+>", " ", p))) for p in paragraphs)
    extra, index = [], 0
    while count < words:
        paragraph = paragraphs[index % len(paragraphs)]
        extra.append(paragraph)
        count += len(_WORD.findall(re.sub(r"<[^>]+>", " ", paragraph)))
        index += 1
    at = html.rfind("</article>") if "</article>" in html else html.rfind("</body>")
    at = at if at >= 0 else len(html)
    return html[:at] + "\n".join(extra) + "\n" + html[at:]


def documents(dev: Path, words: int) -> list[tuple[str, str, str]]:
    """(name, media type, text) of each document of the set, about `words` words long."""
    found = []
    for entry in read_annotations(dev):
        if entry.source is None and entry.path.suffix.lower() == ".pdf":
            # a PDF kept as a file (a folder of real reports): its pages' text, form feeds
            # and all, as load_document hands it to clean-up
            text = load_document(entry.path).original
            found.append((entry.path.name, "application/pdf", sized_text(text, words)))
            continue
        text = entry.raw_text()
        if entry.path.suffix.lower() in HTML_SUFFIXES:
            found.append((entry.path.name, "text/html", sized_html(text, words)))
        else:
            found.append((entry.path.name, "text/plain", sized_text(text, words)))
    return found


def run(name: str, media_type: str, text: str) -> tuple[float, float, float, int]:
    """Seconds spent in clean-up, extraction and checks, and the number of claims."""
    started = time.perf_counter()
    document = clean_text(text, name=name, media_type=media_type)
    cleaned = time.perf_counter()
    claims = extract_claims(document)
    extracted = time.perf_counter()
    check_document(name, claims, published=document.published)
    checked = time.perf_counter()
    return cleaned - started, extracted - cleaned, checked - extracted, len(claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    docs = documents(args.dev, args.words)
    if not docs:
        print(f"no annotated documents in {args.dev}", file=sys.stderr)
        return 2

    warm_started = time.perf_counter()
    for doc in docs:
        run(*doc)
    warm_up = time.perf_counter() - warm_started

    latencies: list[float] = []
    stages = [0.0, 0.0, 0.0]
    claims = 0
    started = time.perf_counter()
    for _ in range(args.repeats):
        for doc in docs:
            clean, extract, check, found = run(*doc)
            latencies.append(clean + extract + check)
            stages[0] += clean
            stages[1] += extract
            stages[2] += check
            claims += found
    seconds = time.perf_counter() - started

    per_second = len(latencies) / seconds
    words = [len(_WORD.findall(clean_text(text, name=name, media_type=media).text))
             for name, media, text in docs]
    quantiles = statistics.quantiles(latencies, n=20)
    result: dict[str, Any] = {
        "benchmark": "claims_speed",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
        "documents": len(docs),
        "repeats": args.repeats,
        "runs": len(latencies),
        "words_after_cleanup": {"mean": round(statistics.mean(words), 1),
                                "min": min(words), "max": max(words)},
        "claims_per_document": round(claims / len(latencies), 1),
        "warm_up_seconds": round(warm_up, 3),
        "seconds": round(seconds, 3),
        "documents_per_second": round(per_second, 1),
        "seconds_by_stage": {"clean_text": round(stages[0], 3), "extract": round(stages[1], 3),
                             "check": round(stages[2], 3)},
        "latency_ms": {"median": round(statistics.median(latencies) * 1000, 2),
                       "p95": round(quantiles[18] * 1000, 2),
                       "max": round(max(latencies) * 1000, 2)},
        "goal": {"documents_per_second": GOAL_PER_SECOND, "met": per_second >= GOAL_PER_SECOND},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{len(latencies)} documents ({len(docs)} distinct, about {args.words} words) in "
          f"{seconds:.2f} s: {per_second:.1f} a second (goal {GOAL_PER_SECOND:.0f}: "
          f"{'met' if result['goal']['met'] else 'NOT met'})")
    print(f"  by stage: clean_text {stages[0]:.2f} s, extract {stages[1]:.2f} s, "
          f"check {stages[2]:.2f} s; median {result['latency_ms']['median']} ms, "
          f"p95 {result['latency_ms']['p95']} ms; warm-up {warm_up:.2f} s")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
