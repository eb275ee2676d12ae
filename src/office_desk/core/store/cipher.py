"""Encryption at rest: SQLCipher keys, and the one way to open a database file.

An Office Desk file is either plain SQLite or SQLCipher 4 (``sqlcipher3``): every page
encrypted with AES-256 and authenticated with HMAC, the WAL too. Every connection to a
database file (the store's engine, backups, the change watch, the schema audit...)
is made by :func:`connect` or :func:`engine_module_and_key`, which choose the module
and set the key as the connection's first statement.

The key of an encrypted file is a raw 256-bit key given with the file's own salt
(``PRAGMA key = "x'<key><salt>'"``), so SQLCipher runs no key derivation per
connection (0.1 ms instead of PBKDF2's 116 ms). The salt is the file's first 16 bytes,
readable without the key, and is how a key is found:

* **keychain mode**: a random key kept in the OS keychain (``keyring``: Windows
  Credential Locker, macOS Keychain) under service :data:`KEYCHAIN_SERVICE`, the salt
  in hex as the user name. Opening costs nothing and asks nothing.
* **travel mode**: the key is derived from a passphrase with scrypt over the salt, and
  nothing is stored: a laptop opened at a border does not open the file by itself.
  :func:`unlock` takes the passphrase (the GUI asks at start); the environment variable
  :data:`PASSPHRASE_ENV` gives it to scripts and tests.

Backups of an encrypted file are made with the same key and salt, so they open the
same way. Keys are remembered for the process once found (:func:`remember`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from ..i18n import translate
from .errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_SIZE = 16
KEY_SIZE = 32
KEYCHAIN_SERVICE = "office-desk-database"
PASSPHRASE_ENV = "OFFICE_DESK_PASSPHRASE"
#: scrypt's cost: 2**15 x 8 x 1 takes about 0.1 s and 32 MiB, once per opening.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
#: The page cache of a connection to an encrypted file, in KiB (SQLite's default: 2 MiB).
ENCRYPTED_CACHE_KIB = 32 * 1024
#: A passphrase shorter than this is refused when encrypting.
MIN_PASSPHRASE = 10


class KeyNeeded(StoreError):
    """An encrypted file (or one that may be) whose key is not at hand: neither in the
    keychain nor given as a passphrase."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Encryption",
                "{path}: encrypted, and its key is not in this computer's keychain: "
                "enter its passphrase (travel mode), or set OFFICE_DESK_PASSPHRASE",
            ).format(path=path)
        )
        self.path = path


class WrongKey(StoreError):
    """The key or passphrase given does not open the file (or it is no database)."""

    def __init__(self, path: Path, passphrase: bool = True) -> None:
        message = (
            translate(
                "Encryption",
                "{path}: the passphrase does not open this file "
                "(or the file is not an Office Desk database); nothing was changed",
            )
            if passphrase
            else translate(
                "Encryption",
                "{path}: the key in this computer's keychain does not open this file; "
                "nothing was changed",
            )
        )
        super().__init__(message.format(path=path))
        self.path = path


@dataclass(frozen=True)
class FileKey:
    """The raw key and the salt of one encrypted file."""

    key: bytes
    salt: bytes
    #: Derived from a passphrase (travel mode) rather than kept in the keychain.
    travel: bool = False

    def __post_init__(self) -> None:
        if len(self.key) != KEY_SIZE or len(self.salt) != SALT_SIZE:
            raise ValueError("a SQLCipher key is 32 bytes with a 16-byte salt")

    @property
    def literal(self) -> str:
        """The key as SQLCipher reads it: raw key and salt, in hex (no derivation)."""
        return f"x'{(self.key + self.salt).hex()}'"

    def __repr__(self) -> str:  # never print a key into a log or a traceback
        return f"FileKey(salt={self.salt.hex()}, travel={self.travel})"


def new_key(passphrase: str | None = None) -> FileKey:
    """A key for a file about to be encrypted: random (keychain mode), or derived from
    ``passphrase`` over a new random salt (travel mode)."""
    salt = secrets.token_bytes(SALT_SIZE)
    if passphrase is None:
        return FileKey(secrets.token_bytes(KEY_SIZE), salt)
    return derive(passphrase, salt)


def derive(passphrase: str, salt: bytes) -> FileKey:
    """The travel-mode key for ``passphrase`` and the file's ``salt`` (scrypt)."""
    key = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=64 * 1024 * 1024,
        dklen=KEY_SIZE,
    )
    return FileKey(key, salt, travel=True)


# --------------------------------------------------------------------------- finding keys

_lock = threading.Lock()
_known: dict[Path, FileKey] = {}


def _norm(path: Path | str) -> Path:
    return Path(path).expanduser().resolve()


def file_salt(path: Path | str) -> bytes | None:
    """The salt of an encrypted file; None for a plain SQLite file, an empty or
    missing one, or one that cannot be a SQLCipher file (its size is no multiple of
    512 bytes, the smallest page)."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
        size = os.path.getsize(path)
    except OSError:
        return None
    if len(head) < SALT_SIZE or head == SQLITE_HEADER or size % 512:
        return None
    return head[:SALT_SIZE]


def is_encrypted(path: Path | str) -> bool:
    """Whether ``path`` looks like an encrypted database (see :func:`file_salt`)."""
    return file_salt(path) is not None


def remember(path: Path | str, key: FileKey | None) -> None:
    """Use ``key`` for ``path`` from now on in this process (None forgets it)."""
    with _lock:
        if key is None:
            _known.pop(_norm(path), None)
        else:
            _known[_norm(path)] = key


def forget_all() -> None:
    """Forget every key this process found (tests; "lock" in a later version)."""
    with _lock:
        _known.clear()


def keychain_key(salt: bytes) -> FileKey | None:
    """The keychain's key for the file with ``salt``, if it holds one."""
    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(KEYCHAIN_SERVICE, salt.hex())
    except KeyringError:
        return None
    if not stored:
        return None
    try:
        return FileKey(bytes.fromhex(stored), salt)
    except ValueError:
        return None


def store_in_keychain(key: FileKey) -> None:
    """Keep ``key`` in the OS keychain (keychain mode). Raises :class:`StoreError`
    when there is no usable keychain."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYCHAIN_SERVICE, key.salt.hex(), key.key.hex())
    except KeyringError as exc:
        raise StoreError(
            translate(
                "Encryption",
                "this computer has no keychain Office Desk can use ({reason}); "
                "use travel mode (a passphrase) instead",
            ).format(reason=str(exc).split(". ")[0])
        ) from exc


def remove_from_keychain(salt: bytes) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYCHAIN_SERVICE, salt.hex())


def key_for(path: Path | str) -> FileKey | None:
    """The key that opens ``path``: None for a plain (or new) file; else the key found
    earlier in this process, the keychain's, or the one derived from
    ``$OFFICE_DESK_PASSPHRASE``, checked against the file. Raises :class:`KeyNeeded`
    when none is at hand and :class:`WrongKey` when the one found does not fit."""
    salt = file_salt(path)
    if salt is None:
        return None
    with _lock:
        known = _known.get(_norm(path))
    if known is not None and known.salt == salt:
        return known
    key = keychain_key(salt)
    if key is not None:
        if not fits(path, key):
            raise WrongKey(Path(path), passphrase=False)
        remember(path, key)
        return key
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase:
        return unlock(path, passphrase)
    raise KeyNeeded(Path(path))


def unlock(path: Path | str, passphrase: str) -> FileKey:
    """Derive the travel-mode key of ``path`` from ``passphrase``, check that it opens
    the file, and remember it; :class:`WrongKey` when it does not."""
    salt = file_salt(path)
    if salt is None:
        raise WrongKey(Path(path))
    key = derive(passphrase, salt)
    if not fits(path, key):
        raise WrongKey(Path(path))
    remember(path, key)
    return key


def fits(path: Path | str, key: FileKey) -> bool:
    """Whether ``key`` opens ``path`` (read-only look, writes nothing: with no ``-wal``
    beside it, nobody has the file open, and ``immutable=1`` leaves no ``-shm`` and
    ``-wal`` behind, which matters beside a backup)."""
    module = cipher_module()
    wal = _norm(path).with_name(Path(path).name + "-wal")
    query = "mode=ro" if wal.exists() else "immutable=1"
    try:
        conn = module.connect(f"{_norm(path).as_uri()}?{query}", uri=True)
    except module.Error:
        return False
    try:
        set_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except module.DatabaseError:
        return False
    finally:
        conn.close()


# --------------------------------------------------------------------------- connecting


def cipher_module() -> Any:
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


_AUTO: Any = object()


def connect(
    path: Path | str,
    *,
    key: FileKey | None = _AUTO,
    read_only: bool = False,
    immutable: bool = False,
    timeout: float = 5.0,
    isolation_level: str | None = "",
    check_same_thread: bool = True,
) -> sqlite3.Connection:
    """A DB-API connection to the database file ``path``: Python's ``sqlite3`` for a
    plain file, ``sqlcipher3`` with the key set first for an encrypted one.

    ``key`` defaults to :func:`key_for` (so a new file is plain); pass a key to make a
    new encrypted file (a backup of an encrypted one), or None for plain.
    ``read_only`` opens with ``mode=ro``, ``immutable`` with ``immutable=1``.
    Errors of either module are caught with :data:`Error` and its kin.
    """
    if key is _AUTO:
        key = key_for(path)
    query = "?immutable=1" if immutable else "?mode=ro" if read_only else ""
    uri = f"{_norm(path).as_uri()}{query}"
    if key is None:
        return sqlite3.connect(
            uri,
            uri=True,
            timeout=timeout,
            isolation_level=cast(Any, isolation_level),
            check_same_thread=check_same_thread,
        )
    module = cipher_module()
    conn = module.connect(
        uri,
        uri=True,
        timeout=timeout,
        isolation_level=isolation_level,
        check_same_thread=check_same_thread,
    )
    set_key(conn, key)
    return cast(sqlite3.Connection, conn)


def set_key(conn: Any, key: FileKey) -> None:
    """Make ``key`` the key of the (sqlcipher3) connection ``conn``: its first
    statement. SQLCipher's own log (a failed HMAC check on stderr) stays quiet: a wrong
    key is reported once, by the caller."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{key.literal}"')
    # Each page read from disk is decrypted and its HMAC checked (about 100 MB/s with
    # the OpenSSL 3 that sqlcipher3 bundles); a bigger page cache, taken only as pages
    # are read, keeps a page read again (a list, a search, the integrity check at open)
    # from being decrypted again.
    conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")


def dbapi_module(path: Path | str) -> tuple[Any, FileKey | None]:
    """The DB-API module and key a SQLAlchemy engine for ``path`` uses (see
    :func:`office_desk.core.store.engine.make_engine`)."""
    key = key_for(path)
    return (sqlite3 if key is None else cipher_module()), key


def errors(name: str = "Error") -> tuple[type[Exception], ...]:
    """``sqlite3``'s exception class ``name`` and ``sqlcipher3``'s twin, for ``except``
    clauses that may meet either module (the twin is loaded only when needed)."""
    plain = getattr(sqlite3, name)
    try:
        return (plain, getattr(cipher_module(), name))
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return (plain,)


def __getattr__(name: str) -> tuple[type[Exception], ...]:
    """``cipher.Error``, ``cipher.DatabaseError``, ``cipher.OperationalError``: both
    modules' classes, for ``except cipher.Error:`` (loaded on first use)."""
    if name in ("Error", "DatabaseError", "OperationalError", "IntegrityError"):
        return errors(name)
    raise AttributeError(name)
