"""Safety copies of a database file, made with SQLite's online backup API.

A plain file copy of a WAL database can miss committed pages still in the ``-wal``
file; ``sqlite3.Connection.backup`` copies a consistent snapshot. Each copy is
checked with ``PRAGMA integrity_check`` before it is trusted.

Backups of ``office-desk.sqlite`` live in one folder, named
``office-desk.<YYYY-MM-DDTHHMMSS>.<reason>.sqlite`` (local time; a second copy in the
same second ends ``<reason>-2.sqlite``). Reasons: ``daily`` (on open, at most once a
day), ``on-close`` (when the file changed since its newest backup), ``before-import``,
``before-merge``, ``before-restore``, ``before-cleanup`` (before objects that are not
Office Desk's own are removed from a file) and ``before-schema-upgrade-from-<revision>``.

A backup is a faithful copy, foreign objects and all; what comes back from one is
checked: :func:`restore_file` refuses a backup whose schema is not Office Desk's own
(see :mod:`office_desk.core.store.schema_audit`), and :func:`list_backups` marks one holding
objects the app did not make as not restorable.

A backup is never written after it is made: it is read with SQLite's ``immutable=1``
(no locks, no ``-wal``/``-shm`` files left beside it).

A backup of an encrypted file is encrypted with the same key and salt (see
:mod:`office_desk.core.store.cipher`), so it opens as the file does; a restore keeps the
target's own encryption (the backup API re-encrypts each page), and is refused with a
clear message when one of the two is encrypted and the other is not.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .. import kinds
from ..i18n import translate
from . import cipher
from .backup_compare import _has_wal, same_content
from .engine import StoreError

if TYPE_CHECKING:
    from .schema_audit import SchemaReport

log = logging.getLogger(__name__)


class BackupError(Exception):
    pass


#: The record kinds counted in a backup, with their tables.
KINDS: dict[str, str] = {kind.name: kind.model.__tablename__ for kind in kinds.KINDS}
#: Reasons a backup is made for (besides ``before-schema-upgrade-from-<revision>``).
REASONS: tuple[str, ...] = (
    "daily",
    "on-close",
    "before-import",
    "before-merge",
    "before-restore",
    "before-cleanup",
)
DAY = timedelta(days=1)
#: A backup stamped up to this far in the future still counts as recent (the clock
#: went back an hour at the end of summer time); one stamped further ahead is ignored
#: when deciding whether a daily backup is due (the clock was wrong when it was made).
FUTURE_SLACK = timedelta(hours=1)
_SQLITE_HEADER = b"SQLite format 3\x00"
_SIDECARS = ("-wal", "-shm", "-journal")
_SCHEMA_REASON = re.compile(r"before-schema-(?:upgrade-from-)?(\w+)")


@dataclass(frozen=True)
class BackupInfo:
    """One backup of a database file, as :func:`list_backups` found it."""

    path: Path
    #: When it was made (local time, from its name).
    made: datetime
    #: Why: ``"daily"``, ``"on-close"``, ``"before-import"``... (without a copy number).
    reason: str
    #: The file's size in bytes.
    size: int
    #: Live (not deleted) records by kind (:data:`KINDS`); a kind whose table the
    #: backup's schema lacks is left out. Empty when ``problem`` is set.
    counts: dict[str, int] = field(default_factory=dict)
    #: Why the backup cannot be restored (damaged, not Office Desk...); "" when it can.
    problem: str = ""
    #: The backup's schema revision (None when unknown).
    revision: str | None = None

    @property
    def usable(self) -> bool:
        return not self.problem


def upgraded_from(reason: str) -> str | None:
    """The schema revision a ``before-schema-...`` backup was made in, else None."""
    match = _SCHEMA_REASON.fullmatch(reason)
    return match.group(1) if match else None


# --------------------------------------------------------------------------- making copies


def _open_read_only(path: Path, timeout: float, backup: bool) -> sqlite3.Connection:
    """A read-only connection to ``path`` (a finished backup: as :func:`_backup_uri`
    says), with the file's key if it is encrypted."""
    if backup and not _has_wal(path):
        return cipher.connect(path, immutable=True, timeout=timeout)
    return cipher.connect(path, read_only=True, timeout=timeout)


def _copy_checked(
    source: Path, destination: Path, timeout: float, source_is_backup: bool = False
) -> bool:
    """Copy the database ``source`` into ``destination`` with SQLite's online backup
    (which takes the proper locks on both) and run an integrity check on the result;
    True when it passed."""
    source_key = cipher.key_for(source)
    # A new copy takes the source's key and salt; a restore keeps the target's own.
    key = cipher.key_for(destination) if destination.exists() else source_key
    if (key is None) != (source_key is None):
        raise BackupError(
            translate(
                "Backup",
                "{path}: one of the two files is encrypted and the other is not; encrypt "
                "or decrypt the file first (Settings, or office-desk encrypt/decrypt), then "
                "restore",
            ).format(path=destination)
        )
    src = _open_read_only(source, timeout, source_is_backup)
    try:
        dst = cipher.connect(destination, key=key, timeout=timeout)
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
    try:
        intact = _copy_checked(source, partial, timeout)
    except BaseException:  # disk full, file locked...: no half copy is left behind
        for leftover in (
            partial,
            *(partial.with_name(partial.name + s) for s in ("-wal", "-shm", "-journal")),
        ):
            leftover.unlink(missing_ok=True)
        raise
    if not intact:
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate("Backup", "{path}: the copy failed its integrity check").format(
                path=destination
            )
        )
    partial.replace(destination)
    return destination


def backup_name(source: Path, reason: str, when: datetime | None = None) -> str:
    """e.g. ``office-desk.2026-11-25T120000.before-schema-0002.sqlite``."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%dT%H%M%S")
    return f"{source.stem}.{stamp}.{reason}{source.suffix or '.sqlite'}"


def backup_before(source: Path, folder: Path, reason: str, when: datetime | None = None) -> Path:
    """A verified copy of ``source`` in ``folder`` named for ``reason`` (e.g.
    ``"before-import"``) and ``when`` (default: now), made before a large write; a
    second copy in the same second gets a number, never overwriting the first."""
    name = backup_name(source, reason, when)
    destination = folder / name
    number = 2
    while destination.exists() or destination.with_name(destination.name + ".partial").exists():
        stem, _, suffix = name.rpartition(".")
        destination = folder / f"{stem}-{number}.{suffix}"
        number += 1
    return backup_file(source, destination)


# --------------------------------------------------------------------------- finding copies


def _parse(name: str, source: Path) -> tuple[datetime, str, int] | None:
    """(when, reason, copy number) of a backup of ``source`` named ``name``; None when
    the name is not one of its backups (another database's, a ``-wal`` beside one, a
    copy still being written)."""
    suffix = source.suffix or ".sqlite"
    match = re.fullmatch(re.escape(source.stem) + r"\.(\d{4}-\d{2}-\d{2}T\d{6})\.([\w.-]+)", name)
    if match is None or not name.endswith(suffix) or name.endswith((".partial", *_SIDECARS)):
        return None
    try:
        when = datetime.strptime(match.group(1), "%Y-%m-%dT%H%M%S")
    except ValueError:
        return None
    reason = match.group(2)[: -len(suffix)]
    base, dash, number = reason.rpartition("-")
    if (
        dash
        and number.isdigit()
        and len(number) < 4
        and (base in REASONS or _SCHEMA_REASON.fullmatch(base))
    ):
        return when, base, int(number)
    return when, reason, 1


def _found(folder: Path, source: Path) -> list[tuple[datetime, int, Path, str]]:
    """The backups of ``source`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse(path.name, source)
        if parsed is not None and path.is_file():
            when, reason, number = parsed
            found.append((when, number, path, reason))
    found.sort(key=lambda item: (item[0], item[1], item[2].name), reverse=True)
    return found


def backup_paths(folder: Path, source: Path) -> list[Path]:
    """Every backup of ``source`` in ``folder``, newest first."""
    return [found[2] for found in _found(folder, source)]


def prune_backups(
    folder: Path, source: Path, keep: int, months: int = 12, now: datetime | None = None
) -> list[Path]:
    """Remove old backups of ``source`` from ``folder``; the removed paths.

    Kept: the newest ``keep`` (at least one), and the newest backup of each of the last
    ``months`` calendar months. Files that are not backups of ``source`` (by name) are
    never touched; a removed backup's ``-wal``/``-shm`` files go with it.
    """
    found = [(when, path) for when, _number, path, _reason in _found(folder, source)]
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
            for sidecar in _SIDECARS:
                path.with_name(path.name + sidecar).unlink(missing_ok=True)
            removed.append(path)
    return removed


# --------------------------------------------------------------------------- reading copies


def _count_live(conn: sqlite3.Connection, tables: set[str]) -> dict[str, int]:
    """Live records by kind, with plain SQL so that any schema revision can be read:
    only the tables there are, and ``deleted_at IS NULL`` where that column exists."""
    counts: dict[str, int] = {}
    for kind, table in KINDS.items():
        if table not in tables:
            continue
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        live = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
        counts[kind] = int(conn.execute(f'SELECT count(*) FROM "{table}"{live}').fetchone()[0])
    return counts


def _examine(
    path: Path, *, backup: bool, integrity: bool = False, timeout: float = 5.0
) -> tuple[dict[str, int], str | None, str]:
    """(counts, revision, problem) of the database file at ``path``, read-only; the
    problem is "" when the file is an Office Desk database this version can open.
    ``integrity`` adds SQLite's quick check (reads every page: slower) and asks the
    schema to be exactly Office Desk's own; without it, only objects the app did not
    make are a problem (a listing stays lenient with hand-made test files)."""
    from . import schema, schema_audit

    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
        if not header:
            return {}, None, translate("Backup", "The file is empty.")
        if header != _SQLITE_HEADER and not cipher.is_encrypted(path):
            return {}, None, translate("Backup", "Not an SQLite database file.")
        conn = _open_read_only(path, timeout, backup)
        try:
            if integrity:
                result = conn.execute("PRAGMA quick_check").fetchall()
                if result != [("ok",)]:
                    first = result[0][0] if result else "?"
                    return (
                        {},
                        None,
                        translate("Backup", "The file is damaged ({reason}).").format(reason=first),
                    )
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
            revision = str(row[0]) if row else None
            if revision is None:
                return (
                    {},
                    None,
                    translate("Backup", "An SQLite database, but not an Office Desk file."),
                )
            if not schema.is_known_revision(revision):
                return (
                    {},
                    revision,
                    translate(
                        "Backup", "Made by a newer version of Office Desk (schema {revision})."
                    ).format(revision=revision),
                )
            report = schema_audit.compare(schema_audit.read_objects(conn), revision)
            wrong = report.differences if integrity else report.foreign
            if wrong:
                return (
                    {},
                    revision,
                    translate(
                        "Backup",
                        "It holds database objects that are not Office Desk's own "
                        "({objects}); restoring it would bring them back.",
                    ).format(objects=report.summary(wrong)),
                )
            return _count_live(conn, tables), revision, ""
        finally:
            conn.close()
    except StoreError as exc:  # encrypted, and its key is not at hand
        return {}, None, str(exc)
    except cipher.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return {}, None, translate("Backup", "The file is in use by another program.")
        return {}, None, translate("Backup", "The file is damaged ({reason}).").format(reason=exc)
    except cipher.DatabaseError as exc:
        return {}, None, translate("Backup", "The file is damaged ({reason}).").format(reason=exc)
    except OSError as exc:
        return (
            {},
            None,
            translate("Backup", "The file cannot be read ({reason}).").format(
                reason=exc.strerror or exc
            ),
        )


def record_counts(path: Path, timeout: float = 5.0) -> dict[str, int]:
    """Live records by kind in the database at ``path`` (e.g. the open file), read-only;
    :class:`BackupError` with a one-line message when it cannot be read."""
    counts, _revision, problem = _examine(path, backup=False, timeout=timeout)
    if problem:
        raise BackupError(f"{path}: {problem}")
    return counts


def list_backups(folder: Path, source: Path) -> list[BackupInfo]:
    """The backups of ``source`` in ``folder`` (by name; other files are ignored),
    newest first, each with its live record counts, or a problem when it cannot be read.

    Nothing is written: each backup is read with ``immutable=1``. Counting reads the
    five record tables, not the whole file: a backup damaged elsewhere is caught by the
    integrity check :func:`restore_file` makes before it changes anything.
    """
    infos = []
    for when, _number, path, reason in _found(folder, source):
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed meanwhile
        counts, revision, problem = _examine(path, backup=True)
        infos.append(BackupInfo(path, when, reason, size, counts, problem, revision))
    return infos


# --------------------------------------------------------------------------- automatic copies


def last_backup_time(folder: Path, source: Path) -> datetime | None:
    """When the newest backup of ``source`` in ``folder`` was made, by its name (may be
    in the future if the clock was ahead then); None when there is none."""
    found = _found(folder, source)
    return found[0][0] if found else None


def backup_due(
    folder: Path, source: Path, now: datetime | None = None, interval: timedelta = DAY
) -> bool:
    """True when no backup of ``source`` in ``folder`` is younger than ``interval``.

    A backup stamped in the future (the clock was wrong, or the computer crossed time
    zones) counts only up to :data:`FUTURE_SLACK` ahead: in doubt, one more backup is
    better than none for days.
    """
    now = now or datetime.now()
    return not any(
        now - interval < when <= now + FUTURE_SLACK
        for when, _number, _path, _reason in _found(folder, source)
    )


def _unchanged_since_newest(source: Path, folder: Path) -> bool:
    """True when the newest backup of ``source`` holds what ``source`` holds now
    (False when there is none, or it cannot be compared)."""
    found = _found(folder, source)
    if not found:
        return False
    try:
        return same_content(source, found[0][2])
    except (StoreError, OSError):
        return False
    except cipher.Error:
        return False


def backup_if_due(
    source: Path,
    folder: Path,
    keep: int,
    now: datetime | None = None,
    interval: timedelta = DAY,
    if_changed: bool = True,
) -> Path | None:
    """The daily backup, made when a file is opened: if :func:`backup_due`, a
    ``"daily"`` backup of ``source``, then the old ones pruned (``keep``); the new
    backup's path, or None when none was made.

    With ``if_changed`` (the default) no copy is made when the newest backup already
    holds exactly what the file holds (see :func:`same_content`): a row of identical
    copies would only push older, different ones out of the ``keep`` newest.
    Raises :class:`BackupError`, :class:`OSError` or :class:`sqlite3.Error` when the copy
    cannot be made (disk full, folder read-only, file locked).
    """
    now = now or datetime.now()
    if not backup_due(folder, source, now, interval):
        return None
    if if_changed and _unchanged_since_newest(source, folder):
        return None
    path = backup_before(source, folder, "daily", when=now)
    prune_backups(folder, source, keep, now=now)
    return path


def backup_on_close(
    source: Path, folder: Path, keep: int, now: datetime | None = None
) -> Path | None:
    """An ``"on-close"`` backup of ``source``, then the old ones pruned (``keep``);
    skipped (None) when the file has not changed since its newest backup (compared by
    content, see :func:`same_content`). Raises like :func:`backup_if_due`."""
    if _unchanged_since_newest(source, folder):
        return None
    path = backup_before(source, folder, "on-close", when=now)
    prune_backups(folder, source, keep, now=now)
    return path


# --------------------------------------------------------------------------- restoring


def restore_file(backup: Path, target: Path, backup_folder: Path, timeout: float = 5.0) -> Path:
    """Put the database in ``backup`` back in place of ``target``; the safety copy made
    of ``target`` first (in ``backup_folder``), so a restore can itself be undone.

    ``backup`` must be an intact Office Desk database this version can open, made of
    Office Desk's own schema objects only (checked, without writing to it, before
    anything is touched: a trigger or view in a backup never reaches the live file).
    The copy goes through SQLite's backup API into ``target``, which takes the proper
    locks: another program writing ``target`` makes it wait, then fail cleanly
    ("database is locked"), never leaves a half-copied file.
    """
    if not backup.is_file():
        raise BackupError(translate("Backup", "{path}: no such file").format(path=backup))
    _counts, _revision, problem = _examine(backup, backup=True, integrity=True, timeout=timeout)
    if problem:
        raise BackupError(f"{backup}: {problem}")
    safety = backup_before(target, backup_folder, "before-restore")
    if not _copy_checked(backup, target, timeout, source_is_backup=True):  # pragma: no cover
        raise BackupError(
            f"{target}: the restored file failed its integrity check; "
            f"the previous file is kept at {safety}"
        )
    return safety


def back_up_and_remove(
    path: Path, shown: SchemaReport, backup_folder: Path, timeout: float = 5.0
) -> Path:
    """A verified backup of the file as it is (``before-cleanup``, foreign objects and
    all), then :func:`~office_desk.core.store.schema_audit.remove_differences`; the
    backup's path."""
    from .schema_audit import remove_differences

    copy = backup_before(path, backup_folder, "before-cleanup")
    log.warning(
        "removing %d schema objects from %s; backup at %s", len(shown.differences), path, copy
    )
    remove_differences(path, shown, timeout)
    return copy
