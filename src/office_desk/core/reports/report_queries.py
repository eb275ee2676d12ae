"""The counts and rows reports are made of, fetched with a few aggregate queries.

Periods are inclusive and compared as ISO date text (how SQLite stores dates):

* a project falls in a period by its **counting date**: its signing date, else its
  announcement date, else the day it was entered (``created_at``, as a local day);
* signed investment: projects at stage signed, in progress or completed whose
  **signing date** is in the period;
* new organizations and contacts: entered (``created_at``) in the period;
* events: by their **start date**; "held" ones started on or before the report day.

Counts are grouped by office in SQL (one query per table, never a loop per record),
so the network report on 100,000 contacts stays fast. Tombstoned rows are hidden by
the store's sessions.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, func, literal, or_, true, type_coerce
from sqlmodel import Session, col, select

from .. import kinds
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Contact, Event, Office, Organization, Project, ProjectPartner
from ..services.office_overview import SIGNED_STAGES
from .content import EventRow, Listing, ProjectRow
from .investment import Converter, Item
from .report_fields import report_fields, report_values

_CHUNK = 500

COUNTING_DATE_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "A project counts in the period by its signing date, else its announcement date, "
    "else the day it was entered; signed investment is that of projects at stage Signed, "
    "In progress or Completed whose signing date is in the period, each converted at the "
    "exchange rate in force on its signing date.",
)


def _text(column: Any) -> ColumnElement[str]:
    return type_coerce(column, String)


def entered_day(column: Any) -> ColumnElement[str]:
    """``YYYY-MM-DD`` of a stored UTC timestamp (``created_at``), as the day it was on
    this computer's clock: a contact entered at 07:00 on 1 January in Beijing counts in
    the new year, not on 31 December (UTC)."""
    return _text(func.date(column, "localtime"))


def project_day() -> ColumnElement[str]:
    """A project's counting date as ISO text (see the module docstring)."""
    return _text(
        func.coalesce(
            _text(col(Project.signed_on)),
            _text(col(Project.announced_on)),
            entered_day(col(Project.created_at)),
        )
    )


def within(expr: Any, start: date | None, end: date | None) -> list[Any]:
    """WHERE conditions putting an ISO-date text ``expr`` in the inclusive period."""
    conditions: list[Any] = []
    if start is not None:
        conditions.append(_text(expr) >= start.isoformat())
    if end is not None:
        conditions.append(_text(expr) <= end.isoformat())
    return conditions


@dataclass
class Tally:
    """What one office (or the records without one) did in the period."""

    stages: Counter[str] = field(default_factory=Counter)
    project_years: Counter[int] = field(default_factory=Counter)
    signed: list[Item] = field(default_factory=list)  # priced, signing date in period
    signed_count: int = 0
    signed_without_amount: int = 0
    undated: int = 0  # signed stage, an amount, no signing date
    events_held: Counter[str] = field(default_factory=Counter)  # by kind
    events_planned: int = 0
    organizations: int = 0
    new_organizations: int = 0
    contacts: int = 0
    new_contacts: int = 0

    def add(self, other: Tally) -> None:
        self.stages.update(other.stages)
        self.project_years.update(other.project_years)
        self.signed.extend(other.signed)
        self.events_held.update(other.events_held)
        for name in (
            "signed_count",
            "signed_without_amount",
            "undated",
            "events_planned",
            "organizations",
            "new_organizations",
            "contacts",
            "new_contacts",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def tally(
    session: Session,
    start: date | None,
    end: date | None,
    today: date,
    office_id: uuid.UUID | None = None,
) -> dict[uuid.UUID | None, Tally]:
    """Per office id (None: no office), the period's figures; one office if ``office_id``."""
    result: dict[uuid.UUID | None, Tally] = {}

    def of(key: uuid.UUID | None) -> Tally:
        return result.setdefault(key, Tally())

    def only(model: Any) -> list[Any]:
        return [] if office_id is None else [model.office_id == office_id]

    day = project_day()
    year = func.substr(day, 1, 4)
    for office, stage, when, n in session.exec(
        select(col(Project.office_id), col(Project.stage), year, func.count())
        .where(*only(Project), *within(day, start, end))
        .group_by(col(Project.office_id), col(Project.stage), year)
    ).all():
        of(office).stages[stage] += n
        of(office).project_years[int(when)] += n

    for office, amount, currency, signed_on in session.exec(
        select(
            col(Project.office_id),
            col(Project.amount),
            col(Project.currency),
            col(Project.signed_on),
        )
        .where(*only(Project), col(Project.stage).in_(SIGNED_STAGES))
        .where(
            or_(
                col(Project.signed_on).is_(None),
                and_(true(), *within(col(Project.signed_on), start, end)),
            )
        )
    ).all():
        tally_ = of(office)
        priced = amount is not None and bool(currency)
        if signed_on is None:
            tally_.undated += int(priced)
            continue
        if (start and signed_on < start) or (end and signed_on > end):
            continue
        tally_.signed_count += 1
        if amount is not None and currency:
            tally_.signed.append((amount, str(currency), signed_on))
        else:
            tally_.signed_without_amount += 1

    planned = case((_text(col(Event.starts_on)) > today.isoformat(), 1), else_=0)
    for office, kind, later, n in session.exec(
        select(col(Event.office_id), col(Event.kind), planned, func.count())
        .where(*only(Event), *within(col(Event.starts_on), start, end))
        .group_by(col(Event.office_id), col(Event.kind), planned)
    ).all():
        if later:
            of(office).events_planned += n
        else:
            of(office).events_held[kind] += n

    for model, total_name, new_name in (
        (Organization, "organizations", "new_organizations"),
        (Contact, "contacts", "new_contacts"),
    ):
        in_period = within(entered_day(model.created_at), start, end)
        flag: Any = case((and_(*in_period), 1), else_=0) if in_period else literal(1)
        for office, total, new_count in session.exec(
            select(col(model.office_id), func.count(), func.sum(flag))
            .where(*only(model))
            .group_by(col(model.office_id))
        ).all():
            setattr(of(office), total_name, int(total))
            setattr(of(office), new_name, int(new_count or 0))
    return result


def _chunks(values: Sequence[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    for begin in range(0, len(values), _CHUNK):
        yield list(values[begin : begin + _CHUNK])


def office_names(session: Session) -> dict[uuid.UUID, str]:
    return dict(session.exec(select(Office.id, Office.name)).all())


def partner_names(session: Session, project_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Names of each project's live partner organizations, in role then name order."""
    names: dict[uuid.UUID, list[str]] = {}
    for chunk in _chunks(project_ids):
        rows = session.exec(
            select(ProjectPartner.project_id, Organization.name)
            .join(Organization, col(Organization.id) == col(ProjectPartner.organization_id))
            .where(col(ProjectPartner.project_id).in_(chunk))
            .order_by(col(ProjectPartner.role), func.lower(Organization.name))
        ).all()
        for project_id, name in rows:
            if name not in names.setdefault(project_id, []):
                names[project_id].append(name)
    return names


def project_listing(
    session: Session,
    start: date | None,
    end: date | None,
    limit: int,
    converter: Converter,
    office_id: uuid.UUID | None = None,
    office_labels: dict[uuid.UUID, str] | None = None,
) -> Listing[ProjectRow]:
    """Projects counted in the period, latest counting date first, at most ``limit``,
    each with the values of the project fields the report shows (:mod:`.report_fields`).

    ``office_labels`` names each office in the Office column (default: its name)."""
    day = project_day()
    conditions = [*within(day, start, end)]
    if office_id is not None:
        conditions.append(col(Project.office_id) == office_id)
    total = session.exec(select(func.count()).select_from(Project).where(*conditions)).one()
    rows = session.exec(
        select(Project, day)
        .where(*conditions)
        .order_by(day.desc(), func.lower(Project.title))
        .limit(limit)
    ).all()
    offices = office_labels if office_labels is not None else office_names(session)
    partners = partner_names(session, [p.id for p, _ in rows])
    kind = kinds.get("project")
    fields = report_fields(kind.name)
    names = kinds.names_for(session, fields, [p for p, _ in rows])
    listed = []
    for p, counted in rows:
        converted = None
        if p.amount is not None and p.currency:
            converted = converter.convert(p.amount, p.currency, p.signed_on)
        listed.append(
            ProjectRow(
                id=p.id,
                title=kind.title_of(p),
                values=report_values(fields, p, names),
                office=offices.get(p.office_id, "") if p.office_id else "",
                partners=tuple(partners.get(p.id, ())),
                amount=p.amount,
                currency=p.currency,
                converted=converted,
                signed_on=p.signed_on,
                counted_on=date.fromisoformat(counted),
            )
        )
    return Listing(listed, int(total))


def event_listing(
    session: Session,
    start: date | None,
    end: date | None,
    limit: int,
    office_id: uuid.UUID | None = None,
    office_labels: dict[uuid.UUID, str] | None = None,
) -> Listing[EventRow]:
    """Events starting in the period, latest first, at most ``limit``, each with the
    values of the event fields the report shows."""
    conditions = [*within(col(Event.starts_on), start, end)]
    if office_id is not None:
        conditions.append(col(Event.office_id) == office_id)
    total = session.exec(select(func.count()).select_from(Event).where(*conditions)).one()
    events = session.exec(
        select(Event)
        .where(*conditions)
        .order_by(col(Event.starts_on).desc(), func.lower(Event.title))
        .limit(limit)
    ).all()
    offices = office_labels if office_labels is not None else office_names(session)
    kind = kinds.get("event")
    fields = report_fields(kind.name)
    names = kinds.names_for(session, fields, events)
    rows = [
        EventRow(
            id=e.id,
            title=kind.title_of(e),
            values=report_values(fields, e, names),
            office=offices.get(e.office_id, "") if e.office_id else "",
            starts_on=e.starts_on,
        )
        for e in events
    ]
    return Listing(rows, int(total))
