"""Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) never reach an export.

They are invisible and reorder the text around them: "+49 351 \\u202e0101 555" is drawn
"+49 351 555 1010". Exports remove them (see office_desk.core.text_safety for why
removed and not marked); the database keeps them as typed. Real SQLite files, real
output files read back.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import vobject
from icalendar import Calendar

from office_desk.core.cell_safety import safe_cell
from office_desk.core.export_calendar import export_calendar
from office_desk.core.export_lists import EXPORT_COLUMNS, export_list
from office_desk.core.export_vcard import export_vcards
from office_desk.core.listing import ListQuery
from office_desk.core.models import Contact, Event, EventOrganization, Organization, Project
from office_desk.core.reports import ReportRequest, build_office_report, write_report_csv
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store
from office_desk.core.text_safety import (
    BIDI_CONTROLS,
    export_text,
    has_bidi_controls,
    visible_text,
)

DRESDEN = sample_id("office:dresden")
RLO, PDF, LRI, PDI, RLM = "\u202e", "\u202c", "\u2066", "\u2069", "\u200f"
#: Stored with the digits in this order, drawn "+49 351 555 1010" by a bidi-aware viewer.
PHONE = f"+49 351 {RLO}0101 555"
#: Every control at least once, in one name.
EVERY_CONTROL = "Bidi" + "".join(BIDI_CONTROLS) + "Werk GmbH"


def _no_controls(text: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in text if c in BIDI_CONTROLS})
    assert not found, f"bidi controls in the export: {found}"


def _tricky_records(store: Store) -> tuple[Organization, Contact, Project, Event]:
    organization = records.add(
        store,
        Organization(
            name=EVERY_CONTROL,
            name_native=f"{RLO}德累斯顿{PDF}",
            sector=f"{LRI}Energy{PDI}",
            city=f"Jinan{RLM}",
            office_id=DRESDEN,
            notes=f"{RLO}=1+1",
        ),
    )
    person = records.add(
        store,
        Contact(
            given_name=f"Eve{RLO}",
            family_name=f"Zzbidi{PDF}",
            name_native=f"{RLM}王芳",
            position=f"{RLO}@SUM(1)",
            organization_id=organization.id,
            office_id=DRESDEN,
            city=f"Dres{RLO}den",
            country="DE",
            emails=["eve@example.com"],
            phones=[PHONE],
            messaging=[f"WeChat: {RLO}eve"],
            notes=f"Note {LRI}hidden{PDI}",
        ),
    )
    project = records.add(
        store, Project(title=f"Zzbidi {RLO}plant", office_id=DRESDEN, description=f"{RLO}+cmd")
    )
    event = records.add(
        store,
        Event(
            title=f"Zzbidi {RLO}talks",
            starts_on=date(2026, 5, 3),
            place=f"Hall {RLO}3",
            city=f"Jinan{RLM}",
            office_id=DRESDEN,
            notes=f"{LRI}notes{PDI}",
        ),
    )
    records.add(store, EventOrganization(event_id=event.id, organization_id=organization.id))
    return organization, person, project, event


# --------------------------------------------------------------------------- the helper


def test_the_helper_removes_for_exports_and_marks_for_the_app() -> None:
    assert export_text(PHONE) == "+49 351 0101 555"
    assert export_text(EVERY_CONTROL) == "BidiWerk GmbH"
    assert visible_text(PHONE) == "+49 351 ⟨RLO⟩0101 555"
    shown = visible_text(EVERY_CONTROL)
    assert not has_bidi_controls(shown)
    for name in BIDI_CONTROLS.values():
        assert f"⟨{name}⟩" in shown
    # Right-to-left letters and everything else stay as they are.
    for plain in ("مرحبا", "שלום", "张伟 Müller", "", "a\u200db"):
        assert export_text(plain) == plain and visible_text(plain) == plain


def test_csv_cells_lose_the_controls_before_the_formula_check() -> None:
    assert safe_cell(PHONE) == "'+49 351 0101 555"  # starts with "+": quoted as before
    # Without the control it starts with "=": it must still be quoted.
    assert safe_cell(f'{RLO}=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_cell(f"Acme{RLO} GmbH") == "Acme GmbH"
    assert safe_cell(42) == 42


# --------------------------------------------------------------------------- lists


@pytest.mark.parametrize("kind", ["organization", "contact", "project", "event"])
def test_list_csv_has_no_bidi_controls(sample_store: Store, tmp_path: Path, kind: str) -> None:
    _tricky_records(sample_store)
    path = tmp_path / f"{kind}.csv"
    query = ListQuery(kind, text="Zzbidi") if kind != "organization" else ListQuery(kind)
    assert export_list(sample_store, query, path) >= 1
    text = path.read_bytes().decode("utf-8-sig")
    _no_controls(text)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    if kind == "contact":
        row = next(r for r in rows[1:] if r[header.index("Phones")])
        assert row[header.index("Phones")] == "'+49 351 0101 555"
        assert row[header.index("Position")] == "'@SUM(1)"  # a formula once uncovered
        assert row[header.index("City")] == "Dresden"
    if kind == "organization":
        row = next(r for r in rows[1:] if r[header.index("Name")] == "BidiWerk GmbH")
        assert row[header.index("Notes")] == "'=1+1"


def test_list_xlsx_has_no_bidi_controls(sample_store: Store, tmp_path: Path) -> None:
    organization, person, _project, _event = _tricky_records(sample_store)
    for kind, query in (
        ("contact", ListQuery("contact", text="Zzbidi")),
        ("organization", ListQuery("organization")),
    ):
        path = tmp_path / f"{kind}.xlsx"
        export_list(sample_store, query, path)
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                _no_controls(archive.read(name).decode("utf-8", errors="replace"))
        sheet = openpyxl.load_workbook(path).active
        header = [c.value for c in sheet[1]]
        rows = {r[-1].value: r for r in sheet.iter_rows(min_row=2)}
        if kind == "contact":
            row = rows[str(person.id)]
            phone = row[header.index("Phones")]
            assert (phone.value, phone.data_type) == ("+49 351 0101 555", "s")
            position = row[header.index("Position")]
            assert (position.value, position.data_type) == ("@SUM(1)", "s")
        else:
            row = rows[str(organization.id)]
            assert row[0].value == "BidiWerk GmbH"
            notes = row[
                EXPORT_COLUMNS["organization"].index(
                    next(c for c in EXPORT_COLUMNS["organization"] if c.key == "notes")
                )
            ]
            assert (notes.value, notes.data_type) == ("=1+1", "s")  # text, not a formula


# --------------------------------------------------------------------------- vCard, iCalendar


def test_vcards_have_no_bidi_controls(sample_store: Store, tmp_path: Path) -> None:
    _organization, person, _project, _event = _tricky_records(sample_store)
    path = tmp_path / "people.vcf"
    assert export_vcards(sample_store, [person.id], path) == 1
    text = path.read_text(encoding="utf-8")
    _no_controls(text)
    card = next(vobject.readComponents(text))
    assert [t.value for t in card.tel_list] == ["+49 351 0101 555"]
    assert card.fn.value == "Eve Zzbidi (王芳)"
    assert card.org.value == ["BidiWerk GmbH"]
    assert card.adr.value.city == "Dresden"
    assert "WeChat: eve" in card.note.value and "Note hidden" in card.note.value


def test_calendar_has_no_bidi_controls(sample_store: Store, tmp_path: Path) -> None:
    _organization, _person, _project, event = _tricky_records(sample_store)
    path = tmp_path / "events.ics"
    assert export_calendar(sample_store, [event.id], path) == 1
    raw = path.read_bytes()
    _no_controls(raw.decode("utf-8"))
    entry = Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(entry["summary"]) == "Zzbidi talks"
    assert str(entry["location"]) == "Hall 3, Jinan"
    assert "BidiWerk GmbH" in str(entry["description"])
    assert str(entry["description"]).endswith("notes")


def test_the_database_keeps_the_text_as_typed(sample_store: Store, tmp_path: Path) -> None:
    organization, person, _project, _event = _tricky_records(sample_store)
    export_list(sample_store, ListQuery("contact"), tmp_path / "c.csv")
    export_vcards(sample_store, [person.id], tmp_path / "c.vcf")
    assert records.get(sample_store, Contact, person.id).phones == [PHONE]
    assert records.get(sample_store, Organization, organization.id).name == EVERY_CONTROL


# --------------------------------------------------------------------------- reports


def test_report_csv_has_no_bidi_controls(sample_store: Store, tmp_path: Path) -> None:
    """The report CSV writes text through safe_cell, so it is covered by the same rule."""
    _tricky_records(sample_store)
    report = build_office_report(sample_store, ReportRequest(DRESDEN), date(2026, 6, 1))
    text = write_report_csv(report, tmp_path / "r.csv").read_text("utf-8-sig")
    assert "Zzbidi plant" in text
    _no_controls(text)


def test_translations_carry_no_bidi_controls() -> None:
    """The app shows every bidi control as a marker, in whole messages (translations
    included): a translation must order right-to-left text by Qt's layout direction,
    never with controls of its own, or its markers would show."""
    folder = Path(__file__).resolve().parents[2] / "resources" / "translations"
    files = sorted(folder.glob("*.ts"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not has_bidi_controls(text), path.name


def test_the_map_shows_hidden_direction_marks(sample_store: Store) -> None:
    """The map is part of the app: a name with a right-to-left override is shown with
    its marker there too (stored data unchanged)."""
    from office_desk.core.map_contents import network_data
    from office_desk.core.models import Organization
    from office_desk.core.services.records import add_all

    name = "Bidi \u202eHarmless GmbH"
    add_all(
        sample_store,
        [Organization(name=name, city="Dresden", country="DE", latitude=51.05, longitude=13.74)],
    )
    items = network_data(sample_store)["organizations"]
    shown = next(i for i in items if "Harmless" in i["tooltip"])
    assert "\u202e" not in shown["tooltip"] and "⟨RLO⟩" in shown["tooltip"]
    assert "\u202e" not in shown["popup"]
