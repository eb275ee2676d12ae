"""project funding programme: the public programme that funds a project

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:30:00

One plain ``ALTER TABLE ... ADD COLUMN`` with a default, so every existing project
gets an empty programme. No batch table re-create: on SQLite that would copy the
project table, which with foreign keys on cascade-deletes the rows pointing at it
(partners, people, event links) and drops any trigger on it (see TECH-NOTES,
"SQLite, SQLAlchemy, Alembic"). The search index needs no rebuild: an empty
programme changes no project's document.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "project",
        sa.Column("funding_programme", sa.String(length=200), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (no table re-create). Programmes are lost.
    op.drop_column("project", "funding_programme")
