"""How well claims are extracted and checked, scored against documents a person annotated.

An annotated folder holds, for each document, `NAME.json` beside `NAME.txt`, `.html` or
`.pdf` (or a `"file"` key naming the document, relative to the JSON file). The format and
the rules an annotator follows are in tests/claims/dev/README.md. This module reads such a
folder, finds each gold quote in the cleaned text, and scores predicted claims against the
gold ones; benchmarks/claims_accuracy.py and tests/claims/test_dev_set.py share it, so the
test's threshold and the benchmark's figures are the same measurement.

Matching: a predicted claim matches a gold claim when their spans overlap and they agree on
the value (or on low and high, for a range), the measure and the subgroup; pairs are taken
one-to-one, the largest overlap first. `value_only=True` drops measure and subgroup, for a
peer that has neither.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.claims.model import LINKS, Claim

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".md", ".pdf")
CLAIM_FIELDS = ("quote", "value", "low", "high", "qualifier", "measure", "subgroup", "unit",
                "vague", "period_start", "period_end", "place", "actor", "asserted_by",
                *LINKS)
CHECK_KINDS = ("sum", "part_exceeds_whole", "share", "rate", "headline")
VERDICTS = ("consistent", "inconsistent")
# Counts of people harmed that a reader of a casualty report looks for first.
CORE_MEASURES = frozenset({"killed", "injured", "casualties", "detained", "disappeared",
                           "missing", "displaced"})
ATTRIBUTES = ("qualifier", "unit", "vague", "asserted_by", "actor", "place", "period_start",
              "period_end", "period")

# The same organisation or party under its other names; a name agrees with a gold name when
# both normalise to the same entry, or when one contains the other ("Syrian regime" and
# "Syrian regime; Iraqi and Lebanese militias").
ALIASES: dict[str, tuple[str, ...]] = {
    "syrian network for human rights": ("snhr",),
    "syrian documentation network": ("sdn",),
    "violations recording centre in syria": ("vrc", "violations recording centre"),
    "un human rights office": ("ohchr", "office of the un high commissioner for human rights",
                               "un high commissioner for human rights", "un human rights",
                               "the office", "office"),
    "un human rights monitoring mission in ukraine": ("hrmmu",),
    "unami human rights office": ("unami", "un assistance mission for iraq"),
    "humanitarian coordination office": ("hco",),
    "united nations": ("un",),
    # UN agencies by their acronyms and the descriptions wire copy gives them
    "unhcr": ("un refugee agency", "u n refugee agency", "united nations refugee agency",
              "un high commissioner for refugees", "office of the un high commissioner for "
              "refugees", "united nations high commissioner for refugees"),
    "unrwa": ("un agency for palestinian refugees", "u n agency for palestinian refugees",
              "un relief and works agency", "united nations relief and works agency"),
    "world health organization": ("who", "world health organisation"),
    "ocha": ("office for the coordination of humanitarian affairs",
             "un office for the coordination of humanitarian affairs"),
    "unicef": ("un childrens fund", "united nations childrens fund"),
    "syria civil defence": ("civil defence", "the civil defence", "white helmets",
                            "syrian civil defence", "rescuers"),
    "ministry of health gaza": ("ministry of health", "gaza health ministry",
                                "health ministry", "moh"),
    "syrian arab news agency": ("sana", "state news agency sana"),
    "syrian regime": ("syrian regime forces", "regime forces", "regime", "syrian government",
                      "syrian government forces", "government forces", "syrian authorities",
                      "assad regime", "syrian army", "the army", "army"),
    "hayat tahrir al sham": ("hts",),
    "syrian democratic forces": ("sdf",),
    "syrian national army": ("sna",),
    "isis": ("isil", "islamic state", "daesh"),
    "saudi led coalition": ("coalition", "the coalition", "arab coalition"),
    "israel": ("the occupation", "occupation", "israeli forces", "israeli army",
               "israeli occupation"),
}
_CANONICAL = {alias: name for name, aliases in ALIASES.items() for alias in (name, *aliases)}
_NOT_A_NAME_CHAR = re.compile(r"[^\w\s]")
_APOSTROPHES = re.compile(r"['’‘`ʼ]")


@dataclass
class Annotated:
    """One annotated document: where it is and what a person found in it."""

    name: str
    annotation: Path
    path: Path  # the document; a generated PDF may not exist until it is rendered
    source: Path | None  # the text a generated document is rendered from
    published: str | None
    author: str | None
    claims: list[dict[str, Any]]
    checks: list[dict[str, Any]]

    def file(self, built: Mapping[str, Path] | None = None) -> Path:
        """The document's file, or the rendered copy of it in `built` (by file name)."""
        if not self.path.exists() and built and self.path.name in built:
            return built[self.path.name]
        return self.path

    def raw_text(self) -> str:
        """The text as the file has it (for a generated PDF, the text it renders; a PDF kept
        as a file has no raw text here: read it with load_document)."""
        if self.source is not None:
            return self.source.read_text(encoding="utf-8")
        return self.path.read_text(encoding="utf-8", errors="replace")


def read_annotations(folder: Path) -> list[Annotated]:
    """Every annotated document in `folder`, in name order."""
    found = []
    for annotation in sorted(folder.glob("*.json")):
        data = json.loads(annotation.read_text(encoding="utf-8"))
        if "file" in data:
            path = (annotation.parent / data["file"]).resolve()
        else:
            candidates = [annotation.with_suffix(suffix) for suffix in DOCUMENT_SUFFIXES]
            path = next((c for c in candidates if c.exists()), candidates[0])
        source = (annotation.parent / data["source"]).resolve() if "source" in data else None
        found.append(Annotated(annotation.stem, annotation, path, source, data.get("published"),
                               data.get("author"), list(data.get("claims", [])),
                               list(data.get("checks", []))))
    return found


def locate(text: str, quotes: Sequence[str]) -> list[tuple[int, int] | None]:
    """Where each quote is in `text`, searching in order: each after the previous one's
    start, so a figure said twice is found where it is said the second time. A quote is
    found across line breaks and hyphenated line ends, so the raw text of a PDF will do."""
    found: list[tuple[int, int] | None] = []
    after = 0
    for quote in quotes:
        match = _quote_pattern(quote).search(text, after)
        if match is None:
            found.append(None)
            continue
        found.append((match.start(), match.end()))
        after = match.start() + 1
    return found


def _quote_pattern(quote: str) -> re.Pattern[str]:
    parts = []
    for index, char in enumerate(quote):
        if char.isspace():
            if not quote[index - 1].isspace():
                parts.append(r"\s+")
            continue
        parts.append(re.escape(char))
        if index + 1 < len(quote) and not quote[index + 1].isspace():
            parts.append(r"(?:-?[ \t]*\n\s*)?")  # a line end, hyphenated or not
    # a figure is not part of a longer one: "1" is not the 1 of "10" or of "2,221"
    return re.compile(r"(?<![\w,.])" + "".join(parts) + r"(?![\w]|[.,]\d)")


def gold_claims(annotated: Annotated, text: str) -> list[Claim]:
    """The annotation's claims as Claims placed in `text`; a quote not found there gets
    start = end = -1 and can match nothing."""
    spans = locate(text, [claim["quote"] for claim in annotated.claims])
    claims = []
    for entry, span in zip(annotated.claims, spans, strict=True):
        start, end = span if span is not None else (-1, -1)
        links = {name: entry[name] for name in LINKS if entry.get(name) is not None}
        claims.append(Claim(
            value=entry.get("value"), quote=entry["quote"], start=start, end=end,
            low=entry.get("low"), high=entry.get("high"),
            qualifier=entry.get("qualifier", "exact"), measure=entry.get("measure", "other"),
            subgroup=entry.get("subgroup"), unit=entry.get("unit", "people"),
            vague=bool(entry.get("vague", False)), period_start=entry.get("period_start"),
            period_end=entry.get("period_end"), place=entry.get("place"),
            actor=entry.get("actor"), asserted_by=entry.get("asserted_by"), links=links))
    return claims


def is_core(claim: Claim) -> bool:
    """A count of people killed, injured, detained, disappeared, missing or displaced."""
    return claim.measure in CORE_MEASURES and claim.unit == "people"


# --- agreement -----------------------------------------------------------------------------

def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    # fractions are written with few digits ("one in 13" is 0.0769...); counts must be exact
    if abs(b) < 1:
        return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)
    return abs(a - b) < 1e-6


def same_value(predicted: Claim, gold: Claim) -> bool:
    """The same figure: the value, or for a range both its ends."""
    if gold.value is None:
        return _close(predicted.low, gold.low) and _close(predicted.high, gold.high)
    return _close(predicted.value, gold.value)


def same_claim(predicted: Claim, gold: Claim) -> bool:
    """The same figure of the same measure of the same group."""
    return (same_value(predicted, gold) and predicted.measure == gold.measure
            and predicted.subgroup == gold.subgroup)


def normalise_name(name: str) -> str:
    """Lower case, apostrophes dropped, other punctuation a space, a leading "the" dropped."""
    text = _NOT_A_NAME_CHAR.sub(" ", _APOSTROPHES.sub("", name.lower()))
    words = text.split()
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def same_name(predicted: str | None, gold: str | None) -> bool:
    """Two names of one asserter or one party: equal after normalising, one containing the
    other, or the same entry of ALIASES."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    a, b = normalise_name(predicted), normalise_name(gold)
    if a == b or _contains(a, b) or _contains(b, a):
        return True
    ca, cb = _CANONICAL.get(a, a), _CANONICAL.get(b, b)
    return (ca == cb or _contains(ca, cb) or _contains(cb, ca)
            or bool(_entries_named(a) & _entries_named(b)))


def _entries_named(name: str) -> set[str]:
    """The ALIASES entries a name spells out in full ("Human Rights Office of the UN
    Assistance Mission for Iraq"); short aliases ("office", "army") only count whole, or
    they would be found in every other name."""
    return {entry for alias, entry in _CANONICAL.items()
            if alias == name or (len(alias.split()) >= 3 and _contains(name, alias))}


def same_place(predicted: str | None, gold: str | None) -> bool:
    """Places agree when one names the other ("Hajjah" and "al-Raqah, Hajjah")."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    a, b = normalise_name(predicted), normalise_name(gold)
    for word in ("governorate", "province", "region", "district", "city"):
        a, b = _drop_word(a, word), _drop_word(b, word)
    return a == b or _contains(a, b) or _contains(b, a)


def _drop_word(text: str, word: str) -> str:
    return " ".join(part for part in text.split() if part != word) or text


def same_date(predicted: str | None, gold: str | None) -> bool:
    """Dates agree when equal or when one is the other at a finer precision
    ("2024-01" and "2024-01-01")."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return predicted.startswith(gold) or gold.startswith(predicted)


_AGREE: dict[str, Callable[[Claim, Claim], bool]] = {
    "qualifier": lambda p, g: p.qualifier == g.qualifier,
    "unit": lambda p, g: p.unit == g.unit,
    "vague": lambda p, g: p.vague == g.vague,
    "asserted_by": lambda p, g: same_name(p.asserted_by, g.asserted_by),
    "actor": lambda p, g: same_name(p.actor, g.actor),
    "place": lambda p, g: same_place(p.place, g.place),
    "period_start": lambda p, g: same_date(p.period_start, g.period_start),
    "period_end": lambda p, g: same_date(p.period_end, g.period_end),
    "period": lambda p, g: (same_date(p.period_start, g.period_start)
                            and same_date(p.period_end, g.period_end)),
}


# --- matching and scores --------------------------------------------------------------------

def match(predicted: Sequence[Claim], gold: Sequence[Claim], *,
          value_only: bool = False) -> dict[int, int]:
    """Predicted index -> gold index, one-to-one, the largest span overlap first."""
    agree = same_value if value_only else same_claim
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if g.start >= 0 and overlap > 0 and agree(p, g):
                candidates.append((-overlap, j, i))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, j, i in sorted(candidates):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


@dataclass
class Tally:
    """Counts that add up over documents: matches, and agreements among matched pairs."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0
    agree: dict[str, list[int]] = field(default_factory=dict)  # name -> [agreed, compared]

    def add(self, other: Tally) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold
        for name, (agreed, compared) in other.agree.items():
            mine = self.agree.setdefault(name, [0, 0])
            mine[0] += agreed
            mine[1] += compared

    def count(self, name: str, agreed: bool) -> None:
        mine = self.agree.setdefault(name, [0, 0])
        mine[0] += int(agreed)
        mine[1] += 1

    def scores(self) -> dict[str, Any]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        found: dict[str, Any] = {"predicted": self.predicted, "gold": self.gold,
                                 "matched": self.matched, "precision": round(precision, 4),
                                 "recall": round(recall, 4), "f1": round(f1, 4)}
        if self.agree:
            found["agreement"] = {
                name: {"agreed": agreed, "of": compared,
                       "accuracy": round(agreed / compared, 4) if compared else None}
                for name, (agreed, compared) in self.agree.items()}
        return found


def score(predicted: Sequence[Claim], gold: Sequence[Claim], *,
          value_only: bool = False, links: bool = True) -> Tally:
    """Matches, and for the matched pairs how often each attribute and link agrees.
    `links=False` for lists filtered out of a document's claims (core claims only), whose
    link indices no longer point at their targets."""
    pairs = match(predicted, gold, value_only=value_only)
    tally = Tally(len(pairs), len(predicted), len(gold))
    if value_only:
        return tally
    for i, j in pairs.items():
        for name, agree in _AGREE.items():
            tally.count(name, agree(predicted[i], gold[j]))
    if links:
        _score_links(tally, predicted, gold, pairs)
    return tally


def canonical(claims: Sequence[Claim], index: int) -> int:
    """The first saying of a figure: `repeat_of` followed back to where it starts."""
    seen = {index}
    while (target := claims[index].links.get("repeat_of")) is not None:
        if target in seen or not 0 <= target < len(claims):
            break
        seen.add(target)
        index = target
    return index


def _score_links(tally: Tally, predicted: Sequence[Claim], gold: Sequence[Claim],
                 pairs: Mapping[int, int]) -> None:
    """A link is right when it points at the predicted claim matched to the gold link's
    target, or to a repetition of it; compared wherever either side has the link."""
    for i, j in pairs.items():
        for name in LINKS:
            want = gold[j].links.get(name)
            got = predicted[i].links.get(name)
            if want is None and got is None:
                continue
            agreed = False
            if want is not None and got is not None and got in pairs:
                agreed = canonical(gold, pairs[got]) == canonical(gold, want)
            tally.count(f"link_{name}", agreed)
            if name in ("part_of", "share_of"):
                tally.count("links", agreed)


# --- checks ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Flag:
    """A check's finding in the terms this module needs: its kind, whether it is flagged,
    the indices of the claims it names, and for people reading the results, their quotes and
    the evidence."""

    kind: str
    flagged: bool
    claims: tuple[int, ...]
    quotes: tuple[str, ...] = ()
    evidence: str = ""


@dataclass
class CheckTally:
    """How a checker's flags stand against the annotated checks."""

    inconsistent: int = 0  # annotated inconsistencies
    caught: int = 0  # of those, flagged
    consistent: int = 0  # annotated consistent checks
    flags: int = 0  # flagged findings
    false_flags: int = 0  # flagged findings matching no annotated inconsistency
    on_consistent: int = 0  # of the false flags, those on an annotated consistent check
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def add(self, other: CheckTally) -> None:
        self.inconsistent += other.inconsistent
        self.caught += other.caught
        self.consistent += other.consistent
        self.flags += other.flags
        self.false_flags += other.false_flags
        self.on_consistent += other.on_consistent
        self.missed.extend(other.missed)
        self.false.extend(other.false)

    def scores(self) -> dict[str, Any]:
        return {"annotated_inconsistent": self.inconsistent, "flagged_of_those": self.caught,
                "recall": round(self.caught / self.inconsistent, 4) if self.inconsistent else None,
                "annotated_consistent": self.consistent, "flags": self.flags,
                "false_flags": self.false_flags,
                "false_flags_on_annotated_consistent": self.on_consistent,
                "missed": self.missed, "false": self.false}


# The checker's name for each kind of annotated check: a flag catches an annotated
# inconsistency only when it does the same arithmetic.
KINDS = {"sum": "breakdown", "part_exceeds_whole": "part", "share": "share", "rate": "rate",
         "headline": "headline"}
# At least this share of the annotated claims and the flag's claims together (overlap over
# union) must be the same for the flag to be over "essentially the same claims": one part
# more or less in a breakdown of three still counts; a whole with two parts of three, or a
# breakdown that mixes in two figures of another dimension, does not.
SAME_CLAIMS = 0.75


def _same_check(kind: str, named: set[int], unmatched: int, check: Mapping[str, Any],
                members: set[int], gold: Sequence[Claim]) -> bool:
    """Whether a flag is the annotated check: the same kind, naming the check's first claim
    (its whole, share, rate or headline) and essentially the same claims besides."""
    if KINDS.get(check["kind"]) != kind or not check["claims"]:
        return False
    first = check["claims"][0]
    if not 0 <= first < len(gold) or canonical(gold, first) not in named:
        return False
    union = len(named | members) + unmatched
    return union > 0 and len(named & members) / union >= SAME_CLAIMS


def score_checks(name: str, flags: Iterable[Flag], gold: Sequence[Claim],
                 checks: Sequence[Mapping[str, Any]],
                 to_gold: Mapping[int, int] | None = None) -> CheckTally:
    """Flags against the annotated checks. `to_gold` maps the checker's claim indices to gold
    indices (None: they are gold indices). A flag catches an annotated inconsistency only when
    it is of the same kind, over essentially the same claims (repetitions counting as the
    claim they repeat); every flag that catches none is a false flag, even when it shares
    claims with an annotated inconsistency."""
    tally = CheckTally()
    groups = [({canonical(gold, i) for i in check["claims"] if 0 <= i < len(gold)},
               check["verdict"] == "inconsistent", check) for check in checks]
    tally.inconsistent = sum(1 for _, bad, _ in groups if bad)
    tally.consistent = len(groups) - tally.inconsistent
    caught: set[int] = set()
    for flag in flags:
        if not flag.flagged:
            continue
        tally.flags += 1
        named = {canonical(gold, to_gold[i] if to_gold is not None else i)
                 for i in flag.claims
                 if to_gold is None or i in to_gold}
        unmatched = sum(1 for i in flag.claims if to_gold is not None and i not in to_gold)
        hits = [k for k, (members, bad, check) in enumerate(groups)
                if bad and _same_check(flag.kind, named, unmatched, check, members, gold)]
        if hits:
            caught.update(hits)
            continue
        tally.false_flags += 1
        tally.on_consistent += any(len(named & members) >= min(2, len(flag.claims))
                                   for members, bad, _ in groups if not bad)
        named_as = ", ".join(repr(quote) for quote in flag.quotes) or str(list(flag.claims))
        tally.false.append(f"{name}: {flag.kind} on {named_as}: {flag.evidence}".rstrip(": "))
    tally.caught = len(caught)
    for k, (_, bad, check) in enumerate(groups):
        if bad and k not in caught:
            tally.missed.append(f"{name}: {check['kind']} {check['claims']} ({check['note']})")
    return tally
