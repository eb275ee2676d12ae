"""List exports read their columns from the registry of kinds: every cell is what the
field's ``file_value`` gives, and a field declared for the export surface is a column
with no change in the export module."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from office_desk.core import kinds
from office_desk.core.export_lists import export_chunks, export_columns, export_list
from office_desk.core.kinds import FieldSpec, Surface
from office_desk.core.listing import ListQuery
from office_desk.core.models import Contact, Event, Office, Organization, Project
from office_desk.core.services import records
from office_desk.core.store.database import Store


def _odd_records(store: Store) -> None:
    """Records with the values the fast path must read as ``file_value`` does: empty
    and missing values, a reference to a deleted record, lists stored by hand as JSON
    that is not a list or not JSON, an unknown stored choice, a one-day event."""
    gone = records.add(store, Organization(name="Gone GmbH", country="DE"))
    kept = records.add(store, Organization(name="Kept; AG", kind="university"))
    twin = records.add(store, Office(name="Twin", country="CN", status="planned"))
    records.add(
        store,
        Office(
            name="Zz office",
            country="DE",
            counterpart_id=twin.id,
            latitude=51.05,
            longitude=13.74,
            established_on=date(2020, 2, 29),
        ),
    )
    records.add_all(
        store,
        [
            Contact(
                given_name="Ada",
                family_name="Gone",
                organization_id=gone.id,
                emails=["a@example.org", "b@example.org"],
                phones=["+49 1", "0351; ext. 5"],
                languages=["de", "zh"],
                last_contacted_on=date(2026, 1, 2),
                family_name_first=True,
                title="Dr.",
            ),
            Contact(given_name="Bo", organization_id=kept.id, messaging=["wechat: bo"]),
            Contact(name_native="张伟", country="CN"),
        ],
    )
    records.add_all(
        store,
        [
            Project(title="No money", jobs_created=0),
            Project(
                title="Money",
                amount=Decimal("0.5"),
                currency="EUR",
                jobs_created=3,
                jobs_estimated=True,
                signed_on=date(2025, 1, 1),
            ),
        ],
    )
    records.add(store, Event(title="One day", starts_on=date(2026, 3, 3)))
    records.delete(store, Organization, [gone.id])
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE contact SET messaging = '\"just text\"', "
                "languages = 'not json' WHERE given_name = 'Bo'"
            )
        )
        conn.execute(text("UPDATE organization SET kind = 'space_agency' WHERE name = 'Kept; AG'"))


@pytest.mark.parametrize("kind", kinds.NAMES)
def test_every_cell_is_the_fields_file_value(sample_store: Store, kind: str) -> None:
    _odd_records(sample_store)
    spec = kinds.get(kind)
    fields = spec.on(Surface.EXPORT)
    exported = {
        row[-1]: row
        for chunk in export_chunks(sample_store, ListQuery(kind), chunk=7)
        for row in chunk
    }
    with sample_store.session() as session:
        from sqlmodel import select

        found = session.exec(select(spec.model)).all()
        names = kinds.names_for(session, fields, found)
        expected = {
            str(r.id): (*[f.file_value(r, names) for f in fields], str(r.id)) for r in found
        }
    assert exported == expected
    assert len(exported) > 3


def test_a_reference_to_a_deleted_record_reads_empty(sample_store: Store, tmp_path: Path) -> None:
    _odd_records(sample_store)
    path = tmp_path / "contacts.csv"
    export_list(sample_store, ListQuery("contact", text="Ada"), path)
    header, row = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    assert row[header.index("Organization")] == ""
    assert row[header.index("Name")] == "Dr. Gone Ada"  # family name first
    assert row[header.index("Phones")] == "'+49 1; 0351; ext. 5"


def test_a_new_export_field_is_a_column_without_touching_the_export(
    sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What adding a field to a kind module does to the export: nothing else to change."""
    project = kinds.get("project")
    added = (
        FieldSpec(
            "grant_note", "Grant note", surfaces=frozenset({Surface.EXPORT}), columns=("sector",)
        ),
        FieldSpec(
            "doubled_jobs",
            "Jobs twice",
            "integer",
            surfaces=frozenset({Surface.EXPORT}),
            columns=("jobs_created",),
            cell=lambda p, _n: None if p.jobs_created is None else 2 * p.jobs_created,
        ),
        FieldSpec("not_exported", "Hidden", surfaces=frozenset({Surface.LIST}), columns=("title",)),
    )
    changed = replace(project, fields=project.fields + added)
    monkeypatch.setitem(kinds.BY_NAME, "project", changed)
    records.add(sample_store, Project(title="Zz funded", sector="Horizon Europe", jobs_created=21))

    assert [c.header for c in export_columns("project")][-3:] == ["Grant note", "Jobs twice", "id"]
    path = tmp_path / "projects.xlsx"
    export_list(sample_store, ListQuery("project", text="Zz funded"), path)
    sheet = openpyxl.load_workbook(path)["Projects"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["Grant note"] == "Horizon Europe"
    assert row["Jobs twice"] == 42
    assert sheet.cell(row=2, column=header.index("Jobs twice") + 1).number_format == "#,##0"
    assert "Hidden" not in header
    uuid.UUID(row["id"])
