"""Lists to CSV/XLSX, contacts to vCard, events to iCalendar: real files read back."""

from __future__ import annotations

import csv
import io
import os
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import vobject
from icalendar import Calendar

from office_desk.core import kinds, listing
from office_desk.core.export_calendar import PRODID, export_calendar
from office_desk.core.export_lists import EXPORT_COLUMNS, export_list
from office_desk.core.export_vcard import export_vcards
from office_desk.core.kinds import Surface
from office_desk.core.listing import ListQuery
from office_desk.core.models import Contact, Event, EventOrganization, Organization, Project
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store
from tests.conftest import file_hash

DRESDEN = sample_id("office:dresden")
FORMULAS = ['=HYPERLINK("http://x")', "+SUM(A1)", "-2+3", "@cmd", "\tTab", "\rReturn"]


def _read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel on Windows reads UTF-8
    text = raw[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _headers(kind: str) -> list[str]:
    return [c.header for c in EXPORT_COLUMNS[kind]]


# --------------------------------------------------------------------------- CSV


def test_csv_holds_the_filtered_list_in_list_order(sample_store: Store, tmp_path: Path) -> None:
    query = ListQuery("contact", office_id=DRESDEN)
    wanted = listing.ids(sample_store, query)
    everyone = listing.ids(sample_store, ListQuery("contact"))
    assert 1 < len(wanted) < len(everyone)
    path = tmp_path / "dresden.csv"

    assert export_list(sample_store, query, path) == len(wanted)

    assert b"\r\n" in path.read_bytes() and b"\n\n" not in path.read_bytes()
    header, *rows = _read_csv(path)
    assert header == _headers("contact") and header[-1] == "id"
    assert [r[-1] for r in rows] == [str(i) for i in wanted]
    assert {r[header.index("Office")] for r in rows} == {"Dresden-Jinan Contact Office"}
    zhang = next(r for r in rows if r[header.index("Native name")] == "张伟")
    assert zhang[header.index("Name")] == "Zhang Wei (张伟)"
    assert zhang[header.index("Last contacted")] == "2026-10-05"
    assert zhang[header.index("E-mails")] == "zhang.wei@example.com"


def test_csv_text_filter_and_descending_order(sample_store: Store, tmp_path: Path) -> None:
    query = ListQuery("organization", text="GmbH", order_by="city", descending=True)
    wanted = listing.ids(sample_store, query)
    assert len(wanted) > 2
    path = tmp_path / "orgs.csv"
    export_list(sample_store, query, path, "csv")
    header, *rows = _read_csv(path)
    assert [r[-1] for r in rows] == [str(i) for i in wanted]
    cities = [r[header.index("City")].lower() for r in rows]
    assert cities == sorted(cities, reverse=True)
    assert len(rows) < len(listing.ids(sample_store, ListQuery("organization")))


@pytest.mark.parametrize("kind", kinds.NAMES)
def test_export_shows_what_the_list_shows(sample_store: Store, tmp_path: Path, kind: str) -> None:
    """A field in both the list and the export carries the list's text (typed cells
    apart: dates, numbers and amounts are written as values, not as shown)."""
    query = ListQuery(kind)
    path = tmp_path / f"{kind}.csv"
    export_list(sample_store, query, path)
    header, *rows = _read_csv(path)
    shown = listing.rows_for(sample_store, kind, listing.ids(sample_store, query))
    assert len(rows) == len(shown) > 0
    both = [
        f
        for f in kinds.get(kind).on(Surface.EXPORT)
        if f.on(Surface.LIST) and f.file_type == "text"
    ]
    assert len(both) >= 3
    for row, list_row in zip(rows, shown, strict=True):
        assert row[-1] == list_row["id"]
        for field in both:
            assert row[header.index(field.label)] == list_row[field.name], (kind, field.name)


def test_csv_for_german_excel_uses_semicolons_and_decimal_commas(
    sample_store: Store, tmp_path: Path
) -> None:
    project = records.add(
        sample_store,
        Project(
            title="Semikolon; Test",
            office_id=DRESDEN,
            amount=Decimal("1234.5"),
            currency="EUR",
            jobs_created=0,
            signed_on=date(2026, 3, 1),
        ),
    )
    query = ListQuery("project", office_id=DRESDEN)
    german, plain = tmp_path / "de.csv", tmp_path / "en.csv"
    export_list(sample_store, query, german, delimiter=";")
    export_list(sample_store, query, plain)

    header, *rows = _read_csv(german, ";")
    assert header == _headers("project")
    row = next(r for r in rows if r[-1] == str(project.id))
    assert row[header.index("Title")] == "Semikolon; Test"
    assert row[header.index("Investment")] == "1234,50"
    assert row[header.index("Currency")] == "EUR"
    assert row[header.index("Jobs created")] == "0"
    assert row[header.index("Signed")] == "2026-03-01"
    header, *rows = _read_csv(plain)
    row = next(r for r in rows if r[-1] == str(project.id))
    assert row[header.index("Investment")] == "1234.50"


# --------------------------------------------------------------------------- formulas


def _booby_trapped(store: Store) -> tuple[Organization, list[Contact]]:
    organization = records.add(store, Organization(name="=1+1 Formula GmbH", notes="@SUM(1)"))
    people = [
        Contact(
            given_name="Eve",
            family_name="Aaaformula",
            notes=text,
            position=text,
            organization_id=organization.id,
            office_id=DRESDEN,
        )
        for text in FORMULAS
    ]
    records.add_all(store, people)
    return organization, people


def test_formulas_are_neutralised_in_csv(sample_store: Store, tmp_path: Path) -> None:
    _, people = _booby_trapped(sample_store)
    path = tmp_path / "contacts.csv"
    export_list(sample_store, ListQuery("contact", text="Aaaformula"), path)
    header, *rows = _read_csv(path)
    assert len(rows) == len(FORMULAS)
    by_id = {r[-1]: r for r in rows}
    for person in people:
        row = by_id[str(person.id)]
        assert row[header.index("Notes")] == "'" + person.notes
        assert row[header.index("Position")] == "'" + person.position
        assert row[header.index("Organization")] == "'=1+1 Formula GmbH"
        assert row[header.index("Name")] == "Eve Aaaformula"  # plain text untouched


def test_formulas_are_text_in_xlsx(sample_store: Store, tmp_path: Path) -> None:
    organization, people = _booby_trapped(sample_store)
    path = tmp_path / "contacts.xlsx"
    export_list(sample_store, ListQuery("contact", text="Aaaformula"), path)
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    notes, position = header.index("Notes") + 1, header.index("Position") + 1
    organization_column = header.index("Organization") + 1
    by_id = {row[-1].value: row for row in sheet.iter_rows(min_row=2)}
    assert len(by_id) == len(people)
    for person in people:
        row = by_id[str(person.id)]
        for cell, text in (
            (row[notes - 1], person.notes),
            (row[position - 1], person.position),
            (row[organization_column - 1], organization.name),
        ):
            # Text, not a formula, and without the CSV's quote (it would show in Excel).
            # XML reads a carriage return back as a line feed.
            assert cell.data_type == "s"
            assert cell.value == text.replace("\r", "\n")
            assert cell.quotePrefix  # Excel's hidden quote: editing keeps it text
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)

    error_lookalike = records.add(sample_store, Organization(name="#N/A", notes="#REF!"))
    path = tmp_path / "organizations.xlsx"
    export_list(sample_store, ListQuery("organization"), path)
    sheet = openpyxl.load_workbook(path).active
    rows = {row[-1].value: row for row in sheet.iter_rows(min_row=2)}
    notes_column = _headers("organization").index("Notes")
    name, note = rows[str(organization.id)][0], rows[str(organization.id)][notes_column]
    assert (name.data_type, name.value) == ("s", "=1+1 Formula GmbH")
    assert (note.data_type, note.value) == ("s", "@SUM(1)")
    # Text that looks like an Excel error value stays text too.
    name, note = rows[str(error_lookalike.id)][0], rows[str(error_lookalike.id)][notes_column]
    assert (name.data_type, name.value) == ("s", "#N/A")
    assert (note.data_type, note.value) == ("s", "#REF!")
    assert all(c.data_type in ("s", "n") for row in sheet.iter_rows() for c in row)


# --------------------------------------------------------------------------- XLSX


def test_xlsx_has_real_dates_numbers_frozen_header_and_filter(
    sample_store: Store, tmp_path: Path
) -> None:
    project = records.add(
        sample_store,
        Project(
            title="Zzz exact amount",
            office_id=DRESDEN,
            amount=Decimal("1234567.89"),
            currency="CNY",
            jobs_created=42,
            signed_on=date(2025, 12, 31),
            start_on=date(2026, 1, 15),
            description="Notes\nwith a second line",
        ),
    )
    query = ListQuery("project")
    path = tmp_path / "projects.xlsx"
    count = export_list(sample_store, query, path)
    assert count == len(listing.ids(sample_store, query))

    sheet = openpyxl.load_workbook(path)["Projects"]
    header = [c.value for c in sheet[1]]
    assert header == _headers("project")
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:P{count + 1}"
    assert sheet.max_row == count + 1
    assert sheet.column_dimensions["A"].width > len("Title")

    rows = {row[-1].value: row for row in sheet.iter_rows(min_row=2)}
    row = rows[str(project.id)]
    cell = dict(zip(header, row, strict=True))
    assert cell["Investment"].value == pytest.approx(1234567.89)
    assert isinstance(cell["Investment"].value, float | int)
    assert cell["Investment"].number_format == "#,##0.00"
    assert cell["Currency"].value == "CNY"
    assert cell["Jobs created"].value == 42
    assert isinstance(cell["Signed"].value, datetime)
    assert cell["Signed"].value.date() == date(2025, 12, 31)
    assert cell["Signed"].number_format == "yyyy-mm-dd"
    assert cell["Start"].value.date() == date(2026, 1, 15)
    assert cell["End"].value is None
    assert cell["Description"].value == "Notes\nwith a second line"
    assert cell["Office"].value == "Dresden-Jinan Contact Office"
    # Every amount in the sheet is a number, never text.
    amounts = [r[header.index("Investment")].value for r in sheet.iter_rows(min_row=2)]
    assert any(a is not None for a in amounts)
    assert all(a is None or isinstance(a, float | int) for a in amounts)


def test_xlsx_keeps_chinese_and_drops_characters_xlsx_cannot_hold(
    sample_store: Store, tmp_path: Path
) -> None:
    records.add(
        sample_store,
        Event(
            title="会谈\x01 with a bell\x07",
            starts_on=date(2026, 5, 3),
            ends_on=date(2026, 5, 5),
            place="济南",
        ),
    )
    path = tmp_path / "events.xlsx"
    export_list(sample_store, ListQuery("event", text="bell"), path)
    sheet = openpyxl.load_workbook(path)["Events"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["Title"] == "会谈 with a bell"
    assert row["Venue"] == "济南"
    assert (row["Starts"].date(), row["Ends"].date()) == (date(2026, 5, 3), date(2026, 5, 5))
    assert sheet.max_row == 2


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_an_empty_list_gives_a_header_only(
    sample_store: Store, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"none.{suffix}"
    query = ListQuery("event", text="no such event anywhere")
    assert export_list(sample_store, query, path) == 0
    if suffix == "csv":
        assert _read_csv(path) == [_headers("event")]
    else:
        sheet = openpyxl.load_workbook(path).active
        assert [[c.value for c in row] for row in sheet.iter_rows()] == [_headers("event")]


def test_format_comes_from_the_suffix(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "offices.XLSX"
    export_list(sample_store, ListQuery("office"), path)
    assert path.read_bytes()[:2] == b"PK"  # a zip: XLSX
    with pytest.raises(ValueError, match="csv or xlsx"):
        export_list(sample_store, ListQuery("office"), tmp_path / "offices.pdf")
    assert not (tmp_path / "offices.pdf").exists()


# --------------------------------------------------------------------------- vCard


def test_vcards_round_trip(sample_store: Store, tmp_path: Path) -> None:
    organization = records.add(sample_store, Organization(name="Quan, Cheng; Ltd."))
    wang = records.add(
        sample_store,
        Contact(
            given_name="Fang",
            family_name="Wang",
            name_native="王芳",
            family_name_first=True,
            position="总经理",
            organization_id=organization.id,
            office_id=DRESDEN,
            city="Jinan",
            country="CN",
            emails=["wang.fang@example.com", "fang@example.net"],
            phones=["+86 531 555 0100", "+86 138 0000 0000"],
            messaging=["WeChat: wangfang"],
            languages=["zh", "en"],
            notes="Met at the fair, 2025; likes tea.\nSecond line.",
        ),
    )
    native_only = records.add(sample_store, Contact(name_native="李娜"))
    path = tmp_path / "two.vcf"

    assert export_vcards(sample_store, [wang.id, native_only.id], path) == 2

    raw = path.read_bytes()
    assert b"\r\nVERSION:3.0\r\n" in raw and b"\nEND:VCARD\r\n" in raw
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75  # folded, UTF-8 kept whole
    text = raw.decode("utf-8")
    first, second = list(vobject.readComponents(text))
    assert first.fn.value == "Wang Fang (王芳)"
    assert (first.n.value.family, first.n.value.given) == ("Wang", "Fang")
    assert first.x_native_name.value == "王芳"
    assert first.org.value == ["Quan, Cheng; Ltd."]
    assert first.title.value == "总经理"
    assert [e.value for e in first.email_list] == ["wang.fang@example.com", "fang@example.net"]
    assert all(e.params["TYPE"] == ["INTERNET"] for e in first.email_list)
    assert [t.value for t in first.tel_list] == ["+86 531 555 0100", "+86 138 0000 0000"]
    assert (first.adr.value.city, first.adr.value.country) == ("Jinan", "China")
    note = first.note.value
    assert "Languages: zh, en" in note and "WeChat: wangfang" in note
    assert note.endswith("Met at the fair, 2025; likes tea.\nSecond line.")
    assert first.uid.value == str(wang.id)
    stored = records.get(sample_store, Contact, wang.id).updated_at
    assert first.rev.value == stored.strftime("%Y-%m-%dT%H:%M:%SZ")

    assert second.fn.value == "李娜"
    assert second.n.value.family == "李娜"
    assert second.uid.value == str(native_only.id)


def test_all_live_contacts_to_vcards(sample_store: Store, tmp_path: Path) -> None:
    everyone = listing.ids(sample_store, ListQuery("contact"))
    records.delete(sample_store, Contact, [everyone[0]])
    path = tmp_path / "all.vcf"
    assert export_vcards(sample_store, None, path) == len(everyone) - 1
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert [c.uid.value for c in cards] == [str(i) for i in everyone[1:]]


# --------------------------------------------------------------------------- iCalendar


def test_calendar_round_trip(sample_store: Store, tmp_path: Path) -> None:
    partner = records.add(sample_store, Organization(name="Shandong Hi-Speed Group"))
    fair = records.add(
        sample_store,
        Event(
            title="Talks, dinner; visit 会谈",
            kind="visit",
            starts_on=date(2026, 5, 3),
            ends_on=date(2026, 5, 5),
            place="Hall 3, East",
            city="Jinan",
            country="CN",
            office_id=DRESDEN,
            notes="Bring gifts; slides.\n第二行",
        ),
    )
    records.add(sample_store, EventOrganization(event_id=fair.id, organization_id=partner.id))
    day = records.add(sample_store, Event(title="Call", starts_on=date(2026, 12, 31)))
    path = tmp_path / "events.ics"

    assert export_calendar(sample_store, [fair.id, day.id], path) == 2

    raw = path.read_bytes()
    assert b"DTSTART;VALUE=DATE:20260503" in raw
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    assert b"Talks\\, dinner\\; visit" in raw  # RFC 5545 escaping in the file
    calendar = Calendar.from_ical(raw)
    assert str(calendar["prodid"]) == PRODID and str(calendar["version"]) == "2.0"
    first, second = calendar.walk("VEVENT")
    assert str(first["uid"]) == f"{fair.id}@office-desk"
    assert first["dtstart"].dt == date(2026, 5, 3)
    assert first["dtend"].dt == date(2026, 5, 6)  # exclusive end: the day after the last
    assert str(first["summary"]) == "Talks, dinner; visit 会谈"
    assert str(first["location"]) == "Hall 3, East, Jinan, China"
    description = str(first["description"])
    assert "Office: Dresden-Jinan Contact Office" in description
    assert "Shandong Hi-Speed Group" in description
    assert description.endswith("Bring gifts; slides.\n第二行")
    assert [str(c) for c in first["categories"].cats] == ["Visit"]
    assert "dtstamp" in first and "last-modified" in first
    assert second["dtstart"].dt == date(2026, 12, 31)
    assert second["dtend"].dt == date(2027, 1, 1)


def test_all_live_events_to_calendar(sample_store: Store, tmp_path: Path) -> None:
    everyone = listing.ids(sample_store, ListQuery("event"))
    path = tmp_path / "all.ics"
    assert export_calendar(sample_store, None, path) == len(everyone)
    uids = [str(e["uid"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    assert uids == [f"{i}@office-desk" for i in everyone]


# --------------------------------------------------------------------------- cancel


def _list_csv(store: Store, path: Path, progress: Callable[[int, int], None]) -> int:
    return export_list(store, ListQuery("contact"), path, progress=progress)


def _list_xlsx(store: Store, path: Path, progress: Callable[[int, int], None]) -> int:
    return export_list(store, ListQuery("contact"), path, progress=progress)


def _vcf(store: Store, path: Path, progress: Callable[[int, int], None]) -> int:
    return export_vcards(store, None, path, progress)


def _ics(store: Store, path: Path, progress: Callable[[int, int], None]) -> int:
    return export_calendar(store, None, path, progress)


class Cancelled(Exception):
    pass


def _openpyxl_temporary_files() -> list[str]:
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    return [p for p in ALL_TEMP_FILES if os.path.exists(p)]


@pytest.mark.parametrize(
    ("exporter", "suffix"),
    [
        (_list_csv, "csv"),
        (_list_xlsx, "xlsx"),
        (_vcf, "vcf"),
        (_ics, "ics"),
    ],
)
@pytest.mark.parametrize("existing", [False, True])
def test_cancel_leaves_no_partial_file(
    sample_store: Store, tmp_path: Path, exporter: Callable[..., int], suffix: str, existing: bool
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / f"export.{suffix}"
    if existing:
        path.write_bytes(b"the previous export")
    before = file_hash(path) if existing else None
    calls: list[tuple[int, int]] = []
    spreadsheet_temps = _openpyxl_temporary_files()

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done == total:  # the very last moment: everything written but not yet in place
            raise Cancelled

    with pytest.raises(Cancelled):
        exporter(sample_store, path, progress)
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 0
    assert sorted(os.listdir(out)) == (["export." + suffix] if existing else [])
    if existing:
        assert file_hash(path) == before
    assert _openpyxl_temporary_files() == spreadsheet_temps  # its own temp file went too

    done: list[tuple[int, int]] = []
    assert exporter(sample_store, path, lambda d, t: done.append((d, t))) == done[-1][1]
    assert os.listdir(out) == [f"export.{suffix}"]


def test_ids_of_deleted_or_unknown_records_are_skipped(sample_store: Store, tmp_path: Path) -> None:
    contacts = listing.ids(sample_store, ListQuery("contact"))[:3]
    records.delete(sample_store, Contact, [contacts[1]])
    path = tmp_path / "some.vcf"
    assert export_vcards(sample_store, [*contacts, uuid.uuid4()], path) == 2
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert [c.uid.value for c in cards] == [str(contacts[0]), str(contacts[2])]
