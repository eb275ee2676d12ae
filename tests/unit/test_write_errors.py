"""describe_write_error: the disk refusing a write, told in one line.

The SQLite errors are real ones where SQLite can be made to give them (a page limit
for "database or disk is full", a read-only connection, a held write lock); the
others are built the way sqlite3, SQLAlchemy and the OS raise them.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError as SAOperationalError

from office_desk.core import i18n, write_errors
from office_desk.core.network_package import PackageError
from office_desk.core.write_errors import describe_write_error

FULL = "the disk is full; nothing was saved"
TOO_BIG = "the file has reached the largest size this system allows"
DISK = "the disk reported an error while writing"
READ_ONLY = "the file or its folder is read-only"
LOCKED = "another program is writing to the database"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "office.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.commit()
    conn.close()
    yield path


def _raised(action: object) -> BaseException:
    try:
        action()  # type: ignore[operator]
    except BaseException as exc:  # noqa: BLE001 - the exception is the result
        return exc
    raise AssertionError("nothing was raised")


def test_database_full_from_sqlite(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA max_page_count = 2")

    def fill() -> None:
        for _ in range(100):
            conn.execute("INSERT INTO t VALUES (?)", ("x" * 4000,))

    exc = _raised(fill)
    conn.close()
    assert isinstance(exc, sqlite3.OperationalError)
    assert describe_write_error(exc, db) == (
        f"{db}: the disk is full; nothing was saved. Free some space and try again."
    )


def test_read_only_database_from_sqlite(db: Path) -> None:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    exc = _raised(lambda: conn.execute("INSERT INTO t VALUES ('x')"))
    conn.close()
    message = describe_write_error(exc, db)
    assert message is not None and message.startswith(f"{db}: {READ_ONLY}")


def test_locked_database_from_sqlite(db: Path) -> None:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        exc = _raised(lambda: other.execute("BEGIN IMMEDIATE"))
    finally:
        other.close()
        holder.execute("ROLLBACK")
        holder.close()
    message = describe_write_error(exc, db)
    assert message is not None and message.startswith(f"{db}: {LOCKED}")


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), FULL),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), FULL),
        (OSError(errno.EFBIG, "File too large"), TOO_BIG),
        (OSError(errno.EROFS, "Read-only file system"), READ_ONLY),
        (sqlite3.OperationalError("disk I/O error"), DISK),
        (sqlite3.OperationalError("database or disk is full"), FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), READ_ONLY),
        (sqlite3.OperationalError("database is locked"), LOCKED),
    ],
)
def test_errors_of_the_os_and_of_sqlite(exc: BaseException, words: str, tmp_path: Path) -> None:
    message = describe_write_error(exc, tmp_path / "out.sqlite")
    assert message is not None
    assert message.startswith(f"{tmp_path / 'out.sqlite'}: {words}")
    assert "\n" not in message


def test_extended_result_code_counts_without_the_words(tmp_path: Path) -> None:
    exc = sqlite3.OperationalError("something odd")
    exc.sqlite_errorcode = 10 | (4 << 8)  # type: ignore[attr-defined]  # SQLITE_IOERR_WRITE
    message = describe_write_error(exc, tmp_path / "x.sqlite")
    assert message is not None and DISK in message


def test_found_inside_sqlalchemy_and_chained_errors(tmp_path: Path) -> None:
    wrapped = SAOperationalError("COMMIT", {}, sqlite3.OperationalError("disk I/O error"))
    assert DISK in (describe_write_error(wrapped, tmp_path) or "")
    try:
        try:
            raise wrapped
        except SAOperationalError as inner:
            raise PackageError(
                "merge.json: the merge failed and nothing was imported (disk I/O error)"
            ) from inner
    except PackageError as outer:
        assert DISK in (describe_write_error(outer, tmp_path) or "")
    # A wrapper holding only SQLite's words still counts.
    assert FULL in (
        describe_write_error(
            PackageError("x: the merge failed (database or disk is full)"), tmp_path
        )
        or ""
    )


@pytest.mark.parametrize(
    "exc",
    [
        ValueError("line 3: not an e-mail address"),
        sqlite3.IntegrityError("UNIQUE constraint failed: tag.name"),
        OSError(errno.ENOENT, "No such file or directory"),
        KeyboardInterrupt(),
    ],
)
def test_other_errors_are_not_write_errors(exc: BaseException, tmp_path: Path) -> None:
    assert describe_write_error(exc, tmp_path / "x.sqlite") is None


def test_a_file_at_the_size_limit_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import resource

    path = tmp_path / "office.sqlite"
    path.write_bytes(b"\0" * 8192)
    path.with_name(path.name + "-wal").write_bytes(b"\0" * 65536)
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (65536, resource.RLIM_INFINITY))
    assert TOO_BIG in (describe_write_error(sqlite3.OperationalError("disk I/O error"), path) or "")
    # Far below the limit: the disk itself, not the limit.
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (10**9, resource.RLIM_INFINITY))
    assert DISK in (describe_write_error(sqlite3.OperationalError("disk I/O error"), path) or "")


def test_messages_are_translated_under_write_error(tmp_path: Path) -> None:
    seen: list[tuple[str, str]] = []

    def hook(context: str, text: str) -> str:
        seen.append((context, text))
        return "ÜBERSETZT {path}" if context == "WriteError" and "{path}" in text else text

    i18n.install(hook, "de")
    try:
        message = describe_write_error(OSError(errno.ENOSPC, "full"), tmp_path / "a.sqlite")
    finally:
        i18n.install(None)
    assert message == f"ÜBERSETZT {tmp_path / 'a.sqlite'}"
    assert (
        "WriteError",
        "{path}: the disk is full; nothing was saved. Free some space and try again.",
    ) in seen


def test_no_path_is_the_file() -> None:
    message = describe_write_error(OSError(errno.ENOSPC, "full"), None)
    assert message is not None and message.startswith("the file: the disk is full")
    assert write_errors.SQLITE_FULL == 13


def test_explain_or_raise_tells_write_errors_and_expected_ones_and_raises_the_rest() -> None:
    from office_desk.core.write_errors import explain_or_raise

    full = sqlite3.OperationalError("database or disk is full")
    assert "disk is full" in explain_or_raise(full, "office.sqlite")
    assert explain_or_raise(ValueError("bad cell"), None, (ValueError,)) == "bad cell"
    with pytest.raises(KeyError):
        explain_or_raise(KeyError("bug"), None, (ValueError,))
