"""Every change a user makes is a QUndoCommand: create, edit, delete, move a card,
import a contact list.

Each command calls core services (one transaction each way) and then announces what
changed on the context's bus, so the views refresh. A command whose write fails
raises in ``redo`` before it is on the stack (see :func:`push`), so a failed save
never leaves a half-done entry to undo. A command made for a write that already ran
(in the background) is ``already_done``: its first redo only announces the change.

The GUI does not push commands itself: it hands them to
:class:`~office_desk.ui.operation.Operation`, which shows a failure the one way.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from ..core import kinds
from ..core.models import Organization, Record
from ..core.services import record_state, records
from ..core.services.record_state import RecordState
from .app_context import AppContext

log = logging.getLogger(__name__)


def _kinds(model: type[Record]) -> set[str]:
    """What a change to ``model``'s records changes: its own list, the lists that show
    its names (a contact's office and organization...), and the tags."""
    kind = kinds.BY_MODEL.get(model)
    if kind is None:  # a table that is no kind of its own (an exchange rate...)
        return {model.__tablename__, "tag"}  # type: ignore[attr-defined]
    return kinds.dependent_kinds(kind.name) | {"tag"}


class UndoStep(QUndoCommand):
    """A change on the undo stack. Subclasses write in :meth:`do` and :meth:`undo_step`,
    and announce what changed in both.

    The first run (:func:`push`) raises a failed write to the caller before anything is
    on the stack. A later undo or redo that fails leaves the database as it was (one
    transaction), but QUndoStack has moved its index all the same, and an exception
    raised from here would not reach the caller once a slot listens to the stack. So
    the failure is shown and the history cleared (:func:`_step_failed`) once the stack
    is done with this step: undoing an older step next could otherwise write over
    what this one left in place.
    """

    def __init__(
        self, context: AppContext, model: type[Record], text: str, already_done: bool = False
    ) -> None:
        super().__init__(text)
        self.context = context
        self.model = model
        self.failed: BaseException | None = None
        self._first = True
        #: The write already ran (in the background): the first redo only announces it.
        self._skip = already_done

    def _announce(self, ids: set[uuid.UUID]) -> None:
        self.context.announce(_kinds(self.model), ids)

    def changed_ids(self) -> set[uuid.UUID]:
        """The records this step writes (announced when it was already done)."""
        return set()

    def redo(self) -> None:
        first, self._first = self._first, False
        if self._skip:
            self._skip = False
            self._announce(self.changed_ids())
            return
        try:
            self.do()
        except Exception as exc:
            if first:
                self.failed = exc
                self.setObsolete(True)
                return
            self._later_step_failed(exc)

    def undo(self) -> None:
        try:
            self.undo_step()
        except Exception as exc:
            self._later_step_failed(exc)

    def _later_step_failed(self, exc: BaseException) -> None:
        log.error("undo/redo of %r failed", self.text(), exc_info=exc)
        context = self.context
        QTimer.singleShot(0, lambda error=exc: _step_failed(context, error))

    def do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def undo_step(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class CreateRecordCommand(UndoStep):
    """Create a record (with its tags and links); undo tombstones it again."""

    def __init__(
        self,
        context: AppContext,
        model: type[Record],
        state: RecordState,
        text: str,
        record_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(context, model, text)
        self.record_id = record_id or uuid.uuid4()
        self.state = state
        self._created = False

    def changed_ids(self) -> set[uuid.UUID]:
        return {self.record_id}

    def do(self) -> None:
        if self._created:
            records.restore(self.context.store, self.model, [self.record_id])
        else:
            record_state.apply(
                self.context.store, self.model, self.record_id, self.state, create=True
            )
            self._created = True
        self._announce({self.record_id})

    def undo_step(self) -> None:
        records.delete(self.context.store, self.model, [self.record_id])
        self._announce({self.record_id})


class EditRecordCommand(UndoStep):
    """Change a record from one state to another; undo puts the old state back."""

    def __init__(
        self,
        context: AppContext,
        model: type[Record],
        record_id: uuid.UUID,
        before: RecordState,
        after: RecordState,
        text: str,
    ) -> None:
        super().__init__(context, model, text)
        self.record_id = record_id
        self.before = before
        self.after = after

    def changed_ids(self) -> set[uuid.UUID]:
        return {self.record_id}

    def do(self) -> None:
        record_state.apply(self.context.store, self.model, self.record_id, self.after)
        self._announce({self.record_id})

    def undo_step(self) -> None:
        record_state.apply(self.context.store, self.model, self.record_id, self.before)
        self._announce({self.record_id})


class SetFieldsCommand(UndoStep):
    """Change a few fields of some records (a card dragged to another stage...).

    What the fields held before is read by the first write, in its own transaction, so
    a record that cannot be read fails that write like any other (nothing changes)."""

    def __init__(
        self,
        context: AppContext,
        model: type[Record],
        changes: dict[uuid.UUID, dict[str, object]],
        text: str,
    ) -> None:
        super().__init__(context, model, text)
        self.after = changes
        self.before: dict[uuid.UUID, dict[str, object]] = {}

    def changed_ids(self) -> set[uuid.UUID]:
        return set(self.after)

    def _set(self, values: dict[uuid.UUID, dict[str, object]]) -> None:
        before: dict[uuid.UUID, dict[str, object]] = {}
        with self.context.store.write() as session:
            for record_id, fields in values.items():
                record = session.get(self.model, record_id)
                if record is None:
                    raise records.RecordNotFound(self.model, record_id)
                before[record_id] = {name: getattr(record, name) for name in fields}
                for name, value in fields.items():
                    setattr(record, name, value)
        if not self.before:  # the first write: what undo puts back
            self.before = before
        self._announce(set(values))

    def do(self) -> None:
        self._set(self.after)

    def undo_step(self) -> None:
        self._set(self.before)


class DeleteRecordsCommand(UndoStep):
    """Tombstone records and their links; undo restores exactly those."""

    def __init__(
        self,
        context: AppContext,
        model: type[Record],
        record_ids: Sequence[uuid.UUID],
        text: str,
        already_done: bool = False,
    ) -> None:
        super().__init__(context, model, text, already_done)
        self.record_ids = list(record_ids)

    def changed_ids(self) -> set[uuid.UUID]:
        return set(self.record_ids)

    def do(self) -> None:
        records.delete(self.context.store, self.model, self.record_ids)
        self._announce(set(self.record_ids))

    def undo_step(self) -> None:
        records.restore(self.context.store, self.model, self.record_ids)
        self._announce(set(self.record_ids))


class ImportCommand(UndoStep):
    """An import of a contact list (already written, in the background); undo takes
    back what it created and merged, redo writes it again, each in one transaction
    (see :mod:`office_desk.core.import_contacts.undo`); a failure of either is shown
    and the history cleared, as for every command."""

    def __init__(self, context: AppContext, result: Any, text: str) -> None:
        # Contacts bring organizations; the first redo only announces the import.
        super().__init__(context, Organization, text, already_done=True)
        self.result = result

    def changed_ids(self) -> set[uuid.UUID]:
        r = self.result
        return {*r.created_ids, *r.updated_ids, *r.organization_ids}

    def do(self) -> None:
        from ..core.import_contacts.undo import redo_import

        redo_import(self.context.store, self.result)
        self._announce(self.changed_ids())

    def undo_step(self) -> None:
        from ..core.import_contacts.undo import undo_import

        undo_import(self.context.store, self.result)
        self._announce(self.changed_ids())


def _step_failed(context: AppContext, exc: BaseException) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..core.write_errors import error_text

    context.undo_stack.clear()
    from .plain_text import literal

    QMessageBox.critical(
        QApplication.activeWindow(),
        "Office Desk",
        literal(
            QCoreApplication.translate(
                "UndoCommands",
                "That could not be undone or redone; nothing was changed. "
                "The undo history was cleared.\n\n{error}",
            ).format(error=error_text(exc, context.store.path))
        ),
    )


def push(context: AppContext, command: UndoStep) -> None:
    """Run ``command`` and put it on the undo stack; re-raise if its write failed."""
    context.undo_stack.push(command)
    if command.failed is not None:
        raise command.failed
