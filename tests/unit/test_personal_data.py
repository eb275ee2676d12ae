"""People's rights in the core: everything kept about a person, erasing them for good
(checked in the file's bytes), the erasure log, and the data-protection review."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from office_desk.core import validation
from office_desk.core.finder import find
from office_desk.core.models import Contact, EventContact, Office, ProjectContact, TagLink
from office_desk.core.personal_fields import ERASED_NAME, PERSONAL_FIELDS
from office_desk.core.services import personal_data as pd
from office_desk.core.services import records
from office_desk.core.services.erasure_log import ErasureLogError, read_log
from office_desk.core.store.backup import backup_before, restore_file
from office_desk.core.store.database import Store
from tests.conftest import file_hash

from .person_records import (
    EMAIL,
    FAMILY,
    NATIVE,
    NOTE,
    PHONE,
    ROLE,
    WECHAT,
    Person,
    add_person,
    file_bytes,
    secrets_in,
)


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test its own erasure log (the sample's ids are the same in every copy)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("OFFICE_DESK_DATA_DIR", str(folder))
    yield folder


@pytest.fixture
def person(sample_store: Store) -> Person:
    return add_person(sample_store)


def _contact(store: Store, contact_id: uuid.UUID) -> Contact:
    return records.get(store, Contact, contact_id, include_deleted=True)


# --------------------------------------------------------------------------- ids


def test_ids_with_or_without_dashes_and_clear_errors(sample_store: Store, person: Person) -> None:
    assert pd.parse_person_id(person.id.hex) == person.id
    assert pd.parse_person_id(f"  {str(person.id).upper()} ") == person.id
    for bad in ("zhang", "", "1234", person.id.hex + "00"):
        with pytest.raises(pd.NotAnId) as caught:
            pd.parse_person_id(bad)
        assert "\n" not in str(caught.value) and "not a contact id" in str(caught.value)
    with pytest.raises(pd.UnknownPerson, match="No contact with the id"):
        pd.person_file(sample_store, uuid.uuid4())
    with pytest.raises(pd.NotAPerson, match=r"not a person .*\(office\)"):
        pd.person_file(sample_store, person.office_id)
    assert issubclass(pd.PersonalDataError, ValueError)


# --------------------------------------------------------------------------- the file


def test_person_file_holds_everything_kept(sample_store: Store, person: Person) -> None:
    data = pd.person_file(sample_store, person.id)
    contact = data["contact"]
    assert set(PERSONAL_FIELDS) | {"id", "erased_at", "deleted_at"} <= set(contact)
    assert (contact["family_name"], contact["emails"], contact["phones"]) == (
        FAMILY,
        [EMAIL],
        [PHONE],
    )
    assert contact["messaging"] == [WECHAT] and contact["notes"] == NOTE
    assert data["name"] == f"Dr. Quirinus {FAMILY} ({NATIVE})"
    assert data["organization"]["id"] == str(person.organization_id)
    assert data["organization"]["name"]
    assert "Dresden" in data["office"]["name"]
    assert [(p["link_id"], p["role"]) for p in data["projects"]] == [
        (str(person.project_link), ROLE)
    ]
    assert data["projects"][0]["title"]
    assert [e["link_id"] for e in data["events"]] == [str(person.event_link)]
    assert [t["link_id"] for t in data["tags"]] == [str(person.tag_link)]
    (entry,) = data["search_index"]
    assert entry["kind"] == "contact" and EMAIL in entry["words"]
    assert (data["erased"], data["deleted"]) == (False, False)
    assert data["sync_history"] == [] and data["sync_conflicts"] == []
    assert "Packages exported from this database since" in data["packages"]


def test_deleted_links_and_deleted_contacts_are_in_the_file(
    sample_store: Store, person: Person
) -> None:
    records.delete(sample_store, Contact, [person.id])
    data = pd.person_file(sample_store, person.id)
    assert data["deleted"] and not data["erased"]
    assert data["contact"]["emails"] == [EMAIL]  # still kept: the person should know
    assert data["projects"][0]["deleted_at"] is not None
    assert data["search_index"] == []


def test_backups_made_since_the_person_was_added(
    sample_store: Store, person: Person, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    assert sample_store.path is not None
    older = backup_before(sample_store.path, folder, "daily", when=datetime(2026, 1, 1, 9, 0))
    newer = backup_before(sample_store.path, folder, "before-import")
    added = _contact(sample_store, person.id).created_at
    before = (added - timedelta(days=30)).timestamp()
    os.utime(older, (before, before))
    data = pd.person_file(sample_store, person.id, backup_folder=folder)
    assert [b["path"] for b in data["backups"]] == [str(newer)]
    assert data["backups"][0]["reason"] == "before-import"


def test_json_is_stable_utf8_and_indented(
    sample_store: Store, person: Person, tmp_path: Path
) -> None:
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    first = pd.write_person_json(pd.person_file(sample_store, person.id, now=now), tmp_path / "a")
    second = pd.write_person_json(pd.person_file(sample_store, person.id, now=now), tmp_path / "b")
    raw = first.read_bytes()
    assert raw == second.read_bytes()
    assert NATIVE.encode("utf-8") in raw  # not \\u escapes
    assert raw.startswith(b'{\n  "format": "office-desk-person-file"')
    assert json.loads(raw)["contact"]["id"] == str(person.id)
    assert pd.person_file_paths(Path("x/zhang.json")) == (Path("x/zhang.json"), Path("x/zhang.pdf"))
    assert pd.person_file_paths(Path("x/zhang.PDF")) == (Path("x/zhang.json"), Path("x/zhang.pdf"))
    assert pd.person_file_paths(Path("zhang.wei")) == (
        Path("zhang.wei.json"),
        Path("zhang.wei.pdf"),
    )


def test_the_page_escapes_every_value(sample_store: Store, person: Person) -> None:
    hostile = "<script>alert(1)</script>{{7*7}}"
    records.update(sample_store, Contact, person.id, notes=hostile, position="A & B ${x}")
    page = pd.person_file_html(pd.person_file(sample_store, person.id))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;{{7*7}}" in page  # as typed: no template
    assert "A &amp; B &#36;{x}" in page
    assert ">49<" not in page
    assert page.startswith("<!DOCTYPE html>") and "@page" in page
    assert EMAIL in page and ROLE in page


# --------------------------------------------------------------------------- erasing


def test_erase_leaves_no_trace_in_the_file(sample_store: Store, person: Person) -> None:
    pd.forget_freed_pages(sample_store)
    before = file_bytes(sample_store)
    assert len(secrets_in(before)) >= 9  # a plain file: the test can see them

    result = pd.erase_person(sample_store, person.id)

    data = file_bytes(sample_store)
    assert secrets_in(data) == []
    wal = sample_store.path.with_name(sample_store.path.name + "-wal")  # type: ignore[union-attr]
    assert not wal.exists() or wal.stat().st_size == 0
    for words in (FAMILY, EMAIL, PHONE, "xylandersson_qq", NATIVE, "Zwiebelkuchen"):
        assert [f for f in find(sample_store, words) if f.id == person.id] == []
    assert result.contact_id == person.id and result.links == 3 and result.was_live


def test_erased_row_keeps_id_office_tombstone_and_mark(sample_store: Store, person: Person) -> None:
    when = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    pd.erase_person(sample_store, person.id, now=when)
    contact = _contact(sample_store, person.id)
    assert contact.erased_at == when and contact.deleted_at == when
    assert contact.family_name == ERASED_NAME and contact.display_name == ERASED_NAME
    assert contact.office_id == person.office_id and contact.organization_id is None
    blank = Contact(family_name=ERASED_NAME)
    for name in PERSONAL_FIELDS:
        if name != "family_name":
            assert getattr(contact, name) == getattr(blank, name), name
    assert contact.legal_basis == "unknown"
    # The erased row passes the store's validation (the write went through it).
    assert validation.validate(contact) == []
    with sample_store.session() as s:
        for model in (ProjectContact, EventContact, TagLink):
            (link,) = s.exec(
                select(model)
                .where(model.contact_id == person.id)  # type: ignore[attr-defined]
                .execution_options(include_deleted=True)
            ).all()
            assert link.deleted_at == when
        role = s.exec(
            select(ProjectContact.role)
            .where(ProjectContact.id == person.project_link)
            .execution_options(include_deleted=True)
        ).one()
        assert role == ""


def test_erasing_again_or_an_unknown_id_changes_nothing(
    sample_store: Store, person: Person
) -> None:
    pd.erase_person(sample_store, person.id)
    assert sample_store.path is not None
    before = file_hash(sample_store.path)
    log_before = pd.log_path().read_bytes()
    with pytest.raises(pd.AlreadyErased, match="erased already on .*nothing was changed"):
        pd.erase_person(sample_store, person.id)
    with pytest.raises(pd.UnknownPerson):
        pd.erase_person(sample_store, uuid.uuid4())
    with pytest.raises(pd.NotAPerson):
        pd.erase_person(sample_store, person.office_id)
    assert file_hash(sample_store.path) == before
    assert pd.log_path().read_bytes() == log_before


def test_a_deleted_contact_can_be_erased(sample_store: Store, person: Person) -> None:
    deleted = records.delete(sample_store, Contact, [person.id])
    result = pd.erase_person(sample_store, person.id)
    contact = _contact(sample_store, person.id)
    assert not result.was_live and contact.deleted_at == deleted
    assert contact.erased_at is not None and contact.emails == []
    assert pd.person_file(sample_store, person.id)["erased"]


def test_the_log_lists_ids_and_times_only(sample_store: Store, person: Person) -> None:
    result = pd.erase_person(sample_store, person.id)
    raw = pd.log_path().read_text(encoding="utf-8")
    assert secrets_in(raw.encode()) == []
    logged = json.loads(raw)
    assert logged["format"] == "office-desk-erasure-log"
    assert logged["erased"] == [
        {"id": str(person.id), "at": result.erased_at.isoformat(timespec="microseconds")}
    ]
    assert set(logged["erased"][0]) == {"id", "at"}
    assert read_log() == {person.id: logged["erased"][0]["at"]}


def test_a_damaged_log_is_refused_and_nothing_is_erased(
    sample_store: Store, person: Person
) -> None:
    pd.log_path().parent.mkdir(parents=True, exist_ok=True)
    pd.log_path().write_text("{not json", encoding="utf-8")
    with pytest.raises(ErasureLogError, match="damaged"):
        pd.erase_person(sample_store, person.id)
    assert _contact(sample_store, person.id).emails == [EMAIL]
    assert pd.log_path().read_text(encoding="utf-8") == "{not json"


def test_a_restored_backup_is_erased_again(
    sample_store: Store, person: Person, tmp_path: Path
) -> None:
    assert sample_store.path is not None
    old = backup_before(sample_store.path, tmp_path / "backups", "daily")
    pd.erase_person(sample_store, person.id)
    sample_store.close()
    restore_file(old, sample_store.path, tmp_path / "backups")
    assert _contact(sample_store, person.id).emails == [EMAIL]  # the backup held them
    assert pd.erase_again(sample_store) == 1
    contact = _contact(sample_store, person.id)
    assert contact.erased_at is not None and contact.emails == []
    assert secrets_in(file_bytes(sample_store)) == []
    assert pd.erase_again(sample_store) == 0


def test_restoring_a_backup_erases_again_before_the_file_is_used(
    sample_store: Store, person: Person, tmp_path: Path
) -> None:
    assert sample_store.path is not None
    old = backup_before(sample_store.path, tmp_path / "backups", "daily")
    pd.erase_person(sample_store, person.id)
    sample_store.close()
    safety, count = pd.restore_erasing_again(old, sample_store.path, tmp_path / "backups")
    assert count == 1 and safety.name.startswith("sample.") and "before-restore" in safety.name
    assert _contact(sample_store, person.id).erased_at is not None
    assert secrets_in(file_bytes(sample_store)) == []


def test_erase_again_without_a_log_does_nothing(sample_store: Store, person: Person) -> None:
    assert sample_store.path is not None
    before = file_hash(sample_store.path)
    assert pd.erase_again(sample_store) == 0
    assert file_hash(sample_store.path) == before


def test_conflicts_of_the_person_lose_both_values(sample_store: Store, person: Person) -> None:
    with sample_store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sync_conflict (id, tbl, record_id, field, reason, kept_value, "
                "other_value, other_at) VALUES ('c1', 'contact', :r, 'phones', 'concurrent', "
                ":kept, :other, '2026-12-01T10:00:00+00:00')"
            ),
            {"r": person.id.hex, "kept": json.dumps([PHONE]), "other": json.dumps(["+49 1"])},
        )
    assert pd.person_file(sample_store, person.id)["sync_conflicts"][0]["kept_value"] == [PHONE]
    pd.erase_person(sample_store, person.id)
    with sample_store.engine.connect() as conn:
        row = conn.execute(
            text("SELECT kept_value, other_value, resolved FROM sync_conflict WHERE id = 'c1'")
        ).one()
    assert tuple(row) == ("null", "null", 1)
    assert secrets_in(file_bytes(sample_store)) == []


def test_another_offices_person_is_not_erased_on_a_team_file(
    sample_store: Store, person: Person
) -> None:
    with sample_store.session() as s:
        munich = next(o for o in s.exec(select(Office)).all() if "Munich" in o.name)
    with sample_store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO sync_state (key, value) VALUES (:k, :v)"),
            [
                {"k": "server", "v": "postgresql://team.example/office"},
                {"k": "office", "v": str(munich.id)},
                {"k": "hq", "v": "0"},
            ],
        )
    with pytest.raises(pd.OtherOfficesPerson, match="only that office or headquarters"):
        pd.erase_person(sample_store, person.id)
    assert _contact(sample_store, person.id).erased_at is None
    with sample_store.engine.begin() as conn:
        conn.execute(text("UPDATE sync_state SET value = '1' WHERE key = 'hq'"))
    pd.erase_person(sample_store, person.id)
    assert _contact(sample_store, person.id).erased_at is not None


# --------------------------------------------------------------------------- review


def _set(store: Store, contact_id: uuid.UUID, **values: object) -> None:
    with store.write() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        for name, value in values.items():
            setattr(contact, name, value)
        session.info["keep_timestamps"] = "created_at" in values


def test_review_lists_unknown_basis_and_long_silence(sample_store: Store, person: Person) -> None:
    today = date(2026, 12, 3)
    items = {i.contact_id: i for i in pd.review_list(sample_store, years=3, today=today)}
    assert person.id not in items  # consent, contacted this year
    unknown = [i for i in items.values() if i.legal_basis == "unknown"]
    assert unknown and all("No legal basis recorded" in i.reasons for i in unknown)

    _set(sample_store, person.id, last_contacted_on=date(2023, 12, 2))
    (item,) = [i for i in pd.review_list(sample_store, today=today) if i.contact_id == person.id]
    assert item.reasons == ("Not contacted for more than 3 years (last: 2023-12-02)",)
    assert "Dresden" in item.office and FAMILY in item.name
    # exactly three years ago is not yet "more than"
    _set(sample_store, person.id, last_contacted_on=date(2023, 12, 3))
    assert person.id not in {i.contact_id for i in pd.review_list(sample_store, today=today)}
    one = [
        i for i in pd.review_list(sample_store, years=1, today=today) if i.contact_id == person.id
    ]
    assert one[0].reasons == ("Not contacted for more than 1 year (last: 2023-12-03)",)

    _set(
        sample_store,
        person.id,
        last_contacted_on=None,
        legal_basis="unknown",
        created_at=datetime(2022, 5, 1, tzinfo=UTC),
    )
    (item,) = [i for i in pd.review_list(sample_store, today=today) if i.contact_id == person.id]
    assert item.reasons == (
        "No legal basis recorded",
        "Never contacted, added more than 3 years ago (2022-05-01)",
    )
    assert item.reason == "; ".join(item.reasons)
    # never contacted but added recently: only if the basis is unknown
    _set(
        sample_store, person.id, legal_basis="consent", created_at=datetime(2025, 5, 1, tzinfo=UTC)
    )
    assert person.id not in {i.contact_id for i in pd.review_list(sample_store, today=today)}


def test_review_leaves_out_deleted_contacts(sample_store: Store, person: Person) -> None:
    _set(sample_store, person.id, legal_basis="unknown")
    today = date(2026, 12, 3)
    assert person.id in {i.contact_id for i in pd.review_list(sample_store, today=today)}
    records.delete(sample_store, Contact, [person.id])
    assert person.id not in {i.contact_id for i in pd.review_list(sample_store, today=today)}
    with pytest.raises(ValueError, match="at least one year"):
        pd.review_list(sample_store, years=0)
