"""Reports, list exports and import summaries follow the chosen language (issue 6).

A fake translation hook marks every text that went through ``translate`` (``⟦…⟧``):
with it installed the report's HTML, the network report's XLSX headers, a list export's
CSV header and an import plan's summary come out marked; without it they are English.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from office_desk.core.export_lists import EXPORT_COLUMNS, export_list
from office_desk.core.i18n import install
from office_desk.core.import_contacts import guess_mapping, plan_import, read_source
from office_desk.core.listing import ListQuery
from office_desk.core.reports import (
    ReportRequest,
    build_network_report,
    build_office_report,
    report_html,
    write_report_xlsx,
)
from office_desk.core.sample_network import sample_id
from office_desk.core.store.database import Store

DRESDEN = sample_id("office:dresden")
TODAY = date(2026, 11, 25)


def _mark(context: str, text: str) -> str:
    return "⟦" + text + "⟧"


@pytest.fixture
def marked() -> Iterator[None]:
    install(_mark, "xx")
    try:
        yield
    finally:
        install(None)


def _office_html(store: Store, for_print: bool = False) -> str:
    report = build_office_report(store, ReportRequest(DRESDEN), TODAY)
    return report_html(report, for_print=for_print)


def _offices_headers(store: Store, path: Path) -> tuple[list[str], list[str]]:
    report = build_network_report(
        store, ReportRequest(None, date(2025, 1, 1), date(2025, 12, 31)), TODAY
    )
    write_report_xlsx(report, path)
    book = openpyxl.load_workbook(path)
    sheet = next(s for s in book if "Offices" in s.title)
    headers = [str(c.value) for c in next(sheet.iter_rows(max_row=1))]
    return book.sheetnames, headers


def _csv_header(store: Store, path: Path) -> list[str]:
    export_list(store, ListQuery("contact", office_id=DRESDEN), path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


def _summary(store: Store, tmp_path: Path) -> list[str]:
    path = tmp_path / "people.csv"
    path.write_text(
        "Given name,Family name,Organization,E-mail\n"
        "Anna,Berg,Berg GmbH,anna@example.com\n"
        "Anna,Berg,Berg GmbH,anna@example.com\n",
        encoding="utf-8",
    )
    table = read_source(path)
    plan = plan_import(store, table, guess_mapping(table, "contacts"), "contacts")
    return plan.summary_lines()


PAGE_TEXTS = (
    "Period:",
    "Reporting currency:",
    "Projects by stage",
    "Exchange rates used",
    "Notes",
    "Key figures",
    "Office details",
    "all time",
    "Title",
)


def test_office_report_html_is_translated(sample_store: Store, marked: None) -> None:
    page = _office_html(sample_store)
    assert '<html lang="xx">' in page
    assert "⟦Office Desk · Office report⟧" in page
    assert "⟦Made with Office Desk on " in page and "⟦Generated " in page
    for text in PAGE_TEXTS:
        assert f"⟦{text}⟧" in page, text
    assert "⟦A project counts in the period by its signing date" in page  # a note
    assert "⟦Projects in the period⟧" in page  # a figure card
    printed = _office_html(sample_store, for_print=True)
    assert "⟦OFFICE DESK · OFFICE REPORT⟧" in printed
    for text in PAGE_TEXTS:
        assert f"⟦{text}⟧" in printed, text


def test_office_report_html_in_english_without_translation(sample_store: Store) -> None:
    page = _office_html(sample_store)
    assert "⟦" not in page and '<html lang="en">' in page
    assert "Office Desk · Office report" in page
    assert "<h2>Exchange rates used</h2>" in page and "<h2>Notes</h2>" in page
    assert "Period: <b>all time</b> · Reporting currency: <b>CNY</b> · Generated " in page
    assert "OFFICE DESK · OFFICE REPORT" in _office_html(sample_store, for_print=True)


def test_network_xlsx_headers(sample_store: Store, tmp_path: Path) -> None:
    sheets, headers = _offices_headers(sample_store, tmp_path / "english.xlsx")
    assert "Offices" in sheets and "Key figures" in sheets
    assert headers[:3] == ["Office", "City", "Status"]
    assert "Signed investment (CNY)" in headers and "⟦" not in "".join(headers)

    install(_mark, "xx")
    try:
        sheets, headers = _offices_headers(sample_store, tmp_path / "marked.xlsx")
    finally:
        install(None)
    assert "⟦Offices⟧" in sheets and "⟦Key figures⟧" in sheets
    assert headers[:3] == ["⟦Office⟧", "⟦City⟧", "⟦Status⟧"]
    assert "⟦Signed investment (CNY)⟧" in headers and "⟦Events held⟧" in headers


def test_list_export_csv_header(sample_store: Store, tmp_path: Path) -> None:
    english = [c.header for c in EXPORT_COLUMNS["contact"]]
    assert _csv_header(sample_store, tmp_path / "english.csv") == english

    install(_mark, "xx")
    try:
        header = _csv_header(sample_store, tmp_path / "marked.csv")
    finally:
        install(None)
    assert header == [h if h == "id" else f"⟦{h}⟧" for h in english]


def test_import_plan_summary_lines(empty_store: Store, tmp_path: Path) -> None:
    english = _summary(empty_store, tmp_path)
    assert english[0].startswith("people.csv: 2 rows")
    assert english[1] == "  1 new contact, 0 to update, 1 skipped, 0 with errors"
    assert not any("⟦" in line for line in english)

    install(_mark, "xx")
    try:
        lines = _summary(empty_store, tmp_path)
    finally:
        install(None)
    assert len(lines) == len(english)
    assert all("⟦" in line for line in lines), lines
    # A phrase per number ("1 new contact"), and the list separator translated too.
    assert lines[1] == ("  ⟦1 new contact⟧⟦, ⟧⟦0 to update⟧⟦, ⟧⟦1 skipped⟧⟦, ⟧⟦0 with errors⟧")
