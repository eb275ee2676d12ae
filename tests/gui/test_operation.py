"""Every GUI write goes through one Operation: it writes (on the GUI thread or the
background worker), puts its undo step on the stack, tells the views once, and when
the write fails shows why in the one error dialog and leaves the data as it was."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from office_desk.core.models import Contact, Event, Organization
from office_desk.core.services import records
from office_desk.core.store.backup import record_counts
from office_desk.core.store.database import Store
from office_desk.ui import settings
from office_desk.ui.app_context import AppContext, Changes
from office_desk.ui.background import Progress, background_busy, progress_reporter
from office_desk.ui.operation import Operation
from office_desk.ui.undo_commands import DeleteRecordsCommand, SetFieldsCommand


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def context(sample_store: Store, host: QWidget) -> Iterator[AppContext]:
    context = AppContext(sample_store, host)
    yield context
    context.close()


@pytest.fixture
def notices(context: AppContext) -> list[Changes]:
    """Every change notice the views hear."""
    heard: list[Changes] = []
    context.changed.connect(heard.append)
    return heard


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The message boxes shown: (which, title, text)."""
    shown: list[tuple[str, str, str]] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda _parent, title, text, *_a, which=name, **_k: shown.append((which, title, text)),
        )
    return shown


def _first(store: Store, model: type, n: int = 1) -> list[uuid.UUID]:
    with store.session() as session:
        return [r.id for r in session.exec(select(model).order_by(model.id)).all()[:n]]


def _position(store: Store, contact_id: uuid.UUID) -> str | None:
    return records.get(store, Contact, contact_id).position


def _wait(qtbot: QtBot) -> None:
    """Until the background job ran and its result was handed back."""
    qtbot.waitUntil(lambda: not background_busy(), timeout=20000)


def test_a_command_writes_tells_the_views_once_and_undoes(
    context: AppContext, host: QWidget, notices: list[Changes], dialogs: list[tuple[str, str, str]]
) -> None:
    store = context.store
    (contact_id,) = _first(store, Contact)
    before = _position(store, contact_id)
    succeeded: list[object] = []
    done = (
        Operation(
            host,
            context,
            SetFieldsCommand(
                context, Contact, {contact_id: {"position": "Director"}}, "Edit position"
            ),
        )
        .success(succeeded.append)
        .run()
    )
    assert done and succeeded == [None] and dialogs == []
    assert _position(store, contact_id) == "Director"
    assert len(notices) == 1
    assert notices[0].touches("contact") and contact_id in notices[0].ids
    assert context.undo_stack.undoText() == "Edit position"
    context.undo_stack.undo()
    assert _position(store, contact_id) == before
    context.undo_stack.redo()
    assert _position(store, contact_id) == "Director"
    assert len(notices) == 3  # one each for the write, its undo and its redo


def test_a_background_write_gets_its_undo_step_and_one_notice(
    qtbot: QtBot,
    context: AppContext,
    host: QWidget,
    notices: list[Changes],
    dialogs: list[tuple[str, str, str]],
) -> None:
    store = context.store
    ids = _first(store, Event, 3)
    events = records.count(store, Event)
    finished: list[object] = []
    Operation(
        host,
        context,
        lambda progress: records.delete(
            store, Event, ids, progress_reporter(progress, "{done} of {total}")
        ),
    ).undo(
        lambda _when: DeleteRecordsCommand(
            context, Event, ids, "Delete 3 events", already_done=True
        )
    ).success(finished.append).run_in_background("Deleting…")
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    assert records.count(store, Event) == events - 3 and dialogs == []
    assert len(notices) == 1 and notices[0].touches("event")
    assert set(ids) <= notices[0].ids
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert records.count(store, Event) == events
    assert len(notices) == 2


def test_a_write_without_an_undo_step_clears_the_history_and_names_what_changed(
    context: AppContext, host: QWidget, notices: list[Changes]
) -> None:
    store = context.store
    (contact_id,) = _first(store, Contact)
    Operation(
        host,
        context,
        SetFieldsCommand(context, Contact, {contact_id: {"position": "Director"}}, "Edit position"),
    ).run()
    assert context.undo_stack.canUndo()
    organizations = records.count(store, Organization)
    assert (
        Operation(
            host, context, lambda _progress: records.add(store, Organization(name="Werk Zwei GmbH"))
        )
        .changes({"organization"})
        .run()
    )
    assert records.count(store, Organization) == organizations + 1
    # Undoing the older edit now could write over what this write left in place.
    assert context.undo_stack.count() == 0
    assert len(notices) == 2 and notices[1].kinds == frozenset({"organization"})


def test_a_failing_command_shows_why_and_changes_nothing(
    context: AppContext, host: QWidget, notices: list[Changes], dialogs: list[tuple[str, str, str]]
) -> None:
    store = context.store
    contact_id, other_id = _first(store, Contact, 2)
    Operation(
        host,
        context,
        SetFieldsCommand(context, Contact, {other_id: {"position": "Earlier"}}, "Earlier edit"),
    ).run()
    notices.clear()
    before = _position(store, contact_id)
    missing = uuid.uuid4()
    failures: list[BaseException] = []
    succeeded: list[object] = []
    # The first record is written, then the second is not found: the whole write is
    # one transaction, rolled back.
    done = (
        Operation(
            host,
            context,
            SetFieldsCommand(
                context,
                Contact,
                {contact_id: {"position": "Director"}, missing: {"position": "X"}},
                "Edit positions",
            ),
        )
        .failed("Not saved", "The change was not saved.\n\n{error}", warning=True)
        .failure(failures.append)
        .success(succeeded.append)
        .run()
    )
    assert not done and succeeded == []
    assert _position(store, contact_id) == before
    assert [(which, title) for which, title, _text in dialogs] == [("warning", "Not saved")]
    text = dialogs[0][2]
    assert text.startswith("The change was not saved.") and "{error}" not in text
    assert str(missing) in text  # the reason, in the dialog
    assert len(failures) == 1 and isinstance(failures[0], records.RecordNotFound)
    assert notices == []
    assert context.undo_stack.count() == 1  # the earlier edit can still be undone
    assert context.undo_stack.undoText() == "Earlier edit"


def test_a_failing_background_write_is_rolled_back_and_shown(
    qtbot: QtBot,
    context: AppContext,
    host: QWidget,
    notices: list[Changes],
    dialogs: list[tuple[str, str, str]],
) -> None:
    store = context.store
    (contact_id,) = _first(store, Contact)
    before = _position(store, contact_id)

    def write(_progress: Progress) -> None:
        with store.write() as session:
            contact = session.get(Contact, contact_id)
            assert contact is not None
            contact.position = "Half-written"
            session.flush()
            raise OSError(28, "No space left on device")

    succeeded: list[object] = []
    Operation(host, context, write).changes({"contact"}).failed(
        "Office Desk", "The import failed; nothing was written.\n\n{error}"
    ).success(succeeded.append).run_in_background("Importing…")
    _wait(qtbot)
    assert _position(store, contact_id) == before
    assert len(dialogs) == 1 and dialogs[0][0] == "critical"
    assert "nothing was written" in dialogs[0][2]
    assert "disk is full" in dialogs[0][2]  # the reason in the user's words
    assert succeeded == [] and notices == []


def test_a_cancelled_write_is_rolled_back_quietly(
    qtbot: QtBot,
    context: AppContext,
    host: QWidget,
    notices: list[Changes],
    dialogs: list[tuple[str, str, str]],
) -> None:
    store = context.store
    (contact_id,) = _first(store, Contact)
    before = _position(store, contact_id)

    def write(progress: Progress) -> None:
        with store.write() as session:
            contact = session.get(Contact, contact_id)
            assert contact is not None
            contact.position = "Half-written"
            session.flush()
            progress.cancel()  # as the progress dialog's Cancel does
            progress.check()

    failures: list[BaseException] = []
    Operation(host, context, write).changes({"contact"}).failure(failures.append).run_in_background(
        "Writing…"
    )
    _wait(qtbot)
    assert _position(store, contact_id) == before
    assert dialogs == [] and failures == [] and notices == []


def test_the_backup_is_made_before_the_write(
    qtbot: QtBot, context: AppContext, host: QWidget, tmp_path: Path
) -> None:
    settings.put(settings.BACKUP_FOLDER, str(tmp_path / "backups"))
    store = context.store
    organizations = records.count(store, Organization)
    operation = (
        Operation(
            host, context, lambda _progress: records.add(store, Organization(name="Werk Drei GmbH"))
        )
        .backup_first("before-import")
        .changes({"organization"})
    )
    finished: list[object] = []
    operation.success(finished.append).run_in_background("Importing…")
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    assert operation.backup is not None and operation.backup.parent == tmp_path / "backups"
    assert "before-import" in operation.backup.name
    assert record_counts(operation.backup)["organization"] == organizations
    assert records.count(store, Organization) == organizations + 1


def test_a_command_writes_on_the_gui_thread_only(context: AppContext, host: QWidget) -> None:
    (contact_id,) = _first(context.store, Contact)
    operation = Operation(
        host,
        context,
        SetFieldsCommand(context, Contact, {contact_id: {"position": "Director"}}, "Edit position"),
    )
    with pytest.raises(TypeError):
        operation.run_in_background("Saving…")
    assert _position(context.store, contact_id) != "Director"


def test_only_the_operation_puts_commands_on_the_undo_stack() -> None:
    """No view pushes an undo command itself (its own try/except around the write):
    each hands it to an Operation, the one place that writes, tells the views and
    shows a failure. Read from the source of every module under ui/."""
    import ast

    import office_desk

    ui = Path(office_desk.__file__).parent / "ui"
    pushing = []
    for path in sorted(ui.rglob("*.py")):
        if path.name in ("operation.py", "undo_commands.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            imported = (
                isinstance(node, ast.ImportFrom)
                and (node.module or "").endswith("undo_commands")
                and any(alias.name == "push" for alias in node.names)
            )
            called = (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "push"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "undo_stack"
            )
            if imported or called:
                pushing.append(f"{path.relative_to(ui)}:{node.lineno}")
    assert pushing == []
