"""Save events as an iCalendar file (.ics) that Outlook, Google Calendar and macOS open.

One ``VEVENT`` per event, all-day (events are kept by day): ``DTSTART;VALUE=DATE`` is
the first day and ``DTEND`` the day after the last (RFC 5545's end is exclusive), so a
conference from 3 to 5 May shows on three days. ``SUMMARY`` is the title,
``LOCATION`` place, city and country, ``CATEGORIES`` the kind, ``DESCRIPTION`` the kind,
the office, the organizations and projects linked to the event, then the notes;
``GEO`` where the event has coordinates. ``UID`` is ``<id>@office-desk``, stable across
exports, so importing a newer file updates the events instead of doubling them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar
from icalendar import Event as CalendarEvent
from sqlmodel import col, select

from .countries import country_name
from .export_lists import Progress
from .file_replace import replaced_on_success
from .i18n import translate
from .listing import ListQuery, ids
from .models import Event, EventOrganization, EventProject, Office, Organization, Project
from .store.database import Store
from .text_safety import export_text
from .vocabulary import EventKind, label_of

PRODID = "-//Office Desk//office-desk//EN"
CHUNK = 500


def _linked(
    store: Store, event_ids: list[uuid.UUID]
) -> tuple[dict[uuid.UUID, list[str]], dict[uuid.UUID, list[str]]]:
    """Names of the live organizations and projects linked to each event."""
    organizations: dict[uuid.UUID, list[str]] = defaultdict(list)
    projects: dict[uuid.UUID, list[str]] = defaultdict(list)
    with store.session() as session:
        for event_id, name in session.exec(
            select(EventOrganization.event_id, Organization.name)
            .join(Organization, Organization.id == EventOrganization.organization_id)  # type: ignore[arg-type]
            .where(
                EventOrganization.event_id.in_(event_ids),  # type: ignore[attr-defined]
                EventOrganization.deleted_at.is_(None),  # type: ignore[union-attr]
                col(Organization.deleted_at).is_(None),
            )
            .order_by(Organization.name)
        ).all():
            organizations[event_id].append(name)
        for event_id, title in session.exec(
            select(EventProject.event_id, Project.title)
            .join(Project, Project.id == EventProject.project_id)  # type: ignore[arg-type]
            .where(
                EventProject.event_id.in_(event_ids),  # type: ignore[attr-defined]
                EventProject.deleted_at.is_(None),  # type: ignore[union-attr]
                col(Project.deleted_at).is_(None),
            )
            .order_by(Project.title)
        ).all():
            projects[event_id].append(title)
    return organizations, projects


def _description(event: Event, office: str, organizations: list[str], projects: list[str]) -> str:
    lines = [
        translate("ExportCalendar", "Kind: {kind}").format(kind=label_of(EventKind, event.kind))
    ]
    if office:
        lines.append(translate("ExportCalendar", "Office: {office}").format(office=office))
    if organizations:
        lines.append(
            translate("ExportCalendar", "Organizations: {names}").format(
                names="; ".join(organizations)
            )
        )
    if projects:
        lines.append(
            translate("ExportCalendar", "Projects: {titles}").format(titles="; ".join(projects))
        )
    if event.notes.strip():
        lines += ["", event.notes.strip()]
    return "\n".join(lines)


def calendar_event(
    event: Event,
    stamp: datetime,
    office: str = "",
    organizations: Sequence[str] = (),
    projects: Sequence[str] = (),
) -> CalendarEvent:
    """The ``VEVENT`` of ``event``; ``stamp`` is the export time (DTSTAMP)."""
    entry = CalendarEvent()
    entry.add("uid", f"{event.id}@office-desk")
    entry.add("dtstamp", stamp)
    entry.add("dtstart", event.starts_on)
    entry.add("dtend", (event.ends_on or event.starts_on) + timedelta(days=1))
    # Bidi controls are left out of every text (office_desk.core.text_safety): a
    # calendar app would show a disguised title or place.
    entry.add("summary", export_text(event.title))
    location = ", ".join(
        p
        for p in (
            export_text(event.place).strip(),
            export_text(event.city).strip(),
            country_name(event.country),
        )
        if p
    )
    if location:
        entry.add("location", location)
    if event.latitude is not None and event.longitude is not None:
        entry.add("geo", (event.latitude, event.longitude))
    entry.add(
        "description", export_text(_description(event, office, list(organizations), list(projects)))
    )
    entry.add("categories", [export_text(label_of(EventKind, event.kind))])
    entry.add("created", event.created_at.astimezone(UTC))
    entry.add("last-modified", event.updated_at.astimezone(UTC))
    return entry


def export_calendar(
    store: Store,
    event_ids: Sequence[uuid.UUID] | None,
    path: Path,
    progress: Progress | None = None,
) -> int:
    """Save the events ``event_ids`` (in that order; ``None``: every event, in the events
    list's order) as an iCalendar file at ``path``; returns the number of events written.

    Ids of events that no longer exist are skipped. ``progress(done, total)`` is called
    now and then; if it raises, the export stops, the exception propagates and no file
    is left at ``path``.
    """
    wanted = list(event_ids) if event_ids is not None else ids(store, ListQuery("event"))
    total = len(wanted)
    if progress is not None:
        progress(0, total)
    with store.session() as session:
        offices = {o.id: o.name for o in session.exec(select(Office)).all()}
    stamp = datetime.now(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Office Desk events")
    # Written event by event between the calendar's opening and closing lines, so a
    # big calendar never sits whole in memory.
    opening = calendar.to_ical()
    closing = b"END:VCALENDAR\r\n"
    if not opening.endswith(closing):  # pragma: no cover - icalendar's own layout
        raise RuntimeError("unexpected iCalendar layout")
    written = 0
    with replaced_on_success(Path(path)) as target, open(target, "wb") as handle:
        handle.write(opening[: -len(closing)])
        for start in range(0, total, CHUNK):
            chunk = wanted[start : start + CHUNK]
            with store.session() as session:
                found = {
                    e.id: e
                    for e in session.exec(
                        select(Event).where(Event.id.in_(chunk))  # type: ignore[attr-defined]
                    ).all()
                }
            events = [found[i] for i in chunk if i in found]
            organizations, projects = _linked(store, [e.id for e in events])
            for event in events:
                office = offices.get(event.office_id, "") if event.office_id else ""
                handle.write(
                    calendar_event(
                        event,
                        stamp,
                        office,
                        organizations.get(event.id, []),
                        projects.get(event.id, []),
                    ).to_ical()
                )
            written += len(events)
            if progress is not None:
                progress(start + len(chunk), total)
        handle.write(closing)
    return written
