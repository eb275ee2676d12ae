"""Every write the GUI makes goes through one :class:`Operation` (after Anki's
``CollectionOp``): background work, undo and the change notice, done one way.

::

    Operation(window, context, DeleteRecordsCommand(...)).run()

    Operation(window, context, lambda progress: records.delete(store, model, ids, ...)) \\
        .undo(lambda _result: DeleteRecordsCommand(..., already_done=True)) \\
        .failed(title, "Nothing was deleted.\\n\\n{error}") \\
        .success(lambda _result: ...) \\
        .run_in_background(label)

What is written is either an undo command (it writes in its first redo, on the GUI
thread: :meth:`Operation.run`) or a function ``write(progress)``, which may run on the
background worker (:meth:`Operation.run_in_background`, with progress and Cancel) and
never touches a widget. After a function's write, the operation puts its undo step
on the stack (:meth:`Operation.undo`: a command for what was done, whose first redo only
announces it); a write without one cannot be undone, so the undo history is cleared
(older steps would write back over it) and what changed is announced
(:meth:`Operation.changes`). Either way the views hear of the write once. A large
write can ask for a verified backup first (:meth:`Operation.backup_first`).

A write is one transaction: when it fails, nothing was written. The failure is shown
in the one error dialog (worded with :meth:`Operation.failed`), then handed to the
:meth:`Operation.failure` callbacks; a cancelled write is simply gone.

A view that still pushes its own command moves here by wrapping it:
``Operation(self, context, command).failed(title, text, warning=True).run()`` in place
of ``try: push(context, command)`` and its ``except`` showing the error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.write_errors import error_text
from . import settings
from .app_context import AppContext
from .background import Cancelled, Progress, run_in_background
from .plain_text import literal
from .undo_commands import UndoStep, push

log = logging.getLogger(__name__)

T = TypeVar("T")


def show_failure(
    parent: QWidget | None,
    title: str,
    text: str,
    exc: BaseException,
    path: Path | None = None,
    warning: bool = False,
) -> None:
    """The error dialog of a write that did not go through. ``text`` holds ``{error}``,
    where the reason is put in the user's words (:func:`~office_desk.core.write_errors.
    error_text`); the dialog shows it as plain text."""
    message = literal(text.replace("{error}", error_text(exc, path)))
    if warning:
        QMessageBox.warning(parent, title, message)
    else:
        QMessageBox.critical(parent, title, message)


def _backup_maker(store: Any, reason: str) -> Callable[[], Path | None]:
    """A verified copy of the open database in the backups folder, before a large write
    (an import, a merge); None for a database that is not a file. The settings are read
    now (on the GUI thread); the copy is made when the returned function is called."""
    path = store.path
    folder, kept = settings.backup_folder(), settings.get(settings.BACKUPS_KEPT)

    def make() -> Path | None:
        from ..core.store.backup import backup_before, prune_backups

        if path is None:
            return None
        copy = backup_before(path, folder, reason)
        prune_backups(folder, path, kept)
        return copy

    return make


class Operation(Generic[T]):
    """One write the user asked for: see the module's description."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, write: UndoStep | Callable[[Progress], T]
    ) -> None:
        self.parent = parent
        self.context = context
        self._write = write
        self._undo: Callable[[T], UndoStep | None] | None = None
        self._changes: frozenset[str] | None = None
        self._backup: Callable[[], Path | None] | None = None
        #: The backup made by :meth:`backup_first`, once the write ran.
        self.backup: Path | None = None
        self._on_success: list[Callable[[T], None]] = []
        self._on_failure: list[Callable[[BaseException], None]] = []
        self._title = QCoreApplication.translate("Background", "Office Desk")
        self._text = QCoreApplication.translate("Operation", "Nothing was changed.\n\n{error}")
        self._warning = False

    # ------------------------------------------------------------------ what it does

    def undo(self, step: Callable[[T], UndoStep | None]) -> Operation[T]:
        """The undo step for what the write function did, made from its result once it
        is done (so ``already_done``); None when this result cannot be undone."""
        self._undo = step
        return self

    def changes(self, kinds: Iterable[str] | None) -> Operation[T]:
        """The kinds of record a write without an undo step changed (announced after
        it); None: announce nothing (the file is opened anew after it)."""
        self._changes = frozenset(kinds) if kinds is not None else None
        return self

    def backup_first(self, reason: str) -> Operation[T]:
        """Make a verified backup (``reason``: "before-import"...) just before writing;
        it is kept in :attr:`backup`."""
        self._backup = _backup_maker(self.context.store, reason)
        return self

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        """Called with the write's result, after its undo step and change notice."""
        self._on_success.append(callback)
        return self

    def failed(self, title: str, text: str, warning: bool = False) -> Operation[T]:
        """How the error dialog words a failure: ``text`` holds ``{error}``."""
        self._title, self._text, self._warning = title, text, warning
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        """Called after the error dialog, e.g. to put the window right again."""
        self._on_failure.append(callback)
        return self

    # ------------------------------------------------------------------ running

    def run(self) -> bool:
        """Write now, on the GUI thread (short writes, and those that must not let the
        window go on meanwhile); True when the write went through."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if isinstance(self._write, UndoStep):
                push(self.context, self._write)  # writes, raises before it is on the stack
                result: Any = None
            else:
                self.backup, result = self._work()(Progress())
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            self._failed(exc)
            return False
        QApplication.restoreOverrideCursor()
        if not isinstance(self._write, UndoStep):
            self._record(result)
        for callback in self._on_success:
            callback(result)
        return True

    def run_in_background(
        self, label: str, cancellable: bool = True, show_after_ms: int = 400
    ) -> Progress:
        """Write on the background worker, with a progress dialog (Cancel rolls the
        write back) if it takes longer than ``show_after_ms``; ``label`` says what runs.
        Only a write function can run there: a command writes on the GUI thread."""

        def done(backup_and_result: tuple[Path | None, Any]) -> None:
            self.backup, result = backup_and_result
            self._record(result)
            for callback in self._on_success:
                callback(result)

        return run_in_background(
            self.parent,
            label,
            self._work(),
            done,
            self._failed,
            cancellable=cancellable,
            show_after_ms=show_after_ms,
        )

    def _work(self) -> Callable[[Progress], tuple[Path | None, Any]]:
        """The backup, then the write: a function for whichever thread runs it, which
        holds neither this operation nor any Qt object (the worker must never release
        the last reference to one: see :mod:`background`)."""
        if isinstance(self._write, UndoStep):
            raise TypeError("an undo command writes on the GUI thread: use run()")
        backup, write = self._backup, self._write

        def work(progress: Progress) -> tuple[Path | None, Any]:
            copy = backup() if backup is not None else None
            return copy, write(progress)

        return work

    def _record(self, result: Any) -> None:
        """After a write function: its undo step, or the history cleared and the
        change announced."""
        step = self._undo(result) if self._undo is not None else None
        if step is not None:
            push(self.context, step)  # already done: its first redo announces it
            return
        # Undo steps recorded before this write would write back what it replaced.
        self.context.undo_stack.clear()
        if self._changes is not None:
            self.context.announce(self._changes)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):  # rolled back; the user knows
            return
        log.error("a write failed: %s", self._text.partition("\n")[0], exc_info=exc)
        show_failure(
            self.parent, self._title, self._text, exc, self.context.store.path, self._warning
        )
        for callback in self._on_failure:
            callback(exc)
