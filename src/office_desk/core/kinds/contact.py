"""Contacts: the people the network knows."""

from __future__ import annotations

from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from ..models import Contact, EventContact, ProjectContact, TagLink, person_name
from ..vocabulary import LegalBasis, label_of
from .spec import (
    FieldSpec,
    LinkTable,
    Phrases,
    RecordKind,
    joined,
    place_text,
    tag_links,
    tags_field,
)
from .spec import Surface as S

L, D, E, R, X, P, F = S.LIST, S.DETAILS, S.EDITOR, S.REPORT, S.EXPORT, S.PACKAGE, S.SEARCH


def display_name(c: Any) -> str:
    """ "Dr. Zhang Wei (张伟)": the name as lists and reports show it (see person_name)."""
    return person_name(c.given_name, c.family_name, c.name_native, c.family_name_first, c.title)


def _legal_basis(c: object, _names: object) -> str:
    basis = label_of(LegalBasis, c.legal_basis)  # type: ignore[attr-defined]
    note = c.legal_basis_note  # type: ignore[attr-defined]
    return basis + (f" ({note})" if note else "")


FIELDS = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("Fields", "Name"),
        "computed",
        surfaces=frozenset({L, R, X}),
        sort="family_name",
        columns=("given_name", "family_name", "name_native", "family_name_first", "title"),
        text=lambda c, _n: display_name(c),
        width=30,
    ),
    FieldSpec(
        "given_name",
        QT_TRANSLATE_NOOP("Fields", "Given name"),
        surfaces=frozenset({E, X, P, F}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Wei"),
    ),
    FieldSpec(
        "family_name",
        QT_TRANSLATE_NOOP("Fields", "Family name"),
        surfaces=frozenset({E, X, P, F}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Zhang"),
    ),
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("Fields", "Academic title"),
        surfaces=frozenset({E, X, P, F}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Dr., Prof. Dr., Dipl.-Ing."),
        tip=QT_TRANSLATE_NOOP(
            "Fields", "Shown before the name; Herr/Frau and the job title do not go here"
        ),
        since="0003",
    ),
    FieldSpec(
        "name_native",
        QT_TRANSLATE_NOOP("Fields", "Native name"),
        surfaces=frozenset({E, X, P, F}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. 张伟"),
        tip=QT_TRANSLATE_NOOP(
            "Fields", "The name in its own script; search finds it by pinyin too"
        ),
    ),
    FieldSpec(
        "family_name_first",
        QT_TRANSLATE_NOOP("Fields", "Family name first (Zhang Wei)"),
        "boolean",
        surfaces=frozenset({E, P}),
    ),
    FieldSpec(
        "position",
        QT_TRANSLATE_NOOP("Fields", "Position"),
        surfaces=frozenset({L, D, E, R, X, P, F}),
        width=34,
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Head of international cooperation"),
    ),
    FieldSpec(
        "organization_id",
        QT_TRANSLATE_NOOP("Fields", "Organization"),
        "record",
        refers_to="organization",
        surfaces=frozenset({L, E, R, X, P}),
        width=34,
    ),
    FieldSpec(
        "office_id",
        QT_TRANSLATE_NOOP("Fields", "Office"),
        "record",
        refers_to="office",
        surfaces=frozenset({L, E, X, P}),
        tip=QT_TRANSLATE_NOOP("Fields", "The office that owns the relationship"),
    ),
    FieldSpec("city", QT_TRANSLATE_NOOP("Fields", "City"), surfaces=frozenset({L, E, X, P, F})),
    FieldSpec(
        "email",
        QT_TRANSLATE_NOOP("Fields", "E-mail"),
        "computed",
        surfaces=frozenset({L}),
        columns=("emails",),
        sort=None,
        width=30,
        text=lambda c, _n: c.emails[0] if c.emails else "",
    ),
    FieldSpec(
        "country",
        QT_TRANSLATE_NOOP("Fields", "Country"),
        "country",
        surfaces=frozenset({E, X, P, F}),
    ),
    FieldSpec(
        "place",
        QT_TRANSLATE_NOOP("Fields", "Place"),
        "computed",
        surfaces=frozenset({D}),
        columns=("city", "country"),
        text=lambda c, _n: place_text(c.city, c.country),
    ),
    FieldSpec(
        "emails",
        QT_TRANSLATE_NOOP("Fields", "E-mails"),
        "text_list",
        surfaces=frozenset({D, E, R, X, P, F}),
        width=30,
        editor_label=QT_TRANSLATE_NOOP("Fields", "E-mail"),
    ),
    FieldSpec(
        "phones",
        QT_TRANSLATE_NOOP("Fields", "Phones"),
        "text_list",
        surfaces=frozenset({D, E, R, X, P, F}),
        width=22,
        editor_label=QT_TRANSLATE_NOOP("Fields", "Phone"),
    ),
    FieldSpec(
        "messaging",
        QT_TRANSLATE_NOOP("Fields", "Messaging"),
        "text_list",
        surfaces=frozenset({D, E, X, P, F}),
    ),
    FieldSpec(
        "languages",
        QT_TRANSLATE_NOOP("Fields", "Languages"),
        "text_list",
        surfaces=frozenset({D, E, X, P}),
        tip=QT_TRANSLATE_NOOP(
            "Fields",
            "Language codes or names; several typed on one line become one "
            "entry each: “zh, de, en”, “zh; de” or “zh de en”",
        ),
    ),
    FieldSpec(
        "last_contacted_on",
        QT_TRANSLATE_NOOP("Fields", "Last contacted"),
        "date",
        surfaces=frozenset({D, E, X, P}),
    ),
    FieldSpec(
        "legal_basis",
        QT_TRANSLATE_NOOP("Fields", "Legal basis"),
        "choice",
        choices=LegalBasis,
        surfaces=frozenset({D, E, P}),
        text=_legal_basis,
        tip=QT_TRANSLATE_NOOP("Fields", "Why we may keep this person's data (GDPR / PIPL)"),
    ),
    FieldSpec(
        "legal_basis_note",
        QT_TRANSLATE_NOOP("Fields", "Basis note"),
        surfaces=frozenset({E, P}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. consent by e-mail, 2024-03-01"),
    ),
    tags_field(),
    FieldSpec(
        "notes",
        QT_TRANSLATE_NOOP("Fields", "Notes"),
        "long_text",
        surfaces=frozenset({D, E, X, P, F}),
        width=60,
    ),
)

KIND = RecordKind(
    name="contact",
    model=Contact,
    fields=FIELDS,
    phrases=Phrases(
        title=QT_TRANSLATE_NOOP("Kinds", "Contacts"),
        noun=QT_TRANSLATE_NOOP("Kinds", "contact"),
        nouns=QT_TRANSLATE_NOOP("Kinds", "contacts"),
        label=QT_TRANSLATE_NOOP("Kinds", "Person"),
        count_one=QT_TRANSLATE_NOOP("Kinds", "{count} contact"),
        count_many=QT_TRANSLATE_NOOP("Kinds", "{count} contacts"),
        new=QT_TRANSLATE_NOOP("Kinds", "New contact"),
        edit=QT_TRANSLATE_NOOP("Kinds", "Edit contact – {title}"),
        added=QT_TRANSLATE_NOOP("Kinds", "Add contact “{name}”"),
        edited=QT_TRANSLATE_NOOP("Kinds", "Edit contact “{name}”"),
        not_saved=QT_TRANSLATE_NOOP("Kinds", "The contact was not saved.\n\n{error}"),
        select=QT_TRANSLATE_NOOP(
            "Kinds", "Select a person to see their details, projects and events."
        ),
        discard=QT_TRANSLATE_NOOP(
            "Kinds", "This contact has changes that are not saved. Discard them?"
        ),
    ),
    title_of=display_name,
    search_detail=lambda c: joined(c.position, c.city),
    links=(
        LinkTable(
            ProjectContact,
            "contact_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} project role"),
            QT_TRANSLATE_NOOP("Kinds", "{count} project roles"),
        ),
        LinkTable(
            EventContact,
            "contact_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} event participation"),
            QT_TRANSLATE_NOOP("Kinds", "{count} event participations"),
        ),
        tag_links(TagLink, "contact_id"),
    ),
    shown_by=("contact", "project", "event"),
    default_order="family_name",
    filters=frozenset({"country", "office", "tag"}),
)
