"""Edit ▸ Settings: language, reporting currency, default office, street map and backups.

Every value is a setting declared in :mod:`office_desk.ui.settings` and saved with its
``put()`` when the user presses OK; Cancel leaves them all as they were, and Restore
Defaults shows the declared defaults (saved only on OK). A backup folder that cannot
be written, or a tile server address that cannot work, is explained under its field
and keeps OK disabled.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import paths
from . import settings
from .plain_text import plain_label, shown

if TYPE_CHECKING:  # loaded with the dialog: start-up reads only available_languages()
    from .app_context import AppContext
    from .encryption_settings import Converter, EncryptionPanel

#: Offered in every database, besides the currencies its exchange rates use.
COMMON_CURRENCIES = ("CNY", "EUR", "USD")
#: Public street maps that need no key (xyzservices names); each fetches only the tiles
#: looked at, and keeps them in the cache.
STREET_MAPS = (
    "OpenStreetMap.Mapnik",
    "OpenStreetMap.DE",
    "OpenStreetMap.France",
    "OpenStreetMap.HOT",
    "OpenTopoMap",
)
CACHE_MB_RANGE = (50, 20_000)
BACKUPS_KEPT_RANGE = (1, 100)
#: The settings this dialog shows, in the order of its fields.
SHOWN = (
    settings.LANGUAGE,
    settings.REPORTING_CURRENCY,
    settings.DEFAULT_OFFICE,
    settings.PACKAGE_PERSON,
    settings.TILE_PROVIDER,
    settings.TILE_SERVER,
    settings.TILE_CACHE_MB,
    settings.BACKUP_FOLDER,
    settings.BACKUPS_KEPT,
)
_QM_NAME = re.compile(r"^(?:office[-_]desk[-_])?(?P<code>[a-z]{2,3}(?:_[A-Za-z]{2,4}){0,2})$")


def available_languages(folder: Path | None = None) -> list[str]:
    """Locale names with a compiled translation (``office_desk_de.qm`` → ``"de"``), sorted.

    English is the language of the source, so it needs no file and is always available.
    """
    folder = folder if folder is not None else paths.translations_dir()
    codes = {"en"}
    if folder is not None and folder.is_dir():
        for qm in folder.glob("*.qm"):
            match = _QM_NAME.match(qm.stem)
            if match:
                codes.add(match.group("code"))
    return sorted(codes)


def language_name(code: str) -> str:
    """A language as its speakers write it, e.g. ``Deutsch``, ``中文 (中国)``."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    if "_" in code and locale.nativeTerritoryName():
        name += f" ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


def backup_folder_problem(text: str) -> str:
    """Why ``text`` cannot be the backup folder ("" when it can: a writable folder, or
    one that can be created inside a writable folder)."""
    text = text.strip()
    if not text:
        return QCoreApplication.translate("SettingsDialog", "Choose a folder for the backups.")
    path = Path(text).expanduser()
    if not path.is_absolute():
        return QCoreApplication.translate(
            "SettingsDialog", "Give the whole path of the folder, starting from the drive or /."
        )
    if path.exists():
        if not path.is_dir():
            return QCoreApplication.translate("SettingsDialog", "This is a file, not a folder.")
        if not os.access(path, os.W_OK | os.X_OK):
            return QCoreApplication.translate(
                "SettingsDialog", "Office Desk may not write in this folder."
            )
        return ""
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return QCoreApplication.translate(
            "SettingsDialog", "The folder cannot be made: {path} is a file."
        ).format(path=parent)
    if not os.access(parent, os.W_OK | os.X_OK):
        return QCoreApplication.translate(
            "SettingsDialog", "The folder does not exist and cannot be made in {path}."
        ).format(path=parent)
    return ""


def tile_server_problem(text: str) -> str:
    """Why ``text`` cannot be the organisation's tile server ("" when empty or usable)."""
    from ..core.tile_sources import TileError, own_tile_server  # the HTTP client: not at start

    text = text.strip()
    if not text:
        return ""
    try:
        own_tile_server(text)
    except TileError:
        return QCoreApplication.translate(
            "SettingsDialog", "Use an address like https://tiles.example.org/{z}/{x}/{y}.png"
        )
    return ""


class SettingsDialog(QDialog):
    """The app's settings; ``context`` is the open database (None: no database open)."""

    def __init__(
        self,
        context: AppContext | None,
        parent: QWidget | None = None,
        convert_encryption: Converter | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)

        # --- general
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Follow the system"), "")
        for code in available_languages():
            self.language_combo.addItem(
                self.tr("English") if code == "en" else language_name(code), code
            )
        language_note = QLabel(self.tr("A new language applies after Office Desk restarts."), self)
        language_note.setWordWrap(True)
        self.currency_combo = QComboBox(self)
        self.currency_combo.setToolTip(
            self.tr(
                "Totals on the project board, the office dashboard and in reports are "
                "converted to this currency at the rate stored for each signing date."
            )
        )
        for code in self._currencies():
            self.currency_combo.addItem(code, code)
        self.office_combo = QComboBox(self)
        self.office_combo.setToolTip(
            self.tr("The office chosen first in reports and new records (in this database)")
        )
        self.office_combo.addItem(self.tr("None"), "")
        for office_id, name in self._offices():
            self.office_combo.addItem(shown(name), str(office_id))

        from ..core.network_package.format import MADE_BY_MAX as PERSON_MAX
        from ..core.network_package.format import default_person

        self.person_edit = QLineEdit(self)
        self.person_edit.setMaxLength(PERSON_MAX)
        self.person_edit.setPlaceholderText(default_person())
        self.person_edit.setToolTip(
            self.tr(
                "Packages you make for other offices say who made them; empty: the name you "
                "log in with"
            )
        )

        general = QGroupBox(self.tr("General"), self)
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("&Language:"), self.language_combo)
        general_form.addRow("", language_note)
        general_form.addRow(self.tr("Reporting &currency:"), self.currency_combo)
        general_form.addRow(self.tr("Default &office:"), self.office_combo)
        general_form.addRow(self.tr("Your &name on packages:"), self.person_edit)

        # --- map
        self.provider_combo = QComboBox(self)
        self.provider_combo.setToolTip(
            self.tr(
                "Street tiles are fetched only when the map's “Street map when online” is "
                "ticked, and only those you look at; each is kept in the cache."
            )
        )
        labels = {
            "OpenStreetMap.Mapnik": self.tr("OpenStreetMap (standard)"),
            "OpenStreetMap.DE": self.tr("OpenStreetMap (German style)"),
            "OpenStreetMap.France": self.tr("OpenStreetMap France"),
            "OpenStreetMap.HOT": self.tr("OpenStreetMap Humanitarian"),
            "OpenTopoMap": self.tr("OpenTopoMap (terrain)"),
        }
        for name in STREET_MAPS:
            self.provider_combo.addItem(labels[name], name)
        self.server_edit = QLineEdit(self)
        self.server_edit.setObjectName("tile_server")
        self.server_edit.setClearButtonEnabled(True)
        self.server_edit.setPlaceholderText("https://tiles.example.org/{z}/{x}/{y}.png")
        self.server_edit.setToolTip(
            self.tr(
                "Your organisation's own tile server. When set, the street map comes from it "
                "instead of the map above, and Prepare for travel may download from it."
            )
        )
        self.server_error = self._error_label("tile_server_error")
        self.cache_spin = QSpinBox(self)
        self.cache_spin.setRange(*CACHE_MB_RANGE)
        self.cache_spin.setSingleStep(50)
        self.cache_spin.setSuffix(self.tr(" MB"))
        self.cache_spin.setToolTip(
            self.tr(
                "When the street tiles kept on this computer take more room, the ones used "
                "longest ago are removed. Imported offline maps do not count."
            )
        )
        self.cache_usage = QLabel(self._cache_usage_text(), self)

        street_map = QGroupBox(self.tr("Map"), self)
        map_form = QFormLayout(street_map)
        map_form.addRow(self.tr("&Street map:"), self.provider_combo)
        map_form.addRow(self.tr("Own &tile server:"), self.server_edit)
        map_form.addRow("", self.server_error)
        map_form.addRow(self.tr("Tile cache &up to:"), self.cache_spin)
        map_form.addRow("", self.cache_usage)

        # --- backups
        self.backup_edit = QLineEdit(self)
        self.backup_edit.setObjectName("backup_folder")
        self.backup_edit.setPlaceholderText(str(paths.backup_dir()))
        self.backup_button = QPushButton(self.tr("C&hoose…"), self)
        self.backup_button.clicked.connect(self.choose_backup_folder)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(self.backup_button)
        self.backup_error = self._error_label("backup_folder_error")
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(*BACKUPS_KEPT_RANGE)
        self.keep_spin.setToolTip(
            self.tr("The oldest backups of a database are removed when there are more than this.")
        )

        backups = QGroupBox(self.tr("Backups"), self)
        backup_form = QFormLayout(backups)
        backup_label = QLabel(self.tr("&Backup folder:"), self)
        backup_label.setBuddy(self.backup_edit)  # a row of two widgets has no buddy of its own
        backup_form.addRow(backup_label, backup_row)
        backup_form.addRow("", self.backup_error)
        backup_form.addRow(self.tr("&Keep the last:"), self.keep_spin)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)

        settings_page = QWidget(self)
        page_layout = QVBoxLayout(settings_page)
        page_layout.addWidget(general)
        page_layout.addWidget(street_map)
        page_layout.addWidget(backups)
        page_layout.addStretch(1)

        # --- privacy: the open file's encryption (converts it at once, not on OK) and
        # the package keys (each change written at once)
        from .encryption_settings import EncryptionPanel
        from .package_keys_panel import PackageKeysPanel

        privacy_page = QWidget(self)
        privacy_layout = QVBoxLayout(privacy_page)
        self.encryption: EncryptionPanel | None = None
        store = context.store if context is not None else None
        if (
            store is not None
            and store.path is not None
            and convert_encryption is not None
            and not store.read_only
        ):
            self.encryption = EncryptionPanel(store.path, convert_encryption, self)
            privacy_layout.addWidget(self.encryption)
        keys = QGroupBox(self.tr("Package keys"), self)
        keys_layout = QVBoxLayout(keys)
        self.package_keys = PackageKeysPanel(context, keys)
        keys_layout.addWidget(self.package_keys)
        privacy_layout.addWidget(keys, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(settings_page, self.tr("&General"))
        self.tabs.addTab(privacy_page, self.tr("&Privacy and keys"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(600, 640)  # the keys' list and wrapped notes need the height
        layout.addWidget(self.buttons)

        self.backup_edit.textChanged.connect(self.validate)
        self.server_edit.textChanged.connect(self.validate)
        self.show_values({s: settings.get(s) for s in SHOWN})

    # ------------------------------------------------------------------ building

    def _error_label(self, name: str) -> QLabel:
        label = plain_label(parent=self)  # problems quote the folder or address typed
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet("color: #c62828;")
        label.hide()
        return label

    def _currencies(self) -> list[str]:
        codes = set(COMMON_CURRENCIES) | {settings.get(settings.REPORTING_CURRENCY)}
        if self.context is not None:
            from ..core.services.exchange_rates import rate_currencies

            codes.update(rate_currencies(self.context.store))
        return sorted(c for c in codes if c)

    def _offices(self) -> list[tuple[Any, str]]:
        if self.context is None:
            return []
        from ..core.services import relations

        return relations.choices(self.context.store, "office")

    def _cache_usage_text(self) -> str:
        from ..core.tile_cache import TileCache

        try:
            used = TileCache().size_bytes()
        except (OSError, sqlite3.Error):
            return ""
        return self.tr("Now {size} MB in use.").format(size=f"{used / settings.MEBIBYTE:,.0f}")

    # ------------------------------------------------------------------ values

    @staticmethod
    def _select(combo: QComboBox, value: str, unknown_label: str) -> None:
        """Select the item holding ``value``, adding one (``unknown_label``) if none does."""
        index = combo.findData(value)
        if index < 0:
            combo.addItem(unknown_label, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def show_values(self, values: dict[settings.Setting, Any]) -> None:
        """Show ``values`` (by setting) in the fields; nothing is saved."""
        self._select(self.language_combo, values[settings.LANGUAGE], values[settings.LANGUAGE])
        currency = values[settings.REPORTING_CURRENCY]
        self._select(self.currency_combo, currency, currency)
        self._select(
            self.office_combo,
            values[settings.DEFAULT_OFFICE],
            self.tr("An office of another database"),
        )
        self.person_edit.setText(values[settings.PACKAGE_PERSON])
        provider = values[settings.TILE_PROVIDER]
        self._select(self.provider_combo, provider, provider)
        self.server_edit.setText(values[settings.TILE_SERVER])
        self.cache_spin.setValue(values[settings.TILE_CACHE_MB])
        folder = values[settings.BACKUP_FOLDER]
        self.backup_edit.setText(folder or str(paths.backup_dir()))
        self.keep_spin.setValue(values[settings.BACKUPS_KEPT])
        self.validate()

    def values(self) -> dict[settings.Setting, Any]:
        """The values the fields show now, ready for ``settings.put``."""
        folder = str(Path(self.backup_edit.text().strip()).expanduser())
        if Path(folder) == paths.backup_dir():
            folder = ""  # the default: follows the data folder if that moves
        return {
            settings.LANGUAGE: self.language_combo.currentData() or "",
            settings.REPORTING_CURRENCY: self.currency_combo.currentData(),
            settings.DEFAULT_OFFICE: self.office_combo.currentData() or "",
            settings.PACKAGE_PERSON: " ".join(self.person_edit.text().split()),
            settings.TILE_PROVIDER: self.provider_combo.currentData(),
            settings.TILE_SERVER: self.server_edit.text().strip(),
            settings.TILE_CACHE_MB: self.cache_spin.value(),
            settings.BACKUP_FOLDER: folder,
            settings.BACKUPS_KEPT: self.keep_spin.value(),
        }

    def restore_defaults(self) -> None:
        self.show_values({s: s.default for s in SHOWN})

    def validate(self) -> bool:
        """Show what is wrong under its field; OK only when nothing is."""
        problems = (
            (self.backup_error, backup_folder_problem(self.backup_edit.text())),
            (self.server_error, tile_server_problem(self.server_edit.text())),
        )
        for label, problem in problems:
            label.setText(shown(problem))
            label.setVisible(bool(problem))
        ok = not any(problem for _label, problem in problems)
        self.ok_button.setEnabled(ok)
        return ok

    def choose_backup_folder(self) -> None:
        start = self.backup_edit.text().strip() or str(paths.backup_dir())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), start)
        if chosen:
            self.backup_edit.setText(chosen)

    def accept(self) -> None:
        if not self.validate():
            return
        for setting, value in self.values().items():
            settings.put(setting, value)
        super().accept()
