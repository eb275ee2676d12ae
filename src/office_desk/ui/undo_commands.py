"""Every change a user makes is a QUndoCommand: create, edit, delete, move a card.

Each command calls core services (one transaction each way) and then announces what
changed on the context's bus, so the views refresh. A command whose write fails
raises in ``redo`` before it is on the stack (see :func:`push`), so a failed save
never leaves a half-done entry to undo.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from ..core.models import Record
from ..core.services import record_state, records
from ..core.services.record_state import KIND_OF_MODEL, RecordState
from .app_context import AppContext

# Kinds whose lists show names of other kinds (a contact's office and organization...).
_DEPENDENT_KINDS: dict[str, set[str]] = {
    "office": {"office", "organization", "contact", "project", "event"},
    "organization": {"organization", "contact", "project", "event"},
    "contact": {"contact", "project", "event"},
    "project": {"project", "event"},
    "event": {"event"},
}


def _kinds(model: type[Record]) -> set[str]:
    kind = KIND_OF_MODEL.get(model, model.__tablename__)  # type: ignore[attr-defined]
    return _DEPENDENT_KINDS.get(kind, {kind}) | {"tag"}


class _Command(QUndoCommand):
    def __init__(self, context: AppContext, model: type[Record], text: str) -> None:
        super().__init__(text)
        self.context = context
        self.model = model
        self.failed: BaseException | None = None
        self._first = True

    def _announce(self, ids: set[uuid.UUID]) -> None:
        self.context.announce(_kinds(self.model), ids)

    def redo(self) -> None:
        try:
            self.do()
        except Exception as exc:
            if self._first:
                self.failed = exc
                self.setObsolete(True)
                return
            raise
        finally:
            self._first = False

    def do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class CreateRecordCommand(_Command):
    """Create a record (with its tags and links); undo tombstones it again."""

    def __init__(self, context: AppContext, model: type[Record], state: RecordState,
                 text: str, record_id: uuid.UUID | None = None) -> None:
        super().__init__(context, model, text)
        self.record_id = record_id or uuid.uuid4()
        self.state = state
        self._created = False

    def do(self) -> None:
        if self._created:
            records.restore(self.context.store, self.model, [self.record_id])
        else:
            record_state.apply(self.context.store, self.model, self.record_id, self.state,
                               create=True)
            self._created = True
        self._announce({self.record_id})

    def undo(self) -> None:
        records.delete(self.context.store, self.model, [self.record_id])
        self._announce({self.record_id})


class EditRecordCommand(_Command):
    """Change a record from one state to another; undo puts the old state back."""

    def __init__(self, context: AppContext, model: type[Record], record_id: uuid.UUID,
                 before: RecordState, after: RecordState, text: str) -> None:
        super().__init__(context, model, text)
        self.record_id = record_id
        self.before = before
        self.after = after

    def do(self) -> None:
        record_state.apply(self.context.store, self.model, self.record_id, self.after)
        self._announce({self.record_id})

    def undo(self) -> None:
        record_state.apply(self.context.store, self.model, self.record_id, self.before)
        self._announce({self.record_id})


class SetFieldsCommand(_Command):
    """Change a few fields of some records (a card dragged to another stage...)."""

    def __init__(self, context: AppContext, model: type[Record],
                 changes: dict[uuid.UUID, dict[str, object]], text: str) -> None:
        super().__init__(context, model, text)
        self.after = changes
        self.before: dict[uuid.UUID, dict[str, object]] = {}
        for record_id, fields in changes.items():
            current = records.get(context.store, model, record_id)
            self.before[record_id] = {name: getattr(current, name) for name in fields}

    def _set(self, values: dict[uuid.UUID, dict[str, object]]) -> None:
        with self.context.store.write() as session:
            for record_id, fields in values.items():
                record = session.get(self.model, record_id)
                if record is None:
                    raise records.RecordNotFound(self.model, record_id)
                for name, value in fields.items():
                    setattr(record, name, value)
        self._announce(set(values))

    def do(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class DeleteRecordsCommand(_Command):
    """Tombstone records and their links; undo restores exactly those."""

    def __init__(self, context: AppContext, model: type[Record],
                 record_ids: Sequence[uuid.UUID], text: str, already_done: bool = False) -> None:
        super().__init__(context, model, text)
        self.record_ids = list(record_ids)
        #: The delete already ran (in the background); the first redo only announces it.
        self._skip = already_done

    def do(self) -> None:
        if not self._skip:
            records.delete(self.context.store, self.model, self.record_ids)
        self._skip = False
        self._announce(set(self.record_ids))

    def undo(self) -> None:
        records.restore(self.context.store, self.model, self.record_ids)
        self._announce(set(self.record_ids))


def push(context: AppContext, command: _Command) -> None:
    """Run ``command`` and put it on the undo stack; re-raise if its write failed."""
    context.undo_stack.push(command)
    if command.failed is not None:
        raise command.failed
