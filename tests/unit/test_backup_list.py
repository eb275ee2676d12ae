"""Listing backups, daily and on-close backups, and restoring one (real SQLite files)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from office_desk.core import kinds
from office_desk.core.models import Contact, Office
from office_desk.core.services import records
from office_desk.core.store import schema
from office_desk.core.store.backup import (
    FUTURE_SLACK,
    BackupError,
    backup_before,
    backup_due,
    backup_if_due,
    backup_on_close,
    last_backup_time,
    list_backups,
    prune_backups,
    record_counts,
    restore_file,
    same_content,
    upgraded_from,
)
from office_desk.core.store.database import open_store
from tests.conftest import file_hash

T0 = datetime(2026, 11, 2, 9, 30, 0)


def orm_counts(db: Path) -> dict[str, int]:
    """Live records by kind, counted the app's own way (tombstones hidden)."""
    store = open_store(db)
    try:
        return {kind.name: records.count(store, kind.model) for kind in kinds.KINDS}
    finally:
        store.close()


def add_contact(db: Path, name: str = "Added") -> None:
    store = open_store(db)
    try:
        with store.write() as session:
            session.add(Contact(given_name=name, family_name="Later"))
    finally:
        store.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


# --------------------------------------------------------------------------- listing


def test_listing_is_newest_first_with_live_counts(sample_path: Path, folder: Path) -> None:
    first = backup_before(sample_path, folder, "before-import", when=T0)
    same_second = backup_before(sample_path, folder, "before-import", when=T0)
    assert same_second.name.endswith(".before-import-2.sqlite")
    add_contact(sample_path)
    middle = backup_before(sample_path, folder, "daily", when=T0 + timedelta(days=1))
    store = open_store(sample_path)
    with store.session() as session:
        office_id = session.exec(select(Office.id)).first()
    records.delete(store, Office, [office_id])
    store.close()
    newest = backup_before(sample_path, folder, "on-close", when=T0 + timedelta(days=2))

    listed = list_backups(folder, sample_path)
    assert [b.path for b in listed] == [newest, middle, same_second, first]
    assert [b.reason for b in listed] == ["on-close", "daily", "before-import", "before-import"]
    assert listed[0].made == T0 + timedelta(days=2)
    assert all(b.usable and b.problem == "" for b in listed)
    assert all(b.revision == schema.head_revision() for b in listed)
    assert listed[0].size == newest.stat().st_size
    # counts are live records only, the app's own way
    assert listed[0].counts == orm_counts(newest)
    assert listed[1].counts == orm_counts(middle)
    assert listed[1].counts["contact"] == listed[2].counts["contact"] + 1
    assert listed[0].counts["office"] == listed[1].counts["office"] - 1
    assert set(listed[0].counts) == {"office", "contact", "organization", "project", "event"}
    assert record_counts(sample_path) == orm_counts(sample_path)
    assert last_backup_time(folder, sample_path) == T0 + timedelta(days=2)


def test_listing_never_writes_a_backup(sample_path: Path, folder: Path) -> None:
    made = backup_before(sample_path, folder, "daily", when=T0)
    before = file_hash(made)
    list_backups(folder, sample_path)
    list_backups(folder, sample_path)
    assert file_hash(made) == before
    assert sorted(p.name for p in folder.iterdir()) == [made.name]  # no -wal, no -shm


def test_damaged_and_foreign_files_are_listed_with_a_problem(
    sample_path: Path, folder: Path
) -> None:
    good = backup_before(sample_path, folder, "daily", when=T0)
    stem = sample_path.stem
    garbage = folder / f"{stem}.{(T0 + timedelta(hours=1)):%Y-%m-%dT%H%M%S}.daily.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    empty = folder / f"{stem}.2026-11-02T110000.on-close.sqlite"
    empty.write_bytes(b"")
    truncated = folder / f"{stem}.2026-11-02T120000.before-merge.sqlite"
    data = good.read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    foreign = folder / f"{stem}.2026-11-02T130000.before-import.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE contact (name TEXT)")
    conn.close()

    listed = {b.path: b for b in list_backups(folder, sample_path)}
    assert len(listed) == 5
    assert listed[good].usable and listed[good].counts
    for bad in (garbage, empty, truncated, foreign):
        assert not listed[bad].usable, bad.name
        assert listed[bad].problem and listed[bad].counts == {}
    assert "SQLite" in listed[garbage].problem
    assert "empty" in listed[empty].problem
    assert "damaged" in listed[truncated].problem
    assert "not an Office Desk file" in listed[foreign].problem


def test_newer_and_older_schemas(sample_path: Path, folder: Path) -> None:
    stem = sample_path.stem
    newer = backup_before(sample_path, folder, "daily", when=T0)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    # an old file: no deleted_at column yet, and no event table
    older = folder / f"{stem}.2026-11-01T080000.before-schema-upgrade-from-0001.sqlite"
    with sqlite3.connect(older) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
        conn.execute("CREATE TABLE office (id TEXT, name TEXT)")
        conn.execute("CREATE TABLE contact (id TEXT, given_name TEXT, deleted_at TEXT)")
        conn.executemany("INSERT INTO office VALUES (?, ?)", [("1", "a"), ("2", "b")])
        conn.executemany(
            "INSERT INTO contact VALUES (?, ?, ?)",
            [("1", "a", None), ("2", "b", "2026-01-01"), ("3", "c", None)],
        )
    conn.close()
    listed = {b.path: b for b in list_backups(folder, sample_path)}
    assert not listed[newer].usable and "newer version" in listed[newer].problem
    assert listed[newer].revision == "9999"
    assert listed[older].usable
    assert listed[older].counts == {"office": 2, "contact": 2}
    assert listed[older].reason == "before-schema-upgrade-from-0001"
    assert upgraded_from(listed[older].reason) == "0001"
    assert upgraded_from("before-schema-0002") == "0002"
    assert upgraded_from("daily") is None
    with pytest.raises(BackupError, match="newer version"):
        restore_file(newer, sample_path, folder)


def test_other_files_are_ignored(sample_path: Path, folder: Path) -> None:
    mine = backup_before(sample_path, folder, "daily", when=T0)
    other_db = sample_path.with_name("other.sqlite")
    backup_before(sample_path, folder, "daily", when=T0).rename(
        folder / f"other.{T0:%Y-%m-%dT%H%M%S}.daily.sqlite"
    )
    (folder / f"{mine.name}-wal").write_bytes(b"")
    (folder / f"{mine.name}-shm").write_bytes(b"")
    (folder / f"{sample_path.stem}.2026-11-03T000000.daily.sqlite.partial").write_bytes(b"x")
    (folder / f"{sample_path.stem}-old.2026-11-03T000000.daily.sqlite").write_bytes(b"x")
    (folder / "notes.txt").write_text("mine")
    (folder / f"{sample_path.stem}.2026-11-04T000000.daily.sqlite").mkdir()
    assert [b.path for b in list_backups(folder, sample_path)] == [mine]
    assert [b.path.name for b in list_backups(folder, other_db)] == [
        f"other.{T0:%Y-%m-%dT%H%M%S}.daily.sqlite"
    ]
    assert list_backups(folder / "missing", sample_path) == []
    assert last_backup_time(folder / "missing", sample_path) is None
    # pruning leaves the -wal/-shm of a kept backup alone, and other files too
    prune_backups(folder, sample_path, keep=1, now=T0)
    assert (folder / f"{mine.name}-wal").exists() and (folder / "notes.txt").exists()


# --------------------------------------------------------------------------- daily backups


def test_backup_due(sample_path: Path, folder: Path) -> None:
    assert backup_due(folder, sample_path, now=T0)  # none at all
    made = backup_before(sample_path, folder, "before-import", when=T0)
    assert not backup_due(folder, sample_path, now=T0)
    assert not backup_due(folder, sample_path, now=T0 + timedelta(hours=23, minutes=59))
    assert backup_due(folder, sample_path, now=T0 + timedelta(days=1, seconds=1))
    assert not backup_due(
        folder, sample_path, now=T0 + timedelta(hours=30), interval=timedelta(days=2)
    )
    # stamped a little in the future (summer time ended): still recent
    assert not backup_due(folder, sample_path, now=T0 - FUTURE_SLACK + timedelta(minutes=1))
    # stamped days in the future (the clock was wrong then): does not count
    assert backup_due(folder, sample_path, now=T0 - timedelta(days=3))
    made.unlink()
    assert backup_due(folder, sample_path, now=T0)


def test_backup_if_due_makes_at_most_one_a_day(sample_path: Path, folder: Path) -> None:
    first = backup_if_due(sample_path, folder, keep=10, now=T0)
    assert first is not None and first.name.endswith(".daily.sqlite")
    assert backup_if_due(sample_path, folder, keep=10, now=T0 + timedelta(hours=1)) is None
    assert backup_if_due(sample_path, folder, keep=10, now=T0 + timedelta(hours=23)) is None
    add_contact(sample_path)
    assert backup_if_due(sample_path, folder, keep=10, now=T0 + timedelta(hours=23)) is None
    second = backup_if_due(sample_path, folder, keep=10, now=T0 + timedelta(days=1, hours=1))
    assert second is not None and second != first
    assert list_backups(folder, sample_path)[0].made == T0 + timedelta(days=1, hours=1)
    # a day later, nothing changed: an identical copy would add nothing...
    later = T0 + timedelta(days=2, hours=2)
    assert backup_if_due(sample_path, folder, keep=10, now=later) is None
    # ...unless asked for one anyway
    third = backup_if_due(sample_path, folder, keep=10, now=later, if_changed=False)
    assert third is not None
    assert len(list_backups(folder, sample_path)) == 3


def test_backup_if_due_prunes(sample_path: Path, folder: Path) -> None:
    for day in range(4):
        add_contact(sample_path, f"Day {day}")
        assert backup_if_due(sample_path, folder, keep=2, now=T0 + timedelta(days=day))
    left = list_backups(folder, sample_path)
    assert [b.made for b in left] == [T0 + timedelta(days=3), T0 + timedelta(days=2)]


# --------------------------------------------------------------------------- on close


def test_backup_on_close_skips_an_unchanged_file(sample_path: Path, folder: Path) -> None:
    first = backup_on_close(sample_path, folder, keep=10)  # no backup yet: one is made
    assert first is not None and first.name.split(".")[-2] == "on-close"
    assert backup_on_close(sample_path, folder, keep=10) is None
    store = open_store(sample_path)  # opened and closed without a change
    store.close()
    assert backup_on_close(sample_path, folder, keep=10) is None
    add_contact(sample_path)
    second = backup_on_close(
        sample_path, folder, keep=10, now=datetime.now() + timedelta(seconds=5)
    )
    assert second is not None and second != first
    assert backup_on_close(sample_path, folder, keep=10) is None
    assert len(list_backups(folder, sample_path)) == 2


def test_same_content_sees_every_kind_of_change(sample_path: Path, folder: Path) -> None:
    made = backup_before(sample_path, folder, "daily", when=T0)
    assert same_content(sample_path, made)

    def changed(sql: str) -> bool:
        copy = backup_before(sample_path, folder, "daily", when=T0 - timedelta(days=1))
        with sqlite3.connect(copy) as conn:
            conn.execute(sql)
        conn.close()
        try:
            return not same_content(sample_path, copy)
        finally:
            copy.unlink()

    # an edit that keeps updated_at (a merge keeps the incoming timestamp)
    assert changed("UPDATE contact SET notes = notes || '!' WHERE rowid = 3")
    assert changed("UPDATE contact SET deleted_at = updated_at WHERE rowid = 4")
    assert changed("UPDATE office SET latitude = NULL, longitude = NULL WHERE rowid = 1")
    assert changed("DELETE FROM tag_link WHERE rowid = (SELECT min(rowid) FROM tag_link)")
    assert changed("CREATE INDEX extra ON contact (notes)")
    assert changed("DELETE FROM alembic_version")
    # an unchanged file, opened through the app and closed again
    store = open_store(sample_path)
    store.close()
    assert same_content(sample_path, made)


def test_on_close_with_a_damaged_newest_backup_makes_a_new_one(
    sample_path: Path, folder: Path
) -> None:
    folder.mkdir()
    (folder / f"{sample_path.stem}.2099-01-01T000000.daily.sqlite").write_bytes(b"junk")
    made = backup_on_close(sample_path, folder, keep=10)
    assert made is not None and made.exists()


# --------------------------------------------------------------------------- restore


def test_restore_brings_the_backup_back(sample_path: Path, folder: Path) -> None:
    made = backup_before(sample_path, folder, "daily", when=T0)
    before = orm_counts(sample_path)
    add_contact(sample_path, "Added after the backup")
    assert orm_counts(sample_path)["contact"] == before["contact"] + 1
    backup_hash = file_hash(made)

    safety = restore_file(made, sample_path, folder)

    assert orm_counts(sample_path) == before
    store = open_store(sample_path)
    with store.session() as session:
        names = set(session.exec(select(Contact.given_name)).all())
    store.close()
    assert "Added after the backup" not in names
    # the safety copy holds the file as it was, and is listed as such
    assert safety.name.split(".")[-2] == "before-restore"
    assert orm_counts(safety)["contact"] == before["contact"] + 1
    newest = list_backups(folder, sample_path)[0]
    assert newest.path == safety and newest.reason == "before-restore"
    assert newest.counts["contact"] == before["contact"] + 1
    # the backup itself was only read
    assert file_hash(made) == backup_hash
    assert not (folder / f"{made.name}-wal").exists()
    assert not (folder / f"{made.name}-shm").exists()


def test_restore_refuses_a_damaged_backup(sample_path: Path, folder: Path) -> None:
    made = backup_before(sample_path, folder, "daily", when=T0)
    data = made.read_bytes()
    made.write_bytes(data[: len(data) // 2])
    before = file_hash(sample_path)
    with pytest.raises(BackupError):
        restore_file(made, sample_path, folder)
    with pytest.raises(BackupError):
        restore_file(folder / "missing.sqlite", sample_path, folder)
    assert file_hash(sample_path) == before
    assert [b.reason for b in list_backups(folder, sample_path)] == ["daily"]  # no safety copy


def test_a_copy_that_fails_half_way_leaves_no_partial_file(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import office_desk.core.store.backup as backup

    def full_disk(_source: Path, destination: Path, *_args: object, **_kw: object) -> bool:
        destination.write_bytes(b"SQLite format 3\x00half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_copy_checked", full_disk)
    folder = tmp_path / "backups"
    with pytest.raises(OSError):
        backup.backup_before(sample_path, folder, "before-import")
    assert list(folder.iterdir()) == []
