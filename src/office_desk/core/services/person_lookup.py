"""Finding the person a people's-rights request is about, and saying clearly when not.

An id is a contact's UUID, typed with or without dashes. Tombstoned (deleted) and
erased contacts are found too: a deleted contact's row is still kept, and the person
has the right to know that and to have it erased.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import Session, select

from .. import kinds
from ..i18n import translate
from ..models import Contact


class PersonalDataError(ValueError):
    """A people's-rights request that cannot be carried out; ``str()`` is one line for
    the user, and nothing was changed."""


class NotAnId(PersonalDataError):
    pass


class UnknownPerson(PersonalDataError):
    pass


class NotAPerson(PersonalDataError):
    pass


class AlreadyErased(PersonalDataError):
    pass


def parse_person_id(text: str | uuid.UUID) -> uuid.UUID:
    """The UUID in ``text`` (with or without dashes, any case, spaces around ignored)."""
    if isinstance(text, uuid.UUID):
        return text
    cleaned = text.strip()
    try:
        if len(cleaned.replace("-", "")) != 32:
            raise ValueError(cleaned)
        return uuid.UUID(cleaned)
    except ValueError:
        raise NotAnId(
            translate(
                "PersonalData",
                "{text} is not a contact id (a UUID such as "
                "6613c1e0-5885-52a8-81e0-815808a6b507, with or without dashes)",
            ).format(text=repr(cleaned[:80]))
        ) from None


def load_contact(session: Session, contact_id: uuid.UUID) -> Contact:
    """The contact ``contact_id`` (deleted and erased ones too); :class:`UnknownPerson`
    when there is none, :class:`NotAPerson` when the id is another kind's record."""
    contact = session.exec(
        select(Contact).where(Contact.id == contact_id).execution_options(include_deleted=True)
    ).first()
    if contact is not None:
        return contact
    for kind in kinds.KINDS:
        model: Any = kind.model
        if model is Contact:
            continue
        found = session.exec(
            select(model.id).where(model.id == contact_id).execution_options(include_deleted=True)
        ).first()
        if found is not None:
            raise NotAPerson(
                translate(
                    "PersonalData", "{id} is not a person but a record of another kind ({kind})"
                ).format(id=contact_id, kind=kind.phrases("noun"))
            )
    raise UnknownPerson(
        translate("PersonalData", "No contact with the id {id} in this database").format(
            id=contact_id
        )
    )
