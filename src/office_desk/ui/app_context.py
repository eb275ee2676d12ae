"""What every view shares: the open store, the undo stack and the change bus.

Views never hold a session: they call core services with ``context.store``. After a
write, the command that made it calls :meth:`AppContext.announce`, and every view
listening on ``changed`` refreshes what concerns it (Anki's operation_did_execute).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.database import Store


@dataclass(frozen=True)
class Changes:
    """Which kinds of record (``"contact"``...) and which ids a write touched."""

    kinds: frozenset[str]
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)

    def touches(self, kind: str) -> bool:
        return kind in self.kinds or "*" in self.kinds


EVERYTHING = Changes(frozenset({"*"}))


class AppContext(QObject):
    """The open database and the app-wide signals around it."""

    #: Emitted after every write (and its undo/redo) with the :class:`Changes`.
    changed = Signal(object)
    #: Ask the main window to show a record: (kind, id).
    open_record = Signal(str, object)
    #: A long operation started/finished (for the status bar).
    busy = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

    def announce(self, kinds: set[str] | frozenset[str], ids: set[uuid.UUID] | None = None) -> None:
        self.changed.emit(Changes(frozenset(kinds), frozenset(ids or ())))
