"""Team sync with encrypted laptop files (issue 16): a file encrypted with the keychain
and one in travel mode sync as plain ones do, and stay encrypted."""

from __future__ import annotations

import sqlite3

import pytest
from sqlmodel import select

from office_desk.core.models import Contact
from office_desk.core.store import cipher, encryption
from office_desk.core.store.database import open_store

from .conftest import Network, laptop_rows

pytestmark = pytest.mark.slow


def _encrypt(network: Network, name: str, passphrase: str | None) -> None:
    """Close laptop ``name``'s file, encrypt it in place, and open it again."""
    laptop = next(lap for lap in network.laptops if lap.name == name)
    path = laptop.store.path
    assert path is not None
    laptop.store.close()
    encryption.encrypt(path, passphrase, backup_folder=network.folder / "backups")
    laptop.store = open_store(path)


def test_encrypted_laptops_sync_both_ways_and_stay_encrypted(
    hq_network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, dresden, munich = hq_network.laptops
    _encrypt(hq_network, "dresden", None)  # keychain
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "Reisepass im Handgepäck")
    _encrypt(hq_network, "munich", "Reisepass im Handgepäck")  # travel mode
    with hq.store.write() as session:
        contact = session.exec(select(Contact).where(Contact.family_name == "Bauer")).one()
        contact.position = "Head of Engineering (synced to encrypted files)"
        person = contact.id
    with dresden.store.write() as session:
        session.add(Contact(given_name="Dora", family_name="Neu", emails=["dora@example.de"]))
    hq_network.sync_all(rounds=2)

    hq_network.assert_converged()
    for laptop in (dresden, munich):
        with laptop.store.session() as session:
            assert session.get(Contact, person).position.startswith("Head of Engineering")
            assert session.exec(select(Contact).where(Contact.family_name == "Neu")).one()
        path = laptop.store.path
        assert path is not None and cipher.is_encrypted(path)
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
        assert b"dora@example.de" not in path.read_bytes()
    assert laptop_rows(dresden.store) == laptop_rows(hq.store)
