"""The command line as a user types it (a real child process, a real file)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from office_desk import __version__
from tests.conftest import file_hash


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "office_desk", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "COLUMNS": "200"},
    )


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "s.sqlite"
    result = run("sample", str(path))
    assert result.returncode == 0, result.stderr
    assert "Created the sample network" in result.stdout
    return path


def test_sample_then_list_offices(sample_db: Path) -> None:
    result = run("--db", str(sample_db), "list", "offices")
    assert result.returncode == 0, result.stderr
    assert "Dresden" in result.stdout
    data = json.loads(run("--db", str(sample_db), "list", "offices", "--format", "json").stdout)
    europe = [o for o in data if o["country"] != "CN"]
    assert len(europe) == 7
    assert len({o["country"] for o in europe}) == 5
    assert any(o["city"] == "Dresden" and o["established_on"].startswith("2013") for o in data)


def test_list_json_is_one_array_of_full_records(sample_db: Path) -> None:
    data = json.loads(run("--db", str(sample_db), "list", "projects", "--format", "json").stdout)
    assert isinstance(data, list) and len(data) >= 12
    fields = {"id", "title", "stage", "amount", "currency", "created_at", "updated_at"}
    assert fields <= set(data[0])
    amounts = [p["amount"] for p in data if p["amount"] is not None]
    assert amounts and all(isinstance(a, str) for a in amounts)  # exact decimals, not floats


def test_list_csv(sample_db: Path) -> None:
    out = run("--db", str(sample_db), "list", "contacts", "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:3] == ["id", "Name", "Position"]
    assert len(rows) > 30
    assert any("张" in cell for row in rows for cell in row)


def test_search_finds_the_concert(sample_db: Path) -> None:
    result = run("--db", str(sample_db), "search", "Kreuzchor")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert any(line.startswith("event") and "Kreuzchor" in line for line in lines)


def test_search_nothing_found_says_so(sample_db: Path) -> None:
    result = run("--db", str(sample_db), "search", "Xylophonmanufaktur")
    assert result.returncode == 1
    assert "Nothing matches" in result.stdout


def test_check_is_clean_and_reads_only(sample_db: Path) -> None:
    before = file_hash(sample_db)
    result = run("--db", str(sample_db), "check")
    assert result.returncode == 0, result.stdout
    assert "no problems found" in result.stdout
    assert file_hash(sample_db) == before


def test_check_reports_problems(tmp_path: Path, sample_db: Path) -> None:
    import sqlite3

    from office_desk.core.store.backup import backup_file

    copy = backup_file(sample_db, tmp_path / "broken.sqlite")
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM search_index")  # someone edited the file by hand
    conn.close()
    result = run("--db", str(copy), "check")
    assert result.returncode == 1
    assert "search index" in result.stdout


def test_sample_refuses_to_overwrite(sample_db: Path) -> None:
    before = file_hash(sample_db)
    result = run("sample", str(sample_db))
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert file_hash(sample_db) == before


def test_db_from_environment(sample_db: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "office_desk", "list", "events"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "OFFICE_DESK_DB": str(sample_db)},
    )
    assert result.returncode == 0 and "Kreuzchor" in result.stdout


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"office-desk {__version__}"
    help_text = run("--help").stdout
    for command in ("sample", "list", "search", "check", "demo"):
        assert command in help_text
    assert "OFFICE_DESK_DB" in help_text


def test_console_script_is_installed() -> None:
    import shutil

    script = shutil.which("office-desk", path=str(Path(sys.executable).parent))
    assert script is not None
    result = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
