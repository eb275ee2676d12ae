"""Turning encryption at rest on and off: a file converted in place, all or nothing.

:func:`convert` makes a verified backup first, then writes the whole database into a
new file beside it with SQLCipher's ``sqlcipher_export`` (keyed with the new key, or
plain), checks the new file (integrity, every table's row count, the same schema),
keeps a new keychain key in the keychain, and only then moves the new file over the
old one in one rename. Anything failing before the rename leaves the file as it was
and removes what was made; the backup stays.

The backups of the file are then re-encrypted with its new key (a plain backup made
before encryption would otherwise keep every contact readable, and one encrypted with
the keychain's key would still open without a passphrase after a switch to travel
mode); after a switch away from the keychain whose backups all moved on, the old
key leaves the keychain. Decrypting leaves the backups as they are (encrypted).

Nobody else may have the file open meanwhile: a file with an Office Desk window's
``.lock`` beside it is refused (other programs cannot be detected: close them first).
The conversion switches the file out of WAL mode and keeps it locked
(``locking_mode = EXCLUSIVE``) until the rename, so a program that opens it meanwhile
can read but not write.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import paths
from ..i18n import translate
from . import cipher
from .backup import backup_before
from .engine import DEFAULT_TIMEOUT, StoreError

log = logging.getLogger(__name__)

PLAIN = "plain"
KEYCHAIN = "keychain"
TRAVEL = "travel"


@dataclass(frozen=True)
class Conversion:
    """What :func:`convert` did: the file, its verified backup, before and after."""

    path: Path
    backup: Path
    before: str
    after: str
    #: Backups of the file re-encrypted with its new key, and those that could not be
    #: (their key is not at hand: made under a passphrase not given now).
    backups_rekeyed: int = 0
    backups_left: int = 0


def mode_of(path: Path | str) -> str:
    """:data:`PLAIN`, :data:`KEYCHAIN` or :data:`TRAVEL` (the file's key must be at
    hand for an encrypted one: :class:`~office_desk.core.store.cipher.KeyNeeded`)."""
    key = cipher.key_for(path)
    if key is None:
        return PLAIN
    return TRAVEL if key.travel else KEYCHAIN


def check_passphrase(passphrase: str) -> str:
    """ "" when ``passphrase`` may protect a file, else why not (one line)."""
    if len(passphrase) < cipher.MIN_PASSPHRASE:
        return translate(
            "Encryption", "the passphrase must have at least {count} characters"
        ).format(count=cipher.MIN_PASSPHRASE)
    if passphrase != passphrase.strip():
        return translate("Encryption", "the passphrase must not start or end with a space")
    return ""


def encrypt(
    path: Path | str,
    passphrase: str | None = None,
    backup_folder: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    lock_is_ours: bool = False,
) -> Conversion:
    """Encrypt ``path`` with a new key in the keychain, or (``passphrase``) in travel
    mode. An encrypted file is re-encrypted (keychain to travel mode and back).
    ``lock_is_ours``: the caller is the window holding the file's ``.lock`` (and has
    closed its own connections)."""
    if passphrase is not None:
        problem = check_passphrase(passphrase)
        if problem:
            raise StoreError(f"{path}: {problem}")
    return convert(Path(path), cipher.new_key(passphrase), backup_folder, timeout, lock_is_ours)


def decrypt(
    path: Path | str,
    backup_folder: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    lock_is_ours: bool = False,
) -> Conversion:
    """Turn ``path`` back into a plain SQLite file (``lock_is_ours``: as :func:`encrypt`)."""
    return convert(Path(path), None, backup_folder, timeout, lock_is_ours)


def convert(
    path: Path,
    key: cipher.FileKey | None,
    backup_folder: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    lock_is_ours: bool = False,
) -> Conversion:
    """Rewrite the database ``path`` with ``key`` (None: plain); see the module."""
    from .database import inspect_file

    path = path.expanduser()
    inspect_file(path, timeout)  # a sound Office Desk file whose key is at hand
    before = mode_of(path)
    after = PLAIN if key is None else TRAVEL if key.travel else KEYCHAIN
    if before == PLAIN and after == PLAIN:
        raise StoreError(
            translate("Encryption", "{path}: the file is not encrypted; nothing to do").format(
                path=path
            )
        )
    if not lock_is_ours:
        _refuse_if_open(path)
    reason = "before-decrypt" if after == PLAIN else "before-encrypt"
    folder = backup_folder or paths.backup_dir()
    old_key = cipher.key_for(path)
    backup = backup_before(path, folder, reason)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.converting")
    stored = False
    module = cipher.cipher_module()
    conn = module.connect(str(path), timeout=timeout, isolation_level=None)
    try:
        source_key = cipher.key_for(path)
        if source_key is not None:
            cipher.set_key(conn, source_key)
        _take_alone(conn, path)
        try:
            conn.execute(
                "ATTACH DATABASE ? AS converted KEY ?",
                (str(temporary), "" if key is None else key.literal),
            )
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute("DETACH DATABASE converted")
            _verify(conn, temporary, key)
            if key is not None and not key.travel:
                cipher.store_in_keychain(key)
                stored = True
        except BaseException:
            conn.execute("PRAGMA journal_mode = WAL")  # as the app leaves it
            raise
    except BaseException:
        conn.close()
        if stored and key is not None:
            cipher.remove_from_keychain(key.salt)
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    conn.close()
    from ..file_replace import move_into_place

    for stale in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    move_into_place(temporary, path)
    cipher.remember(path, key)
    log.info("database converted from %s to %s; backup at %s", before, after, backup)
    rekeyed = left = 0
    if key is not None:
        rekeyed, left = rekey_backups(path, folder, key, timeout)
        if old_key is not None and not old_key.travel and old_key.salt != key.salt and not left:
            cipher.remove_from_keychain(old_key.salt)
    return Conversion(path, backup, before, after, rekeyed, left)


def rekey_backups(
    path: Path, folder: Path, key: cipher.FileKey, timeout: float = DEFAULT_TIMEOUT
) -> tuple[int, int]:
    """Encrypt every backup of ``path`` in ``folder`` with ``key`` (the file's key
    now), each replaced only once its new copy is checked; (re-encrypted, left as they
    were because their key is not at hand)."""
    from ..file_replace import move_into_place
    from .backup import backup_paths

    done = left = 0
    for backup in backup_paths(folder, path):
        try:
            old = cipher.key_for(backup)
        except StoreError:
            left += 1
            continue
        if old is not None and (old.key, old.salt) == (key.key, key.salt):
            continue
        temporary = backup.with_name(f".{backup.name}.{uuid.uuid4().hex[:8]}.converting")
        source = cipher.connect(backup, key=old, immutable=True, timeout=timeout)
        try:
            conn = cipher.connect(temporary, key=key, isolation_level=None, timeout=timeout)
            try:
                conn.execute(
                    "ATTACH DATABASE ? AS old KEY ?",
                    (
                        f"{backup.resolve().as_uri()}?immutable=1",
                        "" if old is None else old.literal,
                    ),
                )
                conn.execute("SELECT sqlcipher_export('main', 'old')")
                conn.execute("DETACH DATABASE old")
            finally:
                conn.close()
            _verify(source, temporary, key)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        finally:
            source.close()
        move_into_place(temporary, backup)
        done += 1
    return done, left


def _in_use_error(path: Path) -> StoreError:
    return StoreError(
        translate(
            "Encryption",
            "{path}: the file is in use (Office Desk or another program has it open); "
            "close it there and try again; nothing was changed",
        ).format(path=path)
    )


def _refuse_if_open(path: Path) -> None:
    """Refuse a file an Office Desk window has open: it holds the ``.lock`` beside it
    (see ``ui/file_guard.py``). SQLite itself cannot tell: an idle connection of
    another program holds no lock a new one could see (nor does one reading in WAL
    mode), and a ``-shm`` stays behind read-only connections. So the command line asks
    to close other programs first, and :func:`_take_alone` keeps out writers while the
    conversion runs."""
    if path.with_name(path.name + ".lock").exists():
        raise _in_use_error(path)


def _take_alone(conn: Any, path: Path) -> None:
    """Leave WAL mode and keep the file locked for this connection until it closes
    (``locking_mode = EXCLUSIVE``): a program that opens it meanwhile may read the old
    file, but not change it."""
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except cipher.OperationalError as exc:
        mode = str(exc)
    if str(mode).lower() != "delete":
        raise _in_use_error(path)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the lock


def _verify(conn: Any, converted: Path, key: cipher.FileKey | None) -> None:
    """The converted file is intact and holds the same schema and rows."""
    check = cipher.connect(converted, key=key, isolation_level=None)
    try:
        if check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise StoreError(
                translate("Encryption", "{path}: the converted copy failed its integrity check")
            )

        def master(c: Any) -> list[tuple[str, str, str]]:
            return sorted(
                c.execute(
                    "SELECT type, name, coalesce(sql, '') FROM sqlite_master"
                    " WHERE name NOT LIKE 'sqlite_%'"
                ).fetchall()
            )

        schema = master(conn)
        if schema != master(check):
            raise StoreError(translate("Encryption", "{path}: the converted copy's schema differs"))
        for kind, name, _sql in schema:
            if kind != "table":
                continue
            quoted = '"' + name.replace('"', '""') + '"'
            ours = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            theirs = check.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            if ours != theirs:
                raise StoreError(
                    translate(
                        "Encryption", "{path}: the converted copy lost rows of {table}"
                    ).format(path="{path}", table=name)
                )
        # Every Office Desk file is in WAL mode: so is the new one from its first use.
        check.execute("PRAGMA journal_mode = WAL")
    except StoreError as exc:
        raise StoreError(str(exc).format(path=converted)) from exc
    finally:
        check.close()
