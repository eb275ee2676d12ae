"""Finding a record in a picker (an editable combo box) by typing part of its name.

Typing filters the suggestions the way the rest of the app searches: in any case,
with or without accents and umlauts ("Mueller", "Muller", "Müller"), Chinese names by
their characters or their pinyin ("王芳", "wang fang"), and by what the label shows
beside the name (organization, city, e-mail), every word typed in any order.

Return chooses a suggestion only when it is clear which: the one the user moved to
with the arrow keys, the only one left, or the one whose label was typed in full.
With several left and none chosen, Return shows them instead of taking the first
(two "Wang Fang" must not be told apart by chance). :class:`PickerSearch` calls back
the field with the chosen row of the combo box; the field decides what choosing does
(select it, or add it to a list).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter

from ..core.services.relations import picker_matches, picker_search_key

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class FoldedFilter(QSortFilterProxyModel):
    """The combo box's items whose search key holds every word typed.

    The labels are kept here, one per combo row ("" for rows that are not records, such
    as "—" for none), not read back through Qt for every row on every keystroke; each
    label's search key (folded, umlauts spelled out, pinyin) is worked out the first
    time a search needs it: for 100,000 contacts that took 4 s, which opening an editor
    must not wait for."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._query = ""
        self.labels: list[str] = []
        self._keys: dict[int, str] = {}

    def set_query(self, text: str) -> None:
        if text.strip() != self._query:
            self.beginFilterChange()
            self._query = text.strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_labels(self, labels: list[str]) -> None:
        self.beginFilterChange()
        self.labels = labels
        self._keys = {}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def key(self, row: int) -> str:
        key = self._keys.get(row)
        if key is None:
            label = self.labels[row] if row < len(self.labels) else ""
            key = self._keys[row] = picker_search_key(label) if label else ""
        return key

    def filterAcceptsRow(
        self,
        source_row: int,  # noqa: N802 - Qt's name
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not self._query:
            return bool(source_row < len(self.labels) and self.labels[source_row])
        key = self.key(source_row)
        return bool(key) and picker_matches(self._query, key)


class PickerSearch(QObject):
    """Folded, word-by-word suggestions for an editable ``combo`` and a careful Return.

    ``on_choose(row)`` is called with the combo row the user chose by Return (or Enter),
    and with ``choose_on_tab`` by Tab from a suggestion the user moved to;
    ``return_without_popup``: also take Return when no suggestions are shown (a finder
    box, where Return must never reach the dialog's Save button); rows before
    ``first_row`` are not records ("—" for none).
    """

    def __init__(
        self,
        combo: QComboBox,
        on_choose: Callable[[int], None],
        return_without_popup: bool = False,
        first_row: int = 0,
        choose_on_tab: bool = False,
    ) -> None:
        super().__init__(combo)
        self.combo = combo
        self.choose_on_tab = choose_on_tab
        self.first_row = first_row  # rows before it are not records ("—" for none)
        self.on_choose = on_choose
        self.return_without_popup = return_without_popup
        self.filter = FoldedFilter(self)
        self.filter.setSourceModel(combo.model())
        self.completer = QCompleter(self.filter, self)
        # The filter does the matching; the completer only shows what it lets through.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        combo.setCompleter(self.completer)
        self.popup = self.completer.popup()
        self.popup.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Typed text only: highlighting a suggestion puts its label in the box, which must
        # not narrow the suggestions to that one.
        combo.lineEdit().textEdited.connect(self._typed)
        combo.installEventFilter(self)
        self.popup.installEventFilter(self)  # after the completer's: sees keys first
        self.names: list[str] = []
        self.refresh_keys()

    def refresh_keys(self, names: list[str] | None = None) -> None:
        """Take the records' labels (after the items changed; their search keys are
        worked out when a search first needs them); ``names`` are
        the records' names without what tells them apart, from ``first_row`` on (typed
        in full, a name alone chooses its record when it has no namesake)."""
        self.filter.set_labels(
            [
                self.combo.itemText(row) if row >= self.first_row else ""
                for row in range(self.combo.count())
            ]
        )
        self.names = [""] * self.first_row + list(names or [])
        self._fit_views()

    def exact_rows(self, text: str) -> list[int]:
        """The records whose label, or name alone, is ``text`` (in any case)."""
        wanted = text.strip().casefold()
        if not wanted:
            return []
        return [
            row
            for row in range(self.first_row, min(self.combo.count(), len(self.filter.labels)))
            if self.combo.itemText(row).casefold() == wanted
            or (row < len(self.names) and self.names[row].casefold() == wanted)
        ]

    def is_record(self, row: int) -> bool:
        return self.first_row <= row < len(self.filter.labels)

    def _fit_views(self) -> None:
        """Wide enough to show what tells namesakes apart (it comes after the name)."""
        view = self.combo.view()
        wanted = view.sizeHintForColumn(0) + 40
        screen = self.combo.screen().availableGeometry().width() if self.combo.screen() else 1200
        width = max(self.combo.width(), min(wanted, int(screen * 0.8)))
        view.setMinimumWidth(width)
        self.popup.setMinimumWidth(width)

    def _typed(self, text: str) -> None:
        self.filter.set_query(text)

    # ------------------------------------------------------------------ choosing

    def chosen_row(self) -> int | None:
        """The combo row Return would choose now, or None when it is not clear which."""
        if self.popup.isVisible():
            selected = self.popup.selectionModel().selectedRows()
            if selected:
                return self._source_row(selected[0])
        text = self.combo.currentText().strip()
        if not text:
            return None
        current = self.combo.currentIndex()
        if self.is_record(current) and self.combo.itemText(current) == text:
            return current  # chosen from the list, or by a click on a suggestion
        exact = self.exact_rows(text)
        if len(exact) == 1:
            return exact[0]
        self.filter.set_query(text)
        if self.filter.rowCount() == 1:
            return self.filter.mapToSource(self.filter.index(0, 0)).row()
        return None

    def _source_row(self, index: QModelIndex) -> int:
        completion = self.completer.completionModel()
        inner = completion.mapToSource(index)  # type: ignore[attr-defined]
        return self.filter.mapToSource(inner).row()

    def show_suggestions(self) -> None:
        text = self.combo.currentText().strip()
        if not text:
            return
        self.filter.set_query(text)
        self.completer.setCompletionPrefix(text)
        self.completer.complete()

    def press_return(self) -> None:
        """What Return does: choose when it is clear which, else show the suggestions."""
        row = self.chosen_row()
        self.popup.hide()
        if row is None:
            if self.filter.rowCount() > 1:
                self.show_suggestions()
            return
        self.on_choose(row)

    def _leave(self, event: QKeyEvent) -> None:
        """Tab out of the suggestions: choose only what the user moved to (Qt's own
        completer would take the first suggestion, one of two namesakes by chance)."""
        selected = self.popup.selectionModel().selectedRows()
        self.popup.hide()
        if selected and self.choose_on_tab:
            self.on_choose(self._source_row(selected[0]))
        self.combo.event(event)  # on to the next field, as Tab does

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.key() in _RETURN_KEYS and (
            watched is self.popup
            or (watched is self.combo and (self.return_without_popup or self.popup.isVisible()))
        ):
            self.press_return()
            return True
        if watched is self.popup and event.key() in _TAB_KEYS:
            self._leave(event)
            return True
        return super().eventFilter(watched, event)
