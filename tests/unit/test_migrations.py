"""Schema migrations: from empty, from the previous schema, and refusing newer files."""

from __future__ import annotations

import sqlite3
import uuid
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from office_desk.core.checks import run_checks
from office_desk.core.finder import find
from office_desk.core.models import metadata
from office_desk.core.store import schema
from office_desk.core.store.database import NewerSchema, Store, open_store
from office_desk.core.store.engine import make_engine, sqlite_url
from office_desk.core.store.schema import include_object
from tests.conftest import file_hash


def test_new_file_is_at_newest_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.sqlite", create=True)
    store.close()
    with sqlite3.connect(tmp_path / "new.sqlite") as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert revision == schema.head_revision()
    assert journal == "wal"


def test_migrations_match_the_models(tmp_path: Path) -> None:
    """A migrated file and the SQLModel tables agree (nothing left for autogenerate)."""
    path = tmp_path / "new.sqlite"
    open_store(path, create=True).close()
    engine = make_engine(sqlite_url(path))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        with warnings.catch_warnings():
            # SQLite cannot reflect the expression index on lower(tag.name); the
            # migration creates it by hand (checked in test_tag_names_unique_any_case).
            warnings.simplefilter("ignore")
            diff = compare_metadata(context, metadata)
    engine.dispose()
    assert diff == []


def _file_at_first_schema(path: Path) -> uuid.UUID:
    """A file as the first released schema (0001) wrote it, with one office."""
    schema.upgrade(path, target="0001")
    office_id = uuid.uuid4()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO office (id, created_at, updated_at, name, name_native, city, country,"
            " address, status, phone, email, website, focus_areas, notes) VALUES"
            " (?, '2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00+00:00',"
            " 'Wiener Verbindungsbüro', '维也纳联络处', 'Wien', 'AT', '', 'active', '', '', '',"
            " '[]', '')",
            (office_id.hex,),
        )
    return office_id


def test_upgrade_from_previous_schema_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    office_id = _file_at_first_schema(path)
    backups = tmp_path / "backups"

    store = open_store(path, backup_folder=backups)
    try:
        found = find(store, "Verbindungsbuero")  # indexed during the upgrade
        assert [f.id for f in found] == [office_id]
        assert [f.title for f in find(store, "维也纳")] == ["Wiener Verbindungsbüro"]
        assert run_checks(store) == []
    finally:
        store.close()

    copies = list(backups.glob("old.*.before-schema-upgrade-from-0001.sqlite"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT name FROM office").fetchall() == [("Wiener Verbindungsbüro",)]


def test_file_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = file_hash(path)
    with pytest.raises(NewerSchema, match="newer version of Office Desk"):
        open_store(path)
    assert file_hash(path) == before


def test_failed_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that fails half-way rolls back: the file stays at its old schema."""
    path = tmp_path / "old.sqlite"
    _file_at_first_schema(path)

    def broken_rebuild(conn: object) -> int:
        from sqlalchemy import text

        conn.execute(text("CREATE TABLE search_key (x)"))  # type: ignore[attr-defined]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("office_desk.core.search.rebuild", broken_rebuild)
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_store(path, backup_folder=tmp_path / "b")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "search_key" not in tables
        assert conn.execute("SELECT count(*) FROM office").fetchone() == (1,)


def test_tag_names_unique_any_case(empty_store: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    from office_desk.core.models import Tag
    from office_desk.core.services import records

    tag = records.add(empty_store, Tag(name="VIP"))
    with pytest.raises(IntegrityError):
        records.add(empty_store, Tag(name="vip"))
    records.delete(empty_store, Tag, [tag.id])
    records.add(empty_store, Tag(name="vip"))  # a deleted tag's name is free again


def test_revision_list_matches_the_migrations_folder() -> None:
    assert list(schema.REVISIONS) == schema.script_revisions()
