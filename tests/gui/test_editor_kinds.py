"""Editors, lists, details and search read the record kinds declared in core.kinds.

Every kind's editor has one row per field on the editor surface, in the declared
order, with the declared label, placeholder and tooltip, and the widget its value
type calls for; a field added to a kind in core appears in the editor with no change
in ui/. The per-kind phrases of the list, the details and the search popup are the
kinds' own, and the list's table knows its columns only by what they say of
themselves (the amount by its money flag, not by its key).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlmodel import select

from office_desk.core import kinds
from office_desk.core.kinds import FieldSpec, Surface
from office_desk.core.models import Office
from office_desk.core.services import record_state, relations
from office_desk.core.store.database import Store
from office_desk.ui import form_fields as ff
from office_desk.ui import kinds as ui_kinds
from office_desk.ui.app_context import AppContext
from office_desk.ui.record_details import RecordDetails
from office_desk.ui.record_editor import RecordEditor
from office_desk.ui.record_list_view import RecordListView, count_text
from office_desk.ui.record_table_model import RecordTableModel
from office_desk.ui.search_popup import SearchPopup

#: The widget each value type gets in the editor.
WIDGETS: dict[str, type[ff.Field]] = {
    "text": ff.TextField,
    "long_text": ff.NotesField,
    "website": ff.WebsiteField,
    "choice": ff.ChoiceField,
    "date": ff.DateField,
    "integer": ff.NumberField,
    "boolean": ff.CheckField,
    "country": ff.CountryField,
    "money": ff.MoneyField,
    "text_list": ff.ListField,
    "record": ff.RecordField,
    "coordinates": ff.CoordinatesField,
}


@pytest.fixture
def context(sample_store: Store) -> AppContext:
    return AppContext(sample_store)


@pytest.fixture
def open_editor(context: AppContext) -> Iterator[Any]:
    """Editors, discarded at the end (not closed by pytest-qt, which would ask about
    what the test typed)."""
    editors: list[RecordEditor] = []

    def make(kind: str, record_id: uuid.UUID | None = None) -> RecordEditor:
        editor = RecordEditor(context, kind, record_id)
        editor.resize(640, 720)
        editor.show()
        editors.append(editor)
        return editor

    yield make
    for editor in editors:
        editor.done(0)
        editor.deleteLater()


def _expected_widget(kind: kinds.RecordKind, spec: FieldSpec) -> type[ff.Field]:
    look = ui_kinds.field_look(kind, spec)
    if look.widget == "text":
        return ff.TextField
    if look.widget == "languages":
        return ff.LanguagesField
    if spec.value == "links":
        return ff.TagsField if spec.refers_to == "tag" else ff.LinksField
    return WIDGETS[spec.value]


# --------------------------------------------------------------------------- the forms


@pytest.mark.parametrize("name", kinds.NAMES)
def test_every_editor_field_is_a_row_in_the_declared_order(name: str, open_editor: Any) -> None:
    kind = kinds.get(name)
    declared = kind.on(Surface.EDITOR)
    editor = open_editor(name)
    rows = list(editor.fields)
    assert [row.spec.name for row in rows] == [f.name for f in declared]  # type: ignore[union-attr]
    for row, spec in zip(rows, declared, strict=True):
        field = editor.fields[row]
        assert type(field) is _expected_widget(kind, spec), spec.name
        assert row.fields == ((spec.name,) if spec.value == "links" else spec.columns)
        label = editor.row_labels[row].text()
        if spec.value == "boolean":  # the check box says it; the row has no label
            assert label == ""
            assert field.box.text() == spec.shown_editor_label  # type: ignore[attr-defined]
        else:
            assert label == spec.shown_editor_label
        if spec.tip:
            assert field.widget.toolTip() == QCoreApplication.translate("Fields", spec.tip)
        if spec.placeholder:
            edits = [
                w
                for w in (field.widget, *field.widget.findChildren(QLineEdit))
                if isinstance(w, (QLineEdit, QPlainTextEdit))
            ]
            assert edits[0].placeholderText() == QCoreApplication.translate(
                "Fields", spec.placeholder
            ), spec.name
        if spec.value == "date":
            assert field.optional is (not spec.required)  # type: ignore[attr-defined]
        if spec.value == "choice":
            assert spec.choices is not None
            assert field.combo.count() == len(spec.choices)  # type: ignore[attr-defined]


def test_what_the_declaration_does_not_say_comes_from_the_kinds_looks(open_editor: Any) -> None:
    contact = {
        row.spec.name: field  # type: ignore[union-attr]
        for row, field in open_editor("contact").fields.items()
    }
    assert contact["emails"].add_button.text() == "Add e-mail"
    assert contact["emails"].placeholder == "name@example.com"
    assert contact["organization_id"].create_button.toolTip() == "Create a new organization"
    assert not hasattr(contact["office_id"], "create_button")
    assert contact["languages"].value() == []  # a LanguagesField splits what is typed
    project = {
        row.spec.name: field  # type: ignore[union-attr]
        for row, field in open_editor("project").fields.items()
    }
    partners, people = project["@partners"], project["@contacts"]
    assert [partners.role.itemData(i) for i in range(partners.role.count())] == [
        "chinese_side",
        "european_side",
        "sponsor",
        "other",
    ]
    assert partners.picker.lineEdit().placeholderText() == "find a partner to add…"
    assert (
        people.roles is None
        and people.picker.lineEdit().placeholderText() == "find a person to add…"
    )
    office = {
        row.spec.name: field  # type: ignore[union-attr]
        for row, field in open_editor("office").fields.items()
    }
    assert office["website"].edit.placeholderText() == "e.g. www.example.com"


def test_every_look_names_a_kind_and_a_field_of_its_editor() -> None:
    for name, look in ui_kinds.LOOKS.items():
        kind = kinds.get(name)
        editor_fields = {f.name for f in kind.on(Surface.EDITOR)}
        assert set(look.fields) <= editor_fields, (name, set(look.fields) - editor_fields)
    assert set(ui_kinds.LOOKS) == set(kinds.NAMES)
    icons = [ui_kinds.ICON_NAMES[name] for name in kinds.NAMES]
    assert len(set(icons)) == len(icons)  # each kind its own icon
    assert not ui_kinds.kind_icon("office").isNull()


def test_a_text_field_added_to_a_kind_appears_in_its_editor(
    monkeypatch: pytest.MonkeyPatch, open_editor: Any, context: AppContext
) -> None:
    project = kinds.get("project")
    grant = FieldSpec(
        "grant_note",
        "Grant note",
        surfaces=frozenset({Surface.EDITOR}),
        placeholder="e.g. Horizon Europe",
    )
    at = [f.name for f in project.fields].index("sector") + 1
    extended = replace(project, fields=(*project.fields[:at], grant, *project.fields[at:]))
    monkeypatch.setitem(kinds.BY_NAME, "project", extended)

    editor = open_editor("project")
    rows = list(editor.fields)
    labels = [editor.row_labels[row].text() for row in rows]
    assert labels[labels.index("Sector") + 1] == "Grant note"
    field = editor.fields[rows[labels.index("Grant note")]]
    assert isinstance(field, ff.TextField)
    assert field.edit.placeholderText() == "e.g. Horizon Europe"
    field.edit.setText("  Horizon Europe ")
    state, unreadable = editor.current_state()
    assert state.fields["grant_note"] == "Horizon Europe" and not unreadable


def test_required_dates_start_today_and_required_countries_from_the_default_office(
    monkeypatch: pytest.MonkeyPatch, open_editor: Any, context: AppContext
) -> None:
    """What the registry declares required, not a list of kinds: an event starts
    today, and so would a project whose signing date were declared required; an
    office, and a project whose investor country were required, start in the
    default office's country."""
    from office_desk.ui import settings

    with context.store.session() as session:
        office = session.exec(select(Office).where(Office.country != "")).first()
    assert office is not None
    settings.put(settings.DEFAULT_OFFICE, str(office.id))
    event = {row.fields: f for row, f in open_editor("event").fields.items()}
    assert event[("starts_on",)].value() == date.today()
    assert event[("ends_on",)].value() is None
    project = kinds.get("project")
    required = tuple(
        replace(f, required=True) if f.name in ("signed_on", "source_country") else f
        for f in project.fields
    )
    monkeypatch.setitem(kinds.BY_NAME, "project", replace(project, fields=required))
    editor = open_editor("project")
    fields = {row.fields: f for row, f in editor.fields.items()}
    assert fields[("signed_on",)].value() == date.today()
    assert fields[("announced_on",)].value() is None
    assert fields[("office_id",)].value() == office.id
    assert fields[("source_country",)].value() == office.country
    assert not editor.has_changes()


def test_links_without_roles_hold_ids_and_partners_keep_their_roles(
    open_editor: Any, context: AppContext
) -> None:
    organization_id = relations.choices(context.store, "organization")[0][0]
    contact_id = relations.choices(context.store, "contact")[0][0]
    editor = open_editor("project")
    fields = {row.fields: field for row, field in editor.fields.items()}
    fields[("@partners",)].set_value([(organization_id, "sponsor")])
    fields[("@contacts",)].set_value([(contact_id, "")])
    fields[("@tags",)].set_value(["alpha", "beta"])
    state, _ = editor.current_state()
    assert state.partners == [(organization_id, "sponsor")]
    assert state.contacts == [contact_id]
    assert state.tags == ["alpha", "beta"]
    editor._load(state)
    assert fields[("@contacts",)].value() == [(contact_id, "")]


# --------------------------------------------------------------------------- phrases


def _rephrased(monkeypatch: pytest.MonkeyPatch, name: str, **phrases: str) -> None:
    kind = kinds.get(name)
    monkeypatch.setitem(
        kinds.BY_NAME, name, replace(kind, phrases=replace(kind.phrases, **phrases))
    )


def test_the_list_details_and_search_say_what_the_kind_declares(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, context: AppContext
) -> None:
    _rephrased(
        monkeypatch,
        "office",
        title="Bureaus",
        nouns="bureaus",
        new="New bureau",
        select="Pick a bureau.",
        count_one="{count} bureau",
        count_many="{count} bureaus",
        label="Bureau",
    )
    view = RecordListView(context, "office")
    qtbot.addWidget(view)
    assert view.filter_edit.placeholderText() == "Filter bureaus…"
    assert view.new_button.toolTip() == "New bureau"
    assert view.table.accessibleName() == "Bureaus"
    assert view.count_label.text() == f"{view.model.rowCount()} bureaus"
    assert "Pick a bureau." in view.details.browser.toPlainText()
    details = RecordDetails(context, "office")
    qtbot.addWidget(details)
    assert details.browser.toPlainText() == "Pick a bureau."

    popup = SearchPopup(context)
    qtbot.addWidget(popup)
    popup.edit.setText("Dresden")
    found = popup.run_search()
    offices = [i for i, f in enumerate(found) if f.kind == "office"]
    assert offices and all(popup.results.item(i).toolTip() == "Bureau" for i in offices)


def test_a_failed_save_says_so_in_the_kinds_own_words(
    monkeypatch: pytest.MonkeyPatch, context: AppContext, open_editor: Any
) -> None:
    """The record editor's "was not saved" message is the kind's declared phrase, with
    the store's reason in place of ``{error}``; the dialog keeps what was typed."""
    _rephrased(monkeypatch, "office", not_saved="The bureau was not kept.\n\n{error}")
    with context.store.session() as session:
        office = session.exec(select(Office)).first()
    assert office is not None
    editor = open_editor("office", office.id)
    fields = {row.fields: field for row, field in editor.fields.items()}
    fields[("name",)].set_value("Renamed bureau")

    def refuse(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(record_state, "apply", refuse)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_rest: warnings.append(text)
    )
    editor.save()
    assert len(warnings) == 1
    assert warnings[0].startswith("The bureau was not kept.\n\n")
    assert "{error}" not in warnings[0]
    assert editor.isVisible() and fields[("name",)].value() == "Renamed bureau"


def test_the_count_under_the_list_is_a_whole_phrase_with_the_number_grouped() -> None:
    assert count_text("contact", 1) == "1 contact"
    assert count_text("contact", 0) == "0 contacts"
    assert count_text("event", 12345) == "12,345 events"


def test_the_kind_filter_offers_the_declared_choices(qtbot: QtBot, context: AppContext) -> None:
    expected = {"office": "status", "organization": "kind", "project": "stage", "event": "kind"}
    for name in kinds.NAMES:
        view = RecordListView(context, name)
        qtbot.addWidget(view)
        offered = [view.kind_filter.itemData(i) for i in range(1, view.kind_filter.count())]
        if name in expected:
            choices = kinds.get(name).field(expected[name]).choices
            assert choices is not None and offered == [c.value for c in choices], name
            assert not view.kind_filter.isHidden()
        else:
            assert view.kind_filter.isHidden(), name


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class _Column:
    """A list column as the table model sees one: it says its key, header, sort and
    whether it holds money."""

    key: str
    english_header: str
    sort: str | None
    money: bool = False

    @property
    def header(self) -> str:
        return self.english_header


def test_the_money_column_is_known_by_its_flag_not_its_key(context: AppContext) -> None:
    model = RecordTableModel(context.store, "project")
    model.columns = [
        _Column("title", "Title", "title"),
        _Column("investment", "Investment", None, money=True),
        _Column("amount", "Not money", None),
    ]
    model.refresh()
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    aligned = [model.data(model.index(0, c), Qt.ItemDataRole.TextAlignmentRole) for c in range(3)]
    assert aligned == [None, right, None]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Investment"
    assert (
        model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        == "Not money: not sortable"
    )
    assert model.data(QModelIndex(), Qt.ItemDataRole.TextAlignmentRole) is None
