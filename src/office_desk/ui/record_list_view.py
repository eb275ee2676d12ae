"""One view per kind of record: filters on top, the list on the left, details on the right."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import kinds, listing
from ..core import vocabulary as v
from ..core.countries import country_name
from ..core.listing import ListQuery
from ..core.locale_format import sort_key
from ..core.services import relations
from ..core.services.record_state import all_tag_names
from . import settings
from .amount_cells import AmountDelegate, amount_column_width
from .app_context import AppContext, Changes
from .icons import icon
from .pages import count_text
from .plain_text import shown
from .record_details import RecordDetails
from .record_table_model import ID_ROLE, RecordTableModel


def _choices_filtered_by(kind: str, *filters: str) -> type[v._Choice] | None:
    """The choices of the first of ``filters`` ("stage", "status", "kind") that the kind
    is filtered by (its declaration in core.kinds), or None."""
    record_kind = kinds.get(kind)
    for name in filters:
        if name in record_kind.filters:
            return record_kind.field(name).choices
    return None


class RecordListView(QWidget):
    """The list of one kind of record with its filters and the selected record's details."""

    #: The user asked to create, edit or delete (the main window runs the dialogs).
    new_requested = Signal(str)
    edit_requested = Signal(str, object)
    delete_requested = Signal(str, list)
    selection_changed = Signal()

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.setObjectName(f"{kind}_view")
        self.model = RecordTableModel(context.store, kind, self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter {things}…").format(things=kinds.get(kind).phrases("nouns"))
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(
            icon("mdi6.filter-outline"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.filter_edit.setToolTip(
            self.tr(
                "Type part of a name, place or other text; Chinese, pinyin and German spellings "
                "all match"
            )
        )
        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self._apply_filters)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())

        self.office_filter = self._combo(
            self.tr("All offices"), self.tr("Show only records of this office")
        )
        self.country_filter = self._combo(
            self.tr("All countries"), self.tr("Show only records in this country")
        )
        self.kind_filter = self._combo(
            self.tr("All stages")
            if kind == "project"
            else (self.tr("Any status") if kind == "office" else self.tr("All kinds")),
            self.tr("Show only this stage")
            if kind == "project"
            else self.tr("Show only this kind"),
        )
        self.type_filter = self._combo(
            self.tr("All kinds"), self.tr("Show only this kind of project")
        )
        self.tag_filter = self._combo(
            self.tr("All tags"), self.tr("Show only records with this tag")
        )
        self.type_filter.setVisible(kind == "project")
        self.office_filter.setVisible(kind != "office")
        self.country_filter.setVisible(kind in ("office", "organization", "contact", "event"))

        self.new_button = self._tool_button(
            "mdi6.plus", kinds.get(kind).phrases("new"), lambda: self.new_requested.emit(self.kind)
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")

        filters = QHBoxLayout()
        filters.setContentsMargins(8, 8, 8, 4)
        filters.addWidget(self.filter_edit, 1)
        for combo in (
            self.office_filter,
            self.country_filter,
            self.kind_filter,
            self.type_filter,
            self.tag_filter,
        ):
            filters.addWidget(combo)
        filters.addWidget(self.new_button)
        self.filters_layout = filters

        self.table = QTableView(self)
        self.table.setObjectName(f"{kind}_table")
        # Sorting is switched on before the model is set, so that it does not sort (and
        # read every id) once more; Qt's default indicator is descending: set ours.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.doubleClicked.connect(self._edit_current)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.setAccessibleName(kinds.get(kind).phrases("title"))
        self._amount_delegate = AmountDelegate(self.table)
        for column, spec in enumerate(self.model.columns):
            if spec.money:  # the currency code stays visible however narrow
                self.table.setItemDelegateForColumn(column, self._amount_delegate)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 14px;")
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.left = QStackedWidget(self)  # the list, or an alternative (the project board)
        self.left.addWidget(self.list_stack)

        self.details = RecordDetails(context, kind, self)
        self.right = QStackedWidget(self)  # the details, or a richer panel (office dashboard)
        self.right.addWidget(self.details)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{kind}_splitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        # A wider window widens the list (or the board); the details keep their column
        # (the office dashboard, with its map, shares the room).
        self.splitter.setStretchFactor(0, 3 if kind == "office" else 1)
        self.splitter.setStretchFactor(1, 2 if kind == "office" else 0)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(filters)
        footer = QHBoxLayout()
        footer.setContentsMargins(8, 0, 8, 0)
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

        self._add_shortcuts()
        self._fill_filter_choices()
        for combo in (
            self.office_filter,
            self.country_filter,
            self.kind_filter,
            self.type_filter,
            self.tag_filter,
        ):
            combo.currentIndexChanged.connect(self._apply_filters)
        context.changed.connect(self._on_changed)
        self.restore_state()
        self._apply_filters()

    # ------------------------------------------------------------------ building

    def _combo(self, everything: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(10)
        # A long office or tag name must not squeeze the filter box or widen the
        # window: the closed box stops growing (the list that opens shows it whole).
        combo.setMaximumWidth(combo.fontMetrics().averageCharWidth() * 30 + 40)
        return combo

    def _tool_button(self, icon_name: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _add_shortcuts(self) -> None:
        delete = QAction(self.tr("Delete"), self)
        delete.setShortcuts([QKeySequence.StandardKey.Delete, QKeySequence("Backspace")])
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self._delete_selected)
        self.table.addAction(delete)
        edit = QAction(self.tr("Edit"), self)
        edit.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self._edit_current)
        self.table.addAction(edit)
        focus_filter = QAction(self.tr("Filter"), self)
        focus_filter.setShortcut(QKeySequence("Ctrl+L"))
        focus_filter.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus_filter.triggered.connect(
            lambda: (self.filter_edit.setFocus(), self.filter_edit.selectAll())
        )
        self.addAction(focus_filter)
        self.filter_edit.returnPressed.connect(self._focus_first_row)

    def _fill_filter_choices(self) -> None:
        store = self.context.store
        self._refill(self.office_filter, relations.choices(store, "office"))
        countries = sorted(
            {code for code in self._countries() if code}, key=lambda c: sort_key(country_name(c))
        )
        self._refill(self.country_filter, [(c, country_name(c)) for c in countries])
        # The second filter: a project's stage, an office's status, another kind's kind;
        # the third (projects only): the kind of project.
        choices = _choices_filtered_by(self.kind, "stage", "status", "kind")
        if choices is not None:
            self._refill(self.kind_filter, [(c.value, c.label) for c in choices])
        else:
            self.kind_filter.hide()
        self._refill(self.type_filter, [(c.value, c.label) for c in v.ProjectKind])
        self._refill(
            self.tag_filter, [(name, name) for name in sorted(all_tag_names(store), key=sort_key)]
        )

    def _countries(self) -> set[str]:
        return set(listing.countries_in_use(self.context.store, self.kind))

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in items:
            combo.addItem(shown(label), value)  # an office or tag name: markers for bidi
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        view = combo.view()
        view.setMinimumWidth(
            view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8
        )

    # ------------------------------------------------------------------ behaviour

    def current_query(self) -> ListQuery:
        tag_name = self.tag_filter.currentData()
        tag_id = self._tag_id(tag_name) if tag_name else None
        kind_value = self.kind_filter.currentData() or ""
        return replace(
            self.model.query,
            text=self.filter_edit.text(),
            office_id=self.office_filter.currentData(),
            country=self.country_filter.currentData() or "",
            stage=kind_value if self.kind == "project" else "",
            record_kind=(self.type_filter.currentData() or "")
            if self.kind == "project"
            else ("" if self.kind == "office" else kind_value),
            status=kind_value if self.kind == "office" else "",
            tag_id=tag_id,
        )

    def _tag_id(self, name: str) -> uuid.UUID | None:
        return listing.tag_id(self.context.store, name) or uuid.UUID(int=0)

    def _apply_filters(self) -> None:
        selected = self.selected_ids()
        self._show_query(self.current_query())
        self._after_refresh(selected)

    def _show_query(self, query: ListQuery) -> None:
        """Filter the list and the board alike: they always show the same records."""
        self.model.set_query(query)
        if self.board is not None:
            self.board.set_query(query)

    def _after_refresh(self, selected: list[uuid.UUID]) -> None:
        n = self.model.rowCount()
        filtered = self.model.query != ListQuery(
            self.kind, order_by=self.model.query.order_by, descending=self.model.query.descending
        )
        count = count_text(self.kind, n)
        if filtered:
            count = self.tr("{count} (filtered)").format(count=count)
        self.count_label.setText(count)
        if n == 0:
            things = kinds.get(self.kind).phrases("nouns")
            self.empty_label.setText(
                self.tr(
                    "No {things} match these filters.\nClear the filter box or choose "
                    "“All” in the lists above."
                ).format(things=things)
                if filtered
                else self.tr("No {things} yet.\nPress Ctrl+N or the + button to add one.").format(
                    things=things
                )
            )
            self.list_stack.setCurrentWidget(self.empty_label)
        else:
            self.list_stack.setCurrentWidget(self.table)
        for record_id in selected:
            if self.select_record(record_id, clear_filters=False):
                break
        else:
            self.details.show_record(None)
            self.selection_changed.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.kind) or changes.touches("office") or changes.touches("tag"):
            self._fill_filter_choices()
            selected = self.selected_ids()
            self._show_query(self.current_query())  # a filter's choice may be gone
            self._after_refresh(selected)

    def _on_selection(self) -> None:
        ids = self.selected_ids()
        self.details.show_record(ids[0] if len(ids) == 1 else None)
        self.selection_changed.emit()

    def _focus_first_row(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [rid for r in rows if (rid := self.model.record_id(r)) is not None]

    def current_id(self) -> uuid.UUID | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_record(self, record_id: uuid.UUID, clear_filters: bool = True) -> bool:
        """Select and show ``record_id``; clears the filters if they hide it."""
        row = self.model.row_of(record_id)
        if row < 0 and clear_filters:
            self.clear_filters()
            row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def clear_filters(self) -> None:
        for combo in (
            self.office_filter,
            self.country_filter,
            self.kind_filter,
            self.type_filter,
            self.tag_filter,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self._filter_timer.stop()
        self._show_query(self.current_query())
        self._after_refresh([])

    def _edit_current(self, index: QModelIndex | None = None) -> None:
        record_id = None
        if isinstance(index, QModelIndex) and index.isValid():
            record_id = self.model.data(index, ID_ROLE)
        record_id = record_id or self.current_id()
        if record_id is not None:
            self.edit_requested.emit(self.kind, record_id)

    def _delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(self.kind, ids)

    # ------------------------------------------------------------------ alternatives

    board: Any = None

    def add_board(self, board: QWidget) -> None:
        """Offer ``board`` (the project board) as a second way to see the list."""
        from PySide6.QtWidgets import QButtonGroup

        self.board = board
        self.left.addWidget(board)
        self.list_button = self._tool_button(
            "mdi6.view-list",
            self.tr("Show as a list (Ctrl+Shift+L)"),
            lambda: self.show_board(False),
        )
        self.board_button = self._tool_button(
            "mdi6.view-column",
            self.tr("Show as a board by stage (Ctrl+Shift+B)"),
            lambda: self.show_board(True),
        )
        group = QButtonGroup(self)
        for button in (self.list_button, self.board_button):
            button.setCheckable(True)
            group.addButton(button)
            self.filters_layout.insertWidget(self.filters_layout.count() - 1, button)
        self.list_button.setChecked(True)
        for shortcut, on in (("Ctrl+Shift+L", False), ("Ctrl+Shift+B", True)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, on=on: self.show_board(on))
            self.addAction(action)
        board.current_project_changed.connect(  # type: ignore[attr-defined]
            lambda record_id: self.details.show_record(record_id)
        )
        board.set_query(self.current_query())  # type: ignore[attr-defined]
        if settings.get_key(self._key("board"), False) in (True, "true"):
            self.show_board(True)

    def show_board(self, on: bool) -> None:
        if self.board is None:
            return
        self.left.setCurrentWidget(self.board if on else self.list_stack)
        if on:  # the board wants the width; the details keep a readable column
            total = sum(self.splitter.sizes()) or self.width()
            self.splitter.setSizes([max(total - 340, 400), 340])
        self.board_button.setChecked(on)
        self.list_button.setChecked(not on)
        settings.put_key(self._key("board"), on)
        if not on:
            self._on_selection()

    def showing_board(self) -> bool:
        return self.board is not None and self.left.currentWidget() is self.board

    def set_details_widget(self, widget: QWidget) -> None:
        """Show ``widget`` instead of the plain details (the office dashboard)."""
        self.right.addWidget(widget)
        self.right.setCurrentWidget(widget)

    # ------------------------------------------------------------------ remembered layout

    def _key(self, part: str) -> str:
        return f"views/{self.kind}/{part}"

    def restore_state(self) -> None:
        header_state = settings.get_key(self._key("header"))
        if header_state:
            self.table.horizontalHeader().restoreState(header_state)
        else:
            metrics = self.table.fontMetrics()
            for column, width in enumerate((220, 160, 160, 160, 120, 120)):
                if column < self.model.columnCount():
                    if self.model.columns[column].money:
                        width = max(width, amount_column_width(metrics))
                    self.table.setColumnWidth(column, width)
        splitter_state = settings.get_key(self._key("splitter"))
        if splitter_state:
            self.splitter.restoreState(splitter_state)
        else:
            # The office dashboard needs room; plain details less, project details (beside
            # a wide list or the board) a readable column, as the board gives them.
            self.splitter.setSizes(
                {"office": [440, 820], "project": [760, 340]}.get(self.kind, [700, 450])
            )

    def save_state(self) -> None:
        settings.put_key(self._key("header"), self.table.horizontalHeader().saveState())
        settings.put_key(self._key("splitter"), self.splitter.saveState())
