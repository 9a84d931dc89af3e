"""Check that nothing in the register was changed, deleted or inserted outside rasd.

The audit log is a hash chain; each entry states what its change wrote: a source's row, a file's
row and bytes (by SHA-256), and a digest over every record version it added. Each record version
carries a digest of its own content. Verifying recomputes all of these from what is stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from rasd.register import audit
from rasd.register.digest import RecordHasher, version_lines
from rasd.register.models import (
    CONTENT_FIELDS,
    AuditEntry,
    BlobChunk,
    ClaimRow,
    Document,
    File,
    Record,
    Source,
)
from rasd.register.store import Register


@dataclass
class Problem:
    """One thing that does not match what the audit log says."""

    seq: int | None  # the audit entry at fault, where one can be named
    message: str

    def __str__(self) -> str:
        return self.message if self.seq is None else f"audit entry #{self.seq}: {self.message}"


@dataclass
class AuditReport:
    """What `rasd audit verify` found: counts, the chain's head hash, and the problems."""

    entries: int = 0
    files: int = 0
    records: int = 0
    head: str = audit.GENESIS
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "files": self.files,
                "records": self.records, "head": self.head,
                "problems": [{"seq": p.seq, "message": str(p)} for p in self.problems]}


def verify_audit(register: Register, progress: Callable[[int], None] | None = None
                 ) -> AuditReport:
    """Recompute the audit chain and every digest it vouches for; report what does not match,
    ordered by audit entry so the first problem is the first bad entry."""
    report = AuditReport()
    with register.read() as conn:
        entries = _check_chain(conn, report)
        _check_sources(conn, entries, report)
        _check_files(conn, entries, report)
        _check_documents(conn, entries, report)
        _check_versions(conn, entries, report)
        _check_records(conn, report, progress)
        _check_current(conn, report)
    report.problems.sort(key=lambda p: (p.seq is None, p.seq or 0))
    return report


def _check_chain(conn: Connection, report: AuditReport) -> dict[int, dict[str, Any]]:
    entries: dict[int, dict[str, Any]] = {}
    expected_seq, prev_hash = 1, audit.GENESIS
    for row in conn.execute(select(AuditEntry.__table__).order_by(AuditEntry.seq)).mappings():
        entry = dict(row)
        seq = entry["seq"]
        if seq != expected_seq:
            report.problems.append(Problem(seq, f"expected entry #{expected_seq} here: "
                                           "entries were deleted or inserted"))
        elif entry["prev_hash"] != prev_hash:
            report.problems.append(Problem(seq, "does not follow the entry before it: "
                                           "an entry was deleted, inserted or changed"))
        if audit.entry_hash(entry) != entry["hash"]:
            report.problems.append(Problem(seq, "its content does not match its hash: "
                                           "changed outside rasd"))
        expected_seq, prev_hash = seq + 1, entry["hash"]
        entry["after"] = _loads(entry["after"])
        entries[seq] = entry
    report.entries = len(entries)
    report.head = prev_hash
    return entries


def _loads(text: str | None) -> Any:
    """Stored JSON, or a marker that matches nothing when it was made unreadable."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return _UNREADABLE


_UNREADABLE = object()


def _by_action(entries: dict[int, dict[str, Any]], action: str) -> dict[int, dict[str, Any]]:
    return {seq: entry["after"] for seq, entry in entries.items()
            if entry["action"] == action and isinstance(entry["after"], dict)}


def _check_sources(conn: Connection, entries: dict[int, dict[str, Any]],
                   report: AuditReport) -> None:
    audited = {after["id"]: (seq, after) for seq, after in
               _by_action(entries, "source.create").items()}
    sources = conn.execute(select(Source.id, Source.name, Source.created_at, Source.created_by))
    for source_id, name, created_at, created_by in sources:
        seq, after = audited.pop(source_id, (None, None))
        if seq is None or after is None:
            report.problems.append(Problem(None, f"source {source_id} ({name}) has no audit "
                                           "entry: inserted outside rasd"))
        elif (after["name"], entries[seq]["at"], entries[seq]["actor"]) != (
                name, created_at, created_by):
            report.problems.append(Problem(seq, f"source {source_id} ({name}) was changed "
                                           "outside rasd"))
    for seq, after in audited.values():
        report.problems.append(Problem(seq, f"source {after['id']} is gone: deleted outside rasd"))


def _check_files(conn: Connection, entries: dict[int, dict[str, Any]],
                 report: AuditReport) -> None:
    audited = {after["file_id"]: (seq, after) for seq, after in
               _by_action(entries, "file.import").items()}
    files = conn.execute(select(File.__table__)).all()
    for file in files:
        report.files += 1
        seq, after = audited.pop(file.id, (None, None))
        if seq is None or after is None:
            report.problems.append(Problem(None, f"file {file.id} ({file.name}) has no audit "
                                           "entry: inserted outside rasd"))
            continue
        stored = {"source_id": file.source_id, "sha256": file.sha256, "name": file.name,
                  "size": file.size, "media_type": file.media_type, "rows": file.rows,
                  "header": _loads(file.header), "mapping": _loads(file.mapping),
                  "imported_at": file.imported_at, "imported_by": file.imported_by}
        audited_as = {**after, "imported_at": entries[seq]["at"],
                      "imported_by": entries[seq]["actor"]}
        # An entry states what its version of rasd recorded; compare what it states.
        changed = [key for key, value in stored.items()
                   if key in audited_as and audited_as[key] != value]
        if changed or file.audit_seq != seq:
            report.problems.append(Problem(seq, f"file {file.id} ({file.name}): "
                                           f"{', '.join(changed) or 'audit_seq'} changed"))
        sha256, size = _blob_digest(conn, file.sha256)
        if sha256 != file.sha256 or size != file.size:
            report.problems.append(Problem(seq, f"file {file.id} ({file.name}): the original's "
                                           "bytes do not match its SHA-256: replaced or damaged"))
    for seq, after in audited.values():
        report.problems.append(Problem(seq, f"file {after['file_id']} ({after['name']}) is "
                                       "gone: deleted outside rasd"))


def _check_documents(conn: Connection, entries: dict[int, dict[str, Any]],
                     report: AuditReport) -> None:
    """Each document and its claims as its `document.import` entry states them."""
    audited = {after["document_id"]: (seq, after) for seq, after in
               _by_action(entries, "document.import").items()}
    claims: dict[int, list[str]] = {}
    for document_id, claim in conn.execute(select(ClaimRow.document_id, ClaimRow.claim)
                                           .order_by(ClaimRow.document_id, ClaimRow.position)):
        claims.setdefault(document_id, []).append(claim)
    for document in conn.execute(select(Document.__table__)).all():
        seq, after = audited.pop(document.id, (None, None))
        if seq is None or after is None:
            report.problems.append(Problem(None, f"document {document.id} ({document.name}) "
                                           "has no audit entry: inserted outside rasd"))
            continue
        rows = claims.pop(document.id, [])
        stored = {"source_id": document.source_id, "sha256": document.sha256,
                  "name": document.name, "size": document.size,
                  "media_type": document.media_type, "published": document.published,
                  "claims": len(rows), "claims_digest": _digest("\n".join(rows)),
                  "text_digest": _digest(document.text)}
        changed = [key for key, value in stored.items() if after.get(key) != value]
        if changed or document.audit_seq != seq:
            report.problems.append(Problem(seq, f"document {document.id} ({document.name}): "
                                           f"{', '.join(changed) or 'audit_seq'} changed"))
        sha256, size = _blob_digest(conn, document.sha256)
        if sha256 != document.sha256 or size != document.size:
            report.problems.append(Problem(seq, f"document {document.id} ({document.name}): the "
                                           "original's bytes do not match its SHA-256"))
    for seq, after in audited.values():
        report.problems.append(Problem(seq, f"document {after['document_id']} ({after['name']})"
                                       " is gone: deleted outside rasd"))
    for document_id in claims:
        report.problems.append(Problem(None, f"claims of document {document_id}, which does "
                                       "not exist: inserted outside rasd"))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _blob_digest(conn: Connection, sha256: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    chunks = conn.execute(select(BlobChunk.data).where(BlobChunk.sha256 == sha256)
                          .order_by(BlobChunk.seq))
    for (data,) in chunks:
        digest.update(data)
        size += len(data)
    return digest.hexdigest(), size


def _check_versions(conn: Connection, entries: dict[int, dict[str, Any]],
                    report: AuditReport) -> None:
    imports = _by_action(entries, "file.import")
    counted = dict(conn.execute(select(Record.audit_seq, func.count()).group_by(Record.audit_seq)
                                ).all())
    for seq, count in counted.items():
        if seq not in imports:
            report.problems.append(Problem(None, f"{count} record versions name audit entry "
                                           f"#{seq}, which wrote none: inserted outside rasd"))
    for seq, after in imports.items():
        if counted.get(seq, 0) != after["versions"] or \
                versions_digest(conn, seq) != after["versions_digest"]:
            report.problems.append(Problem(seq, f"the record versions it wrote "
                                           f"({after['versions']}) were changed, deleted or "
                                           "added to outside rasd"))


def versions_digest(conn: Connection, seq: int) -> str:
    """The digest over every record version one audited change wrote, from what is stored."""
    digest = hashlib.sha256()
    rows = conn.execute(
        select(Record.id, Record.source_id, Record.version, Record.withdrawn,
               Record.file_id, Record.row_number, Record.digest)
        .where(Record.audit_seq == seq).order_by(Record.id))
    while batch := rows.fetchmany(10_000):
        digest.update(version_lines(batch))
    return digest.hexdigest()


def _check_records(conn: Connection, report: AuditReport,
                   progress: Callable[[int], None] | None) -> None:
    hashers = {}
    for file_id, header in conn.execute(select(File.id, File.header)):
        columns = _loads(header)
        if columns is None or isinstance(columns, list):
            hashers[file_id] = RecordHasher(columns)
    columns = [getattr(Record, name) for name in CONTENT_FIELDS]
    query = select(Record.id, Record.audit_seq, Record.digest, Record.file_id, Record.raw,
                   *columns).order_by(Record.id)
    for row in conn.execution_options(yield_per=10_000).execute(query):
        report.records += 1
        if progress is not None and report.records % 10_000 == 0:
            progress(report.records)
        content = list(row[5:])
        try:
            digest = hashers[row.file_id].digest(content, row.raw)
        except (UnicodeEncodeError, KeyError):
            digest = None
        if digest != row.digest:
            report.problems.append(Problem(row.audit_seq, f"record version {row.id} (key "
                                           f"{content[0]!r}) does not match its digest: "
                                           "changed outside rasd"))


def _check_current(conn: Connection, report: AuditReport) -> None:
    latest = (select(Record.source_id, Record.record_key, func.max(Record.version).label("top"))
              .group_by(Record.source_id, Record.record_key).subquery())
    wrong = conn.execute(
        select(Record.source_id, Record.record_key).join(
            latest, (latest.c.source_id == Record.source_id)
            & (latest.c.record_key == Record.record_key))
        .where(Record.current != (Record.version == latest.c.top)).limit(10)
    ).all()
    for source_id, key in wrong:
        report.problems.append(Problem(None, f"record {key!r} of source {source_id}: its "
                                       "current version is not its latest: changed outside rasd"))
