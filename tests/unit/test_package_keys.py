"""This installation's package keys (made on first need, kept in the keychain), the
office key line users send each other, the office this installation speaks for, and
the trust store of colleagues' keys; with real SQLite files and an in-memory keychain."""

from __future__ import annotations

import uuid
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from office_desk.core import package_keys
from office_desk.core.office_lookup import find_office
from office_desk.core.package_keys import (
    KEYCHAIN_SERVICE,
    OfficeKey,
    PackageKeyError,
    import_office_key,
    own_keys,
    parse_office_key,
    remove_office_key,
    trusted_key,
    trusted_keys,
)
from office_desk.core.store.database import Store
from tests.conftest import file_hash
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401
from tests.unit.sealed_network import laptop


def test_keys_are_made_on_first_need_and_kept_in_the_keychain(
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    assert own_keys(create=False) is None
    assert memory_keyring.passwords == {}
    first = own_keys()
    assert first is not None
    stored = {user for service, user in memory_keyring.passwords if service == KEYCHAIN_SERVICE}
    assert stored == {"age-identity", "signing-key"}
    secret = memory_keyring.passwords[(KEYCHAIN_SERVICE, "age-identity")]
    assert secret.startswith("AGE-SECRET-KEY-1")
    again = own_keys()
    assert again is not None
    assert (again.age_recipient, again.signing_key) == (first.age_recipient, first.signing_key)
    assert first.age_recipient.startswith("age1")


def test_a_damaged_keychain_entry_is_one_clear_line(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    memory_keyring.passwords[(KEYCHAIN_SERVICE, "age-identity")] = "not a key"
    memory_keyring.passwords[(KEYCHAIN_SERVICE, "signing-key")] = "AAAA"
    with pytest.raises(PackageKeyError, match="keychain are damaged") as caught:
        own_keys()
    assert "\n" not in str(caught.value)
    # Nothing was overwritten: the entry stays for the user to look at.
    assert memory_keyring.passwords[(KEYCHAIN_SERVICE, "age-identity")] == "not a key"


def test_a_keychain_that_refuses_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.errors import KeyringLocked

    def locked(*_args: object) -> None:
        raise KeyringLocked("the keychain is locked")

    monkeypatch.setattr(keyring, "get_password", locked)
    with pytest.raises(PackageKeyError, match="cannot be used \\(the keychain is locked\\)"):
        own_keys()


def test_the_office_key_line_reads_back_and_has_a_fingerprint(empty_store: Store) -> None:
    keys = own_keys()
    assert keys is not None
    office_id = uuid.UUID("05fd8dd7-bfe7-580d-a421-b46500a76f87")
    key = keys.office_key(office_id)
    line = key.text
    assert line.startswith(f"office-desk-key:1:{office_id}:age1")
    assert len(line) < 200 and line.count(":") == 4
    assert parse_office_key(f"  {line}\n") == key
    # An upper-case office id is the same office.
    upper_id = line.replace(str(office_id), str(office_id).upper())
    assert parse_office_key(upper_id) == key
    fingerprint = key.fingerprint
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    assert fingerprint.replace("-", "").isalnum() and fingerprint.isupper()
    other = OfficeKey(uuid.uuid4(), key.age_recipient, key.signing_key)
    assert other.fingerprint != fingerprint  # it names the office too


def _good_line() -> str:
    keys = own_keys()
    assert keys is not None
    return keys.office_key(uuid.UUID("05fd8dd7-bfe7-580d-a421-b46500a76f87")).text


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda line: "", "the text is empty"),
        (lambda line: line + "x" * 400, "characters long"),
        (lambda line: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5", "holds spaces"),
        (lambda line: line.replace("office-desk-key", "other-key"), "starts with office-desk-key"),
        (lambda line: line.replace(":1:", ":2:", 1), "version '2'"),
        (lambda line: line.rsplit(":", 1)[0], "has 4 parts"),
        (lambda line: line + ":extra", "has 6 parts"),
        (lambda line: line.replace("-b46500a76f87", "-b46500a76f8"), "office id is not a UUID"),
        (lambda line: line.replace(":age1", ":age2"), "not an age1"),
        (lambda line: _flip(line, line.index("age1") + 10), "age key is damaged"),
        (lambda line: line[:-1] + _B64[_B64.index(line[-1]) ^ 1], "signing key is damaged"),
        (lambda line: line[:-3], "signing key is not 43"),
        (lambda line: line.replace("age1", "аge1"), "holds spaces or characters"),
        (lambda line: line.replace(":", "\n:", 1), "holds spaces"),
    ],
)
def test_an_office_key_that_is_not_one_is_refused_in_one_line(damage: object, message: str) -> None:
    line = damage(_good_line())  # type: ignore[operator]
    with pytest.raises(PackageKeyError, match=message) as caught:
        parse_office_key(line)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 300


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _flip(line: str, at: int) -> str:
    letters = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    swap = letters[(letters.index(line[at]) + 1) % len(letters)]
    return line[:at] + swap + line[at + 1 :]


def test_a_key_that_is_not_text_is_refused() -> None:
    with pytest.raises(PackageKeyError, match="expected text"):
        parse_office_key(None)


# --------------------------------------------------------------------------- offices


def test_the_office_this_installation_speaks_for(sample_store: Store) -> None:
    munich = find_office(sample_store, "Munich").id
    dresden = find_office(sample_store, "Dresden").id
    assert package_keys.own_office(sample_store) is None
    assert package_keys.hq_office(sample_store) is None
    with pytest.raises(PackageKeyError, match="Choose the office"):
        package_keys.own_office_key(sample_store)
    # A laptop that joined the team server knows its office from its account.
    with sample_store.write() as session:
        session.connection().execute(
            text("INSERT INTO sync_state (key, value) VALUES ('office', :o), ('hq', '1')"),
            {"o": str(dresden)},
        )
    assert package_keys.own_office(sample_store) == dresden
    assert package_keys.hq_office(sample_store) == dresden  # its account is headquarters'
    # Chosen in Settings, another office counts.
    package_keys.set_own_office(sample_store, munich)
    assert package_keys.own_office(sample_store) == munich
    assert package_keys.hq_office(sample_store) is None
    package_keys.set_hq_office(sample_store, dresden)
    assert package_keys.hq_office(sample_store) == dresden
    assert package_keys.own_office_key(sample_store).office_id == munich
    with pytest.raises(PackageKeyError, match="no office with id"):
        package_keys.set_own_office(sample_store, uuid.uuid4())
    package_keys.set_hq_office(sample_store, None)
    assert package_keys.hq_office(sample_store) is None


# --------------------------------------------------------------------------- trust store


def test_importing_listing_and_removing_colleagues_keys(
    sample_template: Path, tmp_path: Path
) -> None:
    munich = laptop(sample_template, tmp_path, "munich", "Munich")
    dresden = laptop(sample_template, tmp_path, "dresden", "Dresden")
    munich_key = munich.key()
    with dresden.active() as store:
        assert trusted_keys(store) == []
        trusted = import_office_key(store, munich_key.text)
        assert trusted.office_name.startswith("Munich") and trusted.source == "pasted"
        assert trusted.same_keys(munich_key) and trusted.first_seen_at is not None
        assert import_office_key(store, munich_key.text) == trusted  # the same key again
        (listed,) = trusted_keys(store)
        assert listed.office_id == munich_key.office_id
        assert listed.fingerprint == munich_key.fingerprint
        assert remove_office_key(store, munich_key.office_id)
        assert not remove_office_key(store, munich_key.office_id)
        assert trusted_key(store, munich_key.office_id) is None


def test_another_key_for_a_trusted_office_is_replaced_only_when_asked(
    sample_template: Path, tmp_path: Path
) -> None:
    munich = laptop(sample_template, tmp_path, "munich", "Munich")
    impostor = laptop(sample_template, tmp_path, "impostor", "Munich")
    dresden = laptop(sample_template, tmp_path, "dresden", "Dresden")
    dresden.trusts(munich)
    with dresden.active() as store:
        before = file_hash(dresden.path)
        with pytest.raises(PackageKeyError, match="already has another key") as caught:
            import_office_key(store, impostor.key().text)
        assert munich.key().fingerprint in str(caught.value)
        assert impostor.key().fingerprint in str(caught.value)
        assert file_hash(dresden.path) == before
        assert trusted_key(store, munich.office_id()).same_keys(munich.key())  # type: ignore[union-attr]
        import_office_key(store, impostor.key().text, replace=True)
        assert trusted_key(store, munich.office_id()).same_keys(impostor.key())  # type: ignore[union-attr]


def test_a_key_for_an_office_this_database_lacks_is_refused(empty_store: Store) -> None:
    line = _good_line()
    with pytest.raises(PackageKeyError, match="has no office with id"):
        import_office_key(empty_store, line)
    assert trusted_keys(empty_store) == []


def test_a_source_with_quotes_is_stored_as_data(sample_store: Store) -> None:
    munich = find_office(sample_store, "Munich").id
    keys = own_keys()
    assert keys is not None
    source = "Anna's e-mail'); DROP TABLE trust_office_key; --"
    import_office_key(sample_store, keys.office_key(munich), source=source)
    (listed,) = trusted_keys(sample_store)
    assert listed.source == source
