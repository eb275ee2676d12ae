"""The dry run's rows as a table: what happens to each row of the imported file.

A lazy model (a 100,000-row file shows at once): the line, the name, what happens
(new, update, skip, duplicate with the choice made, error), the matches and the notes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from .plain_text import literal, shown

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("ImportDialog", "New"),
    "update": QT_TRANSLATE_NOOP("ImportDialog", "Update"),
    "skip": QT_TRANSLATE_NOOP("ImportDialog", "Skip"),
    "error": QT_TRANSLATE_NOOP("ImportDialog", "Error"),
    "duplicate": QT_TRANSLATE_NOOP("ImportDialog", "Duplicate"),
}
CHOICE_LABELS = {
    "skip": QT_TRANSLATE_NOOP("ImportDialog", "Skip"),
    "merge": QT_TRANSLATE_NOOP("ImportDialog", "Merge into existing"),
    "create": QT_TRANSLATE_NOOP("ImportDialog", "Create anyway"),
}
ACTION_COLOURS = {
    "error": "#c62828",
    "duplicate": "#b26a00",
    "update": "#1565c0",
    "create": "#2e7d32",
}
SHOW_FILTERS = (
    ("all", QT_TRANSLATE_NOOP("ImportDialog", "All rows")),
    ("duplicate", QT_TRANSLATE_NOOP("ImportDialog", "Duplicates")),
    ("error", QT_TRANSLATE_NOOP("ImportDialog", "Errors")),
    ("create", QT_TRANSLATE_NOOP("ImportDialog", "New")),
    ("update", QT_TRANSLATE_NOOP("ImportDialog", "Updates")),
    ("skip", QT_TRANSLATE_NOOP("ImportDialog", "Skipped")),
)
Index = QModelIndex | QPersistentModelIndex


def translated_label(text: str) -> str:
    """One of the labels above, in the chosen language."""
    return QCoreApplication.translate("ImportDialog", text)


def row_status(row: Any) -> str:
    """``duplicate`` for a row that matches a record, else the planned action."""
    return "duplicate" if row.duplicate_of and row.action != "error" else str(row.action)


class PlanModel(QAbstractTableModel):
    """The dry run's rows (lazy: a 100,000-row file shows at once)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PlanModel", "Line"),
        QT_TRANSLATE_NOOP("PlanModel", "Name"),
        QT_TRANSLATE_NOOP("PlanModel", "What happens"),
        QT_TRANSLATE_NOOP("PlanModel", "Matches"),
        QT_TRANSLATE_NOOP("PlanModel", "Notes"),
    )

    def __init__(self, plan: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.rows: list[Any] = list(plan.rows)

    def show_only(self, status: str) -> None:
        self.beginResetModel()
        self.rows = [r for r in self.plan.rows if status == "all" or row_status(r) == status]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PlanModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        status = row_status(row)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.line
            if column == 1:
                return shown(row.title())
            if column == 2:
                choice = CHOICE_LABELS.get(row.choice)
                if status == "duplicate":
                    return self.tr("Duplicate: {choice}").format(
                        choice=translated_label(choice) if choice else row.choice
                    )
                action = ACTION_LABELS.get(status)
                return translated_label(action) if action else status
            if column == 3:
                return shown("; ".join(f"{m.title} ({m.reason})" for m in row.duplicate_of))
            return shown(" ".join(row.messages))
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            colour = ACTION_COLOURS.get(status)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return literal("\n".join(row.messages)) or None  # messages quote the file
        return None

    def row_at(self, number: int) -> Any:
        return self.rows[number]

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))
