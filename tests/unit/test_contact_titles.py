"""A contact's academic title ("Dr.", "Prof. Dr.", "Dipl.-Ing."): stored (schema 0003),
shown before a Latin name and never glued into a name in its own script, found by
search with or without it, imported from Outlook, Google, vCard and guessed headers,
and carried by the list, vCard and network-package exports."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from office_desk.core import search
from office_desk.core.checks import run_checks
from office_desk.core.export_lists import export_list
from office_desk.core.export_vcard import contact_card, export_vcards
from office_desk.core.finder import find
from office_desk.core.import_contacts import (
    ImportPlan,
    apply_plan,
    guess_mapping,
    plan_import,
    read_source,
)
from office_desk.core.import_contacts.bulk_index import Searchable, contact_document
from office_desk.core.import_contacts.header_words import guess_field
from office_desk.core.import_contacts.person_names import split_title
from office_desk.core.listing import ListQuery, ids, rows_for
from office_desk.core.models import Contact, person_name
from office_desk.core.network_package import (
    apply_merge,
    export_package,
    import_package,
    plan_merge,
    read_package,
)
from office_desk.core.record_facts import title_of
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.services.relations import choices
from office_desk.core.store import schema
from office_desk.core.store.backup import backup_file
from office_desk.core.store.database import Store, open_store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "first-release.sqlite"


def _contact(store: Store, **fields: Any) -> Contact:
    return records.add(store, Contact(**fields))


def _by_email(store: Store) -> dict[str, Contact]:
    with store.session() as session:
        return {c.emails[0]: c for c in session.exec(select(Contact)).all() if c.emails}


def _write_csv(
    path: Path,
    header: list[str],
    rows: list[list[str]],
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _plan(store: Store, path: Path) -> ImportPlan:
    table = read_source(path)
    return plan_import(store, table, guess_mapping(table, "contacts"), "contacts")


def _import(store: Store, path: Path, merge: bool = False) -> ImportPlan:
    plan = _plan(store, path)
    if merge:
        plan.set_duplicate_choice("merge")
    apply_plan(store, plan)
    return plan


# --------------------------------------------------------------------------- the name shown


@pytest.mark.parametrize(
    ("given", "family", "native", "family_first", "title", "shown"),
    [
        ("Jürgen", "Müller", "", False, "Dr.", "Dr. Jürgen Müller"),
        ("Anna", "Schmidt", "", False, "Prof. Dr.-Ing.", "Prof. Dr.-Ing. Anna Schmidt"),
        ("Wei", "Zhang", "张伟", True, "Dr.", "Dr. Zhang Wei (张伟)"),
        ("", "", "张伟", True, "Dr.", "张伟 (Dr.)"),
        ("", "", "张伟", True, "教授", "张伟 (教授)"),
        ("Wei", "Zhang", "张伟", True, "教授", "Zhang Wei (张伟, 教授)"),
        ("Wei", "Zhang", "张伟", True, "", "Zhang Wei (张伟)"),
        ("Jürgen", "Müller", "", False, "  Dr.\n ", "Dr. Jürgen Müller"),
    ],
)
def test_the_name_people_read(
    given: str, family: str, native: str, family_first: bool, title: str, shown: str
) -> None:
    assert person_name(given, family, native, family_first, title) == shown
    contact = Contact(
        given_name=given,
        family_name=family,
        name_native=native,
        family_name_first=family_first,
        title=title,
    )
    assert contact.display_name == shown == title_of(contact)


def test_lists_details_pickers_and_search_show_the_title(sample_store: Store) -> None:
    lin = sample_id("contact:lin_tao")  # the sample's Dr. Lin Tao (林涛)
    pichler = sample_id("contact:lukas_pichler")
    rows = {r["id"]: r["name"] for r in rows_for(sample_store, "contact", [lin, pichler])}
    assert rows == {str(lin): "Dr. Lin Tao (林涛)", str(pichler): "Dr. Lukas Pichler"}
    picked = {c.id: c.name for c in choices(sample_store, "contact")}
    assert picked[lin] == "Dr. Lin Tao (林涛)" and picked[pichler] == "Dr. Lukas Pichler"
    for words in ("Pichler", "Dr Pichler", "dr. lukas pichler", "lukas"):
        assert [f.title for f in find(sample_store, words) if f.kind == "contact"] == [
            "Dr. Lukas Pichler"
        ], words
    for words in ("林涛", "lin tao", "Dr. Lin"):
        assert "Dr. Lin Tao (林涛)" in [f.title for f in find(sample_store, words)], words
    # The list's filter box: the title, and the name without it.
    assert pichler in ids(sample_store, ListQuery("contact", text="Dr. Lukas"))
    assert pichler in ids(sample_store, ListQuery("contact", text="Lukas Pichler"))
    assert run_checks(sample_store) == []


def test_a_title_alone_is_not_a_name(empty_store: Store) -> None:
    from office_desk.core.validation import ValidationError

    with pytest.raises(ValidationError, match="needs a name"):
        _contact(empty_store, title="Dr.")


def test_bulk_index_makes_the_documents_the_search_module_makes() -> None:
    from office_desk.core.import_contacts.apply import CONTACT_DEFAULTS

    for fields in (
        {"given_name": "Jürgen", "family_name": "Müller", "title": "Dr."},
        {"name_native": "张伟", "family_name_first": True, "title": "Dr."},
        {
            "given_name": "Wei",
            "family_name": "Zhang",
            "name_native": "张伟",
            "family_name_first": True,
            "title": "教授",
            "position": "CTO",
        },
    ):
        values = {**CONTACT_DEFAULTS, **fields}
        assert contact_document(values, Searchable()) == search.document(Contact(**values))


# --------------------------------------------------------------------------- schema


def test_first_release_file_upgrades_with_empty_titles_and_keeps_every_row(tmp_path: Path) -> None:
    copy = tmp_path / "office.sqlite"
    shutil.copy(FIXTURE, copy)
    tables = ("office", "organization", "contact", "project", "event", "tag_link", "search_key")
    with sqlite3.connect(copy) as conn:
        before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    store = open_store(copy, backup_folder=tmp_path / "backups")
    try:
        with store.session() as session:
            zhang = session.exec(select(Contact).where(Contact.name_native == "张伟")).one()
        assert zhang.title == "" and zhang.display_name == "Zhang Wei (张伟)"
        records.update(store, Contact, zhang.id, title="Dr.")
        assert [f.title for f in find(store, "zhang wei")] == ["Dr. Zhang Wei (张伟)"]
        assert run_checks(store) == []
    finally:
        store.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            schema.head_revision(),
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

        def fields(table: str) -> str:  # without the sort keys (0007): the file's own
            return ", ".join(
                name
                for _, name, *_ in conn.execute(f"PRAGMA table_info({table})")
                if not name.startswith("sortkey_")
            )

        columns = fields("contact").split(", ")
        after = {
            t: conn.execute(f"SELECT {fields(t)} FROM {t} ORDER BY rowid").fetchall()
            for t in tables
            if t not in ("contact", "project", "search_key")
        }
        contacts = conn.execute(
            f"SELECT {fields('contact')} FROM contact ORDER BY rowid"
        ).fetchall()
        projects = conn.execute(
            f"SELECT {fields('project')} FROM project ORDER BY rowid"
        ).fetchall()
        # Every live row has its sort keys (0007), computed during the upgrade.
        assert conn.execute(
            "SELECT count(*) FROM contact WHERE deleted_at IS NULL AND sortkey_name IS NULL"
        ).fetchone() == (0,)
    assert after == {
        t: rows for t, rows in before.items() if t not in ("contact", "project", "search_key")
    }
    # Projects gained an empty funding programme (schema 0004) at the end, nothing else.
    assert projects == [(*row, "") for row in before["project"]]
    # Every contact (the deleted one too) is still there, the new columns at the end:
    # the title (0003), then the erased mark (0006), empty.
    assert columns[-2:] == ["title", "erased_at"] and len(contacts) == len(before["contact"]) == 2
    untouched = [c for c in contacts if c[columns.index("title")] == ""]
    assert all(c[-1] is None for c in contacts)
    assert [c[:-2] for c in untouched] == [b for b in before["contact"] if b[0] != zhang.id.hex]


def test_downgrade_drops_the_column_and_upgrade_brings_it_back(tmp_path: Path) -> None:
    from alembic import command

    from office_desk.core.store.engine import make_engine, sqlite_url

    path = tmp_path / "office.sqlite"
    shutil.copy(FIXTURE, path)
    schema.upgrade(path)
    engine = make_engine(sqlite_url(path), foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = schema.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
            connection.commit()
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        assert "title" not in [r[1] for r in conn.execute("PRAGMA table_info(contact)")]
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (2,)
    schema.upgrade(path)
    store = open_store(path)
    try:
        assert run_checks(store) == []
    finally:
        store.close()


# --------------------------------------------------------------------------- import


def test_outlook_title_in_english_and_german_not_anrede(empty_store: Store, tmp_path: Path) -> None:
    english = _write_csv(
        tmp_path / "outlook.csv",
        ["Title", "First Name", "Last Name", "Job Title", "E-mail Address"],
        [
            ["Dr.", "Jürgen", "Müller", "Geschäftsführer", "j.mueller@example.de"],
            ["Mrs.", "Anna", "Smith", "Buyer", "anna@example.co.uk"],
            ["Herr Prof. Dr.", "Karl", "Meier", "", "k.meier@example.de"],
        ],
    )
    german = _write_csv(
        tmp_path / "Kontakte.csv",
        ["Anrede", "Titel", "Vorname", "Nachname", "Position", "E-Mail-Adresse"],
        [
            ["Herr", "Dipl.-Ing.", "Björn", "Schäfer", "Leiter Einkauf", "b.schaefer@example.de"],
            ["Frau", "", "Eva", "Berger", "", "e.berger@example.at"],
        ],
        delimiter=";",
        encoding="cp1252",
    )
    for path, layout in ((english, "Outlook"), (german, "Outlook (German)")):
        table = read_source(path)
        mapping = guess_mapping(table, "contacts")
        assert mapping.layout == layout
        _import(empty_store, path)
    people = _by_email(empty_store)
    assert {e: (c.title, c.position) for e, c in people.items()} == {
        "j.mueller@example.de": ("Dr.", "Geschäftsführer"),
        "anna@example.co.uk": ("", "Buyer"),  # Mrs. is a form of address, as Anrede is
        "k.meier@example.de": ("Prof. Dr.", ""),
        "b.schaefer@example.de": ("Dipl.-Ing.", "Leiter Einkauf"),
        "e.berger@example.at": ("", ""),
    }
    assert people["b.schaefer@example.de"].display_name == "Dipl.-Ing. Björn Schäfer"


@pytest.mark.parametrize("new_layout", [False, True])
def test_google_name_prefix(empty_store: Store, tmp_path: Path, new_layout: bool) -> None:
    if new_layout:
        header = [
            "First Name",
            "Last Name",
            "Name Prefix",
            "Organization Name",
            "Organization Title",
            "E-mail 1 - Value",
        ]
        row = ["Jürgen", "Müller", "Dr.", "Bäckerei Groß", "Geschäftsführer", "jm@example.de"]
    else:
        header = [
            "Name",
            "Given Name",
            "Family Name",
            "Name Prefix",
            "Organization 1 - Title",
            "E-mail 1 - Value",
        ]
        row = ["Dr. Jürgen Müller", "Jürgen", "Müller", "Dr.", "Geschäftsführer", "jm@example.de"]
    path = _write_csv(tmp_path / "google.csv", header, [row])
    assert guess_mapping(read_source(path), "contacts").layout == "Google Contacts"
    _import(empty_store, path)
    (mueller,) = _by_email(empty_store).values()
    assert (mueller.title, mueller.given_name, mueller.family_name, mueller.position) == (
        "Dr.",
        "Jürgen",
        "Müller",
        "Geschäftsführer",
    )


def test_vcard_honorific_prefix(empty_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jürgen;;Dr.;\r\nFN:Dr. Jürgen Müller\r\n"
        "TITLE:Geschäftsführer\r\nEMAIL:jm@example.de\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;Mr.;\r\nFN:John Smith\r\n"
        "EMAIL:js@example.com\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    _import(empty_store, path)
    people = _by_email(empty_store)
    mueller, smith = people["jm@example.de"], people["js@example.com"]
    assert (mueller.title, mueller.given_name, mueller.family_name, mueller.position) == (
        "Dr.",
        "Jürgen",
        "Müller",
        "Geschäftsführer",
    )
    assert (smith.title, smith.given_name, smith.family_name) == ("", "John", "Smith")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Title", "title"),
        ("Titel", "title"),
        ("头衔", "title"),
        ("职称", "title"),
        ("Name Prefix", "title"),
        ("Akademischer Titel", "title"),
        ("职务", "position"),
        ("职位", "position"),
        ("Job Title", "position"),
        ("Position", "position"),
        ("Anrede", None),
        ("Salutation", None),
    ],
)
def test_header_guess_tells_the_title_from_the_job(header: str, field: str | None) -> None:
    assert guess_field(header, "contacts") == field


def test_a_chinese_list_with_title_and_job_columns(empty_store: Store, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "联系人.csv",
        ["姓名", "职称", "职务", "邮箱"],
        [
            ["张伟", "教授", "院长", "zhangwei@example.cn"],
            ["李娜", "", "经理", "lina@example.cn"],
        ],
        encoding="gb18030",
    )
    _import(empty_store, path)
    people = _by_email(empty_store)
    zhang = people["zhangwei@example.cn"]
    assert (zhang.name_native, zhang.title, zhang.position) == ("张伟", "教授", "院长")
    assert zhang.display_name == "张伟 (教授)"
    assert people["lina@example.cn"].title == ""
    assert [f.title for f in find(empty_store, "zhang wei")] == ["张伟 (教授)"]


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        ("Herr Prof. Dr. Jürgen Müller", "Prof. Dr.", "Jürgen Müller"),
        ("Dr. rer. nat. Anna Schmidt", "Dr. rer. nat.", "Anna Schmidt"),
        ("Univ.-Prof. Dr. h.c. mult. Karl Meier", "Univ.-Prof. Dr. h.c. mult.", "Karl Meier"),
        ("Dr Jürgen Müller", "Dr", "Jürgen Müller"),
        ("Mrs. Anna Smith", "", "Anna Smith"),
        ("张伟 (Dr.)", "Dr.", "张伟"),
        ("Zhang Wei (张伟, 教授)", "教授", "Zhang Wei (张伟)"),
        ("Zhang Wei (张伟)", "", "Zhang Wei (张伟)"),
        ("E. Schmidt", "", "E. Schmidt"),  # an initial, not a title
        ("Dr.", "", "Dr."),  # nothing left for a name: not split
    ],
)
def test_title_written_with_the_name(written: str, title: str, name: str) -> None:
    assert split_title(written) == (title, name)


def test_full_name_column_with_a_title(empty_store: Store, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "list.csv",
        ["Full Name", "Email"],
        [
            ["Prof. Dr. Anna Schmidt", "anna@example.de"],
            ["Herr Dr. Björn Schäfer", "bjoern@example.de"],
            ["王芳", "wang@example.cn"],
        ],
    )
    _import(empty_store, path)
    people = _by_email(empty_store)
    assert [
        (c.title, c.given_name, c.family_name, c.name_native)
        for c in (people["anna@example.de"], people["bjoern@example.de"], people["wang@example.cn"])
    ] == [
        ("Prof. Dr.", "Anna", "Schmidt", ""),
        ("Dr.", "Björn", "Schäfer", ""),
        ("", "", "", "王芳"),
    ]


def test_a_title_too_long_is_an_error_naming_the_column(empty_store: Store, tmp_path: Path) -> None:
    long = "Head of International Cooperation and Research Programmes"
    path = _write_csv(
        tmp_path / "list.csv",
        ["First Name", "Last Name", "Title"],
        [["Anna", "Schmidt", long], ["Karl", "Meier", "Dr."]],
    )
    plan = _plan(empty_store, path)
    assert [r.action for r in plan.rows] == ["error", "create"]
    assert "'Title'" in plan.rows[0].errors[0] and "40" in plan.rows[0].errors[0]


def test_a_merge_fills_an_empty_title_only(empty_store: Store, tmp_path: Path) -> None:
    _contact(empty_store, given_name="Jürgen", family_name="Müller", emails=["jm@example.de"])
    _contact(
        empty_store,
        given_name="Anna",
        family_name="Schmidt",
        title="Prof. Dr.",
        emails=["anna@example.de"],
    )
    _contact(
        empty_store, given_name="Karl", family_name="Meier", title="Dr.", emails=["karl@example.de"]
    )
    path = _write_csv(
        tmp_path / "partner.csv",
        ["First Name", "Last Name", "Title", "Email"],
        [
            ["Jürgen", "Müller", "Dr.", "jm@example.de"],
            ["Anna", "Schmidt", "Dr.", "anna@example.de"],
            ["Karl", "Meier", "dr", "karl@example.de"],
        ],
    )
    plan = _import(empty_store, path, merge=True)
    assert [r.action for r in plan.rows] == ["update", "skip", "skip"]
    assert any(
        "academic title: keeps Prof. Dr. (the file says Dr.)" in m for m in plan.rows[1].messages
    )
    assert plan.rows[2].unchanged  # "dr" is the "Dr." it has
    people = _by_email(empty_store)
    assert [people[e].title for e in ("jm@example.de", "anna@example.de", "karl@example.de")] == [
        "Dr.",
        "Prof. Dr.",
        "Dr.",
    ]
    assert [f.title for f in find(empty_store, "Müller")] == ["Dr. Jürgen Müller"]


# --------------------------------------------------------------------------- exports


def test_vcard_export_writes_the_prefix_and_imports_back(
    empty_store: Store, tmp_path: Path
) -> None:
    card = contact_card(Contact(given_name="Jürgen", family_name="Müller", title="Dr."))
    text = card.serialize()
    assert "N:Müller;Jürgen;;Dr.;" in text and "FN:Dr. Jürgen Müller" in text
    native = contact_card(Contact(name_native="张伟", family_name_first=True, title="Dr."))
    assert "N:张伟;;;Dr.;" in native.serialize()

    people = [
        _contact(
            empty_store,
            given_name="Jürgen",
            family_name="Müller",
            title="Dr.",
            emails=["jm@example.de"],
        ),
        _contact(
            empty_store,
            name_native="张伟",
            family_name_first=True,
            title="Prof. Dr.",
            emails=["zw@example.cn"],
        ),
    ]
    path = tmp_path / "people.vcf"
    assert export_vcards(empty_store, [p.id for p in people], path) == 2
    with closing(open_store(tmp_path / "other.sqlite", create=True)) as other:
        _import(other, path)
        back = _by_email(other)
    assert [(c.title, c.display_name) for c in (back["jm@example.de"], back["zw@example.cn"])] == [
        ("Dr.", "Dr. Jürgen Müller"),
        ("Prof. Dr.", "张伟 (Prof. Dr.)"),
    ]


def test_contacts_list_export_has_the_title_and_imports_back(
    empty_store: Store, tmp_path: Path
) -> None:
    _contact(
        empty_store,
        given_name="Jürgen",
        family_name="Müller",
        title="Dr.",
        emails=["jm@example.de"],
    )
    _contact(
        empty_store,
        name_native="张伟",
        family_name_first=True,
        title="Dr.",
        emails=["zw@example.cn"],
    )
    _contact(
        empty_store,
        given_name="Wei",
        family_name="Zhang",
        name_native="张伟",
        family_name_first=True,
        title="教授",
        emails=["wz@example.cn"],
    )
    path = tmp_path / "contacts.csv"
    export_list(empty_store, ListQuery("contact"), path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["E-mails"]: (r["Name"], r["Academic title"]) for r in rows} == {
        "jm@example.de": ("Dr. Jürgen Müller", "Dr."),
        "zw@example.cn": ("张伟 (Dr.)", "Dr."),
        "wz@example.cn": ("Zhang Wei (张伟, 教授)", "教授"),
    }
    with closing(open_store(tmp_path / "other.sqlite", create=True)) as other:
        plan = _import(other, path)
        assert plan.layout == "Office Desk"
        back = _by_email(other)
    assert {
        e: (c.title, c.given_name, c.family_name, c.name_native, c.display_name)
        for e, c in back.items()
    } == {
        "jm@example.de": ("Dr.", "Jürgen", "Müller", "", "Dr. Jürgen Müller"),
        "zw@example.cn": ("Dr.", "", "", "张伟", "张伟 (Dr.)"),
        "wz@example.cn": ("教授", "Wei", "Zhang", "张伟", "Zhang Wei (张伟, 教授)"),
    }


# --------------------------------------------------------------------------- network packages


def test_package_carries_the_title(sample_store: Store, empty_store: Store, tmp_path: Path) -> None:
    lin = sample_id("contact:lin_tao")
    path = tmp_path / "network.json"
    export_package(sample_store, path)
    rows = {r["id"]: r for r in json.loads(path.read_text(encoding="utf-8"))["tables"]["contact"]}
    assert rows[str(lin)]["title"] == "Dr."
    import_package(empty_store, path)
    assert records.get(empty_store, Contact, lin).display_name == "Dr. Lin Tao (林涛)"


def _without_titles(path: Path) -> None:
    """The package as an Office Desk before schema 0003 writes it: no title column."""
    document = json.loads(path.read_text(encoding="utf-8"))
    document["schema_revision"] = "0002"
    for row in document["tables"]["contact"]:
        del row["title"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_package_from_an_older_version_merges_and_keeps_local_titles(
    sample_store: Store, sample_template: Path, tmp_path: Path
) -> None:
    lin, pichler = sample_id("contact:lin_tao"), sample_id("contact:lukas_pichler")
    theirs_path = tmp_path / "theirs.sqlite"
    backup_file(sample_template, theirs_path)
    with closing(open_store(theirs_path)) as theirs:
        # The other office edits two titled contacts and adds a person, later than here.
        records.update(theirs, Contact, lin, position="Chief Scientist")
        records.update(theirs, Contact, pichler, title="", city="Graz")
        new = _contact(theirs, given_name="Hedwig", family_name="Zuse", emails=["hz@example.de"])
        export_package(theirs, tmp_path / "old.json")
    _without_titles(tmp_path / "old.json")

    package = read_package(tmp_path / "old.json")
    plan = plan_merge(sample_store, package)
    assert plan.counts["contact"]["updated"] == 2 and plan.counts["contact"]["added"] == 1
    assert not any(name == "title" for c in plan.conflicts for name, _, _ in c.fields)
    apply_merge(sample_store, plan)
    merged_lin = records.get(sample_store, Contact, lin)
    merged_pichler = records.get(sample_store, Contact, pichler)
    # Their edits arrive; the titles they could not know stay.
    assert (merged_lin.position, merged_lin.title) == ("Chief Scientist", "Dr.")
    assert (merged_pichler.city, merged_pichler.title) == ("Graz", "Dr.")
    assert records.get(sample_store, Contact, new.id).title == ""
    assert run_checks(sample_store) == []


def test_package_with_titles_clears_a_title_on_purpose(
    sample_store: Store, sample_template: Path, tmp_path: Path
) -> None:
    pichler = sample_id("contact:lukas_pichler")
    theirs_path = tmp_path / "theirs.sqlite"
    backup_file(sample_template, theirs_path)
    with closing(open_store(theirs_path)) as theirs:
        records.update(theirs, Contact, pichler, title="")
        export_package(theirs, tmp_path / "new.json")
    plan = plan_merge(sample_store, read_package(tmp_path / "new.json"))
    (conflict,) = [c for c in plan.conflicts if c.id == pichler]
    assert ("title", "Dr.", "") in conflict.fields
    apply_merge(sample_store, plan)
    assert records.get(sample_store, Contact, pichler).display_name == "Lukas Pichler"


def test_a_title_longer_than_forty_characters_is_refused(empty_store: Store) -> None:
    """SQLite does not enforce declared lengths: validation does, on every write path."""
    from office_desk.core.models import Contact
    from office_desk.core.validation import validate

    fine = Contact(given_name="Jürgen", family_name="Müller", title="Prof. Dr.-Ing. habil.")
    assert validate(fine) == []
    long = Contact(
        given_name="Jürgen",
        family_name="Müller",
        title="Head of International Cooperation, Dresden office",
    )
    problems = validate(long)
    assert [p.field for p in problems] == ["title"]
    assert "Position" in problems[0].message


def test_pickers_sort_people_by_name_not_by_title(sample_store: Store) -> None:
    from office_desk.core.locale_format import sort_key
    from office_desk.core.services.relations import choices

    names = [c.name for c in choices(sample_store, "contact")]
    assert any(n.startswith("Dr. ") for n in names)  # the sample has titled people
    keys = [sort_key(n.removeprefix("Dr. ")) for n in names]
    assert keys == sorted(keys)  # "Dr. Lukas Pichler" among the L's, not the D's
