"""Office and network reports: content checked against plain SQL on the sample network,
and the HTML, XLSX and CSV files read back (real SQLite files, real output files)."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import insert

from office_desk.core.models import Contact, Event, Office, Organization, Project
from office_desk.core.reports import (
    NETWORK_SECTIONS,
    OFFICE_SECTIONS,
    OfficeReport,
    ReportRequest,
    build_network_report,
    build_office_report,
    period_label,
    report_file_name,
    report_html,
    write_report_csv,
    write_report_xlsx,
)
from office_desk.core.reports.print_layout import (
    CELL_PADDING,
    HEADER_PT,
    PRINT_WIDTH,
    SMALL_PT,
    TEXT_PT,
    text_width,
)
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store

DRESDEN = sample_id("office:dresden")
TODAY = date(2026, 11, 25)
SIGNED = ("signed", "in_progress", "completed")
ALL_OFFICE = frozenset(OFFICE_SECTIONS)


# --------------------------------------------------------------------------- helpers


def sql(store: Store, query: str, *params: Any) -> list[tuple[Any, ...]]:
    """Plain sqlite3 on the file: the independent check of what the reports compute."""
    assert store.path is not None
    with sqlite3.connect(store.path) as conn:
        return conn.execute(query, params).fetchall()


def hexid(value: uuid.UUID) -> str:
    return value.hex


def sql_signed_total(store: Store, start: str, end: str, office: uuid.UUID | None) -> Decimal:
    """Signed investment in CNY: each amount times the latest X->CNY rate on or before
    its signing date (the sample stores only direct rates to CNY)."""
    where = "AND office_id = ?" if office else ""
    params: list[Any] = [start, end] + ([hexid(office)] if office else [])
    total = Decimal(0)
    for amount, currency, signed_on in sql(
        store,
        "SELECT amount, currency, signed_on FROM project WHERE deleted_at IS NULL "
        f"AND stage IN {SIGNED} AND signed_on BETWEEN ? AND ? AND amount IS NOT NULL {where}",
        *params,
    ):
        rate = Decimal(1)
        if currency != "CNY":
            rate = Decimal(
                sql(
                    store,
                    "SELECT rate FROM exchange_rate WHERE deleted_at IS NULL AND base = ? "
                    'AND quote = \'CNY\' AND "on" <= ? ORDER BY "on" DESC LIMIT 1',
                    currency,
                    signed_on,
                )[0][0]
            )
        total += Decimal(amount) * rate
    return total


def dresden_emails(store: Store) -> list[str]:
    rows = sql(
        store,
        "SELECT emails FROM contact WHERE deleted_at IS NULL AND office_id = ?",
        hexid(DRESDEN),
    )
    return [e for (emails,) in rows for e in json.loads(emails)]


def xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(
        str(c.value)
        for sheet in book
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    )


def sheet_rows(path: Path, name: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    sheet = openpyxl.load_workbook(path)[name]
    rows = list(sheet.iter_rows(values_only=True))
    return [str(h) for h in rows[0]], rows[1:]


def csv_sections(path: Path) -> dict[str, list[list[str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, for Excel
    sections: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"))):
        if not row:
            current = None
        elif current is None:
            assert row[0].startswith("# ")
            current = sections.setdefault(row[0][2:], [])
        else:
            current.append(row)
    return sections


def office_report(
    store: Store, start: date | None = None, end: date | None = None, **options: Any
) -> OfficeReport:
    return build_office_report(store, ReportRequest(DRESDEN, start, end, **options), TODAY)


def add_project(store: Store, **fields: Any) -> uuid.UUID:
    project = Project(**{"title": "Test project", "office_id": DRESDEN, **fields})
    with store.write() as session:
        session.add(project)
    return project.id


# --------------------------------------------------------------------------- requests


def test_request_checks_sections_period_and_currency() -> None:
    with pytest.raises(ValueError, match="unknown section"):
        ReportRequest(DRESDEN, sections={"charts"})  # a network section
    with pytest.raises(ValueError, match="unknown section"):
        ReportRequest(None, sections={"contacts"})
    with pytest.raises(ValueError, match="before it starts"):
        ReportRequest(DRESDEN, date(2025, 2, 1), date(2025, 1, 1))
    with pytest.raises(ValueError, match="currency"):
        ReportRequest(DRESDEN, currency="XYZ")
    asked = ReportRequest(DRESDEN, sections=["contacts", "projects"], currency="eur")
    assert asked.currency == "EUR"
    assert asked.ordered_sections() == ("projects",)  # contacts need include_contacts
    assert ReportRequest(DRESDEN, sections=["contacts"], include_contacts=True).wants("contacts")
    assert "contacts" not in ReportRequest(DRESDEN).sections  # personal data out by default
    assert set(ReportRequest(None).sections) == set(NETWORK_SECTIONS)


def test_period_labels_and_file_names(sample_store: Store) -> None:
    assert period_label(date(2025, 1, 1), date(2025, 12, 31)) == "1 Jan 2025 – 31 Dec 2025"
    assert period_label(None, None) == "all time"
    assert period_label(date(2025, 3, 1), None) == "from 1 Mar 2025"
    year = office_report(sample_store, date(2025, 1, 1), date(2025, 12, 31))
    assert report_file_name(year, "pdf") == "Dresden office report 2025.pdf"
    half = build_network_report(
        sample_store, ReportRequest(None, date(2025, 1, 1), date(2025, 6, 30)), TODAY
    )
    assert report_file_name(half, ".XLSX") == "Network report 2025-01-01 to 2025-06-30.xlsx"
    assert report_file_name(office_report(sample_store), "csv") == "Dresden office report.csv"
    with pytest.raises(ValueError):
        report_file_name(year, "docx")


# --------------------------------------------------------------------------- office report


def test_office_report_figures_match_plain_sql(sample_store: Store) -> None:
    start, end = date(2015, 1, 1), date(2016, 12, 31)
    report = office_report(sample_store, start, end)
    lo, hi = start.isoformat(), end.isoformat()

    by_stage = dict(
        sql(
            sample_store,
            "SELECT stage, count(*) FROM project WHERE deleted_at IS NULL AND office_id = ? AND "
            "coalesce(signed_on, announced_on, substr(created_at, 1, 10)) BETWEEN ? AND ? "
            "GROUP BY stage",
            hexid(DRESDEN),
            lo,
            hi,
        )
    )
    assert by_stage  # the sample has Dresden projects signed in 2015 and 2016
    assert {f.key: f.count for f in report.figures.projects_by_stage if f.count} == by_stage
    assert report.figures.project_count == sum(by_stage.values())

    money = report.figures.investment.amounts
    assert money.currency == "CNY"
    assert money.total == sql_signed_total(sample_store, lo, hi, DRESDEN)
    per_currency = sql(
        sample_store,
        "SELECT currency, amount FROM project WHERE deleted_at IS NULL AND office_id = ? "
        f"AND stage IN {SIGNED} AND signed_on BETWEEN ? AND ? AND amount IS NOT NULL",
        hexid(DRESDEN),
        lo,
        hi,
    )
    expected: dict[str, Decimal] = {}
    for code, amount in per_currency:
        expected[code] = expected.get(code, Decimal(0)) + Decimal(amount)
    assert money.by_currency == expected and len(expected) == 2  # CNY and EUR
    assert money.unconverted == {}

    # The EUR amount went through the 2016 EUR->CNY rate, and the report says so.
    (eur_signed,) = sql(
        sample_store,
        "SELECT signed_on FROM project WHERE office_id = ? AND currency = 'EUR'",
        hexid(DRESDEN),
    )[0]
    (rate_on, rate) = sql(
        sample_store,
        "SELECT \"on\", rate FROM exchange_rate WHERE base = 'EUR' AND "
        '"on" <= ? ORDER BY "on" DESC LIMIT 1',
        eur_signed,
    )[0]
    assert [(r.base, r.quote, r.on.isoformat(), r.rate) for r in report.rates_used] == [
        ("EUR", "CNY", rate_on, Decimal(rate))
    ]

    events = dict(
        sql(
            sample_store,
            "SELECT kind, count(*) FROM event WHERE deleted_at IS NULL AND "
            "office_id = ? AND starts_on BETWEEN ? AND ? GROUP BY kind",
            hexid(DRESDEN),
            lo,
            hi,
        )
    )
    assert {k.key: k.count for k in report.figures.events_by_kind} == events
    assert report.figures.events_held == sum(events.values()) == report.events.total
    assert {e.starts_on for e in report.events.rows} <= {
        date.fromisoformat(d)
        for (d,) in sql(
            sample_store,
            "SELECT starts_on FROM event WHERE office_id = ? AND starts_on BETWEEN ? AND ?",
            hexid(DRESDEN),
            lo,
            hi,
        )
    }

    assert report.office.name == "Dresden-Jinan Contact Office"
    assert report.office.counterpart.startswith("Jinan-Dresden")
    assert report.office.country_name == "Germany"
    assert report.period_label == "1 Jan 2015 – 31 Dec 2016"
    assert any("signing date" in note for note in report.notes)


def test_period_filtering_and_undated_projects(sample_store: Store) -> None:
    later = office_report(sample_store, date(2017, 1, 1), date(2017, 12, 31))
    assert later.figures.investment.amounts.is_empty
    assert later.projects.rows == []
    (n_events,) = sql(
        sample_store,
        "SELECT count(*) FROM event WHERE office_id = ? AND "
        "starts_on BETWEEN '2017-01-01' AND '2017-12-31'",
        hexid(DRESDEN),
    )[0]
    assert later.figures.events_held == n_events

    # Projects with no date at all count by the day they were entered.
    undated = sql(
        sample_store,
        "SELECT title, substr(created_at, 1, 10) FROM project WHERE "
        "office_id = ? AND signed_on IS NULL AND announced_on IS NULL",
        hexid(DRESDEN),
    )
    assert undated
    entered = date.fromisoformat(undated[0][1])
    that_day = office_report(sample_store, entered, entered)
    assert {p.title for p in that_day.projects.rows} == {t for t, _ in undated}
    assert all(p.counted_on == entered for p in that_day.projects.rows)

    # Open-ended periods.
    since_2016 = office_report(sample_store, date(2016, 1, 1), None)
    until_2015 = office_report(sample_store, None, date(2015, 12, 31))
    everything = office_report(sample_store)
    assert since_2016.figures.project_count + until_2015.figures.project_count == (
        everything.figures.project_count
    )
    assert everything.period_label == "all time"


def test_amount_without_rate_is_listed_not_dropped(sample_store: Store) -> None:
    before = office_report(sample_store, date(2016, 1, 1), date(2016, 12, 31))
    add_project(
        sample_store,
        title="Swiss precision tooling",
        stage="signed",
        amount=Decimal("1000000.00"),
        currency="CHF",
        signed_on=date(2016, 5, 2),
    )
    after = office_report(sample_store, date(2016, 1, 1), date(2016, 12, 31))
    money = after.figures.investment.amounts
    assert money.unconverted == {"CHF": Decimal("1000000.00")}
    assert money.by_currency["CHF"] == Decimal("1000000.00")
    assert money.total == before.figures.investment.amounts.total  # not converted at a guess
    assert after.figures.investment.project_count == before.figures.investment.project_count + 1
    assert any("CHF 1,000,000.00" in note for note in after.notes)
    swiss = next(p for p in after.projects.rows if p.currency == "CHF")
    assert swiss.converted is None and swiss.amount == Decimal("1000000.00")
    assert "CHF 1,000,000.00" in report_html(after)
    assert "1,000,000.00 CHF" in report_html(after, for_print=True)


def test_deleted_records_stay_out(sample_store: Store) -> None:
    before = office_report(sample_store)
    victim = sample_id("project:elbflorenz_rd")
    records.delete(sample_store, Project, [victim])
    after = office_report(sample_store)
    assert after.figures.project_count == before.figures.project_count - 1
    assert victim not in {p.id for p in after.projects.rows}
    (live,) = sql(
        sample_store,
        "SELECT count(*) FROM project WHERE deleted_at IS NULL AND office_id = ?",
        hexid(DRESDEN),
    )[0]
    assert after.figures.project_count == live


def test_organizations_table_and_missing_office(sample_store: Store) -> None:
    report = office_report(sample_store)
    names = {
        n
        for (n,) in sql(
            sample_store,
            "SELECT name FROM organization WHERE deleted_at IS NULL AND office_id = ?",
            hexid(DRESDEN),
        )
    }
    assert {o.title for o in report.organizations.rows} == names
    assert report.contacts is None
    with pytest.raises(LookupError):
        build_office_report(sample_store, ReportRequest(uuid.uuid4()), TODAY)
    with pytest.raises(ValueError):
        build_office_report(sample_store, ReportRequest(None), TODAY)


def test_contacts_only_when_included(sample_store: Store, tmp_path: Path) -> None:
    emails = dresden_emails(sample_store)
    assert len(emails) >= 5
    hidden = office_report(sample_store, sections=ALL_OFFICE)  # ticked, not included
    shown = office_report(sample_store, sections=ALL_OFFICE, include_contacts=True)
    assert hidden.contacts is None and "contacts" not in hidden.sections
    assert shown.contacts is not None and shown.contacts.total == len(emails)

    for report, present in ((hidden, False), (shown, True)):
        folder = tmp_path / ("shown" if present else "hidden")
        texts = {
            "html": report_html(report),
            "print": report_html(report, for_print=True),
            "xlsx": xlsx_text(write_report_xlsx(report, folder / "r.xlsx")),
            "csv": write_report_csv(report, folder / "r.csv").read_text("utf-8-sig"),
        }
        for kind, text in texts.items():
            found = [e for e in emails if e in text]
            assert found == (emails if present else []), kind
    assert "Contacts" in openpyxl.load_workbook(tmp_path / "shown" / "r.xlsx").sheetnames
    assert "Contacts" not in openpyxl.load_workbook(tmp_path / "hidden" / "r.xlsx").sheetnames


# --------------------------------------------------------------------------- network report


def test_network_report_rows_totals_and_charts(sample_store: Store) -> None:
    report = build_network_report(sample_store, ReportRequest(None), TODAY)
    live = {n for (n,) in sql(sample_store, "SELECT name FROM office WHERE deleted_at IS NULL")}
    rows = report.offices
    assert {r.name for r in rows if r.office_id} == live
    totals = report.totals
    assert totals.project_count == sum(r.project_count for r in rows)
    assert totals.investment.total == sum((r.investment.total for r in rows), Decimal(0))
    for field in ("organizations", "contacts", "events"):
        assert getattr(totals, field) == sum(getattr(r, field) for r in rows), field
    for i, stage in enumerate(totals.projects_by_stage):
        assert stage.count == sum(r.projects_by_stage[i].count for r in rows)

    # The whole network, "No office" included, against plain counts.
    assert (
        totals.project_count
        == sql(sample_store, "SELECT count(*) FROM project WHERE deleted_at IS NULL")[0][0]
    )
    assert (
        totals.contacts
        == sql(sample_store, "SELECT count(*) FROM contact WHERE deleted_at IS NULL")[0][0]
    )
    assert totals.investment.total == sql_signed_total(
        sample_store, "0001-01-01", "9999-12-31", None
    )
    assert report.figures.investment.amounts.total == totals.investment.total
    for row in rows:
        if row.office_id:
            (n,) = sql(
                sample_store,
                "SELECT count(*) FROM project WHERE deleted_at IS NULL AND office_id = ?",
                hexid(row.office_id),
            )[0]
            assert row.project_count == n, row.name

    charts = {c.name: c for c in report.charts}
    assert set(charts) == {
        "projects_by_office",
        "investment_by_office",
        "projects_by_year",
        "investment_by_year",
    }
    by_office = charts["projects_by_office"]
    assert len(by_office.categories) == len(rows)
    stacked = [sum(s.values[i] for s in by_office.series) for i in range(len(rows))]
    assert stacked == [float(r.project_count) for r in rows]
    money = charts["investment_by_office"].series[0].values
    assert money == pytest.approx([float(r.investment.total) / 1e6 for r in rows], abs=0.01)
    assert sum(charts["projects_by_year"].series[0].values) == totals.project_count
    assert sum(charts["investment_by_year"].series[0].values) == pytest.approx(
        float(totals.investment.total) / 1e6, abs=0.05
    )


def test_network_report_for_a_year(sample_store: Store) -> None:
    report = build_network_report(
        sample_store, ReportRequest(None, date(2024, 1, 1), date(2024, 12, 31)), TODAY
    )
    assert report.totals.investment.total == sql_signed_total(
        sample_store, "2024-01-01", "2024-12-31", None
    )
    (held,) = sql(
        sample_store,
        "SELECT count(*) FROM event WHERE deleted_at IS NULL AND "
        "starts_on BETWEEN '2024-01-01' AND '2024-12-31'",
    )[0]
    assert report.totals.events == held
    assert report.charts[3].categories == ["2024"]  # investment by year: the period only
    assert {p.counted_on.year for p in report.projects.rows} == {2024}
    assert all(e.starts_on.year == 2024 for e in report.events.rows)


def test_network_tables_are_capped_and_say_so(sample_store: Store) -> None:
    report = build_network_report(sample_store, ReportRequest(None), TODAY, row_limit=3)
    assert len(report.projects.rows) == 3 and report.projects.more == report.projects.total - 3
    assert any(f"and {report.projects.more:,} more" in n for n in report.notes)
    counted = [p.counted_on for p in report.projects.rows]
    assert counted == sorted(counted, reverse=True)  # the latest
    assert f"and {report.events.more:,} more" in report_html(report)


# --------------------------------------------------------------------------- files


def test_xlsx_has_real_types_frozen_headers_and_filters(
    sample_store: Store, tmp_path: Path
) -> None:
    report = office_report(sample_store, sections=ALL_OFFICE, include_contacts=True)
    seen: list[tuple[int, int]] = []
    path = write_report_xlsx(
        report, tmp_path / "out" / "dresden.xlsx", progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][0] == seen[-1][1]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Summary",
        "Office details",
        "Key figures",
        "Projects",
        "Events",
        "Organizations",
        "Contacts",
        "Exchange rates",
        "Notes",
    ]
    for sheet in book:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert all(c.font.bold for c in sheet[1]), sheet.title

    headers, rows = sheet_rows(path, "Projects")
    col = {h: i for i, h in enumerate(headers)}
    euro = next(r for r in rows if r[col["Currency"]] == "EUR")
    assert isinstance(euro[col["Investment"]], int | float)
    assert Decimal(str(euro[col["Investment"]])) == Decimal("3200000")
    assert isinstance(euro[col["Signed"]], datetime)  # a real date cell
    assert euro[col["Signed"]].date() == date(2016, 10, 18)
    assert isinstance(euro[col["Jobs created"]], int)
    assert isinstance(euro[col["Amount in CNY"]], int | float)
    sheet = book["Projects"]
    row_number = rows.index(euro) + 2
    amount_cell = sheet.cell(row=row_number, column=col["Investment"] + 1)
    assert amount_cell.number_format == '#,##0.00 "EUR"'
    assert sheet.cell(row=row_number, column=col["Signed"] + 1).number_format == "yyyy-mm-dd"
    assert sheet.cell(row=row_number, column=col["Title"] + 1).data_type == "s"

    _, figures = sheet_rows(path, "Key figures")
    total = next(r for r in figures if str(r[0]).startswith("Signed investment, total"))
    assert total[1] == pytest.approx(float(report.figures.investment.amounts.total))
    _, rates = sheet_rows(path, "Exchange rates")
    assert [(r[0], r[1]) for r in rates] == [(u.base, u.quote) for u in report.rates_used]
    assert not list(tmp_path.joinpath("out").glob("*.tmp"))


def test_network_xlsx_offices_sheet_and_totals(sample_store: Store, tmp_path: Path) -> None:
    report = build_network_report(sample_store, ReportRequest(None), TODAY)
    path = write_report_xlsx(report, tmp_path / "network.xlsx")
    headers, rows = sheet_rows(path, "Offices")
    col = {h: i for i, h in enumerate(headers)}
    body, total = rows[:-1], rows[-1]
    assert total[0] == "Total" and len(body) == len(report.offices)
    invest = "Signed investment (CNY)"
    assert total[col[invest]] == pytest.approx(sum(r[col[invest]] for r in body))
    assert total[col["Projects"]] == sum(r[col["Projects"]] for r in body)
    assert "Chart projects by office" in openpyxl.load_workbook(path).sheetnames


def test_xlsx_cancel_writes_nothing(sample_store: Store, tmp_path: Path) -> None:
    report = office_report(sample_store)
    target = tmp_path / "exports" / "cancelled.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"the previous export")

    def cancel(done: int, total: int) -> None:
        if done == total:
            raise KeyboardInterrupt("cancelled")

    with pytest.raises(KeyboardInterrupt):
        write_report_xlsx(report, target, progress=cancel)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in target.parent.iterdir()] == ["cancelled.xlsx"]


def test_csv_sections_read_back(sample_store: Store, tmp_path: Path) -> None:
    report = office_report(sample_store, date(2015, 1, 1), date(2016, 12, 31))
    sections = csv_sections(write_report_csv(report, tmp_path / "dresden.csv"))
    assert list(sections) == [
        "Summary",
        "Office details",
        "Key figures",
        "Projects",
        "Events",
        "Organizations",
        "Exchange rates",
        "Notes",
    ]
    header, *rows = sections["Projects"]
    col = {h: i for i, h in enumerate(header)}
    assert len(rows) == len(report.projects.rows)
    for row, project in zip(rows, report.projects.rows, strict=True):
        assert row[col["Title"]] == project.title
        assert row[col["Signed"]] == (project.signed_on.isoformat() if project.signed_on else "")
        if project.amount is not None:
            assert Decimal(row[col["Investment"]]) == project.amount
            assert row[col["Currency"]] == project.currency
    summary = dict((r[0], r[1]) for r in sections["Summary"][1:])
    assert summary["Period start"] == "2015-01-01" and summary["Reporting currency"] == "CNY"
    figures = dict((r[0], r[1]) for r in sections["Key figures"][1:])
    assert Decimal(figures["Signed investment, total in CNY"]) == (
        report.figures.investment.amounts.total.quantize(Decimal("0.01"))
    )


def test_html_is_self_contained_and_print_friendly(sample_store: Store) -> None:
    report = office_report(sample_store, sections=ALL_OFFICE)
    page = report_html(report)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert '"Noto Sans CJK SC"' in page and "@page { size: A4" in page
    assert '<td lang="zh">德累斯顿-济南联络处</td>' in page
    assert "<script" not in page and "<img" not in page  # no map picture given
    printed = report_html(report, for_print=True)
    for modern in ("display: grid", "display: flex", "<script", "position: sticky"):
        assert modern not in printed
    assert 'width="100%"' in printed and 'bgcolor="#f3f6f9"' in printed
    assert "3,200,000.00 EUR" in printed and "2016-10-18" in printed


def test_html_pictures_or_chart_numbers(sample_store: Store) -> None:
    report = build_network_report(sample_store, ReportRequest(None), TODAY)
    without = report_html(report)
    assert "<img" not in without
    for chart in report.charts:
        assert chart.title in without  # drawn as a table of its numbers
    images = {"map": "data:image/png;base64,iVBORw0KGgo=", "projects_by_office": "chart-1.png"}
    with_pictures = report_html(report, images, for_print=True, image_width=500)
    assert '<img src="data:image/png;base64,iVBORw0KGgo=" width="500"' in with_pictures
    assert '<img src="chart-1.png" width="500"' in with_pictures
    assert with_pictures.count("<img") == 2
    assert "Signed investment by year" in with_pictures  # still its table


class PrintedTables(HTMLParser):
    """The tables of a printed page: heading and caption in the <thead>, the column
    headers (text lines, width in %), body cells (text lines, style) and pictures."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tables: list[dict[str, Any]] = []
        self._cell: dict[str, Any] | None = None
        self._tag = ""
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self.tables.append(
                {"heading": "", "caption": "", "headers": [], "rows": [], "imgs": [], "head": False}
            )
        elif tag == "thead":
            self.tables[-1]["head"] = True
        elif tag == "tr" and not self.tables[-1]["head"]:
            self.tables[-1]["rows"].append([])
        elif tag in ("th", "td"):
            self._cell = {"lines": [""], "width": a.get("width"), "style": a.get("style") or ""}
            if tag == "th":
                self.tables[-1]["headers"].append(self._cell)
            elif not self.tables[-1]["head"]:
                self.tables[-1]["rows"][-1].append(self._cell)
        elif tag == "br" and self._cell is not None:
            self._cell["lines"].append("")
        elif tag == "img":
            self.tables[-1]["imgs"].append(a.get("src"))
        elif tag == "span" and a.get("class") == "small" and self._cell is not None:
            self._cell["small"] = True
        self._tag = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self.tables[-1]["head"] = False
        elif tag in ("th", "td"):
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._tag in ("h2", "h3") and data.strip():
            self.tables[-1]["heading" if self._tag == "h2" else "caption"] += data.strip()
        elif self._cell is not None:
            self._cell["lines"][-1] += data.strip()


def test_print_keeps_headings_with_what_follows(sample_store: Store) -> None:
    report = build_network_report(sample_store, ReportRequest(None), TODAY)
    page = report_html(report, {"map": "map.png", "projects_by_year": "chart.png"}, for_print=True)
    tables = PrintedTables(page).tables
    headings = [t["heading"] for t in tables if t["heading"]]
    # Every section heading sits in a table's <thead> (Qt keeps header rows with the
    # first row): none is a free-standing <h2> that could end a page alone.
    assert len(re.findall(r"<h2>", page)) == len(headings)
    assert headings[:3] == ["Key figures", "Offices side by side", "Charts"]
    assert {"Map", "Projects", "Events", "Exchange rates used", "Notes"} <= set(headings)
    (map_table,) = [t for t in tables if t["heading"] == "Map"]
    assert map_table["imgs"] == ["map.png"]  # the picture in the heading's table
    for t in tables:
        assert t["rows"] or t["imgs"], t["heading"] or t["caption"]
    notes = next(t for t in tables if t["heading"] == "Notes")
    assert [row[1]["lines"][0] for row in notes["rows"]] == list(report.notes)


def test_print_projects_table_fits_portrait(sample_store: Store) -> None:
    report = build_network_report(sample_store, ReportRequest(None), TODAY)
    tables = PrintedTables(report_html(report, for_print=True)).tables
    (projects,) = [t for t in tables if t["heading"] == "Projects"]
    assert [h["lines"] for h in projects["headers"]] == [
        ["Office"],
        ["Title", "Native title"],
        ["Kind", "Stage"],
        ["Partners"],
        ["Funding programme"],
        ["Investment", "in CNY"],
        ["Jobs created"],
        ["Signed"],
    ]
    by_title = {row[1]["lines"][0]: row for row in projects["rows"]}
    elbflorenz = by_title["Elbflorenz Mikrosysteme sensor R&D centre in Jinan"]
    assert elbflorenz[1]["lines"][1] == "易北佛罗伦萨微系统传感器研发中心"
    assert elbflorenz[2]["lines"] == ["R&D centre", "Completed"]
    amount = elbflorenz[5]
    assert amount["lines"] == ["3,200,000.00 EUR", "23,520,000.00 CNY"]
    assert "white-space: nowrap" in amount["style"]
    assert len(elbflorenz[3]["lines"]) == len(
        next(p for p in report.projects.rows if p.title.startswith("Elbflorenz")).partners
    )
    in_cny = next(r for r in projects["rows"] if r[5]["lines"][0].endswith(" CNY"))
    assert len(in_cny[5]["lines"]) == 1  # not the same amount twice
    # The offices table in two parts, each with the totals, together every column.
    offices = [
        t
        for t in tables
        if t["caption"]
        in (
            "Projects by stage in each office",
            "Signed investment, organizations, contacts and events",
        )
    ]
    assert len(offices) == 2 and offices[0]["heading"] == "Offices side by side"
    assert all(t["rows"][-1][0]["lines"] == ["Total"] for t in offices)
    printed = [h["lines"][0] for t in offices for h in t["headers"][1:]]
    stages = [s.label for s in report.totals.projects_by_stage]
    assert printed == [
        *stages,
        "Projects",
        "Signed investment (CNY)",
        "Organizations",
        "Contacts",
        "Events held",
    ]


def test_print_columns_hold_their_longest_word(sample_store: Store) -> None:
    add_project(
        sample_store,
        title="Präzisionswerkzeugmaschinenbau-Kooperationsprojektentwurf",
        stage="signed",
        amount=Decimal("1234567890.00"),
        currency="CHF",
        signed_on=date(2024, 5, 2),
    )
    pad = 2 * CELL_PADDING
    for report in (
        office_report(sample_store, sections=ALL_OFFICE, include_contacts=True),
        build_network_report(sample_store, ReportRequest(None), TODAY),
    ):
        for t in PrintedTables(report_html(report, for_print=True)).tables:
            if not t["headers"]:
                continue
            widths = [float(h["width"].rstrip("%")) for h in t["headers"]]
            assert sum(widths) == pytest.approx(100, abs=0.5)
            for number, (header, width) in enumerate(zip(t["headers"], widths, strict=True)):
                room = width * PRINT_WIDTH / 100 - pad
                words = header["lines"][0].split() or [""]
                assert room >= max(text_width(w, HEADER_PT, bold=True) for w in words), (
                    t["heading"],
                    header["lines"],
                )
                for row in t["rows"]:
                    cell = row[number]
                    if "nowrap" in cell["style"]:  # amounts, dates, e-mail on one line
                        assert room >= text_width(cell["lines"][0], TEXT_PT), cell["lines"]
                    size = SMALL_PT if cell.get("small") else TEXT_PT
                    for word in cell["lines"][0].split():  # only a giant word may break
                        if len(word) <= 16:
                            assert room >= text_width(word, size), (word, t["heading"])


HOSTILE = "<script>alert(1)</script> ${alert(1)} `x` <img src=x onerror=alert(2)>"


def test_html_escapes_hostile_names(sample_store: Store) -> None:
    records.update(
        sample_store, Office, DRESDEN, name="Dresden " + HOSTILE, name_native="德累斯顿 ${alert(3)}"
    )
    add_project(sample_store, title=HOSTILE, stage="lead")
    for report in (
        office_report(sample_store, sections=ALL_OFFICE),
        build_network_report(sample_store, ReportRequest(None), TODAY),
    ):
        for page in (report_html(report), report_html(report, for_print=True)):
            assert "<script" not in page and "<img" not in page
            assert "${" not in page and "`" not in page
            assert "&lt;script&gt;alert(1)&lt;/script&gt; &#36;{alert(1)} &#96;x&#96;" in page


FORMULAS = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+2",
    "-3+4",
    "@SUM(A1)",
    "\tTab",
    "=1+1",
]


def test_formulas_are_neutralised_in_xlsx_and_csv(sample_store: Store, tmp_path: Path) -> None:
    """XLSX: string cells (never formulas), shown as typed; CSV: the OWASP quote."""
    for formula in FORMULAS:
        add_project(sample_store, title=formula, stage="lead")
    with sample_store.write() as session:
        session.add(Organization(name="=cmd|' /C calc'!A0", office_id=DRESDEN))
    report = office_report(sample_store, sections=ALL_OFFICE)
    book = openpyxl.load_workbook(write_report_xlsx(report, tmp_path / "r.xlsx"))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    # Stored as string cells, exactly as typed (no visible apostrophe), with Excel's
    # hidden quote prefix so that editing the cell does not make it a formula.
    texts = {c.value: c for c in cells if isinstance(c.value, str)}
    for formula in [*FORMULAS, "=cmd|' /C calc'!A0"]:
        assert formula in texts and "'" + formula not in texts
        assert texts[formula].data_type == "s" and texts[formula].quotePrefix

    text = write_report_csv(report, tmp_path / "r.csv").read_text("utf-8-sig")
    cells_csv = {cell for row in csv.reader(io.StringIO(text)) for cell in row}
    for formula in FORMULAS:
        assert "'" + formula in cells_csv and formula not in cells_csv


def test_other_reporting_currency(sample_store: Store) -> None:
    report = office_report(sample_store, date(2015, 1, 1), date(2016, 12, 31), currency="EUR")
    money = report.figures.investment.amounts
    # 3,200,000 EUR as is, 1,500,000 CNY through the inverse of the 2015 EUR->CNY rate.
    (rate,) = sql(
        sample_store,
        "SELECT rate FROM exchange_rate WHERE base = 'EUR' AND "
        '"on" <= \'2015-11-20\' ORDER BY "on" DESC LIMIT 1',
    )[0]
    cny = sum(
        (
            Decimal(a)
            for (a,) in sql(
                sample_store,
                "SELECT amount FROM project WHERE office_id = ? AND currency = 'CNY' "
                "AND signed_on BETWEEN '2015-01-01' AND '2016-12-31'",
                hexid(DRESDEN),
            )
        ),
        Decimal(0),
    )
    eur = sum(
        (
            Decimal(a)
            for (a,) in sql(
                sample_store,
                "SELECT amount FROM project WHERE office_id = ? AND currency = 'EUR' "
                "AND signed_on BETWEEN '2015-01-01' AND '2016-12-31'",
                hexid(DRESDEN),
            )
        ),
        Decimal(0),
    )
    assert money.total == pytest.approx(eur + cny / Decimal(rate))
    assert [r.base for r in report.rates_used] == ["EUR"]


# --------------------------------------------------------------------------- benchmark size


def _bulk_network(
    store: Store, contacts: int, organizations: int, projects: int, events: int
) -> None:
    """Benchmark-sized data, inserted in bulk (no validation: only the counts matter)."""
    import random

    rng = random.Random(5)
    offices = [o for (o,) in sql(store, "SELECT id FROM office")]
    office_ids = [uuid.UUID(o) for o in offices]
    now = datetime.now(UTC)

    def base() -> dict[str, Any]:
        return {
            "id": uuid.uuid4(),
            "created_at": now - timedelta(days=rng.randrange(3000)),
            "updated_at": now,
            "deleted_at": None,
            "office_id": rng.choice(office_ids),
        }

    stages = ["lead", "in_talks", "signed", "in_progress", "completed", "on_hold", "dropped"]
    batches: list[tuple[Any, Callable[[int], dict[str, Any]]]] = [
        (Organization, lambda i: {**base(), "name": f"Org {i}", "kind": "company"}),
        (
            Contact,
            lambda i: {
                **base(),
                "given_name": "P",
                "family_name": f"N{i}",
                "emails": [f"p{i}@example.com"],
            },
        ),
        (
            Project,
            lambda i: {
                **base(),
                "title": f"Project {i}",
                "stage": rng.choice(stages),
                "amount": Decimal(rng.randrange(10_000, 50_000_000)),
                "currency": rng.choice(["CNY", "EUR", "USD"]),
                "signed_on": date(2015, 1, 1) + timedelta(rng.randrange(4000)),
            },
        ),
        (
            Event,
            lambda i: {
                **base(),
                "title": f"Meeting {i}",
                "kind": "meeting",
                "starts_on": date(2015, 1, 1) + timedelta(rng.randrange(4500)),
            },
        ),
    ]
    sizes = {Organization: organizations, Contact: contacts, Project: projects, Event: events}
    with store.engine.begin() as conn:
        for model, make in batches:
            conn.execute(insert(model), [make(i) for i in range(sizes[model])])


@pytest.mark.slow
def test_network_report_is_fast_on_a_big_network(sample_store: Store) -> None:
    _bulk_network(
        sample_store, contacts=100_000, organizations=5_000, projects=20_000, events=50_000
    )
    started = time.perf_counter()
    report = build_network_report(sample_store, ReportRequest(None), TODAY)
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"network report took {elapsed:.1f} s"
    assert report.totals.contacts == 100_000 + 40
    assert len(report.projects.rows) == 200 and report.projects.more == 20_000 + 18 - 200
    assert report.totals.project_count == 20_018
    started = time.perf_counter()
    html = report_html(report, for_print=True)
    assert time.perf_counter() - started < 5
    assert "and 19,818 more" in html


def test_network_total_is_the_sum_of_the_printed_rows(empty_store: Store) -> None:
    """Each conversion is rounded to the cent before adding: 3 x (1 EUR at 7.345) is
    3 x 7.35 = 22.05, as the rows print, not 22.035 shown as 22.04."""
    from office_desk.core.models import ExchangeRate

    with empty_store.write() as session:
        session.add(
            ExchangeRate(on=date(2020, 1, 1), base="EUR", quote="CNY", rate=Decimal("7.345"))
        )
        for city in ("Dresden", "Munich", "Vienna"):
            office = Office(name=f"{city} office", city=city, country="DE")
            session.add(office)
            session.flush()
            session.add(
                Project(
                    title=f"{city} project",
                    stage="signed",
                    amount=Decimal("1.00"),
                    currency="EUR",
                    signed_on=date(2021, 5, 1),
                    office_id=office.id,
                )
            )
    report = build_network_report(empty_store, ReportRequest(None), date(2026, 1, 1))
    rows = [row.investment.total for row in report.offices if row.project_count]
    assert rows == [Decimal("7.35")] * 3
    assert report.totals.investment.total == sum(rows) == Decimal("22.05")
