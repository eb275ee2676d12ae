"""Settings ▸ Package keys: which office this computer speaks for, its office key to send
to colleagues, and the colleagues' keys it trusts.

Packages sealed here are encrypted to the offices' keys and signed with this computer's
key (:mod:`office_desk.core.package_keys`; the private keys stay in the OS keychain).
A colleague's key arrives as one pasted line; its fingerprint is shown before it is
trusted, to compare on the phone. Every change is written through an
:class:`~office_desk.ui.operation.Operation`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import package_keys
from .app_context import AppContext
from .operation import Operation
from .plain_text import literal, plain_label, shown


def _label(name: str, text: str = "") -> QLabel:
    label = plain_label(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PackageKeysPanel(QWidget):
    """The package keys of ``context``'s database and this computer (``context`` None:
    no database is open, and the panel says so)."""

    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("package_keys_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # --- this computer
        own = QGroupBox(self.tr("This computer"), self)
        form = QFormLayout(own)
        self.office_combo = QComboBox(self)
        self.office_combo.setObjectName("own_office")
        self.office_combo.setToolTip(self.tr("Packages made here are signed in this office's name"))
        self.hq_combo = QComboBox(self)
        self.hq_combo.setObjectName("hq_office")
        self.hq_combo.setToolTip(
            self.tr(
                "Every sealed package is also sealed to headquarters' key, so headquarters "
                "can always open it (the recovery key)"
            )
        )
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("own_key")
        self.key_edit.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("copy_key")
        self.copy_button.clicked.connect(self.copy_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.copy_button)
        self.fingerprint_label = _label("own_fingerprint")
        form.addRow(self.tr("Speaks for &office:"), self.office_combo)
        form.addRow(self.tr("&Headquarters:"), self.hq_combo)
        form.addRow(self.tr("Your office key:"), key_row)
        form.addRow("", self.fingerprint_label)
        layout.addWidget(own)

        # --- colleagues
        trusted = QGroupBox(self.tr("Offices' keys trusted here"), self)
        box = QVBoxLayout(trusted)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("trusted_keys")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Office"), self.tr("Fingerprint"), self.tr("Since"), self.tr("From")]
        )
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        box.addWidget(self.tree, 1)
        self.paste_edit = QLineEdit(self)
        self.paste_edit.setObjectName("paste_key")
        self.paste_edit.setPlaceholderText(self.tr("Paste a colleague's office key here"))
        self.paste_edit.setMaxLength(package_keys.KEY_TEXT_MAX + 100)
        self.paste_edit.textChanged.connect(self._pasted)
        self.trust_button = QPushButton(self.tr("&Trust this key"), self)
        self.trust_button.setObjectName("trust_key")
        self.trust_button.clicked.connect(self.trust_pasted_key)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("remove_key")
        self.remove_button.clicked.connect(self.remove_selected_key)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_edit, 1)
        paste_row.addWidget(self.trust_button)
        paste_row.addWidget(self.remove_button)
        box.addLayout(paste_row)
        self.pasted_label = _label("pasted_key")
        box.addWidget(self.pasted_label)
        layout.addWidget(trusted, 1)

        self._pasted_key: package_keys.OfficeKey | None = None
        self.refresh()
        self.office_combo.currentIndexChanged.connect(self._office_chosen)
        self.hq_combo.currentIndexChanged.connect(self._hq_chosen)

    # ------------------------------------------------------------------ showing

    def _offices(self) -> list[tuple[uuid.UUID, str]]:
        if self.context is None:
            return []
        from ..core.services import relations

        return [(i, str(name)) for i, name in relations.choices(self.context.store, "office")]

    def _fill(self, combo: QComboBox, none_text: str, chosen: uuid.UUID | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none_text, "")
        for office_id, name in self._offices():
            combo.addItem(shown(name), str(office_id))
        combo.setCurrentIndex(max(combo.findData(str(chosen) if chosen else ""), 0))
        combo.blockSignals(False)

    def refresh(self) -> None:
        """Show what the database and the keychain hold now."""
        context = self.context
        for widget in (self.office_combo, self.hq_combo, self.paste_edit, self.tree):
            widget.setEnabled(context is not None)
        if context is None:
            self.key_edit.clear()
            self.fingerprint_label.setText(self.tr("Open a database to manage package keys."))
            self.copy_button.setEnabled(False)
            self.trust_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            return
        store = context.store
        own = package_keys.own_office(store)
        self._fill(self.office_combo, self.tr("Not chosen"), own)
        self._fill(self.hq_combo, self.tr("None"), package_keys.hq_office(store))
        self.key_edit.clear()
        self.copy_button.setEnabled(False)
        if own is None:
            self.fingerprint_label.setText(
                self.tr("Choose the office this computer speaks for to get its office key.")
            )
        else:
            try:
                key = package_keys.own_office_key(store)
            except package_keys.PackageKeyError as exc:
                self.fingerprint_label.setText(shown(str(exc)))
            else:
                self.key_edit.setText(key.text)
                self.key_edit.setCursorPosition(0)
                self.copy_button.setEnabled(True)
                self.fingerprint_label.setText(
                    self.tr(
                        "Fingerprint {fingerprint}: send the key to colleagues, and read them "
                        "the fingerprint on the phone."
                    ).format(fingerprint=key.fingerprint)
                )
        self.tree.clear()
        for trusted in package_keys.trusted_keys(store):
            name = trusted.office_name or self.tr("(not in this database)")
            since = trusted.first_seen_at.strftime("%Y-%m-%d") if trusted.first_seen_at else ""
            item = QTreeWidgetItem([shown(name), trusted.fingerprint, since, shown(trusted.source)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(trusted.office_id))
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self._selection_changed()
        self._pasted(self.paste_edit.text())

    def copy_key(self) -> None:
        """Put this computer's office key on the clipboard."""
        QGuiApplication.clipboard().setText(self.key_edit.text())

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.tree.selectedItems()))

    def _pasted(self, text: str) -> None:
        """Read the pasted line as it is typed: what it is, or what is wrong with it."""
        self._pasted_key = None
        self.trust_button.setEnabled(False)
        if not text.strip():
            self.pasted_label.clear()
            return
        try:
            key = package_keys.parse_office_key(text)
        except package_keys.PackageKeyError as exc:
            self.pasted_label.setText(shown(str(exc)))
            return
        names = dict(self._offices())
        if key.office_id not in names:
            self.pasted_label.setText(
                self.tr("This database has no office with id {id}.").format(id=key.office_id)
            )
            return
        self._pasted_key = key
        self.trust_button.setEnabled(True)
        self.pasted_label.setText(
            self.tr(
                "The key of {office}, fingerprint {fingerprint}: trust it only if the office "
                "reads you the same fingerprint."
            ).format(office=shown(names[key.office_id]), fingerprint=key.fingerprint)
        )

    # ------------------------------------------------------------------ writing

    def _write(self, write: Callable[[], Any], success: Callable[[], None] | None = None) -> bool:
        context = self.context
        if context is None:
            return False

        def done(_result: Any) -> None:
            self.refresh()
            if success is not None:
                success()

        return (
            Operation(self, context, lambda _progress: write())
            .changes(None)
            .failed(self.tr("Package keys"), self.tr("Nothing was changed.\n\n{error}"))
            .success(done)
            .run()
        )

    def _chosen(self, combo: QComboBox) -> uuid.UUID | None:
        data = combo.currentData()
        return uuid.UUID(data) if data else None

    def _office_chosen(self) -> None:
        if self.context is None:
            return
        store, chosen = self.context.store, self._chosen(self.office_combo)
        if not self._write(lambda: package_keys.set_own_office(store, chosen)):
            self.refresh()

    def _hq_chosen(self) -> None:
        if self.context is None:
            return
        store, chosen = self.context.store, self._chosen(self.hq_combo)
        if not self._write(lambda: package_keys.set_hq_office(store, chosen)):
            self.refresh()

    def trust_pasted_key(self) -> bool:
        """Trust the pasted key; another key trusted for its office is replaced only
        when the user says so."""
        key = self._pasted_key
        if key is None or self.context is None:
            return False
        store = self.context.store
        known = package_keys.trusted_key(store, key.office_id)
        replace = False
        if known is not None and not known.same_keys(key):
            answer = QMessageBox.warning(
                self,
                self.tr("Replace the office's key?"),
                literal(
                    self.tr(
                        "{office} already has another key here (fingerprint {old}).\n\n"
                        "Replace it with {new} only if the office told you it made a new "
                        "key; otherwise someone else may be posing as it."
                    ).format(office=known.office_name, old=known.fingerprint, new=key.fingerprint)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            replace = True
        return self._write(
            lambda: package_keys.import_office_key(store, key, replace=replace),
            self.paste_edit.clear,
        )

    def remove_selected_key(self) -> bool:
        items = self.tree.selectedItems()
        if not items or self.context is None:
            return False
        store = self.context.store
        office_id = uuid.UUID(str(items[0].data(0, Qt.ItemDataRole.UserRole)))
        answer = QMessageBox.question(
            self,
            self.tr("Remove the key?"),
            literal(
                self.tr(
                    "Remove the key of {office}? Packages cannot be sealed to it any more, "
                    "and its next package asks again whether to trust its key."
                ).format(office=items[0].text(0))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._write(lambda: package_keys.remove_office_key(store, office_id))
