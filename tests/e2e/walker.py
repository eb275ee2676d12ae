"""Walk Office Desk as a user does, inside the real app process.

    python tests/e2e/walker.py --db FILE --files DIR [--walk full|start] [--shots DIR]

Run as its own process by ``tests/e2e`` (never imported by the tests). It makes the
app's QApplication the way ``office-desk`` does, queues the walk on its event loop,
then starts the app through the real command line (``office_desk.cli.main.main``, which
calls ``app.run``): the same start-up, window, translations, file lock, crash log and
event handling as a user gets. Nothing of the app is replaced or patched.

Each step prints ``STEP <name>`` before it starts (flushed), so when the process dies
the test knows where. At the end the walk closes the main window as File > Quit does
and prints ``WALK DONE``; the process then ends with the app's own exit status. A
failed check prints ``WALK FAILED`` with the traceback and ends the app with status 3.

``--walk start`` only waits for the remembered page to be shown and settled (the map
drawn), then quits: for starting once with each page as the last one.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

Steps = Generator[int, None, Any]
ROOT = Path(__file__).resolve().parents[2]

#: The walk as a whole may take this long before it is called stuck.
WALK_SECONDS = float(os.environ.get("OFFICE_DESK_WALK_SECONDS", "420"))
OUT = sys.stdout


def say(text: str) -> None:
    print(text, file=OUT, flush=True)


class WalkFailed(Exception):
    pass


class Walker:
    """Drives a generator of steps from the event loop: each ``yield ms`` waits that
    long with the event loop running (modal dialogs included), then goes on."""

    def __init__(self, steps: Iterator[int]) -> None:
        self.steps = steps
        self.failed = False
        self.current = "(starting)"

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        try:
            shown_error = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if w.objectName() == "error_dialog" and w.isVisible()
                ),
                None,
            )
            if shown_error is not None:  # the app caught an exception and shows it
                raise WalkFailed(
                    "the app shows an error: "
                    + shown_error.informativeText()
                    + "\n"
                    + shown_error.detailedText()[-3000:]
                )
            delay = next(self.steps)
        except StopIteration:
            return
        except Exception:
            self.failed = True
            say("WALK FAILED at step " + self.current)
            say(traceback.format_exc())
            # Leaves every event loop, the nested ones of open dialogs too.
            QApplication.exit(3)
            stopper = threading.Timer(60, lambda: os._exit(4))
            stopper.daemon = True
            stopper.start()
            return
        QTimer.singleShot(max(0, delay), self._next)


# ---------------------------------------------------------------------------- helpers


def step(walker: Walker, name: str) -> None:
    walker.current = name
    say(f"STEP {name}")


def wait_until(condition: Callable[[], Any], what: str, timeout: float = 15.0) -> Steps:
    """Wait, with the event loop running, until ``condition()`` is true; its value."""
    end = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > end:
            raise WalkFailed(f"timed out after {timeout:.0f} s waiting for {what}")
        yield 50


def settle(ms: int = 300) -> Steps:
    yield ms


def post(call: Callable[[], Any]) -> None:
    """Run ``call`` from the event loop, so that a dialog it opens with exec() does
    not block the walk (the walk goes on inside the dialog's own loop)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, call)


def modal(kind: type | str, what: str, timeout: float = 15.0) -> Steps:
    """The modal dialog that came up, checked to be a ``kind``."""
    from PySide6.QtWidgets import QApplication

    def found() -> Any:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return None
        name = kind if isinstance(kind, str) else kind.__name__
        return (
            widget
            if type(widget).__name__ == name
            or (not isinstance(kind, str) and isinstance(widget, kind))
            else None
        )

    return (yield from wait_until(found, what, timeout))


def no_modal(what: str, timeout: float = 15.0) -> Steps:
    from PySide6.QtWidgets import QApplication

    yield from wait_until(
        lambda: QApplication.activeModalWidget() is None, f"{what} to close", timeout
    )


def click(widget: Any, pos: Any = None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if pos is None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def cancel(dialog: Any) -> None:
    """Close a dialog as its Cancel / Close button or Escape would."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def choose_file(dialog: Any, path: Path) -> None:
    """Answer a Qt file dialog: type the file's path and press the dialog's OK."""
    from PySide6.QtWidgets import QLineEdit

    dialog.setDirectory(str(path.parent))
    dialog.selectFile(path.name)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    if name is not None:  # Qt's own dialog: what a user types into "File name"
        name.setText(path.name)
    dialog.accept()


def _visible(widget: Any) -> Any:
    return widget if widget is not None and widget.isVisible() else None


def main_window() -> Any:
    from PySide6.QtWidgets import QApplication

    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "main_window" and w.isVisible()
        ),
        None,
    )


class Checks:
    """What is checked at every step, whatever the page."""

    def __init__(self, shots: Path | None) -> None:
        self.shots = shots
        self.taken = 0

    @staticmethod
    def problem(text: str) -> None:
        """Something wrong that does not stop the walk (the test fails on it after)."""
        say(f"PROBLEM {text}")

    def window_fits(self, window: Any, where: str) -> None:
        screen = window.screen().availableGeometry()
        frame = window.frameGeometry()
        if frame.width() > screen.width() or frame.height() > screen.height():
            self.problem(
                f"{where}: the window ({frame.width()}×{frame.height()}) is larger than "
                f"the screen ({screen.width()}×{screen.height()})"
            )
        elif not screen.contains(frame):
            self.problem(f"{where}: the window is partly off the screen ({frame} on {screen})")

    def shot(self, widget: Any, name: str) -> None:
        if self.shots is None:
            return
        self.shots.mkdir(parents=True, exist_ok=True)
        self.taken += 1
        numbered = os.environ.get("OFFICE_DESK_WALK_NUMBERED_SHOTS", "1") == "1"
        widget.grab().save(
            str(self.shots / (f"{self.taken:02d}-{name}.png" if numbered else f"{name}.png"))
        )


# ------------------------------------------------------------------------------ walks

PAGES = ("office", "organization", "contact", "project", "event", "map", "reports")
KINDS = PAGES[:5]


def show_page(window: Any, page: str) -> Steps:
    """Click the page's entry in the sidebar, as a user does."""
    sidebar = window.sidebar
    row = PAGES.index(page)
    item = sidebar.item(row)
    sidebar.scrollToItem(item)
    click(sidebar.viewport(), sidebar.visualItemRect(item).center())
    yield from wait_until(lambda: window.current_page() == page, f"the {page} page")
    yield from settle(200)


def map_drawn(map_view: Any, what: str, timeout: float = 45.0) -> Steps:
    yield from wait_until(lambda: map_view.is_drawn, what, timeout)


def walk_list(walker: Walker, checks: Checks, window: Any, kind: str) -> Steps:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog

    step(walker, f"page {kind}")
    yield from show_page(window, kind)
    view = window.list_view(kind)
    yield from wait_until(lambda: view.model.rowCount() > 0, f"rows in the {kind} list")
    step(walker, f"{kind}: select the first record")
    table = view.table
    rect = table.visualRect(view.model.index(0, 0))
    click(table.viewport(), rect.center())
    yield from wait_until(lambda: view.current_id() is not None, f"a selected {kind}")
    yield from settle(300)
    if kind == "office":
        step(walker, "office: the dashboard's map")
        office_map = yield from wait_until(
            lambda: window.extensions.get("office_map"), "the dashboard's map"
        )
        yield from map_drawn(office_map, "the dashboard's map drawn")
        step(walker, "office: click the dashboard's map")
        target = office_map.view.focusProxy() or office_map.view
        click(target, target.rect().center())
        yield from settle(500)
        step(walker, "office: select the second office")
        click(table.viewport(), table.visualRect(view.model.index(1, 0)).center())
        yield from settle(800)
    checks.window_fits(window, f"the {kind} page")
    checks.shot(window, kind)

    step(walker, f"{kind}: open the editor, then cancel")
    post(window.edit_record_action.trigger)
    editor = yield from modal("RecordEditor", f"the {kind} editor")
    yield from settle(300)
    checks.shot(editor, f"{kind}-editor")
    post(editor.reject)
    yield from no_modal(f"the {kind} editor")

    step(walker, f"{kind}: a new {kind}, then cancel")
    post(window.new_record_action.trigger)
    editor = yield from modal("RecordEditor", f"the new {kind} form")
    yield from settle(200)
    if not isinstance(editor, QDialog):
        raise WalkFailed("the editor is not a dialog")
    post(editor.reject)
    yield from no_modal(f"the new {kind} form")

    if kind == "project":
        step(walker, "project: the board")
        click(view.board_button)
        yield from wait_until(view.showing_board, "the project board")
        yield from settle(400)
        checks.window_fits(window, "the project board")
        checks.shot(window, "project-board")
        step(walker, "project: move a card to Signed, answer the signing date, undo")
        board = view.board
        source = next(
            (
                stage
                for stage in ("in_talks", "lead")
                if stage in board.columns and board.column(stage).model.rowCount() > 0
            ),
            None,
        )
        if source is None:
            raise WalkFailed("no card before Signed to move")
        column = board.column(source)
        card = column.model.cards[0]
        column.view.setCurrentIndex(column.model.index(0, 0))
        menu = board.stage_menu(source)
        move = menu.findChild(QAction, "move-to-signed")
        if move is None or not move.isEnabled():
            raise WalkFailed("the card's menu has no 'Move to stage > Signed'")
        post(move.trigger)
        dialog = yield from modal("SigningDateDialog", "the signing-date question")
        checks.shot(dialog, "signing-date")
        post(dialog.move_button.click)
        yield from no_modal("the signing-date question")
        yield from wait_until(
            lambda: board.column("signed").model.row_of(card.id) >= 0, "the card in Signed"
        )
        menu.deleteLater()
        post(window.undo)
        yield from wait_until(
            lambda: board.column(source).model.row_of(card.id) >= 0, "the card back after Undo"
        )
        step(walker, "project: back to the list")
        click(view.list_button)
        yield from wait_until(lambda: not view.showing_board(), "the project list")


def walk_map(walker: Walker, checks: Checks, window: Any) -> Steps:
    step(walker, "page map")
    yield from show_page(window, "map")
    page = window.views["map"]
    yield from map_drawn(page.map, "the network map drawn")
    step(walker, "map: click on the map")
    target = page.map.view.focusProxy() or page.map.view
    click(target, target.rect().center())
    yield from settle(600)
    step(walker, "map: filter by the first office")
    page.office_filter.setCurrentIndex(1)
    yield from settle(600)
    page.office_filter.setCurrentIndex(0)
    yield from settle(300)
    checks.window_fits(window, "the map page")
    checks.shot(window, "map")
    step(walker, "map: Prepare for travel, then cancel")
    post(page.travel_action.trigger)
    dialog = yield from modal("PrepareTravelDialog", "Prepare for travel")
    yield from settle(200)
    checks.shot(dialog, "prepare-for-travel")
    post(dialog.reject)
    yield from no_modal("Prepare for travel")


def walk_reports(walker: Walker, checks: Checks, window: Any, files: Path) -> Steps:
    step(walker, "page reports")
    yield from show_page(window, "reports")
    view = window.views["reports"]
    checks.window_fits(window, "the reports page")
    for scope, name in (("office", "office-report.pdf"), ("network", "network-report.pdf")):
        step(walker, f"reports: preview the {scope} report")
        click(view.office_radio if scope == "office" else view.network_radio)
        click(view.preview_button)
        yield from wait_until(
            lambda: view.pdf_view.isVisible() and view.document.pageCount() > 0,
            f"the {scope} report's preview",
            90,
        )
        yield from settle(400)
        checks.shot(window, f"{scope}-report")
        step(walker, f"reports: save the {scope} report")
        target = files / name
        post(view.save_button.click)
        dialog = yield from modal("QFileDialog", "the save dialog")
        choose_file(dialog, target)
        yield from wait_until(
            lambda t=target: t.is_file() and t.read_bytes()[:5] == b"%PDF-", f"{name} saved", 90
        )


def walk_dialogs(
    walker: Walker, checks: Checks, window: Any, files: Path, partner_csv: Path
) -> Steps:
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    yield from show_page(window, "contact")
    step(walker, "Settings, then cancel")
    post(window.settings_action.trigger)
    dialog = yield from modal("SettingsDialog", "Settings")
    checks.shot(dialog, "settings")
    post(dialog.reject)
    yield from no_modal("Settings")

    step(walker, "About, then close")
    post(window.about_action.trigger)
    dialog = yield from wait_until(lambda: _visible(getattr(window, "about_dialog", None)), "About")
    checks.shot(dialog, "about")
    post(dialog.reject)
    yield from wait_until(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), "About to close"
    )

    step(walker, "User Guide, then close")
    post(window.user_guide_action.trigger)
    guide = yield from wait_until(lambda: getattr(window, "user_guide", None), "the User Guide")
    yield from wait_until(guide.isVisible, "the User Guide shown")
    checks.shot(guide, "user-guide")
    guide.close()
    yield from settle(200)

    step(walker, "Import contacts: choose a file, dry run, cancel")
    post(window.import_contacts_action.trigger)
    dialog = yield from modal("ImportDialog", "the import dialog")
    post(lambda: dialog.choose_file())
    chooser = yield from modal("QFileDialog", "the import file dialog")
    choose_file(chooser, partner_csv)
    yield from modal("ImportDialog", "the import dialog again")
    yield from settle(500)
    if dialog.check_button.isEnabled():
        click(dialog.check_button)
        yield from settle(1500)
    checks.shot(dialog, "import")
    post(dialog.reject)
    yield from no_modal("the import dialog")

    step(walker, "Export this list to Excel")
    target = files / "contacts.xlsx"
    post(window.export_list_action.trigger)
    chooser = yield from modal("QFileDialog", "the export file dialog")
    choose_file(chooser, target)
    yield from wait_until(
        lambda: target.is_file() and target.stat().st_size > 0, "contacts.xlsx written", 60
    )

    step(walker, "Export a package for another office")
    package = files / "package.zip"
    post(window.export_package_action.trigger)
    options = yield from modal("PackageExportDialog", "the package export choices")
    checks.shot(options, "package-export")
    post(options.accept)
    chooser = yield from modal("QFileDialog", "the package file dialog")
    choose_file(chooser, package)
    yield from wait_until(
        lambda: package.is_file() and package.stat().st_size > 0, "package.zip written", 60
    )
    yield from settle(500)

    step(walker, "Merge a package: read it, then cancel")
    post(window.import_package_action.trigger)
    chooser = yield from modal("QFileDialog", "the package open dialog")
    choose_file(chooser, package)
    dialog = yield from modal("PackageMergeDialog", "the package merge dialog", 60)
    checks.shot(dialog, "package-merge")
    post(dialog.reject)
    yield from no_modal("the package merge dialog")

    step(walker, "Restore from Backup, then close")
    post(window.restore_action.trigger)
    dialog = yield from modal("RestoreDialog", "Restore from Backup")
    yield from settle(500)
    checks.shot(dialog, "restore")
    post(dialog.reject)
    yield from no_modal("Restore from Backup")

    step(walker, "Search Everything: type, then open the first result")
    post(window.search_action.trigger)
    popup = yield from wait_until(
        lambda: next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "SearchPopup" and w.isVisible()
            ),
            None,
        ),
        "the search popup",
    )
    QTest.keyClicks(popup.edit, "Kreuzchor")
    yield from wait_until(lambda: popup.results.count() > 0, "search results")
    checks.shot(popup, "search")
    before = window.current_page()
    QTest.keyClick(popup.edit, Qt.Key.Key_Return)
    yield from wait_until(lambda: not popup.isVisible(), "the search popup to close")
    yield from settle(300)
    say(f"INFO search opened the {window.current_page()} page (was {before})")


def walk_keyboard(walker: Walker, checks: Checks, window: Any) -> Steps:
    """Delete a record with the Delete key, then Ctrl+Z, Ctrl+Shift+Z and Ctrl+Z again
    from the keyboard: each must act (an ambiguous key does nothing)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    sys.path.insert(0, str(ROOT))
    from tests.shortcut_finder import ambiguous

    step(walker, "shortcuts: none ambiguous")
    for line in ambiguous(window):
        checks.problem(f"ambiguous shortcut {line}")
    step(walker, "keyboard: delete an event, undo, redo, undo")
    yield from show_page(window, "event")
    view = window.list_view("event")
    table = view.table
    click(table.viewport(), table.visualRect(view.model.index(0, 0)).center())
    yield from wait_until(lambda: view.current_id() is not None, "a selected event")
    before = view.model.rowCount()
    # Shortcuts fire only in the active window (a real display has a say in that).
    window.activateWindow()
    yield from wait_until(lambda: QApplication.activeWindow() is window, "the window active")
    table.setFocus()
    yield from wait_until(table.hasFocus, "the list focused")
    post(lambda: QTest.keyClick(table, Qt.Key.Key_Delete))
    box = yield from modal(QMessageBox, "the delete confirmation")
    delete = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    post(delete.click)
    yield from wait_until(lambda: view.model.rowCount() == before - 1, "the event deleted")
    control, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for keys, rows, what in (
        (control, before, "Ctrl+Z to undo the delete"),
        (control | shift, before - 1, "Ctrl+Shift+Z to redo it"),
        (control, before, "Ctrl+Z to undo it again"),
    ):
        window.activateWindow()
        yield from wait_until(
            lambda: QApplication.activeWindow() is window, "the window active again"
        )
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_Z, keys)
        yield from wait_until(lambda r=rows: view.model.rowCount() == r, what, 10)


def full_walk(walker: Walker, checks: Checks, files: Path, partner_csv: Path) -> Steps:
    step(walker, "the main window")
    window = yield from wait_until(main_window, "the main window", 60)
    yield from wait_until(lambda: window.context is not None, "the database opened", 60)
    yield from settle(500)
    checks.window_fits(window, "start-up")
    for kind in KINDS:
        yield from walk_list(walker, checks, window, kind)
    yield from walk_map(walker, checks, window)
    yield from walk_reports(walker, checks, window, files)
    yield from walk_dialogs(walker, checks, window, files, partner_csv)
    yield from walk_keyboard(walker, checks, window)
    # Back to the map: the last page remembered is a page with a map.
    yield from show_page(window, "map")
    step(walker, "quit")
    post(window.close)
    say("WALK DONE")


def select_named(window: Any, kind: str, text: str) -> Steps:
    """Select the first record of ``kind`` whose list row shows ``text``."""
    from office_desk.core.finder import find

    matches = [f for f in find(window.context.store, text) if f.kind == kind]
    found = next((f for f in matches if f.title == text), matches[0] if matches else None)
    if found is None:
        raise WalkFailed(f"no {kind} matches {text!r}")
    if not window.list_view(kind).select_record(found.id):
        raise WalkFailed(f"{text!r} is not in the {kind} list")
    yield from settle(300)


def tour(walker: Walker, checks: Checks, files: Path) -> Steps:
    """The pages and dialogs as the README shows them, each shot by name."""
    step(walker, "the main window")
    window = yield from wait_until(main_window, "the main window", 60)
    yield from wait_until(lambda: window.context is not None, "the database opened", 60)
    for page, kind, text in (
        ("offices", "office", "Dresden-Jinan Contact Office"),
        ("organizations", "organization", "TU Chemnitz"),
        ("contacts", "contact", "张伟"),
        ("projects", "project", "Intelligent Manufacturing"),
        ("events", "event", "Kreuzchor"),
    ):
        step(walker, f"tour: {page}")
        yield from show_page(window, kind)
        yield from select_named(window, kind, text)
        if kind == "office":
            office_map = yield from wait_until(
                lambda: window.extensions.get("office_map"), "the dashboard's map"
            )
            yield from map_drawn(office_map, "the dashboard's map drawn")
            yield from settle(1500)
        checks.window_fits(window, page)
        checks.shot(window, page)
        if kind == "contact":
            post(window.edit_record_action.trigger)
            editor = yield from modal("RecordEditor", "the contact editor")
            yield from settle(400)
            checks.shot(editor, "contact-editor")
            post(editor.reject)
            yield from no_modal("the contact editor")
        if kind == "project":
            view = window.list_view("project")
            click(view.board_button)
            yield from wait_until(view.showing_board, "the board")
            yield from settle(500)
            checks.shot(window, "project-board")
            click(view.list_button)
    step(walker, "tour: map")
    yield from show_page(window, "map")
    yield from map_drawn(window.views["map"].map, "the network map drawn")
    yield from settle(2000)
    checks.shot(window, "map")
    step(walker, "tour: reports")
    yield from show_page(window, "reports")
    reports = window.views["reports"]
    reports.period_combo.setCurrentIndex(reports.period_combo.findData("all_time"))
    click(reports.preview_button)
    yield from wait_until(
        lambda: reports.pdf_view.isVisible() and reports.document.pageCount() > 0,
        "the report preview",
        90,
    )
    yield from settle(1500)
    checks.shot(window, "reports")
    step(walker, "tour: restore from backup")
    post(window.restore_action.trigger)
    dialog = yield from modal("RestoreDialog", "Restore from Backup")
    dialog.resize(900, 420)
    yield from settle(800)
    checks.shot(dialog, "restore-from-backup")
    post(dialog.reject)
    yield from no_modal("Restore from Backup")
    step(walker, "quit")
    post(window.close)
    say("WALK DONE")


def start_walk(walker: Walker, checks: Checks, page: str) -> Steps:
    step(walker, f"start on the {page} page")
    window = yield from wait_until(main_window, "the main window", 60)
    yield from wait_until(lambda: window.context is not None, "the database opened", 60)
    yield from wait_until(lambda: window.current_page() == page, f"the {page} page", 30)
    if page == "map":
        yield from map_drawn(window.views["map"].map, "the network map drawn")
    if page == "office":
        view = window.list_view("office")
        chosen = os.environ.get("OFFICE_DESK_WALK_OFFICE")
        if chosen:
            yield from select_named(window, "office", chosen)
        if view.current_id() is not None:
            office_map = yield from wait_until(
                lambda: window.extensions.get("office_map"), "the dashboard's map"
            )
            yield from map_drawn(office_map, "the dashboard's map drawn")
    yield from settle(1500)
    checks.window_fits(window, f"start on {page}")
    checks.shot(window, f"start-{page}")
    step(walker, "quit")
    post(window.close)
    say("WALK DONE")


def crash_walk(walker: Walker) -> Steps:
    """Die of a fatal signal once the window is up, as a crash in Qt would."""
    import signal

    step(walker, "the main window")
    window = yield from wait_until(main_window, "the main window", 60)
    yield from wait_until(lambda: window.context is not None, "the database opened", 60)
    yield from settle(300)
    step(walker, "crash")
    os.kill(os.getpid(), signal.SIGSEGV)
    yield from settle(5000)


def crash_report_walk(walker: Walker) -> Steps:
    """The next start after a crash offers the report: Copy report, then Close."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    step(walker, "the crash report")
    window = yield from wait_until(main_window, "the main window", 60)
    box = yield from wait_until(
        lambda: next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "crash_report" and w.isVisible()
            ),
            None,
        ),
        "the crash report offered",
        30,
    )
    details = box.detailedText()
    if "Fatal Python error: Segmentation fault" not in details:
        raise WalkFailed(f"the crash report lacks the stack: {details[:500]!r}")
    copy = next(b for b in box.buttons() if b.objectName() == "copy_report")
    click(copy)
    yield from settle(200)
    if QApplication.clipboard().text() != details:
        raise WalkFailed("Copy report did not copy the report")
    if not box.isVisible():
        raise WalkFailed("Copy report closed the message")
    say("INFO crash report: " + details.splitlines()[0])
    box.button(QMessageBox.StandardButton.Close).click()
    yield from settle(300)
    step(walker, "quit")
    post(window.close)
    say("WALK DONE")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument(
        "--files", type=Path, required=True, help="a folder for what the walk saves and imports"
    )
    parser.add_argument(
        "--walk", choices=("full", "start", "crash", "crash-report", "tour"), default="full"
    )
    parser.add_argument("--page", default="office", help="for --walk start")
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()

    faulthandler.dump_traceback_later(WALK_SECONDS, exit=True)
    args.files.mkdir(parents=True, exist_ok=True)
    partner_csv = args.files / "partner.csv"
    partner_csv.write_text(
        "First name,Last name,E-mail,Company,City\n"
        "Anna,Becker,anna.becker@example.org,Fraunhofer IWU,Dresden\n"
        "Wei,Zhang,zhang.wei@example.cn,Inspur,Jinan\n",
        encoding="utf-8",
    )

    from office_desk import app, cli

    qapp = app.create_application()
    walker = Walker(iter(()))
    checks = Checks(args.shots)
    steps = {
        "full": lambda: full_walk(walker, checks, args.files, partner_csv),
        "start": lambda: start_walk(walker, checks, args.page),
        "crash": lambda: crash_walk(walker),
        "crash-report": lambda: crash_report_walk(walker),
        "tour": lambda: tour(walker, checks, args.files),
    }[args.walk]()
    walker.steps = steps
    walker.start()
    say(
        f"INFO platform {qapp.platformName()} screen "
        f"{qapp.primaryScreen().availableGeometry().width()}×"
        f"{qapp.primaryScreen().availableGeometry().height()} "
        f"ratio {qapp.primaryScreen().devicePixelRatio()}"
    )
    code = cli.main(["--db", str(args.db)])
    if walker.failed:
        return 3
    say(f"EXIT {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
