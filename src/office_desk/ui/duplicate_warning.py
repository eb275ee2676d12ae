"""The question before a new contact is saved that seems to be someone already kept.

Each existing contact it may be is listed with why (the same e-mail address, the same
WeChat handle, the same name in the same organization) and a button that opens it.
The user goes back to the form, opens the existing record, or saves the new one all
the same (a namesake: 张伟 is a common name). Names are shown as plain text.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.services.duplicate_check import PossibleDuplicate
from .kinds import kind_icon
from .plain_text import literal, plain_label

#: Existing contacts listed at most (the strongest matches come first).
SHOWN = 5


class DuplicateWarning(QDialog):
    """After ``exec()``: ``open_id`` is the contact to open (or None), ``save_anyway``
    True when the user saves the new contact all the same."""

    def __init__(self, found: list[PossibleDuplicate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_warning")
        self.setWindowTitle(self.tr("Already in the database?"))
        self.open_id: uuid.UUID | None = None
        self.save_anyway = False
        self.open_buttons: dict[uuid.UUID, QPushButton] = {}

        intro = QLabel(
            self.tr("This person may already be in the database:")
            if len(found) == 1
            else self.tr("This person may already be in the database, as one of these contacts:"),
            self,
        )
        intro.setWordWrap(True)
        rows = QWidget(self)
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for number, duplicate in enumerate(found[:SHOWN]):
            name = duplicate.title
            if duplicate.organization:
                name = self.tr("{name}, {organization}").format(
                    name=name, organization=duplicate.organization
                )
            title = plain_label(name, rows)
            title.setWordWrap(True)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            why = plain_label("\n".join(f"• {reason}" for reason in duplicate.reasons), rows)
            why.setWordWrap(True)
            button = QPushButton(kind_icon("contact"), self.tr("Open this contact"), rows)
            button.setToolTip(
                literal(
                    self.tr("Open {name}; this form stays as it is").format(name=duplicate.title)
                )
            )
            button.clicked.connect(lambda _=False, i=duplicate.id: self._open(i))
            self.open_buttons[duplicate.id] = button
            grid.addWidget(title, 2 * number, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(why, 2 * number + 1, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(button, 2 * number, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.setRowMinimumHeight(2 * number + 1, why.sizeHint().height() + 8)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(2 * min(len(found), SHOWN), 1)
        scroll = QScrollArea(self)
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        more = QLabel(
            self.tr("{count} more are not listed.").format(count=len(found) - SHOWN)
            if len(found) > SHOWN + 1
            else self.tr("One more is not listed.")
            if len(found) == SHOWN + 1
            else "",
            self,
        )
        more.setVisible(len(found) > SHOWN)
        outro = QLabel(
            self.tr("Save the new contact only if it is someone else, such as a namesake."), self
        )
        outro.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.back_button = buttons.addButton(
            self.tr("Go back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button = buttons.addButton(
            self.tr("Save as a new contact"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button.setDefault(True)
        self.back_button.setFocus()
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self._save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(more)
        layout.addWidget(outro)
        layout.addWidget(buttons)
        self.resize(540, min(150 + 60 * min(len(found), SHOWN), 540))

    def _open(self, record_id: uuid.UUID) -> None:
        self.open_id = record_id
        self.reject()

    def _save(self) -> None:
        self.save_anyway = True
        self.accept()
