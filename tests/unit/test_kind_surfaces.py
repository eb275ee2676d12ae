"""The surfaces of the core read the registry of kinds (core/kinds): lists, details,
the search index, the delete question, backup counts, packages, checks and the CLI.

A field declared for a surface appears there, one not declared does not, and every
place that lists the kinds lists all of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import col, select

from office_desk.core import kinds, listing
from office_desk.core.finder import find
from office_desk.core.kinds import Surface
from office_desk.core.models import Contact, Office, Organization, Project, TagLink
from office_desk.core.record_facts import facts, title_of
from office_desk.core.search import document
from office_desk.core.services import records
from office_desk.core.store.database import Store


@contextmanager
def counted_queries(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)


# --------------------------------------------------------------------------- lists


@pytest.mark.parametrize("name", kinds.NAMES)
def test_list_columns_are_the_fields_on_the_list(name: str) -> None:
    kind = kinds.get(name)
    columns = listing.COLUMNS[name]
    assert [c.field for c in columns] == list(kind.on(Surface.LIST))
    for column in columns:
        assert column.key == column.field.name
        assert column.header == column.english_header == column.field.label
        assert column.sort == column.field.sort
        assert column.money == (column.field.value == "money")


@pytest.mark.parametrize("name", kinds.NAMES)
def test_rows_show_every_list_field_and_sort_by_every_sortable_column(
    sample_store: Store, name: str
) -> None:
    kind = kinds.get(name)
    wanted = listing.ids(sample_store, listing.ListQuery(name))
    rows = listing.rows_for(sample_store, name, wanted)
    assert [r["id"] for r in rows] == [str(i) for i in wanted]
    assert set(rows[0]) == {"id", *(f.name for f in kind.on(Surface.LIST))}
    for f in kind.on(Surface.LIST):
        assert any(r[f.name] for r in rows), f"{name}.{f.name} is empty in every row"
    for column in listing.COLUMNS[name]:
        if column.sort is not None:
            query = listing.ListQuery(name, order_by=column.sort, descending=True)
            assert sorted(listing.ids(sample_store, query)) == sorted(wanted)


def test_rows_name_the_records_they_refer_to_in_a_few_queries(sample_store: Store) -> None:
    wanted = listing.ids(sample_store, listing.ListQuery("contact"))
    with counted_queries(sample_store) as statements:
        rows = listing.rows_for(sample_store, "contact", wanted)
    # The contacts, their organizations, their offices: one query each, however many.
    assert len(statements) == 3, statements
    by_id = {uuid.UUID(r["id"]): r for r in rows}
    contacts = records.get_many(sample_store, Contact, wanted)
    organizations = records.get_many(
        sample_store,
        Organization,
        {c.organization_id for c in contacts.values() if c.organization_id},
    )
    offices = records.get_many(
        sample_store, Office, {c.office_id for c in contacts.values() if c.office_id}
    )
    named = 0
    for contact in contacts.values():
        row = by_id[contact.id]
        assert row["name"] == title_of(contact)
        if contact.organization_id:
            assert row["organization_id"] == organizations[contact.organization_id].name
            named += 1
        if contact.office_id:
            assert row["office_id"] == offices[contact.office_id].name
    assert named > 5


def test_a_reference_to_a_deleted_record_reads_empty(empty_store: Store) -> None:
    office = Office(name="Twin", country="CN")
    records.add(empty_store, office)
    other = records.add(empty_store, Office(name="Home", country="DE", counterpart_id=office.id))
    (row,) = listing.rows_for(empty_store, "office", [other.id])
    assert row["counterpart_id"] == "Twin"
    records.delete(empty_store, Office, [office.id])
    (row,) = listing.rows_for(empty_store, "office", [other.id])
    assert row["counterpart_id"] == ""


def test_filters_are_the_kinds_own(sample_store: Store) -> None:
    (dresden,) = [
        f.id
        for f in find(sample_store, "Dresden-Jinan")
        if f.kind == "office" and f.title.startswith("Dresden")
    ]
    for kind in kinds.KINDS:
        everything = listing.ids(sample_store, listing.ListQuery(kind.name))
        mine = listing.ids(sample_store, listing.ListQuery(kind.name, office_id=dresden))
        if kind.name == "office":
            assert mine == [dresden]
        elif "office" in kind.filters:
            assert 0 < len(mine) < len(everything), kind.name
        german = listing.ids(sample_store, listing.ListQuery(kind.name, country="DE"))
        if "country" in kind.filters:
            assert 0 < len(german) < len(everything), kind.name
            assert "DE" in listing.countries_in_use(sample_store, kind.name)
        else:
            assert german == everything and listing.countries_in_use(sample_store, kind.name) == []


def test_the_office_filter_narrows_every_list_but_the_offices_own(sample_store: Store) -> None:
    """The lists of organizations, contacts, projects and events show an office filter
    (records of that office); on the office list the filter is the office itself."""
    with sample_store.session() as s:
        office_id = s.exec(
            select(Organization.office_id).where(col(Organization.office_id).is_not(None))
        ).first()
    assert office_id is not None
    for name in ("organization", "contact", "project", "event"):
        kind = kinds.get(name)
        mine = listing.ids(sample_store, listing.ListQuery(name, office_id=office_id))
        everything = listing.ids(sample_store, listing.ListQuery(name))
        found = records.get_many(sample_store, kind.model, everything)
        assert mine == [i for i in everything if found[i].office_id == office_id], name
    assert all("office" in kinds.get(n).filters for n in kinds.NAMES if n != "office")


# --------------------------------------------------------------------------- details


def _project() -> Project:
    return Project(
        title="Lab",
        title_native="实验室",
        kind="joint_lab",
        stage="signed",
        sector="optics",
        amount=Decimal("2500000"),
        currency="EUR",
        source_country="CN",
        destination="Dresden",
        jobs_created=40,
        jobs_estimated=True,
        signed_on=date(2024, 5, 6),
        latitude=51.05,
        longitude=13.74,
        description="A joint lab",
        status_reason="",
    )


def test_details_are_the_non_empty_fields_on_the_details_in_their_order() -> None:
    project = _project()
    kind = kinds.get("project")
    lines = facts(project)
    shown = [f for f in kind.on(Surface.DETAILS) if f.display(project)]
    assert [label for label, _ in lines] == [f.label for f in shown]
    assert dict(lines)["Jobs created"] == "40 (estimated)"
    assert dict(lines)["Investor from"] == "China"
    assert "Status note" not in dict(lines)  # empty: left out
    assert "Title" not in dict(lines)  # the title heads the panel; not a details line


# --------------------------------------------------------------------------- search


def test_the_search_document_holds_the_search_fields_only() -> None:
    project = _project()
    project.title_native = ""
    body = document(project).body
    for f in kinds.get("project").fields:
        words = [w for w in f.search_words(project) if w]
        if f.on(Surface.SEARCH):
            assert all(w in body for w in words), f.name
    assert "2500000" not in body and "Dresden" in body and "optics" in body
    assert document(project).title == "Lab"


def test_country_codes_find_offices_and_organizations_but_not_people(empty_store: Store) -> None:
    """As before the registry: an office's or organization's country code is in the
    index ("DE" finds them), a person's, project's or event's is not (only the name)."""
    office = Office(name="Alpha", country="DE")
    records.add_all(
        empty_store,
        [
            office,
            Organization(name="Beta", kind="company", country="DE"),
            Contact(given_name="Gamma", family_name="Omega", country="DE"),
            Project(title="Kappa", kind="joint_lab", stage="lead", source_country="DE"),
        ],
    )
    assert {f.title for f in find(empty_store, "DE")} == {"Alpha", "Beta"}
    assert {f.title for f in find(empty_store, "Germany")} == {
        "Alpha",
        "Beta",
        "Gamma Omega",
        "Kappa",
    }


# --------------------------------------------------------------------------- delete


@pytest.mark.parametrize("name", kinds.NAMES)
def test_the_delete_question_counts_each_link_table_and_reference(
    sample_store: Store, name: str
) -> None:
    kind = kinds.get(name)
    first = listing.ids(sample_store, listing.ListQuery(name))[0]
    effects = records.delete_effects(sample_store, kind.model, first)
    assert [link for link, _ in effects.links] == list(kind.links)
    assert [ref for ref, _ in effects.references] == list(kind.references)
    assert effects.describe() == effects.removed() + effects.left_pointing()


def test_the_delete_question_says_what_goes_and_what_is_left(sample_store: Store) -> None:
    with sample_store.session() as s:
        employer = s.exec(
            select(Contact.organization_id).where(Contact.organization_id.is_not(None))
        ).first()  # type: ignore[union-attr]
        people = s.exec(select(Contact).where(Contact.organization_id == employer)).all()
        tags = s.exec(select(TagLink).where(TagLink.organization_id == employer)).all()
    assert employer is not None and people
    effects = records.delete_effects(sample_store, Organization, employer)
    assert effects.references_cleared == {"contact.organization_id": len(people)}
    assert effects.links_removed["tag_link"] == len(tags)
    works = "contact works there" if len(people) == 1 else "contacts work there"
    assert effects.left_pointing() == [f"{len(people)} {works}"]
    assert all("work" not in line for line in effects.removed())


# --------------------------------------------------------------------------- kind lists


def test_every_list_of_kinds_lists_every_kind() -> None:
    import importlib

    from office_desk.cli import exchange_commands
    from office_desk.core.network_package import codec, merge, selection
    from office_desk.core.services.records import model_for
    from office_desk.core.store import backup

    main = importlib.import_module("office_desk.cli.main")  # the package exports main()
    names = list(kinds.NAMES)
    assert list(backup.KINDS) == names
    assert list(codec.TABLE_ORDER[: len(names)]) == names
    assert list(codec.KIND_TABLES) == names
    assert list(merge.RECORD_TABLES[: len(names)]) == names
    assert set(selection.TAG_COLUMNS) == set(names)
    assert set(selection.OFFICE_RECORDS) == set(names) - {"office"}
    assert set(main.LIST_KINDS) == set(kinds.BY_PLURAL)
    assert set(exchange_commands.EXPORT_KINDS) == set(kinds.BY_PLURAL)
    assert set(listing.COLUMNS) == set(names)
    for kind in kinds.KINDS:
        assert model_for(kind.name) is kind.model


def test_kinds_are_ordered_so_that_a_package_writes_what_rows_point_at_first() -> None:
    seen: set[str] = set()
    for kind in kinds.KINDS:
        seen.add(kind.name)
        for f in kind.fields:
            if f.value == "record":
                assert f.refers_to in seen, f"{kind.name}.{f.name} points at a later kind"


def test_imported_contacts_are_indexed_as_the_search_fields_say() -> None:
    """The import's bulk indexer writes the document search.document makes, with an
    academic title and a native name too (their order in the body follows the fields)."""
    from office_desk.core.import_contacts.bulk_index import Searchable, contact_document

    values: dict[str, Any] = {
        "given_name": "Wei",
        "family_name": "Zhang",
        "name_native": "张伟",
        "family_name_first": True,
        "title": "Dr.",
        "position": "Head of cooperation",
        "city": "Jinan",
        "country": "CN",
        "emails": ["wei@example.com"],
        "phones": ["+86 531 1"],
        "messaging": ["WeChat: zw"],
        "notes": "Met in Dresden",
    }
    assert contact_document(values, Searchable()) == document(Contact(**values))
