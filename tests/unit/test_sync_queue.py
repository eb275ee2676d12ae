"""The laptop's change queue (no server needed): SQLite triggers record every write
once the file has joined a team server, one row per field, and nothing before."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import text

from office_desk.core.models import Contact
from office_desk.core.network_package import codec
from office_desk.core.services import records
from office_desk.core.store.database import open_store
from office_desk.core.sync import local, triggers


def _queue(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT tbl, record_id, field FROM sync_queue ORDER BY rowid"
        ).fetchall()
    conn.close()
    return rows


def test_every_column_of_every_synced_table_is_watched(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as conn:
        for table in codec.TABLE_ORDER:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            sql = conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                (f"sync_{table}_update",),
            ).fetchone()[0]
            for column in columns:
                watched = f'OLD."{column}" IS NOT NEW."{column}"' in sql
                queued = column not in triggers.NOT_QUEUED and not column.startswith(
                    triggers.LOCAL_PREFIX
                )
                assert watched == queued, (table, column)
    conn.close()


def test_nothing_is_queued_before_the_file_joins_a_server(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    store = open_store(path, create=True)
    records.add(store, Contact(given_name="Anna", family_name="Schmidt"))
    assert _queue(path) == []
    store.close()


def test_writes_are_queued_field_by_field_and_coalesced(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    store = open_store(path, create=True)
    with store.engine.begin() as conn:
        local.set_recording(conn, True)
    anna = records.add(store, Contact(given_name="Anna", family_name="Schmidt"))
    assert _queue(path) == [("contact", anna.id.hex, "*")]
    records.update(store, Contact, anna.id, position="Leiterin")
    records.update(store, Contact, anna.id, position="Direktorin", notes="Jinan")
    fields = [f for _t, _r, f in _queue(path)]
    assert sorted(fields) == ["*", "notes", "position"]  # one entry per field, the last edit
    records.delete(store, Contact, [anna.id])
    assert "deleted_at" in [f for _t, _r, f in _queue(path)]
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_queue"))
        conn.execute(text("DELETE FROM contact WHERE id = :i"), {"i": anna.id.hex})
    assert _queue(path) == [("contact", anna.id.hex, "-")]  # removed outright: a tombstone
    store.close()


def test_a_pull_writes_without_queueing(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    store = open_store(path, create=True)
    with store.engine.begin() as conn:
        local.set_recording(conn, True)
    with store.engine.begin() as conn:
        local.set_recording(conn, False)  # what the pull does inside its transaction
        t = local.table("contact")
        row = local.full_row("contact", uuid.uuid4(), {"given_name": "Li"})
        conn.execute(t.insert(), row)
        local.set_recording(conn, True)
    assert _queue(path) == []
    store.close()
