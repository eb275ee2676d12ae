"""An in-memory keychain for the tests (headless Linux has no usable backend), set for
each test by the ``memory_keyring`` fixture; no test touches the user's keychain. The
fixture also forgets the database keys the process found (a test of a missing key
must not pass on one an earlier test left behind)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keychain that lives as long as the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    from office_desk.core.store import cipher

    monkeypatch.delenv("OFFICE_DESK_SYNC_PASSWORD", raising=False)
    monkeypatch.delenv(cipher.PASSPHRASE_ENV, raising=False)
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    cipher.forget_all()  # database keys found by an earlier test are not at hand
    yield ring
    cipher.forget_all()
    keyring.set_keyring(before)
