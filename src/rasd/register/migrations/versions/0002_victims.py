"""Victims: link runs, victims with stable ids, which records each holds, review decisions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("audit_seq", sa.Integer, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("backend", sa.String(20), nullable=False),
        sa.Column("settings", sa.Text, nullable=False),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
    )
    op.create_table(
        "victims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("created_run", sa.Integer, sa.ForeignKey("link_runs.id"), nullable=False),
        sa.Column("changed_run", sa.Integer, sa.ForeignKey("link_runs.id"), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("merged_into", sa.Integer, sa.ForeignKey("victims.id")),
        sa.Column("records", sa.Integer, nullable=False),
    )
    op.create_table(
        "victim_records",
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), primary_key=True),
        sa.Column("record_key", sa.Text, primary_key=True),
        sa.Column("victim_id", sa.Integer, sa.ForeignKey("victims.id"), nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("link_runs.id"), nullable=False),
    )
    op.create_index("ix_victim_records_victim", "victim_records", ["victim_id"])
    op.create_table(
        "link_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_a", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("key_a", sa.Text, nullable=False),
        sa.Column("source_b", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("key_b", sa.Text, nullable=False),
        sa.Column("same", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("decided_at", sa.String(32), nullable=False),
        sa.Column("decided_by", sa.Text, nullable=False),
        sa.Column("audit_seq", sa.Integer, nullable=False),
        sa.Column("superseded_by", sa.Integer, sa.ForeignKey("link_decisions.id")),
    )
    op.create_index("ix_link_decisions_pair", "link_decisions",
                    ["source_a", "key_a", "source_b", "key_b"])
    op.create_table(
        "review_pairs",
        sa.Column("run_id", sa.Integer, sa.ForeignKey("link_runs.id"), primary_key=True),
        sa.Column("source_a", sa.Integer, sa.ForeignKey("sources.id"), primary_key=True),
        sa.Column("key_a", sa.Text, primary_key=True),
        sa.Column("source_b", sa.Integer, sa.ForeignKey("sources.id"), primary_key=True),
        sa.Column("key_b", sa.Text, primary_key=True),
        sa.Column("probability", sa.Float, nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("weights", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("review_pairs", "link_decisions", "victim_records", "victims", "link_runs"):
        op.drop_table(table)
