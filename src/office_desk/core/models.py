"""The data model: one SQLModel table per thing the user keeps.

Every row has a UUID primary key, UTC ``created_at``/``updated_at`` timestamps and a
``deleted_at`` tombstone (soft deletion), so that two copies of a database can later
be merged without id clashes or lost deletes. Queries made through
:mod:`office_desk.core.store.database` sessions hide tombstoned rows automatically.

Invariants that must hold whatever program writes the file (coordinates in range,
non-negative money, a contact with a name, a link pointing at exactly one record) are
CHECK constraints; the friendlier, field-by-field messages come from
:mod:`office_desk.core.validation`, which runs before every flush.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy
from sqlalchemy import CheckConstraint, Index, MetaData, text
from sqlalchemy.orm import object_session
from sqlmodel import Field, SQLModel

from .name_folding import has_cjk
from .store.column_types import DecimalText, StringList, UTCDateTime, utcnow

# Named constraints, so that Alembic batch migrations can find and alter them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


def _coordinate_checks() -> tuple[CheckConstraint, ...]:
    return (
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude"),
        CheckConstraint("longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude"),
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="lat_lon_pair"),
    )


class Record(SQLModel):
    """Columns every table shares (not a table itself)."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(
        default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=True
    )
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


class Office(Record, table=True):
    """A contact office of the network, abroad or at home (the counterpart)."""

    __tablename__ = "office"
    __table_args__ = (
        *_coordinate_checks(),
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint("length(country) = 2", name="country_code"),
        CheckConstraint("counterpart_id IS NULL OR counterpart_id <> id", name="not_own_twin"),
    )

    name: str = Field(max_length=200)
    name_native: str = Field(default="", max_length=200)
    city: str = Field(default="", max_length=120, index=True)
    country: str = Field(max_length=2, index=True, description="ISO 3166-1 alpha-2")
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    established_on: date | None = None
    status: str = Field(default="active", max_length=20)
    counterpart_id: uuid.UUID | None = Field(
        default=None, foreign_key="office.id", ondelete="SET NULL"
    )
    phone: str = ""
    email: str = ""
    website: str = ""
    focus_areas: list[str] = Field(default_factory=list, sa_type=StringList)
    notes: str = ""


class Organization(Record, table=True):
    """A company, university, institute, government body, association or cultural body."""

    __tablename__ = "organization"
    __table_args__ = (
        *_coordinate_checks(),
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint("country = '' OR length(country) = 2", name="country_code"),
    )

    name: str = Field(max_length=200, index=True)
    name_native: str = Field(default="", max_length=200)
    kind: str = Field(default="company", max_length=30)
    sector: str = Field(default="", max_length=120)
    country: str = Field(default="", max_length=2)
    city: str = Field(default="", max_length=120, index=True)
    latitude: float | None = None
    longitude: float | None = None
    website: str = ""
    notes: str = ""
    office_id: uuid.UUID | None = Field(
        default=None,
        foreign_key="office.id",
        index=True,
        ondelete="SET NULL",
        description="The office that looks after this relationship, if any.",
    )


#: The longest academic title a contact may have ("Prof. Dr.-Ing. habil. Dr. h.c. mult.").
TITLE_MAX_LENGTH = 40


def person_name(given: str, family: str, native: str, family_first: bool, title: str = "") -> str:
    """A person's name as lists, details, pickers and reports show it.

    The Latin name in the person's own order, with the native form after it in
    brackets ("Zhang Wei (张伟)"). An academic title in Latin script goes before the
    Latin name, as on a letter ("Dr. Jürgen Müller", "Dr. Zhang Wei (张伟)"). It is never
    written into a name in its own script: with no Latin name, or a title in CJK script
    (教授), the title goes in the brackets after the name ("张伟 (Dr.)",
    "Zhang Wei (张伟, 教授)"), where it reads as an addition, not as part of the name.
    """
    parts = [given.strip(), family.strip()]
    if family_first:
        parts.reverse()
    latin = " ".join(p for p in parts if p)
    native = native.strip()
    title = " ".join(title.split())
    if not (latin or native):
        return ""
    if title and latin and not has_cjk(title):
        latin, title = f"{title} {latin}", ""
    if not latin:
        latin, native = native, ""
    after = ", ".join(p for p in (native, title) if p)
    return f"{latin} ({after})" if after else latin


class Contact(Record, table=True):
    """A person the network knows."""

    __tablename__ = "contact"
    __table_args__ = (
        CheckConstraint(
            "length(trim(given_name)) + length(trim(family_name)) + length(trim(name_native)) > 0",
            name="name_present",
        ),
        CheckConstraint("country = '' OR length(country) = 2", name="country_code"),
    )

    title: str = Field(
        default="",
        max_length=TITLE_MAX_LENGTH,
        sa_column_kwargs={"server_default": ""},
        description='An academic title written before the name: "Dr.", "Prof. Dr.", '
        '"Dipl.-Ing." (not Herr/Frau, not the job title).',
    )
    given_name: str = Field(default="", max_length=120)
    family_name: str = Field(default="", max_length=120, index=True)
    name_native: str = Field(
        default="", max_length=120, description="The name in its own script, e.g. 张伟"
    )
    family_name_first: bool = Field(
        default=False, description="Write the family name first (Chinese, Hungarian...)."
    )
    position: str = Field(default="", max_length=200)
    organization_id: uuid.UUID | None = Field(
        default=None, foreign_key="organization.id", index=True, ondelete="SET NULL"
    )
    office_id: uuid.UUID | None = Field(
        default=None, foreign_key="office.id", index=True, ondelete="SET NULL"
    )
    city: str = Field(default="", max_length=120, index=True)
    country: str = Field(default="", max_length=2)
    emails: list[str] = Field(default_factory=list, sa_type=StringList)
    phones: list[str] = Field(default_factory=list, sa_type=StringList)
    messaging: list[str] = Field(
        default_factory=list, sa_type=StringList, description='e.g. "WeChat: zhangwei_jn"'
    )
    languages: list[str] = Field(default_factory=list, sa_type=StringList)
    last_contacted_on: date | None = None
    legal_basis: str = Field(default="unknown", max_length=30)
    legal_basis_note: str = ""
    notes: str = ""
    erased_at: datetime | None = Field(
        default=None,
        sa_type=UTCDateTime,
        nullable=True,
        description="Set when every personal field was removed for good (person erase).",
    )

    @property
    def display_name(self) -> str:
        """The name as people read it: "Dr. Jürgen Müller", "Zhang Wei (张伟)", "张伟 (Dr.)"
        (see :func:`person_name`)."""
        return person_name(
            self.given_name, self.family_name, self.name_native, self.family_name_first, self.title
        )


class Project(Record, table=True):
    """A cooperation the network facilitated: an R&D centre, a joint lab, an investment..."""

    __tablename__ = "project"
    __table_args__ = (
        *_coordinate_checks(),
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        CheckConstraint("amount IS NULL OR CAST(amount AS REAL) >= 0", name="amount_not_negative"),
        CheckConstraint(
            "amount IS NULL OR (currency IS NOT NULL AND length(currency) = 3)",
            name="amount_has_currency",
        ),
        CheckConstraint("jobs_created IS NULL OR jobs_created >= 0", name="jobs_not_negative"),
        CheckConstraint(
            "start_on IS NULL OR end_on IS NULL OR end_on >= start_on", name="end_after_start"
        ),
    )

    title: str = Field(max_length=300, index=True)
    title_native: str = Field(default="", max_length=300)
    kind: str = Field(default="other", max_length=30)
    sector: str = Field(default="", max_length=120)
    stage: str = Field(default="lead", max_length=20, index=True)
    office_id: uuid.UUID | None = Field(
        default=None, foreign_key="office.id", index=True, ondelete="SET NULL"
    )
    amount: Decimal | None = Field(default=None, sa_type=DecimalText)
    currency: str | None = Field(default=None, max_length=3)
    source_country: str = Field(default="", max_length=2)
    destination: str = Field(default="", max_length=200, description="City or zone")
    latitude: float | None = None
    longitude: float | None = None
    jobs_created: int | None = None
    jobs_estimated: bool = False
    announced_on: date | None = None
    signed_on: date | None = None
    start_on: date | None = None
    end_on: date | None = None
    status_reason: str = Field(default="", description="Why it was dropped or put on hold")
    funding_programme: str = Field(
        default="",
        max_length=200,
        sa_column_kwargs={"server_default": ""},
        description='The public programme that funds it, e.g. "Horizon Europe", "ZIM"',
    )
    description: str = ""


class ProjectPartner(Record, table=True):
    """An organization taking part in a project, with its role."""

    __tablename__ = "project_partner"
    __table_args__ = (
        Index(
            "uq_project_partner_live",
            "project_id",
            "organization_id",
            "role",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    project_id: uuid.UUID = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    organization_id: uuid.UUID = Field(
        foreign_key="organization.id", index=True, ondelete="CASCADE"
    )
    role: str = Field(default="other", max_length=20)


class ProjectContact(Record, table=True):
    """A person involved in a project."""

    __tablename__ = "project_contact"
    __table_args__ = (
        Index(
            "uq_project_contact_live",
            "project_id",
            "contact_id",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    project_id: uuid.UUID = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    contact_id: uuid.UUID = Field(foreign_key="contact.id", index=True, ondelete="CASCADE")
    role: str = Field(default="", max_length=120)


class Event(Record, table=True):
    """Something that happened or will: a meeting, visit, delegation, conference..."""

    __tablename__ = "event"
    __table_args__ = (
        *_coordinate_checks(),
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="end_after_start"),
        CheckConstraint("country = '' OR length(country) = 2", name="country_code"),
    )

    title: str = Field(max_length=300)
    kind: str = Field(default="meeting", max_length=30)
    starts_on: date = Field(index=True)
    ends_on: date | None = None
    place: str = Field(default="", max_length=200)
    city: str = Field(default="", max_length=120)
    country: str = Field(default="", max_length=2)
    latitude: float | None = None
    longitude: float | None = None
    office_id: uuid.UUID | None = Field(
        default=None, foreign_key="office.id", index=True, ondelete="SET NULL"
    )
    notes: str = ""


class EventOrganization(Record, table=True):
    __tablename__ = "event_organization"
    __table_args__ = (
        Index(
            "uq_event_organization_live",
            "event_id",
            "organization_id",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    event_id: uuid.UUID = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    organization_id: uuid.UUID = Field(
        foreign_key="organization.id", index=True, ondelete="CASCADE"
    )


class EventContact(Record, table=True):
    __tablename__ = "event_contact"
    __table_args__ = (
        Index(
            "uq_event_contact_live",
            "event_id",
            "contact_id",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    event_id: uuid.UUID = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    contact_id: uuid.UUID = Field(foreign_key="contact.id", index=True, ondelete="CASCADE")


class EventProject(Record, table=True):
    __tablename__ = "event_project"
    __table_args__ = (
        Index(
            "uq_event_project_live",
            "event_id",
            "project_id",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    event_id: uuid.UUID = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    project_id: uuid.UUID = Field(foreign_key="project.id", index=True, ondelete="CASCADE")


class Tag(Record, table=True):
    __tablename__ = "tag"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        Index(
            "uq_tag_name_live",
            text("lower(name)"),
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    name: str = Field(max_length=80)
    color: str = Field(default="", max_length=9, description="#RRGGBB, or empty")


class TagLink(Record, table=True):
    """A tag on exactly one record of one of the taggable kinds."""

    __tablename__ = "tag_link"
    __table_args__ = (
        CheckConstraint(
            "(office_id IS NOT NULL) + (organization_id IS NOT NULL) + (contact_id IS NOT NULL)"
            " + (project_id IS NOT NULL) + (event_id IS NOT NULL) = 1",
            name="exactly_one_target",
        ),
    )

    tag_id: uuid.UUID = Field(foreign_key="tag.id", index=True, ondelete="CASCADE")
    office_id: uuid.UUID | None = Field(
        default=None, foreign_key="office.id", index=True, ondelete="CASCADE"
    )
    organization_id: uuid.UUID | None = Field(
        default=None, foreign_key="organization.id", index=True, ondelete="CASCADE"
    )
    contact_id: uuid.UUID | None = Field(
        default=None, foreign_key="contact.id", index=True, ondelete="CASCADE"
    )
    project_id: uuid.UUID | None = Field(
        default=None, foreign_key="project.id", index=True, ondelete="CASCADE"
    )
    event_id: uuid.UUID | None = Field(
        default=None, foreign_key="event.id", index=True, ondelete="CASCADE"
    )


class ExchangeRate(Record, table=True):
    """1 ``base`` = ``rate`` ``quote`` on ``on`` (e.g. 1 EUR = 7.8 CNY on 2022-06-22)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (
        CheckConstraint("CAST(rate AS REAL) > 0", name="rate_positive"),
        CheckConstraint("base <> quote", name="distinct_currencies"),
        Index(
            "uq_exchange_rate_live",
            "on",
            "base",
            "quote",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    on: date = Field(index=True)
    base: str = Field(max_length=3)
    quote: str = Field(max_length=3)
    rate: Decimal = Field(sa_type=DecimalText)
    source: str = Field(default="", max_length=200)


ALL_TABLES: tuple[type[Record], ...] = (
    Office,
    Organization,
    Contact,
    Project,
    ProjectPartner,
    ProjectContact,
    Event,
    EventOrganization,
    EventContact,
    EventProject,
    Tag,
    TagLink,
    ExchangeRate,
)


# --------------------------------------------------------------------------- stamps

#: How far ahead of this computer's clock a stamp may be and still be believed (clocks
#: differ a little between offices). A package row stamped later is refused; a stamp
#: already stored that is later does not hold back a local edit (see below).
STAMP_TOLERANCE = timedelta(days=1)
_TICK = timedelta(microseconds=1)


@sqlalchemy.event.listens_for(Record, "before_update", propagate=True)
def _stamp_after_what_it_replaces(_mapper: Any, connection: Any, target: Record) -> None:
    """A local edit is stamped after the newest stamp it replaces, never before it.

    The session stamps an edit with the clock (``database._validate_and_stamp``). If the
    record's stamp is later than that (it came in a package from an office whose clock
    is ahead), the edit would carry an older stamp than the version it replaces, and
    lose to that version in every later merge. So it is stamped a microsecond after
    it. A stored stamp more than :data:`STAMP_TOLERANCE` ahead is not believed (no
    package with it is accepted any more): the edit keeps the clock's stamp.
    Sessions that keep the timestamps they are given (a merge) are left alone.
    """
    session = object_session(target)
    if session is not None and session.info.get("keep_timestamps", False):
        return
    history = sqlalchemy.inspect(target).attrs.updated_at.history
    if not history.added:
        return  # not stamped in this flush (no change, or kept as given)
    if history.deleted:
        before = history.deleted[0]
    else:
        table = type(target).__table__  # type: ignore[attr-defined]
        before = connection.execute(
            sqlalchemy.select(table.c.updated_at).where(table.c.id == target.id)
        ).scalar()
    stamp = target.updated_at
    if before is None or stamp is None or stamp > before:
        return
    if before > utcnow() + STAMP_TOLERANCE:
        return
    target.updated_at = before + _TICK
