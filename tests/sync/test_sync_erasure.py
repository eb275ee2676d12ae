"""Erased wins: a person erased on one laptop is erased on the server and on every
laptop, whatever edits of their fields were made meanwhile, and no conflict keeps a
copy of their data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from office_desk.core.finder import find
from office_desk.core.models import Contact, ProjectContact
from office_desk.core.personal_fields import ERASED_NAME
from office_desk.core.services import erasure, erasure_log, records
from office_desk.core.services import personal_data as pd
from office_desk.core.sync.server import engine_for
from tests.unit.person_records import (
    EMAIL,
    FAMILY,
    PHONE,
    SECRETS,
    Person,
    add_person,
    file_bytes,
    secrets_in,
)

from .conftest import Network

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The laptops' erasure log (they share one user data folder here)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("OFFICE_DESK_DATA_DIR", str(folder))
    yield folder


@pytest.fixture
def person(hq_network: Network) -> Person:
    """The person on every laptop and the server: a Dresden contact, added at
    headquarters (which may link them to any office's project and event)."""
    hq = hq_network.laptops[0]
    made = add_person(hq.store, "Dresden")
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        assert records.get(laptop.store, Contact, made.id).emails == [EMAIL], laptop.name
    return made


def server_texts(network: Network) -> str:
    """Every record's fields and every conflict on the server, as one text."""
    engine = engine_for(network.admin_url)
    try:
        with engine.connect() as conn:
            records_text = conn.execute(
                text("SELECT string_agg(fields::text, ' ') FROM office_desk.record")
            ).scalar()
            conflicts = conn.execute(
                text(
                    "SELECT string_agg(coalesce(kept::text, '') || ' ' || "
                    "coalesce(other::text, ''), ' ') FROM office_desk.conflict"
                )
            ).scalar()
    finally:
        engine.dispose()
    return f"{records_text or ''} {conflicts or ''}"


def assert_erased_everywhere(network: Network, person: Person) -> None:
    network.assert_converged()
    contact = network.server_rows()["contact"][str(person.id)]
    assert contact["erased_at"] and contact["deleted_at"]
    assert (contact["family_name"], contact["emails"], contact["phones"]) == (ERASED_NAME, [], [])
    link = network.server_rows()["project_contact"][str(person.project_link)]
    assert link["role"] == "" and link["deleted_at"]
    assert [s for s in SECRETS if s in server_texts(network)] == []
    for laptop in network.laptops:
        here = records.get(laptop.store, Contact, person.id, include_deleted=True)
        assert here.erased_at is not None and here.emails == [], laptop.name
        role = records.get(laptop.store, ProjectContact, person.project_link, include_deleted=True)
        assert (role.role, role.deleted_at is not None) == ("", True), laptop.name
        assert [f for f in find(laptop.store, FAMILY) if f.id == person.id] == [], laptop.name
        erasure.forget_freed_pages(laptop.store)
        assert secrets_in(file_bytes(laptop.store)) == [], laptop.name
        with laptop.conn() as conn:
            assert conn.execute(text("SELECT count(*) FROM sync_queue")).scalar() == 0


def test_erase_on_one_laptop_reaches_the_server_and_every_laptop(
    hq_network: Network, person: Person
) -> None:
    _hq, dresden, _munich = hq_network.laptops
    result = pd.erase_person(dresden.store, person.id)
    with dresden.conn() as conn:  # queued like any edit: the blanked fields and the mark
        fields = {r[0] for r in conn.execute(text("SELECT field FROM sync_queue"))}
    assert {"erased_at", "deleted_at", "emails", "phones", "family_name"} <= fields
    hq_network.sync_all(rounds=3)
    assert_erased_everywhere(hq_network, person)
    # Everyone who pulled it logged it: a backup restored anywhere is erased again.
    assert person.id in erasure_log.erased_ids()
    server = hq_network.server_rows()["contact"][str(person.id)]
    assert server["erased_at"].startswith(result.erased_at.strftime("%Y-%m-%dT%H:%M:%S"))


def test_erase_wins_over_an_edit_made_offline_before_it_arrived(
    hq_network: Network, person: Person
) -> None:
    hq, dresden, _munich = hq_network.laptops
    records.update(hq.store, Contact, person.id, phones=[PHONE, "+49 30 1111111"])
    pd.erase_person(dresden.store, person.id)
    dresden.sync()
    result = hq.sync()  # pushes its phone edit against the erased record, then pulls
    assert result.conflicts == [] and result.refused == []
    assert records.get(hq.store, Contact, person.id, include_deleted=True).phones == []
    hq_network.sync_all(rounds=3)
    assert_erased_everywhere(hq_network, person)
    for laptop in hq_network.laptops:
        with laptop.conn() as conn:
            assert conn.execute(text("SELECT count(*) FROM sync_conflict")).scalar() == 0


def test_erase_wins_over_a_later_edit_already_on_the_server(
    hq_network: Network, person: Person
) -> None:
    hq, dresden, _munich = hq_network.laptops
    pd.erase_person(dresden.store, person.id)  # made first, synced last
    records.update(hq.store, Contact, person.id, notes="Met again in Cottbus, 2026")
    records.update(hq.store, ProjectContact, person.project_link, role="Adviser, 2026")
    hq.sync()
    result = dresden.sync()
    assert result.conflicts == [] and result.refused == []
    hq_network.sync_all(rounds=3)
    assert_erased_everywhere(hq_network, person)
    assert "Met again in Cottbus" not in server_texts(hq_network)
    assert "Adviser, 2026" not in server_texts(hq_network)


def test_erase_blanks_both_values_of_conflicts_about_the_person(
    hq_network: Network, person: Person
) -> None:
    hq, dresden, _munich = hq_network.laptops
    records.update(dresden.store, Contact, person.id, position="First version by Dora")
    records.update(hq.store, Contact, person.id, position="Second version by HQ")
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        with laptop.conn() as conn:
            values = conn.execute(
                text("SELECT kept_value, other_value FROM sync_conflict WHERE field = 'position'")
            ).one()
        assert "First version by Dora" in " ".join(values), laptop.name
    assert "First version by Dora" in server_texts(hq_network)
    pd.erase_person(dresden.store, person.id)
    hq_network.sync_all(rounds=3)
    assert_erased_everywhere(hq_network, person)
    assert "First version by Dora" not in server_texts(hq_network)
    for laptop in hq_network.laptops:
        with laptop.conn() as conn:
            rows = conn.execute(
                text("SELECT kept_value, other_value, resolved FROM sync_conflict")
            ).all()
        assert [tuple(r) for r in rows] == [("null", "null", 1)], laptop.name
        assert "First version by Dora" not in file_bytes(laptop.store).decode("latin-1")


def test_a_pull_that_brings_a_logged_person_back_erases_them_again(
    hq_network: Network, person: Person
) -> None:
    hq, dresden, _munich = hq_network.laptops
    # This computer erased the person before (in a copy since thrown away, say); the
    # network still has them.
    erasure_log.add_to_log([(person.id, datetime(2026, 11, 1, tzinfo=UTC))])
    records.update(dresden.store, Contact, person.id, position="Still here")
    dresden.sync()
    hq.sync()  # pulls the edited contact: erased again here, and queued
    here = records.get(hq.store, Contact, person.id, include_deleted=True)
    assert here.erased_at is not None and here.position == ""
    hq_network.sync_all(rounds=3)
    assert_erased_everywhere(hq_network, person)


def test_another_offices_laptop_cannot_erase_the_person(
    hq_network: Network, person: Person
) -> None:
    _hq, _dresden, munich = hq_network.laptops
    with pytest.raises(pd.OtherOfficesPerson):
        pd.erase_person(munich.store, person.id)
    assert records.get(munich.store, Contact, person.id).emails == [EMAIL]
    assert person.id not in erasure_log.erased_ids()
