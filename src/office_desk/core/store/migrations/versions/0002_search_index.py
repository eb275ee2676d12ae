"""full-text search index over offices, organizations, contacts, projects, events

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:40:00

The index is derived data: creating it indexes whatever the file already holds.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from office_desk.core import search

    search.rebuild(op.get_bind())


def downgrade() -> None:
    from office_desk.core import search

    for statement in search.DROP_STATEMENTS:
        op.execute(statement)
