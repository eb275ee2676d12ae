"""What a record editor says, in whole phrases per kind of record (German and Chinese
inflect the noun and the words around it differently, so "New {kind}" would not do).

The texts keep the translation context of the editor, which declared them first.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: The kind of record, as a fallback name (a record with no title yet).
NOUN = {
    "office": QT_TRANSLATE_NOOP("RecordEditor", "office"),
    "organization": QT_TRANSLATE_NOOP("RecordEditor", "organization"),
    "contact": QT_TRANSLATE_NOOP("RecordEditor", "contact"),
    "project": QT_TRANSLATE_NOOP("RecordEditor", "project"),
    "event": QT_TRANSLATE_NOOP("RecordEditor", "event"),
}
#: Window titles, undo texts and messages: whole phrases per kind, so they translate.
NEW_TITLE = {
    "office": QT_TRANSLATE_NOOP("RecordEditor", "New office"),
    "organization": QT_TRANSLATE_NOOP("RecordEditor", "New organization"),
    "contact": QT_TRANSLATE_NOOP("RecordEditor", "New contact"),
    "project": QT_TRANSLATE_NOOP("RecordEditor", "New project"),
    "event": QT_TRANSLATE_NOOP("RecordEditor", "New event"),
}
#: {title} is the record's name.
EDIT_TITLE = {
    "office": QT_TRANSLATE_NOOP("RecordEditor", "Edit office – {title}"),
    "organization": QT_TRANSLATE_NOOP("RecordEditor", "Edit organization – {title}"),
    "contact": QT_TRANSLATE_NOOP("RecordEditor", "Edit contact – {title}"),
    "project": QT_TRANSLATE_NOOP("RecordEditor", "Edit project – {title}"),
    "event": QT_TRANSLATE_NOOP("RecordEditor", "Edit event – {title}"),
}
#: The undo texts of creating and editing; {name} is the record's name.
ADD_UNDO = {
    "office": QT_TRANSLATE_NOOP("RecordEditor", "Add office “{name}”"),
    "organization": QT_TRANSLATE_NOOP("RecordEditor", "Add organization “{name}”"),
    "contact": QT_TRANSLATE_NOOP("RecordEditor", "Add contact “{name}”"),
    "project": QT_TRANSLATE_NOOP("RecordEditor", "Add project “{name}”"),
    "event": QT_TRANSLATE_NOOP("RecordEditor", "Add event “{name}”"),
}
EDIT_UNDO = {
    "office": QT_TRANSLATE_NOOP("RecordEditor", "Edit office “{name}”"),
    "organization": QT_TRANSLATE_NOOP("RecordEditor", "Edit organization “{name}”"),
    "contact": QT_TRANSLATE_NOOP("RecordEditor", "Edit contact “{name}”"),
    "project": QT_TRANSLATE_NOOP("RecordEditor", "Edit project “{name}”"),
    "event": QT_TRANSLATE_NOOP("RecordEditor", "Edit event “{name}”"),
}
#: {error} is why the store refused.
NOT_SAVED = {
    "office": QT_TRANSLATE_NOOP("RecordEditor", "The office was not saved.\n\n{error}"),
    "organization": QT_TRANSLATE_NOOP("RecordEditor", "The organization was not saved.\n\n{error}"),
    "contact": QT_TRANSLATE_NOOP("RecordEditor", "The contact was not saved.\n\n{error}"),
    "project": QT_TRANSLATE_NOOP("RecordEditor", "The project was not saved.\n\n{error}"),
    "event": QT_TRANSLATE_NOOP("RecordEditor", "The event was not saved.\n\n{error}"),
}
#: The question before an editor drops what was typed.
DISCARD = {
    "office": QT_TRANSLATE_NOOP(
        "RecordEditor", "This office has changes that are not saved. Discard them?"),
    "organization": QT_TRANSLATE_NOOP(
        "RecordEditor", "This organization has changes that are not saved. Discard them?"),
    "contact": QT_TRANSLATE_NOOP(
        "RecordEditor", "This contact has changes that are not saved. Discard them?"),
    "project": QT_TRANSLATE_NOOP(
        "RecordEditor", "This project has changes that are not saved. Discard them?"),
    "event": QT_TRANSLATE_NOOP(
        "RecordEditor", "This event has changes that are not saved. Discard them?"),
}


def phrase(phrases: Mapping[str, object], kind: str) -> str:
    """``kind``'s phrase from one of the tables above, in the chosen language."""
    return QCoreApplication.translate("RecordEditor", str(phrases[kind]))
