"""Delete in the main window: the question asked once before (what else goes with the
record, what is left pointing at it) and the undoable delete, in the background with
progress and Cancel when there are many records."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core import kinds
from ..core.services import records
from .app_context import AppContext
from .background import progress_reporter
from .operation import Operation
from .pages import count_text
from .plain_text import message_box
from .undo_commands import DeleteRecordsCommand


def delete_records(
    window: QWidget,
    context: AppContext,
    kind: str,
    ids: list[uuid.UUID],
    confirm: Callable[[str, str], bool],
    background_over: int,
) -> None:
    """Ask with ``confirm`` (the question, the details), then delete ``ids`` of ``kind``
    as one undoable step; more than ``background_over`` records are deleted in the
    background, with progress and Cancel."""
    model = kinds.get(kind).model
    store = context.store
    if len(ids) == 1:
        effects = records.delete_effects(store, model, ids[0])
        from ..core.record_facts import title_of

        what = QCoreApplication.translate("MainWindow", "“{title}”").format(
            title=title_of(effects.record)
        )
        removed, left = effects.removed(), effects.left_pointing()
    else:
        what = count_text(kind, len(ids), separators=False)
        removed, left = [], []
    detail = "".join(
        heading + "\n• " + "\n• ".join(lines) + "\n\n"
        for heading, lines in (
            (QCoreApplication.translate("MainWindow", "Also removed:"), removed),
            (QCoreApplication.translate("MainWindow", "Still pointing at it, left empty:"), left),
        )
        if lines
    )
    if not confirm(
        QCoreApplication.translate("MainWindow", "Delete {what}?").format(what=what),
        detail + QCoreApplication.translate("MainWindow", "You can undo this with Ctrl+Z."),
    ):
        return
    undo_text = QCoreApplication.translate("MainWindow", "Delete {what}").format(what=what)
    # made here: reported on the worker
    deleting = QCoreApplication.translate("MainWindow", "Deleting {done} of {total}…")
    operation = (
        Operation(
            window,
            context,
            lambda progress: records.delete(
                store, model, ids, progress_reporter(progress, deleting)
            ),
        )
        .undo(lambda _when: DeleteRecordsCommand(context, model, ids, undo_text, already_done=True))
        .failed(
            QCoreApplication.translate("MainWindow", "Not deleted"),
            QCoreApplication.translate("MainWindow", "Nothing was deleted.\n\n{error}"),
        )
    )
    if len(ids) <= background_over:
        operation.run()
    else:  # a cancel rolls the whole delete back
        operation.run_in_background(
            QCoreApplication.translate("MainWindow", "Deleting {what}…").format(what=what)
        )


def confirm_delete(window: QWidget, text: str, detail: str) -> bool:
    """Ask once before deleting; True to go ahead. Plain text: the question holds
    the record's name, which must never draw its own headings in it."""
    box = message_box(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Delete"),
        text,
        QMessageBox.StandardButton.Cancel,
        window,
        informative=detail,
    )
    box.setObjectName("delete_question")
    delete_button = box.addButton(
        QCoreApplication.translate("MainWindow", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete_button
