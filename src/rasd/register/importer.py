"""Import one source list into the register: all of it, in one audited transaction, or nothing.

Rows are read, converted and written a batch at a time, each batch's keys looked up among the
source's current records, so memory stays flat however long the list is. A record that vanished
from a resent list gets a withdrawn version; nothing is deleted or edited. A large table is
read and converted in a worker process while this one writes (see _Worker): the worker
never touches the database, so the transaction stays this process's alone.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import marshal
import multiprocessing
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Generator, Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from rasd.errors import InputError, RasdError
from rasd.register import audit
from rasd.register.convert import RowConverter
from rasd.register.digest import RecordHasher, version_lines
from rasd.register.mapping import Mapping
from rasd.register.models import CONTENT_FIELDS, Blob, BlobChunk, File, Record, Source
from rasd.register.reading import Progress, Row, Table, media_type, open_table
from rasd.register.store import Change, Register
from rasd.register.vocab import CANONICAL_FIELDS

CHUNK_SIZE = 1 << 20
_DATA_FIELDS = CONTENT_FIELDS[1:]  # all but record_key, which has its own place in a version


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
    """The SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


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
    rejects = _Rejects(path) if skip_invalid else None
    try:
        with register.write(actor) as change:
            # Asked under the write lock, so two imports of one file cannot both go ahead.
            # Only the source's latest file counts: an older list sent again is a resend.
            latest = change.conn.execute(
                select(File.id, File.sha256, File.rows).join(Source, Source.id == File.source_id)
                .where(Source.name == name).order_by(File.id.desc()).limit(1)
            ).first()
            if latest is not None and latest.sha256 == sha256:
                return ImportResult(name, sha256, rows=latest.rows, file_id=latest.id,
                                    already_imported=True)
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
    source_id = ensure_source(change, name)
    seq = change.next_seq
    result = ImportResult(name, sha256)
    with open_table(path, mapping.read, progress) as table:
        columns = _columns(path, mapping, table)
        plan = _Plan(path, mapping, columns, today, keep_rejects=rejects is not None)
        # Started first, so the worker converts while the original's bytes are stored.
        batches = _Worker(plan, progress) if _worth_a_worker(path, table) \
            else plan.batches(table)
        # Closed on any error: the worker stops, and an open COPY is ended.
        with closing(batches):
            store_original(conn, path, sha256)
            file_id = conn.execute(insert(File).returning(File.id).values(
                source_id=source_id, sha256=sha256, name=path.name, size=path.stat().st_size,
                media_type=kind, imported_at=change.at, imported_by=change.actor,
                header=None if table.header is None
                else json.dumps(table.header, ensure_ascii=False),
                mapping=audit.dumps(mapping.to_dict()), rows=0, audit_seq=seq,
            )).scalar_one()
            writer = _Writer(conn, path, columns["record_key"], rejects,
                             plan.converter(table.header).empty_fields,
                             source_id=source_id, file_id=file_id, seq=seq)
            with writer.copying, _collecting_less():
                for batch in batches:
                    result.rows += len(batch)
                    writer.write(batch)
        result.detected = table.detected
    result.withdrawn = writer.finish()
    result.imported, result.updated = writer.imported, writer.updated
    result.unchanged, result.rejected = writer.unchanged, writer.rejected
    result.file_id = file_id
    conn.execute(update(File).where(File.id == file_id).values(rows=result.rows))
    change.audit("file.import", f"file:{file_id}", after={
        "file_id": file_id, "source_id": source_id, "source": name, "name": path.name,
        "sha256": sha256, "size": path.stat().st_size, "media_type": kind, "rows": result.rows,
        "header": table.header, "mapping": mapping.to_dict(),
        "imported": result.imported, "updated": result.updated, "unchanged": result.unchanged,
        "withdrawn": result.withdrawn, "rejected": result.rejected,
        "versions": result.imported + result.updated + result.withdrawn,
        "versions_digest": writer.versions.hexdigest(),
    })
    return result


def ensure_source(change: Change, name: str) -> int:
    """The source's id, created (and audited) on first use."""
    found = change.conn.execute(select(Source.id).where(Source.name == name)).scalar()
    if found is not None:
        return int(found)
    source_id = change.conn.execute(insert(Source).returning(Source.id).values(
        name=name, created_at=change.at, created_by=change.actor,
    )).scalar_one()
    change.audit("source.create", f"source:{source_id}", after={"id": source_id, "name": name})
    return int(source_id)


def store_original(conn: Connection, path: Path, sha256: str) -> None:
    """Keep a file's bytes, once per SHA-256, in the same transaction as what it produced."""
    if conn.execute(select(Blob.sha256).where(Blob.sha256 == sha256)).first():
        return
    conn.execute(insert(Blob).values(sha256=sha256, size=path.stat().st_size))
    fast = _lz4_available(conn)
    if fast:
        # PostgreSQL compresses what it stores out of line with pglz by default, which takes
        # longer than loading the whole list; lz4 is several times faster, and the bytes read
        # back the same. Only for this file's chunks: the setting is reset below.
        conn.exec_driver_sql("SET LOCAL default_toast_compression = lz4")
    with open(path, "rb") as stream:
        seq = 0
        while chunk := stream.read(CHUNK_SIZE):
            conn.execute(insert(BlobChunk).values(sha256=sha256, seq=seq, data=chunk))
            seq += 1
    if fast:
        conn.exec_driver_sql("SET LOCAL default_toast_compression TO DEFAULT")


def _lz4_available(conn: Connection) -> bool:
    """Whether this is a PostgreSQL (14 or later) built with lz4 compression."""
    if conn.dialect.name != "postgresql":
        return False
    found = conn.exec_driver_sql(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings "
        "WHERE name = 'default_toast_compression'").scalar()
    return bool(found)


def _columns(path: Path, mapping: Mapping, table: Table) -> dict[str, str]:
    if table.header is None:
        columns = dict(mapping.columns) or {
            name: name for name in CANONICAL_FIELDS if name not in mapping.constants}
    else:
        columns = mapping.columns_for(table.header)
        for field_name, column in columns.items():
            if column not in table.header:
                raise InputError(
                    f"the mapping reads column {column!r}, which the file does not have; its "
                    f"columns are: {', '.join(table.header)}", file=str(path), row=1,
                    field=f"columns.{field_name}",
                )
    if "record_key" not in columns:
        raise InputError("no record key: map a column to record_key", file=str(path),
                         row=1 if table.header is not None else None,
                         field="columns.record_key")
    return columns


# One row, ready to write: row number, key, canonical fields, digest, stored raw row, and the
# error that set it aside (message, file, row, field, value) or None. Plain data, so that a
# worker process can send it through a pipe with marshal.
_Prepared = tuple[int, str | None, list[Any] | None, str, str, tuple[Any, ...] | None]
_BATCH = 5000


class _Plan:
    """How the rows of one file become records: read, converted, stored form and digest.
    Runs in the importing process or, for a large table, in a worker process beside it."""

    def __init__(self, path: Path, mapping: Mapping, columns: dict[str, str],
                 today: date | None, *, keep_rejects: bool) -> None:
        self.path, self.mapping, self.columns = path, mapping, columns
        self.today, self.keep_rejects = today, keep_rejects

    def converter(self, header: list[str] | None) -> RowConverter:
        return RowConverter(self.mapping, self.columns, header, file=str(self.path),
                            today=self.today)

    def batches(self, table: Table) -> Generator[list[_Prepared], None, None]:
        """The rows of an open table, prepared, a batch at a time. Raises InputError for a bad
        row unless rejects are kept, and for a file without records."""
        converter = self.converter(table.header)
        hasher = RecordHasher(table.header)
        seen: set[str] = set()
        batch: list[_Prepared] = []
        rows = 0
        for row in table.rows:
            rows += 1
            batch.append(self._prepare(row, converter, hasher, table))
            if table.header is None and len(seen) < len(self.columns):
                seen.update(column for column in self.columns.values() if column in row.cells)
            if len(batch) >= _BATCH:
                yield batch
                batch = []
        if batch:
            yield batch
        if rows == 0:
            raise InputError("the file has no records, only a header", file=str(self.path),
                             row=2)
        missing = [name for name, column in self.columns.items() if column not in seen]
        if missing and table.header is None and self.mapping.columns:
            raise InputError(f"column {self.columns[missing[0]]!r} named in the mapping is in "
                             "no record", file=str(self.path), field=f"columns.{missing[0]}")

    def _prepare(self, row: Row, converter: RowConverter, hasher: RecordHasher,
                 table: Table) -> _Prepared:
        """A row's key, canonical fields, digest and stored form; fields None if rejected."""
        try:
            fields = converter(row)
            try:
                raw = hasher.raw_text(row.raw)
                digest = hasher.digest(fields, raw)
            except UnicodeEncodeError:
                raise _undecodable(self.path, row, table) from None
        except InputError as error:
            if not self.keep_rejects:
                raise
            try:
                key = converter.key(row)
                key.encode()  # undecodable bytes: no key to hold on to
            except (ValueError, UnicodeError):
                return row.number, None, None, "", "", _error_parts(error)
            return row.number, key, None, "", "", _error_parts(error)
        return row.number, fields[0], fields, digest, raw, None


def _error_parts(error: InputError) -> tuple[Any, ...]:
    value = error.value
    if not isinstance(value, str | bytes | int | float | None):
        value = repr(value)
    return error.message, error.file, error.row, error.field, value


def _error(parts: tuple[Any, ...]) -> InputError:
    message, file, row, field_name, value = parts
    return InputError(message, file=file, row=row, field=field_name, value=value)


# A worker pays for itself from a few megabytes on: it converts while this process writes.
_WORKER_BYTES = 1 << 20


def _worth_a_worker(path: Path, table: Table) -> bool:
    """Whether to convert this file's rows in a worker process: a large table, and a core to
    spare. On a machine already busy the two processes only slow each other down (shared
    caches, and passing the rows costs work of its own), so with less than half a core idle
    the conversion stays here. RASD_IMPORT_WORKER=1 or 0 decides it for every table."""
    if table.header is None:
        return False
    chosen = os.environ.get("RASD_IMPORT_WORKER")
    if chosen in ("0", "1"):
        return chosen == "1"
    cores = os.cpu_count() or 1
    return path.stat().st_size >= _WORKER_BYTES and cores > 1 and _idle_cores(cores) >= 0.5


def _idle_cores(cores: int) -> float:
    """How many cores are idle now: measured over a tenth of a second where the kernel says
    (/proc/stat), else guessed from the load average, which trails by a minute and so still
    counts work just finished, such as a previous import."""
    try:
        before = _cpu_times()
        time.sleep(0.1)
        after = _cpu_times()
    except (OSError, ValueError, IndexError):
        before = after = (0, 0)
    total = after[1] - before[1]
    if total <= 0:
        return cores - os.getloadavg()[0]
    return cores * (after[0] - before[0]) / total


def _cpu_times() -> tuple[int, int]:
    """Idle and all time of all cores since boot, in clock ticks."""
    with open("/proc/stat", encoding="ascii") as stat:
        ticks = [int(value) for value in stat.readline().split()[1:]]
    return ticks[3] + ticks[4], sum(ticks)  # idle and waiting for I/O


class _Worker:
    """The batches of a plan, prepared in a worker process while this one writes them. The
    pipe holds a batch or two, so memory stays flat; if this process dies, the worker's next
    send fails and it ends too. Close it to stop the worker."""

    def __init__(self, plan: _Plan, progress: Progress | None) -> None:
        self.progress = progress
        sys.stdout.flush()  # a forked worker must not write what this process had buffered
        sys.stderr.flush()
        context = multiprocessing.get_context("fork")
        self.receiver, sender = context.Pipe(duplex=False)
        self.process = context.Process(target=_work, args=(plan, self.receiver, sender),
                                       daemon=True)
        self.process.start()
        sender.close()

    def __iter__(self) -> Iterator[list[_Prepared]]:
        while True:
            try:
                kind, body, position = marshal.loads(self.receiver.recv_bytes())
            except EOFError:
                raise RasdError("the import's worker process ended without a word") from None
            if kind == "rows":
                if self.progress is not None:
                    self.progress(position)
                yield body
            elif kind == "error":
                raise _error(body)
            elif kind == "failed":
                raise RasdError(f"the import's worker process failed:\n{body}")
            else:
                return

    def close(self) -> None:
        self.receiver.close()
        self.process.terminate()
        self.process.join()


def _work(plan: _Plan, receiver: Any, sender: Any) -> None:
    """The worker process: read and prepare the file's rows and send them, batch by batch."""
    receiver.close()
    read = [0]

    def note(position: int) -> None:
        read[0] = position

    try:
        with _collecting_less(), open_table(plan.path, plan.mapping.read, note) as table:
            for batch in plan.batches(table):
                sender.send_bytes(marshal.dumps(("rows", batch, read[0])))
        sender.send_bytes(marshal.dumps(("done", None, read[0])))
    except InputError as error:
        sender.send_bytes(marshal.dumps(("error", _error_parts(error), 0)))
    except BrokenPipeError:
        pass  # the importing process is gone
    except BaseException:
        sender.send_bytes(marshal.dumps(("failed", traceback.format_exc(), 0)))
    finally:
        sender.close()


@contextmanager
def _collecting_less() -> Iterator[None]:
    """Collect garbage less often, and never among the objects that were there before: a
    large import makes millions of short-lived objects, which the default thresholds have the
    collector walk, with everything else, again and again."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _undecodable(path: Path, row: Row, table: Table) -> InputError:
    encoding = table.detected.get("encoding", "utf-8")
    named = zip(table.header, row.cells, strict=True) if table.header else row.cells.items()
    for column, cell in named:
        try:
            cell.encode()
        except UnicodeEncodeError:
            return InputError(f"undecodable bytes: the text is not valid {encoding}",
                              file=str(path), row=row.number, field=column,
                              value=cell.encode(errors="surrogateescape"))
    return InputError(f"undecodable bytes: not valid {encoding}", file=str(path), row=row.number)


_VERSION_COLUMNS = ("id", "source_id", "record_key", "version", "current", "withdrawn",
                    "file_id", "row_number", "audit_seq", "digest", "raw")
_RECORD_COLUMNS = (*_VERSION_COLUMNS, *_DATA_FIELDS)
# What of a version goes into its change's digest: id, source_id, version, withdrawn, file_id,
# row_number and digest, by their places in _VERSION_COLUMNS.
_VERSION_LINE = itemgetter(*[_VERSION_COLUMNS.index(name) for name in (
    "id", "source_id", "version", "withdrawn", "file_id", "row_number", "digest")])
# A withdrawal keeps the content and origin of the version it withdraws.
_WITHDRAW = (
    f"INSERT INTO records ({', '.join(_RECORD_COLUMNS)}) "
    "SELECT :base + ROW_NUMBER() OVER (ORDER BY c.record_key), c.source_id, c.record_key, "
    "c.version + 1, :no, :yes, c.file_id, c.row_number, :seq, c.digest, c.raw, "
    f"{', '.join('c.' + f for f in _DATA_FIELDS)} "
    "FROM records c WHERE c.source_id = :source_id AND c.current AND NOT c.withdrawn "
    "AND c.audit_seq <> :seq "
    "AND NOT EXISTS (SELECT 1 FROM rasd_seen s WHERE s.record_key = c.record_key) "
    # A newer version (this file changed the record) is found through the unique index.
    "AND NOT EXISTS (SELECT 1 FROM records n WHERE n.source_id = c.source_id "
    "    AND n.record_key = c.record_key AND n.version = c.version + 1)"
)
_RETIRE = (
    "UPDATE records SET current = :no WHERE current AND source_id = :source_id "
    "AND audit_seq <> :seq AND record_key IN "
    "(SELECT record_key FROM records WHERE audit_seq = :seq AND version > 1)"
)
_PROMOTE = "UPDATE records SET current = :yes WHERE audit_seq = :seq AND NOT current"


class _KeysGiven:
    """The record keys a file has given so far, as a bitmap of their hashes, whose size does
    not grow with the file: a key whose bit is clear was not given before; one whose bit is
    set may have been, and is looked up."""

    _BITS = 1 << 27  # 16 MB: about one key in a hundred looked up in vain at a million rows

    def __init__(self) -> None:
        import numpy as np  # here: the rest of an import does without it

        self.bitmap = np.zeros(self._BITS >> 3, dtype=np.uint8)

    def maybe_given(self, keys: list[str]) -> list[str]:
        """Of these keys, the ones that may have been given before; all are noted as given."""
        import numpy as np

        hashes = np.fromiter(map(hash, keys), dtype=np.int64, count=len(keys)).view(np.uint64)
        bits = hashes & np.uint64(self._BITS - 1)
        places = (bits >> np.uint64(3)).astype(np.intp)
        masks = np.left_shift(np.uint8(1), (bits & np.uint64(7)).astype(np.uint8))
        maybe = np.flatnonzero(self.bitmap[places] & masks)
        np.bitwise_or.at(self.bitmap, places, masks)
        return [keys[index] for index in maybe]


class _Writer:
    """Writes the rows of one file as record versions, a batch at a time: each batch's keys are
    looked up among the source's current records to tell new, changed and unchanged apart.

    Record ids are given here, not by the database, so that the digest of all versions this
    change writes is known without reading them back; the write lock makes that safe."""

    def __init__(self, conn: Connection, path: Path, key_column: str,
                 rejects: _Rejects | None, empty_fields: frozenset[str], *, source_id: int,
                 file_id: int, seq: int) -> None:
        self.conn = conn
        # Fields empty on every row of this file are left to their column's default (NULL):
        # each value written costs time, an empty one on SQLite more than most.
        written = [name for name in _DATA_FIELDS if name not in empty_fields]
        self.columns = (*_VERSION_COLUMNS, *written)
        self.written: Callable[[Any], tuple[Any, ...]] = itemgetter(
            *[CONTENT_FIELDS.index(name) for name in written])
        self.path = path
        self.key_column = key_column
        self.rejects = rejects
        self.source_id, self.file_id, self.seq = source_id, file_id, seq
        self.driver: Any = conn.connection.driver_connection
        self.postgres = conn.dialect.name == "postgresql"
        self.next_id = int(conn.execute(text("SELECT COALESCE(MAX(id), 0) + 1 FROM records"))
                           .scalar_one())
        # A new source, or one whose records were all withdrawn, has nothing to withdraw.
        self.had_current = conn.execute(
            select(Record.id).where(Record.source_id == source_id, Record.current,
                                    Record.withdrawn.is_(False)).limit(1)).first() is not None
        # A source's first list: no key has a version yet, so only the keys this file may
        # already have given are looked up.
        self.first_keys = None if conn.execute(
            select(Record.id).where(Record.source_id == source_id).limit(1)
        ).first() is not None else _KeysGiven()
        self.imported = self.updated = self.unchanged = self.rejected = 0
        self.versions = hashlib.sha256()
        self.seen = 0
        # A COPY into PostgreSQL, left open so the server stores rows while this process waits
        # for the next batch; ended before anything else is asked of the connection.
        self.copying = ExitStack()
        self.copy: Any = None
        self.copy_table: str | None = None
        # Keys of rows that wrote no version (unchanged or rejected): they are not withdrawn.
        conn.exec_driver_sql(
            "CREATE TEMPORARY TABLE rasd_seen (record_key TEXT PRIMARY KEY, row_number INTEGER)")

    def write(self, batch: list[_Prepared]) -> None:
        """Write one batch of prepared rows: tell new, changed and unchanged apart."""
        unique = {row[1] for row in batch if row[1] is not None}
        keys = list(unique)
        if self.first_keys is not None:
            keys = self.first_keys.maybe_given(keys)
        current, earlier = self._lookup(keys)
        if not current and not earlier and len(unique) == len(batch) and all(
                row[2] is not None for row in batch):
            self._write("records", self.columns, self._all_new(batch))
            return
        versions: list[tuple[Any, ...]] = []
        seen: list[tuple[str, int]] = []
        for number, key, fields, digest, raw, error in batch:
            if error is not None and self.rejects is not None:
                self.rejects.add(_error(error))
            if key is not None:
                if key in earlier:
                    self._repeated(key, earlier[key], number, rejected=fields is None)
                    continue
                earlier[key] = number
            if fields is None:
                self.rejected += 1
                if key is not None:
                    seen.append((key, number))
                continue
            found = None if key is None else current.get(key)
            if found is not None and found[1] == digest and not found[2]:
                self.unchanged += 1
                seen.append((str(key), number))
                continue
            version = 1 if found is None else found[0] + 1
            if found is None:
                self.imported += 1
            else:
                self.updated += 1
            versions.append((self.next_id, self.source_id, key, version, found is None, False,
                             self.file_id, number, self.seq, digest, raw,
                             *self.written(fields)))
            self.next_id += 1
        self._note(versions)
        self._write("rasd_seen", ("record_key", "row_number"), seen)
        self.seen += len(seen)
        self._write("records", self.columns, versions)

    def _all_new(self, batch: list[_Prepared]) -> list[tuple[Any, ...]]:
        """The first versions of a batch of records none of which the source had, the common
        case of a large import, made without asking of each row what it is."""
        start, source_id, file_id, seq, written = (
            self.next_id, self.source_id, self.file_id, self.seq, self.written)
        versions = [(start + index, source_id, key, 1, True, False, file_id, number, seq, digest,
                     raw, *written(fields))
                    for index, (number, key, fields, digest, raw, _error) in enumerate(batch)]
        self._note(versions)
        self.next_id += len(batch)
        self.imported += len(batch)
        return versions

    def _note(self, versions: list[tuple[Any, ...]]) -> None:
        """Add versions about to be written, as _write takes them, to the change's digest."""
        self.versions.update(version_lines(map(_VERSION_LINE, versions)))

    def _lookup(self, keys: list[str]
                ) -> tuple[dict[str, tuple[int, str, bool]], dict[str, int]]:
        """The current versions of these keys, and the rows of this file that had them."""
        current: dict[str, tuple[int, str, bool]] = {}
        earlier: dict[str, int] = {}
        if not keys:
            return current, earlier
        self._end_copy()
        # Plain driver SQL: compiling a 5,000-item IN list costs more than running it.
        versions = self._select(
            "SELECT record_key, version, digest, withdrawn, current, audit_seq, row_number "
            "FROM records WHERE source_id = {p} AND record_key {keys}", keys, self.source_id)
        for key, version, digest, withdrawn, is_current, audit_seq, number in versions:
            if audit_seq == self.seq:
                earlier[key] = number
            elif is_current:
                current[key] = (version, digest, bool(withdrawn))
        if self.seen:
            earlier.update(self._select(
                "SELECT record_key, row_number FROM rasd_seen WHERE record_key {keys}", keys))
        for key in earlier:
            current.pop(key, None)
        return current, earlier

    def _select(self, sql: str, keys: list[str], *before: Any) -> list[tuple[Any, ...]]:
        """Run `sql`, whose {p} marks take `before` and whose {keys} takes the keys."""
        cursor = self.driver.cursor()
        if self.conn.dialect.name == "postgresql":
            cursor.execute(sql.format(p="%s", keys="= ANY(%s)"), (*before, keys))
        else:
            marks = ", ".join(["?"] * len(keys))
            cursor.execute(sql.format(p="?", keys=f"IN ({marks})"), (*before, *keys))
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        cursor.close()
        return rows

    def _repeated(self, key: str, first: int, number: int, *, rejected: bool) -> None:
        """A key twice in one file: an error naming both rows; with --skip-invalid the later
        row is set aside and the first kept."""
        error = InputError(f"record key repeated in rows {first} and {number}",
                           file=str(self.path), row=number, field=self.key_column, value=key)
        if self.rejects is None:
            raise error
        if not rejected:
            self.rejects.add(error)
        self.rejected += 1

    def _write(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.postgres:
            if self.copy_table != table:
                self._end_copy()
                self.copy = self.copying.enter_context(self.driver.cursor().copy(
                    f"COPY {table} ({', '.join(columns)}) FROM STDIN"))
                self.copy_table = table
            for row in rows:
                self.copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            self.driver.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def _end_copy(self) -> None:
        self.copying.close()
        self.copy_table = None

    def finish(self) -> int:
        """Withdraw the source's records this file no longer has, make the new versions
        current, and return how many were withdrawn."""
        self._end_copy()
        params = {"source_id": self.source_id, "seq": self.seq, "base": self.next_id - 1,
                  "yes": True, "no": False}
        # Each statement reads every version this file wrote: skipped when it has nothing to do.
        withdrawn = self.conn.execute(text(_WITHDRAW), params).rowcount if self.had_current else 0
        if withdrawn:
            rows = self.conn.execute(
                select(Record.id, Record.source_id, Record.version, Record.withdrawn,
                       Record.file_id, Record.row_number, Record.digest)
                .where(Record.audit_seq == self.seq, Record.withdrawn).order_by(Record.id))
            while batch := rows.fetchmany(_BATCH):
                self.versions.update(version_lines(batch))
        if withdrawn or self.updated:
            self.conn.execute(text(_RETIRE), params)
            self.conn.execute(text(_PROMOTE), params)
        self.conn.exec_driver_sql("DROP TABLE rasd_seen")
        return int(withdrawn)


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
