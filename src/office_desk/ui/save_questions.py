"""What the record editor asks before saving something that may be a mistake but need
not be: coordinates far outside the record's country, a new contact that seems to be
someone already kept, a signed project without its signing date. Each question lets
the user go back or save all the same."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.store.database import Store
from ..core.validation import PlaceQuestion
from .plain_text import message_box

translate = QCoreApplication.translate  # a name lupdate knows


def confirm_place(parent: QWidget, question: PlaceQuestion) -> bool:
    """True when the user saves the far-away place anyway; False to go back (the
    default, also on Escape)."""
    box = message_box(
        QMessageBox.Icon.Warning,
        translate("SaveQuestions", "Check the place on the map"),
        question.message,
        parent=parent,
    )
    box.setObjectName("place_question")
    save = box.addButton(
        translate("SaveQuestions", "Save anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    back = box.addButton(
        translate("SaveQuestions", "Go back and correct"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is save


def confirm_undated_signing(parent: QWidget) -> bool:
    """A project at a signed stage without a signing date: True to save it so all the
    same; False (the default, also on Escape) to go back and enter the date."""
    question = translate(
        "SaveQuestions",
        "This project is at a signed stage but has no signing date. "
        "Reports for a period count projects by their signing date, so they will leave it "
        "out until the date is entered.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("SaveQuestions", "Signing date"),
        question,
        parent=parent,
    )
    box.setObjectName("signing_date_question")
    save = box.addButton(
        translate("SaveQuestions", "Save without a date"), QMessageBox.ButtonRole.AcceptRole
    )
    back = box.addButton(
        translate("SaveQuestions", "Go back and enter the date"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is save


def ask_about_duplicates(parent: QWidget, store: Store, fields: dict[str, Any]) -> bool | uuid.UUID:
    """For a new contact with ``fields``: True to save it (nobody like it is kept, or
    the user says it is someone else), False to go back to the form, or the id of the
    existing contact the user chose to open."""
    from ..core.services.duplicate_check import similar_contacts
    from .duplicate_warning import DuplicateWarning

    found = similar_contacts(store, fields)
    if not found:
        return True
    warning = DuplicateWarning(found, parent)
    warning.exec()
    warning.deleteLater()
    if warning.open_id is not None:
        return warning.open_id
    return warning.save_anyway
