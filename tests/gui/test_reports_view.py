"""The Reports view: choices, the preview, saving in every format, and bad choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from office_desk.ui.main_window import MainWindow
from office_desk.ui.reports_view import ReportsView


def reports(window: MainWindow) -> ReportsView:
    window.show_page("reports")
    view = window.view("reports")
    assert isinstance(view, ReportsView)
    return view


def choose_dresden_all_time(view: ReportsView) -> None:
    index = view.office_combo.findText("Dresden-Jinan Contact Office")
    assert index >= 0
    view.office_combo.setCurrentIndex(index)
    view.period_combo.setCurrentIndex(view.period_combo.findData("all_time"))
    view.section_checks["map"].setChecked(False)  # keeps the test quick


def test_personal_data_is_off_and_sections_follow_the_scope(window: MainWindow) -> None:
    view = reports(window)
    assert view.office_radio.isChecked()
    assert not view.contacts_check.isChecked()
    assert "contacts" not in view.section_checks
    assert {"details", "figures", "projects"} <= set(view.section_checks)
    view.network_radio.setChecked(True)
    assert {"offices", "charts"} <= set(view.section_checks)
    assert not view.contacts_check.isVisible()
    assert view.request().office_id is None


@pytest.mark.slow
def test_preview_then_save_as_pdf_and_xlsx(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = reports(window)
    choose_dresden_all_time(view)
    view.preview_button.click()
    qtbot.waitUntil(
        lambda: view.pdf_view.isVisible() and view.document.pageCount() > 0, timeout=60000
    )
    assert view.preview is not None
    assert "page" in view.status_label.text()

    pdf = tmp_path / "dresden.pdf"
    view.save_to(pdf, "pdf")
    qtbot.waitUntil(pdf.exists, timeout=30000)
    assert pdf.read_bytes() == view.preview.pdf_path.read_bytes()  # what was previewed
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Dresden-Jinan Contact Office" in text  # as printed: no "Oﬃce" ligature

    xlsx = tmp_path / "dresden.xlsx"
    view.save_to(xlsx, "xlsx")
    qtbot.waitUntil(xlsx.exists, timeout=30000)
    assert len(load_workbook(xlsx).sheetnames) >= 2


@pytest.mark.slow
def test_a_data_change_makes_the_next_save_fresh(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = reports(window)
    choose_dresden_all_time(view)
    view.make_preview()
    qtbot.waitUntil(lambda: view.preview is not None, timeout=60000)
    assert window.context is not None
    window.context.announce({"project"})
    assert view.preview is None
    assert "changed" in view.status_label.text()


def test_a_period_that_ends_before_it_starts_is_refused(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = reports(window)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    view.period_combo.setCurrentIndex(view.period_combo.findData("custom"))
    assert view.from_edit.isEnabled()
    view.from_edit.setDate(view.to_edit.date().addDays(10))
    view.preview_button.click()
    assert warnings and "ends before it starts" in warnings[0]
    assert view.preview is None


def test_no_section_ticked_is_refused(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    view = reports(window)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    for box in view.section_checks.values():
        box.setChecked(False)
    view.save_button.click()
    assert warnings == ["Tick at least one section."]
