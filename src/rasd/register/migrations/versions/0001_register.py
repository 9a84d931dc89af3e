"""The register: sources, original files, record versions, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
    )
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.Column("imported_by", sa.Text, nullable=False),
        sa.Column("header", sa.Text),
        sa.Column("mapping", sa.Text, nullable=False),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("audit_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "records",
        # INTEGER on SQLite, where only that makes the key the rowid rather than a second index.
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                  autoincrement=False),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("record_key", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("current", sa.Boolean, nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False),
        sa.Column("file_id", sa.Integer, sa.ForeignKey("files.id"), nullable=False),
        sa.Column("row_number", sa.Integer),
        sa.Column("audit_seq", sa.Integer, nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("full_name", sa.Text),
        sa.Column("name_ar", sa.Text),
        sa.Column("name_latin", sa.Text),
        sa.Column("first_name", sa.Text),
        sa.Column("father_name", sa.Text),
        sa.Column("grandfather_name", sa.Text),
        sa.Column("mother_name", sa.Text),
        sa.Column("family_name", sa.Text),
        sa.Column("sex", sa.String(10), nullable=False),
        sa.Column("age", sa.Integer),
        sa.Column("age_estimated", sa.Boolean, nullable=False),
        sa.Column("age_group", sa.String(10), nullable=False),
        sa.Column("birth_year", sa.Integer),
        sa.Column("date_of_death", sa.String(10)),
        sa.Column("date_precision", sa.String(5)),
        sa.Column("governorate", sa.Text),
        sa.Column("district", sa.Text),
        sa.Column("locality", sa.Text),
        sa.Column("cause", sa.String(40), nullable=False),
        sa.Column("perpetrator", sa.String(80), nullable=False),
        sa.Column("status", sa.Text),
        sa.Column("notes", sa.Text),
        sa.UniqueConstraint("source_id", "record_key", "version"),
    )
    op.create_index(
        "ix_records_current", "records", ["source_id", "record_key"], unique=True,
        sqlite_where=sa.text("current"), postgresql_where=sa.text("current"),
    )
    op.create_index("ix_records_audit_seq", "records", ["audit_seq"])
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("entity", sa.Text, nullable=False),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    for table in ("audit_log", "records", "files", "blob_chunks", "blobs", "sources"):
        op.drop_table(table)
