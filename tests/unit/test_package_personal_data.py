"""Packages and personal data: a package made without the contacts' details never blanks
them on the receiving side, and an erased person stays erased in every copy ("erased
wins"); with real SQLite copies of the sample network."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from sqlmodel import select

from office_desk.core.finder import find
from office_desk.core.models import Contact, ProjectContact, Record
from office_desk.core.network_package import (
    PackageError,
    apply_merge,
    export_package,
    plan_merge,
    read_package,
)
from office_desk.core.network_package.codec import COLUMNS, encode
from office_desk.core.personal_fields import CONTACT_DETAILS, ERASED_NAME, PERSONAL_FIELDS
from office_desk.core.services import records
from office_desk.core.store.backup import backup_file
from office_desk.core.store.database import Store, open_store
from tests.qt_plugin import CLI_NEEDS_QT


@pytest.fixture
def theirs(sample_template: Path, tmp_path: Path) -> Iterator[Store]:
    """Another office's copy of the sample network."""
    store = open_store(backup_file(sample_template, tmp_path / "theirs.sqlite"))
    yield store
    store.close()


def _all(store: Store, model: type[Record]) -> list[Any]:
    with store.session() as s:
        return list(s.exec(select(model).execution_options(include_deleted=True)).all())


def _contact(store: Store, contact_id: uuid.UUID) -> Contact:
    return records.get(store, Contact, contact_id, include_deleted=True)


def _linked_contact(store: Store) -> Contact:
    """A live contact with a project role and details."""
    link = next(
        link for link in _all(store, ProjectContact) if link.deleted_at is None and link.role
    )
    return _contact(store, link.contact_id)


def _merge(source: Store, target: Store, path: Path, **export: Any) -> Any:
    export_package(source, path, **export)
    plan = plan_merge(target, read_package(path))
    apply_merge(target, plan, allow_deletions=True)
    return plan


# --------------------------------------------------------------------------- without personal data


def test_a_package_without_personal_data_leaves_the_details_out(
    sample_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "no-details.json"
    export_package(sample_store, path, personal_data=False)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["personal_data"] is False
    assert list(document).index("personal_data") < list(document).index("tables")
    contacts = document["tables"]["contact"]
    assert len(contacts) == 40
    for row in contacts:
        assert not set(CONTACT_DETAILS) & set(row), row["id"]
        assert row["family_name"] or row["given_name"] or row["name_native"]  # names stay
    text = path.read_text(encoding="utf-8")
    for contact in _all(sample_store, Contact):
        for email in contact.emails:
            assert email not in text
    package = read_package(path)
    assert not package.personal_data
    assert all(
        package.left_out["contact"][r["id"]][-len(CONTACT_DETAILS) :] == CONTACT_DETAILS
        for r in package.rows("contact")
    )
    full = tmp_path / "full.json"
    export_package(sample_store, full)
    assert json.loads(full.read_text(encoding="utf-8"))["personal_data"] is True


def test_merging_it_never_blanks_the_receiving_sides_details(
    sample_store: Store, theirs: Store, tmp_path: Path
) -> None:
    contact = _linked_contact(sample_store)
    assert contact.emails and contact.phones
    # Their newer edit of the person travels; the details here stay.
    records.update(theirs, Contact, contact.id, position="Director of Liaison", emails=["new@x.de"])
    new = Contact(given_name="Noor", family_name="Detailless", emails=["n@x.de"], phones=["1"])
    records.add(theirs, new)
    plan = _merge(theirs, sample_store, tmp_path / "p.json", personal_data=False)
    assert plan.personal_data is False
    assert any("Made without personal data" in line for line in plan.summary_lines())
    assert not [
        c
        for c in plan.conflicts
        if c.id == contact.id and any(f[0] in CONTACT_DETAILS for f in c.fields)
    ]
    here = _contact(sample_store, contact.id)
    assert here.position == "Director of Liaison"
    for name in CONTACT_DETAILS:
        assert getattr(here, name) == getattr(contact, name), name
    added = _contact(sample_store, new.id)
    assert added.family_name == "Detailless" and added.emails == [] and added.phones == []


def test_a_package_that_says_no_personal_data_but_has_it_is_refused(
    sample_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "p.json"
    export_package(sample_store, path, personal_data=False)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["tables"]["contact"][3]["phones"] = ["+49 30 1234"]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PackageError, match="says it holds no personal data") as caught:
        read_package(path)
    assert "phones" in str(caught.value)
    for bad in ("no", 0, None, []):
        document["personal_data"] = bad
        path.write_text(json.dumps(document), encoding="utf-8")
        with pytest.raises(PackageError, match="personal_data must be true or false"):
            read_package(path)


# --------------------------------------------------------------------------- erased wins


def _erase(store: Store, contact_id: uuid.UUID, when: datetime) -> None:
    """Erase a person as ``office-desk person erase`` leaves the row."""
    columns = COLUMNS["contact"]
    values: dict[str, Any] = {}
    for name in PERSONAL_FIELDS:
        default = columns[name].default
        values[name] = default() if callable(default) else default
    table = Contact.__table__  # type: ignore[attr-defined]
    with store.engine.begin() as conn:
        conn.execute(
            update(table)
            .where(table.c.id == contact_id)
            .values(
                {
                    **values,
                    "family_name": ERASED_NAME,
                    "organization_id": None,
                    "deleted_at": when,
                    "erased_at": when,
                    "updated_at": when,
                }
            )
        )


def _assert_erased(store: Store, contact_id: uuid.UUID) -> None:
    contact = _contact(store, contact_id)
    assert contact.erased_at is not None and contact.deleted_at is not None
    assert contact.family_name == ERASED_NAME and contact.organization_id is None
    for name in PERSONAL_FIELDS:
        if name != "family_name":
            default = COLUMNS["contact"][name].default
            assert getattr(contact, name) == (default() if callable(default) else default), name


def test_an_erased_contact_in_a_package_erases_the_local_copy(
    sample_store: Store, theirs: Store, tmp_path: Path
) -> None:
    contact = _linked_contact(sample_store)
    name = contact.family_name
    _erase(theirs, contact.id, datetime.now(UTC) - timedelta(days=3))
    # Here the person was edited after the erasure there: the erasure still wins.
    records.update(sample_store, Contact, contact.id, notes="met again at the fair")
    plan = _merge(theirs, sample_store, tmp_path / "erased.json")
    assert plan.counts["contact"]["erased"] == 1
    assert [d.id for d in plan.deletions if d.kind == "contact"] == [contact.id]
    assert not [c for c in plan.conflicts if c.id == contact.id]
    _assert_erased(sample_store, contact.id)
    here = _contact(sample_store, contact.id)
    assert here.updated_at >= _contact(theirs, contact.id).updated_at
    for link in _all(sample_store, ProjectContact):
        if link.contact_id == contact.id:
            assert link.deleted_at is not None and link.role == ""
    assert not [f for f in find(sample_store, name) if f.id == contact.id]
    # Merged again, nothing changes.
    again = plan_merge(sample_store, read_package(tmp_path / "erased.json"))
    assert again.write_count == 0


def test_a_package_cannot_bring_details_back_with_an_erased_mark(
    sample_store: Store, tmp_path: Path
) -> None:
    """A package that marks a contact erased but still carries its name and details:
    the erased version is written, blank."""
    path = tmp_path / "p.json"
    export_package(sample_store, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    row = document["tables"]["contact"][0]
    now = str(encode("datetime", datetime.now(UTC)))
    row.update(erased_at=now, updated_at=now, notes="kept after erasure?")
    fresh = {**row, "id": str(uuid.uuid4()), "given_name": "Newly", "family_name": "Erased"}
    document["tables"]["contact"].append(fresh)
    path.write_text(json.dumps(document), encoding="utf-8")
    plan = plan_merge(sample_store, read_package(path))
    assert plan.counts["contact"]["erased"] == 1
    assert plan.counts["contact"]["deletions_recorded"] == 1
    apply_merge(sample_store, plan, allow_deletions=True)
    _assert_erased(sample_store, uuid.UUID(row["id"]))
    _assert_erased(sample_store, uuid.UUID(fresh["id"]))
    assert "Newly" not in "\n".join(plan.summary_lines())


def test_a_contact_erased_here_is_never_brought_back(
    sample_store: Store, theirs: Store, tmp_path: Path
) -> None:
    contact = _linked_contact(sample_store)
    _erase(sample_store, contact.id, datetime.now(UTC) - timedelta(days=2))
    # They edited the person after the erasure here: a newer, un-erased copy.
    records.update(theirs, Contact, contact.id, notes="still in our files")
    plan = _merge(theirs, sample_store, tmp_path / "old-copy.json")
    assert plan.counts["contact"]["kept_erased"] == 1
    assert not [c for c in plan.conflicts if c.id == contact.id]
    shown = "\n".join(plan.summary_lines())
    assert "still in our files" not in shown and contact.family_name not in shown
    _assert_erased(sample_store, contact.id)
    assert _contact(sample_store, contact.id).notes == ""


def test_an_erased_contact_reaches_an_empty_database_erased(
    sample_store: Store, empty_store: Store, tmp_path: Path
) -> None:
    contact = _linked_contact(sample_store)
    _erase(sample_store, contact.id, datetime.now(UTC) - timedelta(hours=1))
    _merge(sample_store, empty_store, tmp_path / "all.json")
    _assert_erased(empty_store, contact.id)


@CLI_NEEDS_QT
def test_the_command_line_exports_without_personal_data(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from office_desk.cli.main import main

    out = tmp_path / "p.zip"
    args = ["--db", str(sample_path), "export", "--format", "json", "-o", str(out)]
    assert main([*args, "--without-personal-data"]) == 0
    assert "without personal data" in capsys.readouterr().out
    assert not read_package(out).personal_data
    assert (
        main(
            [
                *args[:4],
                "csv",
                "--kind",
                "contacts",
                "-o",
                str(tmp_path / "c.csv"),
                "--without-personal-data",
            ]
        )
        == 2
    )
    assert "--without-personal-data is for json packages" in capsys.readouterr().err
