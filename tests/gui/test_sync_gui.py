"""Team sync in the window, driven as a user would against a real PostgreSQL server
(tests/pg_cluster.py): connect through the dialog, Sync now, the status in the status
bar, working offline (a quiet status, never a dialog), the network coming back, two
windows seeing each other's edits, the conflict list and who changed a record last."""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from office_desk.core.models import Contact
from office_desk.core.services import records
from office_desk.core.store.database import open_store
from office_desk.ui.conflict_list import ConflictListDialog
from office_desk.ui.main_window import MainWindow
from office_desk.ui.operation import Operation
from office_desk.ui.record_table_model import ID_ROLE
from office_desk.ui.sync_connect_dialog import ConnectDialog
from tests.memory_keyring import memory_keyring  # noqa: F401 - fixture
from tests.pg_cluster import pg_cluster, pg_database  # noqa: F401 - fixtures

#: Screenshots to look at: OFFICE_DESK_TEST_SHOTS names the folder (default: a temp one).
SHOTS = Path(
    os.environ.get("OFFICE_DESK_TEST_SHOTS")
    or os.path.join(tempfile.gettempdir(), "office-desk-test-shots")
)
SYNC_TIMEOUT = 60_000


class Proxy:
    """A TCP relay to the server on a port of its own: stopping it is the network
    going away (connections refused), starting it again on the same port is the
    network coming back."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = 0
        self._listener: socket.socket | None = None
        self._sockets: list[socket.socket] = []
        self._stop = threading.Event()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        listener.settimeout(0.05)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._stop.clear()
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                client, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            client.settimeout(None)
            server = socket.create_connection(("127.0.0.1", self.target_port))
            self._sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()
        listener.close()

    @staticmethod
    def _pump(source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, target):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
        self._sockets.clear()


def _address(admin_url: str, port: int | None = None) -> str:
    """The address a user types: the server and database, no login."""
    url = make_url(admin_url).set(username=None, password=None)
    if port is not None:
        url = url.set(port=port)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def server(pg_database: str) -> str:  # noqa: F811 - the fixture imported above
    from office_desk.core.sync.server import init_server

    init_server(pg_database)
    return pg_database


def _window(qtbot: QtBot, path: Path, create: bool = False) -> MainWindow:
    win = MainWindow(open_store(path, create=create))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    from office_desk.ui.background import wait_for_background

    wait_for_background()
    for win in made:
        if win.context is not None:
            win.context.close()


def _status(window: MainWindow) -> str:
    return window.team_sync.status_button.text()


def _dialogs_shown() -> list[str]:
    """Every dialog or message box on screen (a progress dialog included)."""
    return [
        f"{type(w).__name__}: {w.windowTitle()}"
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog | QMessageBox | QProgressDialog) and w.isVisible()
    ]


def _connect(qtbot: QtBot, window: MainWindow, address: str, user: str, password: str) -> None:
    """Team ▸ Connect to Team Server, typed in, Test, then Connect; the first sync."""
    team = window.team_sync
    window.menu_actions["connect_server_action"].trigger()
    dialog = team.connect_dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    dialog.address_edit.clear()
    qtbot.keyClicks(dialog.address_edit, address)
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, user)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signed in as" in dialog.result_label.text(), timeout=SYNC_TIMEOUT)
    assert dialog.isVisible()  # Test only tests
    with qtbot.waitSignal(team.synced, timeout=SYNC_TIMEOUT) as synced:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert synced.args is not None and synced.args[0].first


def _sync(qtbot: QtBot, window: MainWindow) -> Any:
    """Sync now (the status bar's button); the result."""
    with qtbot.waitSignal(window.team_sync.synced, timeout=SYNC_TIMEOUT) as synced:
        qtbot.mouseClick(window.team_sync.sync_button, Qt.MouseButton.LeftButton)
    assert synced.args is not None
    return synced.args[0]


def _edit(window: MainWindow, contact_id: uuid.UUID, **changes: Any) -> None:
    """An edit as the app writes one."""
    context = window.context
    assert context is not None
    assert (
        Operation(
            window,
            context,
            lambda _p: records.update(context.store, Contact, contact_id, **changes),
        )
        .changes({"contact"})
        .run()
    )


def _contact_rows(window: MainWindow) -> list[str]:
    model = window.list_view("contact").model
    return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]


def _first_contact(window: MainWindow) -> uuid.UUID:
    model = window.list_view("contact").model
    found = model.index(0, 0).data(ID_ROLE)
    assert isinstance(found, uuid.UUID)
    return found


def _shot(qtbot: QtBot, widget: Any, name: str) -> None:
    qtbot.wait(100)  # the status bar lays out its new width
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


# ---------------------------------------------------------------------- no server needed


def test_a_file_without_a_server_says_so_and_offers_to_connect(
    qtbot: QtBot, window: MainWindow
) -> None:
    team = window.team_sync
    assert team.isVisible()
    assert _status(window) == "Not connected to a team server"
    assert not team.sync_button.isVisible()
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Team" in titles
    assert window.menu_actions["sync_now_action"].shortcut().toString() == "F5"
    # Sync now on a file without a server asks where to connect, it does not fail.
    window.menu_actions["sync_now_action"].trigger()
    assert isinstance(team.connect_dialog, ConnectDialog) and team.connect_dialog.isVisible()
    team.connect_dialog.reject()


def test_an_unreachable_server_is_said_inside_the_connect_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    team = window.team_sync
    qtbot.mouseClick(team.status_button, Qt.MouseButton.LeftButton)
    dialog = team.connect_dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    assert not dialog.test_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.address_edit, "postgresql://127.0.0.1:1/x")
    qtbot.keyClicks(dialog.user_edit, "anna")
    qtbot.keyClicks(dialog.password_edit, "secret")
    assert dialog.test_button.isEnabled()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=SYNC_TIMEOUT)
    said = dialog.result_label.text()
    assert "127.0.0.1" in said and "Signed in" not in said
    assert _dialogs_shown() == ["ConnectDialog: Connect to a Team Server"]
    assert _status(window) == "Not connected to a team server"
    dialog.reject()


# ---------------------------------------------------------------------- with a server


def test_offline_is_a_quiet_status_and_the_network_coming_back_syncs(
    qtbot: QtBot,
    server: str,
    sample_path: Path,
    windows: list[MainWindow],
    memory_keyring: Any,  # noqa: F811 - the fixture
) -> None:
    from office_desk.core.sync.server import add_user

    password = add_user(server, "hq.anna", hq=True)
    proxy = Proxy(make_url(server).port or 5432)
    proxy.start()
    try:
        window = _window(qtbot, sample_path)
        windows.append(window)
        address = _address(server, proxy.port)
        _connect(qtbot, window, address, "hq.anna", password)
        assert _status(window) == "Synced"
        assert memory_keyring.passwords  # the password went into the keychain
        assert window.team_sync.auto_timer.isActive()
        assert window.team_sync.auto_timer.interval() == 5 * 60 * 1000

        window.show_page("contact")
        contact_id = _first_contact(window)
        _edit(window, contact_id, city="Leipzig")
        qtbot.waitUntil(lambda: _status(window) == "1 change waiting")

        proxy.stop()  # the laptop leaves the network
        with qtbot.waitSignal(window.team_sync.sync_failed, timeout=SYNC_TIMEOUT) as failed:
            window.menu_actions["sync_now_action"].trigger()
        assert failed.args is not None and type(failed.args[0]).__name__ == "ServerUnreachable"
        assert _status(window) == "Offline — 1 change waiting"
        assert _dialogs_shown() == []  # never a dialog for being offline
        assert "cannot be reached" in window.team_sync.status_button.toolTip()
        _edit(window, contact_id, position="Head of Sales")
        qtbot.waitUntil(lambda: _status(window) == "Offline — 2 changes waiting")
        _shot(qtbot, window, "sync-offline-main-window.png")

        proxy.start()  # back on the network: the OS says so, the app syncs by itself
        with qtbot.waitSignal(window.team_sync.synced, timeout=SYNC_TIMEOUT) as synced:
            window.team_sync.network_changed(QNetworkInformation.Reachability.Online)
        assert synced.args is not None and synced.args[0].pushed >= 1
        assert _status(window) == "Synced"
        assert _dialogs_shown() == []
        with pg_admin(server) as conn:
            city, position = conn.execute(
                "SELECT fields->>'city', fields->>'position' FROM office_desk.record "
                "WHERE tbl = 'contact' AND id = %s",
                (contact_id,),
            ).fetchone()
        assert (city, position) == ("Leipzig", "Head of Sales")
    finally:
        proxy.stop()


def pg_admin(url: str) -> Any:
    import psycopg

    parsed = make_url(url)
    return psycopg.connect(
        host=parsed.host,
        port=parsed.port,
        user=parsed.username,
        dbname=parsed.database,
        autocommit=True,
    )


def test_two_windows_see_each_others_edits_and_settle_a_conflict(
    qtbot: QtBot, server: str, sample_path: Path, tmp_path: Path, windows: list[MainWindow]
) -> None:
    from office_desk.core.sync.server import add_user

    address = _address(server)
    first = _window(qtbot, sample_path)
    windows.append(first)
    _connect(qtbot, first, address, "hq.anna", add_user(server, "hq.anna", hq=True))
    assert _status(first) == "Synced"

    # A laptop joining with a new, empty file: the whole network arrives, and the
    # list on screen shows it without a restart.
    second = _window(qtbot, tmp_path / "laptop.sqlite", create=True)
    windows.append(second)
    second.show_page("contact")
    assert _contact_rows(second) == []
    _connect(qtbot, second, address, "hq.bernd", add_user(server, "hq.bernd", hq=True))
    assert sorted(_contact_rows(second)) == sorted(_contact_rows(first))
    assert len(_contact_rows(second)) == 40
    assert _status(second) == "Synced"

    # One edit each of different contacts' fields: both arrive everywhere.
    first.show_page("contact")
    contact_id = _first_contact(first)
    _edit(first, contact_id, position="Trade Commissioner")
    assert _sync(qtbot, first).pushed >= 1
    result = _sync(qtbot, second)
    assert result.pulled >= 1
    assert records.get(second.context.store, Contact, contact_id).position == (  # type: ignore[union-attr]
        "Trade Commissioner"
    )
    second.list_view("contact").select_record(contact_id)
    details = second.list_view("contact").details.browser.toPlainText()
    assert "Trade Commissioner" in details
    assert "Last changed by hq.anna on" in details

    # The same field changed on both laptops before either synced: the later edit
    # wins, the other waits in the conflict list.
    _edit(first, contact_id, city="Leipzig")
    _edit(second, contact_id, city="Chemnitz")
    _sync(qtbot, first)
    result = _sync(qtbot, second)
    assert len(result.conflicts) == 1
    assert _status(second) == "1 conflict"
    assert _dialogs_shown() == []  # a conflict is listed, not announced in a dialog
    _shot(qtbot, second, "sync-conflict-main-window.png")

    qtbot.mouseClick(second.team_sync.status_button, Qt.MouseButton.LeftButton)
    dialog = second.team_sync.conflict_dialog
    assert isinstance(dialog, ConflictListDialog) and dialog.isVisible()
    assert dialog.tree.topLevelItemCount() == 1
    row = dialog.tree.topLevelItem(0)
    assert row is not None and row.text(1) == "City"
    assert dialog.kept_value.toPlainText() == "Chemnitz"
    assert dialog.other_value.toPlainText() == "Leipzig"
    assert "hq.bernd" in dialog.kept_by.text() and "hq.anna" in dialog.other_by.text()
    _shot(qtbot, dialog, "sync-conflict-list.png")

    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert records.get(second.context.store, Contact, contact_id).city == "Leipzig"  # type: ignore[union-attr]
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.heading.text().startswith("No conflicts")
    assert not dialog.take_button.isEnabled()
    qtbot.waitUntil(lambda: _status(second) == "1 change waiting")
    dialog.close()
    _sync(qtbot, second)
    _sync(qtbot, first)
    assert records.get(first.context.store, Contact, contact_id).city == "Leipzig"  # type: ignore[union-attr]
    assert _status(first) == "Synced" and _status(second) == "Synced"


def test_a_sync_that_brings_nothing_keeps_the_undo_history(
    qtbot: QtBot, server: str, sample_path: Path, windows: list[MainWindow]
) -> None:
    from office_desk.core.sync.server import add_user
    from office_desk.ui.undo_commands import DeleteRecordsCommand, push

    window = _window(qtbot, sample_path)
    windows.append(window)
    _connect(qtbot, window, _address(server), "hq.anna", add_user(server, "hq.anna", hq=True))
    context = window.context
    assert context is not None
    window.show_page("contact")
    contact_id = _first_contact(window)
    push(context, DeleteRecordsCommand(context, Contact, [contact_id], "Delete contact"))
    assert context.undo_stack.canUndo()
    result = _sync(qtbot, window)
    assert result.pushed >= 1 and result.pulled == 0
    qtbot.wait(1500)  # the change watch looks every second: the sync is not news
    assert context.undo_stack.canUndo()
    assert "another program" not in window.statusBar().currentMessage()
