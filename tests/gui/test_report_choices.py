"""What the Reports view starts with, and printing what it previews.

* The office: the one selected in the Offices list, else Settings > Default office;
  the view follows either when it changes, and keeps an office the user picked there
  until then.
* The paper: the user's region decides (Letter in the US and Canada, A4 elsewhere),
  not the language of the app (an English interface in Germany still prints on A4).
* Print: the previewed PDF's pages go to the printer; "Print to file (PDF)" of the
  whole report is that PDF itself (its text stays searchable).
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from pytestqt.qtbot import QtBot

from office_desk.core.sample_network import sample_id
from office_desk.render import report_pdf
from office_desk.render.report_pdf import paper_for_locale
from office_desk.ui import settings
from office_desk.ui.main_window import MainWindow
from office_desk.ui.reports_view import ReportsView

MUNICH = sample_id("office:munich")
VIENNA = sample_id("office:vienna")
DRESDEN = sample_id("office:dresden")


def reports(window: MainWindow) -> ReportsView:
    window.show_page("reports")
    view = window.view("reports")
    assert isinstance(view, ReportsView)
    return view


def shown_again(window: MainWindow, view: ReportsView) -> None:
    """The user goes to another page and back to Reports."""
    window.show_page("project")
    assert not view.isVisible()
    window.show_page("reports")
    assert view.isVisible()


def pick(view: ReportsView, office_id: uuid.UUID) -> None:
    """The user picks ``office_id`` in the view's office list."""
    combo = view.office_combo
    (index,) = [i for i in range(combo.count()) if combo.itemData(i) == office_id]
    combo.setCurrentIndex(index)


def chosen_office(view: ReportsView) -> uuid.UUID | None:
    return view.office_combo.currentData() if view.office_radio.isChecked() else None


# --------------------------------------------------------------------------- the office


def test_reports_open_on_the_default_office(window: MainWindow) -> None:
    settings.put(settings.DEFAULT_OFFICE, str(MUNICH))
    view = reports(window)
    assert chosen_office(view) == MUNICH
    assert view.request().office_id == MUNICH


def test_reports_follow_a_new_default_office(window: MainWindow) -> None:
    settings.put(settings.DEFAULT_OFFICE, str(MUNICH))
    view = reports(window)
    settings.put(settings.DEFAULT_OFFICE, str(VIENNA))  # Settings > Default office
    shown_again(window, view)
    assert chosen_office(view) == VIENNA


def test_an_office_picked_in_the_view_stays_until_the_suggestion_changes(
    window: MainWindow,
) -> None:
    settings.put(settings.DEFAULT_OFFICE, str(MUNICH))
    view = reports(window)
    pick(view, DRESDEN)
    shown_again(window, view)
    assert chosen_office(view) == DRESDEN
    view.network_radio.setChecked(True)
    shown_again(window, view)
    assert chosen_office(view) is None and view.request().office_id is None


def test_an_unknown_default_office_is_ignored(window: MainWindow) -> None:
    settings.put(settings.DEFAULT_OFFICE, "not an id")
    assert reports(window).office_combo.currentIndex() == 0
    settings.put(settings.DEFAULT_OFFICE, str(uuid.uuid4()))  # of another database
    view = reports(window)
    shown_again(window, view)
    assert view.office_combo.currentIndex() == 0


def test_reports_open_on_the_office_selected_in_the_offices_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    """As the main window tells the view (``selected_office``): the Offices list's
    selection wins over the default office, and is followed when it changes."""
    settings.put(settings.DEFAULT_OFFICE, str(DRESDEN))
    offices = window.list_view("office")
    view = ReportsView(window.context, selected_office=offices.current_id)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    assert chosen_office(view) == DRESDEN  # nothing selected yet: the default office
    window.show_page("office")
    assert offices.select_record(MUNICH)
    view.show()
    assert chosen_office(view) == MUNICH
    view.hide()
    pick(view, VIENNA)  # the user's pick
    view.show()
    assert chosen_office(view) == VIENNA  # the selection did not change meanwhile
    view.hide()
    assert offices.select_record(DRESDEN)
    view.show()
    assert chosen_office(view) == DRESDEN


# --------------------------------------------------------------------------- the paper


@pytest.mark.parametrize(
    ("locale", "paper"),
    [
        ("en_US", QPageSize.PageSizeId.Letter),
        ("en_CA", QPageSize.PageSizeId.Letter),
        ("fr_CA", QPageSize.PageSizeId.Letter),
        ("es_MX", QPageSize.PageSizeId.Letter),
        ("en_GB", QPageSize.PageSizeId.A4),
        ("de_DE", QPageSize.PageSizeId.A4),
        ("zh_CN", QPageSize.PageSizeId.A4),
        ("de_AT", QPageSize.PageSizeId.A4),
    ],
)
def test_paper_of_a_locale(locale: str, paper: QPageSize.PageSizeId) -> None:
    assert paper_for_locale(QLocale(locale)) == paper


@pytest.fixture
def app_language() -> Iterator[None]:
    yield
    QLocale.setDefault(QLocale.system())


def system_locale(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Pretend the operating system is set to ``name`` (what QLocale.system() says)."""

    class SystemLocale(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale(name)

    monkeypatch.setattr(report_pdf, "QLocale", SystemLocale)


@pytest.mark.parametrize(
    ("system", "language", "paper"),
    [
        ("de_DE", "en", "A4"),  # English interface in Germany (the app sets en_US as default)
        ("zh_CN", "en", "A4"),
        ("en_US", "de", "Letter"),  # German interface in the United States
        ("en_CA", "zh_CN", "Letter"),
    ],
)
def test_reports_use_the_paper_of_the_users_region_not_of_the_language(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    app_language: None,
    system: str,
    language: str,
    paper: str,
) -> None:
    system_locale(monkeypatch, system)
    QLocale.setDefault(QLocale(language))  # as app._load_translations does
    view = reports(window)
    assert view.paper() == getattr(QPageSize.PageSizeId, paper)
    assert view.paper_combo.currentText() in ("A4", "US Letter")


# --------------------------------------------------------------------------- printing


@pytest.mark.slow
def test_print_sends_the_previewed_pages(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    view = reports(window)
    pick(view, DRESDEN)
    view.period_combo.setCurrentIndex(view.period_combo.findData("all_time"))
    view.section_checks["map"].setChecked(False)
    view.paper_combo.setCurrentIndex(view.paper_combo.findData(QPageSize.PageSizeId.A4))
    view.make_preview()
    qtbot.waitUntil(lambda: view.preview is not None, timeout=60000)
    preview = view.preview
    assert preview is not None
    pages = len(PdfReader(str(preview.pdf_path)).pages)
    assert pages >= 2

    # "Print to file (PDF)", the whole report: the previewed file itself.
    printer = view.printer_for(preview)
    whole = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(whole))
    view.print_on(printer, preview)
    assert whole.read_bytes() == preview.pdf_path.read_bytes()

    # One page of it, as the print dialog's range asks: that page drawn on the paper.
    printer = view.printer_for(preview)
    one = tmp_path / "page-2.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(one))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    view.print_on(printer, preview)
    reader = PdfReader(str(one))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    printed = grey_page(one, 1, tmp_path / "printed")
    previewed = grey_page(preview.pdf_path, 2, tmp_path / "previewed")
    assert sum(1 for value in printed if value < 128) > 0.01 * len(printed)  # not blank
    differ = sum(1 for a, b in zip(printed, previewed, strict=True) if abs(a - b) > 128)
    assert differ < 0.005 * len(printed), f"{differ} of {len(printed)} pixels differ"
    # The page goes to the printer on white paper: no transparency, whose edge along
    # the margins printed as a grey frame round the text.
    objects = reader.pages[0]["/Resources"]["/XObject"]
    pictures = [o.get_object() for o in objects.values()]
    assert [o["/Subtype"] for o in pictures] == ["/Image"]
    assert "/SMask" not in pictures[0]


def grey_page(pdf: Path, page: int, prefix: Path) -> bytes:
    """Page ``page`` of ``pdf`` as 150 x 212 grey pixels (poppler; a binary PGM)."""
    subprocess.run(
        [
            "pdftoppm",
            "-gray",
            "-scale-to-x",
            "150",
            "-scale-to-y",
            "212",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    (picture,) = prefix.parent.glob(f"{prefix.name}-*.pgm")
    header, pixels = picture.read_bytes().split(b"\n255\n", 1)
    assert header.startswith(b"P5") and len(pixels) == 150 * 212
    return pixels


def test_the_main_window_opens_reports_on_the_selected_office(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Through the main window itself: select Munich in Offices, open Reports."""
    window.show_page("office")
    assert window.list_view("office").select_record(MUNICH)
    window.show_page("reports")
    assert chosen_office(window.views["reports"]) == MUNICH  # type: ignore[arg-type]
