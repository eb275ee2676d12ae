"""A report's sections as typed tables, shared by the HTML, XLSX and CSV files.

Each :class:`Table` has columns that say what kind of value they hold (text, date,
whole number, decimal number, money), and rows of typed cells: dates stay ``date``,
amounts stay ``Decimal`` with their currency (:class:`Money`), so the XLSX gets real
dates and numbers and the CSV and HTML format them one way everywhere (ISO dates,
thousands separators and a currency code).

The tables of projects, events, organizations and contacts take their record columns
from the registry of kinds (:mod:`.report_fields`), with the report's own columns (the
office, partners, the amount in the reporting currency) placed among them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from .. import locale_format
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..kinds import FieldSpec
from .content import (
    Cell,
    ChartData,
    KeyFigures,
    Listing,
    Money,
    NetworkReport,
    OfficeReport,
    OfficeRow,
    ProjectRow,
    RecordRow,
    Report,
    TextList,
)
from .report_fields import column_kind, on_page, report_fields
from .request import NETWORK_SECTIONS, OFFICE_SECTIONS

__all__ = ["Cell", "Column", "Money", "Table", "TextList"]  # Cell, Money, TextList: content


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text | date | int | number | money | mixed (by cell type)
    width: int = 14  # characters, for spreadsheets
    in_html: bool = True  # False: a spreadsheet-only column (e.g. the bare currency code)
    in_sheet: bool = True  # False: an HTML-only column (e.g. a short office label)
    key: str = ""  # a field's name, or the report's own column ("office", "partners"...)


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[list[Cell]]
    note: str = ""  # e.g. "and 1,234 more not shown"
    total_rows: int = 0  # trailing rows that are totals (drawn bold)
    extra: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- formatting


def format_money(value: Money | None) -> str:
    """``3,200,000.00 EUR`` (in German ``3.200.000,00 EUR``)."""
    if value is None:
        return ""
    return locale_format.format_money(value.amount, value.currency)


def format_cell(value: Cell) -> str:
    """Text for a cell in the current language's conventions (English: ISO dates,
    thousands commas), money with its currency code."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return format_money(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return locale_format.format_date(value)
    if isinstance(value, bool):
        return translate("Report", "yes") if value else translate("Report", "no")
    if isinstance(value, int):
        return locale_format.format_number(value)
    if isinstance(value, Decimal):
        return locale_format.format_number(
            value, 2 if value == value.quantize(Decimal("0.01")) else None
        )
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return str(value)


_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def lang_of(text: object) -> str:
    """``"zh"`` for text with Chinese characters (so fonts and line breaking fit), else ""."""
    return "zh" if isinstance(text, str) and _CJK.search(text) else ""


def section_title(report: Report, key: str) -> str:
    labels = NETWORK_SECTIONS if isinstance(report, NetworkReport) else OFFICE_SECTIONS
    if key == "contacts":
        return translate("Report", "Contacts")
    if key == "map":
        return translate("Report", "Map")
    return translate("ReportSections", labels[key]) if key in labels else key.title()


# --------------------------------------------------------------------------- tables


def _more(listing: Listing[Any]) -> str:
    if not listing.more:
        return ""
    return translate("Report", "… and {count} more not shown.").format(count=f"{listing.more:,}")


def summary_table(report: Report) -> Table:
    rows: list[list[Cell]] = [
        [translate("Report", "Report"), report.title],
        [translate("Report", "Period"), report.period_label],
        [translate("Report", "Period start"), report.start],
        [translate("Report", "Period end"), report.end],
        [translate("Report", "Reporting currency"), report.currency],
        [translate("Report", "Generated"), report.generated_at.replace(tzinfo=None, microsecond=0)],
    ]
    if isinstance(report, OfficeReport):
        rows.insert(1, [translate("Report", "Office"), report.office.name])
    return Table(
        "summary",
        translate("Report", "Summary"),
        [
            Column(translate("Report", "Item"), width=28),
            Column(translate("Report", "Value"), width=60),
        ],
        rows,
    )


def figures_table(figures: KeyFigures, currency: str) -> Table:
    """The key figures as label/value rows (the HTML draws them as cards instead)."""
    money = figures.investment.amounts
    rows: list[list[Cell]] = [
        [translate("Report", "Projects in the period"), figures.project_count]
    ]
    rows += [
        [translate("Report", "Projects: {stage}").format(stage=s.label), s.count]
        for s in figures.projects_by_stage
    ]
    rows.append(
        [translate("Report", "Projects signed in the period"), figures.investment.project_count]
    )
    rows += [
        [
            translate("Report", "Signed investment in {currency}").format(currency=code),
            Money(value, code),
        ]
        for code, value in sorted(money.by_currency.items())
    ]
    rows.append(
        [
            translate("Report", "Signed investment, total in {currency}").format(currency=currency),
            Money(money.total, currency),
        ]
    )
    rows += [
        [
            translate("Report", "Not converted to {currency} (no rate): {code}").format(
                currency=currency, code=code
            ),
            Money(value, code),
        ]
        for code, value in sorted(money.unconverted.items())
    ]
    rows += [
        [translate("Report", "New organizations"), figures.new_organizations],
        [translate("Report", "New contacts"), figures.new_contacts],
        [translate("Report", "Events held"), figures.events_held],
    ]
    rows += [
        [translate("Report", "Events held: {kind}").format(kind=k.label), k.count]
        for k in figures.events_by_kind
    ]
    if figures.events_planned:
        rows.append(
            [translate("Report", "Events still to come in the period"), figures.events_planned]
        )
    return Table(
        "figures",
        translate("Report", "Key figures"),
        [
            Column(translate("Report", "Figure"), width=44),
            Column(translate("Report", "Value"), "mixed", width=22),
        ],
        rows,
    )


def details_table(report: OfficeReport) -> Table:
    o = report.office
    rows: list[list[Cell]] = [
        [translate("Report", "Name"), o.name],
        [translate("Report", "Native name"), o.name_native],
        [translate("Report", "City"), o.city],
        [translate("Report", "Country"), o.country_name],
        [translate("Report", "Address"), o.address],
        [translate("Report", "Established"), o.established_on],
        [translate("Report", "Status"), o.status],
        [translate("Report", "Counterpart office"), o.counterpart],
        [translate("Report", "Phone"), o.phone],
        [translate("Report", "Email"), o.email],
        [translate("Report", "Website"), o.website],
        [translate("Report", "Focus areas"), ", ".join(o.focus_areas)],
    ]
    return Table(
        "details",
        translate("Report", "Office details"),
        [
            Column(translate("Report", "Field"), width=22),
            Column(translate("Report", "Value"), width=60),
        ],
        [r for r in rows if r[1] not in ("", None)],
    )


# ------------------------------------------------------------------ tables of records
#
# The record columns come from the registry (report_fields); the report's own columns
# are placed among them: the office first (network report), a project's partners after
# its stage, its amount in the reporting currency after the amount and its currency.

Own = tuple[Column, Callable[[Any], Cell]]  # one of the report's own columns, its cell


def field_column(field: FieldSpec) -> Column:
    """The table column of a report field: its label, cell kind and width."""
    return Column(
        field.shown_label, column_kind(field), field.width, in_html=on_page(field), key=field.name
    )


def _after(columns: list[Column], keys: Sequence[str]) -> int:
    """The position after the last of the columns ``keys`` present (0 if none is)."""
    found = [i for i, c in enumerate(columns) if c.key in keys]
    return found[-1] + 1 if found else 0


def _value_of(name: str) -> Callable[[RecordRow], Cell]:
    return lambda row: row.values.get(name)


def record_table(
    key: str,
    kind: str,
    listing: Listing[Any],
    *,
    first: Sequence[Own] = (),
    placed: Sequence[tuple[Sequence[str], Own]] = (),
) -> Table:
    """The table ``key`` of ``listing`` (rows of ``kind``): its report fields, the
    columns ``first`` before them and each ``placed`` column after the last of the
    columns it names (first where none of them is there)."""
    fields = report_fields(kind)
    columns = [field_column(f) for f in fields]
    cells = [_value_of(f.name) for f in fields]
    for anchors, (column, cell) in placed:
        at = _after(columns, anchors)
        columns.insert(at, column)
        cells.insert(at, cell)
    for column, cell in reversed(first):
        columns.insert(0, column)
        cells.insert(0, cell)
    rows = [[cell(row) for cell in cells] for row in listing.rows]
    return Table(key, translate("Report", _TITLES[key]), columns, rows, _more(listing))


_TITLES = {
    "projects": QT_TRANSLATE_NOOP("Report", "Projects"),
    "events": QT_TRANSLATE_NOOP("Report", "Events"),
    "organizations": QT_TRANSLATE_NOOP("Report", "Organizations"),
    "contacts": QT_TRANSLATE_NOOP("Report", "Contacts"),
}


def _office_column() -> Own:
    return (Column(translate("Report", "Office"), width=12, key="office"), lambda r: r.office)


def projects_table(listing: Listing[ProjectRow], currency: str, with_office: bool) -> Table:
    partners: Own = (
        Column(translate("Report", "Partners"), width=22, key="partners"),
        lambda p: TextList(p.partners),
    )
    converted: Own = (
        Column(
            translate("Report", "Amount in {currency}").format(currency=currency),
            "money",
            width=17,
            key="converted",
        ),
        lambda p: Money(p.converted, currency) if p.converted is not None else None,
    )
    return record_table(
        "projects",
        "project",
        listing,
        first=[_office_column()] if with_office else [],
        placed=[
            (("title", "title_native", "kind", "stage"), partners),
            (("amount", "currency", "partners"), converted),
        ],
    )


def events_table(report: Report) -> Table:
    with_office = isinstance(report, NetworkReport)
    return record_table(
        "events", "event", report.events, first=[_office_column()] if with_office else []
    )


def organizations_table(report: OfficeReport) -> Table:
    return record_table("organizations", "organization", report.organizations)


def contacts_table(report: OfficeReport) -> Table | None:
    if report.contacts is None:
        return None
    return record_table("contacts", "contact", report.contacts)


TOTAL_LABEL = QT_TRANSLATE_NOOP("Report", "Total")


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def city(self) -> str: ...


def short_labels(rows: Sequence[_Named]) -> list[str]:
    """Each office's city (its name where the city is missing or shared by two offices)."""
    cities = [r.city for r in rows]
    return [r.city if r.city and cities.count(r.city) == 1 else r.name for r in rows]


def _not_converted(row: OfficeRow) -> str:
    return "; ".join(
        f"{code} {value:,.2f}" for code, value in sorted(row.investment.unconverted.items())
    )


def offices_table(report: NetworkReport) -> Table:
    """One row per office and the totals row. The HTML shows each office by its short
    label (its city, as in the charts) and leaves out empty "Not converted" columns."""
    stages = report.totals.projects_by_stage
    unconverted = any(r.investment.unconverted for r in [*report.offices, report.totals])
    columns = [
        Column(translate("Report", "Office"), width=36, in_html=False),
        Column(translate("Report", "City"), width=18, in_html=False),
        Column(translate("Report", "Office"), width=12, in_sheet=False),
        Column(translate("Report", "Status"), width=10, in_html=False),
    ]
    columns += [Column(s.label, "int", width=7) for s in stages]
    columns += [
        Column(translate("Report", "Projects"), "int", 8),
        Column(
            translate("Report", "Signed investment ({currency})").format(currency=report.currency),
            "money",
            17,
        ),
        Column(translate("Report", "Not converted"), width=16, in_html=unconverted),
        Column(translate("Report", "Organizations"), "int", 9),
        Column(translate("Report", "Contacts"), "int", 8),
        Column(translate("Report", "Events held"), "int", 8),
    ]
    labels = short_labels(report.offices)
    rows: list[list[Cell]] = []
    total = translate("Report", TOTAL_LABEL)
    for row, label in [*zip(report.offices, labels, strict=True), (report.totals, total)]:
        rows.append(
            [
                row.name,
                row.city,
                label,
                row.status,
                *(s.count for s in row.projects_by_stage),
                row.project_count,
                Money(row.investment.total, report.currency),
                _not_converted(row),
                row.organizations,
                row.contacts,
                row.events,
            ]
        )
    return Table(
        "offices", translate("Report", "Offices side by side"), columns, rows, total_rows=1
    )


def chart_table(chart: ChartData) -> Table:
    """A chart's numbers, for formats without the picture."""
    columns = [Column("", width=24)] + [Column(s.label, "number", 14) for s in chart.series]
    rows: list[list[Cell]] = [
        [category, *(s.values[i] for s in chart.series)]
        for i, category in enumerate(chart.categories)
    ]
    return Table(chart.name, chart.title, columns, rows, extra={"unit": chart.unit})


def rates_table(report: Report) -> Table:
    columns = [
        Column(translate("Report", "From"), width=6),
        Column(translate("Report", "To"), width=6),
        Column(translate("Report", "Valid from"), "date", 12),
        Column(translate("Report", "Rate"), "number", 12),
        Column(translate("Report", "Amounts converted"), "int", 18),
        Column(translate("Report", "Source"), width=44),
    ]
    rows: list[list[Cell]] = [
        [r.base, r.quote, r.on, r.rate, r.amounts, r.source] for r in report.rates_used
    ]
    return Table("rates", translate("Report", "Exchange rates"), columns, rows)


def notes_table(report: Report) -> Table:
    return Table(
        "notes",
        translate("Report", "Notes"),
        [Column(translate("Report", "Note"), width=120)],
        [[n] for n in report.notes],
    )


def content_tables(report: Report) -> list[Table]:
    """Every table of the report's sections, in report order, then rates and notes."""
    tables = [summary_table(report)]
    for key in report.sections:
        if key == "details" and isinstance(report, OfficeReport):
            tables.append(details_table(report))
        elif key == "figures":
            tables.append(figures_table(report.figures, report.currency))
        elif key == "offices" and isinstance(report, NetworkReport):
            tables.append(offices_table(report))
        elif key == "charts" and isinstance(report, NetworkReport):
            tables.extend(chart_table(c) for c in report.charts)
        elif key == "projects":
            tables.append(
                projects_table(report.projects, report.currency, isinstance(report, NetworkReport))
            )
        elif key == "events":
            tables.append(events_table(report))
        elif key == "organizations" and isinstance(report, OfficeReport):
            tables.append(organizations_table(report))
        elif key == "contacts" and isinstance(report, OfficeReport):
            table = contacts_table(report)
            if table is not None:
                tables.append(table)
    tables += [rates_table(report), notes_table(report)]
    return tables
