"""Out of space during a write: a clear one-line error, and the database intact.

The disk filling up is simulated with a file-size limit (``ulimit -f``,
``RLIMIT_FSIZE``) set just above the database file's size in the child process that
runs ``office-desk``; with ``SIGXFSZ`` ignored, a write past the limit fails with
``EFBIG``, which SQLite reports as a "disk I/O error". The limit also stops the
``-wal`` file from growing, so an import fails when its pages go to the journal or at
its commit. Afterwards, without a limit, ``office-desk check`` must pass and every row
must be as it was. Linux only (the limit's behaviour is the OS's).

Where the system lets a process mount a 2 MB tmpfs in a private namespace
(``unshare -rm``), one more test fills a real disk (``ENOSPC``, which SQLite reports as
"database or disk is full").
"""

from __future__ import annotations

import errno
import os
import resource
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from office_desk.core.write_errors import describe_write_error
from tests.crash.kill_worker import (
    child_env,
    make_package,
    office_desk_check,
    read_state,
    write_contacts_csv,
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the file-size limit is simulated the Linux way"
)


def _with_file_size_limit(limit: int) -> Callable[[], None]:
    def limit_writes() -> None:  # in the child, before exec; both survive the exec
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return limit_writes


def _office_desk(args: list[str], folder: Path, limit: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "office_desk", "--language", "en", *args],
        capture_output=True,
        text=True,
        env=child_env(folder),
        timeout=300,
        check=False,
        preexec_fn=_with_file_size_limit(limit),
    )


def _limit_message(path: Path) -> str:
    """What describe_write_error says about ``path`` when the limit stopped the write
    and the file is at the limit."""
    message = describe_write_error(OSError(errno.EFBIG, "File too large"), path)
    assert message is not None
    return message


def _disk_message(path: Path) -> str:
    """... and when the file is not (SQLite rolled a half-written file back)."""
    message = describe_write_error(sqlite3.OperationalError("disk I/O error"), path)
    assert message is not None
    return message


def _assert_intact(db: Path, before: dict, folder: Path) -> None:
    clean, output = office_desk_check(db, folder)
    assert clean, output
    assert read_state(db) == before
    assert not db.with_name(db.name + "-journal").exists()


@pytest.mark.slow
def test_import_hitting_the_limit_is_refused_cleanly(sample_path: Path, tmp_path: Path) -> None:
    source = write_contacts_csv(tmp_path / "big.csv", 5_000)
    before = read_state(sample_path)
    limit = sample_path.stat().st_size + 64 * 1024
    done = _office_desk(["--db", str(sample_path), "import", str(source)], tmp_path, limit)

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == f"office-desk: error: {_limit_message(sample_path)}"
    assert "Imported" not in done.stdout
    _assert_intact(sample_path, before, tmp_path)


@pytest.mark.slow
def test_package_merge_hitting_the_limit_is_refused_cleanly(
    sample_path: Path, sample_template: Path, tmp_path: Path
) -> None:
    package = make_package(sample_template, tmp_path / "other", 1_000)
    before = read_state(sample_path)
    limit = sample_path.stat().st_size + 64 * 1024
    done = _office_desk(["--db", str(sample_path), "import", str(package)], tmp_path, limit)

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == f"office-desk: error: {_limit_message(sample_path)}"
    _assert_intact(sample_path, before, tmp_path)


def test_safety_copy_hitting_the_limit_stops_the_import(sample_path: Path, tmp_path: Path) -> None:
    """The copy made before an import fails first: nothing is imported."""
    source = write_contacts_csv(tmp_path / "small.csv", 10)
    before = read_state(sample_path)
    limit = sample_path.stat().st_size // 2
    done = _office_desk(["--db", str(sample_path), "import", str(source)], tmp_path, limit)

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"office-desk: error: {tmp_path / 'data' / 'backups'}: ")
    _assert_intact(sample_path, before, tmp_path)


def test_backup_hitting_the_limit_is_refused_cleanly(sample_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "copy.sqlite"
    target.parent.mkdir()
    before = read_state(sample_path)
    limit = sample_path.stat().st_size // 2
    done = _office_desk(["--db", str(sample_path), "backup", "-o", str(target)], tmp_path, limit)

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() in (
        f"office-desk: error: {_limit_message(target)}",
        f"office-desk: error: {_disk_message(target)}",
    )
    assert os.listdir(target.parent) == []  # no copy, and no half copy left taking space
    _assert_intact(sample_path, before, tmp_path)


def _private_mounts_work() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    try:
        done = subprocess.run(
            [unshare, "-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt"],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except OSError:
        return False
    return done.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(
    not _private_mounts_work(), reason="needs unshare and a tmpfs mount in a private namespace"
)
def test_import_into_a_really_full_disk(sample_path: Path, tmp_path: Path) -> None:
    """A real full disk (ENOSPC): a 2 MB tmpfs, mounted in a private mount namespace
    that ends with the child, holding a copy of the database."""
    source = write_contacts_csv(tmp_path / "big.csv", 5_000)
    disk, out = tmp_path / "disk", tmp_path / "out"
    disk.mkdir()
    out.mkdir()
    before = read_state(sample_path)
    q = shlex.quote
    db = q(str(disk / "db.sqlite"))
    office_desk = f"{q(sys.executable)} -m office_desk --language en --db {db}"
    script = f"""
        mount -t tmpfs -o size=2m tmpfs {q(str(disk))} || exit 99
        cp {q(str(sample_path))} {db}
        {office_desk} import {q(str(source))} > /dev/null 2> {q(str(out / "import.err"))}
        echo $? > {q(str(out / "import.rc"))}
        {office_desk} check > {q(str(out / "check.out"))} 2>&1
        echo $? > {q(str(out / "check.rc"))}
        cp {db} {q(str(out / "after.sqlite"))}
    """
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr

    assert (out / "import.rc").read_text().strip() == "1"
    message = describe_write_error(
        OSError(errno.ENOSPC, "No space left on device"), disk / "db.sqlite"
    )
    assert (out / "import.err").read_text().strip() == f"office-desk: error: {message}"
    assert (out / "check.rc").read_text().strip() == "0", (out / "check.out").read_text()
    assert read_state(out / "after.sqlite") == before
