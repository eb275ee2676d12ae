"""``office-desk import`` and ``office-desk export`` on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import func, select

from office_desk.cli.main import main
from office_desk.core.models import Contact
from office_desk.core.store.database import open_store
from tests.conftest import file_hash
from tests.qt_plugin import CLI_NEEDS_QT
from tests.unit.import_files import Person, chinese_gb18030_csv, outlook_german_csv

pytestmark = CLI_NEEDS_QT

PARTNER = [
    Person(
        "Jürgen",
        "Müller",
        organization="Elbflorenz Mikrosysteme GmbH",
        emails=("j.mueller@example.org",),
        phones=("+49 351 7777777",),
        city="Dresden",
        country="Deutschland",
    ),
    Person(
        "Karla",
        "Weiß",
        organization="Sächsische Präzision AG",
        emails=("k.weiss@praezision.example",),
        city="Görlitz",
        country="Deutschland",
    ),
]


def contacts(db: Path) -> int:
    store = open_store(db)
    try:
        with store.session() as session:
            return int(session.exec(select(func.count()).select_from(Contact)).one())
    finally:
        store.close()


def test_dry_run_flags_duplicates_and_writes_nothing(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = outlook_german_csv(tmp_path / "partner.csv", PARTNER)
    before = file_hash(sample_path)
    assert main(["--db", str(sample_path), "import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dry run: nothing was written." in out
    assert "duplicate" in out.lower()
    assert file_hash(sample_path) == before


def test_import_skips_duplicates_by_default_or_merges_them(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = outlook_german_csv(tmp_path / "partner.csv", PARTNER)
    before = contacts(sample_path)
    assert main(["--db", str(sample_path), "import", str(source), "--duplicates", "merge"]) == 0
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


def test_a_malformed_file_changes_nothing(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "broken.csv"
    source.write_bytes(b"Name,E-mail\nAnna,anna@example.org,extra,cells\n")
    before = file_hash(sample_path)
    assert main(["--db", str(sample_path), "import", str(source)]) == 1
    error = capsys.readouterr().err
    assert "line 2" in error
    assert file_hash(sample_path) == before


def test_package_round_trip_through_the_command_line(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.json"
    assert main(["--db", str(sample_path), "export", "--format", "json", "-o", str(first)]) == 0
    new_db = tmp_path / "new.sqlite"
    assert main(["--db", str(new_db), "import", str(first)]) == 0  # creates the database
    assert f"Created {new_db}" in capsys.readouterr().out
    second = tmp_path / "second.json"
    assert main(["--db", str(new_db), "export", "-o", str(second)]) == 0

    def without_time(path: Path) -> dict[str, object]:
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("exported_at", None)
        return data

    assert without_time(first) == without_time(second)


def test_export_formats_and_bad_combinations(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vcf = tmp_path / "dresden.vcf"
    assert (
        main(
            [
                "--db",
                str(sample_path),
                "export",
                "--format",
                "vcf",
                "--office",
                "Dresden",
                "-o",
                str(vcf),
            ]
        )
        == 0
    )
    assert 0 < vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") < 40
    ics = tmp_path / "events.ics"
    assert main(["--db", str(sample_path), "export", "-o", str(ics)]) == 0
    assert ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 39
    capsys.readouterr()
    assert (
        main(["--db", str(sample_path), "export", "--format", "csv", "-o", str(tmp_path / "x.csv")])
        == 2
    )
    assert "--kind" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(sample_path),
                "export",
                "--format",
                "ics",
                "--kind",
                "contacts",
                "-o",
                str(tmp_path / "x.ics"),
            ]
        )
        == 2
    )
    assert not (tmp_path / "x.ics").exists()


def test_a_failed_package_import_leaves_no_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "office-desk-package", "version": 1, "tables": {"contact": '
        '[{"id": "not-a-uuid"}]}}',
        encoding="utf-8",
    )
    new_db = tmp_path / "new.sqlite"
    assert main(["--db", str(new_db), "import", str(bad)]) == 1
    assert not new_db.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.json"]  # no leftovers either


def test_contacts_are_not_imported_into_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = outlook_german_csv(tmp_path / "partner.csv", PARTNER)
    missing = tmp_path / "typo.sqlite"
    assert main(["--db", str(missing), "import", str(source)]) == 2
    assert "there is no database" in capsys.readouterr().err
    assert not missing.exists()


def test_an_import_backs_the_database_up_first(sample_path: Path, tmp_path: Path) -> None:
    from office_desk.core import paths

    source = outlook_german_csv(tmp_path / "partner.csv", PARTNER)
    before = set(paths.backup_dir().glob("*")) if paths.backup_dir().exists() else set()
    assert main(["--db", str(sample_path), "import", str(source)]) == 0
    made = set(paths.backup_dir().glob("*before-import*")) - before
    assert len(made) == 1
    copy = open_store(made.pop())
    try:
        with copy.session() as session:
            assert session.exec(select(func.count()).select_from(Contact)).one() == 40
    finally:
        copy.close()


def test_an_empty_office_name_is_an_error_not_everything(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.vcf"
    assert (
        main(
            ["--db", str(sample_path), "export", "--format", "vcf", "--office", "", "-o", str(out)]
        )
        == 2
    )
    assert not out.exists()
    assert (
        main(["--db", str(sample_path), "report", "--office", "", "-o", str(tmp_path / "r.csv")])
        == 2
    )
    assert (
        main(
            [
                "--db",
                str(sample_path),
                "report",
                "--office",
                "Dresden",
                "--sections",
                "contacts",
                "-o",
                str(tmp_path / "r.csv"),
            ]
        )
        == 2
    )
    assert "--include-contacts" in capsys.readouterr().err


def test_written_files_are_the_users_alone(sample_path: Path, tmp_path: Path) -> None:
    """Reports and exports hold personal data: new ones are 0600 (issue 13, part 6);
    tests/unit/test_private_files.py checks the rest in processes of their own."""
    import os
    import stat

    if os.name != "posix":
        pytest.skip("POSIX file modes")
    outputs = [tmp_path / "r.csv", tmp_path / "r.xlsx"]
    for out in outputs:
        assert main(["--db", str(sample_path), "report", "--network", "-o", str(out)]) == 0
    listed = tmp_path / "contacts.xlsx"
    assert main(["--db", str(sample_path), "export", "--kind", "contacts", "-o", str(listed)]) == 0
    for out in [*outputs, listed]:
        assert stat.S_IMODE(out.stat().st_mode) == 0o600, out.name


def test_old_backups_are_pruned_but_monthly_ones_kept(tmp_path: Path) -> None:
    from datetime import datetime

    from office_desk.core.store.backup import prune_backups

    source = tmp_path / "office.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    stamps = [
        "2026-11-25T100000",
        "2026-11-24T100000",
        "2026-11-20T100000",
        "2026-10-03T100000",
        "2026-10-01T100000",
        "2025-06-01T100000",
    ]
    for stamp in stamps:
        (folder / f"office.{stamp}.before-import.sqlite").write_bytes(b"x")
    other = folder / "other.2020-01-01T000000.before-import.sqlite"
    other.write_bytes(b"x")
    stray = folder / "notes.txt"
    stray.write_text("mine")
    removed = prune_backups(folder, source, keep=2, now=datetime(2026, 11, 25, 12))
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(
        [
            "office.2026-11-25T100000.before-import.sqlite",  # newest two
            "office.2026-11-24T100000.before-import.sqlite",
            "office.2026-10-03T100000.before-import.sqlite",  # newest of October
            other.name,
            stray.name,  # never touched
        ]
    )
    assert len(removed) == 3  # Nov 20 and Oct 1, and June 2025 (over 12 months ago)


def test_exports_follow_the_chosen_language(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from office_desk.core import i18n

    german = tmp_path / "projekte.csv"
    assert (
        main(
            [
                "--db",
                str(sample_path),
                "--language",
                "de",
                "export",
                "--kind",
                "projects",
                "-o",
                str(german),
            ]
        )
        == 0
    )
    assert german.read_text(encoding="utf-8-sig").startswith("Titel,Originaltitel,Art,Phase")
    assert i18n.current_language() == ""  # nothing leaks out of the command
    english = tmp_path / "projects.csv"
    assert main(["--db", str(sample_path), "export", "--kind", "projects", "-o", str(english)]) == 0
    assert english.read_text(encoding="utf-8-sig").startswith("Title,")
    assert (
        main(
            [
                "--db",
                str(sample_path),
                "--language",
                "fr",
                "export",
                "--kind",
                "projects",
                "-o",
                str(tmp_path / "x.csv"),
            ]
        )
        == 2
    )
    assert "no such translation" in capsys.readouterr().err
