"""What each kind of record's editor shows: its fields, in order, with their widgets.

A form row maps one widget to one or more model fields (money is amount + currency,
a place on the map is latitude + longitude) or to part of the record's links
(tags, a project's partners...). :mod:`record_editor` builds the dialog from these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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
    ListField,
    MoneyField,
    NotesField,
    NumberField,
    RecordField,
    TagsField,
    TextField,
)


@dataclass(frozen=True)
class Row:
    """One line of a form: ``label`` for the ``fields`` (model field names, or a link
    list such as ``"@tags"``), made by ``make(parent, context, creator)``."""

    label: str
    fields: tuple[str, ...]
    make: Callable[[QWidget, AppContext, Any], Field]
    tip: str = ""


def _choices(choices: type[v._Choice]) -> list[tuple[str, str]]:
    return [(c.value, c.label) for c in choices]


def _text(placeholder: str = "") -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: TextField(parent, placeholder)


def _notes(placeholder: str = "") -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: NotesField(parent, placeholder)


def _choice(choices: type[v._Choice]) -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: ChoiceField(parent, _choices(choices))


def _date() -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: DateField(parent)


def _country(required: bool = False) -> Callable[[QWidget, AppContext, Any], Field]:
    return lambda parent, _c, _x: CountryField(parent, required=required)


def _record(kind: str, create: bool = False,
            tip: str = "") -> Callable[[QWidget, AppContext, Any], Field]:
    def make(parent: QWidget, context: AppContext, creator: Any) -> Field:
        return RecordField(
            parent, lambda: relations.choices(context.store, kind),
            create=(lambda: creator(kind)) if create and creator else None,
            create_tip=tip)
    return make


_Maker = Callable[[QWidget, AppContext, Any], Field]


def _links(kind: str, noun: str, roles: list[tuple[str, str]] | None = None) -> _Maker:
    return lambda parent, context, _x: LinksField(
        parent, noun, lambda: relations.choices(context.store, kind), roles)


def _tags() -> Callable[[QWidget, AppContext, Any], Field]:
    from ..core.services.record_state import all_tag_names

    return lambda parent, context, _x: TagsField(parent, all_tag_names(context.store))


class CoordinatesField(Field):
    """Latitude and longitude side by side; both empty means "not placed"."""

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtWidgets import QHBoxLayout

        box = QWidget(parent)
        self.lat = NumberField(box, "latitude, e.g. 51.0504")
        self.lon = NumberField(box, "longitude, e.g. 13.7373")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lat.widget)
        layout.addWidget(self.lon.widget)
        from PySide6.QtWidgets import QToolButton

        from .icons import icon

        self.lookup_button = QToolButton(box)
        self.lookup_button.setIcon(icon("mdi6.map-search"))
        self.lookup_button.setToolTip(
            "Look the city up in the built-in list of places (works offline)")
        layout.addWidget(self.lookup_button)
        self.pick_button = QToolButton(box)
        self.pick_button.setIcon(icon("mdi6.map-marker-plus"))
        self.pick_button.setToolTip("Place it by clicking the map")
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
        Row("Name", ("name",), _text("e.g. Dresden-Jinan Contact Office")),
        Row("Native name", ("name_native",), _text("e.g. 德累斯顿-济南联络处")),
        Row("City", ("city",), _text()),
        Row("Country", ("country",), _country(required=True)),
        Row("Address", ("address",), _text()),
        Row("On the map", ("latitude", "longitude"), _coordinates(),
            "Decimal degrees; for campuses and parks without a street address too"),
        Row("Status", ("status",), _choice(v.OfficeStatus)),
        Row("Established", ("established_on",), _date()),
        Row("Counterpart office", ("counterpart_id",), _record("office"),
            "The twin office on the other side (e.g. the Jinan side of Dresden)"),
        Row("Phone", ("phone",), _text()),
        Row("E-mail", ("email",), _text()),
        Row("Website", ("website",), _text("https://…")),
        Row("Focus areas", ("focus_areas",),
            lambda parent, _c, _x: ListField(parent, "focus area", "e.g. smart manufacturing")),
        Row("Tags", ("@tags",), _tags()),
        Row("Notes", ("notes",), _notes()),
    ],
    "organization": [
        Row("Name", ("name",), _text("e.g. Chemnitz University of Technology")),
        Row("Native name", ("name_native",), _text("e.g. Technische Universität Chemnitz, 济南…")),
        Row("Kind", ("kind",), _choice(v.OrganizationKind)),
        Row("Sector", ("sector",), _text("e.g. automotive parts")),
        Row("City", ("city",), _text()),
        Row("Country", ("country",), _country()),
        Row("On the map", ("latitude", "longitude"), _coordinates()),
        Row("Website", ("website",), _text("https://…")),
        Row("Looked after by", ("office_id",), _record("office")),
        Row("Tags", ("@tags",), _tags()),
        Row("Notes", ("notes",), _notes()),
    ],
    "contact": [
        Row("Given name", ("given_name",), _text("e.g. Wei")),
        Row("Family name", ("family_name",), _text("e.g. Zhang")),
        Row("Native name", ("name_native",), _text("e.g. 张伟"),
            "The name in its own script; search finds it by pinyin too"),
        Row("", ("family_name_first",),
            lambda parent, _c, _x: CheckField(parent, "Family name first (Zhang Wei)")),
        Row("Position", ("position",), _text("e.g. Head of international cooperation")),
        Row("Organization", ("organization_id",),
            _record("organization", create=True, tip="Create a new organization")),
        Row("Office", ("office_id",), _record("office"),
            "The office that owns the relationship"),
        Row("City", ("city",), _text()),
        Row("Country", ("country",), _country()),
        Row("E-mail", ("emails",),
            lambda parent, _c, _x: ListField(parent, "e-mail", "name@example.com")),
        Row("Phone", ("phones",),
            lambda parent, _c, _x: ListField(parent, "phone", "+49 351 …")),
        Row("Messaging", ("messaging",),
            lambda parent, _c, _x: ListField(parent, "handle", "WeChat: …")),
        Row("Languages", ("languages",),
            lambda parent, _c, _x: ListField(parent, "language", "zh, de, en…")),
        Row("Last contacted", ("last_contacted_on",), _date()),
        Row("Legal basis", ("legal_basis",), _choice(v.LegalBasis),
            "Why we may keep this person's data (GDPR / PIPL)"),
        Row("Basis note", ("legal_basis_note",), _text("e.g. consent by e-mail, 2024-03-01")),
        Row("Tags", ("@tags",), _tags()),
        Row("Notes", ("notes",), _notes()),
    ],
    "project": [
        Row("Title", ("title",), _text("e.g. R&D centre of … in Jinan")),
        Row("Native title", ("title_native",), _text()),
        Row("Kind", ("kind",), _choice(v.ProjectKind)),
        Row("Stage", ("stage",), _choice(v.ProjectStage)),
        Row("Why on hold / dropped", ("status_reason",), _text()),
        Row("Sector", ("sector",), _text()),
        Row("Facilitating office", ("office_id",), _record("office")),
        Row("Investment", ("amount", "currency"), lambda parent, _c, _x: MoneyField(parent),
            "In the currency it was signed in; reports convert with the rate of the signing date"),
        Row("Investor from", ("source_country",), _country()),
        Row("Destination", ("destination",), _text("city or zone")),
        Row("On the map", ("latitude", "longitude"), _coordinates()),
        Row("Jobs created", ("jobs_created",),
            lambda parent, _c, _x: NumberField(parent, "direct jobs", integer=True)),
        Row("", ("jobs_estimated",),
            lambda parent, _c, _x: CheckField(parent, "The number of jobs is an estimate")),
        Row("Announced", ("announced_on",), _date()),
        Row("Signed", ("signed_on",), _date()),
        Row("Start", ("start_on",), _date()),
        Row("End", ("end_on",), _date()),
        Row("Partners", ("@partners",), _links(
            "organization", "partner", [(r.value, r.label) for r in v.PartnerRole])),
        Row("People", ("@contacts",), _links("contact", "person")),
        Row("Tags", ("@tags",), _tags()),
        Row("Description", ("description",), _notes()),
    ],
    "event": [
        Row("Title", ("title",), _text("e.g. Delegation visit to Dresden")),
        Row("Kind", ("kind",), _choice(v.EventKind)),
        Row("Starts", ("starts_on",), lambda parent, _c, _x: DateField(parent, optional=False)),
        Row("Ends", ("ends_on",), _date()),
        Row("Place", ("place",), _text("venue")),
        Row("City", ("city",), _text()),
        Row("Country", ("country",), _country()),
        Row("On the map", ("latitude", "longitude"), _coordinates()),
        Row("Office", ("office_id",), _record("office")),
        Row("Organizations", ("@organizations",), _links("organization", "organization")),
        Row("People", ("@contacts",), _links("contact", "person")),
        Row("Projects", ("@projects",), _links("project", "project")),
        Row("Tags", ("@tags",), _tags()),
        Row("Notes", ("notes",), _notes()),
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
