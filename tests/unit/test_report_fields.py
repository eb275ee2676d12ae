"""Report tables read their record columns from the registry of kinds: each row carries
the typed value of every field declared for the report, and a field added with the
report surface is in the HTML, printed, XLSX and CSV reports with no change in
core/reports."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from html import unescape
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from office_desk.core import kinds
from office_desk.core.kinds import FieldSpec, Surface
from office_desk.core.models import Project
from office_desk.core.reports import (
    Money,
    ReportRequest,
    TextList,
    build_network_report,
    build_office_report,
    report_html,
    write_report_csv,
    write_report_xlsx,
)
from office_desk.core.reports.report_fields import report_fields
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store

DRESDEN = sample_id("office:dresden")
TODAY = date(2026, 11, 25)
R = Surface.REPORT
TABLES = {
    "projects": "project",
    "events": "event",
    "organizations": "organization",
    "contacts": "contact",
}


def _office_report(store: Store) -> Any:
    sections = {"details", "figures", "projects", "events", "organizations", "contacts"}
    return build_office_report(
        store, ReportRequest(DRESDEN, sections=sections, include_contacts=True), TODAY
    )


def _typed(field: FieldSpec, value: object) -> bool:
    if value is None:
        return field.file_type != "text"
    return isinstance(
        value, {"text": str, "date": date, "integer": int, "money": Money}[field.file_type]
    )


def test_rows_carry_every_report_field_typed(sample_store: Store) -> None:
    seen: dict[str, set[str]] = {}
    for report in (
        _office_report(sample_store),
        build_network_report(sample_store, ReportRequest(None), TODAY),
    ):
        for table, kind in TABLES.items():
            listing = getattr(report, table, None)
            if listing is None:
                continue
            fields = report_fields(kind)
            assert listing.rows, table
            for row in listing.rows:
                assert set(row.values) == {f.name for f in fields}, table
                for f in fields:
                    assert _typed(f, row.values[f.name]), (table, f.name, row.values[f.name])
                    if f.file_type != "text":
                        seen.setdefault(f.file_type, set()).add(f.name)
    assert "date" in seen and "integer" in seen  # signing dates, jobs, event dates


def test_lists_are_lists_and_amounts_keep_their_currency(sample_store: Store) -> None:
    report = _office_report(sample_store)
    for table, kind in TABLES.items():
        for field in report_fields(kind):
            for row in getattr(report, table).rows:
                value = row.values[field.name]
                if field.value == "text_list":
                    assert isinstance(value, TextList)
                    assert list(value.items) == list(field.raw(_record(sample_store, row)))
                if isinstance(value, Money):
                    record = _record(sample_store, row)
                    assert value.amount == getattr(record, field.columns[0])
                    assert value.currency == getattr(record, field.columns[1])


def _record(store: Store, row: Any) -> Any:
    with store.session() as session:
        for kind in kinds.KINDS:
            found = session.get(kind.model, row.id)
            if found is not None:
                return found
    raise LookupError(row.id)


# ------------------------------------------------ a field added to the report surface


def _added_fields(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """One new report field in each kind (what a kind module would declare); their
    labels by report table."""

    def add(kind_name: str, new: FieldSpec) -> None:
        kind = kinds.get(kind_name)
        monkeypatch.setitem(kinds.BY_NAME, kind_name, replace(kind, fields=(*kind.fields, new)))

    add(
        "project",
        FieldSpec(
            "grant_note", "Grant note", surfaces=frozenset({R}), columns=("sector",), width=20
        ),
    )
    add(
        "event",
        FieldSpec(
            "planned_office",
            "Planned by",
            "record",
            refers_to="office",
            columns=("office_id",),
            surfaces=frozenset({R}),
        ),
    )
    add(
        "organization",
        FieldSpec(
            "home_country", "Home country", "country", columns=("country",), surfaces=frozenset({R})
        ),
    )
    add(
        "contact",
        FieldSpec(
            "contacted",
            "Contacted",
            "date",
            columns=("last_contacted_on",),
            surfaces=frozenset({R}),
        ),
    )
    return {
        "projects": "Grant note",
        "events": "Planned by",
        "organizations": "Home country",
        "contacts": "Contacted",
    }


def _headers_in(html: str, cls: str = "") -> list[str]:
    pattern = r'<th[^>]*class="colhead"[^>]*>([^<]*)' if cls else r"<th[^>]*>([^<]*)</th>"
    return [unescape(h) for h in re.findall(pattern, html)]


def test_a_new_report_field_is_in_every_format(
    sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    labels = _added_fields(monkeypatch)
    records.add(
        sample_store,
        Project(title="Zz funded", office_id=DRESDEN, sector="Horizon Europe", stage="lead"),
    )
    report = _office_report(sample_store)
    expected = {
        "projects": "Horizon Europe",
        "events": "Dresden-Jinan Contact Office",
        "organizations": "Germany",
        "contacts": date(2026, 10, 5),
    }

    page, printed = report_html(report), report_html(report, for_print=True)
    for label in labels.values():
        assert label in _headers_in(page)
        assert label in _headers_in(printed, "colhead")
    for value in ("Horizon Europe", "2026-10-05"):
        assert value in page and value in printed

    book = openpyxl.load_workbook(write_report_xlsx(report, tmp_path / "r.xlsx"))
    for table, label in labels.items():
        rows = list(book[table.title()].iter_rows(values_only=True))
        column = list(rows[0]).index(label)
        values = [r[column] for r in rows[1:]]
        wanted = expected[table]
        if isinstance(wanted, date):  # a date field gives real date cells
            assert wanted in [v.date() for v in values if v is not None]
        else:
            assert wanted in values

    raw = write_report_csv(report, tmp_path / "r.csv").read_bytes().decode("utf-8-sig")
    sections: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for line in csv.reader(io.StringIO(raw, newline="")):
        if not line:
            current = None
        elif current is None:
            current = sections.setdefault(line[0][2:], [])
        else:
            current.append(line)
    for table, label in labels.items():
        header, *rows = sections[table.title()]
        column = header.index(label)
        assert str(expected[table]) in {r[column] for r in rows if len(r) > column}


def test_a_new_field_prints_as_its_own_column_where_the_layout_merges_others(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _added_fields(monkeypatch)
    records.add(
        sample_store,
        Project(
            title="Zz funded",
            office_id=DRESDEN,
            sector="Horizon Europe",
            stage="lead",
            amount=Decimal("10"),
            currency="EUR",
        ),
    )
    report = build_network_report(sample_store, ReportRequest(None), TODAY)
    printed = report_html(report, for_print=True)
    table = printed[printed.index(">Projects</h2>") :]
    table = table[: table.index("</table>")]
    headers = _headers_in(table, "colhead")
    assert headers[0] == "Office" and headers[-1] == "Grant note"
    assert "Native title" not in headers and "Stage" not in headers  # still under others
    assert "Horizon Europe" in table
