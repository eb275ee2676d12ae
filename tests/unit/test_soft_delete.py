"""Deleting leaves a tombstone that hides the record everywhere, and can be undone."""

from __future__ import annotations

from sqlmodel import select

from office_desk.core import listing
from office_desk.core.checks import run_checks
from office_desk.core.finder import find
from office_desk.core.models import Contact, Organization, ProjectPartner, TagLink
from office_desk.core.services import records
from office_desk.core.store.database import Store


def _org(store: Store, name: str) -> Organization:
    (hit,) = [f for f in find(store, name) if f.kind == "organization" and f.title == name]
    return records.get(store, Organization, hit.id)


def test_deleted_record_is_hidden_everywhere_and_comes_back(sample_store: Store) -> None:
    org = _org(sample_store, "Chemnitz University of Technology")
    organizations = listing.ListQuery("organization")
    before = listing.count(sample_store, organizations)
    with sample_store.session() as s:
        partners = s.exec(select(ProjectPartner).where(ProjectPartner.organization_id == org.id))
        partners = list(partners)
    assert partners, "the sample links the university to the joint lab"

    effects = records.delete_effects(sample_store, Organization, org.id)
    assert effects.links_removed["project_partner"] == len(partners)
    assert f"{len(partners)} project partnership" in effects.describe()[0]
    records.delete(sample_store, Organization, [org.id])

    assert listing.count(sample_store, organizations) == before - 1
    assert org.id not in listing.ids(sample_store, organizations)
    assert all(f.id != org.id for f in find(sample_store, "Chemnitz"))
    with sample_store.session() as s:
        assert s.get(Organization, org.id) is None
        links = s.exec(select(ProjectPartner).where(ProjectPartner.organization_id == org.id))
        assert links.all() == []
        # The tombstones are still in the file, for sync and undo.
        hidden = s.exec(
            select(Organization)
            .where(Organization.id == org.id)
            .execution_options(include_deleted=True)
        ).one()
        assert hidden.deleted_at is not None
    assert run_checks(sample_store) == []

    records.restore(sample_store, Organization, [org.id])
    assert listing.count(sample_store, organizations) == before
    assert any(f.id == org.id for f in find(sample_store, "Chemnitz"))
    with sample_store.session() as s:
        back = s.exec(select(ProjectPartner).where(ProjectPartner.organization_id == org.id)).all()
    assert {p.id for p in back} == {p.id for p in partners}
    assert run_checks(sample_store) == []


def test_restore_does_not_revive_links_to_records_deleted_since(sample_store: Store) -> None:
    with sample_store.session() as s:
        link = s.exec(select(TagLink).where(TagLink.contact_id.is_not(None))).first()
    assert link is not None and link.contact_id is not None
    records.delete(sample_store, Contact, [link.contact_id])
    from office_desk.core.models import Tag

    records.delete(sample_store, Tag, [link.tag_id])
    records.restore(sample_store, Contact, [link.contact_id])
    with sample_store.session() as s:
        assert s.get(TagLink, link.id) is None  # its tag is still deleted
    assert run_checks(sample_store) == []
