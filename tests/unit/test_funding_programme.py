"""A project's funding programme, declared once (core/kinds/project.py), everywhere:
the list, the details, the office report, list exports, packages, search and old
files (the migration). The editor row is checked in tests/gui/test_editor_kinds.py
(every EDITOR field is a row)."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from office_desk.core import listing
from office_desk.core.export_lists import export_list
from office_desk.core.finder import find
from office_desk.core.models import Project
from office_desk.core.network_package import export_package, import_package
from office_desk.core.record_facts import facts
from office_desk.core.reports import ReportRequest, build_office_report, report_html
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store, open_store

DRESDEN = sample_id("office:dresden")
PROGRAMME = "Horizon Europe 2021–2027 (地平线欧洲)"


def _add(store: Store) -> Project:
    project = Project(
        title="Funded joint lab",
        office_id=DRESDEN,
        stage="signed",
        signed_on=date(2026, 3, 1),
        funding_programme=PROGRAMME,
    )
    records.add(store, project)
    return project


def test_the_list_the_details_and_search_show_it(sample_store: Store) -> None:
    project = _add(sample_store)
    columns = [c.key for c in listing.COLUMNS["project"]]
    assert "funding_programme" in columns
    (row,) = listing.rows_for(sample_store, "project", [project.id])
    assert row["funding_programme"] == PROGRAMME
    assert ("Funding programme", PROGRAMME) in facts(records.get(sample_store, Project, project.id))
    assert project.id in {found.id for found in find(sample_store, "Horizon")}
    # Sorting the list by it works (a real column, sorted as names are).
    query = listing.ListQuery("project", order_by="funding_programme")
    assert project.id in listing.ids(sample_store, query)


def test_list_exports_and_the_office_report_carry_it(sample_store: Store, tmp_path: Path) -> None:
    _add(sample_store)
    target = tmp_path / "projects.csv"
    export_list(sample_store, listing.ListQuery("project", text="Funded joint lab"), target)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert row[header.index("Funding programme")] == PROGRAMME

    report = build_office_report(sample_store, ReportRequest(DRESDEN), date(2026, 11, 25))
    html = report_html(report)
    assert "Funding programme" in html and "地平线欧洲" in html


def test_packages_carry_it_and_an_older_package_keeps_the_local_value(
    sample_store: Store, empty_store: Store, tmp_path: Path
) -> None:
    project = _add(sample_store)
    package = tmp_path / "network.zip"
    export_package(sample_store, package)
    import_package(empty_store, package)
    assert records.get(empty_store, Project, project.id).funding_programme == PROGRAMME

    # A package from an Office Desk before the field (schema 0003) has no such column:
    # an update from it must not clear the programme here.
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        members = {name: archive.read(name) for name in names}
    (member,) = [n for n in names if n.endswith(".json")]
    document = json.loads(members[member])
    text = json.dumps(document)
    assert "funding_programme" in text

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "funding_programme"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    older = strip(document)
    assert isinstance(older, dict)
    # ... and it carries a later edit of that project (a new title), so it does update it.
    (row,) = [r for r in older["tables"]["project"] if r["id"] == str(project.id)]
    row["title"] = "Funded joint lab, renamed"
    later = datetime.now(UTC) + timedelta(minutes=5)  # newer than the local edit
    row["updated_at"] = later.isoformat(timespec="microseconds")
    if "schema_revision" in older:
        older["schema_revision"] = "0003"
    old_package = tmp_path / "older.zip"
    with zipfile.ZipFile(old_package, "w") as archive:
        for name in names:
            archive.writestr(name, json.dumps(older) if name == member else members[name])
    import_package(empty_store, old_package)
    merged = records.get(empty_store, Project, project.id)
    assert merged.title == "Funded joint lab, renamed"
    assert merged.funding_programme == PROGRAMME


def test_an_older_file_is_migrated_with_an_empty_programme(tmp_path: Path) -> None:
    from office_desk.core.store import schema, sort_keys

    path = tmp_path / "old.officedesk"
    store = open_store(path, create=True, backup_folder=tmp_path / "backups")
    store.engine.dispose()
    with sqlite3.connect(path) as conn:  # back to schema 0003, as the last release made it
        for kind, name in conn.execute(  # what 0007 added
            "SELECT type, name FROM sqlite_master WHERE name LIKE '%sortkey%' "
            "AND type IN ('trigger', 'index')"
        ).fetchall():
            conn.execute(f"DROP {kind} {name}")
        for key in sort_keys.SORT_KEYS:
            conn.execute(f"ALTER TABLE {key.table} DROP COLUMN {key.column}")
        for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name LIKE 'sync_%' "
            "AND type IN ('trigger', 'table') ORDER BY type = 'table'"
        ).fetchall():
            conn.execute(f"DROP {kind} {name}")
        conn.execute("DROP TABLE trust_office_key")  # and what 0006 added
        conn.execute("ALTER TABLE contact DROP COLUMN erased_at")
        conn.execute("ALTER TABLE project DROP COLUMN funding_programme")
        conn.execute("UPDATE alembic_version SET version_num = '0003'")
        conn.execute(
            "INSERT INTO project (id, created_at, updated_at, title, title_native, kind, "
            "sector, stage, source_country, destination, jobs_estimated, status_reason, "
            "description) VALUES ('0000000000000000000000000000abcd', "
            "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 'Old one', '', "
            "'other', '', 'lead', '', '', 0, '', '')"
        )
    conn.close()
    store = open_store(path, backup_folder=tmp_path / "backups")
    try:
        with sqlite3.connect(path) as conn:
            assert (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                == schema.head_revision()
            )
            # and on through 0005: the sync queue's triggers see the new column too
            trigger = conn.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'sync_project_update'"
            ).fetchone()[0]
            assert '"funding_programme"' in trigger
            assert conn.execute(
                "SELECT funding_programme FROM project WHERE title = 'Old one'"
            ).fetchone() == ("",)
        conn.close()
    finally:
        store.engine.dispose()
