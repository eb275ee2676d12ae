"""A report as an Excel workbook: a sheet per section, ready to sort, filter and sum.

Sheets: Summary, Office details, Key figures, Offices (network), one per chart's
numbers (network), Projects, Events, Organizations, Contacts (only when the user
included them), Exchange rates and Notes. Each has a bold, frozen header row and an
auto filter; dates are real dates (``yyyy-mm-dd``), amounts real numbers formatted with
their currency code (``#,##0.00 "EUR"``), counts whole numbers. Every text cell is
stored as text and neutralised (a name starting with ``=`` never becomes a formula).
The file is written next to its destination and moved into place at the end, so a
failed or cancelled export never leaves half a file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..cell_safety import FORMULA_TRIGGERS
from ..file_replace import replaced_on_success
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..text_safety import export_text
from .content import Report
from .report_tables import Cell, Money, Table, content_tables

Progress = Callable[[int, int], None]

_SHEET_NAMES = {
    "summary": QT_TRANSLATE_NOOP("Report", "Summary"),
    "details": QT_TRANSLATE_NOOP("Report", "Office details"),
    "figures": QT_TRANSLATE_NOOP("Report", "Key figures"),
    "offices": QT_TRANSLATE_NOOP("Report", "Offices"),
    "projects": QT_TRANSLATE_NOOP("Report", "Projects"),
    "events": QT_TRANSLATE_NOOP("Report", "Events"),
    "organizations": QT_TRANSLATE_NOOP("Report", "Organizations"),
    "contacts": QT_TRANSLATE_NOOP("Report", "Contacts"),
    "rates": QT_TRANSLATE_NOOP("Report", "Exchange rates"),
    "notes": QT_TRANSLATE_NOOP("Report", "Notes"),
}
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
_TOTAL_FONT = Font(bold=True)
_TOTAL_FILL = PatternFill("solid", fgColor="DDE5EF")
_CENT = Decimal("0.01")


def sheet_name(table: Table) -> str:
    """The sheet a table goes to (Excel allows 31 characters, no ``[]:*?/\\``)."""
    name = _SHEET_NAMES.get(table.key)
    if name is None:
        name = translate("Report", "Chart {name}").format(name=table.key.replace("_", " "))
    else:
        name = translate("Report", name)
    for bad in "[]:*?/\\":
        name = name.replace(bad, " ")
    return name[:31]


def money_format(currency: str) -> str:
    """``#,##0.00 "EUR"``: a number shown with its currency code."""
    code = "".join(ch for ch in currency if ch.isalnum())
    return f'#,##0.00 "{code}"' if code else "#,##0.00"


def _put(sheet: Worksheet, row: int, column: int, value: Cell) -> None:
    cell = sheet.cell(row=row, column=column)
    if value is None:
        return
    if isinstance(value, Money):
        cell.value = value.amount.quantize(_CENT)
        cell.number_format = money_format(value.currency)
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, bool):
        cell.value = "yes" if value else "no"
        cell.data_type = "s"
    elif isinstance(value, int):
        cell.value = value
        cell.number_format = "#,##0"
    elif isinstance(value, Decimal):
        cell.value = value
        cell.number_format = "0.00####"
    elif isinstance(value, float):
        cell.value = value
        cell.number_format = "#,##0.00"
    else:
        # A string cell is never run as a formula, so text starting with = + - @ (a
        # phone number "+49 351 ...") is stored as typed, with no visible apostrophe;
        # Excel's hidden quote prefix keeps it text when the cell is edited.
        text = export_text(str(value))  # no bidi controls (core.text_safety)
        cell.value = text
        cell.data_type = "s"  # after the value, which would make "=..." a formula
        if text.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True


def _write_table(sheet: Worksheet, table: Table, tick: Callable[[int], None]) -> None:
    shown = [i for i, c in enumerate(table.columns) if c.in_sheet]
    for out, index in enumerate(shown, start=1):
        column = table.columns[index]
        _put(sheet, 1, out, column.header)
        header = sheet.cell(row=1, column=out)
        header.font = _HEADER_FONT
        header.fill = _HEADER_FILL
        header.alignment = Alignment(vertical="top", wrap_text=True)
        sheet.column_dimensions[get_column_letter(out)].width = column.width + 2
    first_total = len(table.rows) - table.total_rows
    for number, row in enumerate(table.rows):
        for out, index in enumerate(shown, start=1):
            _put(sheet, number + 2, out, row[index])
            if number >= first_total:
                sheet.cell(row=number + 2, column=out).font = _TOTAL_FONT
                sheet.cell(row=number + 2, column=out).fill = _TOTAL_FILL
        tick(1)
    sheet.freeze_panes = "A2"
    last = get_column_letter(max(len(shown), 1))
    sheet.auto_filter.ref = f"A1:{last}{max(len(table.rows) + 1, 1)}"


def _atomic_save(workbook: Workbook, path: Path) -> None:
    with replaced_on_success(path) as temp:
        workbook.save(temp)


def write_report_xlsx(report: Report, path: Path | str, progress: Progress | None = None) -> Path:
    """Write ``report`` to ``path`` (.xlsx); ``progress(done, total)`` is called now and then
    and may raise to cancel (nothing is written then)."""
    target = Path(path)
    tables = content_tables(report)
    total = sum(len(t.rows) for t in tables) + 1
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None and (done % 500 == 0):
            progress(min(done, total - 1), total)

    if progress is not None:
        progress(0, total)
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = report.title
    workbook.properties.creator = "Office Desk"
    used: set[str] = set()
    for table in tables:
        name = sheet_name(table)
        while name in used:
            name = name[:28] + f" {len(used)}"
        used.add(name)
        _write_table(workbook.create_sheet(name), table, tick)
    if progress is not None:
        progress(total, total)  # last chance to cancel: nothing is written yet
    _atomic_save(workbook, target)
    return target
