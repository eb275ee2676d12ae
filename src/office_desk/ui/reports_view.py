"""The Reports view: choose an office (or the network), a period and sections, look at
the pages, then save them as PDF, XLSX, CSV or HTML, or print them.

The choices are a panel of their own
(:class:`~office_desk.ui.report_choices_panel.ReportChoicesPanel`). The content is
gathered on the worker thread; the pictures (charts, map) and the pages are made on the
GUI thread, into a temporary PDF that the preview shows. Saving reuses what the preview
shows when nothing was changed since, so the file is what was seen, and printing prints
that PDF's pages.

The view opens on the office selected in the Offices list, else on Settings > Default
office, and follows either when it changes; an office the user picks here stays picked
until then. The paper is the one of the user's region (Letter in the US and Canada, A4
in most places), whatever the language of the app.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import translate
from ..core.reports import ReportRequest
from . import plain_text, settings
from .app_context import AppContext, Changes
from .background import Progress, run_in_background
from .icons import icon
from .report_choices_panel import OFFICE_NAME_ROLE, ReportChoicesPanel, period_label

log = logging.getLogger(__name__)


@dataclass
class Preview:
    """What the preview shows, kept for Save and Print."""

    request: ReportRequest
    paper: QPageSize.PageSizeId
    report: Any
    pictures: Any
    pdf_path: Path


class ReportsView(QWidget):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        selected_office: Callable[[], uuid.UUID | None] | None = None,
    ) -> None:
        """``selected_office`` tells which office is selected in the Offices list (None
        when none is): the report is on that office when the view is shown."""
        super().__init__(parent)
        self.setObjectName("reports_view")
        self.context = context
        self._selected_office = selected_office
        self._suggested: uuid.UUID | None = None  # the office last chosen for the user
        self.preview: Preview | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="office-desk-preview-")
        self._previews = 0
        self._job: Progress | None = None  # the report being made, if any

        # --- what to report on, the period, the sections, the currency and the paper
        choices = self.choices = ReportChoicesPanel()
        self.office_radio, self.network_radio = choices.office_radio, choices.network_radio
        self.scope_group, self.office_combo = choices.scope_group, choices.office_combo
        self.period_combo = choices.period_combo
        self.from_edit, self.to_edit = choices.from_edit, choices.to_edit
        self.currency_combo, self.paper_combo = choices.currency_combo, choices.paper_combo
        self.sections_box, self.sections_layout = choices.sections_box, choices.sections_layout
        self.section_checks, self.contacts_check = choices.section_checks, choices.contacts_check

        self.preview_button = QPushButton(icon("mdi6.eye-outline"), self.tr("&Preview"))
        self.preview_button.setToolTip(self.tr("Show the report's pages with these choices"))
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("&Save as…"))
        self.save_button.setToolTip(self.tr("Save as PDF, Excel workbook, CSV or web page"))
        self.print_button = QPushButton(icon("mdi6.printer-outline"), self.tr("P&rint…"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(choices)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.status_label)
        form_layout.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidget(form)
        scroller.setWidgetResizable(True)
        # As wide as the form in the chosen language needs (German labels are longer).
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._form, self._scroller = form, scroller

        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName("report_preview")
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.empty_label = QLabel(self.tr("Choose what to report on, then press Preview."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.pdf_view, 1)
        self.pdf_view.hide()

        splitter = QSplitter(self)
        splitter.addWidget(scroller)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self._splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._fill_offices()
        self.follow_suggested_office()
        self._fill_currencies()
        self._fill_sections()
        self._update_enabled()
        self.scope_group.buttonToggled.connect(lambda *_: self._on_scope())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._update_enabled())
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button.clicked.connect(self.save_dialog)
        self.print_button.clicked.connect(self.print_dialog)
        self.currency_combo.currentIndexChanged.connect(
            lambda _i: settings.put(settings.REPORTING_CURRENCY, self.currency())
        )
        context.changed.connect(self._on_changed)

    # ------------------------------------------------------------------ choices

    def _fill_offices(self) -> None:
        self.choices.fill_offices(self.context.store)

    def _fill_currencies(self) -> None:
        self.choices.fill_currencies(self.context.store)

    def _fill_sections(self) -> None:
        self.choices.fill_sections()

    def _on_scope(self) -> None:
        self._fill_sections()
        self._update_enabled()

    def _update_enabled(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.office_combo.setEnabled(self.office_radio.isChecked())
        has_offices = self.office_combo.count() > 0
        ready = has_offices or self.network_radio.isChecked()
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(ready)

    def currency(self) -> str:
        return self.choices.currency()

    def paper(self) -> QPageSize.PageSizeId:
        return self.choices.paper()

    def office_index(self, office_id: uuid.UUID) -> int:
        """The row of ``office_id`` in the office list, -1 if it is not there."""
        return self.choices.office_index(office_id)

    def set_office(self, office_id: uuid.UUID) -> bool:
        """Report on ``office_id``; False (nothing changed) if there is no such office."""
        return self.choices.set_office(office_id)

    def suggested_office(self) -> uuid.UUID | None:
        """The office a report is on unless the user picks another: the one selected in
        the Offices list, else Settings > Default office (None: neither is set)."""
        if self._selected_office is not None:
            selected = self._selected_office()
            if selected is not None and self.office_index(selected) >= 0:
                return selected
        default = settings.get(settings.DEFAULT_OFFICE)
        with contextlib.suppress(ValueError):  # not an id: ignored
            return uuid.UUID(default) if default else None
        return None

    def follow_suggested_office(self) -> None:
        """Choose :meth:`suggested_office` if it changed since it was last chosen (an
        office the user picked here meanwhile stays picked until then)."""
        office = self.suggested_office()
        if office is not None and office != self._suggested and self.set_office(office):
            self._suggested = office

    def request(self, today: date | None = None) -> ReportRequest:
        """The report the current choices describe."""
        return self.choices.request(today)

    def _is_current(self, request: ReportRequest) -> bool:
        return (
            self.preview is not None
            and self.preview.request == request
            and self.preview.paper == self.paper()
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("office"):
            self._fill_offices()
            self._update_enabled()
        self.preview = None  # the data changed: the next Save makes the report again
        if self.pdf_view.isVisible():
            self.status_label.setText(
                self.tr(
                    "The data changed since this preview; press Preview to bring it up to date."
                )
            )

    # ------------------------------------------------------------------ making it

    def _make(self, then: Any) -> None:
        """Build the report for the current choices, then ``then(preview)``."""
        try:
            request = self.request()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Reports"), plain_text.literal(exc))
            return
        if self._is_current(request):
            then(self.preview)
            return
        if self._job is not None and not self._job.cancelled:
            return  # one report at a time; a cancelled one no longer counts
        store = self.context.store
        paper = self.paper()
        self.status_label.setText(self.tr("Gathering the figures…"))

        def work(progress: Progress) -> Any:
            from ..render.report_files import build_report

            report = build_report(store, request)
            progress.check()  # Cancel pressed while the figures were gathered
            return report

        def done(report: Any) -> None:
            from ..render.map_page import AppQuitting

            try:  # still "busy" while the map is drawn: no second report meanwhile
                preview = self._pages(request, paper, report)
            except AppQuitting:  # the window closed meanwhile: nothing to show
                return
            except Exception as exc:
                log.error("report pages failed", exc_info=exc)
                self.status_label.setText("")
                QMessageBox.critical(
                    self,
                    self.tr("Reports"),
                    plain_text.literal(
                        self.tr("The report could not be made.\n\n{error}").format(error=exc)
                    ),
                )
                return
            finally:
                self._job = None
            then(preview)

        def failed(exc: BaseException) -> None:
            self._job = None
            self.status_label.setText("")
            log.error("report failed", exc_info=exc)
            QMessageBox.critical(
                self,
                self.tr("Reports"),
                plain_text.literal(
                    self.tr("The report could not be made.\n\n{error}").format(error=exc)
                ),
            )

        self._job = run_in_background(self, self.tr("Making the report…"), work, done, failed)

    def _pages(self, request: ReportRequest, paper: QPageSize.PageSizeId, report: Any) -> Preview:
        from ..render.report_files import printable, report_pictures
        from ..render.report_pdf import write_pdf

        self.status_label.setText(self.tr("Drawing the charts and the map…"))
        pictures = report_pictures(self.context.store, report, request)
        self._previews += 1
        path = Path(self._folder.name) / f"preview-{self._previews}.pdf"
        pages = write_pdf(printable(report, pictures), path, paper)
        self.preview = Preview(request, paper, report, pictures, path)
        problems = " ".join(pictures.problems)
        count = (self.tr("{count} page.") if pages == 1 else self.tr("{count} pages.")).format(
            count=pages
        )
        self.status_label.setText(f"{count} {problems}".strip())
        return self.preview

    def make_preview(self) -> None:
        self._make(self._show)

    def _show(self, preview: Preview) -> None:
        self.document.close()
        self.document.load(str(preview.pdf_path))
        self.empty_label.hide()
        self.pdf_view.show()
        self.pdf_view.pageNavigator().jump(0, QPointF(), self.pdf_view.zoomFactor())

    def save_dialog(self) -> None:
        from ..render.report_files import FORMAT_FILTERS, FORMATS

        try:
            request = self.request()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Reports"), plain_text.literal(exc))
            return
        suggestion = self._suggested_name(request)
        shown = {f: translate("ReportFormats", FORMAT_FILTERS[f]) for f in FORMATS}
        filters = ";;".join(shown[f] for f in FORMATS)
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), suggestion, filters
        )
        if not name:
            return
        path = Path(name)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            fmt = next((f for f in FORMATS if shown[f] == chosen), "pdf")
            path = path.with_suffix(f".{fmt}")
        self.save_to(path, fmt)

    def _suggested_name(self, request: ReportRequest) -> str:
        scope = (
            str(self.office_combo.currentData(OFFICE_NAME_ROLE) or "")
            if request.office_id
            else self.tr("Network")
        )
        period = (
            str(request.start.year)
            if request.start and request.end and request.start.year == request.end.year
            else period_label(str(self.period_combo.currentData()))
        )
        folder = Path(settings.get_key("reports/folder", str(Path.home())))
        name = self.tr("{scope} report {period}").format(scope=scope, period=period)
        safe = "".join(c if c.isalnum() or c in " -_" else " " for c in name)
        return str(folder / (" ".join(safe.split()) + ".pdf"))

    def save_to(self, path: Path, fmt: str) -> None:
        """Save the report for the current choices as ``fmt`` at ``path``."""

        def write(preview: Preview) -> None:
            from ..render.report_files import save_report

            try:
                if fmt == "pdf":
                    temporary = path.with_name(f".{path.name}.part")
                    temporary.write_bytes(preview.pdf_path.read_bytes())
                    temporary.replace(path)
                else:
                    save_report(preview.report, preview.pictures, fmt, path, preview.paper)
            except OSError as exc:
                QMessageBox.critical(
                    self,
                    self.tr("Reports"),
                    plain_text.literal(
                        self.tr("The report was not saved.\n\n{error}").format(error=exc)
                    ),
                )
                return
            settings.put_key("reports/folder", str(path.parent))
            self.status_label.setText(plain_text.shown(self.tr("Saved {path}").format(path=path)))
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    plain_text.shown(self.tr("Saved the report to {path}").format(path=path)), 8000
                )
            self._show_if_empty(preview)

        self._make(write)

    def _show_if_empty(self, preview: Preview) -> None:
        if not self.pdf_view.isVisible():
            self._show(preview)

    def print_dialog(self) -> None:
        def print_it(preview: Preview) -> None:
            from PySide6.QtPrintSupport import QPrintDialog

            self._show_if_empty(preview)
            printer = self.printer_for(preview)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print the report"))
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
            self.print_on(printer, preview)

        self._make(print_it)

    def printer_for(self, preview: Preview) -> Any:
        """A printer set up for ``preview``'s pages (its paper, the report's title)."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(preview.paper))
        printer.setDocName(str(preview.report.title))
        return printer

    def print_on(self, printer: Any, preview: Preview) -> None:
        """Print the pages the preview shows on ``printer`` (as the print dialog left it)."""
        from ..render.report_pdf import print_pdf

        try:
            print_pdf(preview.pdf_path, printer)
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Reports"),
                plain_text.literal(self.tr("Printing failed.\n\n{error}").format(error=exc)),
            )

    def showEvent(self, event: Any) -> None:
        self.follow_suggested_office()
        # As wide as the laid-out form needs in the chosen language (German is longer).
        scroller = self._scroller
        extra = scroller.verticalScrollBar().sizeHint().width() + 2 * scroller.frameWidth() + 4
        width = min(self._form.minimumSizeHint().width() + extra, 640)
        scroller.setMinimumWidth(width)
        sizes = self._splitter.sizes()
        if sizes[0] < width:
            self._splitter.setSizes([width, max(sum(sizes) - width, 400)])
        super().showEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.document.close()
        super().closeEvent(event)
