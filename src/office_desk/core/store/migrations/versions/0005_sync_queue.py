"""team sync: the queue of changes waiting for the server, and what was pulled

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 15:00:00

New tables only (no existing table is re-created) and the queue triggers of
:mod:`office_desk.core.sync.triggers`, which record nothing until the file joins a
team server (``sync_control.recording`` starts at 0).

- ``sync_queue``: one row per table, record and field changed since the last push.
- ``sync_state``: the server, user, office, device id and pull cursor.
- ``sync_record``: per record, the server sequence of the version last pulled (an edit
  made after that version replaces it without a conflict) and who changed it last.
- ``sync_conflict``: concurrent edits of one field, and refused writes, to decide.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from office_desk.core.sync import triggers

    op.execute(
        "CREATE TABLE sync_queue ("
        " change_id VARCHAR(32) NOT NULL PRIMARY KEY,"
        " tbl VARCHAR(40) NOT NULL,"
        " record_id VARCHAR(36) NOT NULL,"
        " field VARCHAR(60) NOT NULL,"
        " changed_at VARCHAR(32) NOT NULL,"
        " CONSTRAINT uq_sync_queue_field UNIQUE (tbl, record_id, field))"
    )
    op.execute(
        "CREATE TABLE sync_state (key VARCHAR(40) NOT NULL PRIMARY KEY, value TEXT NOT NULL)"
    )
    op.execute(
        "CREATE TABLE sync_control ("
        " id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
        " recording INTEGER NOT NULL DEFAULT 0)"
    )
    op.execute("INSERT INTO sync_control (id, recording) VALUES (1, 0)")
    op.execute(
        "CREATE TABLE sync_record ("
        " tbl VARCHAR(40) NOT NULL,"
        " record_id VARCHAR(36) NOT NULL,"
        " seq INTEGER NOT NULL,"
        " changed_by VARCHAR(63) NOT NULL DEFAULT '',"
        " changed_at VARCHAR(32),"
        " PRIMARY KEY (tbl, record_id))"
    )
    op.execute(
        "CREATE TABLE sync_conflict ("
        " id VARCHAR(36) NOT NULL PRIMARY KEY,"
        " tbl VARCHAR(40) NOT NULL,"
        " record_id VARCHAR(36) NOT NULL,"
        " field VARCHAR(60) NOT NULL,"
        " reason VARCHAR(20) NOT NULL,"
        " kept_value TEXT, kept_by VARCHAR(63) NOT NULL DEFAULT '', kept_at VARCHAR(32),"
        " other_value TEXT, other_by VARCHAR(63) NOT NULL DEFAULT '', other_at VARCHAR(32),"
        " seq INTEGER NOT NULL DEFAULT 0,"
        " resolved INTEGER NOT NULL DEFAULT 0,"
        " resolution_pushed INTEGER NOT NULL DEFAULT 1)"
    )
    op.execute("CREATE INDEX ix_sync_conflict_open ON sync_conflict (resolved)")
    triggers.install(op.get_bind())


def downgrade() -> None:
    from office_desk.core.sync import triggers

    for table in triggers.synced_tables():
        for name in triggers.trigger_names(table):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("sync_conflict", "sync_record", "sync_control", "sync_state", "sync_queue"):
        op.execute(f"DROP TABLE {table}")
