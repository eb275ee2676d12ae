"""The office report: one office's work in a period, as headquarters reads it.

Office details; key figures (projects by stage, investment signed in each original
currency and totalled in the reporting currency at each project's signing-date rate,
new organizations and contacts, events held by kind); tables of the period's projects
and events, of the organizations the office looks after, and of its contacts only when
the user included them (personal data stays out by default). How each figure is
counted is written into the report's notes (see
:mod:`office_desk.core.reports.report_queries`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, col, func, select

from .. import kinds
from ..countries import country_name
from ..i18n import translate
from ..models import Contact, Office, Organization
from ..services.records import RecordNotFound
from ..store.database import Store
from ..vocabulary import OfficeStatus, label_of
from .content import ContactRow, Listing, OfficeDetails, OfficeReport, OrganizationRow
from .figures import cap_note, figure_notes, key_figures
from .investment import Converter
from .report_fields import report_fields, report_values
from .report_queries import Tally, event_listing, project_listing, tally
from .request import ReportRequest

#: Rows per table before "and N more" (the PDF stays printable on a big database).
OFFICE_ROW_LIMIT = 1000


def _counterpart(session: Session, office: Office) -> str:
    """The office it names as counterpart, or else one that names it."""
    condition = (
        Office.id == office.counterpart_id
        if office.counterpart_id
        else Office.counterpart_id == office.id
    )
    twin = session.exec(select(Office).where(condition).order_by(Office.name)).first()
    return twin.name if twin else ""


def _details(session: Session, office: Office) -> OfficeDetails:
    return OfficeDetails(
        id=office.id,
        name=office.name,
        name_native=office.name_native,
        city=office.city,
        country=office.country,
        country_name=country_name(office.country),
        address=office.address,
        established_on=office.established_on,
        status=label_of(OfficeStatus, office.status),
        counterpart=_counterpart(session, office),
        phone=office.phone,
        email=office.email,
        website=office.website,
        focus_areas=tuple(office.focus_areas),
        latitude=office.latitude,
        longitude=office.longitude,
    )


def _organizations(session: Session, office: Office, limit: int) -> Listing[OrganizationRow]:
    total = session.exec(
        select(func.count()).select_from(Organization).where(Organization.office_id == office.id)
    ).one()
    rows = session.exec(
        select(Organization)
        .where(Organization.office_id == office.id)
        .order_by(func.lower(Organization.name))
        .limit(limit)
    ).all()
    kind = kinds.get("organization")
    fields = report_fields(kind.name)
    names = kinds.names_for(session, fields, rows)
    return Listing(
        [OrganizationRow(o.id, kind.title_of(o), report_values(fields, o, names)) for o in rows],
        int(total),
    )


def _contacts(session: Session, office: Office, limit: int) -> Listing[ContactRow]:
    total = session.exec(
        select(func.count()).select_from(Contact).where(Contact.office_id == office.id)
    ).one()
    people = session.exec(
        select(Contact)
        .where(Contact.office_id == office.id)
        .order_by(
            func.lower(Contact.family_name),
            func.lower(Contact.given_name),
            col(Contact.name_native),
        )
        .limit(limit)
    ).all()
    kind = kinds.get("contact")
    fields = report_fields(kind.name)
    names = kinds.names_for(session, fields, people)
    return Listing(
        [ContactRow(c.id, kind.title_of(c), report_values(fields, c, names)) for c in people],
        int(total),
    )


def build_office_report(
    store: Store,
    request: ReportRequest,
    today: date,
    *,
    row_limit: int = OFFICE_ROW_LIMIT,
) -> OfficeReport:
    """The report ``request`` asks for on one live office.

    Projects count in the period by their signing date, else announcement date, else
    the day they were entered; signed investment is that of projects at stage Signed,
    In progress or Completed signed in the period; new organizations and contacts were
    entered in the period; events count by their start date, as held up to ``today``.
    Tables hold at most ``row_limit`` rows each (the report says how many more).
    Raises ``ValueError`` for a network request and
    :class:`~office_desk.core.services.records.RecordNotFound` for a missing office.
    """
    if request.office_id is None:
        raise ValueError("an office report needs an office; this request is for the network")
    converter = Converter(store, request.currency)
    start, end = request.start, request.end
    with store.session() as session:
        office = session.get(Office, request.office_id)
        if office is None or office.deleted_at is not None:
            raise RecordNotFound(Office, request.office_id)
        details = _details(session, office)
        counts = tally(session, start, end, today, office.id).get(office.id, Tally())
        empty: Listing = Listing([], 0)
        projects = (
            project_listing(session, start, end, row_limit, converter, office.id)
            if request.wants("projects")
            else empty
        )
        events = (
            event_listing(session, start, end, row_limit, office.id)
            if request.wants("events")
            else empty
        )
        organizations = (
            _organizations(session, office, row_limit) if request.wants("organizations") else empty
        )
        contacts = _contacts(session, office, row_limit) if request.wants("contacts") else None

    figures = key_figures(counts, converter)
    rates = converter.rates_used(counts.signed)
    notes = figure_notes(figures, request.currency, rates)
    notes.append(
        translate(
            "Report",
            "Organizations and contacts are those the office looks "
            "after today, whenever they were entered.",
        )
    )
    for what, listing, order in (
        (translate("Report", "Projects"), projects, "latest"),
        (translate("Report", "Events"), events, "latest"),
        (translate("Report", "Organizations"), organizations, "first by name"),
        (translate("Report", "Contacts"), contacts, "first by name"),
    ):
        note = cap_note(what, listing, order) if listing is not None else None
        if note:
            notes.append(note)
    return OfficeReport(
        title=request.title
        or translate("Report", "{office}: office report").format(office=office.name),
        period_label=request.period_label,
        start=start,
        end=end,
        currency=request.currency,
        generated_at=datetime.now().astimezone(),
        sections=request.ordered_sections(),
        office=details,
        figures=figures,
        projects=projects,
        events=events,
        organizations=organizations,
        contacts=contacts,
        rates_used=rates,
        notes=notes,
    )
