"""Two copies of Office Desk, on two files, syncing with one team server: one side.

    python tests/e2e/sync_walk.py --db FILE --role first|second --contact UUID
        --me NAME --other NAME --mine TEXT --theirs TEXT --signals DIR [--shots DIR]

Run as its own process by ``tests/e2e/test_sync_walk.py``, twice at once (one process
per file), never imported by the tests. Like ``walker.py`` (whose helpers it uses) it
makes the app's QApplication, queues the walk on its event loop, then starts the app
through the real command line (``office_desk.cli.main.main`` -> ``app.run``); nothing of
the app is replaced or patched. The sync password comes from the environment
(``OFFICE_DESK_SYNC_PASSWORD``), as for scripts: the keychain is not used.

The two processes take turns through files in ``--signals``: each writes
``<me>-<what>`` and waits for ``<other>-<what>``. The ``first`` edits the contact's
Position in the editor and sends it with Team > Sync Now; the ``second``, which was
already open and synced, gets it with Team > Sync Now and sees it in the list and the
details; then the other way round, with F5. Each side waits until the status bar says
"Synced" (nothing waiting) after its syncs. Steps print ``STEP``, the end ``WALK DONE``
(see walker.py).
"""

from __future__ import annotations

import argparse
import faulthandler
import sys
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from walker import (  # noqa: E402 - walker.py sits beside this script
    WALK_SECONDS,
    Checks,
    Steps,
    Walker,
    WalkFailed,
    click,
    main_window,
    modal,
    no_modal,
    post,
    say,
    settle,
    show_page,
    step,
    wait_until,
)

#: How long one side waits for the other to take its turn (seconds).
TURN_SECONDS = 240.0
#: How long one sync may take on a loopback server (seconds).
SYNC_SECONDS = 90.0


def type_text(widget: Any, text: str) -> None:
    """Type ``text`` key by key. QTest types ASCII only; any other character comes as
    the key event of a keyboard that has it (``ü`` on a German one, a character an
    input method commits), with the character as the event's text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


class Side:
    """This process's part: who it is, its contact, what it writes and expects."""

    def __init__(self, args: argparse.Namespace, walker: Walker, checks: Checks) -> None:
        self.me: str = args.me
        self.other: str = args.other
        self.contact = uuid.UUID(args.contact)
        self.mine: str = args.mine
        self.theirs: str = args.theirs
        self.signals: Path = args.signals
        self.walker = walker
        self.checks = checks
        self.results: list[Any] = []
        self.failures: list[BaseException] = []
        self.window: Any = None

    # ------------------------------------------------------------ turns

    def signal(self, what: str) -> None:
        path = self.signals / f"{self.me}-{what}"
        path.write_text("done", encoding="utf-8")
        say(f"SIGNAL {path.name}")

    def await_other(self, what: str) -> Steps:
        path = self.signals / f"{self.other}-{what}"
        yield from wait_until(path.exists, f"{path.name} from the other app", TURN_SECONDS)

    # ------------------------------------------------------------ what the window shows

    @property
    def team(self) -> Any:
        return self.window.team_sync

    def status_text(self) -> str:
        return str(self.team.status_button.text())

    def list_position(self) -> str:
        view = self.window.list_view("contact")
        row = view.model.row_of(self.contact)
        if row < 0:
            raise WalkFailed("the contact is not in the contacts list")
        column = [c.key for c in view.model.columns].index("position")
        return str(view.model.data(view.model.index(row, column)))

    def details_text(self) -> str:
        return str(self.window.list_view("contact").details.browser.toPlainText())

    def shows(self, position: str) -> bool:
        return self.list_position() == position and position in self.details_text()

    def shot(self, name: str) -> None:
        """The main window with its status bar, as ``e2e-sync-<me>-<name>.png``."""
        self.checks.window_fits(self.window, name)
        folder = self.checks.shots
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"e2e-sync-{self.me}-{name}.png"
            if not self.window.grab().save(str(path)):
                raise WalkFailed(f"the screenshot {path} was not saved")
            say(f"SHOT {path}")

    # ------------------------------------------------------------ user's actions

    def select_contact(self) -> Steps:
        """Click the contact's row in the contacts list."""
        yield from show_page(self.window, "contact")
        view = self.window.list_view("contact")
        yield from wait_until(lambda: view.model.rowCount() > 0, "rows in the contacts list")
        row = view.model.row_of(self.contact)
        if row < 0:
            raise WalkFailed("the contact is not in the contacts list")
        index = view.model.index(row, 0)
        view.table.scrollTo(index)
        yield from settle(200)
        click(view.table.viewport(), view.table.visualRect(index).center())
        yield from wait_until(lambda: view.current_id() == self.contact, "the contact selected")
        yield from wait_until(
            lambda: view.details.record_id == self.contact, "the contact's details"
        )

    def edit_position(self) -> Steps:
        """Edit > the contact's editor: type the new Position, then Save."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        post(self.window.edit_record_action.trigger)
        editor = yield from modal("RecordEditor", "the contact editor")
        yield from settle(300)
        if editor.record_id != self.contact:
            raise WalkFailed(f"the editor shows {editor.record_id}, not the selected contact")
        field = next((f for row, f in editor.fields.items() if row.fields == ("position",)), None)
        if field is None:
            raise WalkFailed("the contact editor has no Position")
        box = field.widget
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(box, self.mine)
        if box.text() != self.mine:
            raise WalkFailed(f"typed {self.mine!r}, the field holds {box.text()!r}")
        yield from settle(200)
        post(lambda: click(editor.save_button))
        yield from no_modal("the contact editor")
        yield from wait_until(lambda: self.shows(self.mine), "the new Position in the window")

    def sync_now(self, how: str) -> Steps:
        """Sync Now, from the Team menu or with F5; the sync's result, once it is done."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        yield from wait_until(lambda: not self.team.running, "no sync running")
        before = len(self.results)
        window = self.window
        if how == "menu":
            bar = window.menuBar()
            team_menu = next(
                (
                    a.menu()
                    for a in bar.actions()
                    if a.menu() is not None and a.text().replace("&", "") == "Team"
                ),
                None,
            )
            if team_menu is None:
                raise WalkFailed("the menu bar has no Team menu")
            action = next(
                (a for a in team_menu.actions() if a.text().replace("&", "") == "Sync Now"),
                None,
            )
            if action is None or action is not window.sync_now_action:
                raise WalkFailed("the Team menu has no Sync Now")
            if not action.isEnabled():
                raise WalkFailed("Team > Sync Now is disabled")
            action.trigger()
        else:
            window.activateWindow()
            yield from wait_until(lambda: QApplication.activeWindow() is window, "window active")
            table = window.list_view("contact").table
            table.setFocus()
            yield from wait_until(table.hasFocus, "the list focused")
            QTest.keyClick(table, Qt.Key.Key_F5)
        if not self.team.running and len(self.results) == before:
            raise WalkFailed(f"Sync Now ({how}) started no sync")
        say(f"INFO status while syncing: {self.status_text()}")
        yield from wait_until(
            lambda: len(self.results) > before or self.failures, "the sync done", SYNC_SECONDS
        )
        if self.failures:
            raise WalkFailed(f"the sync failed: {self.failures[-1]!r}")
        result = self.results[-1]
        say(f"INFO sync: {result.summary()}")
        if result.conflicts or result.refused:
            raise WalkFailed(f"the sync left conflicts or refusals: {result.summary()}")
        yield from self.synced()
        return result

    def synced(self) -> Steps:
        """The status bar says "Synced": nothing waiting, no conflicts."""
        yield from wait_until(
            lambda: self.status_text() == "Synced", "the status to say Synced", 20
        )
        status = self.team.status
        if status.pending or status.open_conflicts:
            raise WalkFailed(f"Synced, yet {status.pending} waiting, {status.open_conflicts}")

    # ------------------------------------------------------------ the walk

    def walk(self, first: bool) -> Steps:
        walker = self.walker
        step(walker, "the main window")
        self.window = window = yield from wait_until(main_window, "the main window", 60)
        yield from wait_until(lambda: window.context is not None, "the database opened", 60)
        self.team.synced.connect(self.results.append)
        self.team.sync_failed.connect(self.failures.append)
        step(walker, "the status says the file is on a team server")
        yield from wait_until(self.team.isVisible, "the team status in the status bar")
        if not self.team.status.joined:
            raise WalkFailed(f"the file is not on a team server: {self.status_text()!r}")
        step(walker, "the automatic sync after opening")
        yield from wait_until(
            lambda: self.results or self.failures, "the first automatic sync", SYNC_SECONDS
        )
        if self.failures:
            raise WalkFailed(f"the automatic sync failed: {self.failures[-1]!r}")
        yield from self.synced()
        step(walker, "select the contact")
        yield from self.select_contact()
        if self.shows(self.mine) or self.shows(self.theirs):
            raise WalkFailed("the contact shows a Position not written yet")
        if first:
            yield from self.send("menu", after_ready=True)
            yield from self.receive("F5")
        else:
            self.signal("ready")
            yield from self.receive("menu")
            yield from self.send("F5", after_ready=False)
        step(walker, "quit")
        post(window.close)
        say("WALK DONE")

    def send(self, how: str, after_ready: bool) -> Steps:
        walker = self.walker
        if after_ready:  # the other side must have synced before this edit goes out
            step(walker, f"wait until {self.other} is open and synced")
            yield from self.await_other("ready")
        step(walker, "edit the contact's Position")
        yield from self.edit_position()
        yield from wait_until(
            lambda: "waiting" in self.status_text(), "the status to count the edit as waiting"
        )
        say(f"INFO status after the edit: {self.status_text()}")
        if self.team.status.pending < 1:
            raise WalkFailed("the edit is not waiting to be sent")
        step(walker, f"Sync Now ({how}) sends the edit")
        result = yield from self.sync_now(how)
        if result.pushed < 1:
            raise WalkFailed(f"Sync Now sent nothing: {result.summary()}")
        if not self.shows(self.mine):
            raise WalkFailed("the Position changed back after the sync")
        yield from settle(300)
        self.shot("sent")
        self.signal("sent")

    def receive(self, how: str) -> Steps:
        walker = self.walker
        step(walker, f"wait until {self.other} sent its edit")
        yield from self.await_other("sent")
        yield from settle(500)
        if self.shows(self.theirs):
            raise WalkFailed(f"{self.other}'s edit is shown before any sync")
        step(walker, f"Sync Now ({how}) receives {self.other}'s edit")
        result = yield from self.sync_now(how)
        if result.pulled < 1:
            raise WalkFailed(f"Sync Now received nothing: {result.summary()}")
        yield from wait_until(
            lambda: self.shows(self.theirs), f"{self.other}'s Position in the list and details"
        )
        changed = f"Last changed by {self.other}"
        yield from wait_until(
            lambda: changed in self.details_text(), f"the details to say {changed!r}"
        )
        yield from settle(300)
        self.shot("received")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--role", choices=("first", "second"), required=True)
    parser.add_argument("--contact", required=True, help="the id of the contact both edit")
    parser.add_argument("--me", required=True, help="this side's login (signal names)")
    parser.add_argument("--other", required=True, help="the other side's login")
    parser.add_argument("--mine", required=True, help="the Position this side writes")
    parser.add_argument("--theirs", required=True, help="the Position the other writes")
    parser.add_argument("--signals", type=Path, required=True)
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()

    faulthandler.dump_traceback_later(WALK_SECONDS, exit=True)
    args.signals.mkdir(parents=True, exist_ok=True)

    from office_desk import app, cli

    qapp = app.create_application()
    walker = Walker(iter(()))
    side = Side(args, walker, Checks(args.shots))
    walker.steps = side.walk(first=args.role == "first")
    walker.start()
    say(
        f"INFO platform {qapp.platformName()} screen "
        f"{qapp.primaryScreen().availableGeometry().width()}×"
        f"{qapp.primaryScreen().availableGeometry().height()}"
    )
    code = cli.main(["--db", str(args.db)])
    if walker.failed:
        return 3
    say(f"EXIT {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
