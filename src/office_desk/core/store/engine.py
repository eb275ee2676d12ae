"""The engine every Office Desk connection goes through, made from a SQLAlchemy URL.

:func:`make_engine` adds the SQLite settings every connection needs: foreign keys on,
WAL journal, a busy timeout, freed pages overwritten (``secure_delete``), and real
transactions (pysqlite's own implicit BEGIN is turned off and a BEGIN is issued by
SQLAlchemy, so DDL and DML share one transaction). An encrypted file gets
``sqlcipher3`` as its DB-API module and its key as each connection's first statement
(see :mod:`office_desk.core.store.cipher`).
The rest of ``core/store`` (schema, schema audit, backups, the store itself) builds on
this module, which imports none of them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from .errors import StoreError

__all__ = ["DEFAULT_TIMEOUT", "StoreError", "make_engine", "sqlite_url"]

DEFAULT_TIMEOUT = 5.0


def make_engine(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    foreign_keys: bool = True,
    wal: bool = True,
    key_path: Path | None = None,
) -> Engine:
    """An engine for ``url`` with the settings every Office Desk connection needs.

    Only SQLite needs the PRAGMAs and the transaction fix-up; another backend (the
    team server) gets a plain engine. The file whose key is looked up is ``key_path``,
    else the one ``url`` names; an encrypted file whose key is not at hand raises
    :class:`~office_desk.core.store.cipher.KeyNeeded` here, before anything is read.
    """
    if not url.startswith("sqlite"):
        return create_engine(url)
    from . import cipher

    target = key_path if key_path is not None else _file_of(url)
    module, key = cipher.dbapi_module(target) if target is not None else (sqlite3, None)
    if key is None:
        engine = create_engine(url, connect_args={"timeout": timeout})
    else:
        engine = create_engine(url, connect_args={"timeout": timeout}, module=module)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Run PRAGMAs directly: the `autocommit` attribute of SQLAlchemy's recipe is
        # Python 3.12+ only. isolation_level=None stops pysqlite's own BEGIN handling.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if key is not None:  # the key first: nothing of the file is read before it
            cipher.set_key(dbapi_connection, key)  # and a bigger page cache (see there)
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        # Deleted rows (an erased person) are overwritten, not left in free pages.
        cursor.execute("PRAGMA secure_delete = ON")
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


def _file_of(url: str) -> Path | None:
    """The database file a SQLite URL names (None for an in-memory database)."""
    from urllib.parse import unquote, urlsplit

    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        split = urlsplit(database)
        if "mode=memory" in split.query:
            return None
        return Path(unquote(split.path))
    return Path(database)
