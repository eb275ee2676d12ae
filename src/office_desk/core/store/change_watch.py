"""Noticing writes made to the database by another program (a script running
``office-desk import`` while the app has the file open, say).

SQLite's ``PRAGMA data_version`` gives, per connection, a number that changes when
any *other* connection has committed since the last time it was asked. A watcher
keeps one read-only connection of its own for that question, so its answer covers
every other writer: the command line, another process, and this app's own
connections. The app's own writes are absorbed: after each of them (once it has
announced the change to its views) the caller asks :meth:`ExternalChanges.absorb`,
which takes the new number as the baseline.

The check costs one PRAGMA that reads the WAL index in shared memory: cheap enough
to ask every second. The connection never holds a transaction open, so it does not
stop checkpoints or block writers.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from . import cipher

log = logging.getLogger(__name__)


class ExternalChanges:
    """Tell whether another connection committed to ``path`` since the last look."""

    def __init__(self, path: Path, timeout: float = 1.0) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = cipher.connect(
            path, read_only=True, timeout=timeout, check_same_thread=False, isolation_level=None
        )
        self._version = self._read()

    def _read(self) -> int | None:
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("PRAGMA data_version").fetchone()
        except cipher.Error as exc:  # busy in a checkpoint, file gone: ask again later
            log.debug("data_version of %s not read: %s", self.path, exc)
            return None
        return int(row[0]) if row else None

    def poll(self) -> bool:
        """True when somebody committed since the last :meth:`poll` or :meth:`absorb`."""
        version = self._read()
        if version is None or version == self._version:
            return False
        self._version = version
        return True

    def absorb(self) -> None:
        """Take the current state as seen (after the app's own write)."""
        version = self._read()
        if version is not None:
            self._version = version

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
