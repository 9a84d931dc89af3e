"""Reading victims, reviewing uncertain pairs and recording people's decisions on them."""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, insert, select, update
from sqlalchemy.orm import Session

from rasd.errors import InputError
from rasd.register import Register
from rasd.register.models import (
    LinkDecision,
    LinkRun,
    Record,
    ReviewPair,
    Source,
    Victim,
    VictimRecord,
)
from rasd.register.queries import RecordVersion, record_version, versions_query

# The fields a victim's records may disagree on, shown by `rasd victim show`.
RESOLVED_FIELDS = ("name_ar", "name_latin", "sex", "age", "age_group", "date_of_death",
                   "governorate", "district", "locality", "cause", "perpetrator")
_UNKNOWN = (None, "", "unknown")


@dataclass
class VictimSummary:
    """One victim in a list: how many records and which sources, and its resolved name,
    date and place."""

    id: int
    records: int
    sources: list[str]
    name: str | None
    date_of_death: str | None
    place: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class VictimDetail:
    """One victim: its status (active, merged, retired), its records, the fields resolved from
    them and, per field, the values its records disagree on."""

    id: int
    status: str
    merged_into: int | None
    fields: dict[str, Any]
    disagreements: dict[str, list[Any]]
    records: list[RecordVersion] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PairForReview:
    """Two records the linker was unsure of (`SOURCE:KEY` each), their fields side by side,
    the match probability and the weight each compared field gave."""

    a: str
    b: str
    probability: float
    weight: float
    weights: dict[str, float | None]
    record_a: dict[str, Any]
    record_b: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _current_version(session: Session, source_id: int, key: str) -> RecordVersion | None:
    row = session.execute(versions_query().where(
        Record.current, Record.source_id == source_id, Record.record_key == key)).first()
    return None if row is None else record_version(row)


def _records_of(session: Session, victims: Any) -> dict[int, list[RecordVersion]]:
    """The current versions of the records of the victims `victims` (a condition on
    VictimRecord.victim_id) selects, by victim: one joined query, however many victims."""
    query = (versions_query().add_columns(VictimRecord.victim_id)
             .join(VictimRecord, and_(VictimRecord.source_id == Record.source_id,
                                      VictimRecord.record_key == Record.record_key))
             .where(Record.current, victims).order_by(VictimRecord.victim_id, Record.id))
    found: dict[int, list[RecordVersion]] = {}
    for row in session.execute(query):
        found.setdefault(row.victim_id, []).append(record_version(row))
    return found


def resolve(records: list[RecordVersion]) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """A victim's fields from its records: the most frequent known value (ties: the first
    imported; for the date, the most precise first), and, for each field whose records
    disagree, the values they give. The same rule as rasd.report's counts."""
    fields: dict[str, Any] = {}
    disagreements: dict[str, list[Any]] = {}
    for name in RESOLVED_FIELDS:
        known = [record.fields[name] for record in records
                 if record.fields[name] not in _UNKNOWN]
        if name == "date_of_death" and known:
            finest = max(map(len, known))  # a day refines its month, a month its year
            known = [value for value in known if len(value) == finest]
        counts = Counter(known)
        fields[name] = max(counts, key=lambda value: (counts[value], -known.index(value))) \
            if known else None
        if len(counts) > 1:
            disagreements[name] = sorted(counts, key=str)
    return fields, disagreements


def list_victims(register: Register, *, limit: int | None = 100, offset: int = 0
                 ) -> list[VictimSummary]:
    """Active victims, by id."""
    with register.read() as conn, Session(bind=conn) as session:
        page = (select(Victim.id).where(Victim.status == "active")
                .order_by(Victim.id).offset(offset).limit(limit))
        # The page goes into the query as a subquery: a list of its ids would outgrow
        # SQLite's limit on bound parameters when all victims are asked for.
        found = _records_of(session, VictimRecord.victim_id.in_(page))
        summaries = []
        for victim in session.scalars(page):
            records = found.get(victim, [])
            fields, _ = resolve(records)
            summaries.append(VictimSummary(
                id=victim, records=len(records),
                sources=sorted({record.source for record in records}),
                name=fields["name_ar"] or fields["name_latin"] or _any_name(records),
                date_of_death=fields["date_of_death"],
                place=fields["locality"] or fields["district"] or fields["governorate"]))
        return summaries


def _any_name(records: list[RecordVersion]) -> str | None:
    for record in records:
        parts = [record.fields[name] for name in ("full_name", "first_name", "father_name",
                                                  "grandfather_name", "family_name")]
        if any(parts):
            return " ".join(str(part) for part in parts if part)
    return None


def victim_detail(register: Register, victim_id: int) -> VictimDetail:
    """One victim: its records (current versions), resolved fields and disagreements. A
    merged victim shows the one it was merged into."""
    with register.read() as conn, Session(bind=conn) as session:
        victim = session.get(Victim, victim_id)
        if victim is None:
            raise InputError("no such victim", field="ID", value=victim_id)
        shown = victim
        while shown.merged_into is not None:
            shown = session.get(Victim, shown.merged_into)  # type: ignore[assignment]
        records = _records_of(session, VictimRecord.victim_id == shown.id).get(shown.id, [])
        fields, disagreements = resolve(records)
        return VictimDetail(id=victim.id, status=victim.status, merged_into=victim.merged_into,
                            fields=fields, disagreements=disagreements, records=records)


def export_links(register: Register, out: Path) -> int:
    """Write `source,record_key,victim_id` for every linked record; returns the rows."""
    with register.read() as conn, open(out, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["source", "record_key", "victim_id"])
        rows = 0
        for row in conn.execute(
                select(Source.name, VictimRecord.record_key, VictimRecord.victim_id)
                .join(Source, Source.id == VictimRecord.source_id)
                .order_by(Source.name, VictimRecord.record_key)):
            writer.writerow(row)
            rows += 1
    return rows


def parse_ref(register: Register, text: str) -> tuple[int, str]:
    """A record named as SOURCE:KEY, or by the id of any of its versions."""
    with register.read() as conn:
        if text.isdigit():
            found = conn.execute(select(Record.source_id, Record.record_key)
                                 .where(Record.id == int(text))).first()
        elif ":" in text:
            source, key = text.split(":", 1)
            source_id = conn.execute(select(Source.id).where(Source.name == source)).scalar()
            found = None if source_id is None else conn.execute(
                select(Record.source_id, Record.record_key).where(
                    Record.source_id == source_id, Record.record_key == key)).first()
        else:
            found = None
    if found is None:
        raise InputError("no such record: give SOURCE:KEY or a record id", field="RECORD",
                         value=text)
    return int(found[0]), str(found[1])


def _ref_text(session: Session, source_id: int, key: str) -> str:
    return f"{session.get(Source, source_id).name}:{key}"  # type: ignore[union-attr]


def pairs_for_review(register: Register, *, limit: int | None = 20) -> list[PairForReview]:
    """The last link run's uncertain pairs that no one has decided yet, most uncertain first."""
    with register.read() as conn, Session(bind=conn) as session:
        run = session.scalar(select(LinkRun.id).order_by(LinkRun.id.desc()).limit(1))
        if run is None:
            return []
        decided = {(d.source_a, d.key_a, d.source_b, d.key_b) for d in session.scalars(
            select(LinkDecision).where(LinkDecision.superseded_by.is_(None)))}
        pairs = []
        for pair in session.scalars(select(ReviewPair).where(ReviewPair.run_id == run)):
            if (pair.source_a, pair.key_a, pair.source_b, pair.key_b) in decided:
                continue
            pairs.append(pair)
        pairs.sort(key=lambda p: (abs(p.probability - 0.5), p.source_a, p.key_a))
        shown = []
        for pair in pairs[:limit]:
            a = _current_version(session, pair.source_a, pair.key_a)
            b = _current_version(session, pair.source_b, pair.key_b)
            if a is None or b is None:
                continue
            shown.append(PairForReview(
                a=_ref_text(session, pair.source_a, pair.key_a),
                b=_ref_text(session, pair.source_b, pair.key_b),
                probability=pair.probability, weight=pair.weight,
                weights=json.loads(pair.weights), record_a=a.fields, record_b=b.fields))
        return shown


def decide(register: Register, a: str, b: str, *, same: bool, actor: str,
           note: str | None = None) -> int:
    """Record that records `a` and `b` are (or are not) one person; returns the decision id.
    An earlier decision on the pair is superseded, not deleted."""
    ref_a, ref_b = sorted((parse_ref(register, a), parse_ref(register, b)))
    if ref_a == ref_b:
        raise InputError("a record is always the same person as itself", field="RECORD",
                         value=a)
    pair = {"source_a": ref_a[0], "key_a": ref_a[1], "source_b": ref_b[0], "key_b": ref_b[1]}
    with register.write(actor) as change:
        conn = change.conn
        earlier = conn.execute(select(LinkDecision.id, LinkDecision.same).where(
            LinkDecision.superseded_by.is_(None),
            *(getattr(LinkDecision, name) == value for name, value in pair.items()))).first()
        decision_id = int(conn.execute(insert(LinkDecision).returning(LinkDecision.id).values(
            **pair, same=same, note=note, decided_at=change.at, decided_by=actor,
            audit_seq=change.next_seq)).scalar_one())
        if earlier is not None:
            conn.execute(update(LinkDecision).where(LinkDecision.id == earlier.id)
                         .values(superseded_by=decision_id))
        change.audit("link.decide", f"link_decision:{decision_id}",
                     before=None if earlier is None else {"decision": earlier.id,
                                                          "same": earlier.same},
                     after={"decision": decision_id, **pair, "same": same, "note": note})
    return decision_id
