"""Unexpected errors are logged to the rotating log file and shown with Copy details."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from office_desk.ui import error_dialog
from office_desk.ui.error_dialog import ErrorDialog, install_error_handling, report_exception


@pytest.fixture
def restored_hook() -> object:
    before = sys.excepthook
    handlers = list(logging.getLogger().handlers)
    level = logging.getLogger().level
    yield
    sys.excepthook = before
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()
    logging.getLogger().setLevel(level)


def test_an_uncaught_error_is_logged_and_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, restored_hook: object
) -> None:
    path = install_error_handling()
    assert sys.excepthook is report_exception
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    try:
        raise RuntimeError("the tile server sent nonsense")
    except RuntimeError:
        report_exception(*sys.exc_info())  # what Python does for an uncaught exception
    assert len(shown) == 1
    dialog = shown[0]
    assert "RuntimeError: the tile server sent nonsense" in dialog.informativeText()
    assert "Traceback" in dialog.details and str(path) in dialog.details
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.details
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = path.read_text(encoding="utf-8")
    assert "the tile server sent nonsense" in logged and "Traceback" in logged
    assert error_dialog._showing is False  # ready for the next one
