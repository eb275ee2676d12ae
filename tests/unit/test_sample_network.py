"""The sample network holds the press release's facts and enough examples for every view."""

from __future__ import annotations

from collections import Counter

from sqlmodel import select

from office_desk.core.checks import run_checks
from office_desk.core.finder import find
from office_desk.core.models import Contact, Event, Office, Organization, Project, Tag, TagLink
from office_desk.core.sample_network import sample_id
from office_desk.core.store.database import Store


def test_sample_is_consistent(sample_store: Store) -> None:
    assert run_checks(sample_store) == []


def test_offices_seven_cities_five_countries_plus_jinan(sample_store: Store) -> None:
    with sample_store.session() as s:
        offices = s.exec(select(Office)).all()
    europe = [o for o in offices if o.country != "CN"]
    assert len(europe) == 7 and len({o.city for o in europe}) == 7
    assert len({o.country for o in europe}) == 5
    dresden = next(o for o in offices if o.city == "Dresden")
    jinan = next(o for o in offices if o.city == "Jinan")
    assert dresden.established_on is not None and dresden.established_on.year == 2013
    assert dresden.counterpart_id == jinan.id and jinan.counterpart_id == dresden.id


def test_press_release_facts_are_there(sample_store: Store) -> None:
    titles = {f.title for f in find(sample_store, "3S Smart Software")}
    assert any("R&D centre" in t for t in titles)
    assert any("Intelligent Manufacturing" in f.title for f in find(sample_store, "Hoteam"))
    assert any(f.kind == "event" for f in find(sample_store, "Kreuzchor"))
    for name in ("Festo", "Yingcai", "Fraunhofer", "Bosch", "Volkswagen", "Hengst", "BMTS"):
        assert any(f.kind == "organization" for f in find(sample_store, name)), name
    with sample_store.session() as s:
        conferences = s.exec(select(Event).where(Event.kind == "conference")).all()
        years = {e.starts_on.year for e in conferences if "SME" in e.title}
        assert set(range(2015, 2021)) <= years
        assert any("47.964 billion" in e.notes for e in conferences)


def test_examples_are_labelled(sample_store: Store) -> None:
    with sample_store.session() as s:
        example = s.exec(select(Tag).where(Tag.name == "example")).one()
        tagged = {
            link.contact_id for link in s.exec(select(TagLink).where(TagLink.tag_id == example.id))
        }
        contacts = s.exec(select(Contact)).all()
    assert len(contacts) >= 30
    # No person is named in the press release: every contact is a labelled example.
    assert all(c.id in tagged and c.notes.startswith("Example record:") for c in contacts)


def test_every_view_has_variety(sample_store: Store) -> None:
    with sample_store.session() as s:
        projects = s.exec(select(Project)).all()
        organizations = s.exec(select(Organization)).all()
        events = s.exec(select(Event)).all()
    assert len(projects) >= 12
    assert set(Counter(p.stage for p in projects)) == {
        "lead",
        "in_talks",
        "signed",
        "in_progress",
        "completed",
        "on_hold",
        "dropped",
    }
    assert {p.currency for p in projects if p.amount is not None} >= {"CNY", "EUR"}
    assert len({o.kind for o in organizations}) >= 5
    assert len({e.starts_on.year for e in events}) >= 8


def test_ids_are_stable() -> None:
    assert sample_id("office:dresden") == sample_id("office:dresden")
    assert sample_id("office:dresden") != sample_id("office:jinan")
