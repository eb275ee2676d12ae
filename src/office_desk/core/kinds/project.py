"""Projects: the cooperations the network facilitated (an R&D centre, a joint lab...)."""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..models import EventProject, Project, ProjectContact, ProjectPartner, TagLink
from ..vocabulary import ProjectKind, ProjectStage, english_label_of
from .spec import (
    FieldSpec,
    LinkTable,
    Phrases,
    RecordKind,
    coordinates_field,
    tag_links,
    tags_field,
)
from .spec import Surface as S

L, D, E, R, X, P, F = S.LIST, S.DETAILS, S.EDITOR, S.REPORT, S.EXPORT, S.PACKAGE, S.SEARCH


def _jobs(p: object, _names: object) -> str:
    jobs = p.jobs_created  # type: ignore[attr-defined]
    if jobs is None:
        return ""
    if p.jobs_estimated:  # type: ignore[attr-defined]
        return translate("Fields", "{count} (estimated)").format(count=jobs)
    return str(jobs)


FIELDS = (
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("Fields", "Title"),
        surfaces=frozenset({L, E, R, X, P}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. R&D centre of … in Jinan"),
        required=True,
        width=27,
    ),
    FieldSpec(
        "title_native",
        QT_TRANSLATE_NOOP("Fields", "Native title"),
        surfaces=frozenset({D, E, R, X, P, F}),
        width=18,
    ),
    FieldSpec(
        "kind",
        QT_TRANSLATE_NOOP("Fields", "Kind"),
        "choice",
        choices=ProjectKind,
        surfaces=frozenset({L, D, E, R, X, P, F}),
        width=12,
    ),
    FieldSpec(
        "stage",
        QT_TRANSLATE_NOOP("Fields", "Stage"),
        "choice",
        choices=ProjectStage,
        surfaces=frozenset({L, D, E, R, X, P, F}),
        width=12,
    ),
    FieldSpec(
        "status_reason",
        QT_TRANSLATE_NOOP("Fields", "Status note"),
        "text",
        surfaces=frozenset({D, E, P, F}),
        editor_label=QT_TRANSLATE_NOOP("Fields", "Why on hold / dropped"),
    ),
    FieldSpec("sector", QT_TRANSLATE_NOOP("Fields", "Sector"), surfaces=frozenset({D, E, X, P, F})),
    FieldSpec(
        "office_id",
        QT_TRANSLATE_NOOP("Fields", "Office"),
        "record",
        refers_to="office",
        surfaces=frozenset({L, E, X, P}),
        editor_label=QT_TRANSLATE_NOOP("Fields", "Facilitating office"),
    ),
    FieldSpec(
        "funding_programme",
        QT_TRANSLATE_NOOP("Fields", "Funding programme"),
        surfaces=frozenset({L, D, E, R, X, P, F}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Horizon Europe, ZIM"),
        since="0004",
        width=20,
    ),
    FieldSpec(
        "amount",
        QT_TRANSLATE_NOOP("Fields", "Investment"),
        "money",
        columns=("amount", "currency"),
        surfaces=frozenset({L, D, E, R, X, P}),
        width=17,
        tip=QT_TRANSLATE_NOOP(
            "Fields",
            "In the currency it was signed in; reports convert with the rate of the signing date",
        ),
    ),
    FieldSpec(
        "currency",
        QT_TRANSLATE_NOOP("Fields", "Currency"),
        "currency",
        surfaces=frozenset({R, X, P}),
        cell=lambda p, _n: p.currency or "",
        width=9,
    ),
    FieldSpec(
        "source_country",
        QT_TRANSLATE_NOOP("Fields", "Investor from"),
        "country",
        surfaces=frozenset({D, E, P, F}),
    ),
    FieldSpec(
        "destination",
        QT_TRANSLATE_NOOP("Fields", "Destination"),
        surfaces=frozenset({D, E, X, P, F}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "city or zone"),
    ),
    coordinates_field(),
    FieldSpec(
        "jobs_created",
        QT_TRANSLATE_NOOP("Fields", "Jobs created"),
        "integer",
        surfaces=frozenset({D, E, R, X, P}),
        text=_jobs,
        width=8,
        placeholder=QT_TRANSLATE_NOOP("Fields", "direct jobs"),
    ),
    FieldSpec(
        "jobs_estimated",
        QT_TRANSLATE_NOOP("Fields", "The number of jobs is an estimate"),
        "boolean",
        surfaces=frozenset({E, P}),
    ),
    FieldSpec(
        "announced_on",
        QT_TRANSLATE_NOOP("Fields", "Announced"),
        "date",
        surfaces=frozenset({D, E, P}),
    ),
    FieldSpec(
        "signed_on",
        QT_TRANSLATE_NOOP("Fields", "Signed"),
        "date",
        surfaces=frozenset({L, D, E, R, X, P}),
        width=11,
    ),
    FieldSpec(
        "start_on", QT_TRANSLATE_NOOP("Fields", "Start"), "date", surfaces=frozenset({D, E, X, P})
    ),
    FieldSpec(
        "end_on", QT_TRANSLATE_NOOP("Fields", "End"), "date", surfaces=frozenset({D, E, X, P})
    ),
    FieldSpec(
        "@partners",
        QT_TRANSLATE_NOOP("Fields", "Partners"),
        "links",
        refers_to="organization",
        surfaces=frozenset({E}),
    ),
    FieldSpec(
        "@contacts",
        QT_TRANSLATE_NOOP("Fields", "People"),
        "links",
        refers_to="contact",
        surfaces=frozenset({E}),
    ),
    tags_field(),
    FieldSpec(
        "description",
        QT_TRANSLATE_NOOP("Fields", "Description"),
        "long_text",
        surfaces=frozenset({D, E, X, P, F}),
        width=60,
    ),
)


KIND = RecordKind(
    name="project",
    model=Project,
    fields=FIELDS,
    phrases=Phrases(
        title=QT_TRANSLATE_NOOP("Kinds", "Projects"),
        noun=QT_TRANSLATE_NOOP("Kinds", "project"),
        nouns=QT_TRANSLATE_NOOP("Kinds", "projects"),
        label=QT_TRANSLATE_NOOP("Kinds", "Project"),
        count_one=QT_TRANSLATE_NOOP("Kinds", "{count} project"),
        count_many=QT_TRANSLATE_NOOP("Kinds", "{count} projects"),
        new=QT_TRANSLATE_NOOP("Kinds", "New project"),
        edit=QT_TRANSLATE_NOOP("Kinds", "Edit project – {title}"),
        added=QT_TRANSLATE_NOOP("Kinds", "Add project “{name}”"),
        edited=QT_TRANSLATE_NOOP("Kinds", "Edit project “{name}”"),
        not_saved=QT_TRANSLATE_NOOP("Kinds", "The project was not saved.\n\n{error}"),
        select=QT_TRANSLATE_NOOP(
            "Kinds", "Select a project to see its partners, people and events."
        ),
        discard=QT_TRANSLATE_NOOP(
            "Kinds", "This project has changes that are not saved. Discard them?"
        ),
    ),
    title_of=lambda p: p.title,
    search_detail=lambda p: english_label_of(ProjectStage, p.stage),
    links=(
        LinkTable(
            ProjectPartner,
            "project_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} project partnership"),
            QT_TRANSLATE_NOOP("Kinds", "{count} project partnerships"),
        ),
        LinkTable(
            ProjectContact,
            "project_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} project role"),
            QT_TRANSLATE_NOOP("Kinds", "{count} project roles"),
        ),
        LinkTable(
            EventProject,
            "project_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} link to an event"),
            QT_TRANSLATE_NOOP("Kinds", "{count} links to events"),
        ),
        tag_links(TagLink, "project_id"),
    ),
    shown_by=("project", "event"),
    default_order="title",
    filters=frozenset({"office", "stage", "kind", "tag"}),
)
