"""A hostile database runs the attacker's SQL: files with triggers, views, indexes or
tables Office Desk did not make (or its own changed) are refused before anything
writes to them, byte for byte untouched; ``check`` reports them; backups and restores
never carry them into the live file; removing them (after a backup) makes the file
safe again. Every hostile file is made here, from a real Office Desk file."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import select

from office_desk.cli.main import main
from office_desk.core import paths
from office_desk.core.checks import run_checks
from office_desk.core.models import Contact
from office_desk.core.services import records
from office_desk.core.store import schema, schema_audit
from office_desk.core.store.backup import (
    BackupError,
    back_up_and_remove,
    list_backups,
    restore_file,
)
from office_desk.core.store.database import (
    ForeignObjects,
    NotOfficeDesk,
    Store,
    StoreError,
    open_store,
)
from office_desk.core.store.engine import make_engine, sqlite_url
from tests.conftest import file_hash
from tests.hostile_files import (
    ATTACKER_MAIL,
    SPY_TABLE,
    SPY_TRIGGER,
    harvested,
    plant_spy,
    plant_without_schema_cookie,
    run,
    schema_rows,
)
from tests.qt_plugin import CLI_NEEDS_QT
from tests.unit.import_files import Person, outlook_german_csv

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "first-release.sqlite"
QUOTING_TRICK = 'search_index"; DROP TABLE contact; --'
HIDDEN_NAME = "spy\u202e\nkcart"  # a new line and a right-to-left override in a name

#: (how the file is made hostile, a text the refusal must contain)
HOSTILE: dict[str, tuple[Callable[[Path], object], str]] = {
    "spy trigger and hidden table": (plant_spy, f'trigger "{SPY_TRIGGER}" on contact'),
    "trigger named like one of our indexes": (
        lambda p: run(
            p,
            (
                "CREATE TRIGGER ix_contact_city AFTER UPDATE ON contact BEGIN"
                " UPDATE contact SET notes = 'seen' WHERE id = NEW.id; END;"
            ),
        ),
        'trigger "ix_contact_city" on contact',
    ),
    "table behind the search index's prefix": (
        lambda p: run(p, "CREATE TABLE search_index_cache (c);"),
        'table "search_index_cache"',
    ),
    "view": (
        lambda p: run(p, "CREATE VIEW mail_list AS SELECT emails FROM contact;"),
        'view "mail_list"',
    ),
    "one of our indexes redefined": (
        lambda p: run(
            p,
            ("DROP INDEX ix_contact_city; CREATE INDEX ix_contact_city ON contact (city, emails);"),
        ),
        'index "ix_contact_city" on contact (changed)',
    ),
    "table with an extra column": (
        lambda p: run(p, "ALTER TABLE contact ADD COLUMN shadow TEXT;"),
        'table "contact" (changed)',
    ),
    "trigger written without changing schema_version": (
        plant_without_schema_cookie,
        'trigger "quiet_copy" on contact',
    ),
    "trigger posing as SQLite's own": (
        lambda p: plant_without_schema_cookie(p, "sqlite_autoindex_contact_9"),
        'trigger "sqlite_autoindex_contact_9"',
    ),
    "name quoting trick": (
        lambda p: run(
            p,
            (
                f'CREATE TRIGGER "{QUOTING_TRICK.replace(chr(34), 2 * chr(34))}"'
                " AFTER DELETE ON tag BEGIN DELETE FROM contact; END;"
            ),
        ),
        'trigger "search_index\\"; DROP TABLE contact;',
    ),
    "name with control characters": (
        lambda p: run(p, (f'CREATE TABLE "{HIDDEN_NAME}" (x);')),
        'table "spy\\u202e\\u000akcart"',
    ),
    "alembic_version that lies": (
        lambda p: run(p, "UPDATE alembic_version SET version_num = '0001';"),
        'trigger "sortkey_',
    ),
}


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def _add_contact(path: Path, family: str) -> None:
    store = open_store(path)
    try:
        records.add(
            store, Contact(given_name="Anna", family_name=family, emails=["anna@example.org"])
        )
    finally:
        store.close()


def _emails(path: Path, family: str) -> list[str]:
    store = open_store(path)
    try:
        with store.session() as session:
            return session.exec(select(Contact).where(Contact.family_name == family)).one().emails
    finally:
        store.close()


# --------------------------------------------------------------------------- opening


@pytest.mark.parametrize("variant", list(HOSTILE), ids=list(HOSTILE))
def test_opening_refuses_a_hostile_file_and_leaves_it_byte_for_byte(
    variant: str, sample_path: Path, backups: Path
) -> None:
    plant, named = HOSTILE[variant]
    plant(sample_path)
    before = file_hash(sample_path)
    with pytest.raises(ForeignObjects) as refused:
        open_store(sample_path, backup_folder=backups)
    message = str(refused.value)
    assert named in message
    assert "\n" not in message and "\u202e" not in message  # one line, nothing hidden
    assert "not opened and not changed" in message
    assert file_hash(sample_path) == before
    assert not backups.exists()  # no upgrade started either
    with pytest.raises(ForeignObjects):
        open_store(sample_path, read_only=True)


def test_an_intact_file_opens_and_its_schema_is_clean(sample_path: Path) -> None:
    open_store(sample_path).close()
    assert schema_audit.audit_file(sample_path) == schema_audit.SchemaReport(schema.head_revision())


def test_older_revision_with_a_spy_is_refused_before_it_is_upgraded(
    tmp_path: Path, backups: Path
) -> None:
    """The first released schema (0002) is compared with 0002's own objects: a clean
    copy upgrades (tests/unit/test_first_release_file.py), a planted one is refused
    before the backup and the migrations touch anything."""
    copy = tmp_path / "office.sqlite"
    shutil.copy(FIXTURE, copy)
    plant_spy(copy)
    before = file_hash(copy)
    with pytest.raises(ForeignObjects, match=SPY_TRIGGER):
        open_store(copy, backup_folder=backups)
    assert file_hash(copy) == before
    assert not backups.exists()


def test_a_file_with_only_a_view_is_not_taken_for_an_empty_one(tmp_path: Path) -> None:
    path = tmp_path / "looks-empty.sqlite"
    run(path, "CREATE VIEW later AS SELECT 1 AS x;")
    before = file_hash(path)
    with pytest.raises(NotOfficeDesk):
        open_store(path, create=True)
    assert file_hash(path) == before


def test_connections_do_not_trust_the_files_schema(sample_path: Path) -> None:
    engine = make_engine(sqlite_url(sample_path))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    engine.dispose()


# --------------------------------------------------------------------------- the CLI


@CLI_NEEDS_QT
def test_cli_commands_refuse_a_hostile_file_with_one_line(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant_spy(sample_path)
    before = file_hash(sample_path)
    source = outlook_german_csv(
        tmp_path / "partner.csv", [Person("Jürgen", "Müller", emails=("j.m@example.org",))]
    )
    safety_copies = set(paths.backup_dir().glob(f"{sample_path.stem}.*"))
    for command in (
        ["list", "contacts"],
        ["import", str(source)],
        ["export", "--format", "vcf", "-o", str(tmp_path / "out.vcf")],
    ):
        assert main(["--db", str(sample_path), *command]) == 1, command
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0, err
        assert f'trigger "{SPY_TRIGGER}" on contact' in err and f'"{SPY_TABLE}"' in err
    assert file_hash(sample_path) == before
    assert not (tmp_path / "out.vcf").exists()
    assert set(paths.backup_dir().glob(f"{sample_path.stem}.*")) == safety_copies


@CLI_NEEDS_QT
def test_check_reports_each_object_and_exits_non_zero(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant_spy(sample_path)
    before = file_hash(sample_path)
    assert main(["--db", str(sample_path), "check"]) == 1
    out = capsys.readouterr().out
    assert f'schema: trigger "{SPY_TRIGGER}" on contact: not made by Office Desk' in out
    assert f'schema: table "{SPY_TABLE}": not made by Office Desk' in out
    assert "2 problems found" in out and "no problems" not in out
    assert file_hash(sample_path) == before


def test_check_sees_a_trigger_added_while_the_file_is_open(sample_store: Store) -> None:
    assert run_checks(sample_store) == []
    assert sample_store.path is not None
    plant_spy(sample_store.path)
    problems = [str(p) for p in run_checks(sample_store)]
    assert f'schema: trigger "{SPY_TRIGGER}" on contact: not made by Office Desk' in problems


# --------------------------------------------------------------------------- backups


@CLI_NEEDS_QT
def test_backup_command_refuses_a_hostile_file(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant_spy(sample_path)
    copy = tmp_path / "copy.sqlite"
    assert main(["--db", str(sample_path), "backup", "-o", str(copy)]) == 1
    err = capsys.readouterr().err
    assert SPY_TRIGGER in err and "No backup was made" in err
    assert not copy.exists()


@CLI_NEEDS_QT
def test_restore_refuses_a_backup_with_foreign_objects(
    sample_path: Path, tmp_path: Path, backups: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / "sample.2026-11-30T120000.daily.sqlite"
    shutil.copy(sample_path, hostile)
    plant_spy(hostile)
    before = file_hash(sample_path)
    with pytest.raises(BackupError, match=SPY_TRIGGER):
        restore_file(hostile, sample_path, backups)
    assert file_hash(sample_path) == before
    assert not backups.exists()  # refused before the safety copy: nothing was touched
    assert main(["--db", str(sample_path), "restore", str(hostile)]) == 1
    assert SPY_TRIGGER in capsys.readouterr().err
    assert file_hash(sample_path) == before
    assert ("trigger", SPY_TRIGGER) not in schema_rows(sample_path)


def test_a_backup_of_our_own_index_changed_is_refused_too(
    sample_path: Path, tmp_path: Path, backups: Path
) -> None:
    changed = tmp_path / "sample.2026-11-30T120000.daily.sqlite"
    shutil.copy(sample_path, changed)
    run(
        changed,
        "DROP INDEX ix_contact_city; CREATE UNIQUE INDEX ix_contact_city ON contact"
        " (city, family_name);",
    )
    with pytest.raises(BackupError, match="ix_contact_city"):
        restore_file(changed, sample_path, backups)


def test_the_backup_list_marks_a_backup_with_foreign_objects(
    sample_path: Path, backups: Path
) -> None:
    backups.mkdir()
    hostile = backups / "sample.2026-11-30T120000.daily.sqlite"
    shutil.copy(sample_path, hostile)
    plant_spy(hostile)
    fine = backups / "sample.2026-11-29T120000.daily.sqlite"
    shutil.copy(sample_path, fine)
    listed = {b.path: b for b in list_backups(backups, sample_path)}
    assert listed[fine].usable
    assert not listed[hostile].usable
    assert SPY_TRIGGER in listed[hostile].problem and SPY_TABLE in listed[hostile].problem


# --------------------------------------------------------------------------- removing


def test_removing_after_a_backup_makes_the_file_safe(sample_path: Path, backups: Path) -> None:
    plant_spy(sample_path)
    run(
        sample_path,
        "DROP INDEX ix_contact_city; CREATE INDEX ix_contact_city ON contact (city, emails);",
    )
    with pytest.raises(ForeignObjects) as refused:
        open_store(sample_path)
    report = refused.value.report
    assert report.repairable
    copy = back_up_and_remove(sample_path, report, backups)
    # The backup is the file as it was, objects and all (and is not offered back).
    assert ("trigger", SPY_TRIGGER) in schema_rows(copy)
    assert copy.name.endswith(".before-cleanup.sqlite")
    assert not next(b for b in list_backups(backups, sample_path) if b.path == copy).usable
    # The file: only Office Desk's own objects, our index as we make it, data kept.
    assert schema_audit.audit_file(sample_path) == schema_audit.SchemaReport(schema.head_revision())
    assert ("table", SPY_TABLE) not in schema_rows(sample_path)
    _add_contact(sample_path, "Sicher")
    assert _emails(sample_path, "Sicher") == ["anna@example.org"]
    assert harvested(sample_path) == []
    store = open_store(sample_path)
    try:
        assert run_checks(store) == []
    finally:
        store.close()


def test_removing_a_quoting_trick_drops_only_that_object(sample_path: Path, backups: Path) -> None:
    HOSTILE["name quoting trick"][0](sample_path)
    names_before = {n for _t, n in schema_rows(sample_path)}
    with pytest.raises(ForeignObjects) as refused:
        open_store(sample_path)
    back_up_and_remove(sample_path, refused.value.report, backups)
    assert names_before - {n for _t, n in schema_rows(sample_path)} == {QUOTING_TRICK}
    store = open_store(sample_path)
    try:
        with store.session() as session:
            assert len(session.exec(select(Contact)).all()) == 40
    finally:
        store.close()


def test_the_spy_really_spies_until_removed(
    sample_path: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the refusal prevents: with the check switched off, saving a contact runs
    the attacker's trigger."""
    plant_spy(sample_path)
    monkeypatch.setattr(
        "office_desk.core.store.database._refuse_foreign_objects", lambda path, state: None
    )
    _add_contact(sample_path, "Opfer")
    assert harvested(sample_path) == [("Opfer", '["anna@example.org"]')]
    assert _emails(sample_path, "Opfer") == [ATTACKER_MAIL[2:-2]]


def test_a_changed_table_cannot_be_removed(sample_path: Path, backups: Path) -> None:
    run(sample_path, "ALTER TABLE contact ADD COLUMN shadow TEXT;")
    before = file_hash(sample_path)
    with pytest.raises(ForeignObjects) as refused:
        open_store(sample_path)
    assert not refused.value.report.repairable
    assert "restore a backup" in str(refused.value)
    with pytest.raises(StoreError):
        schema_audit.remove_differences(sample_path, refused.value.report)
    assert file_hash(sample_path) == before


def test_nothing_is_removed_when_the_file_changed_since_it_was_shown(
    sample_path: Path, backups: Path
) -> None:
    plant_spy(sample_path)
    with pytest.raises(ForeignObjects) as refused:
        open_store(sample_path)
    run(sample_path, "CREATE VIEW arrived_later AS SELECT 1;")
    before = file_hash(sample_path)
    with pytest.raises(StoreError, match="changed since it was checked"):
        schema_audit.remove_differences(sample_path, refused.value.report)
    assert file_hash(sample_path) == before


# --------------------------------------------------------------------------- expected


def test_expected_comes_from_the_migrations_and_is_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "schema-objects.json"
    monkeypatch.setattr(schema_audit, "cache_path", lambda: cache)
    schema_audit.forget_expected()
    try:
        own = schema_audit.expected(schema.head_revision()).own
        assert cache.is_file()
        new = tmp_path / "new.sqlite"
        open_store(new, create=True).close()
        conn = sqlite3.connect(new)
        try:
            made = {o.key: o for o in schema_audit.read_objects(conn)}
        finally:
            conn.close()
        assert made == own  # a new file is exactly what "expected" says
        assert ("table", "search_index_config") in own  # FTS5's shadow tables
        assert ("table", "alembic_version") in own
        assert ("table", "search_key") not in schema_audit.expected("0001").own
        # From the disk cache in a later run; rebuilt when what shapes it changes.
        schema_audit.forget_expected()
        monkeypatch.setattr(schema_audit, "_build", lambda: pytest.fail("rebuilt"))
        assert schema_audit.expected(schema.head_revision()).own == own
        schema_audit.forget_expected()
        monkeypatch.setattr(schema_audit, "CACHE_FORMAT", "another-format")
        with pytest.raises(pytest.fail.Exception, match="rebuilt"):
            schema_audit.expected(schema.head_revision())
    finally:
        schema_audit.forget_expected()


def test_sqlite_statistics_tables_are_tolerated(sample_path: Path) -> None:
    run(sample_path, "ANALYZE;")
    assert ("table", "sqlite_stat1") in schema_rows(sample_path)
    open_store(sample_path).close()


@pytest.mark.parametrize(
    ("ours", "theirs", "same"),
    [
        ("CREATE INDEX ix ON contact (city)", "create  index\n\tIX on CONTACT(city) -- note", True),
        ("CREATE INDEX ix ON contact (city)", "CREATE INDEX ix ON contact (city /* c */)", True),
        ("CHECK (kind = 'a')", "CHECK (kind = 'A')", False),  # literals keep their case
        ('CREATE INDEX ix ON t ("on")', 'CREATE INDEX ix ON t ("ON")', False),
        ("DEFAULT x'ab'", "DEFAULT x 'ab'", False),  # a blob is not a word and a string
        ("a - -b", "a--b", False),  # minus minus is not a comment
        ("stage", "\u017ftage", False),  # a long s is not an ASCII s to SQLite
    ],
)
def test_sql_is_compared_as_sqlite_reads_it(ours: str, theirs: str, same: bool) -> None:
    assert (schema_audit.normalise_sql(ours) == schema_audit.normalise_sql(theirs)) is same


def test_our_own_sql_written_differently_is_still_ours(sample_path: Path) -> None:
    """Compared as SQLite reads it: other spacing and letter case are the same index."""
    run(
        sample_path,
        "DROP INDEX ix_contact_city; create   index ix_contact_city\n on CONTACT ( City ) -- same;",
    )
    assert ("index", "ix_contact_city") in schema_rows(sample_path)
    open_store(sample_path).close()
