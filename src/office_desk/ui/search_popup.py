"""Global search (Ctrl+K): results of every kind as you type; Enter opens the record."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import kinds
from ..core.finder import Found, find
from .app_context import AppContext
from .icons import icon
from .kinds import kind_icon
from .plain_text import plain_label, shown


class SearchPopup(QDialog):
    """A search box over everything, with a live list of results."""

    opened = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("global_search")
        self.setWindowTitle(self.tr("Search everything"))
        self.setModal(True)
        self.resize(620, 440)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("Search offices, organizations, people, projects, events…")
        )
        self.edit.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.edit.setClearButtonEnabled(True)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.edit.setFont(font)
        self.results = QListWidget(self)
        self.results.setObjectName("search_results")
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._open_item)
        self.hint = plain_label(parent=self)  # "Nothing matches “<what was typed>”"
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._open_current)
        self.edit.installEventFilter(self)
        self._show_hint(self._start_hint())

    def _start_hint(self) -> str:
        return self.tr("Type a name in any script: 张伟, Zhang Wei, Müller or Mueller.")

    def _show_hint(self, text: str) -> None:
        self.hint.setText(shown(text))

    def run_search(self) -> list[Found]:
        text = self.edit.text()
        self.results.clear()
        if not text.strip():
            self._show_hint(self._start_hint())
            return []
        found = find(self.context.store, text, limit=60)
        for f in found:
            label = f"{f.title}" + (f"   —   {f.detail}" if f.detail else "")
            item = QListWidgetItem(kind_icon(f.kind), shown(label))
            item.setData(Qt.ItemDataRole.UserRole, (f.kind, f.id))
            item.setToolTip(kinds.get(f.kind).phrases("label"))  # "Person"
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            self._show_hint(
                self.tr("{count} found · ↑↓ to choose · Enter to open · Esc to close").format(
                    count=len(found)
                )
            )
        else:
            self._show_hint(self.tr("Nothing matches “{text}”.").format(text=text))
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                row = self.results.currentRow()
                step = {
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 8,
                    Qt.Key.Key_PageUp: -8,
                }[Qt.Key(event.key())]
                if self.results.count():
                    self.results.setCurrentRow(max(0, min(self.results.count() - 1, row + step)))
                return True
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self.opened.emit(kind, record_id)
