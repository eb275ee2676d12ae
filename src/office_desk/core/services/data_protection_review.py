"""The data-protection review: the contacts whose data should be looked at again.

Two reasons (either, or both): the legal basis for keeping the person's data is not
recorded (``legal_basis`` is ``"unknown"``), or nobody has been in touch for longer than
the review period (``last_contacted_on`` older than ``years`` years, or never recorded
while the contact was added more than ``years`` years ago). Each is then kept with a
basis, or erased. Live contacts only: a deleted contact is erased from the list of
deleted ones, or with ``office-desk person erase``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import or_
from sqlmodel import col, select

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_count
from ..models import Contact, Office
from ..store.database import Store
from ..vocabulary import LegalBasis

#: The review period people are asked about first (years without contact).
DEFAULT_YEARS = 3


@dataclass(frozen=True)
class ReviewItem:
    contact_id: uuid.UUID
    name: str
    office: str
    legal_basis: str  # the stored value ("unknown", "consent"...)
    last_contacted_on: date | None
    created_at: datetime
    #: Why the contact is on the list, one translated sentence each.
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def years_before(day: date, years: int) -> date:
    """The same day ``years`` years earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def review_list(
    store: Store, *, years: int = DEFAULT_YEARS, today: date | None = None
) -> list[ReviewItem]:
    """The live contacts to review, by name; see the module's description. ``years``
    must be at least 1."""
    if years < 1:
        raise ValueError(translate("PersonalData", "The review period is at least one year"))
    today = today or date.today()
    cutoff = years_before(today, years)
    added_before = datetime.combine(cutoff, time.min, tzinfo=UTC)
    unknown = LegalBasis.UNKNOWN.value
    with store.session() as session:
        contacts = session.exec(
            select(Contact)
            .where(
                or_(
                    col(Contact.legal_basis) == unknown,
                    col(Contact.last_contacted_on) < cutoff,
                    col(Contact.last_contacted_on).is_(None),
                )
            )
            .order_by(col(Contact.family_name), col(Contact.given_name), col(Contact.id))
        ).all()
        offices = {o.id: o.name for o in session.exec(select(Office)).all()}
    items = []
    for contact in contacts:
        reasons = []
        if contact.legal_basis == unknown:
            reasons.append(translate("PersonalData", "No legal basis recorded"))
        if contact.last_contacted_on is not None and contact.last_contacted_on < cutoff:
            reasons.append(
                translate_count(
                    "PersonalData",
                    QT_TRANSLATE_NOOP(
                        "PersonalData", "Not contacted for more than {count} year (last: {day})"
                    ),
                    QT_TRANSLATE_NOOP(
                        "PersonalData", "Not contacted for more than {count} years (last: {day})"
                    ),
                    years,
                    day=contact.last_contacted_on.isoformat(),
                )
            )
        elif contact.last_contacted_on is None and contact.created_at < added_before:
            reasons.append(
                translate_count(
                    "PersonalData",
                    QT_TRANSLATE_NOOP(
                        "PersonalData", "Never contacted, added more than {count} year ago ({day})"
                    ),
                    QT_TRANSLATE_NOOP(
                        "PersonalData", "Never contacted, added more than {count} years ago ({day})"
                    ),
                    years,
                    day=contact.created_at.date().isoformat(),
                )
            )
        if reasons:
            items.append(
                ReviewItem(
                    contact.id,
                    contact.display_name,
                    offices.get(contact.office_id, "") if contact.office_id else "",
                    contact.legal_basis,
                    contact.last_contacted_on,
                    contact.created_at,
                    tuple(reasons),
                )
            )
    return items
