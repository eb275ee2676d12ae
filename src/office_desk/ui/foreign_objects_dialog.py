"""A file whose schema is not Office Desk's own: list what is there, offer to remove it.

Opening a file refuses it (:class:`~office_desk.core.store.database.ForeignObjects`) when it
holds triggers, views, indexes or tables the app did not make, or one of its own
changed (:mod:`office_desk.core.store.schema_audit`). The main window then calls
:func:`offer_removal`, which shows :class:`ForeignObjectsDialog`: each object with its
kind, name, table and what is wrong, and its SQL for whoever looks after the file.

* The user confirms: a verified backup of the file as it is (``before-cleanup``, in
  the backups folder) is made first, the objects are removed (and the app's own
  indexes re-created where one was changed), and the file is opened.
* The user declines, or the objects cannot be removed (another user's Office Desk has
  the file open, or one of the app's own tables is changed or missing): the file is
  not opened at all, and not changed. Not read-only either: a read-only window would
  still let "Save a Copy" and exports carry the objects on, and offers nothing the
  user cannot have by removing them (the backup keeps the file as it was).
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Callable
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.store.database import ForeignObjects
from ..core.store.schema_audit import (
    CHANGED,
    FOREIGN,
    MISSING,
    Difference,
    SchemaReport,
    shown_name,
    type_word,
)
from ..core.write_errors import error_text
from . import settings
from .icons import icon

log = logging.getLogger(__name__)

WARNING_COLOUR = "#D98A00"  # as the restore dialog's and the project board's warnings
KIND, NAME, TABLE, FINDING = range(4)
FINDINGS = {
    FOREIGN: QT_TRANSLATE_NOOP("ForeignObjectsDialog", "Not made by Office Desk"),
    CHANGED: QT_TRANSLATE_NOOP("ForeignObjectsDialog", "Differs from Office Desk's own"),
    MISSING: QT_TRANSLATE_NOOP("ForeignObjectsDialog", "Missing"),
}


def _bare(name: str) -> str:
    """``name`` as :func:`shown_name` makes it safe, without its quotes (a column)."""
    return shown_name(name)[1:-1]


class ForeignObjectsDialog(QDialog):
    """What is in ``path``'s schema that is not Office Desk's own. With ``can_remove``,
    accepting means "back up, remove and open"; otherwise ``why_not`` says why it
    cannot be done and the only button is Close."""

    def __init__(
        self,
        path: Path,
        report: SchemaReport,
        backup_folder: Path,
        *,
        can_remove: bool,
        why_not: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.report = report
        self.setObjectName("foreign_objects_dialog")
        self.setWindowTitle(self.tr("Unknown Objects in {file}").format(file=path.name))
        self.resize(820, 560)

        badge = QLabel(self)
        badge.setPixmap(qta.icon("mdi6.shield-alert-outline", color=WARNING_COLOUR).pixmap(40, 40))
        badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("foreign_objects_title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setText(
            self.tr("This file holds database objects that Office Desk did not make.")
            if report.foreign
            else self.tr("This file's database objects are not the ones Office Desk makes.")
        )
        self.explanation = QLabel(self)
        self.explanation.setObjectName("foreign_objects_explanation")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            self.tr(
                "Objects like these act by themselves whenever records are saved: a trigger "
                "can rewrite e-mail addresses, for example, or copy every contact into a "
                "hidden table. Office Desk has not opened {file} and has not changed it.\n\n"
                "If you did not add them yourself, ask whoever gave you the file."
            ).format(file=path.name)
        )
        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.explanation)
        top = QHBoxLayout()
        top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("foreign_objects")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("On table"), self.tr("Finding")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for number, difference in enumerate(report.differences):
            self.tree.addTopLevelItem(self._item(number, difference))
        self.tree.itemSelectionChanged.connect(self._show_definition)

        self.definition_label = QLabel(self.tr("Its definition (SQL):"), self)
        self.definition = QPlainTextEdit(self)
        self.definition.setObjectName("foreign_object_sql")
        self.definition.setReadOnly(True)
        self.definition.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.definition.setMaximumHeight(120)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.definition.setFont(mono)

        self.action_label = QLabel(self)
        self.action_label.setObjectName("foreign_objects_action")
        self.action_label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.remove_button: QPushButton | None = None
        if can_remove and report.foreign == report.differences:
            self.action_label.setText(
                self.tr(
                    "Remove them: Office Desk first saves a verified backup of the file as it is "
                    "now (in {folder}), then removes the objects and opens the file."
                ).format(folder=backup_folder)
            )
        elif can_remove:
            self.action_label.setText(
                self.tr(
                    "Remove them: Office Desk first saves a verified backup of the file as it is "
                    "now (in {folder}), then removes the objects, puts its own back where one "
                    "was changed or is missing, and opens the file."
                ).format(folder=backup_folder)
            )
        if can_remove:
            self.remove_button = QPushButton(
                icon("mdi6.shield-remove-outline"), self.tr("Back Up, &Remove and Open"), self
            )
            self.remove_button.setObjectName("remove_button")
            self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.AcceptRole)
            keep = self.buttons.addButton(
                self.tr("&Don't Open"), QDialogButtonBox.ButtonRole.RejectRole
            )
            keep.setObjectName("dont_open_button")
            keep.setDefault(True)  # nothing changes unless the user says so
        else:
            self.action_label.setText(why_not)
            close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.setObjectName("close_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.definition_label)
        layout.addWidget(self.definition)
        layout.addWidget(self.action_label)
        layout.addWidget(self.buttons)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _item(self, number: int, difference: Difference) -> QTreeWidgetItem:
        obj = difference.obj
        finding = QCoreApplication.translate("ForeignObjectsDialog", FINDINGS[difference.finding])
        kind = type_word(obj.type)
        item = QTreeWidgetItem(
            [
                kind[:1].upper() + kind[1:],
                _bare(obj.name),
                _bare(obj.table) if obj.table != obj.name else "",
                finding,
            ]
        )
        item.setData(KIND, Qt.ItemDataRole.UserRole, number)
        if difference.finding != MISSING:
            item.setIcon(FINDING, qta.icon("mdi6.alert-outline", color=WARNING_COLOUR))
        return item

    def object_rows(self) -> list[list[str]]:
        """The list as shown: kind, name, table, finding per row."""
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            assert item is not None
            rows.append([item.text(column) for column in range(self.tree.columnCount())])
        return rows

    def _show_definition(self) -> None:
        items = self.tree.selectedItems()
        if not items:
            self.definition.clear()
            return
        difference = self.report.differences[int(items[0].data(KIND, Qt.ItemDataRole.UserRole))]
        expected = difference.expected.sql if difference.expected else None
        if difference.finding == MISSING:
            self.definition_label.setText(self.tr("Its definition (SQL):"))
            self.definition.setPlainText(self.tr("(not in the file)"))
        elif difference.finding == CHANGED and expected and difference.obj.sql:
            self.definition_label.setText(
                self.tr("How it differs from Office Desk's own (SQL, - ours, + this file's):")
            )
            self.definition.setPlainText(
                "\n".join(
                    difflib.unified_diff(
                        expected.splitlines(), difference.obj.sql.splitlines(), lineterm="", n=1
                    )
                ).split("\n", 2)[-1]
            )  # without the ---/+++ header
        else:
            self.definition_label.setText(self.tr("Its definition (SQL):"))
            self.definition.setPlainText(difference.obj.sql or self.tr("(made by SQLite)"))


def offer_removal(
    window: QMainWindow, error: ForeignObjects, *, writable: bool, reopen: Callable[[], None]
) -> None:
    """Show what ``error`` found in its file; if the user confirms, back the file up,
    remove the objects (in the background) and call ``reopen``. Otherwise, or when
    they cannot be removed, the file stays as it is and unopened."""
    from .background import run_in_background

    path, report = error.path, error.report
    folder = settings.backup_folder()
    translate = QCoreApplication.translate
    if not writable:
        why_not = translate(
            "ForeignObjectsDialog",
            "Another user's Office Desk has the file open, so the objects cannot be removed "
            "now; the file was not opened. Try again once it is closed there.",
        )
    elif not report.repairable:
        why_not = translate(
            "ForeignObjectsDialog",
            "Some of Office Desk's own tables are changed or missing; removing objects "
            "cannot put that right, so the file was not opened. Restore a backup of it, or "
            "ask whoever gave it to you.",
        )
    else:
        why_not = ""
    dialog = ForeignObjectsDialog(
        path, report, folder, can_remove=not why_not, why_not=why_not, parent=window
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or why_not:
        return
    from ..core.store.backup import back_up_and_remove

    removed = translate(
        "ForeignObjectsDialog",
        "Removed the unknown objects from {file}; the file as it was is kept as {backup}.",
    )
    not_removed = translate("ForeignObjectsDialog", "Not removed")
    why = translate(
        "ForeignObjectsDialog",
        "The objects were not removed and the file was not opened.\n\n{error}",
    )

    def work(_progress: object) -> Path:
        return back_up_and_remove(path, report, folder)

    def done(copy: Path) -> None:
        window.statusBar().showMessage(removed.format(file=path.name, backup=copy.name), 20000)
        reopen()

    def failed(exc: BaseException) -> None:
        log.warning("removing foreign objects from %s failed", path, exc_info=exc)
        QMessageBox.warning(window, not_removed, why.format(error=error_text(exc, path)))

    label = translate("ForeignObjectsDialog", "Backing up and cleaning {file}…")
    run_in_background(window, label.format(file=path.name), work, done, failed, cancellable=False)
