"""What each kind of record's editor shows: its fields, in order, with their widgets.

A form row maps one widget to one or more model fields (money is amount + currency,
a place on the map is latitude + longitude) or to part of the record's links
(tags, a project's partners...). :mod:`record_editor` builds the dialog from these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ..core import vocabulary as v
from ..core.services import relations
from .app_context import AppContext
from .form_fields import (
    CheckField,
    ChoiceField,
    CountryField,
    DateField,
    Field,
    LinksField,
    LinkTexts,
    ListField,
    MoneyField,
    NotesField,
    NumberField,
    RecordField,
    TagsField,
    TextField,
)


def form_text(text: str) -> str:
    """A text of these forms (marked with ``QT_TRANSLATE_NOOP("EditorForms", …)``) in the
    chosen language; "" stays ""."""
    return QCoreApplication.translate("EditorForms", text) if text else ""


@dataclass(frozen=True)
class Row:
    """One line of a form: ``label`` for the ``fields`` (model field names, or a link
    list such as ``"@tags"``), made by ``make(parent, context, creator)``. ``label`` and
    ``tip`` are English; show them with :func:`form_text`."""

    label: str
    fields: tuple[str, ...]
    make: Callable[[QWidget, AppContext, Any], Field]
    tip: str = ""


def _choices(choices: type[v._Choice]) -> list[tuple[str, str]]:
    return [(c.value, c.label) for c in choices]


def _text(placeholder: str = "") -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: TextField(parent, form_text(placeholder))


def _notes(placeholder: str = "") -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: NotesField(parent, form_text(placeholder))


def _choice(choices: type[v._Choice]) -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: ChoiceField(parent, _choices(choices))


def _date() -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: DateField(parent)


def _country() -> Callable[[QWidget, AppContext, Any], Field]:
    # Always with the empty choice "—", also where a country is required (offices):
    # a new record starts without a country rather than with the first of the list
    # (Afghanistan), and validation asks for one until it is chosen.
    return lambda parent, _c, _x: CountryField(parent, required=False)


def _record(kind: str, create: bool = False,
            tip: str = "") -> Callable[[QWidget, AppContext, Any], Field]:
    def make(parent: QWidget, context: AppContext, creator: Any) -> Field:
        return RecordField(
            parent, lambda: relations.choices(context.store, kind),
            create=(lambda: creator(kind)) if create and creator else None,
            create_tip=form_text(tip))
    return make


_Maker = Callable[[QWidget, AppContext, Any], Field]

#: What a list of linked records says, by the noun of what it links (see LinkTexts).
_LINK_TEXTS: dict[str, tuple[str, str, str]] = {
    "partner": (QT_TRANSLATE_NOOP("EditorForms", "find a partner to add…"),
                QT_TRANSLATE_NOOP("EditorForms", "Add this partner"),
                QT_TRANSLATE_NOOP("EditorForms", "Remove the selected partner")),
    "person": (QT_TRANSLATE_NOOP("EditorForms", "find a person to add…"),
               QT_TRANSLATE_NOOP("EditorForms", "Add this person"),
               QT_TRANSLATE_NOOP("EditorForms", "Remove the selected person")),
    "organization": (QT_TRANSLATE_NOOP("EditorForms", "find an organization to add…"),
                     QT_TRANSLATE_NOOP("EditorForms", "Add this organization"),
                     QT_TRANSLATE_NOOP("EditorForms", "Remove the selected organization")),
    "project": (QT_TRANSLATE_NOOP("EditorForms", "find a project to add…"),
                QT_TRANSLATE_NOOP("EditorForms", "Add this project"),
                QT_TRANSLATE_NOOP("EditorForms", "Remove the selected project")),
}


def _links(kind: str, noun: str, roles: list[tuple[str, str]] | None = None) -> _Maker:
    return lambda parent, context, _x: LinksField(
        parent, LinkTexts(*(form_text(t) for t in _LINK_TEXTS[noun])),
        lambda: relations.choices(context.store, kind), roles)


def _list(add_text: str, remove_tip: str, placeholder: str) -> _Maker:
    return lambda parent, _c, _x: ListField(
        parent, form_text(add_text), form_text(remove_tip), form_text(placeholder))


class WebsiteField(TextField):
    """A website, read as the full web address it is kept as (``www.leipzig.de`` →
    ``https://www.leipzig.de``, see :mod:`office_desk.core.form_values`); when the
    user leaves the field, it shows that form. Text that is no web address stays as
    typed, for validation to refuse."""

    def __init__(self, parent: QWidget, placeholder: str = "") -> None:
        super().__init__(parent, placeholder)
        self.edit.editingFinished.connect(self._show_stored_form)

    def value(self) -> str:
        from ..core.form_values import normalized_website

        return normalized_website(super().value())

    def _show_stored_form(self) -> None:
        stored = self.value()
        if stored and stored != self.edit.text():
            self.edit.setText(stored)


def _website() -> _Maker:
    return lambda parent, _c, _x: WebsiteField(
        parent, form_text(QT_TRANSLATE_NOOP("EditorForms", "e.g. www.example.com")))


class LanguagesField(ListField):
    """Languages, several on one line if the user types them so ("zh, de, en"): each
    is its own entry of the contact's list (see
    :func:`office_desk.core.form_values.split_languages`)."""

    def value(self) -> list[str]:
        from ..core.form_values import split_languages

        return split_languages(super().value())


def _languages() -> _Maker:
    return lambda parent, _c, _x: LanguagesField(
        parent, form_text(QT_TRANSLATE_NOOP("EditorForms", "Add language")),
        form_text(QT_TRANSLATE_NOOP("EditorForms", "Remove this language")),
        form_text(QT_TRANSLATE_NOOP("EditorForms", "zh, de, en…")))


def _check(text: str) -> _Maker:
    return lambda parent, _c, _x: CheckField(parent, form_text(text))


def _number(placeholder: str, integer: bool = False) -> _Maker:
    return lambda parent, _c, _x: NumberField(parent, form_text(placeholder), integer=integer)


def _tags() -> Callable[[QWidget, AppContext, Any], Field]:
    from ..core.services.record_state import all_tag_names

    return lambda parent, context, _x: TagsField(parent, all_tag_names(context.store))


class CoordinatesField(Field):
    """Latitude and longitude side by side; both empty means "not placed"."""

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtWidgets import QHBoxLayout

        box = QWidget(parent)
        self.lat = NumberField(
            box, QCoreApplication.translate("CoordinatesField", "latitude, e.g. 51.0504"))
        self.lon = NumberField(
            box, QCoreApplication.translate("CoordinatesField", "longitude, e.g. 13.7373"))
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lat.widget)
        layout.addWidget(self.lon.widget)
        from PySide6.QtWidgets import QToolButton

        from .icons import icon

        self.lookup_button = QToolButton(box)
        self.lookup_button.setIcon(icon("mdi6.map-search"))
        self.lookup_button.setToolTip(QCoreApplication.translate(
            "CoordinatesField", "Look the city up in the built-in list of places (works offline)"))
        layout.addWidget(self.lookup_button)
        self.pick_button = QToolButton(box)
        self.pick_button.setIcon(icon("mdi6.map-marker-plus"))
        self.pick_button.setToolTip(
            QCoreApplication.translate("CoordinatesField", "Place it by clicking the map"))
        layout.addWidget(self.pick_button)
        super().__init__(box)
        self.lat.changed.connect(self.changed)
        self.lon.changed.connect(self.changed)

    def value(self) -> tuple[float | None, float | None]:
        return self.lat.value(), self.lon.value()  # type: ignore[return-value]

    def set_value(self, value: Any) -> None:
        lat, lon = value or (None, None)
        self.lat.set_value(lat)
        self.lon.set_value(lon)


def _coordinates() -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: CoordinatesField(parent)


FORMS: dict[str, list[Row]] = {
    "office": [
        Row(QT_TRANSLATE_NOOP("EditorForms", "Name"), ("name",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. Dresden-Jinan Contact Office"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Native name"), ("name_native",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. 德累斯顿-济南联络处"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "City"), ("city",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Country"), ("country",), _country()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Address"), ("address",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "On the map"), ("latitude", "longitude"),
            _coordinates(),
            QT_TRANSLATE_NOOP("EditorForms",
              "Decimal degrees; for campuses and parks without a street address too")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Status"), ("status",), _choice(v.OfficeStatus)),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Established"), ("established_on",), _date()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Counterpart office"), ("counterpart_id",),
            _record("office"),
            QT_TRANSLATE_NOOP("EditorForms",
              "The twin office on the other side (e.g. the Jinan side of Dresden)")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Phone"), ("phone",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "E-mail"), ("email",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Website"), ("website",), _website()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Focus areas"), ("focus_areas",),
            _list(QT_TRANSLATE_NOOP("EditorForms", "Add focus area"),
                  QT_TRANSLATE_NOOP("EditorForms", "Remove this focus area"),
                  QT_TRANSLATE_NOOP("EditorForms", "e.g. smart manufacturing"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Tags"), ("@tags",), _tags()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Notes"), ("notes",), _notes()),
    ],
    "organization": [
        Row(QT_TRANSLATE_NOOP("EditorForms", "Name"), ("name",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. Chemnitz University of Technology"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Native name"), ("name_native",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. Technische Universität Chemnitz, 济南…"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Kind"), ("kind",), _choice(v.OrganizationKind)),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Sector"), ("sector",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. automotive parts"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "City"), ("city",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Country"), ("country",), _country()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "On the map"), ("latitude", "longitude"),
            _coordinates()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Website"), ("website",), _website()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Looked after by"), ("office_id",), _record("office")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Tags"), ("@tags",), _tags()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Notes"), ("notes",), _notes()),
    ],
    "contact": [
        Row(QT_TRANSLATE_NOOP("EditorForms", "Given name"), ("given_name",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. Wei"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Family name"), ("family_name",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. Zhang"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Academic title"), ("title",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. Dr., Prof. Dr., Dipl.-Ing.")),
            QT_TRANSLATE_NOOP("EditorForms",
                              "Shown before the name; Herr/Frau and the job title do not "
                              "go here")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Native name"), ("name_native",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. 张伟")),
            QT_TRANSLATE_NOOP("EditorForms",
                              "The name in its own script; search finds it by pinyin too")),
        Row("", ("family_name_first",),
            _check(QT_TRANSLATE_NOOP("EditorForms", "Family name first (Zhang Wei)"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Position"), ("position",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. Head of international cooperation"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Organization"), ("organization_id",),
            _record("organization", create=True,
                    tip=QT_TRANSLATE_NOOP("EditorForms", "Create a new organization"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Office"), ("office_id",), _record("office"),
            QT_TRANSLATE_NOOP("EditorForms", "The office that owns the relationship")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "City"), ("city",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Country"), ("country",), _country()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "E-mail"), ("emails",),
            _list(QT_TRANSLATE_NOOP("EditorForms", "Add e-mail"),
                  QT_TRANSLATE_NOOP("EditorForms", "Remove this e-mail"),
                  QT_TRANSLATE_NOOP("EditorForms", "name@example.com"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Phone"), ("phones",),
            _list(QT_TRANSLATE_NOOP("EditorForms", "Add phone"),
                  QT_TRANSLATE_NOOP("EditorForms", "Remove this phone"),
                  QT_TRANSLATE_NOOP("EditorForms", "+49 351 …"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Messaging"), ("messaging",),
            _list(QT_TRANSLATE_NOOP("EditorForms", "Add handle"),
                  QT_TRANSLATE_NOOP("EditorForms", "Remove this handle"),
                  QT_TRANSLATE_NOOP("EditorForms", "WeChat: …"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Languages"), ("languages",), _languages(),
            QT_TRANSLATE_NOOP("EditorForms",
                              "Language codes or names; several typed on one line become "
                              "one entry each: “zh, de, en”, “zh; de” or “zh de en”")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Last contacted"), ("last_contacted_on",), _date()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Legal basis"), ("legal_basis",),
            _choice(v.LegalBasis),
            QT_TRANSLATE_NOOP("EditorForms", "Why we may keep this person's data (GDPR / PIPL)")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Basis note"), ("legal_basis_note",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. consent by e-mail, 2024-03-01"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Tags"), ("@tags",), _tags()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Notes"), ("notes",), _notes()),
    ],
    "project": [
        Row(QT_TRANSLATE_NOOP("EditorForms", "Title"), ("title",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. R&D centre of … in Jinan"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Native title"), ("title_native",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Kind"), ("kind",), _choice(v.ProjectKind)),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Stage"), ("stage",), _choice(v.ProjectStage)),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Why on hold / dropped"), ("status_reason",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Sector"), ("sector",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Facilitating office"), ("office_id",),
            _record("office")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Investment"), ("amount", "currency"),
            lambda parent, _c, _x: MoneyField(parent),
            QT_TRANSLATE_NOOP("EditorForms",
                              "In the currency it was signed in; reports convert with the "
                              "rate of the signing date")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Investor from"), ("source_country",), _country()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Destination"), ("destination",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "city or zone"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "On the map"), ("latitude", "longitude"),
            _coordinates()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Jobs created"), ("jobs_created",),
            _number(QT_TRANSLATE_NOOP("EditorForms", "direct jobs"), integer=True)),
        Row("", ("jobs_estimated",),
            _check(QT_TRANSLATE_NOOP("EditorForms", "The number of jobs is an estimate"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Announced"), ("announced_on",), _date()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Signed"), ("signed_on",), _date()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Start"), ("start_on",), _date()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "End"), ("end_on",), _date()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Partners"), ("@partners",), _links(
            "organization", "partner", [(r.value, r.label) for r in v.PartnerRole])),
        Row(QT_TRANSLATE_NOOP("EditorForms", "People"), ("@contacts",),
            _links("contact", "person")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Tags"), ("@tags",), _tags()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Description"), ("description",), _notes()),
    ],
    "event": [
        Row(QT_TRANSLATE_NOOP("EditorForms", "Title"), ("title",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "e.g. Delegation visit to Dresden"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Kind"), ("kind",), _choice(v.EventKind)),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Starts"), ("starts_on",),
            lambda parent, _c, _x: DateField(parent, optional=False)),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Ends"), ("ends_on",), _date()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Place"), ("place",),
            _text(QT_TRANSLATE_NOOP("EditorForms", "venue"))),
        Row(QT_TRANSLATE_NOOP("EditorForms", "City"), ("city",), _text()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Country"), ("country",), _country()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "On the map"), ("latitude", "longitude"),
            _coordinates()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Office"), ("office_id",), _record("office")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Organizations"), ("@organizations",),
            _links("organization", "organization")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "People"), ("@contacts",),
            _links("contact", "person")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Projects"), ("@projects",),
            _links("project", "project")),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Tags"), ("@tags",), _tags()),
        Row(QT_TRANSLATE_NOOP("EditorForms", "Notes"), ("notes",), _notes()),
    ],
}

#: Where a validation message about a model field is shown.
ERROR_FIELD_ALIASES: dict[str, str] = {"name": "given_name", "counterpart": "counterpart_id"}


def link_value(name: str, value: Any) -> Any:
    """Form value → RecordState link list (drop the role where the link has none)."""
    if name in ("@contacts", "@organizations", "@projects"):
        return [record_id for record_id, _role in value]
    return value


def link_form_value(name: str, value: Any) -> Any:
    """RecordState link list → form value."""
    if name in ("@contacts", "@organizations", "@projects"):
        return [(record_id, "") for record_id in value]
    return value
