"""Edit ▸ Settings, Help ▸ About Office Desk and Help ▸ User Guide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from office_desk import __version__
from office_desk.core import paths
from office_desk.ui import settings
from office_desk.ui.about_dialog import AboutDialog
from office_desk.ui.main_window import MainWindow
from office_desk.ui.settings_dialog import (
    SettingsDialog,
    available_languages,
    backup_folder_problem,
)
from office_desk.ui.user_guide_dialog import UserGuideDialog, user_guide_path


def _open_settings(window: MainWindow) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def _click_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def test_settings_action_in_edit_menu(window: MainWindow) -> None:
    action = window.settings_action
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit_menu.actions()


def test_settings_offer_what_the_database_has(window: MainWindow) -> None:
    dialog = _open_settings(window)
    currencies = [dialog.currency_combo.itemData(i) for i in range(dialog.currency_combo.count())]
    assert {"CNY", "EUR", "USD"} <= set(currencies)
    assert currencies == sorted(currencies)
    offices = [dialog.office_combo.itemText(i) for i in range(dialog.office_combo.count())]
    assert offices[0] == "None"
    assert any("Dresden" in name for name in offices[1:])
    languages = [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())]
    assert languages[0] == "" and set(languages[1:]) == {"en", "de", "zh_CN"}
    names = {dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())}
    assert {"Deutsch", "English"} <= names and any("中文" in n for n in names)
    assert dialog.language_combo.itemText(0) == "Follow the system"
    # the defaults, shown before anything is saved
    assert dialog.currency_combo.currentData() == "CNY"
    assert dialog.office_combo.currentData() == ""
    assert dialog.provider_combo.currentData() == "OpenStreetMap.Mapnik"
    assert dialog.cache_spin.value() == 400
    assert dialog.keep_spin.value() == 10
    assert Path(dialog.backup_edit.text()) == paths.backup_dir()
    dialog.reject()


def test_settings_round_trip(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open_settings(window)
    _choose(dialog.language_combo, "en")
    _choose(dialog.currency_combo, "EUR")
    office_id = dialog.office_combo.itemData(1)
    dialog.office_combo.setCurrentIndex(1)
    _choose(dialog.provider_combo, "OpenTopoMap")
    dialog.server_edit.setText("https://tiles.example.org/{z}/{x}/{y}.png")
    dialog.cache_spin.setValue(800)
    backups = tmp_path / "new" / "backups"
    dialog.backup_edit.setText(str(backups))
    dialog.keep_spin.setValue(25)
    dialog.person_edit.setText("  Li   Na ")
    _click_ok(qtbot, dialog)

    assert settings.get(settings.LANGUAGE) == "en"
    assert settings.get(settings.REPORTING_CURRENCY) == "EUR"
    assert settings.get(settings.DEFAULT_OFFICE) == office_id
    assert settings.get(settings.TILE_PROVIDER) == "OpenTopoMap"
    assert settings.get(settings.TILE_SERVER) == "https://tiles.example.org/{z}/{x}/{y}.png"
    assert settings.get(settings.TILE_CACHE_MB) == 800
    assert settings.tile_cache_bytes() == 800 * 1024 * 1024
    assert settings.get(settings.BACKUP_FOLDER) == str(backups)
    assert settings.backup_folder() == backups
    assert settings.get(settings.BACKUPS_KEPT) == 25
    assert settings.get(settings.PACKAGE_PERSON) == "Li Na"
    assert window.exchange.made_by(None).person == "Li Na"  # what packages will say

    again = _open_settings(window)
    assert again is not dialog
    assert again.language_combo.currentData() == "en"
    assert again.currency_combo.currentData() == "EUR"
    assert again.office_combo.currentData() == office_id
    assert again.provider_combo.currentData() == "OpenTopoMap"
    assert again.server_edit.text() == "https://tiles.example.org/{z}/{x}/{y}.png"
    assert again.cache_spin.value() == 800
    assert again.backup_edit.text() == str(backups)
    assert again.keep_spin.value() == 25
    assert again.person_edit.text() == "Li Na"
    again.reject()


def test_new_reporting_currency_reaches_the_open_views(window: MainWindow, qtbot: QtBot) -> None:
    from office_desk.ui.project_board import ProjectBoard

    window.show_page("project")
    board = window.findChild(ProjectBoard)
    assert board is not None
    dialog = _open_settings(window)
    _choose(dialog.currency_combo, "USD")
    _click_ok(qtbot, dialog)
    assert board.reporting_currency() == "USD"


def test_cancel_changes_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    settings.put(settings.REPORTING_CURRENCY, "EUR")
    dialog = _open_settings(window)
    _choose(dialog.currency_combo, "USD")
    dialog.keep_spin.setValue(3)
    dialog.backup_edit.setText(str(tmp_path))
    dialog.cache_spin.setValue(1000)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert settings.get(settings.REPORTING_CURRENCY) == "EUR"
    assert settings.get(settings.BACKUPS_KEPT) == 10
    assert settings.get(settings.BACKUP_FOLDER) == ""
    assert settings.get(settings.TILE_CACHE_MB) == 400


def test_restore_defaults(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    settings.put(settings.REPORTING_CURRENCY, "USD")
    settings.put(settings.BACKUPS_KEPT, 42)
    settings.put(settings.BACKUP_FOLDER, str(tmp_path))
    settings.put(settings.TILE_CACHE_MB, 2000)
    settings.put(settings.TILE_PROVIDER, "OpenStreetMap.DE")
    dialog = _open_settings(window)
    assert dialog.keep_spin.value() == 42
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.currency_combo.currentData() == "CNY"
    assert dialog.keep_spin.value() == 10
    assert dialog.cache_spin.value() == 400
    assert dialog.provider_combo.currentData() == "OpenStreetMap.Mapnik"
    assert dialog.language_combo.currentData() == ""
    assert dialog.office_combo.currentData() == ""
    assert Path(dialog.backup_edit.text()) == paths.backup_dir()
    assert settings.get(settings.BACKUPS_KEPT) == 42  # only shown, not saved yet
    _click_ok(qtbot, dialog)
    assert settings.get(settings.REPORTING_CURRENCY) == "CNY"
    assert settings.get(settings.BACKUPS_KEPT) == 10
    assert settings.get(settings.BACKUP_FOLDER) == ""  # the default folder follows the data
    assert settings.backup_folder() == paths.backup_dir()


def test_invalid_backup_folder_keeps_ok_disabled(window: MainWindow, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    dialog = _open_settings(window)
    assert dialog.ok_button.isEnabled()
    assert dialog.backup_error.isHidden()

    for bad in (str(a_file), str(a_file / "backups"), "relative/folder", "  "):
        dialog.backup_edit.setText(bad)
        assert not dialog.ok_button.isEnabled(), bad
        assert dialog.backup_error.isVisible() and dialog.backup_error.text(), bad

    dialog.accept()  # pressing Enter cannot get around it
    assert dialog.isVisible()
    assert settings.get(settings.BACKUP_FOLDER) == ""

    dialog.backup_edit.setText(str(tmp_path / "to" / "be" / "made"))
    assert dialog.ok_button.isEnabled()
    assert dialog.backup_error.isHidden()
    dialog.reject()


def test_backup_folder_problems(tmp_path: Path) -> None:
    assert backup_folder_problem(str(tmp_path)) == ""
    assert backup_folder_problem(str(tmp_path / "new")) == ""
    (tmp_path / "f").write_text("x")
    assert "file" in backup_folder_problem(str(tmp_path / "f"))
    assert "file" in backup_folder_problem(str(tmp_path / "f" / "sub"))
    assert backup_folder_problem("")


def test_bad_tile_server_keeps_ok_disabled(window: MainWindow) -> None:
    dialog = _open_settings(window)
    dialog.server_edit.setText("tiles.example.org")
    assert not dialog.ok_button.isEnabled()
    assert dialog.server_error.isVisible()
    dialog.server_edit.setText("https://tiles.example.org/{z}/{x}/{y}.png")
    assert dialog.ok_button.isEnabled()
    dialog.server_edit.clear()  # none: OpenStreetMap or the chosen public map
    assert dialog.ok_button.isEnabled()
    dialog.reject()


def test_settings_without_a_database(qtbot: QtBot) -> None:
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    assert [dialog.currency_combo.itemData(i) for i in range(dialog.currency_combo.count())] == [
        "CNY",
        "EUR",
        "USD",
    ]
    assert dialog.office_combo.count() == 1


def test_an_office_of_another_database_is_kept(qtbot: QtBot) -> None:
    settings.put(settings.DEFAULT_OFFICE, "0b5c4a3e-0000-4000-8000-000000000001")
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert settings.get(settings.DEFAULT_OFFICE) == "0b5c4a3e-0000-4000-8000-000000000001"


def test_languages_come_from_compiled_translations(tmp_path: Path) -> None:
    assert available_languages(tmp_path / "missing") == ["en"]
    for name in ("office_desk_de.qm", "office_desk_zh_CN.qm", "notes.txt", "office_desk_de.ts"):
        (tmp_path / name).write_text("")
    assert available_languages(tmp_path) == ["de", "en", "zh_CN"]


def test_about_lists_versions_and_licences(window: MainWindow) -> None:
    window.about_action.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = dialog.licences_text()
    for name in (
        "Leaflet",
        "Leaflet.markercluster",
        "Natural Earth",
        "world-atlas",
        "topojson-client",
        "PySide6",
        "LGPLv3",
        "pycountry",
        "Material Design Icons",
    ):
        assert name in text, name
    assert "Unable" not in text and "missing" not in text
    versions = dialog.versions_label.text()
    assert "PySide6" in versions and "Qt" in versions and "Python" in versions
    assert __version__ in dialog.title_label.text()
    dialog.reject()


def test_about_and_user_guide_ship_with_the_app() -> None:
    licences, guide = paths.bundled_file("LICENSES.md"), user_guide_path()
    assert licences is not None and guide is not None
    assert guide.name == "user-guide.md" and guide.parent == licences.parent


def test_help_menu(window: MainWindow) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.user_guide_action in help_menu.actions()
    assert window.about_action in help_menu.actions()
    assert window.about_qt_action.menuRole() == QAction.MenuRole.AboutQtRole
    assert window.user_guide_action.shortcut() == QKeySequence("F1")


def test_user_guide_opens(window: MainWindow, qtbot: QtBot) -> None:
    window.user_guide_action.trigger()
    guide = window.user_guide
    assert isinstance(guide, UserGuideDialog)
    qtbot.waitUntil(guide.isVisible)
    assert not guide.isModal()
    text = guide.text()
    for heading in (
        "Getting started",
        "Importing a partner's contact list",
        "Exchanging packages between offices",
        "Where your data lives",
    ):
        assert heading in text, heading
    guide.find_edit.setText("pinyin")
    assert guide.browser.textCursor().selectedText().lower() == "pinyin"
    guide.find_edit.setText("no such words in the guide")
    assert guide.not_found_label.text() == "Not found"
    window.user_guide_action.trigger()  # F1 again: the same window, raised
    assert window.user_guide is guide
