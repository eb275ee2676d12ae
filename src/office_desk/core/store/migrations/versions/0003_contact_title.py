"""contact title: an academic title written before the name (Dr., Prof. Dr., Dipl.-Ing.)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 10:00:00

One plain ``ALTER TABLE ... ADD COLUMN`` with a default, so every existing contact
gets an empty title. No batch table re-create: on SQLite that would copy the contact
table, which with foreign keys on cascade-deletes the rows pointing at it and drops
any trigger on it (see TECH-NOTES, "SQLite, SQLAlchemy, Alembic"). The search index
needs no rebuild: an empty title changes no contact's document.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "contact", sa.Column("title", sa.String(length=40), nullable=False, server_default="")
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (no table re-create). Titles are lost.
    op.drop_column("contact", "title")
