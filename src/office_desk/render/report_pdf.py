"""Print-quality pages of a report: the PDF file, the preview and the printer.

Chromium lays out and prints the report's print HTML (``report_html(..., for_print=True)``,
its running header and footer drawn as CSS page-margin boxes): QtWebEngine's
``QWebEnginePage.printToPdf``, in the map's web profile, which serves the page through
the app's own scheme and lets it load nothing from elsewhere (JavaScript is off too).
The PDF's text layer is the text laid out, so copying or searching a report finds 日期
and "Office" as they are printed. (Qt's ``QTextDocument`` on a ``QPdfWriter``, used
before, wrote 日 as the Kangxi radical ⽇, 生 as ⽣ and "ffi" as the ligature "ﬃ" into
the text layer: a search for 日期 or for "Office" found nothing.)

The GUI previews that PDF file (``QPdfView``) and saves it as it is; printing draws its
pages on the printer (:func:`print_pdf`), so what users preview is what prints.

Paper is A4, or US Letter where the user's region uses it (:func:`paper_for_locale`).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize

from ..core.file_replace import move_into_place
from ..core.reports.print_page import MARGINS_MM

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

#: How long laying out or printing a report may take before it is given up.
TIMEOUT_S = 120.0
#: Added to the paper's width and height for Chromium (see :func:`page_layout`).
PAPER_SLACK_PT = 0.3
#: Pages are drawn for a printer at this resolution at most (a 1200-dpi printer would
#: otherwise need a 560 MB picture per page).
PRINT_DPI = 300

#: Territories whose paper is US Letter (CLDR's list); the rest of the world uses A4.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.CostaRica,
        QLocale.Country.Guatemala,
        QLocale.Country.PuertoRico,
        QLocale.Country.Belize,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
    }
)


def paper_for_locale(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """US Letter where ``locale``'s territory uses it, else A4.

    Without ``locale``, the region the user's system is set to (``QLocale.system()``),
    not the app's language: the app in English on a German system still prints on A4,
    and in German on a US system on Letter. Only a system locale without a territory
    (``C``) falls back to the app's default locale.
    """
    if locale is None:
        locale = QLocale.system()
        if locale.territory() == QLocale.Country.AnyTerritory:
            locale = QLocale()
    if locale.territory() in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


@dataclass
class PrintableReport:
    """What goes on paper: the print HTML, its pictures inline as ``data:`` URIs, the
    header and footer in its ``@page`` rule, the PDF's title from its ``<title>``."""

    html: str


def page_layout(paper: QPageSize.PageSizeId) -> QPageLayout:
    """Portrait ``paper`` with the report's margins (the header and footer live in them).

    QtWebEngine hands Chromium the paper in whole points (A4 as 595 x 842), and
    Chromium's page then comes out a point short (840.96 pt tall). A third of a point
    more gives 594.96 x 841.92 pt, the A4 page Chrome itself prints; Letter (whole
    points already) stays 612 x 792.
    """
    size = QPageSize(paper).size(QPageSize.Unit.Millimeter)
    slack = PAPER_SLACK_PT * 25.4 / 72
    page = QPageSize(
        QSizeF(size.width() + slack, size.height() + slack),
        QPageSize.Unit.Millimeter,
        QPageSize(paper).name(),
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    top, right, bottom, left = MARGINS_MM
    return QPageLayout(
        page,
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def pdf_bytes(
    report: PrintableReport, paper: QPageSize.PageSizeId, timeout: float = TIMEOUT_S
) -> bytes:
    """``report`` printed as a PDF by Chromium (needs the GUI thread; starts Qt, offscreen
    where there is no display, if no application is running)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWebEngineCore import QWebEngineSettings

    from .map_page import map_environment, wait_until
    from .map_picture import ensure_application

    ensure_application()
    environment = map_environment()
    page = environment.new_page()
    page.settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
    url = environment.handler.add_page(report.html)  # no size limit, unlike setHtml()
    try:
        loaded: list[bool] = []
        page.loadFinished.connect(loaded.append)
        page.load(url)
        if not wait_until(lambda: bool(loaded), timeout):
            raise TimeoutError(f"the report was not laid out within {timeout:.0f} s")
        if not loaded[0]:
            raise OSError("the report could not be laid out for printing")
        printed: list[bytes] = []
        page.printToPdf(lambda data: printed.append(bytes(data.data())), page_layout(paper))
        if not wait_until(lambda: bool(printed), timeout):
            raise TimeoutError(f"the report was not printed within {timeout:.0f} s")
        if not printed[0].startswith(b"%PDF"):
            raise OSError("the report could not be printed as PDF")
        return printed[0]
    finally:
        environment.handler.remove_page(url)
        page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pdf_page_count(path: Path) -> int:
    """How many pages the PDF at ``path`` has."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise OSError(f"{path}: not a readable PDF")
        return document.pageCount()
    finally:
        document.close()


def write_pdf(
    report: PrintableReport, path: Path, paper: QPageSize.PageSizeId | None = None
) -> int:
    """Write ``report`` as a PDF at ``path`` (through a temporary file); the page count."""
    path = Path(path)
    data = pdf_bytes(report, paper if paper is not None else paper_for_locale())
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        pages = pdf_page_count(temporary)
        move_into_place(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return pages


def _on_paper(page: QImage) -> QImage:
    """``page`` (PDFium leaves what the page does not paint transparent) on white paper:
    scaled onto a printer, the edge between the two would otherwise show as a frame."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print the PDF at ``path`` (the preview's file) on ``printer``; the pages printed.

    The pages of the print dialog's range are drawn as pictures of at most
    :data:`PRINT_DPI`, each scaled to the printer's paper; "Print to file (PDF)" of the
    whole report copies the PDF itself, which keeps its text searchable.
    """
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    if (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        and printer.outputFileName()
        and printer.printRange() == QPrinter.PrintRange.AllPages
    ):
        target = Path(printer.outputFileName())
        temporary = target.with_name(f".{target.name}.part")
        try:
            shutil.copyfile(path, temporary)
            move_into_place(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        return pdf_page_count(target)

    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise OSError(f"{path}: the report's pages could not be read")
    pages = document.pageCount()
    first = max(printer.fromPage(), 1)
    last = min(printer.toPage(), pages) if printer.toPage() > 0 else pages
    printer.setFullPage(True)  # the PDF pages carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise OSError("the report could not be drawn on the chosen printer")
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        resolution = printer.resolution()
        paper = printer.pageLayout().fullRectPixels(resolution)
        dpi = min(resolution, PRINT_DPI)
        for number in range(first, last + 1):
            if number != first and not printer.newPage():
                raise OSError("a new page could not be started")
            points = document.pagePointSize(number - 1)  # 1/72 inch
            image = _on_paper(
                document.render(
                    number - 1,
                    QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                )
            )
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            painter.drawImage(
                QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height),
                image,
            )
    finally:
        painter.end()
        document.close()
    return max(last - first + 1, 0)
