"""``office-desk import`` and ``office-desk export`` on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import func, select

from office_desk.cli import main
from office_desk.core.database import open_store
from office_desk.core.models import Contact
from tests.conftest import file_hash
from tests.unit.import_files import Person, chinese_gb18030_csv, outlook_german_csv

PARTNER = [
    Person("Jürgen", "Müller", organization="Elbflorenz Mikrosysteme GmbH",
           emails=("j.mueller@example.org",), phones=("+49 351 7777777",), city="Dresden",
           country="Deutschland"),
    Person("Karla", "Weiß", organization="Sächsische Präzision AG",
           emails=("k.weiss@praezision.example",), city="Görlitz", country="Deutschland"),
]


def contacts(db: Path) -> int:
    store = open_store(db)
    try:
        with store.session() as session:
            return int(session.exec(select(func.count()).select_from(Contact)).one())
    finally:
        store.close()


def test_dry_run_flags_duplicates_and_writes_nothing(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = outlook_german_csv(tmp_path / "partner.csv", PARTNER)
    before = file_hash(sample_path)
    assert main(["--db", str(sample_path), "import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dry run: nothing was written." in out
    assert "duplicate" in out.lower()
    assert file_hash(sample_path) == before


def test_import_skips_duplicates_by_default_or_merges_them(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = outlook_german_csv(tmp_path / "partner.csv", PARTNER)
    before = contacts(sample_path)
    assert main(["--db", str(sample_path), "import", str(source),
                 "--duplicates", "merge"]) == 0
    assert contacts(sample_path) == before + 1
    assert "Imported:" in capsys.readouterr().out
    # Importing the same file again adds nobody.
    assert main(["--db", str(sample_path), "import", str(source)]) == 0
    assert contacts(sample_path) == before + 1


def test_chinese_gb18030_list_is_read_right(sample_path: Path, tmp_path: Path) -> None:
    source = chinese_gb18030_csv(tmp_path / "联系人.csv")
    before = contacts(sample_path)
    assert main(["--db", str(sample_path), "import", str(source)]) == 0
    store = open_store(sample_path)
    try:
        with store.session() as session:
            names = set(session.exec(select(Contact.name_native)).all())
    finally:
        store.close()
    assert {"李娜", "欧阳娜娜"} <= names
    assert contacts(sample_path) > before


def test_a_malformed_file_changes_nothing(sample_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "broken.csv"
    source.write_bytes(b"Name,E-mail\nAnna,anna@example.org,extra,cells\n")
    before = file_hash(sample_path)
    assert main(["--db", str(sample_path), "import", str(source)]) == 1
    error = capsys.readouterr().err
    assert "line 2" in error
    assert file_hash(sample_path) == before


def test_package_round_trip_through_the_command_line(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "first.json"
    assert main(["--db", str(sample_path), "export", "--format", "json", "-o",
                 str(first)]) == 0
    new_db = tmp_path / "new.sqlite"
    assert main(["--db", str(new_db), "import", str(first)]) == 0  # creates the database
    assert "Creating a new database" in capsys.readouterr().out
    second = tmp_path / "second.json"
    assert main(["--db", str(new_db), "export", "-o", str(second)]) == 0

    def without_time(path: Path) -> dict[str, object]:
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("exported_at", None)
        return data

    assert without_time(first) == without_time(second)


def test_export_formats_and_bad_combinations(sample_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    vcf = tmp_path / "dresden.vcf"
    assert main(["--db", str(sample_path), "export", "--format", "vcf", "--office",
                 "Dresden", "-o", str(vcf)]) == 0
    assert 0 < vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") < 40
    ics = tmp_path / "events.ics"
    assert main(["--db", str(sample_path), "export", "-o", str(ics)]) == 0
    assert ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 39
    capsys.readouterr()
    assert main(["--db", str(sample_path), "export", "--format", "csv", "-o",
                 str(tmp_path / "x.csv")]) == 2
    assert "--kind" in capsys.readouterr().err
    assert main(["--db", str(sample_path), "export", "--format", "ics", "--kind", "contacts",
                 "-o", str(tmp_path / "x.ics")]) == 2
    assert not (tmp_path / "x.ics").exists()
