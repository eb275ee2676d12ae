"""Package keys in the app: the Settings panel (this computer's office and key, colleagues'
keys pasted, replaced and removed), the export choices (personal data, sealing), and
importing sealed packages (trusted, first use, changed key); real widgets, real
SQLite copies of the sample network, an in-memory keychain per laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from office_desk.core import package_keys
from office_desk.core.models import Contact
from office_desk.core.network_package import export_package, read_package
from office_desk.core.office_lookup import find_office
from office_desk.core.services import records
from office_desk.ui.main_window import MainWindow
from office_desk.ui.package_export_dialog import PackageExportDialog
from office_desk.ui.package_keys_panel import PackageKeysPanel
from office_desk.ui.package_merge_dialog import PackageMergeDialog
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401
from tests.unit.sealed_network import Laptop, laptop


def _panel(qtbot: QtBot, window: MainWindow) -> PackageKeysPanel:
    panel = PackageKeysPanel(window.context)
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    return panel


def _choose(combo: object, office_id: object) -> None:
    combo.setCurrentIndex(combo.findData(str(office_id)))  # type: ignore[attr-defined]


def _window_office(window: MainWindow, name: str) -> object:
    assert window.context is not None
    return find_office(window.context.store, name).id


def test_the_panel_shows_this_computers_key_once_its_office_is_chosen(
    qtbot: QtBot,
    window: MainWindow,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    panel = _panel(qtbot, window)
    assert window.context is not None
    store = window.context.store
    assert panel.key_edit.text() == "" and not panel.copy_button.isEnabled()
    assert "Choose the office" in panel.fingerprint_label.text()
    assert memory_keyring.passwords == {}  # no key is made before it is needed
    munich = _window_office(window, "Munich")
    _choose(panel.office_combo, munich)
    assert package_keys.own_office(store) == munich
    key = package_keys.own_office_key(store)
    assert panel.key_edit.text() == key.text
    assert key.fingerprint in panel.fingerprint_label.text()
    assert panel.fingerprint_label.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key.text
    frankfurt = _window_office(window, "Frankfurt")
    _choose(panel.hq_combo, frankfurt)
    assert package_keys.hq_office(store) == frankfurt
    panel.hq_combo.setCurrentIndex(0)
    assert package_keys.hq_office(store) is None


def test_pasting_trusting_replacing_and_removing_a_colleagues_key(
    qtbot: QtBot,
    window: MainWindow,
    sample_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dresden = laptop(sample_template, tmp_path, "dresden", "Dresden")
    impostor = laptop(sample_template, tmp_path, "impostor", "Dresden")
    panel = _panel(qtbot, window)
    assert window.context is not None
    store = window.context.store

    panel.paste_edit.setText("office-desk-key:1:nonsense")
    assert "Not an office key" in panel.pasted_label.text()
    assert not panel.trust_button.isEnabled()
    key = dresden.key()
    panel.paste_edit.setText(f"  {key.text}\n")
    assert key.fingerprint in panel.pasted_label.text()
    assert "Dresden-Jinan Contact Office" in panel.pasted_label.text()
    qtbot.mouseClick(panel.trust_button, Qt.MouseButton.LeftButton)
    assert panel.paste_edit.text() == ""
    assert panel.tree.topLevelItemCount() == 1
    row = panel.tree.topLevelItem(0)
    assert row.text(0) == "Dresden-Jinan Contact Office" and row.text(1) == key.fingerprint
    trusted = package_keys.trusted_key(store, key.office_id)
    assert trusted is not None and trusted.same_keys(key)

    # Another key for Dresden: asked first; Cancel keeps the old one.
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> object:
        def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return button

        return warning

    other = impostor.key()
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    panel.paste_edit.setText(other.text)
    assert not panel.trust_pasted_key()
    assert key.fingerprint in asked[0] and other.fingerprint in asked[0]
    assert package_keys.trusted_key(store, key.office_id).same_keys(key)  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    assert panel.trust_pasted_key()
    assert package_keys.trusted_key(store, key.office_id).same_keys(other)  # type: ignore[union-attr]
    assert panel.tree.topLevelItem(0).text(1) == other.fingerprint

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert not panel.remove_button.isEnabled()
    panel.tree.topLevelItem(0).setSelected(True)
    assert panel.remove_button.isEnabled()
    assert panel.remove_selected_key()
    assert panel.tree.topLevelItemCount() == 0
    assert package_keys.trusted_keys(store) == []


def test_a_key_for_an_office_this_database_lacks_cannot_be_trusted(
    qtbot: QtBot, window: MainWindow
) -> None:
    import uuid

    keys = package_keys.own_keys()
    assert keys is not None
    panel = _panel(qtbot, window)
    panel.paste_edit.setText(keys.office_key(uuid.uuid4()).text)
    assert "has no office with id" in panel.pasted_label.text()
    assert not panel.trust_button.isEnabled()


def test_the_panel_without_a_database(qtbot: QtBot) -> None:
    panel = PackageKeysPanel(None)
    qtbot.addWidget(panel)
    assert "Open a database" in panel.fingerprint_label.text()
    assert not panel.office_combo.isEnabled() and not panel.trust_button.isEnabled()


# --------------------------------------------------------------------------- export


def _make_this_munich(window: MainWindow, *trusted: Laptop) -> None:
    assert window.context is not None
    store = window.context.store
    package_keys.set_own_office(store, find_office(store, "Munich").id)
    for other in trusted:
        package_keys.import_office_key(store, other.key().text)


def test_exporting_a_sealed_package_without_personal_data(
    qtbot: QtBot,
    window: MainWindow,
    sample_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dresden = laptop(sample_template, tmp_path, "dresden", "Dresden")
    _make_this_munich(window, dresden)
    asked: list[PackageExportDialog] = []

    def choose(dialog: PackageExportDialog) -> int:
        asked.append(dialog)
        assert dialog.offices_list.count() == 1 and dialog.offices_list.isEnabled()
        assert "Not sealed" in dialog.seal_note.text()
        dialog.set_sealed_to([dresden.office_id()])
        assert "Sealed: only the offices ticked" in dialog.seal_note.text()
        dialog.personal_data_box.setChecked(False)
        return PackageExportDialog.DialogCode.Accepted

    offered: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        offered.append(suggested)
        assert "*.sealed" in filters
        return str(tmp_path / "for-dresden.zip"), ""

    monkeypatch.setattr(PackageExportDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.export_package_action.trigger()
    target = tmp_path / "for-dresden.sealed"  # a sealed file is not named .zip
    qtbot.waitUntil(target.exists, timeout=20000)
    assert offered[0].endswith("-package.sealed")
    qtbot.waitUntil(lambda: "sealed to" in window.statusBar().currentMessage(), timeout=20000)
    with dresden.keychain():
        package = read_package(target)
    assert not package.personal_data and package.seal is not None
    assert package.seal.sender.office_id == _window_office(window, "Munich")


def test_the_export_choices_say_why_nothing_can_be_sealed(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None
    dialog = PackageExportDialog(window.context.store)
    qtbot.addWidget(dialog)
    assert dialog.personal_data and dialog.seal_to == []
    assert "choose the office this computer speaks for" in dialog.seal_note.text()
    assert not dialog.offices_list.isEnabled()


# --------------------------------------------------------------------------- import


def _sealed_for_this_window(
    window: MainWindow, sender: Laptop, folder: Path, name: str = "from-dresden.sealed"
) -> Path:
    """A package from ``sender`` sealed to Munich (this window's office), with a new
    contact in it."""
    munich_key = package_keys.own_office_key(window.context.store)  # type: ignore[union-attr]
    with sender.active() as store:
        package_keys.import_office_key(store, munich_key.text)
        records.add(store, Contact(given_name="Ida", family_name="Sealwright"))
        export_package(store, folder / name, seal_to=[munich_key.office_id])
    return folder / name


def _has_contact(window: MainWindow) -> bool:
    assert window.context is not None
    with window.context.store.session() as session:
        query = select(Contact).where(Contact.family_name == "Sealwright")
        return session.exec(query).first() is not None


def test_a_first_use_is_merged_only_once_the_key_is_trusted(
    qtbot: QtBot,
    window: MainWindow,
    sample_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dresden = laptop(sample_template, tmp_path, "dresden", "Dresden")
    _make_this_munich(window)
    package = _sealed_for_this_window(window, dresden, tmp_path)
    fingerprint = dresden.key().fingerprint
    shown: list[PackageMergeDialog] = []

    def answer(dialog: PackageMergeDialog) -> int:
        shown.append(dialog)
        dialog.show()
        assert dialog.trust_key.isVisible() and fingerprint in dialog.trust_key.text()
        assert "not seen here before" in dialog.seal_label.text()
        assert not dialog.merge_button.isEnabled()
        dialog.trust_key.click()
        assert dialog.merge_button.isEnabled() and dialog.key_trusted
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(PackageMergeDialog, "exec", answer)
    window.exchange.import_package(package)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    qtbot.waitUntil(lambda: _has_contact(window), timeout=20000)
    trusted = package_keys.trusted_key(window.context.store, dresden.office_id())  # type: ignore[union-attr]
    assert trusted is not None and trusted.fingerprint == fingerprint

    # The next one from Dresden is from a trusted sender: no box to tick.
    again = _sealed_for_this_window(window, dresden, tmp_path, "again.sealed")
    seen: list[PackageMergeDialog] = []

    def look(dialog: PackageMergeDialog) -> int:
        seen.append(dialog)
        dialog.show()
        assert not dialog.trust_key.isVisible() and dialog.merge_button.isEnabled()
        assert "with the key trusted here for it" in dialog.seal_label.text()
        return PackageMergeDialog.DialogCode.Rejected

    monkeypatch.setattr(PackageMergeDialog, "exec", look)
    window.exchange.import_package(again)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)


def test_a_changed_key_is_refused_with_a_clear_warning(
    qtbot: QtBot,
    window: MainWindow,
    sample_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dresden = laptop(sample_template, tmp_path, "dresden", "Dresden")
    impostor = laptop(sample_template, tmp_path, "impostor", "Dresden")
    _make_this_munich(window, dresden)
    package = _sealed_for_this_window(window, impostor, tmp_path)
    refused: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *_a: refused.append((title, text))
    )
    monkeypatch.setattr(
        PackageMergeDialog, "exec", lambda _d: pytest.fail("a changed key reached the merge")
    )
    window.exchange.import_package(package)
    qtbot.waitUntil(lambda: bool(refused), timeout=20000)
    title, text = refused[0]
    assert title == "Package refused"
    assert "different key" in text and impostor.key().fingerprint in text
    assert not _has_contact(window)
