"""Writes the disk refused, told to the user in one line.

Every write goes through one transaction (:meth:`~office_desk.core.store.database.Store.write`),
so when SQLite or the OS refuses a write half-way, the transaction is rolled back and
the database stays as it was. What the user needs is a sentence saying what happened
and what to do, not a traceback: :func:`describe_write_error` turns the exceptions of a
full disk, a file-size limit, a failing or removed drive, a read-only file and a
database another program holds locked into that sentence.

The exception may come straight from :mod:`sqlite3`, wrapped by SQLAlchemy
(``exc.orig``), or chained under another error (``raise ... from exc``); the whole
chain is searched.

On Unix, SQLite reports a write that hit the process's file-size limit
(``ulimit -f``, ``EFBIG``) as a "disk I/O error" or as "database or disk is full"; when
such a limit is set and the file is at it, the message names the limit.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from .i18n import translate

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13

_FULL, _TOO_BIG, _IO, _READ_ONLY, _LOCKED = "full", "too big", "io", "read-only", "locked"

_MESSAGE_KINDS: tuple[tuple[str, str], ...] = (
    ("database or disk is full", _FULL),
    ("disk i/o error", _IO),
    ("attempt to write a readonly database", _READ_ONLY),
    ("readonly database", _READ_ONLY),
    ("database is locked", _LOCKED),
    ("database table is locked", _LOCKED),
)
_SQLITE_KINDS = {
    SQLITE_FULL: _FULL,
    SQLITE_IOERR: _IO,
    SQLITE_READONLY: _READ_ONLY,
    SQLITE_BUSY: _LOCKED,
    SQLITE_LOCKED: _LOCKED,
}
_ERRNO_KINDS = {
    errno.ENOSPC: _FULL,
    errno.EDQUOT: _FULL,
    errno.EFBIG: _TOO_BIG,
    errno.EIO: _IO,
    errno.EROFS: _READ_ONLY,
}

#: A file this close to the process's file-size limit (at most an eighth of the limit)
#: is taken to have hit it: SQLite writes a page or a chunk at a time.
_LIMIT_SLACK = 1024 * 1024


def describe_write_error(exc: BaseException, path: Path | str | None) -> str | None:
    """One line for the user if ``exc`` (or an exception it wraps) is a write the disk
    or the database file refused; None for anything else.

    ``path`` is the file being written (the database, a backup, an export), named at
    the start of the message.
    """
    kind = _kind(exc)
    if kind is None:
        return None
    if kind in (_FULL, _IO) and path is not None and _at_file_size_limit(Path(path)):
        kind = _TOO_BIG
    where = str(path) if path is not None else translate("WriteError", "the file")
    if kind == _FULL:
        text = translate(
            "WriteError",
            "{path}: the disk is full; nothing was saved. Free some space and try again.",
        )
    elif kind == _TOO_BIG:
        text = translate(
            "WriteError",
            "{path}: the file has reached the largest size this system allows; nothing was saved.",
        )
    elif kind == _IO:
        text = translate(
            "WriteError",
            "{path}: the disk reported an error while writing "
            "(it may be full, removed or failing); nothing was saved. Check the "
            "disk and try again.",
        )
    elif kind == _READ_ONLY:
        text = translate(
            "WriteError",
            "{path}: the file or its folder is read-only; nothing "
            "was saved. Make it writable, or save a copy somewhere else.",
        )
    else:
        text = translate(
            "WriteError",
            "{path}: another program is writing to the database; "
            "nothing was saved. Wait a moment and try again.",
        )
    return text.format(path=where)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, what SQLAlchemy wrapped (``.orig``), and its causes and contexts."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        for more in (orig, current.__cause__, current.__context__):
            if isinstance(more, BaseException):
                todo.append(more)


def _sqlite_errors() -> tuple[type[Exception], ...]:
    """sqlite3's error class and, for an encrypted file, sqlcipher3's twin."""
    from .store import cipher

    return cipher.errors("Error")


def _kind(exc: BaseException) -> str | None:
    for current in _chain(exc):
        if isinstance(current, OSError) and current.errno in _ERRNO_KINDS:
            return _ERRNO_KINDS[current.errno]
        if isinstance(current, _sqlite_errors()):
            code = getattr(current, "sqlite_errorcode", None)
            if isinstance(code, int) and (code & 0xFF) in _SQLITE_KINDS:
                return _SQLITE_KINDS[code & 0xFF]
            found = _kind_of_message(str(current))
            if found is not None:
                return found
    # Raised without the sqlite3 exception attached (SQLAlchemy's text, a wrapper's
    # message "... (database or disk is full)"): the words are SQLite's own.
    for current in _chain(exc):
        found = _kind_of_message(str(current))
        if found is not None:
            return found
    return None


def _kind_of_message(message: str) -> str | None:
    lowered = message.lower()
    for words, kind in _MESSAGE_KINDS:
        if words in lowered:
            return kind
    return None


def _at_file_size_limit(path: Path) -> bool:
    """True when this process has a file-size limit (``ulimit -f``) and the file, or
    its journal beside it, is at it."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY or soft < 0:
        return False
    slack = min(_LIMIT_SLACK, soft // 8)
    for candidate in (
        path,
        *(path.with_name(path.name + s) for s in ("-wal", "-journal", ".partial")),
    ):
        try:
            size = os.stat(candidate).st_size
        except OSError:
            continue
        if size + slack >= soft:
            return True
    return False


def explain_or_raise(
    exc: BaseException, path: Path | str | None, expected: tuple[type[BaseException], ...] = ()
) -> str:
    """The command line's one line about a failed command: :func:`describe_write_error`'s
    when the disk refused a write, else the message of an ``expected`` kind of error;
    anything else is a bug and is raised again (with its traceback)."""
    message = describe_write_error(exc, path)
    if message is None and not isinstance(exc, expected):
        raise exc
    return message or str(exc)


def error_text(exc: BaseException, path: Path | str | None = None) -> str:
    """What to tell the user about ``exc``: the clear sentence of
    :func:`describe_write_error` when the disk refused a write, else the exception's
    own message."""
    return describe_write_error(exc, path) or str(exc)
