"""Laptops of different offices for the sealed-package tests: each a real copy of the
sample network (a SQLite file) with its own keychain (an in-memory one), and the
office it speaks for chosen; :meth:`Laptop.active` makes its keychain the one in use,
as if the code ran on that laptop."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring

from office_desk.core import package_keys
from office_desk.core.office_lookup import find_office
from office_desk.core.store.backup import backup_file
from office_desk.core.store.database import Store, open_store
from tests.memory_keyring import MemoryKeyring


@dataclass
class Laptop:
    name: str
    path: Path
    office: str
    ring: MemoryKeyring = field(default_factory=MemoryKeyring)

    @contextlib.contextmanager
    def keychain(self) -> Iterator[None]:
        """This laptop's keychain in use within the block."""
        before = keyring.get_keyring()
        keyring.set_keyring(self.ring)
        try:
            yield
        finally:
            keyring.set_keyring(before)

    @contextlib.contextmanager
    def active(self) -> Iterator[Store]:
        """This laptop's keychain, and its database open, within the block."""
        with self.keychain():
            store = open_store(self.path)
            try:
                yield store
            finally:
                store.close()

    def office_id(self) -> uuid.UUID:
        store = open_store(self.path)
        try:
            return find_office(store, self.office).id
        finally:
            store.close()

    def key(self) -> package_keys.OfficeKey:
        with self.active() as store:
            return package_keys.own_office_key(store)

    def trusts(self, other: Laptop) -> None:
        """Import ``other``'s office key here (pasted from a message)."""
        line = other.key().text
        with self.active() as store:
            package_keys.import_office_key(store, line)


def laptop(sample_template: Path, folder: Path, name: str, office: str) -> Laptop:
    """A copy of the sample network whose installation speaks for ``office``."""
    machine = Laptop(name, backup_file(sample_template, folder / f"{name}.sqlite"), office)
    with machine.active() as store:
        package_keys.set_own_office(store, find_office(store, office).id)
    return machine
