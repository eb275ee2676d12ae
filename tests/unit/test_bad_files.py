"""Files Office Desk must refuse: a clear one-line error, and the file never modified."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from office_desk.core.store.database import (
    CorruptDatabase,
    LockedDatabase,
    MissingDatabase,
    NotADatabase,
    NotOfficeDesk,
    ReadOnlyDatabase,
    StoreError,
    open_store,
)
from tests.conftest import file_hash


def _text_file(path: Path) -> None:
    path.write_text("name,city\nDresden-Jinan,Dresden\n", encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _corrupt(path: Path, sample: Path) -> None:
    data = bytearray(sample.read_bytes())
    # Keep the header, wreck the pages after the first one.
    for i in range(4096, len(data), 7):
        data[i] = (data[i] * 31 + 17) % 256
    path.write_bytes(bytes(data))


def _truncated(path: Path, sample: Path) -> None:
    path.write_bytes(sample.read_bytes()[:6000])


def _foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
    conn.close()


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (_text_file, NotADatabase, "not an Office Desk database"),
        (_empty_file, NotADatabase, "empty"),
        (_foreign_sqlite, NotOfficeDesk, "not an Office Desk file"),
    ],
)
def test_wrong_kind_of_file_is_refused(
    tmp_path: Path, make: Callable[[Path], None], error: type[StoreError], words: str
) -> None:
    path = tmp_path / "file.sqlite"
    make(path)
    before = file_hash(path)
    with pytest.raises(error, match=words) as info:
        open_store(path)
    assert "\n" not in str(info.value)
    assert file_hash(path) == before
    assert not path.with_name("file.sqlite-wal").exists()


@pytest.mark.parametrize("damage", [_corrupt, _truncated])
def test_damaged_file_is_refused(
    tmp_path: Path, sample_path: Path, damage: Callable[[Path, Path], None]
) -> None:
    path = tmp_path / "damaged.sqlite"
    # Checkpoint the sample so the damage hits real content, not an empty main file.
    with sqlite3.connect(sample_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    damage(path, sample_path)
    before = file_hash(path)
    with pytest.raises((CorruptDatabase, NotADatabase)) as info:
        open_store(path)
    assert "damaged" in str(info.value) or "not an" in str(info.value)
    assert file_hash(path) == before


def test_locked_file_is_refused(sample_path: Path) -> None:
    with sqlite3.connect(sample_path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = file_hash(sample_path)
    holder = sqlite3.connect(sample_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LockedDatabase, match="locked by another program"):
            open_store(sample_path, timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert file_hash(sample_path) == before


def test_read_only_file_is_refused(sample_path: Path) -> None:
    before = file_hash(sample_path)
    sample_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ReadOnlyDatabase, match="read-only"):
            open_store(sample_path)
    finally:
        sample_path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert file_hash(sample_path) == before


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(MissingDatabase, match="office-desk sample"):
        open_store(tmp_path / "nope.sqlite")
    assert not (tmp_path / "nope.sqlite").exists()
    with pytest.raises(NotADatabase, match="folder"):
        open_store(tmp_path)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "office_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_cli_gives_one_line_and_nonzero_exit(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    _text_file(path)
    before = file_hash(path)
    for command in (["list", "offices"], ["search", "Dresden"], ["check"]):
        result = _cli("--db", str(path), *command)
        assert result.returncode == 1
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "not an Office Desk database" in lines[0]
    assert file_hash(path) == before
