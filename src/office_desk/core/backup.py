"""Safety copies of a database file, made with SQLite's online backup API.

A plain file copy of a WAL database can miss committed pages still in the ``-wal``
file; ``sqlite3.Connection.backup`` copies a consistent snapshot. Each copy is
checked with ``PRAGMA integrity_check`` before it is trusted.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


class BackupError(Exception):
    pass


def backup_file(source: Path, destination: Path, timeout: float = 5.0) -> Path:
    """Copy the database at ``source`` to ``destination`` (a new file) and verify it."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        raise BackupError(f"{destination}: already exists")
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchall()
        finally:
            dst.close()
    finally:
        src.close()
    if result != [("ok",)]:
        partial.unlink(missing_ok=True)
        raise BackupError(f"{destination}: the copy failed its integrity check")
    partial.replace(destination)
    return destination


def backup_name(source: Path, reason: str, when: datetime | None = None) -> str:
    """e.g. ``office-desk.2026-11-25T120000.before-schema-0002.sqlite``."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%dT%H%M%S")
    return f"{source.stem}.{stamp}.{reason}{source.suffix or '.sqlite'}"


def backup_before(source: Path, folder: Path, reason: str) -> Path:
    """A verified copy of ``source`` in ``folder`` named for ``reason`` (e.g.
    ``"before-import"``), made before a large write; a second copy in the same second
    gets a number, never overwriting the first."""
    name = backup_name(source, reason)
    destination = folder / name
    number = 2
    while destination.exists() or destination.with_name(destination.name + ".partial").exists():
        stem, _, suffix = name.rpartition(".")
        destination = folder / f"{stem}-{number}.{suffix}"
        number += 1
    return backup_file(source, destination)
