"""Text files whose lines are not all in one encoding: a UTF-8 list with rows typed in
Windows-1252 ("Müller" as the single byte 0xFC), a GBK row in a German UTF-8 file, a
Polish Windows-1250 row. Each line is read in the encoding its bytes make plausible,
the dry run says which lines were read otherwise, and a line whose encoding is unclear
or does not fit the one chosen is an error naming its line, with the readings side by
side and other encodings offered: nothing garbled is imported silently."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from office_desk.cli.main import main
from office_desk.core.import_contacts import (
    ImportFileError,
    ImportPlan,
    PlanHasErrors,
    apply_plan,
    guess_mapping,
    plan_import,
    read_source,
)
from office_desk.core.import_contacts.encodings import LOSSY, OTHER, UNSURE
from office_desk.core.store.database import Store
from tests.qt_plugin import CLI_NEEDS_QT

HEADER = b"Vorname,Nachname,E-Mail\n"


def _file(path: Path, *rows: tuple[str, str]) -> Path:
    """A CSV of (text, encoding) rows under a UTF-8 header, each row its own encoding."""
    path.write_bytes(HEADER + b"".join(f"{text}\n".encode(encoding) for text, encoding in rows))
    return path


def _plan(store: Store, path: Path, encoding: str | None = None) -> ImportPlan:
    table = read_source(path, encoding=encoding)
    return plan_import(store, table, guess_mapping(table, "contacts"))


def _names(store: Store) -> list[tuple[str, str, str]]:
    assert store.path is not None
    with sqlite3.connect(store.path) as conn:
        found = conn.execute(
            "SELECT given_name, family_name, name_native FROM contact ORDER BY 2, 3"
        ).fetchall()
    conn.close()
    return [tuple(row) for row in found]


def test_latin1_mueller_beside_utf8_zhang_wei_is_read_line_by_line(
    empty_store: Store, tmp_path: Path
) -> None:
    # Read whole as GB18030, this was imported as "M黮ler" and "寮犱紵", without a word.
    path = _file(
        tmp_path / "mixed.csv",
        ("Jürgen,Müller,jm@example.de", "latin-1"),
        ("伟,张,zw@example.cn", "utf-8"),
    )
    table = read_source(path)
    assert [r.values[:2] for r in table.rows] == [["Jürgen", "Müller"], ["伟", "张"]]
    assert table.encoding == "utf-8"
    assert [(n.line, n.encoding, n.status) for n in table.encoding_notes] == [(2, "cp1252", OTHER)]
    plan = plan_import(empty_store, table, guess_mapping(table, "contacts"))
    assert plan.error_count == 0
    assert (
        "  1 line is not UTF-8 like the rest of the file; it was read as Windows-1252 (line 2)"
    ) in plan.summary_lines()
    assert plan.rows[0].messages[0] == (
        "line 2 is not UTF-8 like the rest of the file; it was read as Windows-1252: "
        "'Jürgen,Müller,jm@example.de'"
    )
    apply_plan(empty_store, plan)
    assert _names(empty_store) == [("", "", "张伟"), ("Jürgen", "Müller", "")]


def test_a_utf8_file_with_a_few_latin1_rows_names_each_of_them(
    empty_store: Store, tmp_path: Path
) -> None:
    rows = [(f"Anna{i},Weiß,a{i}@example.de", "utf-8") for i in range(40)]
    rows[7] = ("Jörg,Schäfer,js@example.de", "cp1252")
    rows[23] = ("François,Dubois,fd@example.fr", "cp1252")
    rows[31] = ("Björn,Groß,bg@example.de", "cp1252")
    plan = _plan(empty_store, _file(tmp_path / "mostly.csv", *rows))
    assert plan.error_count == 0
    assert [n.line for n in plan.encoding_notes] == [9, 25, 33]
    assert (
        "  3 lines are not UTF-8 like the rest of the file; they were read as "
        "Windows-1252 (lines 9, 25, 33)"
    ) in plan.summary_lines()
    assert [plan.rows[i].title() for i in (7, 23, 31)] == [
        "Jörg Schäfer",
        "François Dubois",
        "Björn Groß",
    ]


def test_a_line_whose_encoding_is_unclear_is_an_error_until_one_is_chosen(
    empty_store: Store, tmp_path: Path
) -> None:
    path = _file(
        tmp_path / "polish.csv",
        ("Jürgen,Müller,jm@example.de", "utf-8"),
        ("Łukasz,Wąs,lw@example.pl", "cp1250"),
    )
    plan = _plan(empty_store, path)
    assert plan.error_count == 1 and plan.unclear_lines() == [3]
    message = plan.rows[1].errors[0]
    assert message.startswith(
        "line 3: which encoding this line is in is unclear (as "
        "Windows-1252: '£ukasz,W¹s,lw@example.pl'; as GB18030: "
    )
    assert message.endswith("choose the file's encoding, or leave the row out")
    assert any("1 line is in an unclear encoding" in line for line in plan.summary_lines())
    with pytest.raises(PlanHasErrors):
        apply_plan(empty_store, plan)
    chosen = _plan(empty_store, path, encoding="cp1250")
    assert chosen.error_count == 0
    assert [r.title() for r in chosen.rows] == ["Jürgen Müller", "Łukasz Wąs"]
    apply_plan(empty_store, chosen)
    assert _names(empty_store) == [("Jürgen", "Müller", ""), ("Łukasz", "Wąs", "")]


def test_a_chinese_row_in_a_german_file_is_unsure_and_offers_gb18030(
    empty_store: Store, tmp_path: Path
) -> None:
    path = _file(
        tmp_path / "german.csv",
        ("Jürgen,Müller,jm@example.de", "utf-8"),
        ("伟,张,zw@example.cn", "gbk"),
    )
    plan = _plan(empty_store, path)
    assert plan.unclear_lines() == [3] and plan.encoding_suggestions == ["gb18030"]
    assert "as GB18030: '伟,张,zw@example.cn'" in plan.rows[1].errors[0]
    assert any(line.endswith("; try GB18030") for line in plan.summary_lines())
    chosen = _plan(empty_store, path, encoding="gb18030")
    # The UTF-8 line stays UTF-8: only the lines that are not UTF-8 take the choice.
    assert chosen.error_count == 0
    assert [r.title() for r in chosen.rows] == ["Jürgen Müller", "张伟"]
    assert chosen.rows[0].fields["family_name"] == "Müller"


def test_a_chosen_encoding_that_does_not_fit_makes_the_line_an_error(
    empty_store: Store, tmp_path: Path
) -> None:
    path = _file(
        tmp_path / "latin.csv",
        ("Anna,Weiß,aw@example.de", "utf-8"),
        ("Jürgen,Müller,jm@example.de", "latin-1"),
    )
    table = read_source(path, encoding="utf-8")
    assert [(n.line, n.status) for n in table.encoding_notes] == [(3, LOSSY)]
    assert table.rows[1].values[1] == "M\ufffdller"
    plan = plan_import(empty_store, table, guess_mapping(table, "contacts"))
    assert plan.error_count == 1
    assert (
        plan.rows[1]
        .errors[0]
        .startswith("line 3 is not valid UTF-8 text; what cannot be read shows as �")
    )
    with pytest.raises(ImportFileError, match="not a text encoding"):
        read_source(path, encoding="klingon")


def test_a_vcard_line_in_another_encoding_goes_with_its_card(tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Wei\xc3\x9f\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:J\xfcrgen M\xfcller\r\nEND:VCARD\r\n"
    )
    table = read_source(path)
    assert [r.values[0] for r in table.rows] == ["Anna Weiß", "Jürgen Müller"]
    assert [r.decoding for r in table.rows][0] == ()
    assert [(n.line, n.encoding, n.status) for n in table.rows[1].decoding] == [
        (7, "cp1252", OTHER)
    ]


def test_a_pure_gbk_file_with_a_line_that_is_valid_utf8_by_chance(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("姓名,邮箱\n王芳,wf@example.cn\n伟,w@example.cn\n".encode("gbk"))
    table = read_source(path)  # 伟 is CE B0 in GBK, which is Greek "ΰ" in UTF-8
    assert table.encoding == "gb18030" and table.encoding_notes == []
    assert [r.values[0] for r in table.rows] == ["王芳", "伟"]


@CLI_NEEDS_QT
def test_the_command_line_names_the_unclear_lines_and_takes_an_encoding(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(
        tmp_path / "german.csv",
        ("Jürgen,Müllerling,jml@example.de", "utf-8"),
        ("伟,张,zw-unclear@example.cn", "gbk"),
    )
    assert main(["--db", str(sample_path), "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "line 3: which encoding this line is in is unclear" in out
    assert "To read the file in another encoding, give --encoding gb18030." in out
    assert main(["--db", str(sample_path), "import", str(path)]) == 1  # nothing imported
    assert main(["--db", str(sample_path), "import", str(path), "--encoding", "gb18030"]) == 0
    assert "Imported:" in capsys.readouterr().out
    with sqlite3.connect(sample_path) as conn:
        assert conn.execute(
            "SELECT name_native FROM contact WHERE emails LIKE '%zw-unclear@%'"
        ).fetchone() == ("张伟",)
    conn.close()
    assert main(["--db", str(sample_path), "import", str(path), "--encoding", "nope"]) == 1
    assert "'nope' is not a text encoding" in capsys.readouterr().err


def test_status_names_are_what_the_plan_reads() -> None:
    assert {OTHER, UNSURE, LOSSY} == {"other", "unsure", "lossy"}
