"""Network packages: lossless export and re-import, one office's part, and merging
two copies of the database (new records, newer edits, deletions, conflicts, clashes),
with malformed packages and cancelled merges changing nothing."""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from office_desk.core.checks import run_checks
from office_desk.core.finder import find
from office_desk.core.models import (
    Contact,
    Event,
    EventContact,
    ExchangeRate,
    Office,
    Organization,
    Project,
    ProjectContact,
    ProjectPartner,
    Record,
    Tag,
    TagLink,
)
from office_desk.core.network_package import (
    FORMAT_NAME,
    ZIP_MEMBER,
    PackageError,
    StalePlan,
    apply_merge,
    export_package,
    import_package,
    is_package,
    plan_merge,
    read_package,
)
from office_desk.core.network_package.merge import fingerprint
from office_desk.core.office_lookup import find_office
from office_desk.core.services import records
from office_desk.core.store.backup import backup_file
from office_desk.core.store.database import Store, open_store
from tests.conftest import file_hash

STAMP = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _without_stamp(path: Path) -> dict[str, Any]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            document = json.loads(archive.read(ZIP_MEMBER))
    else:
        document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


def _all(store: Store, model: type[Record]) -> list[Any]:
    with store.session() as s:
        return list(s.exec(select(model).execution_options(include_deleted=True)).all())


def _one(store: Store, model: type[Record], record_id: uuid.UUID) -> Any:
    return records.get(store, model, record_id, include_deleted=True)


@pytest.fixture
def copy_b(sample_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A second copy of the sample network: the other office's database."""
    store = open_store(backup_file(sample_template, tmp_path / "office-b.sqlite"))
    yield store
    store.close()


def _send(source: Store, target: Store, tmp_path: Path, name: str = "a.json") -> Any:
    """Export ``source`` and plan merging it into ``target``."""
    export_package(source, tmp_path / name)
    return plan_merge(target, read_package(tmp_path / name))


# --------------------------------------------------------------------------- round trips


def test_whole_database_round_trip_is_identical(
    sample_store: Store, empty_store: Store, tmp_path: Path
) -> None:
    records.delete(sample_store, Contact, [_all(sample_store, Contact)[0].id])
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    summary = export_package(sample_store, first, exported_at=STAMP)
    assert summary.rows["contact"] == 40 and summary.deleted_rows["contact"] == 1

    result = import_package(empty_store, first)
    assert result.counts["contact"]["added"] == 39
    assert result.counts["contact"]["deletions_recorded"] == 1
    export_package(empty_store, second, exported_at=STAMP)

    assert first.read_bytes() == second.read_bytes()
    assert run_checks(empty_store) == []
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT_NAME and document["version"] == 1
    assert document["scope"] == {"office_id": None, "office_name": None}
    amounts = [p["amount"] for p in document["tables"]["project"] if p["amount"] is not None]
    assert amounts and all(isinstance(a, str) for a in amounts)
    ids = [row["id"] for row in document["tables"]["contact"]]
    assert ids == sorted(ids) and all(str(uuid.UUID(i)) == i for i in ids)
    # A second merge of the same package changes nothing.
    again = plan_merge(empty_store, read_package(first))
    assert again.write_count == 0 and again.conflicts == []


def test_zip_package_round_trip(sample_store: Store, empty_store: Store, tmp_path: Path) -> None:
    export_package(sample_store, tmp_path / "network.zip")
    with zipfile.ZipFile(tmp_path / "network.zip") as archive:
        assert archive.namelist() == [ZIP_MEMBER]
        assert archive.getinfo(ZIP_MEMBER).compress_type == zipfile.ZIP_DEFLATED
    assert is_package(tmp_path / "network.zip")
    import_package(empty_store, tmp_path / "network.zip")
    export_package(empty_store, tmp_path / "again.zip")
    assert _without_stamp(tmp_path / "network.zip") == _without_stamp(tmp_path / "again.zip")


def test_office_part_imports_into_an_empty_database(
    sample_store: Store, empty_store: Store, tmp_path: Path
) -> None:
    dresden = find_office(sample_store, "Dresden")
    part = tmp_path / "dresden.json"
    export_package(sample_store, part, dresden.id)
    package = read_package(part)
    assert package.office_id == dresden.id and package.office_name == dresden.name
    contacts = package.rows("contact")
    assert contacts and all(c["office_id"] == dresden.id for c in contacts)
    assert len(contacts) < len(_all(sample_store, Contact))
    offices = {o["id"] for o in package.rows("office")}
    assert dresden.id in offices and dresden.counterpart_id in offices
    people = {c["id"] for c in contacts}
    assert all(link["contact_id"] in people for link in package.rows("event_contact"))
    assert len(package.rows("exchange_rate")) == len(_all(sample_store, ExchangeRate))

    import_package(empty_store, part)
    assert run_checks(empty_store) == []
    export_package(empty_store, tmp_path / "again.json", dresden.id)
    assert _without_stamp(part) == _without_stamp(tmp_path / "again.json")
    # Merged back into the database it came from, the part changes nothing.
    back = plan_merge(sample_store, package)
    assert back.write_count == 0 and back.conflicts == []


# --------------------------------------------------------------------------- merging


def test_new_record_and_newer_edit_travel(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    a, b = sample_store, copy_b
    org = Organization(name="Fraunhofer IWS Zweigstelle", city="Dresden", country="DE")
    records.add(a, org)
    contact = _all(a, Contact)[0]
    records.update(a, Contact, contact.id, position="Head of Liaison")

    plan = _send(a, b, tmp_path)
    assert plan.counts["organization"]["added"] == 1
    assert plan.counts["contact"]["updated"] == 1
    (overridden,) = [c for c in plan.conflicts if c.id == contact.id]
    assert overridden.winner == "incoming"
    assert ("position", contact.position, "Head of Liaison") in overridden.fields
    apply_merge(b, plan)

    assert _one(b, Contact, contact.id).position == "Head of Liaison"
    assert _one(b, Contact, contact.id).updated_at == _one(a, Contact, contact.id).updated_at
    assert _one(b, Organization, org.id).created_at == org.created_at
    assert any(f.id == org.id for f in find(b, "Zweigstelle"))
    assert any(f.id == contact.id for f in find(b, "Liaison"))
    assert run_checks(b) == []


def test_newer_local_edit_is_kept_and_listed(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    a, b = sample_store, copy_b
    project = _all(a, Project)[0]
    records.update(a, Project, project.id, description="A's older note")
    records.update(b, Project, project.id, description="B's newer note", stage="signed")

    plan = _send(a, b, tmp_path)
    assert plan.counts["project"]["kept_local"] == 1
    (conflict,) = [c for c in plan.conflicts if c.id == project.id]
    assert conflict.winner == "local" and conflict.title == project.title
    assert ("description", "B's newer note", "A's older note") in conflict.fields
    assert ("stage", "signed", project.stage) in conflict.fields
    assert any("A's older note" in line for line in plan.summary_lines())
    apply_merge(b, plan)
    assert _one(b, Project, project.id).description == "B's newer note"


def test_deletion_is_carried_with_its_links(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    a, b = sample_store, copy_b
    org = next(
        o
        for o in _all(a, Organization)
        if any(p.organization_id == o.id for p in _all(a, ProjectPartner))
    )
    when = records.delete(a, Organization, [org.id])
    # B links the organization to one more project: a link the package knows nothing of.
    partnered = {p.project_id for p in _all(b, ProjectPartner) if p.organization_id == org.id}
    other = next(p for p in _all(b, Project) if p.id not in partnered)
    extra = records.add(b, ProjectPartner(project_id=other.id, organization_id=org.id))

    plan = _send(a, b, tmp_path)
    assert plan.counts["organization"]["deleted"] == 1
    apply_merge(b, plan)
    assert _one(b, Organization, org.id).deleted_at == when
    links = [p for p in _all(b, ProjectPartner) if p.organization_id == org.id]
    assert len(links) >= 2 and all(p.deleted_at == when for p in links)
    assert extra.id in {p.id for p in links}
    assert all(f.id != org.id for f in find(b, org.name))
    assert run_checks(b) == []


def test_newer_edit_brings_back_an_older_local_deletion(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    """Decision: the newest version wins, tombstone or not. B deleted the contact first,
    A edited it later: the contact comes back in B with A's edit and the links deleted
    with it, and the plan lists that B's deletion was overridden."""
    a, b = sample_store, copy_b
    contact = next(
        c for c in _all(a, Contact) if any(e.contact_id == c.id for e in _all(a, EventContact))
    )
    records.delete(b, Contact, [contact.id])
    records.update(a, Contact, contact.id, notes="Met again in Jinan")

    plan = _send(a, b, tmp_path)
    (conflict,) = [c for c in plan.conflicts if c.id == contact.id]
    assert conflict.winner == "incoming"
    assert [f for f in conflict.fields if f[0] == "deleted_at" and f[2] is None]
    apply_merge(b, plan)
    back = _one(b, Contact, contact.id)
    assert back.deleted_at is None and back.notes == "Met again in Jinan"
    links = [e for e in _all(b, EventContact) if e.contact_id == contact.id]
    assert links and all(e.deleted_at is None for e in links)
    assert any(f.id == contact.id for f in find(b, "Met again"))
    assert run_checks(b) == []


def test_newer_local_deletion_stays_and_is_listed(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    a, b = sample_store, copy_b
    contact = _all(a, Contact)[1]
    records.update(a, Contact, contact.id, notes="edited before B deleted it")
    met = {x.event_id for x in _all(a, EventContact) if x.contact_id == contact.id}
    event = next(e for e in _all(a, Event) if e.id not in met)
    link = records.add(a, EventContact(event_id=event.id, contact_id=contact.id))
    when = records.delete(b, Contact, [contact.id])

    plan = _send(a, b, tmp_path)
    assert plan.counts["contact"]["kept_local"] == 1
    (conflict,) = [c for c in plan.conflicts if c.id == contact.id]
    assert conflict.winner == "local"
    assert ("notes", contact.notes, "edited before B deleted it") in conflict.fields
    apply_merge(b, plan)
    assert _one(b, Contact, contact.id).deleted_at == when
    # A's new link to the contact arrives deleted with it (a restore brings both back).
    assert _one(b, EventContact, link.id).deleted_at == when
    assert run_checks(b) == []
    records.restore(b, Contact, [contact.id])
    assert _one(b, EventContact, link.id).deleted_at is None


def test_tag_with_the_same_name_is_shared_not_duplicated(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    a, b = sample_store, copy_b
    contact = _all(a, Contact)[2]
    theirs = Tag(name="Hydrogen", color="#00AA00")
    records.add_all(a, [theirs, TagLink(tag_id=theirs.id, contact_id=contact.id)])
    ours = records.add(b, Tag(name="hydrogen", color="#00AA00"))

    plan = _send(a, b, tmp_path)
    (clash,) = [c for c in plan.conflicts if c.kind == "tag"]
    assert clash.winner == "local" and ("name", "hydrogen", "Hydrogen") in clash.fields
    assert plan.counts["tag"]["skipped"] == 1 and plan.counts["tag_link"]["added"] == 1
    apply_merge(b, plan)
    assert {t.id for t in _all(b, Tag) if t.name.lower() == "hydrogen"} == {ours.id}
    tagged = [t for t in _all(b, TagLink) if t.contact_id == contact.id and t.tag_id == ours.id]
    assert len(tagged) == 1
    assert run_checks(b) == []
    # Importing the same package again finds nothing more to do.
    again = plan_merge(b, read_package(tmp_path / "a.json"))
    assert again.write_count == 0


def test_rate_for_the_same_day_is_not_added_twice(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    a, b = sample_store, copy_b
    day = date(2030, 1, 2)
    records.add(a, ExchangeRate(on=day, base="EUR", quote="CNY", rate=Decimal("7.90")))
    records.add(b, ExchangeRate(on=day, base="EUR", quote="CNY", rate=Decimal("7.85")))
    plan = _send(a, b, tmp_path)
    (clash,) = [c for c in plan.conflicts if c.kind == "exchange_rate"]
    assert ("rate", Decimal("7.85"), Decimal("7.90")) in clash.fields
    apply_merge(b, plan)
    rates = [r for r in _all(b, ExchangeRate) if r.on == day]
    assert [r.rate for r in rates] == [Decimal("7.85")]


def test_replaced_rate_takes_the_place_of_the_deleted_one(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    a, b = sample_store, copy_b
    old = _all(a, ExchangeRate)[0]
    records.delete(a, ExchangeRate, [old.id])
    new = records.add(
        a,
        ExchangeRate(
            on=old.on,
            base=old.base,
            quote=old.quote,
            rate=old.rate + Decimal("0.01"),
            source="corrected",
        ),
    )
    export_package(a, tmp_path / "a.json")
    import_package(b, tmp_path / "a.json")
    live = [
        r
        for r in _all(b, ExchangeRate)
        if r.deleted_at is None and (r.on, r.base, r.quote) == (old.on, old.base, old.quote)
    ]
    assert [r.id for r in live] == [new.id]


def test_same_link_made_on_both_sides_is_not_doubled(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    a, b = sample_store, copy_b
    linked = {(p.project_id, p.contact_id) for p in _all(a, ProjectContact)}
    project = _all(a, Project)[0]
    first, second = [c for c in _all(a, Contact) if (project.id, c.id) not in linked][:2]
    records.add(a, ProjectContact(project_id=project.id, contact_id=first.id, role="advisor"))
    records.add(b, ProjectContact(project_id=project.id, contact_id=first.id, role="advisor"))
    records.add(a, ProjectContact(project_id=project.id, contact_id=second.id, role="lead"))
    ours = records.add(
        b, ProjectContact(project_id=project.id, contact_id=second.id, role="sponsor")
    )
    plan = _send(a, b, tmp_path)
    assert plan.counts["project_contact"]["unchanged"] == len(linked) + 1
    assert plan.counts["project_contact"]["skipped"] == 1
    (clash,) = [c for c in plan.conflicts if c.kind == "project_contact"]
    assert ("role", "sponsor", "lead") in clash.fields and clash.winner == "local"
    assert first.display_name not in clash.title and second.display_name in clash.title
    apply_merge(b, plan)
    live = [
        p for p in _all(b, ProjectContact) if p.project_id == project.id and p.deleted_at is None
    ]
    assert sorted(p.contact_id for p in live if p.contact_id in (first.id, second.id)) == sorted(
        [first.id, second.id]
    )
    assert _one(b, ProjectContact, ours.id).role == "sponsor"


def test_package_must_hold_what_it_points_at(
    sample_store: Store, empty_store: Store, tmp_path: Path
) -> None:
    text = _package_text(sample_store, tmp_path)
    bad = tmp_path / "no-organizations.json"
    bad.write_text(_edited(text, lambda d: d["tables"].update(organization=[])), encoding="utf-8")
    with pytest.raises(PackageError, match="organization_id .* is neither in the package"):
        import_package(empty_store, bad)
    assert records.count(empty_store, Contact) == 0


def test_cancelled_export_leaves_no_file(sample_store: Store, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled

    target = tmp_path / "network.zip"
    with pytest.raises(Cancelled):
        export_package(sample_store, target, progress=cancel)
    assert list(tmp_path.glob("network*")) == [] and list(tmp_path.glob(".network*")) == []


def test_same_time_on_both_sides_keeps_the_local_version(
    sample_store: Store, tmp_path: Path
) -> None:
    text = _package_text(sample_store, tmp_path)
    office = json.loads(text)["tables"]["office"][0]
    edited = tmp_path / "same-time.json"
    edited.write_text(
        _edited(
            text,
            lambda d: d["tables"]["office"][0].update(notes="changed without a new updated_at"),
        ),
        encoding="utf-8",
    )
    plan = plan_merge(sample_store, read_package(edited))
    assert plan.write_count == 0 and plan.counts["office"]["kept_local"] == 1
    (conflict,) = plan.conflicts
    assert conflict.reason == "same time on both sides"
    assert conflict.fields == [("notes", office["notes"], "changed without a new updated_at")]


def test_plan_is_refused_when_the_database_changed(
    sample_store: Store, copy_b: Store, tmp_path: Path
) -> None:
    records.update(sample_store, Office, _all(sample_store, Office)[0].id, notes="new")
    plan = _send(sample_store, copy_b, tmp_path)
    records.update(copy_b, Office, _all(copy_b, Office)[1].id, notes="meanwhile")
    with copy_b.engine.connect() as conn:
        before = fingerprint(conn)
    with pytest.raises(StalePlan, match="changed since"):
        apply_merge(copy_b, plan)
    with copy_b.engine.connect() as conn:
        assert fingerprint(conn) == before


def test_cancel_during_merge_writes_nothing(sample_store: Store, tmp_path: Path) -> None:
    export_package(sample_store, tmp_path / "network.json")
    target = tmp_path / "new.sqlite"
    open_store(target, create=True).close()
    before = file_hash(target)
    store = open_store(target)
    calls = []

    class Cancelled(Exception):
        pass

    def cancel_after_first_chunk(done: int, total: int) -> None:
        calls.append(done)
        if done > 0:
            raise Cancelled

    try:
        with pytest.raises(Cancelled):
            import_package(store, tmp_path / "network.json", progress=cancel_after_first_chunk)
        assert len(calls) == 2
        assert all(records.count(store, m) == 0 for m in (Office, Contact, Tag))
        assert find(store, "Dresden") == []
    finally:
        store.close()
    assert file_hash(target) == before


# --------------------------------------------------------------------------- bad packages


def _package_text(store: Store, tmp_path: Path) -> str:
    export_package(store, tmp_path / "good.json")
    return (tmp_path / "good.json").read_text(encoding="utf-8")


def _edited(text: str, change: Any) -> str:
    document = json.loads(text)
    change(document)
    return json.dumps(document, ensure_ascii=False)


def _bad_cases(text: str) -> dict[str, tuple[bytes, str, str]]:
    """name -> (file bytes, file name, expected message fragment)."""

    def first(table: str) -> Any:
        return lambda d, key, value: d["tables"][table][0].__setitem__(key, value)

    cases = {
        "bad json": (text[: len(text) // 2].encode(), "x.json", "line "),
        "wrong format": (
            _edited(text, lambda d: d.update(format="other-app")).encode(),
            "x.json",
            "not an Office Desk package",
        ),
        "newer version": (
            _edited(text, lambda d: d.update(version=2)).encode(),
            "x.json",
            "made by a newer Office Desk",
        ),
        "unknown column": (
            _edited(text, lambda d: first("contact")(d, "shoe_size", 44)).encode(),
            "x.json",
            "unknown column shoe_size",
        ),
        "bad value": (
            _edited(text, lambda d: first("office")(d, "latitude", "north")).encode(),
            "x.json",
            "latitude: expected a number",
        ),
        "invalid record": (
            _edited(text, lambda d: first("contact")(d, "emails", ["not-mail"])).encode(),
            "x.json",
            "not a valid e-mail address",
        ),
        "not utf-8": (
            '{"format": "office-desk-package", "x": "\xe9"}'.encode("latin-1"),
            "x.json",
            "not UTF-8",
        ),
        "dangling reference": (
            _edited(
                text, lambda d: first("contact")(d, "organization_id", str(uuid.uuid4()))
            ).encode(),
            "x.json",
            "neither in the package nor",
        ),
    }
    return cases


def test_malformed_packages_change_nothing(sample_path: Path, tmp_path: Path) -> None:
    good_store = open_store(sample_path)
    text = _package_text(good_store, tmp_path)
    records.update(good_store, Office, _all(good_store, Office)[0].id, notes="differs")
    good_store.close()
    zipped = tmp_path / "good.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(ZIP_MEMBER, text)
    data = zipped.read_bytes()
    cases = _bad_cases(text)
    cases["truncated zip"] = (data[: len(data) - 40], "x.zip", "zip")
    cases["zip without member"] = (_zip_of("notes.txt", "hello"), "x.zip", "without")
    cases["not a zip"] = (b"hello, I am not a zip", "x.zip", "zip")

    before = file_hash(sample_path)
    for name, (content, file_name, message) in cases.items():
        bad = tmp_path / f"{name.replace(' ', '-')}-{file_name}"
        bad.write_bytes(content)
        store = open_store(sample_path)
        try:
            with pytest.raises(PackageError, match=message) as caught:
                import_package(store, bad)
        finally:
            store.close()
        assert "\n" not in str(caught.value), name
        assert file_hash(sample_path) == before, name


def _zip_of(member: str, text: str) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, text)
    return buffer.getvalue()


def test_error_messages_name_table_row_and_place(sample_store: Store, tmp_path: Path) -> None:
    text = _package_text(sample_store, tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text(text.replace('"version": 1,', '"version": 1,,', 1), encoding="utf-8")
    with pytest.raises(PackageError, match=r"bad.json: not valid JSON at line 3, column 14"):
        read_package(bad)
    contact_id = json.loads(text)["tables"]["contact"][0]["id"]
    bad.write_text(_edited(text, lambda d: d["tables"]["contact"][0].update(extra=1)))
    with pytest.raises(PackageError, match=f"contact {contact_id}: unknown column extra"):
        read_package(bad)


def test_is_package_sniffs_cheaply(sample_store: Store, sample_path: Path, tmp_path: Path) -> None:
    export_package(sample_store, tmp_path / "p.json")
    (tmp_path / "contacts.csv").write_text("name,email\nA,a@example.com\n")
    (tmp_path / "other.zip").write_bytes(_zip_of("contacts.csv", "x"))
    assert is_package(tmp_path / "p.json")
    assert not is_package(tmp_path / "contacts.csv")
    assert not is_package(tmp_path / "other.zip")
    assert not is_package(sample_path)
    assert not is_package(tmp_path / "missing.json")
