"""Office Desk on a file in travel mode: the passphrase asked at start, then Settings.

    python tests/e2e/encryption_walk.py --db FILE --passphrase TEXT --wrong TEXT
        --contacts N [--walk open|cancel] [--shots DIR]

Run as its own process by ``tests/e2e/test_encryption_walk.py``, never imported by the
tests. Like ``walker.py`` (whose helpers it uses) it makes the app's QApplication,
queues the walk on its event loop, then starts the app through the real command line
(``office_desk.cli.main.main`` -> ``app.run``); nothing of the app is replaced or
patched. ``OFFICE_DESK_PASSPHRASE`` must not be set: the walk types the passphrase into
the dialog the app shows before its main window, key by key, as a user does.

``--walk open``: a wrong passphrase first (OK; the dialog says so and asks again), then
the right one; the main window opens on the file with its ``N`` contacts listed; Edit ▸
Settings… from the menu bar shows the file as encrypted in travel mode; Cancel; the
window is closed. ``--walk cancel``: Cancel in the passphrase dialog; the app ends
without a main window (``app.run`` returns 1 for a ``--db`` file not opened).

Steps print ``STEP``, the end ``WALK DONE``, the app's exit code ``EXIT <code>`` (see
walker.py). Screenshots (``--shots``) are named ``encryption-*.png``.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
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

#: What the dialog says after a wrong passphrase (ui/passphrase_dialog.py).
WRONG_TEXT = "That passphrase does not open this file. Try again."
#: What Settings ▸ Encryption of this file says of a file in travel mode.
TRAVEL_TEXT = "Encrypted in travel mode"


class Shots:
    """Screenshots with fixed names (``encryption-<name>.png``) in ``folder``."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def widget(self, widget: Any, name: str) -> None:
        """The widget as drawn (without the window frame)."""
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        if not widget.grab().save(str(self.folder / f"encryption-{name}.png")):
            raise WalkFailed(f"the screenshot {name} was not saved")

    def screen(self, name: str) -> None:
        """The whole screen (the X display): every window where the user sees it."""
        from PySide6.QtGui import QGuiApplication

        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        picture = QGuiApplication.primaryScreen().grabWindow(0)
        if not picture.save(str(self.folder / f"encryption-{name}.png")):
            raise WalkFailed(f"the screenshot {name} was not saved")


def passphrase_dialog(what: str, timeout: float = 60.0) -> Steps:
    """The PassphraseDialog the app shows before opening the file, once it is up."""
    dialog = yield from modal("PassphraseDialog", what, timeout)
    yield from wait_until(dialog.isVisible, f"{what} shown")
    return dialog


def type_keys(widget: Any, text: str) -> None:
    """Type ``text`` into ``widget`` key by key (ASCII), as a keyboard does."""
    from PySide6.QtTest import QTest

    widget.setFocus()
    for char in text:
        QTest.keyClick(widget, char)


def press(dialog: Any, which: str) -> None:
    """Click the dialog's OK or Cancel button with the mouse."""
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.buttons.button(getattr(QDialogButtonBox.StandardButton, which))
    if button is None or not button.isVisible() or not button.isEnabled():
        raise WalkFailed(f"the {type(dialog).__name__} has no {which} button to click")
    click(button)


def no_main_window_yet(where: str) -> None:
    if main_window() is not None:
        raise WalkFailed(f"{where}: the main window is shown before the file was unlocked")


def fits_on_screen(checks: Checks, widget: Any, where: str) -> None:
    checks.window_fits(widget, where)
    say(
        f"INFO {where}: {widget.frameGeometry().width()}×{widget.frameGeometry().height()} "
        f"at ({widget.frameGeometry().x()}, {widget.frameGeometry().y()})"
    )


def open_walk(
    walker: Walker, checks: Checks, shots: Shots, passphrase: str, wrong: str, contacts: int
) -> Steps:
    from PySide6.QtWidgets import QLineEdit

    step(walker, "the passphrase dialog before the main window")
    dialog = yield from passphrase_dialog("the passphrase dialog")
    no_main_window_yet("the passphrase dialog")
    field = dialog.passphrase
    if not isinstance(field, QLineEdit) or field.echoMode() != QLineEdit.EchoMode.Password:
        raise WalkFailed("the passphrase is not typed into a hidden (password) field")
    if dialog.problem.isVisible():
        raise WalkFailed(f"a problem shown before anything was typed: {dialog.problem.text()!r}")
    yield from settle(300)
    fits_on_screen(checks, dialog, "the passphrase dialog")
    shots.widget(dialog, "passphrase")

    step(walker, "a wrong passphrase, OK")
    type_keys(field, wrong)
    if field.text() != wrong:
        raise WalkFailed(f"typed {len(wrong)} characters, the field holds {len(field.text())}")
    press(dialog, "Ok")
    # The app checks it (scrypt, a tenth of a second), then shows the dialog again.
    yield from wait_until(
        lambda: dialog.isVisible() and dialog.problem.isVisible(),
        "the dialog again, saying the passphrase is wrong",
        30,
    )
    if dialog.problem.text() != WRONG_TEXT:
        raise WalkFailed(f"after a wrong passphrase the dialog says {dialog.problem.text()!r}")
    if field.text():
        raise WalkFailed("the wrong passphrase is still in the field")
    no_main_window_yet("after a wrong passphrase")
    yield from settle(300)
    shots.widget(dialog, "wrong-passphrase")

    step(walker, "the right passphrase, OK")
    type_keys(field, passphrase)
    press(dialog, "Ok")

    step(walker, "the main window on the file")
    window = yield from wait_until(main_window, "the main window", 60)
    yield from wait_until(lambda: window.context is not None, "the database opened", 60)
    if window.read_only:
        raise WalkFailed("the file opened read-only")
    yield from show_page(window, "contact")
    view = window.list_view("contact")
    yield from wait_until(
        lambda: view.model.rowCount() == contacts,
        f"the {contacts} contacts listed (now {view.model.rowCount()})",
        30,
    )
    yield from settle(1000)
    fits_on_screen(checks, window, "the main window")
    shots.widget(window, "main-window")

    step(walker, "Edit ▸ Settings… from the menu bar")
    action = window.settings_action
    bar = window.menuBar()
    edit = next(
        (a for a in bar.actions() if a.menu() is not None and action in a.menu().actions()),
        None,
    )
    if edit is None or edit.text().replace("&", "") != "Edit":
        raise WalkFailed("Settings… is not in the menu bar's Edit menu")
    menu = edit.menu()
    click(bar, bar.actionGeometry(edit).center())
    yield from wait_until(menu.isVisible, "the Edit menu open")
    yield from settle(200)
    if not action.isEnabled():
        raise WalkFailed("Edit ▸ Settings… is disabled")
    click(menu, menu.actionGeometry(action).center())
    settings = yield from modal("SettingsDialog", "Settings", 30)
    yield from wait_until(settings.isVisible, "Settings shown")
    if menu.isVisible():
        raise WalkFailed("the Edit menu stayed open")

    step(walker, "Settings: the file is encrypted in travel mode")
    tabs = settings.tabs.tabBar()  # the panel is on the Privacy and keys tab
    click(tabs, tabs.tabRect(1).center())
    yield from wait_until(lambda: settings.tabs.currentIndex() == 1, "the Privacy tab shown")
    yield from settle(200)
    panel = settings.encryption
    if panel is None or not panel.isVisible():
        raise WalkFailed("Settings has no 'Encryption of this file' panel")
    status = panel.status.text()
    say(f"INFO encryption status: {status}")
    if TRAVEL_TEXT not in status:
        raise WalkFailed(f"the encryption panel does not say travel mode: {status!r}")
    if not panel.decrypt_button.isEnabled() or not panel.keychain_button.isEnabled():
        raise WalkFailed("Decrypt… or Encrypt with the keychain is disabled in travel mode")
    yield from settle(500)
    fits_on_screen(checks, settings, "Settings")
    shots.widget(settings, "settings")
    shots.screen("screen-settings")

    step(walker, "Settings: Cancel")
    press(settings, "Cancel")
    yield from no_modal("Settings")
    if settings.isVisible():
        raise WalkFailed("Settings is still shown after Cancel")
    yield from settle(200)

    yield from people_rights(walker, checks, shots, window, view, contacts)

    step(walker, "quit")
    post(window.close)
    say("WALK DONE")


def people_rights(
    walker: Walker, checks: Checks, shots: Shots, window: Any, view: Any, contacts: int
) -> Steps:
    """Edit ▸ Personal Data in the real app on the encrypted file: the data-protection
    review lists people, and Erase This Person… (answered as a user does) takes the
    selected contact out of the list."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    step(walker, "Edit ▸ Personal Data ▸ Data-Protection Review…")
    post(window.review_action.trigger)

    def review() -> Any:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "data_protection_review" and w.isVisible()
            ),
            None,
        )

    dialog = yield from wait_until(review, "the review dialog", 30)
    # The sample has contacts with an unknown legal basis, and some not contacted for
    # years: the list is never empty.
    yield from wait_until(lambda: dialog.model.rowCount() > 0, "people listed to review", 30)
    say(f"INFO review lists {dialog.model.rowCount()}")
    yield from settle(500)
    fits_on_screen(checks, dialog, "the review dialog")
    shots.widget(dialog, "review")
    post(dialog.close)
    yield from wait_until(lambda: review() is None, "the review dialog closed")

    step(walker, "Edit ▸ Personal Data ▸ Erase This Person… on the first contact")
    view.table.selectRow(0)
    yield from settle(300)
    chosen = view.current_id()
    if chosen is None or not window.erase_person_action.isEnabled():
        raise WalkFailed("no contact selected, or Erase This Person… is disabled")
    post(window.erase_person_action.trigger)
    question = yield from modal(QMessageBox, "the erase question", 30)
    if question.objectName() != "erase_question":
        raise WalkFailed(f"an unexpected message: {question.text()!r}")
    shots.widget(question, "erase-question")
    button = question.findChild(object, "erase_button")
    if button is None:
        raise WalkFailed("the question has no Erase for Good button")
    click(button)
    yield from no_modal("the erase question", 30)
    yield from wait_until(
        lambda: view.model.rowCount() == contacts - 1,
        f"{contacts - 1} contacts listed after the erasure (now {view.model.rowCount()})",
        30,
    )
    say(f"INFO erased {chosen}")
    yield from settle(300)


def cancel_walk(walker: Walker, shots: Shots) -> Steps:
    step(walker, "the passphrase dialog before the main window")
    dialog = yield from passphrase_dialog("the passphrase dialog")
    no_main_window_yet("the passphrase dialog")
    yield from settle(300)

    step(walker, "Cancel")
    shots.widget(dialog, "cancel")
    press(dialog, "Cancel")
    # The app ends here (no main window, no event loop): nothing of the walk follows.
    say("WALK DONE")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--passphrase", required=True, help="the file's passphrase")
    parser.add_argument("--wrong", required=True, help="a passphrase that does not open it")
    parser.add_argument("--contacts", type=int, required=True, help="contacts in the file")
    parser.add_argument("--walk", choices=("open", "cancel"), default="open")
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()

    faulthandler.dump_traceback_later(WALK_SECONDS, exit=True)
    if "OFFICE_DESK_PASSPHRASE" in os.environ:
        say("PROBLEM OFFICE_DESK_PASSPHRASE is set: the walk would not be asked")
        return 2

    from office_desk import app, cli

    qapp = app.create_application()
    walker = Walker(iter(()))
    checks = Checks(args.shots)
    shots = Shots(args.shots)
    walker.steps = (
        open_walk(walker, checks, shots, args.passphrase, args.wrong, args.contacts)
        if args.walk == "open"
        else cancel_walk(walker, shots)
    )
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
    if main_window() is not None and args.walk == "cancel":
        say("PROBLEM a main window is shown after Cancel")
    say(f"EXIT {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
