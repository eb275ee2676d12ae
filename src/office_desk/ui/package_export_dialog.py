"""File ▸ Export ▸ Package: what goes into a package for another office, and for whom.

Two choices before the file is named: whether the contacts' details (e-mails, phones,
messaging, notes) go in, and which offices the package is sealed to. Sealed, only
those offices (and headquarters, with its recovery key) can open it, and it is signed
with this computer's key; the offices listed are those whose key this database trusts
(Settings ▸ Package keys). Not sealed, it is a plain file anyone who gets it can read.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import package_keys
from ..core.store.database import Store
from .plain_text import plain_label, shown


def _note(name: str, text: str = "") -> QLabel:
    label = plain_label(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class PackageExportDialog(QDialog):
    """Asks what to put into a package and whom to seal it to."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("package_export_dialog")
        self.setWindowTitle(self.tr("Export a package"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)

        self.personal_data_box = QCheckBox(self.tr("Include &personal data"), self)
        self.personal_data_box.setObjectName("personal_data")
        self.personal_data_box.setChecked(True)
        layout.addWidget(self.personal_data_box)
        layout.addWidget(
            _note(
                "personal_data_note",
                self.tr(
                    "Contacts' e-mails, phones, messaging handles and notes. Without them, "
                    "names, offices and projects still travel, and the receiving office "
                    "keeps the details it has."
                ),
            )
        )

        seal_label = QLabel(self.tr("&Seal to these offices:"))
        layout.addWidget(seal_label)
        self.offices_list = QListWidget(self)
        self.offices_list.setObjectName("seal_to")
        choices = package_keys.sealing_choices(store)
        for trusted in choices.offices:
            item = QListWidgetItem(
                self.tr("{office} (key {fingerprint})").format(
                    office=shown(trusted.office_name), fingerprint=trusted.fingerprint
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(trusted.office_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.offices_list.addItem(item)
        seal_label.setBuddy(self.offices_list)
        layout.addWidget(self.offices_list, 1)
        self._can_seal = choices.own_office is not None
        self._hq, self._hq_known = choices.hq_name, choices.hq_key_known
        self.offices_list.setEnabled(self._can_seal and self.offices_list.count() > 0)
        self.offices_list.itemChanged.connect(self._update_note)
        self.seal_note = _note("seal_note")
        layout.addWidget(self.seal_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_note()

    @property
    def personal_data(self) -> bool:
        return self.personal_data_box.isChecked()

    @property
    def seal_to(self) -> list[uuid.UUID]:
        """The offices ticked (none: a plain package)."""
        chosen = []
        for row in range(self.offices_list.count()):
            item = self.offices_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole))))
        return chosen

    def set_sealed_to(self, office_ids: list[uuid.UUID]) -> None:
        """Tick exactly these offices."""
        wanted = {str(i) for i in office_ids}
        for row in range(self.offices_list.count()):
            item = self.offices_list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _update_note(self, *_args: object) -> None:
        if not self._can_seal:
            text = self.tr(
                "To seal packages, choose the office this computer speaks for in Settings, "
                "Package keys. This package will not be sealed: anyone who gets the file can "
                "read it."
            )
        elif self.offices_list.count() == 0:
            text = self.tr(
                "No office's key is trusted here yet (Settings, Package keys), so this "
                "package will not be sealed: anyone who gets the file can read it."
            )
        elif not self.seal_to:
            text = self.tr(
                "Not sealed: anyone who gets the file can read it, and nothing shows who "
                "made it. Tick the offices it is for to seal and sign it."
            )
        elif self._hq and self._hq_known:
            text = self.tr(
                "Sealed: only the offices ticked and headquarters ({hq}, with its recovery "
                "key) can open it; it is signed with this computer's key."
            ).format(hq=shown(self._hq))
        elif self._hq:
            text = self.tr(
                "Sealed: only the offices ticked can open it. Headquarters ({hq}) has no "
                "key here, so it cannot."
            ).format(hq=shown(self._hq))
        else:
            text = self.tr(
                "Sealed: only the offices ticked can open it; it is signed with this "
                "computer's key."
            )
        self.seal_note.setText(text)
