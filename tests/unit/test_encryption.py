"""Encryption at rest (issue 16): SQLCipher files, their keys, conversion and backups.

Every test works on a real copy of the sample network in a temporary folder; the
keychain is the in-memory one of tests/memory_keyring.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from office_desk.cli.main import main
from office_desk.core.models import Contact
from office_desk.core.search import search
from office_desk.core.store import cipher, encryption
from office_desk.core.store.backup import backup_before, list_backups, restore_file
from office_desk.core.store.database import open_store
from office_desk.core.store.engine import StoreError
from tests.conftest import file_hash
from tests.memory_keyring import MemoryKeyring

PASSPHRASE = "Elbflorenz und Quancheng"


def personal_values(path: Path) -> list[bytes]:
    """Names, e-mails, phones and messaging handles of the sample's contacts."""
    store = open_store(path)
    try:
        with store.session() as s:
            contacts = s.exec(select(Contact)).all()
    finally:
        store.close()
    values: list[str] = []
    for c in contacts:
        values += [c.family_name, c.name_native, *c.emails, *c.phones, *c.messaging]
    found = [v.encode() for v in values if len(v) >= 4]
    assert len(found) > 40
    return found


def file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_an_encrypted_file_is_unreadable_without_its_key(
    sample_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    values = personal_values(sample_path)
    assert any(v in file_bytes(sample_path) for v in values)

    done = encryption.encrypt(sample_path, backup_folder=tmp_path / "backups")

    assert (done.before, done.after) == (encryption.PLAIN, encryption.KEYCHAIN)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(sample_path).execute("SELECT * FROM sqlite_master").fetchall()
    raw = file_bytes(sample_path)
    assert not [v for v in values if v in raw]
    # The key is in the keychain under the file's salt; the file opens and searches.
    assert [k[1] for k in memory_keyring.passwords] == [sample_path.read_bytes()[:16].hex()]
    cipher.forget_all()
    store = open_store(sample_path)
    try:
        with store.engine.connect() as conn:
            assert [h.title for h in search(conn, "Kreuzchor")][:1]
        with store.write() as s:  # and takes writes
            s.add(Contact(given_name="Anna", family_name="Schmidt", emails=["anna@example.de"]))
    finally:
        store.close()
    assert b"anna@example.de" not in file_bytes(sample_path)
    assert not [v for v in values if v in file_bytes(sample_path)]


def test_a_missing_or_wrong_key_changes_nothing(
    sample_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    encryption.encrypt(sample_path, PASSPHRASE, backup_folder=tmp_path / "backups")
    cipher.forget_all()
    before = file_hash(sample_path)

    with pytest.raises(cipher.KeyNeeded, match="OFFICE_DESK_PASSPHRASE"):
        open_store(sample_path)
    with pytest.raises(cipher.WrongKey, match="nothing was changed"):
        cipher.unlock(sample_path, "not the passphrase")
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "not the passphrase either")
    with pytest.raises(cipher.WrongKey):
        open_store(sample_path)
    assert file_hash(sample_path) == before
    assert not sample_path.with_name(sample_path.name + "-wal").exists()
    assert memory_keyring.passwords == {}  # travel mode keeps nothing

    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    store = open_store(sample_path)
    store.close()


def test_a_keychain_key_that_does_not_fit_is_refused(
    sample_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    encryption.encrypt(sample_path, backup_folder=tmp_path / "backups")
    cipher.forget_all()
    ((service, salt),) = memory_keyring.passwords
    memory_keyring.passwords[(service, salt)] = "00" * 32
    before = file_hash(sample_path)
    with pytest.raises(cipher.WrongKey, match="keychain"):
        open_store(sample_path)
    assert file_hash(sample_path) == before


def test_travel_mode_and_back_and_decrypt_keep_every_row(
    sample_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    folder = tmp_path / "backups"
    counts = _counts(sample_path)
    encryption.encrypt(sample_path, backup_folder=folder)
    assert len(memory_keyring.passwords) == 1
    done = encryption.encrypt(sample_path, PASSPHRASE, backup_folder=folder)
    assert (done.before, done.after) == (encryption.KEYCHAIN, encryption.TRAVEL)
    # Every backup moved to the passphrase, so the old key left the keychain.
    assert done.backups_rekeyed == 2 and done.backups_left == 0
    assert memory_keyring.passwords == {}
    cipher.forget_all()
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    assert _counts(sample_path) == counts
    for info in list_backups(folder, sample_path):
        assert info.problem == "" and info.counts == {k: counts[k] for k in info.counts}
    monkeypatch.delenv(cipher.PASSPHRASE_ENV)

    done = encryption.decrypt(sample_path, backup_folder=folder)
    assert done.after == encryption.PLAIN
    assert sample_path.read_bytes()[:16] == cipher.SQLITE_HEADER
    assert _counts(sample_path) == counts
    with pytest.raises(StoreError, match="not encrypted"):
        encryption.decrypt(sample_path, backup_folder=folder)


def test_plain_backups_are_encrypted_with_the_file(
    sample_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    folder = tmp_path / "backups"
    values = personal_values(sample_path)
    old = backup_before(sample_path, folder, "daily")
    assert any(v in old.read_bytes() for v in values)
    done = encryption.encrypt(sample_path, backup_folder=folder)
    assert done.backups_rekeyed == 2  # the daily one and the one made before encrypting
    for backup in folder.iterdir():
        assert not [v for v in values if v in backup.read_bytes()], backup.name
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        i.path.name for i in list_backups(folder, sample_path)
    )  # nothing left beside them (no -wal, -shm or half-made copy)


def test_backup_and_restore_of_an_encrypted_file(
    sample_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    folder = tmp_path / "backups"
    encryption.encrypt(sample_path, backup_folder=folder)
    copy = backup_before(sample_path, folder, "daily")
    assert copy.read_bytes()[:16] == sample_path.read_bytes()[:16]  # same key and salt
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT * FROM sqlite_master").fetchall()
    store = open_store(sample_path)
    with store.write() as s:
        for contact in s.exec(select(Contact)).all():
            s.delete(contact)
    store.close()
    assert _counts(sample_path)["contact"] == 0

    restore_file(copy, sample_path, folder)
    assert _counts(sample_path)["contact"] == 40
    assert cipher.is_encrypted(sample_path)


def test_a_plain_backup_is_not_restored_over_an_encrypted_file(
    sample_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    plain = backup_before(sample_path, tmp_path / "elsewhere", "daily")
    encryption.encrypt(sample_path, backup_folder=tmp_path / "backups")
    before = file_hash(sample_path)
    with pytest.raises(Exception, match="encrypted and the other is not"):
        restore_file(plain, sample_path, tmp_path / "backups")
    assert file_hash(sample_path) == before


def test_a_file_in_use_is_not_converted(
    sample_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    folder = tmp_path / "backups"
    lock = sample_path.with_name(sample_path.name + ".lock")
    lock.write_text("12345\noffice-desk\nlaptop\n")  # an Office Desk window has it open
    with pytest.raises(StoreError, match="in use"):
        encryption.encrypt(sample_path, backup_folder=folder)
    assert sample_path.read_bytes()[:16] == cipher.SQLITE_HEADER
    assert memory_keyring.passwords == {}
    assert not list(sample_path.parent.glob(".*converting*"))
    assert _counts(sample_path)["contact"] == 40
    lock.unlink()
    encryption.encrypt(sample_path, backup_folder=folder)


def test_a_short_passphrase_is_refused(sample_path: Path, tmp_path: Path) -> None:
    before = file_hash(sample_path)
    with pytest.raises(StoreError, match="at least 10 characters"):
        encryption.encrypt(sample_path, "short", backup_folder=tmp_path / "backups")
    assert file_hash(sample_path) == before


def test_the_command_line(
    sample_path: Path, tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(sample_path)]
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    assert main([*db, "encrypt", "--travel"]) == 0
    assert "travel mode" in capsys.readouterr().out
    cipher.forget_all()
    monkeypatch.delenv(cipher.PASSPHRASE_ENV)
    assert main([*db, "list", "contacts"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "OFFICE_DESK_PASSPHRASE" in err
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "a wrong passphrase")
    assert main([*db, "search", "Kreuzchor"]) == 1
    assert "does not open" in capsys.readouterr().err
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    assert main([*db, "check"]) == 0
    assert main([*db, "backup", "-o", str(tmp_path / "copy.sqlite")]) == 0
    assert cipher.is_encrypted(tmp_path / "copy.sqlite")
    assert main([*db, "decrypt"]) == 0
    assert not cipher.is_encrypted(sample_path)
    monkeypatch.delenv(cipher.PASSPHRASE_ENV)
    capsys.readouterr()
    assert main([*db, "check"]) == 0


def test_a_random_file_is_not_taken_for_an_encrypted_one(tmp_path: Path) -> None:
    odd = tmp_path / "notes.sqlite"
    odd.write_bytes(b"Kontaktliste\n" * 100)  # 1,300 bytes: no multiple of a page
    with pytest.raises(StoreError, match="not an SQLite file"):
        open_store(odd)


def _counts(path: Path) -> dict[str, int]:
    conn = cipher.connect(path, read_only=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search_index_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_every_database_connection_goes_through_the_cipher_module() -> None:
    """Only core/store/cipher.py (and the conversion, which needs SQLCipher's own
    export) connects to a database file; the tile cache and offline maps (.mbtiles)
    hold no personal data and stay plain."""
    import re

    import office_desk

    root = Path(office_desk.__file__).parent
    allowed = {
        "core/store/cipher.py",
        "core/store/encryption.py",
        "core/tile_cache.py",
        "core/offline_maps.py",
    }
    found = []
    for source in root.rglob("*.py"):
        name = source.relative_to(root).as_posix()
        if name in allowed:
            continue
        text = source.read_text(encoding="utf-8")
        if re.search(r"sqlite3\.connect\(|dbapi2\.connect\(|module\.connect\(", text):
            found.append(name)
    assert found == []
