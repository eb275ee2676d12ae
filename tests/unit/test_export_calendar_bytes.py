"""The calendar export's own serializer against icalendar, byte for byte.

:func:`office_desk.core.export_calendar.event_text` writes each ``VEVENT`` as text and
:func:`~office_desk.core.export_calendar.export_calendar` reads the events with plain
SQL; the file must be exactly what icalendar wrote for the components
:func:`~office_desk.core.export_calendar.calendar_event` builds from the ORM's events
(the export's former way). Compared on hostile text (icalendar's own quirks included:
a literal ``\\N`` becomes a line break, a leading BOM is dropped, a fold never splits
an escape), on text Hypothesis makes up, and read back with icalendar.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from icalendar import Calendar
from icalendar.parser import _escape_char, _foldline
from sqlmodel import select

from office_desk.core import listing
from office_desk.core.export_calendar import (
    PRODID,
    _linked,
    calendar_event,
    event_text,
    export_calendar,
)
from office_desk.core.export_rows import ical_timestamp
from office_desk.core.ical_text import escape, fold
from office_desk.core.listing import ListQuery
from office_desk.core.models import (
    Event,
    EventOrganization,
    EventProject,
    Office,
    Organization,
    Project,
)
from office_desk.core.services import records
from office_desk.core.store.column_types import UTCDateTime
from office_desk.core.store.database import Store, open_store
from office_desk.core.text_safety import export_text
from office_desk.core.vocabulary import EventKind
from tests.unit.test_export_vcard_bytes import _MOMENTS, HOSTILE, TEXT
from tests.unit.user_text import profile_settings

STAMP = datetime(2026, 12, 3, 9, 15, 0, tzinfo=UTC)
KINDS = [k.value for k in EventKind] + ["", "no_such_kind"]


def _event(i: int, text: str) -> Event:
    other = HOSTILE[(i * 5 + 2) % len(HOSTILE)]
    return Event(
        title=text[:300] if text.strip() else f"T{i}",
        kind=KINDS[i % len(KINDS)],
        starts_on=date(2026, 5, 1 + i % 28),
        ends_on=date(2026, 6, 1) if i % 3 else None,
        place=text[:200],
        city=other[:120],
        country=("", "DE", "CN", "HU")[i % 4],
        latitude=(36.65 + i / 1000) if i % 2 else None,
        longitude=(117.12 - i / 7) if i % 2 else None,
        notes=other + text,
    )


def _former(
    event: Event, office: str = "", organizations=(), projects=(), stamp: datetime = STAMP
) -> str:
    return calendar_event(event, stamp, office, organizations, projects).to_ical().decode()


def test_event_text_is_icalendars_text() -> None:
    for i, text in enumerate(HOSTILE * 4):
        event = _event(i, text)
        names = [text, HOSTILE[i % 7]][: i % 3]
        office = HOSTILE[(i + 1) % len(HOSTILE)]
        assert event_text(event, STAMP, office, names, names[::-1]) == _former(
            event, office, names, names[::-1]
        )


def test_folding_never_splits_an_escape_or_a_character() -> None:
    for wide, at in itertools.product(("ü", "张", "😀", "\\", ",", ";", "^", "\n"), range(50, 160)):
        for tail in (2, 20):
            event = Event(title="n" * at + wide + "m" * tail, starts_on=date(2026, 1, 1))
            event.notes = event.title
            assert event_text(event, STAMP) == _former(event)


@profile_settings()
@given(
    st.builds(
        Event,
        title=TEXT,
        kind=st.sampled_from(KINDS),
        starts_on=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 1)),
        ends_on=st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 30)),
        place=TEXT,
        city=TEXT,
        country=st.sampled_from(["", "DE", "CN", "AT", "ZZ"]),
        latitude=st.none() | st.floats(),
        longitude=st.floats(),
        notes=TEXT,
        created_at=_MOMENTS,
        updated_at=_MOMENTS,
    ),
    TEXT,
    st.lists(TEXT, max_size=3),
    st.lists(TEXT, max_size=3),
    _MOMENTS,
)
def test_generated_events_byte_for_byte(
    event: Event, office: str, organizations: list[str], projects: list[str], stamp: datetime
) -> None:
    assert event_text(event, stamp, office, organizations, projects) == _former(
        event, office, organizations, projects, stamp
    )


@profile_settings()
@given(TEXT)
@example("x" * 73 + "\\,")
@example("x" * 72 + "\\\\n")
@example("\ufeff\ufeffx")
def test_escape_and_fold_are_icalendars(text: str) -> None:
    escaped = _escape_char(text)
    assert escape(text) == (escaped[1:] if escaped.startswith("\ufeff") else escaped)
    line = "DESCRIPTION:" + escape(text)
    assert fold(line) == _foldline(line)


@profile_settings()
@given(_MOMENTS)
def test_stored_timestamps_give_icalendars_text(moment: datetime) -> None:
    stored = UTCDateTime().process_bind_param(moment, None)
    assert stored is not None
    parsed = UTCDateTime().process_result_value(stored, None)
    assert parsed is not None
    event = Event(title="t", starts_on=date(2026, 1, 1), created_at=parsed, updated_at=parsed)
    assert f"CREATED:{ical_timestamp(stored)}\r\n" in _former(event)


# --------------------------------------------------------------------------- whole files


def _former_export(store: Store, stamp: datetime) -> bytes:
    """The file the export wrote before it had its own serializer."""
    calendar = Calendar()
    for name, value in (
        ("prodid", PRODID),
        ("version", "2.0"),
        ("calscale", "GREGORIAN"),
        ("method", "PUBLISH"),
        ("x-wr-calname", "Office Desk events"),
    ):
        calendar.add(name, value)
    out = [calendar.to_ical()[: -len(b"END:VCALENDAR\r\n")]]
    with store.session() as session:
        offices = {o.id: o.name for o in session.exec(select(Office)).all()}
        for key in listing.ids(store, ListQuery("event")):
            event = session.exec(select(Event).where(Event.id == key)).one()
            organizations, projects = _linked(store, [event.id])
            office = offices.get(event.office_id, "")  # type: ignore[arg-type]
            entry = calendar_event(
                event, stamp, office, organizations.get(key, []), projects.get(key, [])
            )
            out.append(entry.to_ical())
    return b"".join([*out, b"END:VCALENDAR\r\n"])


def _stamp(path: Path) -> datetime:
    found = re.search(rb"\r\nDTSTAMP:(\d{8}T\d{6})Z\r\n", path.read_bytes())
    assert found is not None
    return datetime.strptime(found.group(1).decode(), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)


def _hostile_store(path: Path) -> Store:
    store = open_store(path, create=True)
    texts = [t for t in HOSTILE if t.strip()]
    with store.write() as session:
        offices = [Office(name=t[:200].strip(), country="DE") for t in texts[:6]]
        organizations = [Organization(name=t[:200].strip()) for t in texts]
        projects = [Project(title=t[:200].strip()) for t in texts]
        session.add_all([*offices, *organizations, *projects])
        session.flush()
        for i, text in enumerate(HOSTILE * 6):
            event = _event(i, text)
            event.kind = KINDS[i % len(EventKind)]  # validation knows no other kind
            event.office_id = offices[i % len(offices)].id if i % 4 else None
            session.add(event)
            session.flush()
            for j in range(i % 4):
                organization = organizations[(i + j) % len(organizations)]
                session.add(EventOrganization(event_id=event.id, organization_id=organization.id))
            if i % 3:
                project = projects[i % len(projects)]
                session.add(EventProject(event_id=event.id, project_id=project.id))
    records.delete(store, Organization, [organizations[2].id])
    records.delete(store, Office, [offices[1].id])
    return store


def test_hostile_store_exports_what_icalendar_wrote(tmp_path: Path) -> None:
    path = tmp_path / "all.ics"
    with closing(_hostile_store(tmp_path / "hostile.sqlite")) as store:
        assert export_calendar(store, None, path) == len(HOSTILE) * 6
        expected = _former_export(store, _stamp(path))
    assert path.read_bytes() == expected


def test_rows_written_by_other_programs_export_as_before(tmp_path: Path) -> None:
    """Timestamps with other offsets, without one, or before the year 1000; a kind this
    version does not know (a newer file)."""
    with closing(open_store(tmp_path / "odd.sqlite", create=True)) as store:
        events = [
            records.add(store, Event(title=f"E{i}", starts_on=date(2026, 1, 1))) for i in range(4)
        ]
    stamps = [
        "2026-05-01T10:00:00+02:00",
        "2026-05-01 10:00:00",
        "0999-01-02T03:04:05.000006+00:00",
        "2026-12-31T23:59:59.999999-05:00",
    ]
    with closing(sqlite3.connect(tmp_path / "odd.sqlite")) as conn:
        for event, stamp in zip(events, stamps, strict=True):
            conn.execute(
                "UPDATE event SET created_at = ?, updated_at = ?, kind = ? WHERE id = ?",
                (stamp, stamp, "field_trip", event.id.hex),
            )
        conn.commit()
    path = tmp_path / "odd.ics"
    with closing(open_store(tmp_path / "odd.sqlite")) as store:
        assert export_calendar(store, None, path) == len(events)
        expected = _former_export(store, _stamp(path))
    assert path.read_bytes() == expected


def _read_back(text: str, first: bool = True) -> str:
    """What a reader gets back of a stored text: line breaks as "\\n", no bidi controls,
    icalendar's "\\N" as a line break; a BOM dropped where the value starts with it."""
    text = export_text(text).replace("\\N", "\n").replace("\r\n", "\n").replace("\r", "\n")
    return text.removeprefix("\ufeff") if first else text


def test_file_reads_back_to_the_stored_values(tmp_path: Path) -> None:
    path = tmp_path / "all.ics"
    with closing(_hostile_store(tmp_path / "hostile.sqlite")) as store:
        export_calendar(store, None, path)
        with store.session() as session:
            stored = {f"{e.id}@office-desk": e for e in session.exec(select(Event)).all()}
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert len(events) == len(stored)
    for entry in events:
        event = stored[str(entry["uid"])]
        assert str(entry["summary"]) == _read_back(event.title)
        assert entry["dtstart"].dt == event.starts_on
        assert str(entry["description"]).endswith(_read_back(event.notes.strip(), first=False))
        if event.latitude is not None:
            assert (entry["geo"].latitude, entry["geo"].longitude) == (
                event.latitude,
                event.longitude,
            )
        assert entry["last-modified"].dt == event.updated_at.replace(microsecond=0)
