"""``office-desk backup`` and ``restore`` on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import func, select

from office_desk.cli.main import main
from office_desk.core.models import Contact
from office_desk.core.store.database import open_store
from tests.conftest import file_hash
from tests.qt_plugin import CLI_NEEDS_QT

pytestmark = CLI_NEEDS_QT


def contacts(db: Path) -> int:
    store = open_store(db)
    try:
        with store.session() as session:
            return int(session.exec(select(func.count()).select_from(Contact)).one())
    finally:
        store.close()


def test_backup_then_restore_brings_the_data_back(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.sqlite"
    assert main(["--db", str(sample_path), "backup", "-o", str(copy)]) == 0
    assert contacts(copy) == 40
    store = open_store(sample_path)
    with store.write() as session:
        session.add(Contact(given_name="Added", family_name="Later"))
    store.close()
    assert contacts(sample_path) == 41
    assert main(["--db", str(sample_path), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert contacts(sample_path) == 40
    kept = Path(out.rsplit("is kept at ", 1)[1].strip().rstrip("."))
    assert contacts(kept) == 41  # the file as it was before the restore
    assert main(["--db", str(sample_path), "check"]) == 0


def test_backup_never_overwrites(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "there.sqlite"
    existing.write_bytes(b"mine")
    assert main(["--db", str(sample_path), "backup", "-o", str(existing)]) == 2
    assert existing.read_bytes() == b"mine"


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_restoring_a_bad_file_changes_nothing(
    sample_path: Path, tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    before = file_hash(sample_path)
    assert main(["--db", str(sample_path), "restore", str(bad)]) == 1
    assert "error" in capsys.readouterr().err
    assert file_hash(sample_path) == before
