"""What every view shares: the open store, the undo stack and the change bus.

Views never hold a session: they call core services with ``context.store``. After a
write, the command that made it calls :meth:`AppContext.announce`, and every view
listening on ``changed`` refreshes what concerns it (Anki's operation_did_execute).

Writes by another program (the command line importing into the open file, say) are
noticed within a second (:mod:`office_desk.core.store.change_watch`) and announced as
"everything changed", so the views show them without a restart. The undo history is
cleared then: undoing an older edit could otherwise put back values the other
program has since changed.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..core.store.change_watch import ExternalChanges
from ..core.store.database import Store

log = logging.getLogger(__name__)

#: How often the file is checked for writes by other programs (milliseconds).
WATCH_INTERVAL_MS = 1000


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
    #: Another program wrote to the file; the views have been refreshed.
    changed_elsewhere = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._watch: ExternalChanges | None = None
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self.check_for_changes)
        if store.path is not None:
            try:
                self._watch = ExternalChanges(store.path)
            except Exception as exc:  # the app works without the watch
                log.warning(
                    "changes by other programs to %s will not be noticed: %s", store.path, exc
                )
            else:
                self._timer.start()

    def announce(self, kinds: set[str] | frozenset[str], ids: set[uuid.UUID] | None = None) -> None:
        if self._watch is not None:
            self._watch.absorb()  # our own write: not news from elsewhere
        self.changed.emit(Changes(frozenset(kinds), frozenset(ids or ())))

    def check_for_changes(self) -> bool:
        """Refresh every view if another program committed to the file since the last
        look; True when it did."""
        from .background import background_busy

        # During the app's own background work the news is likely its own write, which
        # it announces (and absorbs) when the job ends; look again after that.
        if self._watch is None or background_busy() or not self._watch.poll():
            return False
        log.info("%s was changed by another program; refreshing", self.store.path)
        self.undo_stack.clear()
        self.changed.emit(EVERYTHING)
        self.changed_elsewhere.emit()
        return True

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop watching and close the database (the context is finished with)."""
        self._closed = True
        self._timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.store.close()
