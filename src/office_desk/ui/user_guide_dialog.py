"""Help ▸ User Guide (F1): the guide for liaison staff, in a window beside the work.

The guide is ``resources/user-guide.md``, shipped inside the package as
``office_desk/resources/user-guide.md`` (``docs/user-guide.md`` points to it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.paths import bundled_file

USER_GUIDE_FILE = "user-guide.md"


def user_guide_path() -> Path | None:
    """The user guide of this installation (None if it is missing)."""
    return bundled_file(USER_GUIDE_FILE)


class UserGuideDialog(QDialog):
    """The user guide, rendered, with a find box; it stays open beside the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("Office Desk User Guide"))
        self.setModal(False)
        self.resize(780, 720)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        path = user_guide_path()
        if path is not None:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation ({file}).").format(
                    file=USER_GUIDE_FILE
                )
            )

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("guide_find")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setPlaceholderText(self.tr("Find in the guide…"))
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(lambda _text: self.find_next(from_top=True))
        self.not_found_label = QLabel(self)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.not_found_label)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.find_edit.setFocus)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.browser.toPlainText()

    def find_next(self, from_top: bool = False) -> bool:
        """Select the next place the find box's text occurs (wrapping to the top)."""
        text = self.find_edit.text()
        self.not_found_label.clear()
        if not text:
            return False
        if from_top:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        found = self.browser.find(text)
        if not found:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(text)
        if not found:
            self.not_found_label.setText(self.tr("Not found"))
        return found
