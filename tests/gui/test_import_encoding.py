"""The import dialog with a file whose lines are not all in one encoding: step 1 says
which lines were read otherwise, the dry run makes an unclear line an error and offers
to read the file in the encoding its bytes suggest, and after that nothing is left
unclear and the columns stay as the user mapped them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from office_desk.ui.import_dialog import ImportDialog
from office_desk.ui.main_window import MainWindow


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _mixed_file(path: Path) -> Path:
    path.write_bytes(
        b"Vorname,Nachname,E-Mail,Notiz\n"
        + "Jürgen,Müllerhaus,jm@example.de,UTF-8\n".encode()
        + "Jörg,Schäferling,js@example.de,Windows-1252\n".encode("cp1252")
        + "伟,张,zw@example.cn,GBK\n".encode("gbk")
    )
    return path


def test_an_unclear_line_is_offered_another_encoding(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, no_message_boxes: list[str]
) -> None:
    assert window.context is not None
    dialog = ImportDialog(window.context, window, _mixed_file(tmp_path / "partner.csv"))
    qtbot.addWidget(dialog)
    dialog.resize(1280, 720)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    assert dialog.encoding_combo.isEnabled() and dialog.encoding() is None
    assert dialog.encoding_hint.isVisible()
    hint = dialog.encoding_hint.text()
    assert (
        "1 line is not UTF-8 like the rest of the file; it was read as Windows-1252 "
        "(line 3)" in hint
    )
    assert "1 line is in an unclear encoding" in hint and "(line 4)" in hint
    # The user leaves the notes column out: the mapping must survive a second reading.
    notes = dialog.mapping_table.cellWidget(3, 2)
    assert isinstance(notes, QComboBox)
    notes.setCurrentIndex(0)

    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    plan = dialog.plan
    assert plan.error_count == 1 and plan.unclear_lines() == [4]
    assert dialog.reread_button.isVisible()
    assert dialog.reread_button.text() == "Read the file as GB18030"
    assert not dialog.import_button.isEnabled()  # the unclear row stops the import

    dialog.reread_button.click()
    qtbot.waitUntil(
        lambda: (
            dialog.plan is None and dialog.table is not None and dialog.table.encoding == "gb18030"
        ),
        timeout=10000,
    )
    assert dialog.steps.currentIndex() == 0
    assert dialog.encoding() == "gb18030"
    assert [row.values[0] for row in dialog.table.rows] == ["Jürgen", "Jörg", "伟"]
    assert dialog.current_mapping().columns.get(3) is None  # still left out
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.plan.error_count == 0 and not dialog.reread_button.isVisible()
    assert [row.title() for row in dialog.plan.rows] == [
        "Jürgen Müllerhaus",
        "Jörg Schäferling",
        "张伟",
    ]
    assert dialog.import_button.isEnabled()
    assert no_message_boxes == []


def test_the_encoding_can_be_chosen_and_a_workbook_has_none(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, no_message_boxes: list[str]
) -> None:
    assert window.context is not None
    path = tmp_path / "latin.csv"
    path.write_bytes("Name,E-Mail\nJürgen Müller,jm@example.de\n".encode("cp1252"))
    dialog = ImportDialog(window.context, window, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    assert "encoding Windows-1252" in dialog.file_label.text()
    assert not dialog.encoding_hint.isVisible()
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("utf-8"))
    dialog.encoding_combo.activated.emit(dialog.encoding_combo.currentIndex())
    qtbot.waitUntil(
        lambda: dialog.table is not None and dialog.table.encoding == "utf-8", timeout=10000
    )
    assert dialog.table.rows[0].values[0] == "J\ufffdrgen M\ufffdller"
    assert "does not fit" in dialog.encoding_hint.text()
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.plan.error_count == 1
    assert dialog.reread_button.text() == "Choose the file's encoding…"

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Name", "E-Mail"])
    book.active.append(["Anna Weiß", "aw@example.de"])
    workbook = tmp_path / "list.xlsx"
    book.save(workbook)
    dialog.load(workbook)
    qtbot.waitUntil(
        lambda: dialog.table is not None and dialog.table.format == "xlsx", timeout=10000
    )
    assert not dialog.encoding_combo.isEnabled()
    assert no_message_boxes == []
