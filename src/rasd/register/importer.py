"""Import one source list into the register: all of it, in one audited transaction, or nothing.

Rows are first staged in a temporary table; what is new, changed, unchanged or gone is then
worked out in SQL against the source's current records, so memory stays flat however long the
list is. A record that vanished from a resent list gets a withdrawn version; nothing is deleted.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text

from rasd.errors import InputError
from rasd.register import audit
from rasd.register.convert import RowConverter
from rasd.register.mapping import Mapping
from rasd.register.models import CONTENT_FIELDS, Blob, BlobChunk, File, Source
from rasd.register.reading import Progress, Row, Table, media_type, open_table
from rasd.register.store import Change, Register, now

CHUNK_SIZE = 1 << 20
_BATCH = 5000
_DATA_FIELDS = CONTENT_FIELDS[1:]  # all but record_key, which the stage keeps apart
_STAGE_COLUMNS = ("row_number", "record_key", "rejected", "digest", "raw", *_DATA_FIELDS)


@dataclass
class ImportResult:
    """What an import did, as `rasd import list --json` prints it."""

    source: str
    file_sha256: str
    rows: int = 0
    imported: int = 0
    unchanged: int = 0
    updated: int = 0
    withdrawn: int = 0
    rejected: int = 0
    file_id: int | None = None
    already_imported: bool = False
    rejects_file: str | None = None
    detected: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


def record_digest(fields: dict[str, Any], raw: Any) -> str:
    """The digest of a record's content: its canonical fields and its raw row by column name."""
    return hashlib.sha256(audit.dumps([list(fields.values()), raw]).encode()).hexdigest()


def import_list(register: Register, path: str | Path, *, actor: str, source: str | None = None,
                mapping: Mapping | None = None, skip_invalid: bool = False,
                progress: Progress | None = None, today: date | None = None) -> ImportResult:
    """Import a csv/tsv/xlsx/json/jsonl list. Raises InputError, and writes nothing, on bad input
    unless `skip_invalid`, which imports the valid rows and writes the rest to FILE.rejects.csv."""
    path = Path(path)
    mapping = mapping or Mapping()
    name = source or mapping.source
    if not name:
        raise InputError("no source: give --source NAME or `source:` in the mapping",
                         file=str(path))
    if not path.is_file():
        raise InputError("file not found", file=str(path))
    kind = media_type(path)
    sha256 = file_sha256(path)
    with register.read() as conn:
        known = conn.execute(
            select(File.id, File.rows).join(Source, Source.id == File.source_id)
            .where(Source.name == name, File.sha256 == sha256)
        ).first()
    if known is not None:
        return ImportResult(name, sha256, rows=known.rows, unchanged=known.rows,
                            file_id=known.id, already_imported=True)

    rejects = _Rejects(path) if skip_invalid else None
    try:
        with register.write(actor) as change:
            result = _import(change, path, kind, sha256, name, mapping, rejects, progress, today)
        if rejects is not None:
            result.rejects_file = rejects.keep()
        return result
    finally:
        if rejects is not None:
            rejects.discard()


def _import(change: Change, path: Path, kind: str, sha256: str, name: str, mapping: Mapping,
            rejects: _Rejects | None, progress: Progress | None, today: date | None
            ) -> ImportResult:
    conn = change.conn
    source_id = _ensure_source(change, name)
    seq = change.next_seq
    _store_blob(conn, path, sha256)
    result = ImportResult(name, sha256)
    with open_table(path, mapping.read, progress) as table:
        columns = _columns(path, mapping, table)
        file_id = conn.execute(File.__table__.insert().values(
            source_id=source_id, sha256=sha256, name=path.name, size=path.stat().st_size,
            media_type=kind, imported_at=change.at, imported_by=change.actor,
            header=None if table.header is None else json.dumps(table.header, ensure_ascii=False),
            mapping=audit.dumps(mapping.to_dict()), rows=0, audit_seq=seq,
        )).inserted_primary_key[0]
        converter = RowConverter(mapping, columns, file=str(path), today=today)
        seen: set[str] = set()
        with _Stage(conn) as stage:
            for row in table.rows:
                result.rows += 1
                staged = _stage_row(path, row, converter, table, rejects)
                if staged[2]:
                    result.rejected += 1
                if len(seen) < len(columns):
                    seen.update(column for column in columns.values() if column in row.cells)
                stage.add(staged)
        result.detected = table.detected
    if result.rows == 0:
        raise InputError("the file has no records, only a header", file=str(path), row=2)
    missing = [field for field, column in columns.items() if column not in seen]
    if missing and table.header is None:
        raise InputError(f"column {columns[missing[0]]!r} named in the mapping is in no record",
                         file=str(path), field=f"columns.{missing[0]}")
    result.rejected += _reject_repeated_keys(conn, path, columns, rejects)
    counts = _apply(conn, source_id=source_id, file_id=file_id, seq=seq)
    result.imported, result.updated, result.withdrawn = counts
    result.unchanged = result.rows - result.rejected - result.imported - result.updated
    result.file_id = file_id
    conn.execute(File.__table__.update().where(File.id == file_id).values(rows=result.rows))
    conn.exec_driver_sql("DROP TABLE rasd_stage")
    change.audit("file.import", f"file:{file_id}", after={
        "file_id": file_id, "source_id": source_id, "source": name, "name": path.name,
        "sha256": sha256, "size": path.stat().st_size, "media_type": kind, "rows": result.rows,
        "imported": result.imported, "updated": result.updated, "unchanged": result.unchanged,
        "withdrawn": result.withdrawn, "rejected": result.rejected,
        "versions": sum(counts), "versions_digest": versions_digest(conn, seq),
    })
    return result


def _ensure_source(change: Change, name: str) -> int:
    found = change.conn.execute(select(Source.id).where(Source.name == name)).scalar()
    if found is not None:
        return int(found)
    source_id = change.conn.execute(Source.__table__.insert().values(
        name=name, created_at=change.at, created_by=change.actor,
    )).inserted_primary_key[0]
    change.audit("source.create", f"source:{source_id}", after={"id": source_id, "name": name})
    return int(source_id)


def _store_blob(conn: Connection, path: Path, sha256: str) -> None:
    if conn.execute(select(Blob.sha256).where(Blob.sha256 == sha256)).first():
        return
    conn.execute(Blob.__table__.insert().values(sha256=sha256, size=path.stat().st_size))
    with open(path, "rb") as stream:
        seq = 0
        while chunk := stream.read(CHUNK_SIZE):
            conn.execute(BlobChunk.__table__.insert().values(sha256=sha256, seq=seq, data=chunk))
            seq += 1


def _columns(path: Path, mapping: Mapping, table: Table) -> dict[str, str]:
    if table.header is None:
        return dict(mapping.columns) or {name: name for name in CONTENT_FIELDS}
    columns = mapping.columns_for(table.header)
    for field_name, column in columns.items():
        if column not in table.header:
            raise InputError(
                f"the mapping reads column {column!r}, which the file does not have; its columns "
                f"are: {', '.join(table.header)}", file=str(path), row=1,
                field=f"columns.{field_name}",
            )
    if "record_key" not in columns:
        raise InputError("no record key: map a column to record_key", file=str(path), row=1,
                         field="columns.record_key")
    return columns


def _stage_row(path: Path, row: Row, converter: RowConverter, table: Table,
               rejects: _Rejects | None) -> tuple[Any, ...]:
    try:
        fields = converter(row)
        try:
            digest = record_digest(fields, row.cells if table.header is not None else row.raw)
        except UnicodeEncodeError:
            raise _undecodable(path, row, table) from None
    except InputError as error:
        if rejects is None:
            raise
        rejects.add(error)
        key = converter.columns.get("record_key")
        cell = row.cells.get(key, "").strip() if key else ""
        return (row.number, cell or None, True, "", "", *([None] * len(_DATA_FIELDS)))
    raw = json.dumps(row.raw, ensure_ascii=False)
    return (row.number, fields["record_key"], False, digest, raw,
            *(fields[name] for name in _DATA_FIELDS))


def _undecodable(path: Path, row: Row, table: Table) -> InputError:
    encoding = table.detected.get("encoding", "utf-8")
    for column, cell in row.cells.items():
        try:
            cell.encode()
        except UnicodeEncodeError:
            return InputError(f"undecodable bytes: the text is not valid {encoding}",
                              file=str(path), row=row.number, field=column,
                              value=cell.encode(errors="surrogateescape"))
    return InputError(f"undecodable bytes: not valid {encoding}", file=str(path), row=row.number)


def _reject_repeated_keys(conn: Connection, path: Path, columns: dict[str, str],
                          rejects: _Rejects | None) -> int:
    """A key twice in one file is an error naming both rows; with --skip-invalid, both go."""
    repeated = conn.execute(text(
        "SELECT record_key FROM rasd_stage WHERE record_key IS NOT NULL GROUP BY record_key "
        "HAVING COUNT(*) > 1 ORDER BY MIN(row_number)"
    )).scalars().all()
    rejected = 0
    for key in repeated:
        rows = conn.execute(text(
            "SELECT row_number, rejected FROM rasd_stage WHERE record_key = :key "
            "ORDER BY row_number"), {"key": key}).all()
        numbers = [number for number, _ in rows]
        error = InputError(
            f"record key repeated in rows {', '.join(map(str, numbers))}", file=str(path),
            row=numbers[1], field=columns["record_key"], value=key,
        )
        if rejects is None:
            raise error
        for number, already in rows:
            if not already:
                rejects.add(error.located(row=number).__class__(
                    error.message, file=error.file, row=number, field=error.field, value=key))
                rejected += 1
        conn.execute(text("UPDATE rasd_stage SET rejected = :yes WHERE record_key = :key"),
                     {"yes": True, "key": key})
    return rejected


_COLUMNS = ", ".join(_DATA_FIELDS)
_INSERT = (
    "INSERT INTO records (source_id, record_key, version, current, withdrawn, file_id, "
    f"row_number, audit_seq, digest, raw, {_COLUMNS}) "
)
_NEW_AND_CHANGED = _INSERT + (
    "SELECT :source_id, s.record_key, COALESCE(c.version, 0) + 1, c.id IS NULL, :no, :file_id, "
    f"s.row_number, :seq, s.digest, s.raw, {', '.join('s.' + f for f in _DATA_FIELDS)} "
    "FROM rasd_stage s LEFT JOIN records c "
    "ON c.source_id = :source_id AND c.record_key = s.record_key AND c.current "
    "WHERE NOT s.rejected AND (c.id IS NULL OR c.digest <> s.digest OR c.withdrawn) "
    "ORDER BY s.row_number"
)
# A withdrawal keeps the content and origin of the version it withdraws.
_WITHDRAWN = _INSERT + (
    "SELECT c.source_id, c.record_key, c.version + 1, :no, :yes, c.file_id, c.row_number, "
    f"    :seq, c.digest, c.raw, {', '.join('c.' + f for f in _DATA_FIELDS)} "
    "FROM records c WHERE c.source_id = :source_id AND c.current AND NOT c.withdrawn "
    "AND NOT EXISTS (SELECT 1 FROM rasd_stage s WHERE s.record_key = c.record_key) "
    "ORDER BY c.record_key"
)
_RETIRE = (
    "UPDATE records SET current = :no WHERE current AND source_id = :source_id "
    "AND audit_seq <> :seq AND record_key IN "
    "(SELECT record_key FROM records WHERE audit_seq = :seq AND version > 1)"
)
_PROMOTE = "UPDATE records SET current = :yes WHERE audit_seq = :seq AND NOT current"
_COUNTS = (
    "SELECT COALESCE(SUM(CASE WHEN version = 1 THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN version > 1 AND NOT withdrawn THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN withdrawn THEN 1 ELSE 0 END), 0) FROM records WHERE audit_seq = :seq"
)


def _apply(conn: Connection, *, source_id: int, file_id: int, seq: int) -> tuple[int, int, int]:
    """Write the new, changed and withdrawn versions; returns how many of each."""
    conn.exec_driver_sql("CREATE INDEX rasd_stage_key ON rasd_stage (record_key)")
    params = {"source_id": source_id, "file_id": file_id, "seq": seq, "yes": True, "no": False}
    for statement in (_NEW_AND_CHANGED, _WITHDRAWN, _RETIRE, _PROMOTE):
        conn.execute(text(statement), params)
    imported, updated, withdrawn = conn.execute(text(_COUNTS), {"seq": seq}).one()
    return int(imported), int(updated), int(withdrawn)


def versions_digest(conn: Connection, seq: int) -> str:
    """One digest over every record version an audited change wrote."""
    digest = hashlib.sha256()
    rows = conn.execute(text(
        "SELECT id, source_id, record_key, version, withdrawn, file_id, row_number, digest "
        "FROM records WHERE audit_seq = :seq ORDER BY id"), {"seq": seq})
    for row in rows:
        values = list(row)
        values[4] = bool(values[4])  # SQLite answers 0/1
        digest.update(audit.dumps(values).encode())
    return digest.hexdigest()


class _Stage:
    """The rows of the file being imported, in a temporary table of this transaction: copied
    in on PostgreSQL, inserted in batches on SQLite."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.driver: Any = conn.connection.driver_connection
        self.rows: list[tuple[Any, ...]] = []
        self._copy: Any = None

    def __enter__(self) -> _Stage:
        types = {"row_number": "INTEGER", "rejected": "BOOLEAN", "age": "INTEGER",
                 "birth_year": "INTEGER", "age_estimated": "BOOLEAN"}
        columns = ", ".join(f"{name} {types.get(name, 'TEXT')}" for name in _STAGE_COLUMNS)
        self.conn.exec_driver_sql(f"CREATE TEMPORARY TABLE rasd_stage ({columns})")
        if self.conn.dialect.name == "postgresql":
            self._copy = self.driver.cursor().copy(
                f"COPY rasd_stage ({', '.join(_STAGE_COLUMNS)}) FROM STDIN")
            self._writer = self._copy.__enter__()
        return self

    def add(self, row: tuple[Any, ...]) -> None:
        if self._copy is not None:
            self._writer.write_row(row)
            return
        self.rows.append(row)
        if len(self.rows) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        marks = ", ".join("?" for _ in _STAGE_COLUMNS)
        self.driver.executemany(f"INSERT INTO rasd_stage VALUES ({marks})", self.rows)
        self.rows.clear()

    def __exit__(self, *exc_info: Any) -> None:
        # On an error the COPY must still be ended (as failed), or the connection stays busy.
        if self._copy is not None:
            self._copy.__exit__(*exc_info)
        elif self.rows and exc_info[0] is None:
            self._flush()


class _Rejects:
    """The rows --skip-invalid set aside, written beside the input once the import commits."""

    def __init__(self, path: Path) -> None:
        self.target = path.with_name(path.name + ".rejects.csv")
        handle, name = tempfile.mkstemp(prefix=".rejects-", suffix=".csv", dir=path.parent)
        self._path = Path(name)
        self._stream = os.fdopen(handle, "w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._stream)
        self._writer.writerow(["row", "field", "value", "reason"])
        self.count = 0

    def add(self, error: InputError) -> None:
        value = error.value.decode(errors="replace") if isinstance(error.value, bytes) \
            else error.value
        self._writer.writerow([error.row, error.field, "" if value is None else value,
                               error.message])
        self.count += 1

    def keep(self) -> str | None:
        self._stream.close()
        if not self.count:
            return None
        os.replace(self._path, self.target)
        return str(self.target)

    def discard(self) -> None:
        self._stream.close()
        self._path.unlink(missing_ok=True)
