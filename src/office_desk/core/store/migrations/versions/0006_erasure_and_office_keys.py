"""people's rights and sealed packages: the erased mark, and the offices' known keys

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 19:20:00

- ``contact.erased_at``: set when every personal field of a contact was removed for
  good (``office-desk person erase``). A plain ``ALTER TABLE ... ADD COLUMN`` (no batch
  re-create, which would cascade-delete the rows pointing at contacts and drop their
  triggers); the column travels in packages and team sync like any other field, so
  other copies erase too. The sync queue triggers are re-made for the new column.
- ``trust_office_key``: the public keys of the offices this laptop has seen sign or
  receive packages (trust on first use): the age recipient packages are sealed to and
  the Ed25519 key their signatures are checked against. Local to this file (not a
  record: it is neither synced nor exported), read and written with SQL only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from office_desk.core.sync import triggers

    op.add_column("contact", sa.Column("erased_at", sa.String(length=32), nullable=True))
    op.execute(
        "CREATE TABLE trust_office_key ("
        " office_id VARCHAR(36) NOT NULL PRIMARY KEY,"
        " age_recipient TEXT NOT NULL DEFAULT '',"
        " signing_key TEXT NOT NULL DEFAULT '',"
        " first_seen_at VARCHAR(32) NOT NULL,"
        " source TEXT NOT NULL DEFAULT '')"
    )
    triggers.install(op.get_bind(), ["contact"])


def downgrade() -> None:
    from office_desk.core.sync import triggers

    op.execute("DROP TABLE trust_office_key")
    for name in triggers.trigger_names("contact"):  # they name the column being dropped
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_column("contact", "erased_at")
    triggers.install(op.get_bind(), ["contact"])
