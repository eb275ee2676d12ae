"""User text is shown as typed: a name like ``<h1>Nothing will be deleted</h1>`` never
draws a heading, anywhere; bidi controls show as "⟨RLO⟩" and never turn text round.

Each test opens a real view or dialog over a private copy of the sample network into
which records with such names were written, walks every label, tooltip, title, button,
list, table and combo item of it (tests/gui/user_text_checks.py) and checks what Qt
would draw. Message boxes are recorded instead of shown.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from office_desk.core.models import Contact, Event, Office, Organization, Project
from office_desk.core.services import records
from office_desk.core.services.duplicate_check import PossibleDuplicate
from office_desk.core.services.stage_moves import plan_stage_move
from office_desk.core.store.backup import backup_file
from office_desk.core.store.database import open_store
from office_desk.ui.background import run_in_background
from office_desk.ui.duplicate_warning import DuplicateWarning
from office_desk.ui.error_dialog import ErrorDialog
from office_desk.ui.file_guard import Holder
from office_desk.ui.main_window import MainWindow
from office_desk.ui.read_only_banner import ReadOnlyBanner
from office_desk.ui.record_editor import RecordEditor
from office_desk.ui.search_popup import SearchPopup
from office_desk.ui.settings_dialog import SettingsDialog
from office_desk.ui.signing_date_dialog import SigningDateDialog
from tests.gui.user_text_checks import (
    HOSTILE,
    HOSTILE_FILE,
    LITERAL,
    MARKER,
    TRICK_NAME,
    TRICK_PHONE,
    MessageRecorder,
    Seen,
    bidi_problems,
    markup_problems,
    seen_texts,
)

KINDS = ("office", "organization", "contact", "project", "event")


def _add_named(path: Path, name: str, phone: str) -> dict[str, uuid.UUID]:
    """One record of each kind named ``name`` (the contact's given name), linked to each
    other, with ``phone`` where a record has a phone."""
    store = open_store(path)
    try:
        office = records.add(
            store,
            Office(name=name, name_native=name, city=name, country="DE", phone=phone, address=name),
        )
        organization = records.add(
            store,
            Organization(name=name, name_native=name, office_id=office.id, sector=name, city=name),
        )
        person = records.add(
            store,
            Contact(
                given_name=name,
                family_name="Zzplain",
                organization_id=organization.id,
                office_id=office.id,
                position=name,
                phones=[phone],
            ),
        )
        project = records.add(
            store,
            Project(title=name, title_native=name, stage="lead", office_id=office.id, sector=name),
        )
        event = records.add(
            store,
            Event(
                title=name, starts_on=date(2026, 5, 3), office_id=office.id, place=name, city=name
            ),
        )
    finally:
        store.close()
    return {
        "office": office.id,
        "organization": organization.id,
        "contact": person.id,
        "project": project.id,
        "event": event.id,
    }


@contextmanager
def _window(qtbot: QtBot, path: Path) -> Iterator[MainWindow]:
    window = MainWindow(open_store(path))
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    try:
        yield window
    finally:
        if window.context is not None:
            window.context.close()


@pytest.fixture
def hostile(sample_path: Path) -> dict[str, uuid.UUID]:
    return _add_named(sample_path, HOSTILE, "+49 351 0101 555")


@pytest.fixture
def tricky(sample_path: Path) -> dict[str, uuid.UUID]:
    return _add_named(sample_path, TRICK_NAME, TRICK_PHONE)


@pytest.fixture
def hostile_window(
    qtbot: QtBot, sample_path: Path, hostile: dict[str, uuid.UUID]
) -> Iterator[MainWindow]:
    with _window(qtbot, sample_path) as window:
        yield window


@pytest.fixture
def tricky_window(
    qtbot: QtBot, sample_path: Path, tricky: dict[str, uuid.UUID]
) -> Iterator[MainWindow]:
    with _window(qtbot, sample_path) as window:
        yield window


def _no_markup(seen: list[Seen]) -> None:
    problems = markup_problems(seen)
    assert not problems, "markup obeyed instead of shown:\n" + "\n".join(
        f"  {p.where}: {p.text!r}" for p in problems
    )
    assert any(LITERAL in s.text for s in seen), "the name is not shown at all"


def _no_bidi(seen: list[Seen]) -> None:
    problems = bidi_problems(seen)
    assert not problems, "bidi controls drawn invisibly:\n" + "\n".join(
        f"  {p.where}: {p.text!r}" for p in problems
    )
    assert any(MARKER in s.text for s in seen), "the marker is not shown at all"


def _show_record(window: MainWindow, kind: str, record_id: uuid.UUID) -> QWidget:
    window.show_page(kind)
    view = window.list_view(kind)
    assert view.select_record(record_id)
    QApplication.processEvents()
    return view


# --------------------------------------------------------------------------- the delete question


def test_delete_confirmation_shows_the_name_as_typed(
    hostile_window: MainWindow, hostile: dict[str, uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = MessageRecorder(monkeypatch)
    assert hostile_window.context is not None
    hostile_window.delete_records("organization", [hostile["organization"]])

    assert len(recorder.boxes) == 1
    box = recorder.boxes[0]
    assert box.textFormat() == Qt.TextFormat.PlainText
    _no_markup(recorder.seen)
    # Cancel was the answer: the organization is still there.
    records.get(hostile_window.context.store, Organization, hostile["organization"])


def test_delete_confirmation_shows_bidi_controls(
    tricky_window: MainWindow, tricky: dict[str, uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = MessageRecorder(monkeypatch)
    tricky_window.delete_records("organization", [tricky["organization"]])
    assert len(recorder.boxes) == 1
    _no_bidi(recorder.seen)


# --------------------------------------------------------------------------- lists, details, board


@pytest.mark.parametrize("kind", KINDS)
def test_lists_details_dashboard_and_board_show_names_as_typed(
    hostile_window: MainWindow, hostile: dict[str, uuid.UUID], kind: str
) -> None:
    """The list with its tooltips and filters, the details (or the office dashboard),
    and for projects the board with its cards' tooltips."""
    view = _show_record(hostile_window, kind, hostile[kind])
    _no_markup(seen_texts(view))


@pytest.mark.parametrize("kind", KINDS)
def test_lists_details_dashboard_and_board_show_bidi_controls(
    tricky_window: MainWindow, tricky: dict[str, uuid.UUID], kind: str
) -> None:
    view = _show_record(tricky_window, kind, tricky[kind])
    _no_bidi(seen_texts(view))
    # Only what is drawn changes: the record keeps its text as typed.
    assert tricky_window.context is not None
    stored = records.get(tricky_window.context.store, Contact, tricky["contact"])
    assert stored.phones == [TRICK_PHONE] and stored.given_name == TRICK_NAME


def test_project_board_cards_show_titles_as_typed(
    hostile_window: MainWindow, hostile: dict[str, uuid.UUID]
) -> None:
    view = _show_record(hostile_window, "project", hostile["project"])
    board = view.board  # type: ignore[attr-defined]
    assert board is not None
    view.show_board(True)  # type: ignore[attr-defined]
    seen = seen_texts(board)
    assert any("tooltip" in s.where and LITERAL in s.text for s in seen)
    _no_markup(seen)


def test_project_board_cards_show_bidi_controls(
    tricky_window: MainWindow, tricky: dict[str, uuid.UUID]
) -> None:
    view = _show_record(tricky_window, "project", tricky["project"])
    board = view.board  # type: ignore[attr-defined]
    view.show_board(True)  # type: ignore[attr-defined]
    _no_bidi(seen_texts(board))


# --------------------------------------------------------------------------- search


def test_search_popup_shows_names_and_what_was_typed_as_typed(
    hostile_window: MainWindow, hostile: dict[str, uuid.UUID]
) -> None:
    hostile_window.open_search()
    popup = hostile_window.search_popup
    assert isinstance(popup, SearchPopup)
    popup.edit.setText("Nothing will be deleted")
    assert popup.run_search()
    _no_markup(seen_texts(popup))
    # Typed text that finds nothing is repeated in the hint.
    popup.edit.setText("<h1>Nothing will be deleted xyzzy</h1>")
    assert popup.run_search() == []
    _no_markup(seen_texts(popup))
    popup.close()


def test_search_popup_shows_bidi_controls(
    tricky_window: MainWindow, tricky: dict[str, uuid.UUID]
) -> None:
    tricky_window.open_search()
    popup = tricky_window.search_popup
    popup.edit.setText("Harmless")
    assert popup.run_search()
    _no_bidi(seen_texts(popup))
    popup.close()


# --------------------------------------------------------------------------- dialogs


def test_error_dialog_shows_the_error_as_typed(qtbot: QtBot) -> None:
    dialog = ErrorDialog(f"ValueError: {HOSTILE}", f"Traceback ...\nValueError: {HOSTILE}")
    qtbot.addWidget(dialog)
    dialog.show()
    _no_markup(seen_texts(dialog))
    dialog.close()


def test_error_dialog_shows_bidi_controls(qtbot: QtBot) -> None:
    dialog = ErrorDialog(f"ValueError: {TRICK_NAME}", "details")
    qtbot.addWidget(dialog)
    dialog.show()
    _no_bidi(seen_texts(dialog))
    dialog.close()


@pytest.mark.parametrize("name", [HOSTILE, TRICK_NAME])
def test_duplicate_warning_shows_names_as_typed(qtbot: QtBot, name: str) -> None:
    found = [PossibleDuplicate(uuid.uuid4(), name, name, (f"the same phone {name}",))]
    dialog = DuplicateWarning(found)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = seen_texts(dialog)
    _no_markup(seen) if name == HOSTILE else _no_bidi(seen)
    dialog.close()


@pytest.mark.parametrize("name", [HOSTILE, TRICK_NAME])
def test_signing_date_dialog_shows_titles_as_typed(
    qtbot: QtBot, sample_path: Path, name: str
) -> None:
    ids = _add_named(sample_path, name, "")
    store = open_store(sample_path)
    try:
        dialog = SigningDateDialog(plan_stage_move(store, [ids["project"]], "signed"))
        qtbot.addWidget(dialog)
        dialog.show()
        seen = seen_texts(dialog)
        _no_markup(seen) if name == HOSTILE else _no_bidi(seen)
        dialog.close()
    finally:
        store.close()


def test_record_editor_messages_show_typed_text_as_typed(
    hostile_window: MainWindow, hostile: dict[str, uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "settle_open_editors", lambda _self: True)
    assert hostile_window.context is not None
    editor = RecordEditor(
        hostile_window.context, "contact", hostile["contact"], parent=hostile_window
    )
    editor.show()
    emails = editor._field("emails")
    assert emails is not None
    emails.set_value([HOSTILE])  # not an e-mail address: the message quotes it
    editor._revalidate()
    seen = seen_texts(editor)
    assert any("tooltip" in s.where and LITERAL in s.text for s in seen)
    _no_markup(seen)
    editor.done(0)


def test_record_editor_title_shows_bidi_controls(
    tricky_window: MainWindow, tricky: dict[str, uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "settle_open_editors", lambda _self: True)
    assert tricky_window.context is not None
    editor = RecordEditor(
        tricky_window.context, "organization", tricky["organization"], parent=tricky_window
    )
    editor.show()
    assert MARKER in editor.windowTitle() and TRICK_NAME not in editor.windowTitle()
    editor.done(0)


def test_unknown_city_message_shows_the_city_as_typed(
    qtbot: QtBot, hostile_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "settle_open_editors", lambda _self: True)
    recorder = MessageRecorder(monkeypatch, QMessageBox.StandardButton.Ok)
    assert hostile_window.context is not None
    editor = RecordEditor(hostile_window.context, "organization", parent=hostile_window)
    editor.show()
    city = editor._field("city")
    assert city is not None
    city.set_value(HOSTILE)
    editor.look_up_place()
    qtbot.waitUntil(lambda: bool(recorder.seen), timeout=10000)
    _no_markup(recorder.seen)
    editor.done(0)


def test_progress_label_shows_file_names_as_typed(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    finished: list[object] = []
    run_in_background(
        parent,
        f"Opening {HOSTILE_FILE}.sqlite…",
        lambda _progress: release.wait(10),
        finished.append,
        cancellable=False,
        show_after_ms=0,
    )
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)))
    dialog = parent.findChildren(QProgressDialog)[0]
    try:
        _no_markup(seen_texts(dialog))
    finally:
        release.set()
        qtbot.waitUntil(lambda: bool(finished), timeout=10000)


@pytest.mark.parametrize("host", [HOSTILE_FILE, f"pc-{TRICK_NAME}"])
def test_read_only_banner_names_the_holder_as_typed(qtbot: QtBot, host: str) -> None:
    """The holder comes from the lock file, which anyone on the share can write."""
    banner = ReadOnlyBanner()
    qtbot.addWidget(banner)
    banner.show_holder(
        Holder(pid=42, host=host, app="office-desk", same_user_reachable=False, user=host)
    )
    seen = seen_texts(banner)
    _no_markup(seen) if host == HOSTILE_FILE else _no_bidi(seen)


def test_settings_problem_shows_the_folder_as_typed(
    qtbot: QtBot, hostile_window: MainWindow, tmp_path: Path
) -> None:
    blocker = tmp_path / HOSTILE_FILE
    blocker.write_text("a file, not a folder")
    dialog = SettingsDialog(hostile_window.context, hostile_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.backup_edit.setText(str(blocker / "backups"))
    assert not dialog.validate()
    _no_markup(seen_texts(dialog))
    dialog.reject()


# --------------------------------------------------------------------------- the window itself


def test_window_shows_a_file_name_as_typed(qtbot: QtBot, sample_path: Path, tmp_path: Path) -> None:
    """The status bar's file label (and the title) of a database whose name is markup."""
    path = backup_file(sample_path, tmp_path / f"{HOSTILE_FILE}.sqlite")
    with _window(qtbot, path) as window:
        _no_markup(seen_texts(window))


def test_window_title_and_status_bar_show_bidi_controls(
    qtbot: QtBot, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "report\\u202efdp.sqlite" would read "reportqlite.pdf": the title, the file label,
    the status message after Save a Copy show the marker instead."""
    path = backup_file(sample_path, tmp_path / f"report{TRICK_NAME}.sqlite")
    with _window(qtbot, path) as window:
        seen = seen_texts(window)
        _no_bidi([s for s in seen if "window title" in s.where])
        _no_bidi(
            [
                s
                for s in seen
                if "file" in s.where.lower() or path.name in s.text or MARKER in s.text
            ]
        )
        copy = tmp_path / f"copy{TRICK_NAME}.sqlite"
        monkeypatch.setattr(
            "office_desk.ui.database_dialogs.QFileDialog.getSaveFileName",
            lambda *a, **k: (str(copy), ""),
        )
        messages: list[str] = []
        window.statusBar().messageChanged.connect(messages.append)
        window.save_copy()
        qtbot.waitUntil(lambda: any("copy" in m for m in messages), timeout=20000)
        _no_bidi([Seen("status bar", m) for m in messages if "copy" in m])


def test_undo_menu_shows_an_ampersand_in_a_name(
    hostile_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Undo Delete “R&D Centre”", not "Undo Delete “RD Centre”" with D underlined."""
    assert hostile_window.context is not None
    centre = records.add(hostile_window.context.store, Organization(name="R&D Centre Zz"))
    monkeypatch.setattr(hostile_window, "confirm_delete", lambda *_args: True)
    hostile_window.delete_records("organization", [centre.id])
    seen = [s.text for s in seen_texts(hostile_window) if s.where.endswith("action")]
    assert any("Undo Delete “R&D Centre Zz”" in text for text in seen), seen


def test_undo_button_tooltip_shows_the_name_as_typed(
    hostile_window: MainWindow, hostile: dict[str, uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The toolbar's Undo button takes its tooltip from the action's text, which names
    the record deleted: a tooltip Qt would otherwise read as HTML."""
    monkeypatch.setattr(hostile_window, "confirm_delete", lambda *_args: True)
    hostile_window.delete_records("event", [hostile["event"]])
    seen = [s for s in seen_texts(hostile_window) if "action" in s.where]
    assert any("tooltip" in s.where and LITERAL in s.text for s in seen), seen
    _no_markup(seen)
