"""File ▸ Restore from Backup: the backups of the open file, with what each holds.

Each backup is listed with when and why it was made, its size and its live records
by kind, beside the current file's counts; a backup that cannot be read is greyed,
with the reason as its tooltip. Choosing one asks for confirmation and closes the
dialog with :meth:`RestoreDialog.chosen_backup` set: the caller closes its database,
restores with :func:`office_desk.core.store.backup.restore_file` (which first backs the
current file up) and opens it again. The dialog itself changes no file.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import kinds
from ..core.i18n import QT_TRANSLATE_NOOP, current_language
from ..core.locale_format import format_date, format_number
from ..core.store.backup import BackupError, BackupInfo, list_backups, record_counts, upgraded_from
from .external import open_url
from .icons import icon
from .plain_text import literal, shown

#: The kinds counted, in column order: the registry's (core.store.backup.KINDS counts
#: each of them).
COUNTED: tuple[str, ...] = kinds.NAMES
REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "Daily"),
    "on-close": QT_TRANSLATE_NOOP("RestoreDialog", "On close"),
    "before-import": QT_TRANSLATE_NOOP("RestoreDialog", "Before import"),
    "before-merge": QT_TRANSLATE_NOOP("RestoreDialog", "Before merge"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before restore"),
    "before-cleanup": QT_TRANSLATE_NOOP("RestoreDialog", "Before removing unknown objects"),
}
REASON_ICONS = {
    "daily": "mdi6.calendar-today",
    "on-close": "mdi6.exit-run",
    "before-import": "mdi6.import",
    "before-merge": "mdi6.call-merge",
    "before-restore": "mdi6.backup-restore",
    "before-cleanup": "mdi6.shield-remove-outline",
    "schema": "mdi6.database-arrow-up",
}
WARNING_COLOUR = "#D98A00"  # as the project board's warnings
MADE, REASON, SIZE = 0, 1, 2
FIRST_COUNT = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def reason_label(reason: str) -> str:
    """Why a backup was made, in words ("Daily", "Before upgrade (schema 0001)")."""
    if reason in REASON_LABELS:
        return _tr(REASON_LABELS[reason])
    revision = upgraded_from(reason)
    if revision is not None:
        return QCoreApplication.translate(
            "RestoreDialog", "Before upgrade (schema {revision})"
        ).format(revision=revision)
    return reason


def _reason_icon(reason: str) -> str | None:
    return REASON_ICONS.get("schema" if upgraded_from(reason) else reason)


def made_text(info: BackupInfo) -> str:
    """The local date (in the chosen language's style) and time a backup was made."""
    return f"{format_date(info.made.date())} {info.made:%H:%M}"


def size_text(size: int) -> str:
    """``size`` bytes for people: "1.2 MB", "350 KB" (in the chosen language)."""
    locale = (
        QLocale(current_language())
        if current_language()
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    decimals = 1 if size >= 1024 * 1024 else 0  # "1.2 MB", "672 kB"
    return locale.formattedDataSize(
        size, decimals, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def _count_text(counts: dict[str, int], kind: str) -> str:
    return format_number(counts[kind]) if kind in counts else "—"


class RestoreDialog(QDialog):
    """The backups of ``source`` found in ``backup_folder``; :meth:`chosen_backup` is the
    one to restore after ``exec()`` returned Accepted."""

    def __init__(self, source: Path, backup_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.backup_folder = backup_folder
        self.backups: list[BackupInfo] = []
        self.current_counts: dict[str, int] = {}
        self.load_seconds = 0.0
        self._chosen: Path | None = None
        self.setObjectName("restore_dialog")
        self.setWindowTitle(shown(self.tr("Restore {file} from a Backup").format(file=source.name)))
        self.resize(860, 460)

        self.current_label = QLabel(self)
        self.current_label.setObjectName("current_counts")
        self.current_label.setWordWrap(True)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        self.current_label.setToolTip(literal(source))

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backups")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Reason"),
                self.tr("Size"),
                *(kinds.get(kind).phrases("title") for kind in COUNTED),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        for column in range(SIZE, FIRST_COUNT + len(COUNTED)):
            self.tree.headerItem().setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label.setMargin(24)

        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("backup_detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(icon("mdi6.backup-restore"), self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restore_button")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(
            icon("mdi6.folder-open-outline"), self.tr("Show in &Folder"), self
        )
        self.folder_button.setObjectName("show_folder_button")
        self.folder_button.setToolTip(literal(backup_folder))
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.show_folder)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.buttons)

        self.load()

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the current file's counts and every backup's (read-only), and list them."""
        started = time.perf_counter()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                self.current_counts = record_counts(self.source)
                current_problem = ""
            except BackupError as exc:
                self.current_counts = {}
                current_problem = str(exc)
            self.backups = list_backups(self.backup_folder, self.source)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if current_problem:
            self.current_label.setText(
                shown(
                    self.tr("Current file: cannot be read ({problem})").format(
                        problem=current_problem
                    )
                )
            )
        else:
            self.current_label.setText(
                self.tr("Current file: {counts}").format(
                    counts=", ".join(
                        kinds.get(kind).phrases("nouns")
                        + " "
                        + _count_text(self.current_counts, kind)
                        for kind in COUNTED
                    )
                )
            )
        self._fill()
        self.load_seconds = time.perf_counter() - started

    def _fill(self) -> None:
        self.tree.clear()
        palette = self.palette()
        grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for number, info in enumerate(self.backups):
            item = QTreeWidgetItem(
                [
                    made_text(info),
                    reason_label(info.reason),
                    size_text(info.size),
                    *(_count_text(info.counts, kind) if info.usable else "" for kind in COUNTED),
                ]
            )
            item.setData(MADE, Qt.ItemDataRole.UserRole, number)
            for column in range(SIZE, FIRST_COUNT + len(COUNTED)):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if info.usable:
                item.setToolTip(MADE, literal(info.path.name))
                name = _reason_icon(info.reason)
                if name:
                    item.setIcon(REASON, icon(name))
                for offset, kind in enumerate(COUNTED):
                    if kind in info.counts and kind in self.current_counts:
                        item.setToolTip(
                            FIRST_COUNT + offset,
                            self.tr("Now: {count}").format(
                                count=format_number(self.current_counts[kind])
                            ),
                        )
                        if info.counts[kind] != self.current_counts[kind]:
                            font = item.font(FIRST_COUNT + offset)
                            font.setBold(True)
                            item.setFont(FIRST_COUNT + offset, font)
            else:
                # Greyed, and selectable only to read why: Restore stays disabled.
                item.setIcon(REASON, qta.icon("mdi6.alert-outline", color=WARNING_COLOUR))
                tip = literal(self.tr("Cannot be restored: {problem}").format(problem=info.problem))
                for column in range(self.tree.columnCount()):
                    item.setForeground(column, grey)
                    item.setToolTip(column, tip)
            self.tree.addTopLevelItem(item)
        empty = not self.backups
        self.tree.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.empty_label.setText(
            shown(
                self.tr(
                    "No backups of this file yet.\n\n"
                    "Office Desk makes one every day you open it (when the file has changed since "
                    "its last backup), one when you close it after changes, and one before every "
                    "import, merge, restore or upgrade.\n\n"
                    "Backups are kept in:\n{folder}"
                ).format(folder=self.backup_folder)
            )
        )
        self.folder_button.setEnabled(self.backup_folder.is_dir())
        if self.backups:
            first_usable = next((n for n, b in enumerate(self.backups) if b.usable), 0)
            current = self.tree.topLevelItem(first_usable)
            if current is not None:
                self.tree.setCurrentItem(current)
        self._selection_changed()

    # ------------------------------------------------------------------ choosing

    def selected_backup(self) -> BackupInfo | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        return self.backups[int(items[0].data(MADE, Qt.ItemDataRole.UserRole))]

    def chosen_backup(self) -> Path | None:
        """The backup to restore, once the user confirmed (None: closed without one)."""
        return self._chosen

    def _selection_changed(self) -> None:
        info = self.selected_backup()
        self.restore_button.setEnabled(info is not None and info.usable)
        self.restore_button.setDefault(info is not None and info.usable)
        if info is None:
            self.detail_label.clear()
        elif info.usable:
            self.detail_label.setText(shown(info.path))
        else:
            self.detail_label.setText(
                shown(
                    self.tr("{file} cannot be restored: {problem}").format(
                        file=info.path.name, problem=info.problem
                    )
                )
            )

    def restore_selected(self) -> None:
        """Ask for confirmation, then close with the selected backup chosen."""
        info = self.selected_backup()
        if info is None or not info.usable:
            return
        if self.confirm(info):
            self._chosen = info.path
            self.accept()

    def confirmation_text(self, info: BackupInfo) -> tuple[str, str]:
        """The question and the details (an HTML table of records, then and now)."""
        question = self.tr(
            "Replace the current file with the backup made on {made} ({reason})?"
        ).format(made=made_text(info), reason=reason_label(info.reason))
        rows = "".join(
            f"<tr><td>{html.escape(kinds.get(kind).phrases('title'))}</td>"
            f"<td align='right'>{_count_text(info.counts, kind)}</td>"
            f"<td align='right'>{_count_text(self.current_counts, kind)}</td></tr>"
            for kind in COUNTED
        )
        explanation = self.tr(
            "The current file is backed up first (as “Before restore”), so you can go "
            "back to it from this list. Anything added or changed since the backup was "
            "made will no longer be in the file."
        )
        records, then, now = self.tr("Records"), self.tr("In the backup"), self.tr("Now")
        details = (
            f"<p>{html.escape(explanation)}</p>"
            "<table cellspacing='0' cellpadding='3'>"
            f"<tr><th align='left'>{html.escape(records)}</th>"
            f"<th align='right'>{html.escape(then)}</th>"
            f"<th align='right'>{html.escape(now)}</th></tr>"
            f"{rows}</table>"
        )
        return question, details

    def confirm(self, info: BackupInfo) -> bool:
        """True when the user confirms restoring ``info``."""
        question, details = self.confirmation_text(info)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from Backup"),
            html.escape(question),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("restore_confirmation")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setInformativeText(details)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("confirm_restore")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def show_folder(self) -> None:
        open_url(QUrl.fromLocalFile(str(self.backup_folder)))
