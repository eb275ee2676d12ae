"""Sealed packages on the command line: ``export --seal-to``, ``import`` with a trusted
key, a first use (``--trust-new-key``), a changed key, a package for other offices, and
the ``keys`` commands; real SQLite copies of the sample network, one keychain each."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from office_desk.cli.key_commands import add_key_commands, run_key_command
from office_desk.cli.main import main
from office_desk.core import package_keys
from office_desk.core.models import Contact
from office_desk.core.services import records
from tests.conftest import file_hash
from tests.memory_keyring import memory_keyring  # noqa: F401
from tests.qt_plugin import CLI_NEEDS_QT
from tests.unit.sealed_network import Laptop, laptop

pytestmark = CLI_NEEDS_QT


@pytest.fixture
def munich(sample_template: Path, tmp_path: Path) -> Laptop:
    return laptop(sample_template, tmp_path, "munich", "Munich")


@pytest.fixture
def dresden(sample_template: Path, tmp_path: Path) -> Laptop:
    return laptop(sample_template, tmp_path, "dresden", "Dresden")


def _export(machine: Laptop, out: Path, *extra: str) -> int:
    with machine.keychain():
        return main(
            ["--db", str(machine.path), "export", "--format", "json", "-o", str(out), *extra]
        )


def _import(machine: Laptop, package: Path, *extra: str) -> int:
    with machine.keychain():
        return main(["--db", str(machine.path), "import", str(package), *extra])


def _add_contact(machine: Laptop) -> None:
    with machine.active() as store:
        records.add(store, Contact(given_name="Ida", family_name="Sealwright"))


def test_export_sealed_then_import_where_the_key_is_trusted(
    munich: Laptop, dresden: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    munich.trusts(dresden)
    dresden.trusts(munich)
    _add_contact(munich)
    sealed = tmp_path / "for-dresden.sealed"
    assert _export(munich, sealed, "--seal-to", "Dresden", "--without-personal-data") == 0
    out = capsys.readouterr().out
    assert "sealed to Dresden-Jinan Contact Office" in out
    assert munich.key().fingerprint in out and "without personal data" in out
    assert _import(dresden, sealed, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "with the key trusted here for it" in out and "contact: 1 added" in out
    assert "Made without personal data" in out
    assert _import(dresden, sealed) == 0
    assert "Merged for-dresden.sealed" in capsys.readouterr().out


def test_a_first_use_needs_trust_new_key(
    munich: Laptop, dresden: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    munich.trusts(dresden)
    _add_contact(munich)
    sealed = tmp_path / "for-dresden.sealed"
    assert _export(munich, sealed, "--seal-to", "dresden") == 0
    capsys.readouterr()
    fingerprint = munich.key().fingerprint
    assert _import(dresden, sealed, "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"key not seen here before, fingerprint {fingerprint}" in out
    assert "--trust-new-key" in out and "Dry run: nothing was written." in out
    before = file_hash(dresden.path)
    assert _import(dresden, sealed) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "--trust-new-key" in err and err.count("\n") == 1
    assert file_hash(dresden.path) == before
    assert _import(dresden, sealed, "--trust-new-key") == 0
    with dresden.active() as store:
        trusted = package_keys.trusted_key(store, munich.office_id())
    assert trusted is not None and trusted.fingerprint == fingerprint


def test_a_changed_key_is_refused_on_the_command_line(
    sample_template: Path,
    munich: Laptop,
    dresden: Laptop,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    impostor = laptop(sample_template, tmp_path, "impostor", "Munich")
    impostor.trusts(dresden)
    dresden.trusts(munich)
    sealed = tmp_path / "from-munich.sealed"
    assert _export(impostor, sealed, "--seal-to", "Dresden") == 0
    capsys.readouterr()
    before = file_hash(dresden.path)
    for extra in ((), ("--trust-new-key",), ("--dry-run",)):
        assert _import(dresden, sealed, *extra) == 1
        err = capsys.readouterr().err
        assert "REFUSED" in err and impostor.key().fingerprint in err and err.count("\n") == 1
    assert file_hash(dresden.path) == before


def test_sealing_errors_are_one_line(
    munich: Laptop, dresden: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.sealed"
    assert _export(munich, out, "--seal-to", "Dresden") == 1
    assert "No key is known for office" in capsys.readouterr().err
    assert _export(munich, out, "--seal-to", "Atlantis") == 2
    assert "--seal-to" in capsys.readouterr().err
    with munich.keychain():
        code = main(
            [
                "--db",
                str(munich.path),
                "export",
                "--kind",
                "contacts",
                "-o",
                str(tmp_path / "c.csv"),
                "--seal-to",
                "Dresden",
            ]
        )
    assert code == 2 and "--seal-to is for json packages" in capsys.readouterr().err
    assert not out.exists()


def test_a_package_for_another_office_says_so(
    sample_template: Path,
    munich: Laptop,
    dresden: Laptop,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vienna = laptop(sample_template, tmp_path, "vienna", "Vienna")
    vienna.key()
    munich.trusts(dresden)
    sealed = tmp_path / "for-dresden.sealed"
    assert _export(munich, sealed, "--seal-to", "Dresden") == 0
    capsys.readouterr()
    before = file_hash(vienna.path)
    assert _import(vienna, sealed) == 1
    err = capsys.readouterr().err
    assert "this computer's key is not one of them" in err and err.count("\n") == 1
    assert file_hash(vienna.path) == before


# --------------------------------------------------------------------------- keys


def _keys(machine: Laptop, *args: str) -> int:
    parser = argparse.ArgumentParser()
    add_key_commands(parser.add_subparsers(dest="command"))
    with machine.keychain():
        return run_key_command(parser.parse_args(["keys", *args]), machine.path)


def test_the_keys_commands(
    munich: Laptop, dresden: Laptop, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _keys(munich, "show") == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[0] == munich.key().text and shown[1] == f"fingerprint {munich.key().fingerprint}"
    assert _keys(dresden, "list") == 0
    assert "No office keys are trusted here yet." in capsys.readouterr().out
    assert _keys(dresden, "import", shown[0]) == 0
    assert munich.key().fingerprint in capsys.readouterr().out
    assert _keys(dresden, "list") == 0
    listed = capsys.readouterr().out
    assert listed.startswith("Munich-Jinan Contact Office: ") and "pasted" in listed
    assert _keys(dresden, "import", shown[0][:-5]) == 1
    assert "Not an office key" in capsys.readouterr().err
    assert _keys(dresden, "hq", "Frankfurt") == 0
    with dresden.active() as store:
        assert package_keys.hq_office(store) is not None
    assert _keys(dresden, "hq", "--none") == 0
    assert _keys(dresden, "office") == 2
    assert _keys(dresden, "remove", "Munich") == 0
    assert _keys(dresden, "remove", "Munich") == 1
    capsys.readouterr()
    assert _keys(dresden, "office", "--none") == 0
    assert _keys(dresden, "show") == 1
    assert "Choose the office" in capsys.readouterr().err
