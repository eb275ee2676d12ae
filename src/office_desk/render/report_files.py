"""Office and network reports as files: PDF, XLSX, CSV and HTML, from one place.

The content comes from :mod:`office_desk.core.reports` (plain data, no Qt). This module
adds what needs Qt: the chart pictures (Qt Charts), the map picture (QtWebEngine) and
the PDF pages (Chromium through QtWebEngine, :mod:`office_desk.render.report_pdf`).
The GUI calls the steps apart (content on the worker thread, pictures and pages on the
GUI thread); the command line calls :func:`write_report`.
"""

from __future__ import annotations

import base64
import logging
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPageSize

from ..core.file_replace import move_into_place
from ..core.i18n import translate
from ..core.map_contents import MapFilters
from ..core.reports import (
    ReportRequest,
    build_network_report,
    build_office_report,
    report_html,
    write_report_csv,
    write_report_xlsx,
)
from ..core.store.database import Store
from .report_pdf import PrintableReport, write_pdf

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("pdf", "xlsx", "csv", "html")
#: File-dialog filters (English; the GUI shows them translated, context "ReportFormats").
FORMAT_FILTERS: dict[str, str] = {
    "pdf": QT_TRANSLATE_NOOP("ReportFormats", "PDF document (*.pdf)"),
    "xlsx": QT_TRANSLATE_NOOP("ReportFormats", "Excel workbook (*.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("ReportFormats", "CSV table (*.csv)"),
    "html": QT_TRANSLATE_NOOP("ReportFormats", "Web page (*.html)"),
}
MAP_SIZE = (1400, 860)


@dataclass
class Pictures:
    """The report's pictures as PNG bytes by name ("map", chart names), and what failed."""

    images: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def build_report(store: Store, request: ReportRequest, today: date | None = None) -> Any:
    """The report's content (no Qt; safe on a worker thread)."""
    today = today or date.today()
    if request.office_id is None:
        return build_network_report(store, request, today)
    return build_office_report(store, request, today)


def wants_pictures(request: ReportRequest, fmt: str) -> bool:
    return fmt in ("pdf", "html")


def report_pictures(
    store: Store, report: Any, request: ReportRequest, with_map: bool = True
) -> Pictures:
    """Chart pictures and, if the report has a map section, the map picture.

    Needs the Qt application (GUI thread). A map that cannot be drawn (QtWebEngine
    missing or too slow) leaves the map out and says so in ``problems``; the rest of
    the report is still made.
    """
    from PySide6.QtWidgets import QApplication

    from .map_picture import ensure_application
    from .report_charts import chart_pngs

    wants_map = with_map and "map" in request.sections
    if wants_map or QApplication.instance() is None:
        ensure_application()  # the map needs QtWebEngine set up; charts any QApplication
    pictures = Pictures()
    if report.has("charts"):
        pictures.images.update(chart_pngs(getattr(report, "charts", [])))
    if wants_map:
        try:
            pictures.images["map"] = map_png(store, request.office_id)
        except Exception as exc:  # the report stays useful without its map
            log.warning("map picture failed", exc_info=exc)
            pictures.problems.append(
                translate(  # the command line's language too
                    "ReportPdf", "The map picture could not be drawn ({error})."
                ).format(error=exc)
            )
    return pictures


def map_png(store: Store, office_id: Any) -> bytes:
    """The network map (or one office's part of it) as PNG bytes."""
    from .map_picture import render_map_png

    with tempfile.TemporaryDirectory(prefix="office-desk-report-") as folder:
        path = Path(folder) / "map.png"
        render_map_png(store, path, MapFilters(office_id=office_id), size=MAP_SIZE)
        return path.read_bytes()


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def html_document(report: Any, pictures: Pictures) -> str:
    """The stand-alone HTML page, pictures inlined (opens offline, mails as one file)."""
    return report_html(report, {name: _data_uri(png) for name, png in pictures.images.items()})


def printable(report: Any, pictures: Pictures) -> PrintableReport:
    """The report laid out for paper: the print HTML with its pictures inline, and the
    running header and footer (title, period, generation date, page numbers)."""
    sources = {name: _data_uri(png) for name, png in pictures.images.items()}
    return PrintableReport(
        # An office report's map fits under its key figures on the first page.
        html=report_html(
            report,
            sources,
            for_print=True,
            image_width=540 if getattr(report, "kind", "") == "office" else 640,
        ),
    )


def save_report(
    report: Any, pictures: Pictures, fmt: str, path: Path, paper: QPageSize.PageSizeId | None = None
) -> Path:
    """Write the report in ``fmt`` at ``path`` (each writer goes through a temporary file)."""
    path = Path(path)
    if fmt == "pdf":
        write_pdf(printable(report, pictures), path, paper)
    elif fmt == "html":
        temporary = path.with_name(f".{path.name}.part")
        try:
            temporary.write_text(html_document(report, pictures), encoding="utf-8")
            move_into_place(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
    elif fmt == "xlsx":
        write_report_xlsx(report, path)
    elif fmt == "csv":
        write_report_csv(report, path)
    else:
        raise ValueError(f"unknown report format {fmt!r}; one of {', '.join(FORMATS)}")
    return path


def write_report(
    store: Store,
    request: ReportRequest,
    fmt: str,
    path: Path,
    today: date | None = None,
    paper: QPageSize.PageSizeId | None = None,
    images: Mapping[str, bytes] | None = None,
) -> list[str]:
    """Build and write a report in one go (the command line); the problems noticed."""
    report = build_report(store, request, today)
    pictures = Pictures(dict(images or {}))
    if wants_pictures(request, fmt) and images is None:
        pictures = report_pictures(store, report, request)
    save_report(report, pictures, fmt, path, paper)
    return pictures.problems
