"""Packages that try to do more than their office may: wipe the network with tombstones
from the year 9999, change another office's records, carry stamps that can never be
outvoted, or delete many records without anyone agreeing; and who made a package.

Hostile packages are made from real exports of the sample network, edited as JSON, and
merged into real SQLite files, through the command line where the attack came in."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from sqlmodel import select

from office_desk.cli.main import main
from office_desk.core.checks import run_checks
from office_desk.core.models import (
    Contact,
    EventContact,
    Organization,
    Project,
    ProjectContact,
    Record,
)
from office_desk.core.network_package import (
    MAX_UNCONFIRMED_DELETIONS,
    DeletionsNotConfirmed,
    MadeBy,
    apply_merge,
    export_package,
    plan_merge,
    read_package,
)
from office_desk.core.network_package.codec import encode
from office_desk.core.office_lookup import find_office
from office_desk.core.services import record_state, records
from office_desk.core.store.backup import backup_file
from office_desk.core.store.database import Store, open_store
from tests.conftest import file_hash
from tests.qt_plugin import CLI_NEEDS_QT

FAR_FUTURE = "9999-12-31T23:59:59.999999+00:00"


def _all(store: Store, model: type[Record]) -> list[Any]:
    with store.session() as s:
        return list(s.exec(select(model).execution_options(include_deleted=True)).all())


def _live(store: Store, model: type[Record]) -> list[Any]:
    return [r for r in _all(store, model) if r.deleted_at is None]


def _stamp(when: datetime) -> str:
    return str(encode("datetime", when))


def _document(
    store: Store, path: Path, office: str | None = None, made_by: MadeBy | None = None
) -> dict[str, Any]:
    office_id = find_office(store, office).id if office else None
    export_package(store, path, office_id, made_by=made_by)
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _write(document: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _rows(document: dict[str, Any], table: str) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in document["tables"][table]}


def _put(document: dict[str, Any], table: str, row: dict[str, Any]) -> None:
    rows = document["tables"][table]
    rows[:] = [r for r in rows if r["id"] != row["id"]] + [row]


@pytest.fixture
def second_copy(sample_template: Path, tmp_path: Path) -> Iterator[Path]:
    """Another office's copy of the sample network (a file; open it when needed)."""
    yield backup_file(sample_template, tmp_path / "third-office.sqlite")


# --------------------------------------------------------------------------- the wipe


@CLI_NEEDS_QT
def test_a_munich_package_cannot_wipe_the_network(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attack: a package whose scope says "Munich" carried tombstones for all 40
    contacts stamped 9999-12-31, and ``import`` deleted them everywhere without asking."""
    store = open_store(sample_path)
    try:
        document = _document(store, tmp_path / "munich.json", "Munich")
        every_contact = [
            json.loads(json.dumps(r))
            for r in _document(store, tmp_path / "all.json")["tables"]["contact"]
        ]
    finally:
        store.close()
    assert len(every_contact) == 40
    for row in every_contact:
        row.update(deleted_at=FAR_FUTURE, updated_at=FAR_FUTURE)
        _put(document, "contact", row)
    wipe = _write(document, tmp_path / "munich-wipe.json")

    assert main(["--db", str(sample_path), "import", str(wipe), "--dry-run"]) == 0
    dry_run = capsys.readouterr().out
    assert main(["--db", str(sample_path), "import", str(wipe)]) == 0
    merged = capsys.readouterr()
    store = open_store(sample_path)
    try:
        assert len(_live(store, Contact)) == 40
        assert max(c.updated_at for c in _all(store, Contact)).year < 9999
    finally:
        store.close()
    for out in (dry_run, merged.out):
        assert "40 rows of the package are refused and left out:" in out
        assert out.count("more than a day ahead of this computer's clock") == 40
    assert "40 rows of munich-wipe.json were refused" in merged.err


@CLI_NEEDS_QT
def test_the_wipe_merged_elsewhere_cannot_delete_restored_records_again(
    sample_path: Path, second_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A third office merged the wipe before this fix (its file holds the 9999
    tombstones); here the contacts were restored from a backup. The third office's
    ordinary package must not delete them again, and this office's package heals the
    third office: a stamp from the future outvotes nothing."""
    third = open_store(second_copy)
    try:
        with third.engine.begin() as conn:
            table = Contact.__table__  # type: ignore[attr-defined]
            conn.execute(
                update(table).values(
                    deleted_at=datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
                    updated_at=datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
                )
            )
        assert _live(third, Contact) == []
        export_package(third, tmp_path / "third.json")
    finally:
        third.close()

    assert main(["--db", str(sample_path), "import", str(tmp_path / "third.json")]) == 0
    ours = open_store(sample_path)
    try:
        assert len(_live(ours, Contact)) == 40
        export_package(ours, tmp_path / "ours.json")
    finally:
        ours.close()
    assert "40 rows of the package are refused" in capsys.readouterr().out

    assert main(["--db", str(second_copy), "import", str(tmp_path / "ours.json")]) == 0
    out = capsys.readouterr().out
    assert out.count("the version here is stamped 9999-12-31 23:59 UTC") == 40
    third = open_store(second_copy)
    try:
        assert len(_live(third, Contact)) == 40
        assert run_checks(third) == []
    finally:
        third.close()


# --------------------------------------------------------------------------- scope


@CLI_NEEDS_QT
def test_an_office_package_changes_only_its_own_records(
    sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Munich package may change Munich's records and what they refer to; changes to
    other offices' records, records moved into Munich, links on another office's
    project, and rows needing a refused record are refused and listed; the rest
    merges."""
    munich, dresden = find_office(sample_store, "Munich"), find_office(sample_store, "Dresden")
    now = datetime.now(UTC)
    document = _document(sample_store, tmp_path / "munich.json", "Munich")
    everything = _document(sample_store, tmp_path / "all.json")
    contacts = _rows(everything, "contact")
    ours = next(r for r in contacts.values() if r["office_id"] == str(munich.id))
    theirs, moved = [r for r in contacts.values() if r["office_id"] == str(dresden.id)][:2]
    their_project = next(
        r for r in everything["tables"]["project"] if r["office_id"] == str(dresden.id)
    )
    our_event = next(r for r in document["tables"]["event"] if r["office_id"] == str(munich.id))

    _put(document, "contact", {**ours, "notes": "Munich's own edit", "updated_at": _stamp(now)})
    _put(
        document,
        "contact",
        {**theirs, "notes": "Munich edits Dresden's contact", "updated_at": _stamp(now)},
    )
    _put(document, "contact", {**moved, "office_id": str(munich.id), "updated_at": _stamp(now)})
    stranger = {
        **theirs,
        "id": str(uuid.uuid4()),
        "given_name": "Planted",
        "family_name": "Stranger",
        "emails": [],
        "created_at": _stamp(now),
        "updated_at": _stamp(now),
    }
    _put(document, "contact", stranger)
    link_on_theirs = {
        "id": str(uuid.uuid4()),
        "project_id": their_project["id"],
        "contact_id": ours["id"],
        "role": "",
        "created_at": _stamp(now),
        "updated_at": _stamp(now),
        "deleted_at": None,
    }
    _put(document, "project_contact", link_on_theirs)
    needs_stranger = {
        "id": str(uuid.uuid4()),
        "event_id": our_event["id"],
        "contact_id": stranger["id"],
        "created_at": _stamp(now),
        "updated_at": _stamp(now),
        "deleted_at": None,
    }
    _put(document, "event_contact", needs_stranger)
    package = _write(document, tmp_path / "munich-reaching-out.json")

    plan = plan_merge(sample_store, read_package(package))
    refused = {r.id: r.reason for r in plan.refused}
    assert refused.keys() == {
        uuid.UUID(i)
        for i in (
            theirs["id"],
            moved["id"],
            stranger["id"],
            link_on_theirs["id"],
            needs_stranger["id"],
        )
    }
    assert "belongs to office 'Dresden" in refused[uuid.UUID(theirs["id"])]
    assert "would move it from office 'Dresden" in refused[uuid.UUID(moved["id"])]
    assert f"needs contact {stranger['id']}" in refused[uuid.UUID(needs_stranger["id"])]
    assert plan.counts["contact"]["refused"] == 3 and plan.counts["contact"]["updated"] == 1
    lines = "\n".join(plan.summary_lines())
    assert "5 rows of the package are refused and left out:" in lines
    assert "Planted Stranger" in lines

    assert main(["--db", str(sample_store.path), "import", str(package), "--dry-run"]) == 0
    assert "5 rows of the package are refused" in capsys.readouterr().out
    apply_merge(sample_store, plan)
    assert records.get(sample_store, Contact, uuid.UUID(ours["id"])).notes == "Munich's own edit"
    assert records.get(sample_store, Contact, uuid.UUID(theirs["id"])).notes == theirs["notes"]
    assert records.get(sample_store, Contact, uuid.UUID(moved["id"])).office_id == dresden.id
    assert uuid.UUID(stranger["id"]) not in {c.id for c in _all(sample_store, Contact)}
    assert uuid.UUID(link_on_theirs["id"]) not in {p.id for p in _all(sample_store, ProjectContact)}
    assert uuid.UUID(needs_stranger["id"]) not in {e.id for e in _all(sample_store, EventContact)}
    assert run_checks(sample_store) == []


def test_an_office_package_still_creates_what_its_records_refer_to(
    sample_store: Store, empty_store: Store, tmp_path: Path
) -> None:
    """Scope is not a cage for honest packages: an office's part, with the counterpart
    office and the organizations of other offices its contacts work at, builds an
    empty database without a refusal."""
    path = tmp_path / "dresden.json"
    export_package(sample_store, path, find_office(sample_store, "Dresden").id)
    package = read_package(path)
    assert {r["office_id"] for r in package.rows("organization")} - {
        find_office(sample_store, "Dresden").id
    }  # other offices' rows are in it
    plan = plan_merge(empty_store, package)
    assert plan.refused == [] and plan.deletions == []
    apply_merge(empty_store, plan)
    assert run_checks(empty_store) == []


# --------------------------------------------------------------------------- time


def test_stamps_more_than_a_day_ahead_are_refused(sample_store: Store, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    document = _document(sample_store, tmp_path / "all.json")
    first, second, third = document["tables"]["contact"][:3]
    first.update(notes="from a clock two days fast", updated_at=_stamp(now + timedelta(days=2)))
    second.update(notes="from a clock an hour fast", updated_at=_stamp(now + timedelta(hours=1)))
    third.update(
        deleted_at=_stamp(now + timedelta(days=3)), updated_at=_stamp(now + timedelta(hours=1))
    )
    plan = plan_merge(sample_store, read_package(_write(document, tmp_path / "fast.json")))
    refused = {str(r.id): r.reason for r in plan.refused}
    assert refused.keys() == {first["id"], third["id"]}
    assert refused[first["id"]].startswith("updated_at is ")
    assert refused[third["id"]].startswith("deleted_at is ")
    assert all("more than a day ahead of this computer's clock" in r for r in refused.values())
    apply_merge(sample_store, plan)
    by_id = {str(c.id): c for c in _all(sample_store, Contact)}
    assert by_id[first["id"]].notes != "from a clock two days fast"
    assert by_id[second["id"]].notes == "from a clock an hour fast"
    assert by_id[third["id"]].deleted_at is None


def _edits(store: Store, contact_id: uuid.UUID) -> list[Callable[[], None]]:
    """Every way a user changes or deletes a record, each as one call."""

    def editor() -> None:
        state = record_state.capture(store, Contact, contact_id)
        state.fields["position"] = "Changed in the editor"
        record_state.apply(store, Contact, contact_id, state)

    return [
        lambda: records.update(store, Contact, contact_id, notes="edited here"),
        editor,
        lambda: records.delete(store, Contact, [contact_id]) and None,
        lambda: records.restore(store, Contact, [contact_id]),
    ]


def test_a_local_edit_is_stamped_after_the_stamp_it_replaces(
    sample_store: Store, second_copy: Path, tmp_path: Path
) -> None:
    """A version from an office whose clock runs an hour fast is merged here; editing,
    deleting or restoring it here must give a later stamp, or the edit loses to the
    old version everywhere it travels."""
    ahead = datetime.now(UTC) + timedelta(hours=1)
    document = _document(sample_store, tmp_path / "all.json")
    row = document["tables"]["contact"][0]
    row.update(notes="from a fast clock", updated_at=_stamp(ahead))
    apply_merge(
        sample_store,
        plan_merge(sample_store, read_package(_write(document, tmp_path / "fast.json"))),
    )
    contact_id = uuid.UUID(row["id"])
    stamp = records.get(sample_store, Contact, contact_id).updated_at
    assert stamp == ahead
    for edit in _edits(sample_store, contact_id):
        edit()
        now = records.get(sample_store, Contact, contact_id, include_deleted=True).updated_at
        assert now > stamp
        stamp = now
    # The last local word (the restore, with the editor's position) wins in the other copy.
    export_package(sample_store, tmp_path / "ours.json")
    other = open_store(second_copy)
    try:
        apply_merge(other, plan_merge(other, read_package(tmp_path / "ours.json")))
        there = records.get(other, Contact, contact_id)
        assert there.position == "Changed in the editor" and there.notes == "edited here"
    finally:
        other.close()


def test_a_stamp_from_the_far_future_does_not_hold_back_a_local_edit(sample_store: Store) -> None:
    contact = _live(sample_store, Contact)[0]
    with sample_store.engine.begin() as conn:
        table = Contact.__table__  # type: ignore[attr-defined]
        conn.execute(
            update(table)
            .where(table.c.id == contact.id)
            .values(updated_at=datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC))
        )
    records.update(sample_store, Contact, contact.id, notes="no overflow")
    stamp = records.get(sample_store, Contact, contact.id).updated_at
    assert stamp < datetime.now(UTC) + timedelta(minutes=1)


# --------------------------------------------------------------------------- deletions


def _delete_contacts(source: Path, count: int) -> list[uuid.UUID]:
    store = open_store(source)
    try:
        ids = [c.id for c in _live(store, Contact)][:count]
        records.delete(store, Contact, ids)
    finally:
        store.close()
    return ids


@CLI_NEEDS_QT
def test_deleting_more_than_a_few_records_needs_allow_deletions(
    sample_path: Path, second_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = _delete_contacts(second_copy, MAX_UNCONFIRMED_DELETIONS + 1)
    package = tmp_path / "deletes.json"
    assert main(["--db", str(second_copy), "export", "-o", str(package)]) == 0
    capsys.readouterr()

    assert main(["--db", str(sample_path), "import", str(package), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "The merge deletes 6 records here:" in out
    assert "pass --allow-deletions" in out
    before = file_hash(sample_path)
    assert main(["--db", str(sample_path), "import", str(package)]) == 1
    assert "nothing was imported" in capsys.readouterr().err
    assert file_hash(sample_path) == before

    from office_desk.cli import exchange_commands as exchange_cli

    assert exchange_cli._MAX_DELETIONS == MAX_UNCONFIRMED_DELETIONS  # its --help says so
    assert main(["--db", str(sample_path), "import", str(package), "--allow-deletions"]) == 0
    store = open_store(sample_path)
    try:
        assert {c.id for c in _all(store, Contact) if c.deleted_at} == set(gone)
    finally:
        store.close()


@CLI_NEEDS_QT
def test_a_few_deletions_merge_without_asking(
    sample_path: Path, second_copy: Path, tmp_path: Path
) -> None:
    gone = _delete_contacts(second_copy, MAX_UNCONFIRMED_DELETIONS)
    package = tmp_path / "deletes.json"
    assert main(["--db", str(second_copy), "export", "-o", str(package)]) == 0
    assert main(["--db", str(sample_path), "import", str(package)]) == 0
    store = open_store(sample_path)
    try:
        assert {c.id for c in _all(store, Contact) if c.deleted_at} == set(gone)
    finally:
        store.close()


def test_deleting_a_record_not_of_the_packages_office_needs_confirmation(
    sample_store: Store, tmp_path: Path
) -> None:
    """One deletion is enough when the record is not the package's office's: here an
    organization that a Munich contact works at (it has no office of its own)."""
    munich = find_office(sample_store, "Munich")
    document = _document(sample_store, tmp_path / "munich.json", "Munich")
    org = next(o for o in document["tables"]["organization"] if o["office_id"] != str(munich.id))
    org.update(deleted_at=_stamp(datetime.now(UTC)), updated_at=_stamp(datetime.now(UTC)))
    plan = plan_merge(sample_store, read_package(_write(document, tmp_path / "del.json")))
    (deletion,) = plan.deletions
    assert deletion.kind == "organization" and deletion.other_office
    assert plan.needs_confirmation
    before = file_hash(sample_store.path)  # type: ignore[arg-type]
    with pytest.raises(DeletionsNotConfirmed, match="nothing was imported"):
        apply_merge(sample_store, plan)
    assert file_hash(sample_store.path) == before  # type: ignore[arg-type]
    apply_merge(sample_store, plan, allow_deletions=True)
    assert (
        records.get(
            sample_store, Organization, uuid.UUID(org["id"]), include_deleted=True
        ).deleted_at
        is not None
    )


# --------------------------------------------------------------------------- who made it


@CLI_NEEDS_QT
def test_a_package_names_who_made_it(
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    named = tmp_path / "named.json"
    assert (
        main(
            [
                "--db",
                str(sample_path),
                "export",
                "--office",
                "Munich",
                "--made-by",
                "  Anna   Schmidt ",
                "-o",
                str(named),
            ]
        )
        == 0
    )
    document = json.loads(named.read_text(encoding="utf-8"))
    munich = document["scope"]["office_id"]
    assert document["made_by"] == {
        "person": "Anna Schmidt",
        "office_id": munich,
        "office_name": document["scope"]["office_name"],
    }
    assert list(document).index("made_by") < list(document).index("tables")
    package = read_package(named)
    assert package.made_by == MadeBy(
        "Anna Schmidt", uuid.UUID(munich), document["scope"]["office_name"]
    )
    capsys.readouterr()
    assert main(["--db", str(sample_path), "import", str(named), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        f"Made by Anna Schmidt ({document['scope']['office_name']}), "
        f"{package.exported_at:%Y-%m-%d %H:%M} UTC"
    ) in out

    # Without --made-by: the user name on this computer.
    monkeypatch.setenv("LOGNAME", "lena.weber")
    default = tmp_path / "default.json"
    assert main(["--db", str(sample_path), "export", "-o", str(default)]) == 0
    assert json.loads(default.read_text(encoding="utf-8"))["made_by"] == {
        "person": "lena.weber",
        "office_id": None,
        "office_name": None,
    }


def test_a_package_from_an_older_office_desk_still_merges(
    sample_store: Store, tmp_path: Path
) -> None:
    document = _document(sample_store, tmp_path / "all.json")
    del document["made_by"]
    document["tables"]["project"][0].update(
        description="sent by an older Office Desk", updated_at=_stamp(datetime.now(UTC))
    )
    package = read_package(_write(document, tmp_path / "old.json"))
    assert package.made_by is None
    plan = plan_merge(sample_store, package)
    assert "who made it is not recorded" in plan.summary_lines()[1]
    apply_merge(sample_store, plan)
    project = records.get(sample_store, Project, uuid.UUID(document["tables"]["project"][0]["id"]))
    assert project.description == "sent by an older Office Desk"


@pytest.mark.parametrize(
    "made_by", [["x"], {"person": 3}, {"person": "x" * 201}, {"person": "A", "office_id": "nope"}]
)
def test_a_made_by_that_is_not_a_name_is_refused(
    sample_store: Store, tmp_path: Path, made_by: Any
) -> None:
    from office_desk.core.network_package import PackageError

    document = _document(sample_store, tmp_path / "all.json")
    document["made_by"] = made_by
    with pytest.raises(PackageError, match="made_by"):
        read_package(_write(document, tmp_path / "bad.json"))
