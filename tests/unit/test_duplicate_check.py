"""A new contact that seems to be someone already kept is found across spellings,
scripts, e-mail addresses and messaging handles; a different person is not."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from office_desk.core.models import Contact, Organization
from office_desk.core.services import records
from office_desk.core.services.duplicate_check import similar_contacts
from office_desk.core.store.database import Store


def _contact(store: Store, family: str) -> Contact:
    with store.session() as session:
        return session.exec(select(Contact).where(Contact.family_name == family)).one()


def _titles(store: Store, fields: dict[str, Any]) -> list[str]:
    return [d.title for d in similar_contacts(store, fields)]


@pytest.mark.parametrize(
    "fields",
    [
        {"name_native": "张伟"},
        {"given_name": "Wei", "family_name": "Zhang"},
        {"given_name": "Zhang", "family_name": "Wei", "family_name_first": True},
        {"given_name": "WEI", "family_name": "zhang", "name_native": "张伟"},
    ],
)
def test_zhang_wei_in_any_script_and_order(sample_store: Store, fields: dict[str, Any]) -> None:
    # The sample's 张伟 (Wei Zhang) works for an office, without an organization.
    assert _titles(sample_store, fields) == ["Zhang Wei (张伟)"]


def test_mueller_is_mueller_in_the_same_organization_only(sample_store: Store) -> None:
    mueller = _contact(sample_store, "Müller")
    assert mueller.organization_id is not None
    found = similar_contacts(
        sample_store,
        {
            "given_name": "Juergen",
            "family_name": "Mueller",
            "organization_id": mueller.organization_id,
        },
    )
    assert [d.id for d in found] == [mueller.id]
    organization = records.get(sample_store, Organization, mueller.organization_id)
    assert found[0].organization == organization.name
    # The same name elsewhere is a namesake, not a duplicate.
    assert similar_contacts(sample_store, {"given_name": "Jürgen", "family_name": "Müller"}) == []


def test_same_email_or_messaging_handle_whatever_the_name(sample_store: Store) -> None:
    zhang = _contact(sample_store, "Zhang")
    address = zhang.emails[0]
    (handle,) = zhang.messaging
    by_email = similar_contacts(
        sample_store, {"given_name": "Someone", "emails": [address.upper()]}
    )
    assert [d.id for d in by_email] == [zhang.id]
    assert address in " ".join(by_email[0].reasons)
    service, _, name = handle.partition(":")
    by_handle = similar_contacts(
        sample_store, {"given_name": "Someone", "messaging": [f"{service.lower()}:{name.upper()}"]}
    )
    assert [d.id for d in by_handle] == [zhang.id]
    other_service = similar_contacts(
        sample_store, {"given_name": "Someone", "messaging": [f"Telegram: {name}"]}
    )
    assert other_service == []


def test_nobody_and_the_record_itself(sample_store: Store) -> None:
    assert similar_contacts(sample_store, {"given_name": "Nobody", "family_name": "Known"}) == []
    zhang = _contact(sample_store, "Zhang")
    assert (
        similar_contacts(
            sample_store, {"given_name": "Wei", "family_name": "Zhang"}, exclude=zhang.id
        )
        == []
    )


def test_deleted_contacts_are_not_duplicates(sample_store: Store) -> None:
    zhang = _contact(sample_store, "Zhang")
    records.delete(sample_store, Contact, [zhang.id])
    assert similar_contacts(sample_store, {"name_native": "张伟"}) == []
