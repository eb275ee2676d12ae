"""The dialog that creates or edits one record of any kind.

The form comes from :mod:`.kinds`. As the user types, the record is validated
with the same rules the store enforces (and the editor's own, such as a website being
a web address); a field with a problem gets a red mark beside it and its label turns
red, and the message, named by the field's label, appears in a strip of fixed height
above the buttons, so no field moves when a message comes or goes. Save stays
disabled until there are no problems. Before saving, the user is asked about what may
be a mistake but need not be: coordinates far outside the record's country, and a new
contact that seems to be one already kept (with the existing record one click away).
Saving is an undoable :class:`~office_desk.ui.operation.Operation`. A failed save keeps
the dialog open with everything typed; closing with unsaved changes asks first
(:mod:`unsaved_changes`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import kinds
from ..core.record_facts import title_of
from ..core.services import record_state
from ..core.services.record_state import RecordState
from ..core.services.records import RecordNotFound
from ..core.validation import PlaceQuestion, editor_problems, place_question
from .app_context import AppContext
from .editor_phrases import ADD_UNDO, EDIT_TITLE, EDIT_UNDO, NEW_TITLE, NOUN, phrase
from .find_coordinates import look_up_place, pick_on_map
from .form_fields import CoordinatesField, Field, FieldInputError
from .kinds import ERROR_FIELD_ALIASES, FORMS, Row, form_text, link_form_value, link_value
from .new_record_defaults import new_record_values
from .operation import Operation, show_failure
from .plain_text import literal, shown
from .undo_commands import CreateRecordCommand, EditRecordCommand
from .unsaved_changes import confirm_discard

#: The colours of problems (refused) and questions (may be saved after a look).
ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#9a5b00"


def _icon(name: str, colour: str) -> Any:
    import qtawesome as qta

    return qta.icon(name, color=colour)


def _message_label(parent: QWidget, colour: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages hold what the user typed
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour};")
    label.hide()
    return label


class RecordEditor(QDialog):
    def __init__(
        self,
        context: AppContext,
        kind: str,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        initial: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.model = kinds.get(kind).model
        self.record_id = record_id
        self.is_new = record_id is None
        self.saved_id: uuid.UUID | None = None
        self.setObjectName(f"{kind}_editor")
        self.setMinimumWidth(560)
        self.resize(640, 720)

        if record_id is None:
            values = new_record_values(context, kind, initial)
            defaults = self.model(**values)
            self.before = RecordState(record_state.fields_of(defaults))
            self.setWindowTitle(self._text(NEW_TITLE))
        else:
            self.before = record_state.capture(context.store, self.model, record_id)
            record = self.model(**self.before.fields)
            self.setWindowTitle(shown(self._text(EDIT_TITLE).format(title=title_of(record))))

        self.fields: dict[Row, Field] = {}
        #: Each row's message, shown in the message strip (hidden when there is none).
        self.error_labels: dict[Row, QLabel] = {}
        #: Each row's red mark beside the field; its space is kept when hidden.
        self.error_marks: dict[Row, QLabel] = {}
        self.row_labels: dict[Row, QLabel] = {}
        self.messages = QWidget(self)
        self.messages.setObjectName("messages")
        messages_layout = QVBoxLayout(self.messages)
        messages_layout.setContentsMargins(0, 0, 0, 0)
        messages_layout.setSpacing(2)
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        mark_icon = _icon("mdi6.alert-circle", ERROR_COLOUR)
        for row in FORMS[kind]:
            field = row.make(form_widget, context, self._create_linked)
            self.fields[row] = field
            error = _message_label(self.messages, ERROR_COLOUR)
            error.setObjectName("field_error")
            messages_layout.addWidget(error)
            self.error_labels[row] = error
            mark = QLabel(form_widget)
            mark.setObjectName("field_error_mark")
            mark.setPixmap(mark_icon.pixmap(16, 16))
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setFixedSize(18, 22)
            policy = mark.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            mark.setSizePolicy(policy)
            mark.hide()
            self.error_marks[row] = mark
            holder = QWidget(form_widget)
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.setSpacing(4)
            holder_layout.addWidget(field.widget, 1)
            holder_layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            if row.tip:
                field.widget.setToolTip(form_text(row.tip))
            label = QLabel(form_text(row.label), form_widget)
            self.row_labels[row] = label
            form.addRow(label, holder)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(form_widget)
        page_layout.addStretch(1)  # spare height below the form, not between its rows
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # Messages not about one field, and the question about the place on the map.
        self.general = _message_label(self.messages, ERROR_COLOUR)
        self.general.setObjectName("general_errors")
        messages_layout.addWidget(self.general)
        self.place_notice = _message_label(self.messages, WARNING_COLOUR)
        self.place_notice.setObjectName("place_notice")
        messages_layout.addWidget(self.place_notice)
        messages_layout.addStretch(1)
        # The strip keeps its height whatever it shows: the form above never moves or
        # shrinks; more messages than fit scroll inside it.
        strip = QScrollArea(self)
        strip.setObjectName("message_strip")
        strip.setWidgetResizable(True)
        strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip.setFrameShape(QScrollArea.Shape.NoFrame)
        strip.setWidget(self.messages)
        strip.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 10)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(strip)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._wire_place_lookup()
        self._load(self.before)
        # What the form shows for the stored record (text trimmed, numbers as typed):
        # the baseline against which "unsaved changes" are judged.
        self.baseline, _ = self.current_state()
        #: The place question is asked once the user changes the country or the
        #: coordinates, not about a place saved before (nor on opening: the shapes
        #: take a moment to load the first time).
        self._loaded_place = self._place_of(self.baseline)
        self._place_cache: tuple[tuple[Any, ...], PlaceQuestion | None] | None = None
        for field in self.fields.values():
            field.changed.connect(self._revalidate)
        self._revalidate()
        first = next(iter(self.fields.values()))
        first.widget.setFocus()

    def _text(self, phrases: Mapping[str, object]) -> str:
        """This kind's phrase from one of :mod:`editor_phrases`' tables."""
        return phrase(phrases, self.kind)

    def _not_saved_text(self) -> str:
        """ "The office was not saved.\n\n{error}", as the kind says it, in the chosen
        language (``{error}`` is filled in by the error dialog)."""
        return kinds.get(self.kind).phrases("not_saved")

    # ------------------------------------------------------------------ places

    def _field(self, *names: str) -> Field | None:
        return next((f for r, f in self.fields.items() if r.fields == names), None)

    def _wire_place_lookup(self) -> None:
        coordinates = self._field("latitude", "longitude")
        if isinstance(coordinates, CoordinatesField):
            coordinates.lookup_button.clicked.connect(self.look_up_place)
            coordinates.pick_button.clicked.connect(self.pick_on_map)

    def pick_on_map(self) -> None:
        pick_on_map(self, self.context, self._field)

    def look_up_place(self) -> None:
        """Offer the coordinates of the typed city (see :mod:`find_coordinates`)."""
        look_up_place(self, self.context, self.kind, self._field)

    # ------------------------------------------------------------------ state

    def _load(self, state: RecordState) -> None:
        for row, field in self.fields.items():
            name = row.fields[0]
            if name.startswith("@"):
                field.set_value(link_form_value(name, getattr(state, name[1:])))
            elif len(row.fields) == 1:
                field.set_value(state.fields.get(name))
            else:
                field.set_value(tuple(state.fields.get(n) for n in row.fields))

    def current_state(self) -> tuple[RecordState, dict[Row, str]]:
        """The state as typed, and the fields whose text cannot be read."""
        state = RecordState(
            dict(self.before.fields),
            tags=list(self.before.tags),
            partners=list(self.before.partners),
            contacts=list(self.before.contacts),
            organizations=list(self.before.organizations),
            projects=list(self.before.projects),
        )
        unreadable: dict[Row, str] = {}
        for row, field in self.fields.items():
            try:
                value = field.value()
            except FieldInputError as exc:
                unreadable[row] = str(exc)
                continue
            name = row.fields[0]
            if name.startswith("@"):
                setattr(state, name[1:], link_value(name, value))
            elif len(row.fields) == 1:
                state.fields[name] = value
            else:
                for n, part in zip(row.fields, value, strict=True):
                    state.fields[n] = part
        return state, unreadable

    def _row_for(self, field_name: str) -> Row | None:
        for row in self.fields:
            if field_name in row.fields:
                return row
        alias = ERROR_FIELD_ALIASES.get(field_name)
        return self._row_for(alias) if alias else None

    def _revalidate(self) -> list[str]:
        state, unreadable = self.current_state()
        problems: dict[Row, list[str]] = {row: [msg] for row, msg in unreadable.items()}
        record = self.model(id=self.record_id or uuid.UUID(int=1), **state.fields)
        messages: list[str] = []
        for error in editor_problems(record):
            row = self._row_for(error.field)
            if row is None:
                messages.append(error.message)
            elif row not in unreadable:
                problems.setdefault(row, []).append(error.message)
        for row, label in self.error_labels.items():
            text = "; ".join(problems.get(row, []))
            name = form_text(row.label)
            label.setText(
                shown(
                    self.tr("{field}: {problem}").format(field=name, problem=text)
                    if text and name
                    else text
                )
            )
            label.setVisible(bool(text))
            mark = self.error_marks[row]
            mark.setToolTip(literal(text))  # a message can quote what was typed
            mark.setVisible(bool(text))
            self.row_labels[row].setStyleSheet(f"color: {ERROR_COLOUR};" if text else "")
        self.general.setText(shown("\n".join(messages)))
        self.general.setVisible(bool(messages))
        question = (
            self._place_question(state)
            if not problems and not messages and self._place_of(state) != self._loaded_place
            else None
        )
        self.place_notice.setText(shown(question.message) if question else "")
        self.place_notice.setVisible(question is not None)
        count = sum(len(p) for p in problems.values()) + len(messages)
        self.save_button.setEnabled(count == 0)
        if count == 1:
            fix = self.tr("Fix the problem in red to save.")
        elif count:
            fix = self.tr("Fix the {count} problems in red to save.").format(count=count)
        else:
            fix = ""
        self.summary.setText(fix)
        self.summary.setToolTip(fix)
        return [*messages, *(m for ms in problems.values() for m in ms)]

    # ------------------------------------------------------------------ questions

    def _place_of(self, state: RecordState) -> tuple[Any, ...]:
        return tuple(state.fields.get(name) for name in ("country", "latitude", "longitude"))

    def _place_question(self, state: RecordState) -> PlaceQuestion | None:
        """The question about the coordinates (see core.validation.place_question),
        worked out again only when the country or the coordinates change."""
        place = self._place_of(state)
        if self._place_cache is None or self._place_cache[0] != place:
            record = self.model(id=self.record_id or uuid.UUID(int=1), **state.fields)
            self._place_cache = (place, place_question(record))
        return self._place_cache[1]

    def _ask_about_place(self, state: RecordState) -> bool:
        """True to go on saving: the place is not questioned, or the user confirms it.
        A place kept unchanged since the editor opened is not asked about again."""
        if self._place_of(state) == self._loaded_place:
            return True
        question = self._place_question(state)
        if question is None:
            return True
        from .save_questions import confirm_place

        if confirm_place(self, question):
            return True
        coordinates = self._field("latitude", "longitude")
        if isinstance(coordinates, CoordinatesField):
            coordinates.lat.widget.setFocus()
        return False

    def _ask_about_signing_date(self, state: RecordState) -> bool:
        """True to go on saving: not a project at a signed stage without a signing
        date (which period reports, counting by that date, would leave out), or the
        user saves it so all the same; the date field is focused to go back."""
        from ..core.services.stage_moves import counts_as_signed
        from .save_questions import confirm_undated_signing

        fields = state.fields
        if (
            self.kind != "project"
            or fields.get("signed_on")
            or not counts_as_signed(str(fields.get("stage") or ""))
        ):
            return True
        stored = self.before.fields
        if (
            not self.is_new
            and stored.get("stage") == fields.get("stage")
            and not stored.get("signed_on")
        ):
            return True  # as it was stored: asked when it got there
        if confirm_undated_signing(self):
            return True
        date_field = self._field("signed_on")
        if date_field is not None:
            date_field.widget.setFocus()
        return False

    def _ask_about_duplicates(self, state: RecordState) -> bool:
        """True to go on saving a new contact: no existing contact seems to be the same
        person, or the user says this one is someone else (a namesake)."""
        if not self.is_new or self.kind != "contact":
            return True
        from .save_questions import ask_about_duplicates

        answer = ask_about_duplicates(self, self.context.store, state.fields)
        if isinstance(answer, uuid.UUID):
            self.open_existing("contact", answer)
            return False
        return answer

    def open_existing(self, kind: str, record_id: uuid.UUID) -> None:
        """Show an existing record (the one this form may duplicate): selected in the
        main window's list, and open in its own editor over this form, which stays as
        typed to be cancelled or saved after."""
        self.context.open_record.emit(kind, record_id)
        editor = RecordEditor(self.context, kind, record_id, parent=self)
        editor.exec()
        editor.deleteLater()

    def has_changes(self) -> bool:
        state, unreadable = self.current_state()
        return bool(unreadable) or state != self.baseline

    # ------------------------------------------------------------------ actions

    def save(self) -> None:
        if self._revalidate():
            return
        state, _ = self.current_state()
        if not self.is_new and state == self.baseline:
            self.accept()
            return
        if (
            not self._ask_about_place(state)
            or not self._ask_about_duplicates(state)
            or not self._ask_about_signing_date(state)
        ):
            return
        name = title_of(self.model(**state.fields)) or self._text(NOUN)
        command: CreateRecordCommand | EditRecordCommand
        if self.is_new:
            command = CreateRecordCommand(
                self.context, self.model, state, self._text(ADD_UNDO).format(name=name)
            )
        else:
            assert self.record_id is not None
            try:
                merged = self._on_top_of_stored(state)
            except Exception as exc:  # the record could not be read: nothing was saved
                self._not_saved(exc)
                return
            if merged is None:
                return
            stored, state = merged
            command = EditRecordCommand(
                self.context,
                self.model,
                self.record_id,
                stored,
                state,
                self._text(EDIT_UNDO).format(name=name),
            )
        # The store refused: the reason is shown, and the dialog keeps what was typed.
        if (
            not Operation(self, self.context, command)
            .failed(self.tr("Not saved"), self._not_saved_text(), warning=True)
            .run()
        ):
            return
        self.saved_id = command.record_id
        self.before = self.baseline = state
        self.accept()

    def _not_saved(self, exc: BaseException) -> None:
        show_failure(
            self,
            self.tr("Not saved"),
            self._not_saved_text(),
            exc,
            self.context.store.path,
            warning=True,
        )

    def _on_top_of_stored(self, edited: RecordState) -> tuple[RecordState, RecordState] | None:
        """The record as stored now and what to save over it: the user's changes put on
        top of whatever another window or program saved since the editor opened. When
        both changed the same field, the user decides; None: do not save (yet)."""
        assert self.record_id is not None
        try:
            stored = record_state.capture(self.context.store, self.model, self.record_id)
        except RecordNotFound:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "This record was deleted in another window or program while you were "
                    "editing it. Copy what you need from this form, or restore the record "
                    "with Undo there, then try again."
                ),
            )
            return None
        if stored == self.before:
            return stored, edited
        merged, conflicts = record_state.merge_edits(self.before, self.baseline, edited, stored)
        if conflicts:
            labels = []
            for name in conflicts:
                row = self._row_for(name)
                labels.append(form_text(row.label) if row else name.lstrip("@"))
            answer = QMessageBox.warning(
                self,
                self.tr("Changed elsewhere"),
                self.tr(
                    "While you were editing, this record was changed in another window "
                    "or program. Saving would replace those changes in:\n\n• {fields}"
                    "\n\nSave your version of these fields?"
                ).format(fields="\n• ".join(labels)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return None
        return stored, merged

    def _create_linked(self, kind: str) -> uuid.UUID | None:
        """The + button of a picker: create that record in its own editor."""
        editor = RecordEditor(self.context, kind, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            return editor.saved_id
        return None

    def reject(self) -> None:
        if self.has_changes() and not self._confirm_discard():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            self.isVisible()
            and self.result() != QDialog.DialogCode.Accepted
            and self.has_changes()
            and not self._confirm_discard()
        ):
            event.ignore()
            return
        super().closeEvent(event)

    def _confirm_discard(self) -> bool:
        return confirm_discard(self, self.kind)
