"""Help ▸ About Office Desk: the version, what it runs on, and the licences of what it ships.

The licences are ``resources/LICENSES.md`` (shipped inside the package as
``office_desk/resources/LICENSES.md``), rendered as Markdown; "About Qt" is Qt's own box.
"""

from __future__ import annotations

import platform
import sqlite3

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.paths import bundled_file

LICENSES_FILE = "LICENSES.md"


def version_lines() -> list[tuple[str, str]]:
    """(component, version) of the app and what it runs on, for the box and bug reports."""
    return [
        ("Office Desk", __version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite3.sqlite_version),
        (QCoreApplication.translate("AboutDialog", "System"), platform.platform(terse=True)),
    ]


class AboutDialog(QDialog):
    """Office Desk's version, its platform, and the licences of the bundled components."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Office Desk"))
        self.resize(720, 620)

        self.title_label = title = QLabel(f"<h2>Office Desk {__version__}</h2>", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        summary = QLabel(
            self.tr(
                "One desk for an overseas contact-office network: offices, contacts, "
                "organizations, projects and events, on your own computer, online or not."
            ),
            self,
        )
        summary.setWordWrap(True)
        self.versions_label = QLabel(self)
        self.versions_label.setObjectName("versions")
        self.versions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions_label.setText(
            "\n".join(f"{name}: {version}" for name, version in version_lines()[1:])
        )

        self.licences = QTextBrowser(self)
        self.licences.setObjectName("licences")
        self.licences.setOpenExternalLinks(True)
        self.licences.setAccessibleName(self.tr("Licences"))
        path = bundled_file(LICENSES_FILE)
        if path is not None:
            self.licences.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.licences.setPlainText(
                self.tr("The list of licences is missing from this installation ({file}).").format(
                    file=LICENSES_FILE
                )
            )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.about_qt_button = buttons.addButton(
            self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.about_qt_button.clicked.connect(lambda: QMessageBox.aboutQt(self))
        self.copy_button = buttons.addButton(
            self.tr("&Copy Version Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("For a message to whoever looks after Office Desk"))
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.versions_label)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def licences_text(self) -> str:
        return self.licences.toPlainText()

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(
            "\n".join(f"{name}: {version}" for name, version in version_lines())
        )
