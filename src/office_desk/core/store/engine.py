"""The engine every Office Desk connection goes through, made from a SQLAlchemy URL.

:func:`make_engine` adds the SQLite settings every connection needs: foreign keys on,
WAL journal, a busy timeout, and real transactions (pysqlite's own implicit BEGIN is
turned off and a BEGIN is issued by SQLAlchemy, so DDL and DML share one transaction).
The rest of ``core/store`` (schema, schema audit, backups, the store itself) builds on
this module, which imports none of them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

DEFAULT_TIMEOUT = 5.0


class StoreError(Exception):
    """A database that cannot be used; ``str()`` is a one-line message for the user."""


def make_engine(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, foreign_keys: bool = True, wal: bool = True
) -> Engine:
    """An engine for ``url`` with the settings every Office Desk connection needs.

    Only SQLite needs the PRAGMAs and the transaction fix-up; another backend (a
    later team server) gets a plain engine.
    """
    if not url.startswith("sqlite"):
        return create_engine(url)
    engine = create_engine(url, connect_args={"timeout": timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Run PRAGMAs directly: the `autocommit` attribute of SQLAlchemy's recipe is
        # Python 3.12+ only. isolation_level=None stops pysqlite's own BEGIN handling.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        # Functions with side effects and virtual tables stay out of what a file's
        # schema runs (triggers, views, defaults, index expressions): a second line of
        # defence behind the schema audit at open.
        cursor.execute("PRAGMA trusted_schema = OFF")
        if wal and ":memory:" not in url and url not in ("sqlite://", "sqlite:///"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")
        # References are checked at COMMIT, not row by row: records can be saved in any
        # order (twin offices pointing at each other, merged packages), and a broken
        # reference still fails the whole transaction.
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    return engine


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
