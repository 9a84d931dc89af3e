"""The register's tables.

Records are versions: a row is never edited, a change is a new row with the next version, and
`current` marks the latest one of each (source, record_key). Original files are kept byte for
byte in `blob_chunks`, addressed by SHA-256. Timestamps are ISO 8601 text in UTC so that what is
hashed into the audit chain reads back identically on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(Text)


class Blob(Base):
    """An original file's bytes, stored once however many times it was imported."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)


class BlobChunk(Base):
    """One slice of a blob, so that storing a large file never holds it whole in memory."""

    __tablename__ = "blob_chunks"

    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class File(Base):
    """One import of one file into one source."""

    __tablename__ = "files"
    # What a record's (file_id, source_id) refers to.
    __table_args__ = (Index("ix_files_id_source_id", "id", "source_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    imported_at: Mapped[str] = mapped_column(String(32))
    imported_by: Mapped[str] = mapped_column(Text)
    # The column names of a tabular file: a record's raw row is stored as a list of cells.
    header: Mapped[str | None] = mapped_column(Text)
    mapping: Mapped[str] = mapped_column(Text)
    rows: Mapped[int] = mapped_column(Integer)
    audit_seq: Mapped[int] = mapped_column(Integer)


class Record(Base):
    """One version of one source's report of one person."""

    __tablename__ = "records"
    __table_args__ = (
        UniqueConstraint("source_id", "record_key", "version"),
        # The file a version was read from, of the version's own source: one key to check.
        ForeignKeyConstraint(["file_id", "source_id"], ["files.id", "files.source_id"],
                             name="fk_records_file"),
        Index(
            "ix_records_current", "source_id", "record_key", unique=True,
            sqlite_where=text("current"), postgresql_where=text("current"),
        ),
        Index("ix_records_audit_seq", "audit_seq"),
    )

    # Given by rasd under the write lock (see importer._Writer), not by the database. INTEGER
    # on SQLite, where only that makes the key the rowid rather than a second index.
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                    primary_key=True, autoincrement=False)
    source_id: Mapped[int] = mapped_column(Integer)
    record_key: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    current: Mapped[bool] = mapped_column(Boolean)
    withdrawn: Mapped[bool] = mapped_column(Boolean)
    # Where the content was read: for a withdrawal, the file of the version it withdraws.
    file_id: Mapped[int] = mapped_column(Integer)
    row_number: Mapped[int | None] = mapped_column(Integer)
    # The audit entry of the change that wrote this version.
    audit_seq: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    raw: Mapped[str] = mapped_column(Text)

    full_name: Mapped[str | None] = mapped_column(Text)
    name_ar: Mapped[str | None] = mapped_column(Text)
    name_latin: Mapped[str | None] = mapped_column(Text)
    first_name: Mapped[str | None] = mapped_column(Text)
    father_name: Mapped[str | None] = mapped_column(Text)
    grandfather_name: Mapped[str | None] = mapped_column(Text)
    mother_name: Mapped[str | None] = mapped_column(Text)
    family_name: Mapped[str | None] = mapped_column(Text)
    sex: Mapped[str] = mapped_column(String(10))
    age: Mapped[int | None] = mapped_column(Integer)
    age_estimated: Mapped[bool] = mapped_column(Boolean)
    age_group: Mapped[str] = mapped_column(String(10))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    date_of_death: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(5))
    governorate: Mapped[str | None] = mapped_column(Text)
    district: Mapped[str | None] = mapped_column(Text)
    locality: Mapped[str | None] = mapped_column(Text)
    cause: Mapped[str] = mapped_column(String(40))
    perpetrator: Mapped[str] = mapped_column(String(80))
    status: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """One change, chained to the one before by hash so that tampering shows."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(Text)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))



class LinkRun(Base):
    """One run of `rasd link`: the settings and trained model it used and what it found."""

    __tablename__ = "link_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    audit_seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(Text)
    backend: Mapped[str] = mapped_column(String(20))
    settings: Mapped[str] = mapped_column(Text)
    model: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)


class Victim(Base):
    """One person: the records linked to them. The id outlives re-linking (see linkage.ids);
    a victim merged into another keeps its row, pointing at the one it became."""

    __tablename__ = "victims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_run: Mapped[int] = mapped_column(ForeignKey("link_runs.id"))
    changed_run: Mapped[int] = mapped_column(ForeignKey("link_runs.id"))  # records or status
    status: Mapped[str] = mapped_column(String(10))  # active, merged or retired
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("victims.id"))
    records: Mapped[int] = mapped_column(Integer)


class VictimRecord(Base):
    """Which victim a record (a source's record key, whatever its version) belongs to now."""

    __tablename__ = "victim_records"
    __table_args__ = (Index("ix_victim_records_victim", "victim_id"),)

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), primary_key=True)
    record_key: Mapped[str] = mapped_column(Text, primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victims.id"))
    run_id: Mapped[int] = mapped_column(ForeignKey("link_runs.id"))


class LinkDecision(Base):
    """A person's judgement that two records are, or are not, the same person. Never deleted:
    a later judgement on the same pair supersedes it and both stay."""

    __tablename__ = "link_decisions"
    __table_args__ = (Index("ix_link_decisions_pair", "source_a", "key_a", "source_b", "key_b"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_a: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    key_a: Mapped[str] = mapped_column(Text)
    source_b: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    key_b: Mapped[str] = mapped_column(Text)
    same: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[str] = mapped_column(String(32))
    decided_by: Mapped[str] = mapped_column(Text)
    audit_seq: Mapped[int] = mapped_column(Integer)
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("link_decisions.id"))


class ReviewPair(Base):
    """A pair the last link run was unsure of, with the evidence of each compared field."""

    __tablename__ = "review_pairs"

    run_id: Mapped[int] = mapped_column(ForeignKey("link_runs.id"), primary_key=True)
    source_a: Mapped[int] = mapped_column(ForeignKey("sources.id"), primary_key=True)
    key_a: Mapped[str] = mapped_column(Text, primary_key=True)
    source_b: Mapped[int] = mapped_column(ForeignKey("sources.id"), primary_key=True)
    key_b: Mapped[str] = mapped_column(Text, primary_key=True)
    probability: Mapped[float] = mapped_column(Float)
    weight: Mapped[float] = mapped_column(Float)
    weights: Mapped[str] = mapped_column(Text)  # JSON: the match weight of each field


# The fields of a record that come from the source's row, in the order they are hashed.
CONTENT_FIELDS = (
    "record_key", "full_name", "name_ar", "name_latin", "first_name", "father_name",
    "grandfather_name", "mother_name", "family_name", "sex", "age", "age_estimated",
    "age_group", "birth_year", "date_of_death", "date_precision", "governorate", "district",
    "locality", "cause", "perpetrator", "status", "notes",
)


class Document(Base):
    """A report or article, kept byte for byte in `blobs`, with the text claims were read from."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    published: Mapped[str | None] = mapped_column(String(10))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[str] = mapped_column(String(32))
    imported_by: Mapped[str] = mapped_column(Text)
    audit_seq: Mapped[int] = mapped_column(Integer)


class ClaimRow(Base):
    """One claim of a document, in document order, as its JSON (design.md's claim fields)."""

    __tablename__ = "claims"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    claim: Mapped[str] = mapped_column(Text)
