"""What the register holds, as plain typed results."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Row, case, func, select
from sqlalchemy.orm import Session

from rasd.errors import InputError
from rasd.register.models import CONTENT_FIELDS, AuditEntry, File, Record, Source
from rasd.register.store import Register


@dataclass
class SourceSummary:
    id: int
    name: str
    created_at: str
    created_by: str
    files: int
    records: int  # current, not withdrawn
    withdrawn: int
    versions: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RecordVersion:
    id: int
    source: str
    record_key: str
    version: int
    current: bool
    withdrawn: bool
    file_id: int
    file_name: str
    row_number: int | None
    audit_seq: int
    fields: dict[str, Any]
    raw: Any  # the source's row by column name (or the JSON object as it came)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AuditLogEntry:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    before: Any
    after: Any
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def raw_row(raw: str, header: str | None) -> Any:
    """A stored raw row by column name: a table row is stored as its cells in column-name
    order, and its file keeps the header."""
    cells = json.loads(raw)
    if header is None:
        return cells
    return dict(zip(sorted(json.loads(header)), cells, strict=True))


def list_sources(register: Register) -> list[SourceSummary]:
    """Every source, with how many files, current records and withdrawn records it has."""
    active = case((Record.current & ~Record.withdrawn, 1), else_=0)
    withdrawn = case((Record.current & Record.withdrawn, 1), else_=0)
    records = (
        select(Record.source_id, func.sum(active).label("records"),
               func.sum(withdrawn).label("withdrawn"), func.count().label("versions"))
        .group_by(Record.source_id).subquery()
    )
    files = select(File.source_id, func.count().label("files")).group_by(File.source_id).subquery()
    query = (
        select(Source.id, Source.name, Source.created_at, Source.created_by,
               func.coalesce(files.c.files, 0), func.coalesce(records.c.records, 0),
               func.coalesce(records.c.withdrawn, 0), func.coalesce(records.c.versions, 0))
        .outerjoin(files, files.c.source_id == Source.id)
        .outerjoin(records, records.c.source_id == Source.id)
        .order_by(Source.name)
    )
    with register.read() as conn:
        return [
            SourceSummary(source_id, name, created_at, created_by, int(n_files),
                          int(n_records), int(n_withdrawn), int(n_versions))
            for (source_id, name, created_at, created_by, n_files, n_records, n_withdrawn,
                 n_versions) in conn.execute(query).all()
        ]


def versions_query() -> Any:
    """Record versions with their source's and file's names: select it, then `record_version`
    each row."""
    return (
        select(Record, Source.name.label("source_name"), File.name.label("file_name"),
               File.header)
        .join(Source, Source.id == Record.source_id)
        .join(File, File.id == Record.file_id)
    )


def record_version(row: Row[Any]) -> RecordVersion:
    """One row of `versions_query` as a RecordVersion."""
    record: Record = row[0]
    return RecordVersion(
        id=record.id, source=row.source_name, record_key=record.record_key,
        version=record.version, current=record.current, withdrawn=record.withdrawn,
        file_id=record.file_id, file_name=row.file_name, row_number=record.row_number,
        audit_seq=record.audit_seq,
        fields={name: getattr(record, name) for name in CONTENT_FIELDS if name != "record_key"},
        raw=raw_row(record.raw, row.header),
    )


def list_records(register: Register, *, source: str | None = None,
                 include_withdrawn: bool = False, limit: int | None = 100,
                 offset: int = 0) -> list[RecordVersion]:
    """The current version of each record, by source, in the order they were imported."""
    query = versions_query().where(Record.current)
    if source is not None:
        query = query.where(Source.name == source)
    if not include_withdrawn:
        query = query.where(~Record.withdrawn)
    query = query.order_by(Source.name, Record.id).offset(offset)
    if limit:
        query = query.limit(limit)
    with register.read() as conn, Session(bind=conn) as session:
        if source is not None and session.scalar(
                select(Source.id).where(Source.name == source)) is None:
            raise InputError("no such source", field="--source", value=source)
        return [record_version(row) for row in session.execute(query)]


def record_history(register: Register, record: int | str, *, source: str | None = None
                   ) -> list[RecordVersion]:
    """Every version of one record, oldest first: by the id of any of its versions, or by its
    key within `source`."""
    with register.read() as conn, Session(bind=conn) as session:
        if source is None:
            try:
                version_id = int(record)
            except ValueError:
                raise InputError("give a record id, or a record key with --source",
                                 field="ID", value=record) from None
            found = session.execute(select(Record.source_id, Record.record_key)
                                    .where(Record.id == version_id)).first()
        else:
            found = session.execute(
                select(Record.source_id, Record.record_key)
                .join(Source, Source.id == Record.source_id)
                .where(Source.name == source, Record.record_key == str(record)).limit(1)
            ).first()
        if found is None:
            raise InputError("no such record", field="ID", value=record)
        query = versions_query().where(
            Record.source_id == found.source_id, Record.record_key == found.record_key
        ).order_by(Record.version)
        return [record_version(row) for row in session.execute(query)]


def audit_log(register: Register, *, limit: int | None = None) -> list[AuditLogEntry]:
    """The audit log, newest entry first."""
    query = select(AuditEntry).order_by(AuditEntry.seq.desc())
    if limit:
        query = query.limit(limit)
    with register.read() as conn, Session(bind=conn) as session:
        return [
            AuditLogEntry(
                seq=entry.seq, at=entry.at, actor=entry.actor, action=entry.action,
                entity=entry.entity,
                before=None if entry.before is None else json.loads(entry.before),
                after=None if entry.after is None else json.loads(entry.after),
                prev_hash=entry.prev_hash, hash=entry.hash,
            )
            for entry in session.scalars(query)
        ]
