"""Asks for the signing date when a card is moved to Signed (or a later stage).

Period reports count a signed project by its signing date, so the board asks for it
before it writes the move: today by default, typed as the project editor reads dates
("12.03.2025" in German, ISO in every language) or picked from a calendar. Cancel
leaves the cards where they were. For a move to a stage after Signed (In progress,
Completed) the date may be long past and unknown: the user may then move the
project without one, told plainly that reports leave it out until a date is entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.services.project_totals import stage_label
from ..core.services.stage_moves import StageMove
from ..core.vocabulary import ProjectStage
from .field_base import FieldInputError
from .plain_text import plain_label, shown
from .typed_fields import DateField

ERROR_COLOUR = "#C62828"


@dataclass(frozen=True)
class SigningAnswer:
    """The user's answer: the date to store, or None ("move without a date")."""

    signed_on: date | None


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class SigningDateDialog(QDialog):
    """ "When was it signed?": a date (today by default) for the projects of ``move``
    that have none."""

    def __init__(self, move: StageMove, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signing_date_dialog")
        self.setWindowTitle(self.tr("Signing date"))
        self._chosen: date | None = None
        stage = stage_label(move.stage)
        undated = [move.titles[i] for i in move.undated]

        if len(undated) == 1:
            question = self.tr("When was “{title}” signed?").format(title=_short(undated[0]))
        else:
            question = self.tr("When were these {count} projects signed?").format(
                count=len(undated)
            )
        self.question_label = plain_label(question)  # holds a project's title
        self.question_label.setWordWrap(True)
        font = self.question_label.font()
        font.setBold(True)
        self.question_label.setFont(font)

        notes = [
            self.tr(
                "Period reports count a project by its signing date; without one "
                "it is left out of them."
            )
        ]
        if len(undated) > 1:
            notes.append(
                self.tr("Projects: {titles}").format(
                    titles=", ".join(_short(t, 40) for t in undated)
                )
            )
        if len(undated) < len(move.moving):
            notes.append(self.tr("Projects that already have a signing date keep it."))
        self.note_label = plain_label("\n".join(notes))
        self.note_label.setWordWrap(True)
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # The project editor's date field: the same typing rules, calendar and echo.
        self.date_field = DateField(self, optional=False)
        self.date_field.set_value(date.today())
        self.date_field.edit.setObjectName("signing_date")
        self.date_field.edit.setAccessibleName(self.tr("Signing date"))
        self.error_label = plain_label()
        self.error_label.setWordWrap(True)
        error_palette = self.error_label.palette()
        error_palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
        self.error_label.setPalette(error_palette)
        self.error_label.hide()
        self.date_field.changed.connect(self.error_label.hide)
        form = QFormLayout()
        form.addRow(self.tr("Signed on:"), self.date_field.widget)

        self.buttons = QDialogButtonBox(self)
        self.move_button = self.buttons.addButton(
            self.tr("Move to {stage}").format(stage=stage), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.move_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.without_button: QPushButton | None = None
        if move.stage != ProjectStage.SIGNED.value:
            # Signed long ago, date not at hand: better no date than a wrong one.
            self.without_button = self.buttons.addButton(
                self.tr("Move without a date"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.without_button.setToolTip(
                self.tr(
                    "The project is left out of period reports until its signing date is "
                    "entered in the project"
                )
            )
            self.without_button.clicked.connect(self._move_without_date)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.question_label)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(max(380, self.fontMetrics().averageCharWidth() * 56))
        self.date_field.edit.setFocus()
        self.date_field.edit.selectAll()

    def _move_without_date(self) -> None:
        self._chosen = None
        super().accept()

    def accept(self) -> None:
        """Move, with the date typed; a date that cannot be read is said, not moved."""
        try:
            self._chosen = self.date_field.value()
        except FieldInputError as exc:
            self.error_label.setText(shown(exc))
            self.error_label.show()
            self.date_field.edit.setFocus()
            return
        super().accept()

    def set_signing_date(self, day: date) -> None:
        self.date_field.set_value(day)

    def answer(self) -> SigningAnswer:
        """What to store once the dialog was accepted."""
        return SigningAnswer(self._chosen)


def ask_signing_date(move: StageMove, parent: QWidget | None = None) -> SigningAnswer | None:
    """Ask for the signing date of ``move``'s undated projects; None if cancelled."""
    dialog = SigningDateDialog(move, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
    finally:
        dialog.deleteLater()
