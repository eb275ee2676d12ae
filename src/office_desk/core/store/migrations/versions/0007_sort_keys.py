"""sort keys: lists sorted as readers expect by an index, not in Python

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 00:10:00

A key column beside each free-text column a list sorts by (``sortkey_<name>``, see
:mod:`office_desk.core.store.sort_keys`), a partial index ``(key, id)`` over the live
rows, and a trigger that clears a key when a write changes its source columns without
setting it. Plain ``ALTER TABLE ... ADD COLUMN`` (no batch re-create, which would
cascade-delete the rows pointing at the table and drop its triggers). The keys of the
rows already there are computed here, in this migration's transaction. The sync queue
triggers are re-made: they leave the key columns out (they never travel).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: (table, key column, source columns), as made by this revision. Fixed here: a later
#: change to the keys is a later migration (tests compare this with sort_keys.SORT_KEYS).
KEYS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("office", "sortkey_name", ("name",)),
    ("office", "sortkey_city", ("city",)),
    ("organization", "sortkey_name", ("name",)),
    ("organization", "sortkey_name_native", ("name_native",)),
    ("organization", "sortkey_sector", ("sector",)),
    ("organization", "sortkey_city", ("city",)),
    ("contact", "sortkey_name", ("family_name", "given_name", "name_native")),
    ("contact", "sortkey_position", ("position",)),
    ("contact", "sortkey_city", ("city",)),
    ("project", "sortkey_title", ("title",)),
    ("project", "sortkey_funding_programme", ("funding_programme",)),
    ("event", "sortkey_title", ("title",)),
    ("event", "sortkey_place", ("place",)),
)


def _index_sql(table: str, column: str) -> str:
    # Not partial (WHERE deleted_at IS NULL): SQLite would take such an index for any
    # query of the live rows. deleted_at is in it so that it covers the list's query.
    return f"CREATE INDEX ix_{table}_{column} ON {table} ({column}, id, deleted_at)"


def _stale_trigger_sql(table: str, column: str, sources: tuple[str, ...]) -> str:
    # Clears the key when a write changes a source without setting the key.
    changed = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in sources)
    listed = ", ".join(f'"{c}"' for c in sources)
    return (
        f"CREATE TRIGGER {column}_{table}_stale AFTER UPDATE OF {listed} ON {table} "
        f"WHEN NEW.{column} IS OLD.{column} AND ({changed})\n"
        f"BEGIN\nUPDATE {table} SET {column} = NULL WHERE rowid = NEW.rowid;\nEND"
    )


def upgrade() -> None:
    from office_desk.core.store import sort_keys
    from office_desk.core.sync import triggers

    tables = tuple(dict.fromkeys(table for table, _, _ in KEYS))
    for table, column, sources in KEYS:
        op.add_column(table, sa.Column(column, sa.Text(), nullable=True))
        op.execute(_index_sql(table, column))
        op.execute(_stale_trigger_sql(table, column, sources))
    bind = op.get_bind()
    sort_keys.fill(bind, tables)  # the keys of the rows already there
    triggers.install(bind, list(tables))


def downgrade() -> None:
    from office_desk.core.sync import triggers

    tables = tuple(dict.fromkeys(table for table, _, _ in KEYS))
    for table in tables:  # the queue triggers name the columns being dropped
        for name in triggers.trigger_names(table):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table, column, _ in reversed(KEYS):
        op.execute(f"DROP TRIGGER IF EXISTS {column}_{table}_stale")
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}")
        op.drop_column(table, column)
    triggers.install(op.get_bind(), list(tables))
