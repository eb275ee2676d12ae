"""Sealed packages between laptops of different offices (real SQLite copies of the sample
network, each with its own keychain): sealed to the receiving office and headquarters,
signed by the sender; trusted, first use and changed keys; and sealed files that are
damaged or hostile, each refused in one line with nothing written."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path

import pytest
from sqlmodel import select

from office_desk.core import package_keys
from office_desk.core.models import Contact
from office_desk.core.network_package import (
    FIRST_USE,
    TRUSTED,
    ArchiveLimits,
    KeyChanged,
    KeyNotTrusted,
    PackageError,
    apply_merge,
    export_package,
    is_package,
    plan_merge,
    read_package,
)
from office_desk.core.network_package.sealing import MAGIC, SIGNATURE_SIZE
from office_desk.core.office_lookup import find_office
from office_desk.core.services import records
from tests.conftest import file_hash
from tests.memory_keyring import memory_keyring  # noqa: F401
from tests.unit.sealed_network import Laptop, laptop
from tests.unit.zip_bombs import MIB

NEW_NAME = "Sealwright"


@pytest.fixture
def munich(sample_template: Path, tmp_path: Path) -> Laptop:
    return laptop(sample_template, tmp_path, "munich", "Munich")


@pytest.fixture
def dresden(sample_template: Path, tmp_path: Path) -> Laptop:
    return laptop(sample_template, tmp_path, "dresden", "Dresden")


def _sealed_from(munich: Laptop, to: Laptop, path: Path, **kwargs: object) -> Path:
    """Munich adds a contact, then exports its database sealed to ``to``'s office."""
    with munich.active() as store:
        records.add(store, Contact(given_name="Ida", family_name=NEW_NAME, emails=["i@x.de"]))
        export_package(store, path, seal_to=[to.office_id()], **kwargs)  # type: ignore[arg-type]
    return path


def _has_new_contact(machine: Laptop) -> bool:
    with machine.active() as store, store.session() as session:
        found = session.exec(select(Contact).where(Contact.family_name == NEW_NAME)).first()
        return found is not None


def test_a_package_sealed_to_a_trusted_office_is_opened_and_merged_there(
    munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    dresden.trusts(munich)
    munich.trusts(dresden)
    sealed = _sealed_from(munich, dresden, tmp_path / "for-dresden.sealed")
    data = sealed.read_bytes()
    assert data.startswith(MAGIC)
    # Nothing of the records is readable in the file.
    for text in (NEW_NAME, "i@x.de", "Gruber", "office-desk-package"):
        assert text.encode() not in data
    assert is_package(sealed)

    with dresden.active() as store:
        package = read_package(sealed)
        assert package.seal is not None
        assert package.seal.sender.same_keys(munich.key())
        assert package.seal.sender.office_id == munich.office_id()
        assert [i for i, _name in package.seal.recipients] == [dresden.office_id()]
        plan = plan_merge(store, package)
        assert plan.seal_status == TRUSTED
        assert "with the key trusted here for it" in plan.seal_line
        assert munich.key().fingerprint in "\n".join(plan.summary_lines())
        apply_merge(store, plan)
    assert _has_new_contact(dresden)


def test_first_use_asks_and_trusts_the_key_with_the_merge(
    munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    munich.trusts(dresden)  # Dresden has not imported Munich's key
    sealed = _sealed_from(munich, dresden, tmp_path / "for-dresden.sealed")
    with dresden.active() as store:
        plan = plan_merge(store, read_package(sealed))
        assert plan.seal_status == FIRST_USE
        assert munich.key().fingerprint in plan.seal_line
        assert "not seen here before" in plan.seal_line
        before = file_hash(dresden.path)
        with pytest.raises(KeyNotTrusted, match="nothing was imported"):
            apply_merge(store, plan)
        assert file_hash(dresden.path) == before
        apply_merge(store, plan, trust_new_key=True)
        trusted = package_keys.trusted_key(store, munich.office_id())
        assert trusted is not None and trusted.same_keys(munich.key())
        assert trusted.source == "package for-dresden.sealed (whole database)"
        # The next package from Munich is trusted.
        assert plan_merge(store, read_package(sealed)).seal_status == TRUSTED
    assert _has_new_contact(dresden)


def test_a_changed_key_is_refused_and_nothing_is_imported(
    sample_template: Path, munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    """Someone with another key claims to be Munich: refused, with both fingerprints."""
    impostor = laptop(sample_template, tmp_path, "impostor", "Munich")
    dresden.trusts(munich)
    impostor.trusts(dresden)
    sealed = _sealed_from(impostor, dresden, tmp_path / "from-munich.sealed")
    with dresden.active() as store:
        package = read_package(sealed)  # the signature itself is sound
        before = file_hash(dresden.path)
        with pytest.raises(KeyChanged) as caught:
            plan_merge(store, package)
        message = str(caught.value)
        assert "REFUSED" in message and "different key" in message
        assert munich.key().fingerprint in message and impostor.key().fingerprint in message
        assert "\n" not in message
        assert file_hash(dresden.path) == before
    assert not _has_new_contact(dresden)


def test_a_key_trusted_after_planning_is_checked_again_when_writing(
    sample_template: Path, munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    impostor = laptop(sample_template, tmp_path, "impostor", "Munich")
    impostor.trusts(dresden)
    sealed = _sealed_from(impostor, dresden, tmp_path / "from-munich.sealed")
    with dresden.active() as store:
        plan = plan_merge(store, read_package(sealed))
        assert plan.seal_status == FIRST_USE
    dresden.trusts(munich)  # meanwhile, the real Munich key
    with dresden.active() as store, pytest.raises(KeyChanged):
        apply_merge(store, plan, trust_new_key=True)
    assert not _has_new_contact(dresden)


def test_headquarters_recovery_key_opens_every_sealed_package(
    sample_template: Path, munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    hq = laptop(sample_template, tmp_path, "hq", "Frankfurt")
    munich.trusts(dresden)
    munich.trusts(hq)
    with munich.active() as store:
        package_keys.set_hq_office(store, hq.office_id())
        summary = export_package(store, tmp_path / "p.sealed", seal_to=[dresden.office_id()])
    assert summary.sealed_to == [
        find_name(munich, "Dresden"),
        find_name(munich, "Frankfurt"),
    ]
    assert summary.recovery == find_name(munich, "Frankfurt")
    assert any("recovery key" in line for line in summary.summary_lines())
    for machine in (dresden, hq):
        with machine.keychain():
            assert read_package(tmp_path / "p.sealed").row_count > 0


def find_name(machine: Laptop, office: str) -> str:
    with machine.active() as store:
        return find_office(store, office).name


def test_headquarters_without_a_known_key_is_said(
    munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    munich.trusts(dresden)
    with munich.active() as store:
        frankfurt = find_office(store, "Frankfurt")
        package_keys.set_hq_office(store, frankfurt.id)
        summary = export_package(store, tmp_path / "p.sealed", seal_to=[dresden.office_id()])
    assert summary.recovery is None and summary.recovery_missing == frankfurt.name
    assert any("headquarters cannot open" in line for line in summary.summary_lines())


def test_sealing_needs_the_offices_key_and_this_installations_office(
    munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    target = tmp_path / "p.sealed"
    with munich.active() as store:
        with pytest.raises(PackageError, match="No key is known for office 'Dresden"):
            export_package(store, target, seal_to=[dresden.office_id()])
        package_keys.set_own_office(store, None)
        with pytest.raises(PackageError, match="Choose the office this computer speaks for"):
            export_package(store, target, seal_to=[dresden.office_id()])
    assert not target.exists()


def test_a_package_for_other_offices_cannot_be_opened_here(
    sample_template: Path, munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    vienna = laptop(sample_template, tmp_path, "vienna", "Vienna")
    vienna.key()  # Vienna has keys of its own
    munich.trusts(dresden)
    sealed = _sealed_from(munich, dresden, tmp_path / "for-dresden.sealed")
    with vienna.keychain(), pytest.raises(PackageError) as caught:
        read_package(sealed)
    message = str(caught.value)
    assert "key is not one of them" in message and "Dresden" in message and "\n" not in message
    stranger = Laptop("stranger", tmp_path / "none.sqlite", "Vienna")  # no keys made yet
    with stranger.keychain(), pytest.raises(PackageError, match="has no package key yet"):
        read_package(sealed)


def test_a_sealed_package_from_this_installation_is_its_own(munich: Laptop, tmp_path: Path) -> None:
    sealed = _sealed_from(munich, munich, tmp_path / "own.sealed")
    with munich.active() as store:
        plan = plan_merge(store, read_package(sealed))
        assert plan.seal is not None and plan.seal.from_here
        assert plan.seal_status == TRUSTED
        assert "this computer's own key" in plan.seal_line


def test_a_plain_package_warns_what_nothing_vouches_for(
    munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    with munich.active() as store:
        export_package(store, tmp_path / "plain.zip")
    with dresden.active() as store:
        plan = plan_merge(store, read_package(tmp_path / "plain.zip"))
    assert plan.seal is None
    line = plan.seal_line
    assert line.startswith("Warning: not sealed or signed")
    assert "who made it" in line and "changed on the way" in line
    assert line in "\n".join(plan.summary_lines())


# --------------------------------------------------------------------------- hostile files


def _frame(data: bytes) -> tuple[int, int, int]:
    """(header start, ciphertext-length start, ciphertext start) of a sealed file."""
    (header_length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    cipher_at = len(MAGIC) + 4 + header_length
    return len(MAGIC) + 4, cipher_at, cipher_at + 8


def _resigned(data: bytes, machine: Laptop) -> bytes:
    """``data`` with its signature made again by ``machine``'s key (and that key put in
    the header): what someone who changed the file and has a key of their own can do."""
    header_at, cipher_length_at, _ = _frame(data)
    header = json.loads(data[header_at:cipher_length_at])
    with machine.keychain():
        keys = package_keys.own_keys()
    assert keys is not None
    header["sender"]["signing_key"] = keys.signing_key
    header["sender"]["age_recipient"] = keys.age_recipient
    raw = json.dumps(header).encode()
    body = MAGIC + struct.pack(">I", len(raw)) + raw + data[cipher_length_at:-SIGNATURE_SIZE]
    signature = keys.signing.sign(
        b"office-desk-sealed-package/1 signature\n" + hashlib.sha512(body).digest()
    )
    return body + signature


def _replaced(data: bytes, after: bytes, new: bytes) -> bytes:
    """``data`` with the bytes after ``after`` overwritten by ``new`` (same length)."""
    at = data.index(after) + len(after)
    return data[:at] + new + data[at + len(new) :]


def _hostile_cases(data: bytes, attacker: Laptop) -> dict[str, tuple[bytes, str]]:
    header_at, cipher_length_at, cipher_at = _frame(data)
    flipped_cipher = bytearray(data)
    flipped_cipher[cipher_at + 200] ^= 0x01
    flipped_header = data.replace(b'"office_name":"Dresden', b'"office_name":"Dresdem', 1)
    flipped_signature = bytearray(data)
    flipped_signature[-1] ^= 0x80
    huge_cipher = data[:cipher_length_at] + struct.pack(">Q", 2**62) + data[cipher_at:]
    return {
        "wrong magic": (b"office-desk-sealed-packagf/1\n" + data[len(MAGIC) :], "not UTF-8"),
        "newer container": (
            data.replace(b"package/1\n", b"package/7\n", 1),
            "sealed by a newer Office Desk",
        ),
        "only the magic": (MAGIC, "ends too early"),
        "cut in the header": (data[: header_at + 10], "ends too early"),
        "cut in the ciphertext": (data[: cipher_at + 100], "ends too early"),
        "cut in the signature": (data[:-10], "ends too early"),
        "bytes after the signature": (data + b"PK\x03\x04", "bytes after its signature"),
        "huge header length": (
            MAGIC + struct.pack(">I", 0xFFFFFFFF) + data[header_at:],
            "header claims 4,294,967,295 bytes",
        ),
        "empty header": (MAGIC + struct.pack(">I", 0) + data[header_at:], "header claims 0"),
        "huge ciphertext length": (bytes(huge_cipher), "claims 4,611,686,018,427,387,904 bytes"),
        "bad signature": (bytes(flipped_signature), "signature does not match"),
        "tampered ciphertext": (bytes(flipped_cipher), "signature does not match"),
        "tampered header": (flipped_header, "signature does not match"),
        "tampered ciphertext, signed again": (
            _resigned(bytes(flipped_cipher), attacker),
            "damaged sealed package",
        ),
        "header not JSON": (data.replace(b'{"created"', b'["created"', 1), "header is not JSON"),
        "header fields": (
            data.replace(b'{"created"', b'{"Created"', 1),
            "header is not valid: fields",
        ),
        "sender's key": (_replaced(data, b'"signing_key":"', b"!"), "header is not valid: sender"),
    }


def test_damaged_and_hostile_sealed_files_are_refused_in_one_line(
    sample_template: Path, munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    attacker = laptop(sample_template, tmp_path, "attacker", "Vienna")
    munich.trusts(dresden)
    data = _sealed_from(munich, dresden, tmp_path / "good.sealed").read_bytes()
    before = file_hash(dresden.path)
    for name, (hostile, message) in _hostile_cases(data, attacker).items():
        path = tmp_path / "hostile.sealed"
        path.write_bytes(hostile)
        assert is_package(path) == (name != "wrong magic"), name
        with dresden.keychain(), pytest.raises(PackageError) as caught:
            read_package(path)
        text = str(caught.value)
        assert message in text, (name, text)
        assert "\n" not in text and text.startswith("hostile.sealed: "), (name, text)
    assert file_hash(dresden.path) == before


def test_a_resigned_package_claiming_a_trusted_office_is_refused(
    sample_template: Path, munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    """The file is opened (the attacker kept the ciphertext), but its new signature is
    not Munich's: a changed key, refused before anything is planned."""
    attacker = laptop(sample_template, tmp_path, "attacker", "Vienna")
    dresden.trusts(munich)
    munich.trusts(dresden)
    data = _sealed_from(munich, dresden, tmp_path / "good.sealed").read_bytes()
    (tmp_path / "resigned.sealed").write_bytes(_resigned(data, attacker))
    with dresden.active() as store:
        package = read_package(tmp_path / "resigned.sealed")
        with pytest.raises(KeyChanged, match="different key"):
            plan_merge(store, package)


def test_a_sealed_file_is_held_to_the_archive_limits(
    munich: Laptop, dresden: Laptop, tmp_path: Path
) -> None:
    munich.trusts(dresden)
    sealed = _sealed_from(munich, dresden, tmp_path / "good.sealed")
    with dresden.keychain():
        with pytest.raises(PackageError, match="claims .* bytes of content"):
            read_package(sealed, ArchiveLimits(total=MIB // 64))
        # Within the limits, the zip inside is held to them too.
        with pytest.raises(PackageError, match="would unpack to"):
            read_package(sealed, ArchiveLimits(total=MIB, member=1000))
        assert read_package(sealed).row_count > 0
