"""Save events as an iCalendar file (.ics) that Outlook, Google Calendar and macOS open.

One ``VEVENT`` per event, all-day (events are kept by day): ``DTSTART;VALUE=DATE`` is
the first day and ``DTEND`` the day after the last (RFC 5545's end is exclusive), so a
conference from 3 to 5 May shows on three days. ``SUMMARY`` is the title,
``LOCATION`` place, city and country, ``CATEGORIES`` the kind, ``DESCRIPTION`` the kind,
the office, the organizations and projects linked to the event, then the notes;
``GEO`` where the event has coordinates. ``UID`` is ``<id>@office-desk``, stable across
exports, so importing a newer file updates the events instead of doubling them.

The calendar's opening lines are icalendar's own; each event is written as text by
:func:`event_text` (:mod:`.ical_text`), byte for byte what icalendar writes for the
``VEVENT`` :func:`calendar_event` builds (the tests compare the two on hostile and
generated text). The events are read with plain SQL rows a chunk at a time, the office
names once per export, the linked names with two queries per chunk.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar
from icalendar import Event as CalendarEvent
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Connection
from sqlmodel import col, select

from .countries import country_name
from .export_lists import Progress
from .export_rows import ical_timestamp, ical_utc, id_text, live_names, raw, table_of
from .file_replace import replaced_on_success
from .i18n import translate
from .ical_text import escape, fold_lines
from .listing import ListQuery, id_keys
from .models import Event, EventOrganization, EventProject, Office, Organization, Project
from .store.database import Store
from .text_safety import export_text
from .vocabulary import EventKind, label_of

PRODID = "-//Office Desk//office-desk//EN"
CHUNK = 1000


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


class _Words:
    """What every event of one export shares: the description's lines in the current
    language, the kinds' labels and the country names, each worked out once."""

    def __init__(self) -> None:
        self.kind = translate("ExportCalendar", "Kind: {kind}")
        self.office = translate("ExportCalendar", "Office: {office}")
        self.organizations = translate("ExportCalendar", "Organizations: {names}")
        self.projects = translate("ExportCalendar", "Projects: {titles}")
        self._labels: dict[str, str] = {}
        self._countries: dict[str, str] = {}

    def label(self, kind: str) -> str:
        label = self._labels.get(kind)
        if label is None:
            label = self._labels[kind] = label_of(EventKind, kind)
        return label

    def country(self, code: str) -> str:
        name = self._countries.get(code)
        if name is None:
            name = self._countries[code] = country_name(code)
        return name

    def description(
        self, kind: str, notes: str, office: str, organizations: list[str], projects: list[str]
    ) -> str:
        """The ``DESCRIPTION``, as :func:`_description` writes it."""
        lines = [self.kind.format(kind=self.label(kind))]
        if office:
            lines.append(self.office.format(office=office))
        if organizations:
            lines.append(self.organizations.format(names="; ".join(organizations)))
        if projects:
            lines.append(self.projects.format(titles="; ".join(projects)))
        if notes.strip():
            lines += ["", notes.strip()]
        return "\n".join(lines)


#: The columns :func:`_event` reads (after the id, created and updated), in its order.
_COLUMNS = (
    "title",
    "kind",
    "starts_on",
    "ends_on",
    "place",
    "city",
    "country",
    "latitude",
    "longitude",
    "notes",
)


def event_text(
    event: Event,
    stamp: datetime,
    office: str = "",
    organizations: Sequence[str] = (),
    projects: Sequence[str] = (),
) -> str:
    """The ``VEVENT`` of ``event`` as text: ``calendar_event(event, stamp, office,
    organizations, projects).to_ical()`` (decoded), written directly (``stamp``: an aware
    ``datetime``)."""
    return _event(
        _Words(),
        str(event.id),
        ical_utc(stamp.astimezone(UTC)),
        ical_utc(event.created_at.astimezone(UTC)),
        ical_utc(event.updated_at.astimezone(UTC)),
        tuple(getattr(event, name) for name in _COLUMNS),
        office,
        list(organizations),
        list(projects),
    )


def _event(
    words: _Words,
    uid: str,
    stamp: str,
    created: str,
    modified: str,
    values: tuple[Any, ...],
    office: str,
    organizations: list[str],
    projects: list[str],
) -> str:
    """One event's text (see :func:`event_text`); ``values`` in :data:`_COLUMNS` order.

    icalendar's order: ``SUMMARY``, ``DTSTART``, ``DTEND``, ``DTSTAMP`` and ``UID``
    first, then the other properties sorted by name."""
    title, kind, starts_on, ends_on, place, city, country, latitude, longitude, notes = values
    end = (ends_on or starts_on) + timedelta(days=1)
    label = words.label(kind)
    lines = [
        "BEGIN:VEVENT",
        "SUMMARY:" + escape(export_text(title)),
        f"DTSTART;VALUE=DATE:{starts_on.year:04}{starts_on.month:02}{starts_on.day:02}",
        f"DTEND;VALUE=DATE:{end.year:04}{end.month:02}{end.day:02}",
        "DTSTAMP:" + stamp,
        "UID:" + escape(f"{uid}@office-desk"),
        "CATEGORIES:" + escape(export_text(label)),
        "CREATED:" + created,
        "DESCRIPTION:"
        + escape(export_text(words.description(kind, notes, office, organizations, projects))),
    ]
    if latitude is not None and longitude is not None:
        lines.append(f"GEO:{float(latitude)};{float(longitude)}")
    lines.append("LAST-MODIFIED:" + modified)
    location = ", ".join(
        p
        for p in (export_text(place).strip(), export_text(city).strip(), words.country(country))
        if p
    )
    if location:
        lines.append("LOCATION:" + escape(location))
    lines.append("END:VEVENT")
    return fold_lines(lines)


def _linked_names(
    conn: Connection, keys: list[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """:func:`_linked` by hex ids, with plain SQL (tombstones filtered explicitly)."""
    found: tuple[dict[str, list[str]], dict[str, list[str]]] = (
        defaultdict(list),
        defaultdict(list),
    )
    for names, link, target, link_column, name in (
        (found[0], EventOrganization, Organization, "organization_id", "name"),
        (found[1], EventProject, Project, "project_id", "title"),
    ):
        links, targets = table_of(link).c, table_of(target).c
        statement = (
            sa_select(raw(links.event_id), targets[name])
            .join_from(table_of(link), table_of(target), targets.id == links[link_column])
            .where(
                raw(links.event_id).in_(keys),
                links.deleted_at.is_(None),
                targets.deleted_at.is_(None),
            )
            .order_by(targets[name])
        )
        for key, text in conn.execute(statement):
            names[key].append(text)
    return found


def _events(
    store: Store, keys: list[str], stamp: datetime, words: _Words
) -> Iterator[tuple[bytes, int, int]]:
    """The ``VEVENT``s of the live events among ``keys`` (hex ids), in that order, a
    chunk at a time: (UTF-8 text, events in it, ids covered)."""
    table = Event.__table__  # type: ignore[attr-defined]
    c = table.c
    columns = [
        raw(c.id),
        raw(c.created_at),
        raw(c.updated_at),
        raw(c.office_id),
        *[c[name] for name in _COLUMNS],
    ]
    stamp_text = ical_utc(stamp)
    with store.engine.connect() as conn:
        offices = live_names(conn, Office)
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            statement = sa_select(*columns).where(raw(c.id).in_(chunk), c.deleted_at.is_(None))
            found = {r[0]: r for r in conn.execute(statement)}
            organizations, projects = _linked_names(conn, list(found))
            texts = [
                _event(
                    words,
                    id_text(r[0]),
                    stamp_text,
                    ical_timestamp(r[1]),
                    ical_timestamp(r[2]),
                    r[4:],
                    offices.get(r[3], "") if r[3] else "",
                    organizations.get(r[0], []),
                    projects.get(r[0], []),
                )
                for r in (found.get(k) for k in chunk)
                if r is not None
            ]
            yield "".join(texts).encode("utf-8"), len(texts), len(chunk)


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
    keys = (
        [i.hex for i in event_ids] if event_ids is not None else id_keys(store, ListQuery("event"))
    )
    total = len(keys)
    if progress is not None:
        progress(0, total)
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
    written = done = 0
    with replaced_on_success(Path(path)) as target, open(target, "wb") as handle:
        handle.write(opening[: -len(closing)])
        for text, events, covered in _events(store, keys, stamp, _Words()):
            handle.write(text)
            written += events
            done += covered
            if progress is not None:
                progress(done, total)
        handle.write(closing)
    return written
