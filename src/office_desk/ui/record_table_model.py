"""A lazy table model over one kind of record (Anki's browser table, in small).

The model holds only the ordered ids matching the current filter; rows are fetched
a page at a time when the view first asks for them (so only what scrolls into view
is ever read), and kept in a small page cache. With 100,000 contacts, a refresh reads
100,000 ids and then a page or two of rows.

The columns are :data:`office_desk.core.listing.COLUMNS`; the model knows a column only
by what it says of itself (``key`` in the fetched rows, ``header``, ``sort``, and the
``money`` flag of an amount with its currency), never by a particular key.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..core import listing
from ..core.listing import ListQuery
from ..core.store.database import Store
from .plain_text import literal, shown

PAGE_SIZE = 200
MAX_PAGES = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    def __init__(self, store: Store, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.columns = listing.COLUMNS[kind]
        self.query = ListQuery(kind)
        self._keys: list[str] = []  # record ids as hex keys, in display order
        self._pages: OrderedDict[int, list[dict[str, str]]] = OrderedDict()
        self.pages_fetched = 0  # for tests and the benchmark: how much was read

    # ------------------------------------------------------------------ querying

    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """Re-read the ids (after a write or a filter change); rows are re-fetched lazily."""
        self.beginResetModel()
        self._keys = listing.id_keys(self.store, self.query)
        self._pages.clear()
        self.endResetModel()

    def record_id(self, row: int) -> uuid.UUID | None:
        return uuid.UUID(hex=self._keys[row]) if 0 <= row < len(self._keys) else None

    def row_of(self, record_id: uuid.UUID) -> int:
        try:
            return self._keys.index(record_id.hex)
        except ValueError:
            return -1

    def _row(self, row: int) -> dict[str, str]:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            start = page * PAGE_SIZE
            ids = [uuid.UUID(hex=k) for k in self._keys[start : start + PAGE_SIZE]]
            fetched = {r["id"]: r for r in listing.rows_for(self.store, self.kind, ids)}
            # A record deleted since the ids were read shows as an empty row until refresh.
            rows = [fetched.get(str(i), {"id": str(i)}) for i in ids]
            self._pages[page] = rows
            self.pages_fetched += 1
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * PAGE_SIZE]

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.record_id(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self._row(index.row()).get(self.columns[index.column()].key, ""))
        if role == Qt.ItemDataRole.ToolTipRole:  # Qt takes "<h1>…" in a tooltip for HTML
            return literal(self._row(index.row()).get(self.columns[index.column()].key, ""))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].money:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            column = self.columns[section]
            return (
                None
                if column.sort
                else self.tr("{header}: not sortable").format(header=column.header)
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        attribute = self.columns[column].sort
        if attribute is None:
            return
        self.set_query(
            replace(
                self.query, order_by=attribute, descending=order == Qt.SortOrder.DescendingOrder
            )
        )
