"""Whether a database file still holds exactly what one of its backups holds.

Split from :mod:`office_desk.core.store.backup` (which re-exports :func:`same_content`);
also the read-only URI a finished backup is read with.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import cipher


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _backup_uri(path: Path) -> str:
    """A read-only URI for a finished backup: ``immutable=1`` (nothing written, not
    even ``-shm``), unless a ``-wal`` with content lies beside it (someone opened the
    backup as a database), which only a normal read-only connection reads."""
    return f"{path.resolve().as_uri()}?{'mode=ro' if _has_wal(path) else 'immutable=1'}"


def _table_columns(conn: sqlite3.Connection, schema: str, table: str) -> list[tuple[str, int]]:
    return [(row[1], row[5]) for row in conn.execute(f'PRAGMA {schema}.table_info("{table}")')]


def same_content(current: Path, backup: Path, timeout: float = 5.0) -> bool:
    """True when the database ``current`` holds exactly what the backup ``backup`` holds.

    Why a comparison of the content, not a cheap marker:

    * ``PRAGMA data_version`` only tells one connection about other connections' writes;
    * the file change counter (header offset 24) is not kept up to date in WAL mode:
      SQLite bumps it only when a transaction happens to rewrite page 1, and a
      checkpoint copies pages, it does not count transactions; a backup made with the
      backup API even gets a counter of its own;
    * ``max(updated_at)`` plus row counts misses a merge that keeps the incoming (older)
      ``updated_at``, and any program that writes the file without our sessions.

    So the schema (``sqlite_master``) and every ordinary table are compared row by row
    in SQL, the backup attached read-only: per table, equal row counts, then a join on
    the primary key (rowid without one) in which no column differs (``IS NOT``, so NULLs
    compare). Virtual tables (the FTS search index) and their shadow tables are left out:
    they are derived from the records. The cheap checks come first and the first
    difference ends it; an unchanged file of 100,000 contacts takes about 0.3 s.
    """
    conn = cipher.connect(current, read_only=True, timeout=timeout)
    try:
        old_key = cipher.key_for(backup)
        if (old_key is None) != (cipher.key_for(current) is None):
            return False  # one encrypted, the other not: not the same file
        # SQLCipher gives an attached file the main file's key unless told otherwise.
        if old_key is not None:
            conn.execute("ATTACH DATABASE ? AS old KEY ?", (_backup_uri(backup), old_key.literal))
        else:
            conn.execute("ATTACH DATABASE ? AS old", (_backup_uri(backup),))
        conn.execute("BEGIN")  # one snapshot of the current file for every query

        def master(schema: str) -> list[tuple[str, str, str]]:
            return sorted(
                conn.execute(
                    f"SELECT type, name, coalesce(sql, '') FROM {schema}.sqlite_master"
                    " WHERE name NOT LIKE 'sqlite_%'"
                ).fetchall()
            )

        ours = master("main")
        if ours != master("old"):
            return False
        virtual = [
            name
            for kind, name, sql in ours
            if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE")
        ]
        tables = [
            name
            for kind, name, _sql in ours
            if kind == "table"
            and name not in virtual
            and not any(name.startswith(v + "_") for v in virtual)
        ]
        quoted = {table: '"' + table.replace('"', '""') + '"' for table in tables}
        totals: dict[str, int] = {}
        for table in tables:
            total = conn.execute(f"SELECT count(*) FROM main.{quoted[table]}").fetchone()[0]
            if total != conn.execute(f"SELECT count(*) FROM old.{quoted[table]}").fetchone()[0]:
                return False
            totals[table] = total
        for table in tables:
            columns = _table_columns(conn, "main", table)
            keys = [name for name, pk in sorted(columns, key=lambda c: c[1]) if pk] or ["rowid"]
            on = " AND ".join(
                f'a."{k}" = b."{k}"' if k != "rowid" else "a.rowid = b.rowid" for k in keys
            )
            differs = " OR ".join(f'a."{name}" IS NOT b."{name}"' for name, _pk in columns)
            matched, changed = conn.execute(
                f"SELECT count(*), coalesce(sum({differs or '0'}), 0)"
                f" FROM main.{quoted[table]} AS a JOIN old.{quoted[table]} AS b ON {on}"
            ).fetchone()
            if matched != totals[table] or changed:
                return False
        return True
    finally:
        conn.close()
