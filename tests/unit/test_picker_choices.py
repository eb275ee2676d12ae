"""What a picker lists: each record with what tells it apart from its namesakes."""

from __future__ import annotations

from office_desk.core.locale_format import format_date
from office_desk.core.models import Contact, Office, Organization
from office_desk.core.services import records, relations
from office_desk.core.services.relations import picker_matches, picker_search_key
from office_desk.core.store.database import Store


def _wang_fangs(store: Store) -> tuple[Contact, Contact]:
    """Two people called Wang Fang (王芳), as a real network has them."""
    haier = records.add(store, Organization(name="Haier Europe", city="Bad Homburg", country="DE"))
    sdu = records.add(store, Organization(name="Shandong University", city="Jinan", country="CN"))
    office = records.add(store, Office(name="Dresden-Jinan Desk", city="Dresden", country="DE"))
    first = records.add(
        store,
        Contact(
            given_name="Fang",
            family_name="Wang",
            name_native="王芳",
            family_name_first=True,
            organization_id=haier.id,
            office_id=office.id,
            emails=["wang.fang@haier.example"],
        ),
    )
    second = records.add(
        store,
        Contact(
            given_name="Fang",
            family_name="Wang",
            name_native="王芳",
            family_name_first=True,
            organization_id=sdu.id,
            emails=["fwang@sdu.example"],
        ),
    )
    return first, second


def test_namesakes_are_told_apart_by_organization_office_and_email(empty_store: Store) -> None:
    first, second = _wang_fangs(empty_store)
    choices = {c.id: c for c in relations.choices(empty_store, "contact")}
    assert choices[first.id].name == choices[second.id].name == "Wang Fang (王芳)"
    assert choices[first.id].label == (
        "Wang Fang (王芳) — Haier Europe · Dresden-Jinan Desk · wang.fang@haier.example"
    )
    assert choices[second.id].label == (
        "Wang Fang (王芳) — Shandong University · fwang@sdu.example"
    )
    # Still an (id, name) pair for every caller that unpacks it.
    record_id, name = choices[first.id]
    assert (record_id, name) == (first.id, "Wang Fang (王芳)")


def test_more_is_shown_only_where_the_first_look_is_not_enough(empty_store: Store) -> None:
    twins = [
        records.add(
            empty_store,
            Contact(
                given_name="Anna",
                family_name="Schmidt",
                position=position,
                city="Leipzig",
                country="DE",
            ),
        )
        for position in ("Buyer", "Engineer")
    ]
    alone = records.add(
        empty_store,
        Contact(
            given_name="Jonas", family_name="Weber", position="Mayor", city="Leipzig", country="DE"
        ),
    )
    same = [records.add(empty_store, Contact(given_name="Li", family_name="Na")) for _ in range(2)]
    labels = {c.id: c.label for c in relations.choices(empty_store, "contact")}
    assert labels[twins[0].id] == "Anna Schmidt — Buyer · Leipzig, Germany"
    assert labels[twins[1].id] == "Anna Schmidt — Engineer · Leipzig, Germany"
    assert labels[alone.id] == "Jonas Weber"  # no namesake: nothing to tell apart
    added = format_date(same[0].created_at.date())
    assert labels[same[0].id] == labels[same[1].id] == f"Li Na — added {added}"


def test_organizations_by_place_and_other_kinds(sample_store: Store) -> None:
    records.add(sample_store, Organization(name="Bosch", city="Suzhou", country="CN"))
    labels = [c.label for c in relations.choices(sample_store, "organization") if c.name == "Bosch"]
    assert labels == ["Bosch — Gerlingen, Germany", "Bosch — Suzhou, China"]
    for kind in ("office", "project", "event"):
        choices = relations.choices(sample_store, kind)
        assert all(c.detail for c in choices), kind
        assert len({c.label for c in choices}) == len(choices), kind


def test_typing_finds_names_in_any_script_or_spelling() -> None:
    wang = picker_search_key("Wang Fang (王芳) — Haier Europe · wang.fang@haier.example")
    only_chinese = picker_search_key("王芳 — Shandong University")
    mueller = picker_search_key("Jörg Müller — Straßenbau GmbH")
    for typed in ("wang fang", "Fang Wang", "王芳", "haier", "WANG"):
        assert picker_matches(typed, wang), typed
    for typed in ("wang fang", "wangfang", "王", "shandong"):
        assert picker_matches(typed, only_chinese), typed
    for typed in ("Müller", "Mueller", "muller", "jorg", "Joerg", "strassenbau"):
        assert picker_matches(typed, mueller), typed
    assert not picker_matches("wang li", wang)
    assert not picker_matches("Meier", mueller)
