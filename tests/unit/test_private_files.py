"""Files with personal data are created for the user alone (0600 files, 0700 folders)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _office_desk(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OFFICE_DESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "office_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        umask=0o022,
    )  # a typical one


def test_database_backups_packages_and_exports_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)  # left open by an earlier version
    (data / "old-notes.txt").write_text("x")
    (data / "old-notes.txt").chmod(0o644)
    out = tmp_path / "out"
    out.mkdir()
    db = tmp_path / "network.sqlite"
    assert _office_desk("sample", str(db), data=data).returncode == 0
    made = [db]
    for args, target in (
        (["backup", "-o"], out / "copy.sqlite"),
        (["export", "--format", "json", "-o"], out / "package.zip"),
        (["export", "--format", "xlsx", "--kind", "contacts", "-o"], out / "contacts.xlsx"),
        (["export", "--format", "vcf", "-o"], out / "contacts.vcf"),
    ):
        done = _office_desk("--db", str(db), *args, str(target), data=data)
        assert done.returncode == 0, done.stderr
        made.append(target)
    done = _office_desk("--db", str(db), "restore", str(out / "copy.sqlite"), data=data)
    assert done.returncode == 0, done.stderr
    backups = list((data / "backups").iterdir())
    assert backups
    for path in [*made, *backups]:
        assert _mode(path) == 0o600, f"{path.name} is {oct(_mode(path))}"
    assert _mode(data / "backups") == 0o700
    # A data folder chosen with OFFICE_DESK_DATA_DIR may be shared on purpose: as it was.
    assert _mode(data) == 0o755 and _mode(data / "old-notes.txt") == 0o644


def test_an_export_over_a_shared_file_keeps_its_permissions(tmp_path: Path) -> None:
    db = tmp_path / "network.sqlite"
    data = tmp_path / "data"
    assert _office_desk("sample", str(db), data=data).returncode == 0
    shared = tmp_path / "contacts.xlsx"
    shared.write_bytes(b"an older export")
    shared.chmod(0o664)  # shared with the office's group on purpose
    done = _office_desk(
        "--db",
        str(db),
        "export",
        "--format",
        "xlsx",
        "--kind",
        "contacts",
        "-o",
        str(shared),
        data=data,
    )
    assert done.returncode == 0, done.stderr
    assert _mode(shared) == 0o664 and shared.read_bytes()[:2] == b"PK"


def test_programs_started_from_the_app_get_the_users_umask_back() -> None:
    from office_desk.core import private_files

    before = os.umask(0o022)
    try:
        private_files._user_umask = None
        private_files.make_new_files_private()
        assert os.umask(0o077) == 0o077
        with private_files.users_own_umask():
            assert (
                subprocess.run(["sh", "-c", "umask"], capture_output=True, text=True).stdout.strip()
                == "0022"
            )
        assert (
            subprocess.run(["sh", "-c", "umask"], capture_output=True, text=True).stdout.strip()
            == "0077"
        )
    finally:
        os.umask(before)


def test_tighten_leaves_other_peoples_and_special_files_alone(tmp_path: Path) -> None:
    from office_desk.core.private_files import tighten

    folder = tmp_path / "mine"
    folder.mkdir()
    folder.chmod(0o755)
    (folder / "a.sqlite").write_text("x")
    (folder / "a.sqlite").chmod(0o644)
    (folder / "link").symlink_to(tmp_path)
    tighten([folder, tmp_path / "missing"])
    assert _mode(folder) == 0o700 and _mode(folder / "a.sqlite") == 0o600
