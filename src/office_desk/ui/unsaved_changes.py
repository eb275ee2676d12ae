"""Nothing typed is dropped without asking: the question a record editor asks before
it closes with changes that are not saved, and the one the main window asks about
every such editor before Office Desk closes.

The texts keep the translation contexts of the editor and the main window, which
asked them first.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from .editor_phrases import DISCARD, phrase
from .plain_text import literal


@runtime_checkable
class Editor(Protocol):
    """A dialog holding what the user typed (a record editor): it can tell whether
    that differs from what is stored, and save it (staying open if it could not)."""

    def has_changes(self) -> bool: ...
    def save(self) -> None: ...


def confirm_discard(editor: QWidget, kind: str) -> bool:
    """True when the user lets ``editor`` (of a ``kind`` record) drop its changes."""
    answer = QMessageBox.question(
        editor,
        QCoreApplication.translate("RecordEditor", "Discard changes?"),
        phrase(DISCARD, kind),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def settle_open_editors(window: QWidget) -> bool:
    """Before ``window`` closes: every open editor with unsaved changes is saved or
    discarded as the user says. False: the user chose to keep editing (or a save did
    not go through), so the window must stay open."""
    editors = [e for e in window.findChildren(QDialog) if isinstance(e, Editor) and e.isVisible()]
    for editor in reversed(editors):  # the innermost (newest) first
        if not editor.has_changes():
            editor.done(QDialog.DialogCode.Rejected)
            continue
        editor.raise_()
        answer = QMessageBox.question(
            editor,
            QCoreApplication.translate("MainWindow", "Unsaved changes"),
            literal(
                QCoreApplication.translate(
                    "MainWindow",
                    "“{title}” has changes that are not saved.\n\n"
                    "Save them before Office Desk closes?",
                ).format(title=editor.windowTitle())
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            editor.save()
            if editor.isVisible():  # a problem in red, or a conflict declined
                return False
        elif answer == QMessageBox.StandardButton.Discard:
            editor.done(QDialog.DialogCode.Rejected)
        else:
            return False
    return True
