"""An office at a glance: what the Office dashboard shows when an office is selected.

One call gathers the office and its counterpart, its people and organizations, its
projects by stage, the investment signed through it (exact, per currency and in a
reporting currency at each project's signing-date rate), and its recent and upcoming
events around ``today``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from ..models import Contact, Event, Office, Organization, Project
from ..money import RateTable
from ..store.database import Store
from ..vocabulary import EventKind, OrganizationKind, ProjectStage, label_of
from .exchange_rates import rate_table
from .project_totals import Amounts, stage_label, stage_order, sum_amounts
from .records import RecordNotFound

#: Stages at which money counts as signed.
SIGNED_STAGES: tuple[str, ...] = (
    ProjectStage.SIGNED.value,
    ProjectStage.IN_PROGRESS.value,
    ProjectStage.COMPLETED.value,
)


@dataclass(frozen=True)
class ContactLine:
    id: uuid.UUID
    name: str
    position: str
    organization: str
    last_contacted_on: date | None


@dataclass(frozen=True)
class OrganizationLine:
    id: uuid.UUID
    name: str
    name_native: str
    kind: str  # label
    city: str


@dataclass(frozen=True)
class ProjectLine:
    id: uuid.UUID
    title: str
    stage: str
    stage_label: str
    amount: Decimal | None
    currency: str | None
    signed_on: date | None


@dataclass(frozen=True)
class EventLine:
    id: uuid.UUID
    title: str
    kind: str  # label
    starts_on: date
    ends_on: date | None
    place: str


@dataclass(frozen=True)
class StageCount:
    stage: str
    label: str
    count: int


@dataclass(frozen=True)
class InvestmentSigned:
    """Money of the office's projects at stage signed, in progress or completed."""

    project_count: int
    amounts: Amounts


@dataclass(frozen=True)
class OfficeOverview:
    office: Office
    counterpart: Office | None
    contact_count: int
    contacts: list[ContactLine]  # most recently contacted first
    organization_count: int
    organizations: list[OrganizationLine]  # by name
    organization_kinds: list[tuple[str, int]]  # (kind label, count), most first
    project_count: int
    projects_by_stage: list[StageCount]  # every standard stage, pipeline order
    projects: list[ProjectLine]  # pipeline order, then title
    investment: InvestmentSigned
    recent_events: list[EventLine]  # latest first
    upcoming_events: list[EventLine]  # soonest first, including ones under way

    @property
    def reporting_currency(self) -> str:
        return self.investment.amounts.currency


def _counterpart(session: Session, office: Office) -> Office | None:
    """The office it names as counterpart, or else one that names it."""
    condition = (
        Office.id == office.counterpart_id
        if office.counterpart_id
        else Office.counterpart_id == office.id
    )
    return session.exec(select(Office).where(condition).order_by(Office.name)).first()


def _contacts(session: Session, office_id: uuid.UUID, limit: int) -> list[ContactLine]:
    rows = session.exec(
        select(Contact, Organization.name)
        .join(Organization, Organization.id == Contact.organization_id, isouter=True)  # type: ignore[arg-type]
        .where(Contact.office_id == office_id)
        .order_by(
            Contact.last_contacted_on.is_(None),  # type: ignore[union-attr]
            Contact.last_contacted_on.desc(),  # type: ignore[union-attr]
            func.lower(Contact.family_name),
        )
        .limit(limit)
    ).all()
    return [
        ContactLine(c.id, c.display_name, c.position, org or "", c.last_contacted_on)
        for c, org in rows
    ]


def _events(
    session: Session, office_id: uuid.UUID, today: date, limit: int, upcoming: bool
) -> list[EventLine]:
    last_day = func.coalesce(Event.ends_on, Event.starts_on)
    statement = select(Event).where(Event.office_id == office_id)
    if upcoming:
        statement = statement.where(last_day >= today).order_by(
            col(Event.starts_on), col(Event.title)
        )
    else:
        statement = statement.where(last_day < today).order_by(
            col(Event.starts_on).desc(), col(Event.title)
        )
    rows = session.exec(statement.limit(limit)).all()
    return [
        EventLine(
            e.id,
            e.title,
            label_of(EventKind, e.kind),
            e.starts_on,
            e.ends_on,
            ", ".join(p for p in (e.place, e.city) if p),
        )
        for e in rows
    ]


def overview(
    store: Store,
    office_id: uuid.UUID,
    reporting_currency: str,
    today: date,
    *,
    limit: int = 5,
    list_limit: int = 12,
    rates: RateTable | None = None,
) -> OfficeOverview:
    """Everything the dashboard shows for one live office.

    ``limit`` caps the recent and the upcoming events; ``list_limit`` the contacts,
    organizations and projects listed (their counts are always complete). Raises
    :class:`~office_desk.core.services.records.RecordNotFound` for a missing or deleted
    office.
    """
    table = rates if rates is not None else rate_table(store)
    order = {stage: i for i, stage in enumerate(ProjectStage.values())}
    pipeline = case(order, value=Project.stage, else_=len(order))
    with store.session() as session:
        office = session.get(Office, office_id)
        if office is None or office.deleted_at is not None:
            raise RecordNotFound(Office, office_id)
        counterpart = _counterpart(session, office)

        contact_count = session.exec(
            select(func.count()).select_from(Contact).where(Contact.office_id == office_id)
        ).one()
        contacts = _contacts(session, office_id, list_limit)

        organization_count = session.exec(
            select(func.count())
            .select_from(Organization)
            .where(Organization.office_id == office_id)
        ).one()
        organizations = [
            OrganizationLine(
                o.id, o.name, o.name_native, label_of(OrganizationKind, o.kind), o.city
            )
            for o in session.exec(
                select(Organization)
                .where(Organization.office_id == office_id)
                .order_by(func.lower(Organization.name))
                .limit(list_limit)
            ).all()
        ]

        kinds = session.exec(
            select(Organization.kind, func.count())
            .where(Organization.office_id == office_id)
            .group_by(Organization.kind)
            .order_by(func.count().desc(), Organization.kind)
        ).all()

        by_stage = dict(
            session.exec(
                select(Project.stage, func.count())
                .where(Project.office_id == office_id)
                .group_by(Project.stage)
            ).all()
        )
        projects = [
            ProjectLine(
                p.id, p.title, p.stage, stage_label(p.stage), p.amount, p.currency, p.signed_on
            )
            for p in session.exec(
                select(Project)
                .where(Project.office_id == office_id)
                .order_by(pipeline, func.lower(Project.title))
                .limit(list_limit)
            ).all()
        ]
        signed = session.exec(
            select(col(Project.amount), col(Project.currency), col(Project.signed_on)).where(
                Project.office_id == office_id, col(Project.stage).in_(SIGNED_STAGES)
            )
        ).all()
        signed_count = len(signed)
        priced = [(a, c, on) for a, c, on in signed if a is not None and c]

        recent = _events(session, office_id, today, limit, upcoming=False)
        upcoming = _events(session, office_id, today, limit, upcoming=True)

    stages = [StageCount(s, stage_label(s), int(by_stage.get(s, 0))) for s in stage_order(by_stage)]
    return OfficeOverview(
        office=office,
        counterpart=counterpart,
        contact_count=int(contact_count),
        contacts=contacts,
        organization_count=int(organization_count),
        organizations=organizations,
        organization_kinds=[(label_of(OrganizationKind, k), int(n)) for k, n in kinds],
        project_count=sum(s.count for s in stages),
        projects_by_stage=stages,
        projects=projects,
        investment=InvestmentSigned(signed_count, sum_amounts(priced, reporting_currency, table)),
        recent_events=recent,
        upcoming_events=upcoming,
    )
