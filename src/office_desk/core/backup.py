"""Safety copies of a database file, made with SQLite's online backup API.

A plain file copy of a WAL database can miss committed pages still in the ``-wal``
file; ``sqlite3.Connection.backup`` copies a consistent snapshot. Each copy is
checked with ``PRAGMA integrity_check`` before it is trusted.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from .i18n import translate


class BackupError(Exception):
    pass


def _copy_checked(source: Path, destination: Path, timeout: float) -> bool:
    """Copy the database ``source`` into ``destination`` with SQLite's online backup
    (which takes the proper locks on both) and run an integrity check on the result;
    True when it passed."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
    try:
        dst = sqlite3.connect(destination, timeout=timeout)
        try:
            src.backup(dst)
            return dst.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            dst.close()
    finally:
        src.close()


def backup_file(source: Path, destination: Path, timeout: float = 5.0) -> Path:
    """Copy the database at ``source`` to ``destination`` (a new file) and verify it."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        raise BackupError(translate("Backup", "{path}: already exists").format(path=destination))
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    if not _copy_checked(source, partial, timeout):
        partial.unlink(missing_ok=True)
        raise BackupError(translate("Backup", "{path}: the copy failed its integrity check")
                          .format(path=destination))
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


def _stamp(name: str, stem: str) -> datetime | None:
    """When a backup of ``stem`` named ``name`` was made (None: not one of its backups)."""
    match = re.fullmatch(re.escape(stem) + r"\.(\d{4}-\d{2}-\d{2}T\d{6})\.[\w.-]+", name)
    if match is None or name.endswith(".partial"):
        return None
    try:
        return datetime.strptime(match.group(1), "%Y-%m-%dT%H%M%S")
    except ValueError:
        return None


def prune_backups(folder: Path, source: Path, keep: int, months: int = 12,
                  now: datetime | None = None) -> list[Path]:
    """Remove old backups of ``source`` from ``folder``; the removed paths.

    Kept: the newest ``keep`` (at least one), and the newest backup of each of the last
    ``months`` calendar months. Files that are not backups of ``source`` (by name) are
    never touched.
    """
    if not folder.is_dir():
        return []
    found = sorted(((when, path) for path in folder.iterdir()
                    if path.is_file() and (when := _stamp(path.name, source.stem))),
                   reverse=True)
    kept = {path for _when, path in found[: max(keep, 1)]}
    today = now or datetime.now()
    recent_months = {(today.year * 12 + today.month - 1 - n) for n in range(months)}
    seen_months: set[int] = set()
    for when, path in found:  # newest first: the first of each month is its newest
        month = when.year * 12 + when.month - 1
        if month in recent_months and month not in seen_months:
            seen_months.add(month)
            kept.add(path)
    removed = []
    for _when, path in found:
        if path not in kept:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def restore_file(backup: Path, target: Path, backup_folder: Path, timeout: float = 5.0) -> Path:
    """Put the database in ``backup`` back in place of ``target``; the safety copy made
    of ``target`` first (in ``backup_folder``), so a restore can itself be undone.

    ``backup`` must be an intact Office Desk database (checked before anything is
    touched). The copy goes through SQLite's backup API into ``target``, which takes
    the proper locks: another program writing ``target`` makes it wait, then fail
    cleanly ("database is locked"), never leaves a half-copied file.
    """
    from .database import NotOfficeDesk, inspect_file

    state = inspect_file(backup, timeout)  # raises on a damaged or foreign file
    if state.revision is None:
        raise NotOfficeDesk(f"{backup}: an SQLite database, but not an Office Desk file")
    safety = backup_before(target, backup_folder, "before-restore")
    if not _copy_checked(backup, target, timeout):  # pragma: no cover - source checked
        raise BackupError(f"{target}: the restored file failed its integrity check; "
                          f"the previous file is kept at {safety}")
    return safety
