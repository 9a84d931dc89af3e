"""Documents and their claims: reports and news articles kept byte for byte, with the
quantitative claims extracted from them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("published", sa.String(10)),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.Column("imported_by", sa.Text, nullable=False),
        sa.Column("audit_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "claims",
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("claim", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("claims", "documents"):
        op.drop_table(table)
