"""Print-quality pages of a report: PDF files, the printer, and the print preview.

The report's HTML (:func:`office_desk.core.reports.report_html` with ``for_print``) is
laid out by Qt's rich-text engine (``QTextDocument``) on pages of the chosen size, and
each page gets a header (report title, period) and a footer (generation date, "Page 3
of 7") painted around it. The same painting serves a PDF file (``QPdfWriter``), a
printer and the preview dialog (``QPrinter``), so what users preview is what prints.

Paper is A4, or US Letter where the locale uses it (the United States, Canada, Mexico,
the Philippines and a few others, as ``QPageSize`` reports for ``QLocale``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from .report_fonts import report_font

#: Layout units: the document is laid out at 96 dots per inch and scaled to the device.
LAYOUT_DPI = 96
PDF_DPI = 300
MARGINS_MM = QMarginsF(16, 14, 16, 14)
HEADER_HEIGHT = 34.0  # layout pixels
FOOTER_HEIGHT = 30.0

#: Territories whose paper is US Letter (the rest of the world uses A4).
_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia,
    QLocale.Country.Venezuela, QLocale.Country.CostaRica, QLocale.Country.Guatemala,
    QLocale.Country.PuertoRico,
}


def paper_for_locale(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """US Letter where the locale's territory uses it, else A4."""
    territory = (locale or QLocale()).territory()
    if territory in _LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


@dataclass
class PrintableReport:
    """What goes on paper: the HTML, its pictures, and the header and footer lines."""

    html: str
    title: str
    subtitle: str = ""  # the period, shown at the right of the header
    footer: str = ""  # e.g. "Office Desk · generated 2026-11-25 14:02"
    images: Mapping[str, bytes | QImage] = field(default_factory=dict)  # src -> picture


def _layout_device() -> QImage:
    """A 96-dpi stand-in device: the layout (points to pixels) is then the same on every
    platform, whatever the screen's logical DPI (72 on macOS, 96 elsewhere)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    dots_per_meter = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    return image


def _document(report: PrintableReport, width: float, height: float,
              device: QImage) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(report_font(9.5))
    document.setDocumentMargin(0)
    for name, picture in report.images.items():
        image = picture if isinstance(picture, QImage) else QImage.fromData(picture)
        if image.isNull():
            raise ValueError(f"the picture {name!r} could not be read")
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(report.html)
    document.setPageSize(QSizeF(width, height))
    return document


def _draw_header_footer(painter: QPainter, report: PrintableReport, width: float,
                        body_bottom: float, page: int, pages: int) -> None:
    grey = QColor("#555555")
    painter.setPen(grey)
    font = report_font()
    font.setPixelSize(round(8.5 * LAYOUT_DPI / 72))  # the painter is scaled to layout units
    painter.setFont(font)
    header = QRectF(0, 0, width, HEADER_HEIGHT - 10)
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                     report.title)
    painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                     report.subtitle)
    painter.setPen(QPen(QColor("#b0b7c3"), 0.8))
    painter.drawLine(0, int(HEADER_HEIGHT - 6), int(width), int(HEADER_HEIGHT - 6))
    top = body_bottom + 8
    painter.drawLine(0, int(top), int(width), int(top))
    painter.setPen(grey)
    footer = QRectF(0, top + 4, width, FOOTER_HEIGHT - 12)
    painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                     report.footer)
    painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                     QCoreApplication.translate("ReportPdf", "Page {page} of {pages}").format(
                         page=page, pages=pages))


def paint_report(report: PrintableReport, device: QPagedPaintDevice, resolution: int,
                 first_page: int = 1, last_page: int = 0) -> int:
    """Paint ``report`` on ``device`` (a QPdfWriter or QPrinter, margins already set).

    ``resolution`` is the device's dots per inch. ``first_page``/``last_page`` pick a
    range (1-based; 0 = to the end), as a print dialog asks. Returns the page count.
    """
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    scale = resolution / LAYOUT_DPI
    width = paint_rect.width() / scale
    body_height = paint_rect.height() / scale - HEADER_HEIGHT - FOOTER_HEIGHT
    if width < 100 or body_height < 100:
        raise ValueError("the page is too small for a report")
    layout_device = _layout_device()
    document = _document(report, width, body_height, layout_device)
    pages = document.pageCount()
    last = pages if last_page <= 0 else min(last_page, pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the report could not be drawn on the chosen printer or file")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number in range(max(first_page, 1), last + 1):
            if number != max(first_page, 1) and not device.newPage():
                raise OSError("a new page could not be started")
            painter.save()
            painter.scale(scale, scale)
            _draw_header_footer(painter, report, width, HEADER_HEIGHT + body_height,
                                number, pages)
            painter.translate(0, HEADER_HEIGHT - (number - 1) * body_height)
            # One layout pixel short at the bottom: a table row moved to the next page
            # starts exactly on the boundary, and its antialiased top edge would
            # otherwise show as a sliver at the foot of this page.
            document.drawContents(
                painter, QRectF(0, (number - 1) * body_height, width, body_height - 1)
            )
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(report: PrintableReport, path: Path,
              paper: QPageSize.PageSizeId | None = None) -> int:
    """Write ``report`` as a PDF at ``path`` (through a temporary file); the page count."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(temporary))
    try:
        writer.setResolution(PDF_DPI)
        writer.setPageSize(QPageSize(paper if paper is not None else paper_for_locale()))
        writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
        writer.setTitle(report.title)
        writer.setCreator("Office Desk")
        pages = paint_report(report, writer, PDF_DPI)
    except BaseException:
        del writer
        temporary.unlink(missing_ok=True)
        raise
    del writer  # closes the file
    temporary.replace(path)
    return pages
