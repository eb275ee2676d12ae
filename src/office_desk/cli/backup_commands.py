"""``office-desk backup`` and ``office-desk restore``: safety copies from the command line.

    office-desk --db PATH backup -o FILE      a verified copy (SQLite's backup API)
    office-desk --db PATH restore FILE        put a copy back (the current file is kept
                                              in the backups folder first)

A plain file copy of a database in WAL mode can miss committed changes still in the
``-wal`` file; both commands go through SQLite's online backup instead, and check the
result with ``PRAGMA integrity_check``.

Neither carries schema objects Office Desk did not make (a trigger that copies
contacts away, say): ``backup`` refuses a database holding any (a copy would carry
them on to wherever it is restored or opened), ``restore`` refuses such a backup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def add_backup_commands(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="write a verified copy of the database",
        description="Copy the database with SQLite's online backup (safe while the app "
        "has it open) and check the copy's integrity.",
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        required=True,
        help="the new file (never overwritten)",
    )
    restore = subparsers.add_parser(
        "restore",
        help="put a backup back in place of the database",
        description="Replace the database's content with a backup, after checking the "
        "backup and keeping a copy of the current file in the backups folder.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")


def run_backup_command(args: argparse.Namespace, db: Path) -> int:
    from ..core.store.backup import BackupError, backup_file
    from ..core.write_errors import explain_or_raise

    target: Path = args.output.expanduser()
    if not db.exists():
        print(f"office-desk: error: {db}: no such database", file=sys.stderr)
        return EXIT_PROBLEM
    if target.exists():
        print(f"office-desk: error: {target} already exists; choose a new name", file=sys.stderr)
        return EXIT_USAGE
    try:
        refusal = _foreign_objects(db)
        if refusal:
            print(f"office-desk: error: {refusal}", file=sys.stderr)
            return EXIT_PROBLEM
        backup_file(db, target)
    except Exception as exc:
        # A full disk or a file-size limit: one line, not a traceback (backup_file
        # leaves no half copy behind).
        print(
            f"office-desk: error: {explain_or_raise(exc, target, (BackupError, OSError))}",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    print(f"Backed up {db} to {target} (integrity checked).")
    return EXIT_OK


def _foreign_objects(db: Path) -> str:
    """Why ``db`` must not be copied ("" when it may): its schema holds objects that
    are not Office Desk's own. A file that is not an Office Desk database at all is
    copied as before (the copy is checked for integrity only)."""
    from ..core.i18n import translate
    from ..core.store import cipher
    from ..core.store.schema_audit import audit_file

    try:
        report = audit_file(db)
    except cipher.DatabaseError:
        return ""  # not a database: backup_file says so
    if report is None or report.clean:
        return ""
    return translate(
        "Backup",
        "{path}: the database holds objects that are not Office Desk's own: "
        "{objects}. No backup was made (a copy would carry them on); open the file in the "
        "Office Desk app to review and remove them first",
    ).format(path=db, objects=report.summary())


def run_restore_command(args: argparse.Namespace, db: Path) -> int:
    from ..core import paths
    from ..core.services.erasure import restore_erasing_again
    from ..core.store.backup import BackupError
    from ..core.store.database import StoreError
    from ..core.write_errors import explain_or_raise

    source: Path = args.file.expanduser()
    if not source.is_file():
        print(f"office-desk: error: {source}: no such file", file=sys.stderr)
        return EXIT_PROBLEM
    if not db.exists():
        print(f"office-desk: error: {db}: no such database", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        # People erased since the backup was made are erased again before any use.
        safety, erased = restore_erasing_again(source, db, paths.backup_dir())
    except StoreError as exc:  # a damaged or foreign backup, a locked database
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except Exception as exc:
        # The disk refused the safety copy or the copy back: the database is as it was.
        print(
            f"office-desk: error: {explain_or_raise(exc, db, (BackupError, OSError))}",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    print(f"Restored {source} into {db}; the file as it was is kept at {safety}.")
    if erased:
        who = "1 person" if erased == 1 else f"{erased} people"
        print(f"{who} erased since that backup was made erased again.")
    return EXIT_OK
