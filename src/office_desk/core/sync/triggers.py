"""The laptop's change queue, filled by SQLite itself on every write.

Triggers on every synced table write one queue row per changed field (``*`` for a new
row, ``-`` for a row removed outright), so every way of writing (the ORM, an import's
bulk insert, a package merge, a restore) is caught without each having to remember.
They record only while the file belongs to a team server (``sync_control.recording``),
and are silent while a pull writes what came from the server.

A later field edit replaces the queued entry for the same field (one row per table,
record and field), so a long trip of edits to the same records stays small.

A migration that changes a synced table's columns must call :func:`install` again
(``tests/unit/test_sync_local.py`` checks that the triggers name every column).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import text

#: Columns that never travel as field changes: the key, and the time of the last write
#: (each side stamps its own; the server's follows from the fields' stamps).
NOT_QUEUED = ("id", "updated_at")
#: The sort keys (:mod:`office_desk.core.store.sort_keys`) are the file's own: each copy
#: computes them from the fields that do travel.
LOCAL_PREFIX = "sortkey_"
#: A new row (every field) and a row removed outright (a tombstone).
WHOLE_ROW = "*"
REMOVED = "-"

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_ID = "lower(hex(randomblob(16)))"


def synced_tables() -> tuple[str, ...]:
    from ..network_package.codec import TABLE_ORDER

    return TABLE_ORDER


def trigger_names(table: str) -> tuple[str, str, str]:
    return (f"sync_{table}_insert", f"sync_{table}_update", f"sync_{table}_delete")


def _queue(table: str, row: str, field: str) -> str:
    return (
        "INSERT OR REPLACE INTO sync_queue (change_id, tbl, record_id, field, changed_at) "
        f"SELECT {_ID}, '{table}', {row}.id, '{field}', {_NOW}"
    )


def trigger_sql(table: str, columns: Iterable[str]) -> list[str]:
    """The three triggers of one table (names and columns are ours, never user text)."""
    insert, update, delete = trigger_names(table)
    when = "WHEN (SELECT recording FROM sync_control WHERE id = 1) = 1"
    fields = [c for c in columns if c not in NOT_QUEUED and not c.startswith(LOCAL_PREFIX)]
    per_field = "".join(
        f'{_queue(table, "NEW", c)} WHERE OLD."{c}" IS NOT NEW."{c}";\n' for c in fields
    )
    return [
        f"CREATE TRIGGER {insert} AFTER INSERT ON {table} {when}\n"
        f"BEGIN\n{_queue(table, 'NEW', WHOLE_ROW)};\nEND",
        f"CREATE TRIGGER {update} AFTER UPDATE ON {table} {when}\nBEGIN\n{per_field}END",
        f"CREATE TRIGGER {delete} AFTER DELETE ON {table} {when}\n"
        f"BEGIN\n{_queue(table, 'OLD', REMOVED)};\nEND",
    ]


def install(conn: Any, tables: Iterable[str] | None = None) -> None:
    """(Re)create the queue triggers of ``tables`` (default: all synced tables) for
    their current columns, on a SQLAlchemy connection inside a transaction."""
    for table in tables or synced_tables():
        columns = [r[1] for r in conn.execute(text(f"PRAGMA table_info({table})"))]
        for name in trigger_names(table):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        for statement in trigger_sql(table, columns):
            conn.execute(text(statement))
