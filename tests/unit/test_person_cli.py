"""``office-desk person erase`` and ``person review`` as a user runs them (the PDF of
``person export`` needs Qt: tests/gui/test_person_rights.py)."""

from __future__ import annotations

import argparse
import csv
import io
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from office_desk.cli.person_commands import add_person_commands, run_person_command
from office_desk.core.models import Contact
from office_desk.core.services import records
from office_desk.core.store.database import Store
from tests.conftest import file_hash

from .person_records import EMAIL, FAMILY, Person, add_person, file_bytes, secrets_in


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("OFFICE_DESK_DATA_DIR", str(tmp_path / "data"))
    yield tmp_path / "data"


@pytest.fixture
def person(sample_store: Store) -> Person:
    return add_person(sample_store)


def person_command(db: Path, *words: str) -> int:
    """``office-desk --db DB person WORDS...``, parsed as the program parses it."""
    parser = argparse.ArgumentParser(prog="office-desk")
    add_person_commands(parser.add_subparsers(dest="command"))
    return run_person_command(parser.parse_args(["person", *words]), db)


def _erased(store: Store, contact_id: uuid.UUID) -> bool:
    return records.get(store, Contact, contact_id, include_deleted=True).erased_at is not None


def test_erase_with_yes(
    sample_store: Store, person: Person, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sample_store.path is not None
    assert person_command(sample_store.path, "erase", person.id.hex, "--yes") == 0
    out = capsys.readouterr().out
    assert f"Erased Dr. Quirinus {FAMILY}" in out and str(person.id) in out
    assert "3 links are closed" in out and "erasure log" in out
    assert _erased(sample_store, person.id)
    assert secrets_in(file_bytes(sample_store)) == []


def test_erase_refuses_without_a_terminal(
    sample_store: Store, person: Person, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sample_store.path is not None
    before = file_hash(sample_store.path)
    assert person_command(sample_store.path, "erase", str(person.id)) == 2
    err = capsys.readouterr().err
    assert "pass --yes" in err and err.count("\n") == 1
    assert file_hash(sample_store.path) == before and not _erased(sample_store, person.id)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(("answer", "status"), [("yes\n", 0), ("no\n", 1), ("\n", 1)])
def test_erase_asks_on_a_terminal(
    sample_store: Store,
    person: Person,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    answer: str,
    status: int,
) -> None:
    assert sample_store.path is not None
    leader, follower = os.openpty()
    terminal = os.fdopen(follower, "r", encoding="utf-8")
    try:
        os.write(leader, answer.encode())
        monkeypatch.setattr("sys.stdin", terminal)
        assert terminal.isatty()
        assert person_command(sample_store.path, "erase", str(person.id)) == status
    finally:
        terminal.close()
        os.close(leader)
    out = capsys.readouterr().out
    assert "cannot be undone" in out and "3 links" in out and "Type yes to erase" in out
    assert _erased(sample_store, person.id) == (status == 0)
    if status:
        assert "Not erased; nothing was changed." in out
        assert EMAIL in records.get(sample_store, Contact, person.id).emails


def test_erase_errors_are_one_line_and_change_nothing(
    sample_store: Store, person: Person, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sample_store.path
    assert db is not None
    assert person_command(db, "erase", person.id.hex, "--yes") == 0
    capsys.readouterr()
    before = file_hash(db)
    cases = [
        ((person.id.hex, "--yes"), 1, "erased already"),
        ((uuid.uuid4().hex, "--yes"), 1, "No contact with the id"),
        ((str(person.office_id), "--yes"), 1, "not a person"),
        (("Zhang Wei", "--yes"), 2, "is not a contact id"),
    ]
    for words, status, message in cases:
        assert person_command(db, "erase", *words) == status
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1, err
    assert file_hash(db) == before
    assert person_command(db.with_name("missing.sqlite"), "review") == 1
    assert "no such database" in capsys.readouterr().err


def test_review_table_and_csv(
    sample_store: Store, person: Person, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sample_store.path is not None
    records.update(sample_store, Contact, person.id, legal_basis="unknown")
    assert person_command(sample_store.path, "review", "--years", "2") == 0
    table = capsys.readouterr().out
    assert "contacts to review" in table and FAMILY in table and "No legal basis" in table
    assert person_command(sample_store.path, "review", "--format", "csv") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["id", "Name", "Office", "Legal basis", "Last contacted", "Reason"]
    mine = [r for r in rows[1:] if r[0] == str(person.id)]
    assert mine and mine[0][3] == "Unknown" and mine[0][5] == "No legal basis recorded"
    assert person_command(sample_store.path, "review", "--years", "0") == 2
