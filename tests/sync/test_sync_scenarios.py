"""Three laptops and one server: the scenarios of issue 15. After each, every laptop
and the server hold the same rows (compared field by field), ``check`` is clean on
every laptop, and every conflict is listed on every laptop."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from office_desk.core import sync
from office_desk.core.import_contacts import apply_plan, guess_mapping, plan_import, read_source
from office_desk.core.models import (
    Contact,
    Organization,
    Project,
    ProjectContact,
    ProjectPartner,
)
from office_desk.core.services import records
from office_desk.core.services.contact_merge import merge_contacts
from office_desk.core.services.duplicate_check import similar_contacts
from office_desk.core.sync import session as session_module
from office_desk.core.sync.server import engine_for
from tests.unit import import_files as files

from .conftest import Laptop, Network, office_id

pytestmark = pytest.mark.slow


def _contact_of(network: Network, office: str) -> uuid.UUID:
    store = network.laptops[0].store
    wanted = office_id(store, office)
    with store.session() as session:
        return session.exec(
            select(Contact.id).where(Contact.office_id == wanted).order_by(Contact.family_name)
        ).first()


def test_laptops_join_and_converge(hq_network: Network) -> None:
    hq_network.assert_converged()


def test_offline_edits_to_different_fields_are_both_kept(hq_network: Network) -> None:
    hq, dresden, _munich = hq_network.laptops
    contact = _contact_of(hq_network, "Dresden")
    records.update(dresden.store, Contact, contact, position="Leiterin Kooperation")
    records.update(hq.store, Contact, contact, notes="Met at the SME conference")
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        c = records.get(laptop.store, Contact, contact)
        assert (c.position, c.notes) == ("Leiterin Kooperation", "Met at the SME conference")
    hq_network.assert_converged()
    with hq.conn() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_conflict").scalar() == 0


def test_concurrent_edits_of_one_field_keep_the_later_and_list_the_other(
    hq_network: Network,
) -> None:
    hq, dresden, munich = hq_network.laptops
    contact = _contact_of(hq_network, "Dresden")
    records.update(dresden.store, Contact, contact, position="Erste Fassung")
    records.update(hq.store, Contact, contact, position="Zweite Fassung")  # later
    dresden.sync()
    result = hq.sync()
    assert [c.field for c in result.conflicts] == ["position"]
    conflict = result.conflicts[0]
    assert (conflict.kept_value, conflict.other_value) == ("Zweite Fassung", "Erste Fassung")
    assert (conflict.kept_by, conflict.other_by) == ("hq", "dora")
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        assert records.get(laptop.store, Contact, contact).position == "Zweite Fassung"
        assert [c.other_value for c in sync.open_conflicts(laptop.store)] == ["Erste Fassung"]
    hq_network.assert_converged()
    # One click takes the other value, on any laptop; it syncs like an edit.
    sync.take_other_value(dresden.store, sync.open_conflicts(dresden.store)[0].id)
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        assert records.get(laptop.store, Contact, contact).position == "Erste Fassung"
        assert sync.open_conflicts(laptop.store) == []
    hq_network.assert_converged()


def test_edit_against_delete(hq_network: Network) -> None:
    hq, dresden, _munich = hq_network.laptops
    contact = _contact_of(hq_network, "Dresden")
    records.delete(hq.store, Contact, [contact])
    records.update(dresden.store, Contact, contact, notes="Still here?")
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        c = records.get(laptop.store, Contact, contact, include_deleted=True)
        assert c.deleted_at is not None and c.notes == "Still here?"
    hq_network.assert_converged()


def test_project_deleted_while_a_partner_was_added(hq_network: Network) -> None:
    hq, dresden, _munich = hq_network.laptops
    dresden_office = office_id(dresden.store, "Dresden")
    with dresden.store.session() as s:
        project = s.exec(select(Project).where(Project.office_id == dresden_office)).first()
        organization = s.exec(select(Organization)).all()[-1]
    records.delete(hq.store, Project, [project.id])
    records.add(
        dresden.store,
        ProjectPartner(project_id=project.id, organization_id=organization.id, role="other"),
    )
    hq_network.sync_all(rounds=3)
    hq_network.assert_converged()


@pytest.mark.parametrize("skews", [(2, -2), (-2, 2)])
def test_laptop_clocks_two_hours_off(
    hq_network: Network, monkeypatch: pytest.MonkeyPatch, skews: tuple[int, int]
) -> None:
    """Headquarters' clock runs ``skews[0]`` hours off, Munich's ``skews[1]``; Munich
    edits last in real time and wins whatever the clocks say."""
    dresden, _dresden, munich = hq_network.laptops
    contact = _contact_of(hq_network, "Munich")
    records.update(dresden.store, Contact, contact, position="HQ's word")
    skew_queue(dresden, skews[0])
    time.sleep(0.05)
    records.update(munich.store, Contact, contact, position="Munich's word")
    skew_queue(munich, skews[1])
    with monkeypatch.context() as m:
        m.setattr(
            session_module, "local_clock", lambda: datetime.now(UTC) + timedelta(hours=skews[0])
        )
        dresden.sync()
    with monkeypatch.context() as m:
        m.setattr(
            session_module, "local_clock", lambda: datetime.now(UTC) + timedelta(hours=skews[1])
        )
        result = munich.sync()
    assert [c.other_value for c in result.conflicts] == ["HQ's word"]
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        assert records.get(laptop.store, Contact, contact).position == "Munich's word"
    hq_network.assert_converged()


def skew_queue(laptop: Laptop, hours: int) -> None:
    """What the queue triggers would have written with the laptop's clock ``hours`` off."""
    with laptop.store.engine.begin() as conn:
        for change_id, at in conn.execute(
            text("SELECT change_id, changed_at FROM sync_queue")
        ).all():
            when = datetime.fromisoformat(at.replace("Z", "+00:00")) + timedelta(hours=hours)
            conn.execute(
                text("UPDATE sync_queue SET changed_at = :a WHERE change_id = :c"),
                {"a": when.isoformat(), "c": change_id},
            )


def test_rights_refuse_another_offices_write(hq_network: Network) -> None:
    hq, dresden, munich = hq_network.laptops
    munich_contact = _contact_of(hq_network, "Munich")
    records.update(dresden.store, Contact, munich_contact, notes="Dresden was here")
    new = records.add(
        dresden.store,
        Contact(
            given_name="Neu", family_name="Kontakt", office_id=office_id(dresden.store, "Munich")
        ),
    )
    result = dresden.sync()
    assert {c.field for c in result.refused} >= {"notes"}
    assert {c.record_id for c in result.refused} == {munich_contact, new.id}
    assert records.get(dresden.store, Contact, munich_contact).notes != "Dresden was here"
    refused = [c for c in sync.open_conflicts(dresden.store) if c.reason == "refused"]
    assert any(c.other_value == "Dresden was here" for c in refused)  # not lost silently
    hq_network.sync_all()
    hq_network.assert_converged()
    # The database itself refuses, whatever a client does: row-level security.
    engine = engine_for(hq_network.url, "dora", hq_network.passwords["dora"])
    with engine.connect() as conn, pytest.raises(DBAPIError, match="row-level security"):
        conn.execute(
            text(
                "INSERT INTO office_desk.record (tbl, id, office_id, fields, stamps, "
                "server_seq, updated_by) VALUES ('contact', gen_random_uuid(), :o, '{}', "
                "'{}', 1, 'dora')"
            ),
            {"o": office_id(hq.store, "Munich")},
        )
    with engine.connect() as conn:
        changed = conn.execute(
            text("UPDATE office_desk.record SET updated_by = 'dora' WHERE id = :i"),
            {"i": munich_contact},
        ).rowcount
        assert changed == 0  # another office's rows are not even visible for update
        with pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(
                text("DELETE FROM office_desk.record WHERE id = :i"), {"i": munich_contact}
            )
    engine.dispose()


def test_record_created_on_two_laptops_then_merged(hq_network: Network) -> None:
    hq, dresden, munich = hq_network.laptops
    dresden_office = office_id(dresden.store, "Dresden")
    a = records.add(
        dresden.store,
        Contact(
            given_name="Jürgen",
            family_name="Weiß",
            emails=["j.weiss@example.de"],
            office_id=dresden_office,
        ),
    )
    b = records.add(
        hq.store,
        Contact(
            given_name="Juergen",
            family_name="Weiss",
            phones=["+49 351 555 0101"],
            office_id=dresden_office,
        ),
    )
    hq_network.sync_all()
    found = similar_contacts(munich.store, {"given_name": "Jürgen", "family_name": "Weiß"})
    assert {d.id for d in found} >= {a.id, b.id}
    merged = merge_contacts(dresden.store, a.id, b.id)
    assert "phones" in merged.fields_filled and merged.links_moved == 0
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        kept = records.get(laptop.store, Contact, a.id)
        assert kept.phones == ["+49 351 555 0101"] and kept.emails == ["j.weiss@example.de"]
        assert records.get(laptop.store, Contact, b.id, include_deleted=True).deleted_at
    hq_network.assert_converged()


def test_same_link_made_on_two_laptops(hq_network: Network) -> None:
    hq, dresden, _munich = hq_network.laptops
    dresden_office = office_id(dresden.store, "Dresden")
    with dresden.store.session() as s:
        project = s.exec(select(Project).where(Project.office_id == dresden_office)).first()
        linked = {link.contact_id for link in s.exec(select(ProjectContact))}
        contact = s.exec(select(Contact).where(Contact.id.not_in(linked))).first()
    for laptop in (hq, dresden):
        records.add(laptop.store, ProjectContact(project_id=project.id, contact_id=contact.id))
    hq_network.sync_all(rounds=3)
    with hq.store.session() as s:
        live = s.exec(select(ProjectContact).where(ProjectContact.contact_id == contact.id)).all()
    assert len(live) == 1
    hq_network.assert_converged()


def test_ten_thousand_changes_from_a_long_trip(hq_network: Network) -> None:
    _hq, dresden, munich = hq_network.laptops
    office = office_id(dresden.store, "Dresden")
    people = [
        Contact(
            given_name=f"Reisende {i}",
            family_name="Kontakt",
            office_id=office,
            city="Dresden",
            country="DE",
        )
        for i in range(2000)
    ]
    records.add_all(dresden.store, people)
    with dresden.store.write() as s:
        for person in s.exec(select(Contact).where(Contact.family_name == "Kontakt")).all():
            person.position = "Gast"
            person.notes = "Auf der Reise getroffen"
            person.languages = ["de", "zh"]
            person.emails = [f"{person.given_name.split()[-1]}@reise.example"]
    with dresden.conn() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_queue").scalar() == 10_000
        fields = conn.exec_driver_sql("SELECT count(*) FROM sync_queue").scalar()
    started = time.perf_counter()
    result = dresden.sync()
    assert result.pushed == 2000, fields
    assert munich.sync().pulled == 2000
    print(
        f"10,000 field changes in 2,000 records pushed and pulled back in "
        f"{time.perf_counter() - started:.1f} s"
    )
    hq_network.sync_all()
    hq_network.assert_converged()


def test_contacts_imported_on_an_office_laptop_sync_as_that_offices(
    hq_network: Network, tmp_path: Path
) -> None:
    """A partner's CSV imported on Dresden's laptop (a bulk insert, no ORM objects):
    every new contact and organization reaches the server as Dresden's."""
    hq, dresden, munich = hq_network.laptops
    path = files.outlook_csv(tmp_path / "partner.csv")
    table = read_source(path)
    plan = plan_import(dresden.store, table, guess_mapping(table, "contacts"))
    result = apply_plan(dresden.store, plan)
    assert result.created == len(files.PEOPLE)
    dresden.sync()
    hq_network.sync_all()
    wanted = office_id(hq.store, "Dresden")
    email = files.PEOPLE[0].emails[0]
    for laptop in (hq, munich):
        with laptop.store.session() as s:
            imported = [c for c in s.exec(select(Contact)).all() if email in c.emails]
        assert len(imported) == 1 and imported[0].office_id == wanted, laptop.name
    hq_network.assert_converged()


def test_an_office_file_with_the_whole_network_joins(
    hq_network: Network, sample_file: Path
) -> None:
    """Dresden's existing file (the whole network, from packages) joins: its own newer
    edit goes up, its stale copy of Munich's records causes no refusals, and its edit of
    a Munich record is refused and listed, not lost."""
    hq, _dresden, _munich = hq_network.laptops
    hq_network.user("dirk", office="Dresden")
    laptop = hq_network.laptop("dresden-old", "dirk", source=sample_file)
    ours = _contact_of(hq_network, "Dresden")
    theirs = _contact_of(hq_network, "Munich")
    records.update(laptop.store, Contact, ours, notes="From Dresden's own file")
    records.update(laptop.store, Contact, theirs, notes="Dresden's opinion")
    result = laptop.sync()
    assert result.first and result.backup is not None
    assert {(c.record_id, c.field) for c in result.refused} == {(theirs, "notes")}
    hq_network.sync_all()
    assert records.get(hq.store, Contact, ours).notes == "From Dresden's own file"
    assert records.get(hq.store, Contact, theirs).notes != "Dresden's opinion"
    hq_network.assert_converged()
