"""The contacts list in Excel: phone numbers read as the user typed them ("+49 351 ..."),
with no apostrophe in front, stored as text (never a formula); the CSV keeps its
OWASP quote for cells that start with = + - @, a tab or a carriage return."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

from office_desk.core.export_lists import export_list
from office_desk.core.listing import ListQuery
from office_desk.core.models import Contact
from office_desk.core.services import records
from office_desk.core.store.database import Store

PHONES = ["+49 351 4567890", "-12 345", "@home 0351 1234", "=0351 1234"]


def _add_people(store: Store) -> list[Contact]:
    people = [
        Contact(
            given_name="Paula",
            family_name=f"Zzphone{i}",
            phones=[phone],
            emails=[f"paula{i}@zzphone.example"],
        )
        for i, phone in enumerate(PHONES)
    ]
    records.add_all(store, people)
    return people


def test_xlsx_phone_numbers_have_no_visible_apostrophe(sample_store: Store, tmp_path: Path) -> None:
    people = _add_people(sample_store)
    path = tmp_path / "contacts.xlsx"
    export_list(sample_store, ListQuery("contact", text="Zzphone"), path)
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    phones = header.index("Phones")
    rows = {row[-1].value: row for row in sheet.iter_rows(min_row=2)}
    assert len(rows) == len(people)
    for person in people:
        cell = rows[str(person.id)][phones]
        assert cell.value == person.phones[0]  # exactly, no "'" in front
        assert cell.data_type == "s"  # text: neither a formula nor a number
    # Nothing in the sheet is a formula, the "=0351 1234" phone included.
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_csv_keeps_the_owasp_quote(sample_store: Store, tmp_path: Path) -> None:
    people = _add_people(sample_store)
    path = tmp_path / "contacts.csv"
    export_list(sample_store, ListQuery("contact", text="Zzphone"), path)
    header, *rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
    by_id = {row[-1]: row for row in rows}
    for person in people:
        assert by_id[str(person.id)][header.index("Phones")] == "'" + person.phones[0]
