"""User text is shown as typed in the exchange dialogs too: the package merge, the
restore list, the import dialog, File ▸ Export's messages and Prepare for travel.

Names, file names and file contents come from other offices and partners here, so a
``<h1>…</h1>`` must show as typed and a bidi control as its marker ("⟨RLO⟩").
Checked with tests/gui/user_text_checks.py over the real dialogs and real files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from office_desk.core.models import Contact, Office, Organization
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.backup import backup_before, backup_file
from office_desk.core.store.database import Store, open_store
from office_desk.core.tile_cache import TileCache
from office_desk.ui.app_context import AppContext
from office_desk.ui.import_dialog import ImportDialog
from office_desk.ui.main_window import MainWindow
from office_desk.ui.package_merge_dialog import PackageMergeDialog
from office_desk.ui.prepare_travel_dialog import PrepareTravelDialog
from office_desk.ui.restore_dialog import RestoreDialog
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

ELBFLORENZ = sample_id("organization:elbflorenz")


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


# --------------------------------------------------------------------------- package merge


def _package_from(sample_template: Path, folder: Path, name: str, file_name: str) -> Path:
    """Another office's package that adds a contact and an organization called ``name``
    and renames an organization both sides know to ``name``."""
    from office_desk.core.network_package import export_package

    theirs_path = folder / "theirs.sqlite"
    shutil.copy(sample_template, theirs_path)
    theirs = open_store(theirs_path)
    try:
        records.add(theirs, Contact(given_name=name, family_name="Zzmerge", phones=[TRICK_PHONE]))
        records.add(theirs, Organization(name=name, sector=name))
        with theirs.write() as session:
            organization = session.get(Organization, ELBFLORENZ)
            if organization is not None:
                organization.name = name
                organization.notes = name
        package = folder / file_name
        export_package(theirs, package)
    finally:
        theirs.close()
    return package


@pytest.mark.parametrize("name", [HOSTILE, TRICK_NAME])
def test_package_merge_dialog_shows_names_as_typed(
    qtbot: QtBot, sample_store: Store, sample_template: Path, tmp_path: Path, name: str
) -> None:
    from office_desk.core.network_package import plan_merge, read_package

    # Ours changed the same organization meanwhile: a conflict, listed field by field.
    with sample_store.write() as session:
        organization = session.get(Organization, ELBFLORENZ)
        assert organization is not None
        organization.notes = "ours"
    file_name = (HOSTILE_FILE if name == HOSTILE else f"from{TRICK_NAME}") + ".zip"
    package = _package_from(sample_template, tmp_path, name, file_name)
    plan = plan_merge(sample_store, read_package(package))
    dialog = PackageMergeDialog(package, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = seen_texts(dialog)
    _no_markup(seen) if name == HOSTILE else _no_bidi(seen)
    dialog.reject()


# --------------------------------------------------------------------------- restore


@pytest.mark.parametrize("stem", [HOSTILE_FILE, f"report{TRICK_NAME}"])
def test_restore_dialog_shows_file_names_as_typed(
    qtbot: QtBot, sample_path: Path, tmp_path: Path, stem: str
) -> None:
    """The file's path (tooltip), the backups' names and paths, the window title."""
    source = backup_file(sample_path, tmp_path / f"{stem}.sqlite")
    folder = tmp_path / "backups"
    backup_before(source, folder, "daily")
    damaged = backup_before(source, folder, "on-close")
    damaged.write_bytes(damaged.read_bytes()[:12000])
    dialog = RestoreDialog(source, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[Seen] = []
    for row in range(dialog.tree.topLevelItemCount()):
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(row))
        seen += seen_texts(dialog)
    _no_markup(seen) if stem == HOSTILE_FILE else _no_bidi(seen)
    dialog.reject()


# --------------------------------------------------------------------------- import


def _import_dialog(qtbot: QtBot, window: MainWindow, path: Path) -> ImportDialog:
    assert window.context is not None
    dialog = ImportDialog(window.context, window, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    return dialog


def test_import_dry_run_shows_the_file_as_typed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A partner's file: its names in the dry run, and the messages quoting its values
    (an e-mail address that is not one) in the tooltips."""
    MessageRecorder(monkeypatch)
    path = tmp_path / "partner.csv"
    address = "<h1>Nothing-will-be-deleted@example.org</h1>"  # one word: one message
    path.write_text(
        f'Name,E-mail,Organization\n"{HOSTILE}","{address}","{HOSTILE}"\n', encoding="utf-8"
    )
    dialog = _import_dialog(qtbot, window, path)
    seen = seen_texts(dialog)
    _no_markup(seen)
    tips = [s.text for s in seen if "tooltip" in s.where and "Nothing-will" in s.text]
    assert tips and all("<h1>Nothing-will-be-deleted@" in tip for tip in tips), tips
    dialog.reject()


def test_import_dry_run_shows_bidi_controls(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    MessageRecorder(monkeypatch)
    path = tmp_path / "partner.csv"
    path.write_text(
        f'Name,Phone,Organization\n"{TRICK_NAME}","{TRICK_PHONE}","{TRICK_NAME}"\n',
        encoding="utf-8",
    )
    dialog = _import_dialog(qtbot, window, path)
    _no_bidi(seen_texts(dialog))
    dialog.reject()


def test_unreadable_import_file_is_named_as_typed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = MessageRecorder(monkeypatch)
    path = tmp_path / f"{HOSTILE_FILE}.xlsx"
    path.write_bytes(b"this is not a workbook")
    assert window.context is not None
    dialog = ImportDialog(window.context, window, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(recorder.seen), timeout=10000)
    _no_markup(recorder.seen)
    dialog.reject()


# --------------------------------------------------------------------------- File ▸ Export


def test_export_messages_show_file_names_with_bidi_controls(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Exported 40 contacts to …/list\\u202exslx.csv" must not read as an .xlsx file."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / f"list{TRICK_NAME}.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.show_page("contact")
    window.export_list_action.trigger()
    qtbot.waitUntil(lambda: any("Exported" in m for m in messages), timeout=20000)
    _no_bidi([Seen("status bar", m) for m in messages if "Exported" in m])


# --------------------------------------------------------------------------- Prepare for travel


@pytest.mark.parametrize("name", [HOSTILE, TRICK_NAME])
def test_prepare_travel_names_the_office_as_typed(
    qtbot: QtBot, sample_store: Store, tmp_path: Path, name: str
) -> None:
    """An office without a place on the map is named in the estimate line."""
    office = records.add(sample_store, Office(name=name, country="DE"))
    dialog = PrepareTravelDialog(AppContext(sample_store), cache=TileCache(tmp_path / "tiles"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setText("https://tiles.example.org/{z}/{x}/{y}.png")
    dialog.office.setCurrentIndex(
        next(i for i in range(dialog.office.count()) if dialog.office.itemData(i) == office.id)
    )
    dialog.update_estimate()
    seen = seen_texts(dialog)
    _no_markup(seen) if name == HOSTILE else _no_bidi(seen)
    dialog.reject()
