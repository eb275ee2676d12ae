"""A database written by the first released schema (Office Desk 0.1.0, revision 0002)
must open in every later version: upgraded after a backup when the schema has moved
on, with the same data. The fixture file is never modified (it is copied first)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from sqlmodel import select

from office_desk.core.checks import run_checks
from office_desk.core.finder import find
from office_desk.core.models import Contact, Organization, Project
from office_desk.core.store.database import open_store
from office_desk.core.store.schema import REVISIONS
from tests.conftest import file_hash

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "first-release.sqlite"
FIRST_RELEASE_REVISION = "0002"


def test_first_release_file_opens_with_the_same_data(tmp_path: Path) -> None:
    before = file_hash(FIXTURE)
    copy = tmp_path / "office.sqlite"
    shutil.copy(FIXTURE, copy)
    backups = tmp_path / "backups"
    store = open_store(copy, backup_folder=backups)
    try:
        upgraded = REVISIONS[-1] != FIRST_RELEASE_REVISION
        assert (backups.exists() and any(backups.iterdir())) == upgraded
        with store.session() as session:
            zhang = session.exec(select(Contact).where(Contact.name_native == "张伟")).one()
            assert zhang.display_name == "Zhang Wei (张伟)"
            assert zhang.emails == ["zhang.wei@example.com"]
            org = session.exec(select(Organization)).one()
            assert org.name == "Müller Präzisionstechnik GmbH"
            project = session.exec(select(Project)).one()
            assert (project.amount, project.currency) == (Decimal("3200000.00"), "EUR")
            # The deleted contact is hidden, but its tombstone is still there.
            live = session.exec(select(Contact)).all()
            everyone = session.exec(select(Contact).execution_options(include_deleted=True)).all()
            assert len(live) == 1 and len(everyone) == 2
        assert any(hit.kind == "contact" for hit in find(store, "zhang wei"))
        assert any(hit.kind == "organization" for hit in find(store, "Mueller"))
        assert run_checks(store) == []
    finally:
        store.close()
    assert file_hash(FIXTURE) == before
