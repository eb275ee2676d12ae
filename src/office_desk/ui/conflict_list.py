"""Team ▸ Conflicts: the edits a sync could not keep both of, one field each.

When two people changed the same field before syncing, the later edit is kept and the
other waits here, side by side with it: both values, who made each and when. One click
takes the other value (it becomes a new edit of this laptop, synced like any other) or
keeps the value in place; either way the conflict leaves the list. Resolving writes to
the file, so it goes through :class:`~office_desk.ui.operation.Operation`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import kinds
from .app_context import AppContext
from .change_times import when_text
from .operation import Operation
from .plain_text import literal, plain_label, set_plain, shown

#: The kind of record each record table holds ("contact" for its table).
KIND_OF_TABLE = {kind.model.__tablename__: kind.name for kind in kinds.KINDS}

#: Why a conflict is listed, in a word (the list) and in a sentence (beside the values).
REASONS = {
    "concurrent": (
        QT_TRANSLATE_NOOP("ConflictListDialog", "Changed on both sides"),
        QT_TRANSLATE_NOOP(
            "ConflictListDialog",
            "Both sides changed this field before syncing; the later edit was kept.",
        ),
    ),
    "deleted": (
        QT_TRANSLATE_NOOP("ConflictListDialog", "Deleted on one side"),
        QT_TRANSLATE_NOOP(
            "ConflictListDialog",
            "The record was deleted on one side while it was changed on the other.",
        ),
    ),
    "refused": (
        QT_TRANSLATE_NOOP("ConflictListDialog", "Refused by the server"),
        QT_TRANSLATE_NOOP(
            "ConflictListDialog",
            "The server refused this edit: your office may not change this record. "
            "Ask its office to make the change.",
        ),
    ),
}


def _reason(reason: str, index: int) -> str:
    texts = REASONS.get(reason)
    return QCoreApplication.translate("ConflictListDialog", str(texts[index])) if texts else reason


def _value(text: str) -> str:
    return text if text else "—"


class ConflictListDialog(QDialog):
    """The open conflicts of ``context``'s file (see the module's description)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_list")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(900, 560)
        self.context = context
        self.conflicts: list[Any] = []

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflicts")
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_record())

        self.reason_label = plain_label()
        self.reason_label.setWordWrap(True)
        self.kept_box, self.kept_value, self.kept_by, self.keep_button = self._side(
            self.tr("Kept (in the file now)"), self.tr("&Keep"), self.keep
        )
        self.other_box, self.other_value, self.other_by, self.take_button = self._side(
            self.tr("Other value"), self.tr("&Take Other Value"), self.take_other
        )
        self.keep_button.setObjectName("keep_button")
        self.keep_button.setToolTip(self.tr("Keep the value in place; the conflict is closed"))
        self.take_button.setObjectName("take_other_button")
        self.take_button.setToolTip(
            self.tr("Put the other value in place: an edit of yours, synced like any other")
        )
        sides = QWidget()
        grid = QGridLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.reason_label, 0, 0, 1, 2)
        grid.addWidget(self.kept_box, 1, 0)
        grid.addWidget(self.other_box, 1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(sides)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            self.tr("&Show Record"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(self.open_record)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.reload()

    def _side(
        self, title: str, button_text: str, action: Callable[[], None]
    ) -> tuple[QGroupBox, QPlainTextEdit, QLabel, QPushButton]:
        box = QGroupBox(title)
        value = QPlainTextEdit()
        value.setReadOnly(True)
        value.setMinimumHeight(60)
        by = plain_label()
        by.setWordWrap(True)
        button = QPushButton(button_text)
        button.clicked.connect(action)
        column = QVBoxLayout(box)
        column.addWidget(value, 1)
        column.addWidget(by)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box, value, by, button

    # ------------------------------------------------------------------ the list

    def reload(self, *_args: object) -> None:
        """Read the open conflicts again (after a sync, after one was resolved)."""
        from ..core import sync as team

        if self.context.closed:
            return
        current = self.current()
        self.conflicts = team.open_conflicts(self.context.store)
        self.tree.clear()
        for conflict in self.conflicts:
            item = QTreeWidgetItem(
                [
                    shown(f"{conflict.kind_label}: {conflict.record_title}"),
                    shown(conflict.field_label),
                    _reason(conflict.reason, 0),
                ]
            )
            item.setToolTip(0, literal(f"{conflict.kind_label}: {conflict.record_title}"))
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), 420))
        count = len(self.conflicts)
        if count == 0:
            self.heading.setText(self.tr("No conflicts: every edit of the team is in place."))
        elif count == 1:
            self.heading.setText(
                self.tr(
                    "One edit could not be kept beside another. Compare the two values, then "
                    "keep the one in place or take the other."
                )
            )
        else:
            self.heading.setText(
                self.tr(
                    "{count} edits could not be kept beside others. Compare the two values, "
                    "then keep the one in place or take the other."
                ).format(count=count)
            )
        ids = [c.id for c in self.conflicts]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        chosen = self.tree.topLevelItem(min(row, count - 1)) if self.conflicts else None
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._show_current()

    def current(self) -> Any:
        """The conflict selected in the list, or None."""
        item = self.tree.currentItem()
        if item is None:
            return None
        row = self.tree.indexOfTopLevelItem(item)
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self) -> None:
        conflict = self.current()
        for widget in (self.kept_box, self.other_box, self.reason_label, self.open_button):
            widget.setEnabled(conflict is not None)
        if conflict is None:
            for edit in (self.kept_value, self.other_value):
                edit.clear()
            for label in (self.kept_by, self.other_by, self.reason_label):
                label.clear()
            return
        set_plain(self.reason_label, _reason(conflict.reason, 1))
        self.kept_value.setPlainText(shown(_value(conflict.kept_value)))
        self.other_value.setPlainText(shown(_value(conflict.other_value)))
        set_plain(self.kept_by, self._by(conflict.kept_by, conflict.kept_at))
        set_plain(self.other_by, self._by(conflict.other_by, conflict.other_at))
        # A refused edit would only be refused again.
        self.take_button.setEnabled(conflict.reason != "refused")

    def _by(self, who: str, when: Any) -> str:
        if who and when:
            return self.tr("by {user} on {date}").format(user=who, date=when_text(when))
        if who:
            return self.tr("by {user}").format(user=who)
        return self.tr("on {date}").format(date=when_text(when)) if when else ""

    # ------------------------------------------------------------------ resolving

    def keep(self) -> None:
        from ..core import sync as team

        self._resolve(team.keep_value, set())

    def take_other(self) -> None:
        from ..core import sync as team

        conflict = self.current()
        if conflict is not None:
            kind = KIND_OF_TABLE.get(conflict.table)
            self._resolve(team.take_other_value, {kind} if kind else {"*"})

    def _resolve(self, resolve: Callable[[Any, str], None], changed: set[str]) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        store, conflict_id = self.context.store, conflict.id
        return (
            Operation(self, self.context, lambda _progress: resolve(store, conflict_id))
            .changes(changed)
            .failed(self.tr("Conflicts"), self.tr("The conflict is still open.\n\n{error}"))
            .success(self.reload)
            .run()
        )

    def open_record(self) -> None:
        """Show the selected conflict's record in the main window."""
        conflict = self.current()
        kind = KIND_OF_TABLE.get(conflict.table) if conflict is not None else None
        if conflict is not None and kind is not None:
            self.context.open_record.emit(kind, conflict.record_id)
