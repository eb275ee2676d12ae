"""A report as one CSV file: its sections stacked, each under a ``# Title`` line.

UTF-8 with a byte-order mark (so Excel shows Chinese and German names right), comma
separated, quoted where needed. Each section is a title row (``# Projects``), a header
row, its rows and a blank line. Dates are ISO (YYYY-MM-DD); amounts are plain numbers
with two decimals and no thousands separators (the currency is in its own column or in
the header), so the file reads back into any tool. Every text cell is neutralised
against formula injection. Written next to its destination, then moved into place.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ..cell_safety import safe_cell
from ..file_replace import replaced_on_success
from .content import Report
from .report_tables import Cell, Money, content_tables

_CENT = Decimal("0.01")


def csv_value(value: Cell) -> object:
    """A cell as CSV text: ISO dates, plain numbers, neutralised text."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return str(value.amount.quantize(_CENT))
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    return safe_cell(str(value))


def write_report_csv(report: Report, path: Path | str) -> Path:
    """Write ``report`` to ``path`` as stacked CSV sections (UTF-8 with BOM)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        replaced_on_success(target) as temp,
        open(temp, "w", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out)
        for table in content_tables(report):
            shown = [i for i, c in enumerate(table.columns) if c.in_sheet]
            writer.writerow([safe_cell(f"# {table.title}")])
            writer.writerow([safe_cell(table.columns[i].header) for i in shown])
            for row in table.rows:
                writer.writerow([csv_value(row[i]) for i in shown])
            if table.note:
                writer.writerow([safe_cell(f"# {table.note}")])
            writer.writerow([])
    return target
