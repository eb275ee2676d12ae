"""The file name the Save dialog and the CLI suggest for a report.

``Dresden office report 2025.pdf`` for a calendar year, ``Network report 2025-01-01 to
2025-06-30.xlsx`` for another period, ``Dresden office report.html`` for all time.
Characters that Windows, macOS or Linux refuse in a file name are left out.
"""

from __future__ import annotations

import re
from datetime import date

from ..i18n import translate
from .content import OfficeReport, Report

FORMATS: tuple[str, ...] = ("pdf", "xlsx", "csv", "html")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def period_suffix(start: date | None, end: date | None) -> str:
    """`` 2025`` for a whole calendar year, else the ISO bounds ("" for all time)."""
    if start and end:
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return f" {start.year}" if start.year == end.year else f" {start.year}-{end.year}"
        return translate("Report", " {start} to {end}").format(
            start=start.isoformat(), end=end.isoformat()
        )
    if start:
        return translate("Report", " from {date}").format(date=start.isoformat())
    if end:
        return translate("Report", " until {date}").format(date=end.isoformat())
    return ""


def report_file_name(report: Report, fmt: str) -> str:
    """A file name for ``report`` saved as ``fmt`` (pdf, xlsx, csv or html)."""
    extension = fmt.strip().lower().lstrip(".")
    if extension not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (one of {', '.join(FORMATS)})")
    if isinstance(report, OfficeReport):
        place = report.office.city or report.office.name
        stem = translate("Report", "{place} office report").format(place=place)
    else:
        stem = translate("Report", "Network report")
    name = _UNSAFE.sub("", stem + period_suffix(report.start, report.end)).strip(" .")
    return f"{name or translate('Report', 'Report')}.{extension}"
