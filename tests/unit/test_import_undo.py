"""An import is one undoable step: undo takes back every record, tag and link it made
and puts back every field it merged, in one transaction; redo writes it again. Real
files imported into a real copy of the sample network, the database compared row by
row with what it was, and ``office-desk check`` clean after every step."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from office_desk.core.checks import run_checks
from office_desk.core.import_contacts import apply_plan, guess_mapping, plan_import, read_source
from office_desk.core.import_contacts import undo as undo_module
from office_desk.core.import_contacts.apply import ImportResult
from office_desk.core.import_contacts.undo import (
    ImportUndoError,
    can_undo,
    can_undo_plan,
    redo_import,
    undo_import,
)
from office_desk.core.models import ALL_TABLES, Contact
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store
from tests.qt_plugin import CLI_NEEDS_QT

OUTLOOK = [
    "Title",
    "First Name",
    "Last Name",
    "Company",
    "Job Title",
    "Business City",
    "Business Country/Region",
    "Business Phone",
    "E-mail Address",
    "Categories",
    "Notes",
]
DRESDEN = sample_id("office:dresden")


def outlook_file(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(OUTLOOK)
        writer.writerows([[row.get(h, "") for h in OUTLOOK] for row in rows])
    return path


PARTNER_LIST = [
    # New people, with Outlook categories: "vip" is the sample's "VIP" (any case).
    {
        "First Name": "Hedwig",
        "Last Name": "Zuse",
        "Company": "Zuse Rechenwerk GmbH",
        "E-mail Address": "h.zuse@rechenwerk.example",
        "Business Phone": "+49 351 4000",
        "Categories": "vip;Messe 2026",
        "Business City": "Dresden",
    },
    {
        "First Name": "Lu",
        "Last Name": "Ban",
        "Company": "Zuse Rechenwerk GmbH",
        "E-mail Address": "lu.ban@rechenwerk.example",
        "Categories": "Messe 2026",
    },
    # Jürgen Müller of the sample (same e-mail): merged, a new phone and a tag.
    {
        "First Name": "Jürgen",
        "Last Name": "Müller",
        "E-mail Address": "j.mueller@example.org",
        "Business Phone": "+49 351 7777777",
        "Categories": "Messe 2026; VIP",
        "Job Title": "Geschäftsführer",
    },
]


def live_state(store: Store) -> dict[str, Any]:
    """Every live row of every table (without its timestamps), and the search index."""
    state: dict[str, Any] = {}
    with store.engine.connect() as conn:
        for model in ALL_TABLES:
            table = model.__table__  # type: ignore[attr-defined]
            rows = conn.execute(table.select().where(table.c.deleted_at.is_(None))).mappings()
            state[table.name] = {
                row["id"]: {
                    k: v
                    for k, v in row.items()
                    if k not in ("created_at", "updated_at", "deleted_at")
                }
                for row in rows
            }
        state["search"] = {
            row[0]: row[1:]
            for row in conn.execute(
                text(
                    "SELECT k.record_id, k.kind, k.title, k.detail, i.title, i.body"
                    " FROM search_key k JOIN search_index i ON i.rowid = k.rowid"
                )
            )
        }
    return state


def _import(
    store: Store, path: Path, merge: bool = True, office_id: uuid.UUID | None = None
) -> ImportResult:
    table = read_source(path)
    plan = plan_import(
        store, table, guess_mapping(table, "contacts"), "contacts", office_id=office_id
    )
    assert plan.error_count == 0
    if merge:
        plan.set_duplicate_choice("merge")
    return apply_plan(store, plan)


def test_undo_takes_the_whole_import_back_and_redo_writes_it_again(
    sample_store: Store, tmp_path: Path
) -> None:
    before = live_state(sample_store)
    result = _import(sample_store, outlook_file(tmp_path / "partner.csv", PARTNER_LIST))
    imported = live_state(sample_store)
    assert (result.created, result.updated, result.organizations_created, result.tags_created) == (
        2,
        1,
        1,
        1,
    )
    assert imported != before
    assert can_undo(result)

    undo_import(sample_store, result)
    assert live_state(sample_store) == before  # contacts, organization, tags, index, merge
    assert run_checks(sample_store) == []

    redo_import(sample_store, result)
    assert live_state(sample_store) == imported
    assert run_checks(sample_store) == []

    undo_import(sample_store, result)  # and back again: the same twice
    assert live_state(sample_store) == before
    assert run_checks(sample_store) == []


def test_undo_is_one_transaction(
    sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _import(sample_store, outlook_file(tmp_path / "partner.csv", PARTNER_LIST))
    imported = live_state(sample_store)
    real = undo_module._unindex

    def fail_late(conn: Any, ids: list[uuid.UUID]) -> None:
        real(conn, ids)
        raise OSError("disk full")  # after the fields, tags and records were changed

    monkeypatch.setattr(undo_module, "_unindex", fail_late)
    with pytest.raises(OSError):
        undo_import(sample_store, result)
    assert live_state(sample_store) == imported  # nothing of it stayed
    monkeypatch.undo()
    undo_import(sample_store, result)  # and it still can be undone afterwards
    assert run_checks(sample_store) == []


def test_undo_refuses_when_the_import_was_changed_since(
    sample_store: Store, tmp_path: Path
) -> None:
    result = _import(sample_store, outlook_file(tmp_path / "partner.csv", PARTNER_LIST))
    records.delete(sample_store, Contact, result.created_ids[:1])
    changed = live_state(sample_store)
    with pytest.raises(ImportUndoError, match="Restore from Backup"):
        undo_import(sample_store, result)
    assert live_state(sample_store) == changed


def test_undo_refuses_when_a_merged_field_was_edited_since(
    sample_store: Store, tmp_path: Path
) -> None:
    """Undo would put back the value from before the import over an edit made since
    (in another window, or by a script the change watch did not report in time)."""
    result = _import(sample_store, outlook_file(tmp_path / "partner.csv", PARTNER_LIST))
    merged = next(iter(result.after))
    name, value = next((n, v) for n, v in result.after[merged].items() if isinstance(v, list))
    records.update(sample_store, Contact, merged, **{name: [*value, "+49 30 999 0000"]})
    changed = live_state(sample_store)
    with pytest.raises(ImportUndoError, match="edited since"):
        undo_import(sample_store, result)
    assert live_state(sample_store) == changed


def test_a_large_import_is_not_undoable_from_the_stack(
    sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(undo_module, "UNDO_LIMIT", 3)
    path = outlook_file(tmp_path / "partner.csv", PARTNER_LIST)
    table = read_source(path)
    plan = plan_import(sample_store, table, guess_mapping(table, "contacts"))
    plan.set_duplicate_choice("merge")
    # 2 new contacts, 1 merged, 1 new organization, 1 new tag: more than 3.
    assert not can_undo_plan(plan)
    assert not can_undo(apply_plan(sample_store, plan))


# --------------------------------------------------------------------------- tags


def _tags_of(store: Store, contact_id: uuid.UUID) -> list[str]:
    from office_desk.core.services import record_state

    return record_state.capture(store, Contact, contact_id).tags


def _contact(store: Store, email: str) -> Contact:
    with store.session() as session:
        found = [c for c in session.exec(select(Contact)).all() if email in c.emails]
    assert len(found) == 1
    return found[0]


def test_outlook_categories_become_tags(sample_store: Store, tmp_path: Path) -> None:
    path = outlook_file(tmp_path / "partner.csv", PARTNER_LIST)
    table = read_source(path)
    mapping = guess_mapping(table, "contacts")
    assert mapping.layout == "Outlook"
    assert mapping.columns[OUTLOOK.index("Categories")] == "tags"
    plan = plan_import(sample_store, table, mapping)
    plan.set_duplicate_choice("merge")
    assert plan.tags_to_create() == ["Messe 2026"]  # "vip" is the sample's "VIP"
    assert "  1 new tag: Messe 2026" in plan.summary_lines()
    apply_plan(sample_store, plan)
    assert _tags_of(sample_store, _contact(sample_store, "h.zuse@rechenwerk.example").id) == [
        "Messe 2026",
        "VIP",
    ]
    assert _tags_of(sample_store, _contact(sample_store, "lu.ban@rechenwerk.example").id) == [
        "Messe 2026"
    ]
    # The merged sample contact keeps its tags and gains the new ones, once each.
    mueller = _contact(sample_store, "j.mueller@example.org")
    assert "Messe 2026" in _tags_of(sample_store, mueller.id)
    assert _tags_of(sample_store, mueller.id).count("VIP") == 1
    with sample_store.session() as session:
        from office_desk.core.models import Tag

        names = [t.name.casefold() for t in session.exec(select(Tag)).all()]
    assert sorted(names) == sorted(set(names))  # no tag twice
    assert run_checks(sample_store) == []


def test_german_outlook_and_any_mapped_column_give_tags(empty_store: Store, tmp_path: Path) -> None:
    german = tmp_path / "kontakte.csv"
    german.write_text(
        'Vorname;Nachname;E-Mail-Adresse;Kategorien\nAnna;Berg;anna@berg.example;"Kunde;Presse"\n',
        encoding="utf-8",
    )
    table = read_source(german)
    mapping = guess_mapping(table, "contacts")
    assert mapping.layout == "Outlook (German)"
    result = apply_plan(empty_store, plan_import(empty_store, table, mapping))
    assert _tags_of(empty_store, result.created_ids[0]) == ["Kunde", "Presse"]

    other = tmp_path / "list.csv"
    other.write_text(
        "Name,Mail,Gruppen\nBo Chen,bo@chen.example,Alumni ; 2025  Delegation\n", encoding="utf-8"
    )
    from office_desk.core.import_contacts import mapping_from_option

    table = read_source(other)
    mapping = mapping_from_option(["Gruppen=tags"], table.headers)
    result = apply_plan(empty_store, plan_import(empty_store, table, mapping))
    assert _tags_of(empty_store, result.created_ids[0]) == ["2025 Delegation", "Alumni"]


def test_a_tag_too_long_for_the_database_is_an_error_with_its_line(
    empty_store: Store, tmp_path: Path
) -> None:
    path = outlook_file(
        tmp_path / "long.csv",
        [
            {
                "First Name": "A",
                "Last Name": "B",
                "E-mail Address": "a@b.example",
                "Categories": "x" * 81,
            }
        ],
    )
    plan = plan_import(empty_store, read_source(path), guess_mapping(read_source(path)))
    assert plan.error_count == 1
    assert "line 2, column 'Categories'" in plan.rows[0].errors[0]


# --------------------------------------------------------------------------- office


def test_imported_people_go_to_the_chosen_office(sample_store: Store, tmp_path: Path) -> None:
    loner = records.add(
        sample_store,
        Contact(given_name="Ola", family_name="Nordmann", emails=["ola@nordmann.example"]),
    )
    jinan = sample_id("office:jinan")
    path = tmp_path / "people.csv"
    path.write_text(
        "Given name,Family name,Native name,E-mail,Office\n"
        "Ida,Pfeiffer,,ida@pfeiffer.example,\n"  # no office: the chosen one
        f"Hu,Shi,胡适,hu.shi@example.cn,{'Jinan'}\n"  # names its own: kept
        "Ola,Nordmann,,ola@nordmann.example,\n"  # a duplicate without an office: filled
        "Jürgen,Müller,,j.mueller@example.org,\n",  # a duplicate in Dresden: kept there
        encoding="utf-8",
    )
    table = read_source(path)
    frankfurt = sample_id("office:frankfurt")
    plan = plan_import(sample_store, table, guess_mapping(table), office_id=frankfurt)
    plan.set_duplicate_choice("merge")
    assert (
        "  Office of the imported records: Frankfurt-Jinan Contact Office" in plan.summary_lines()
    )
    assert not any(
        "office" in message for row in plan.rows for message in row.messages if "keeps" in message
    )  # the chosen office is never a conflict
    result = apply_plan(sample_store, plan)
    assert _contact(sample_store, "ida@pfeiffer.example").office_id == frankfurt
    assert _contact(sample_store, "hu.shi@example.cn").office_id == jinan
    assert _contact(sample_store, "ola@nordmann.example").office_id == frankfurt
    assert _contact(sample_store, "j.mueller@example.org").office_id == DRESDEN
    undo_import(sample_store, result)
    assert records.get(sample_store, Contact, loner.id).office_id is None


def test_an_office_that_is_gone_is_refused(sample_store: Store, tmp_path: Path) -> None:
    path = outlook_file(tmp_path / "partner.csv", PARTNER_LIST[:1])
    with pytest.raises(ValueError, match="office"):
        plan_import(
            sample_store,
            read_source(path),
            guess_mapping(read_source(path)),
            office_id=uuid.uuid4(),
        )


@CLI_NEEDS_QT
def test_command_line_office_option(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from office_desk.cli.main import main
    from office_desk.core.store.database import open_store

    path = outlook_file(tmp_path / "partner.csv", PARTNER_LIST[:2])
    assert main(["--db", str(sample_path), "import", str(path), "--office", "nowhere"]) == 2
    assert "no office is called 'nowhere'" in capsys.readouterr().err
    assert main(["--db", str(sample_path), "import", str(path), "--office", "frankfurt"]) == 0
    out = capsys.readouterr().out
    assert "Office of the imported records: Frankfurt-Jinan Contact Office" in out
    store = open_store(sample_path)
    try:
        assert _contact(store, "lu.ban@rechenwerk.example").office_id == sample_id(
            "office:frankfurt"
        )
    finally:
        store.close()


# --------------------------------------------------------------------------- counts


def test_summaries_are_whole_sentences_per_number() -> None:
    from office_desk.core.i18n import install

    one = ImportResult(
        "contacts",
        created=1,
        merged_rows=1,
        updated=1,
        skipped=1,
        left_out=1,
        organizations_created=1,
        tags_created=1,
    )
    assert one.summary() == (
        "Imported: 1 new contact, 1 row merged into others (1 existing record updated), "
        "1 row skipped, 1 row with errors left out, 1 new organization, 1 new tag."
    )
    many = ImportResult("organizations", created=1200, skipped=0)
    assert many.summary() == "Imported: 1,200 new organizations, 0 rows skipped."

    german = {
        "{count} new contact": "{count} neuer Kontakt",
        "{count} new contacts": "{count} neue Kontakte",
        "{count} row skipped": "{count} Zeile übersprungen",
        "{count} rows skipped": "{count} Zeilen übersprungen",
        "Imported: {parts}.": "Importiert: {parts}.",
    }
    install(lambda _context, text: german.get(text, text), "de")
    try:
        assert ImportResult("contacts", created=1, skipped=2).summary() == (
            "Importiert: 1 neuer Kontakt, 2 Zeilen übersprungen."
        )
        assert ImportResult("contacts", created=1000, skipped=1).summary() == (
            "Importiert: 1.000 neue Kontakte, 1 Zeile übersprungen."
        )
    finally:
        install(None)


def test_organizations_with_tags_and_an_office_undo_and_redo(
    sample_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "firms.csv"
    path.write_text(
        "Name,City,Kategorien\n"
        "Zuse Rechenwerk GmbH,Dresden,Automotive;Zulieferer\n"
        "Elbflorenz Mikrosysteme GmbH,Dresden,Zulieferer\n",  # in the sample
        encoding="utf-8",
    )
    table = read_source(path)
    mapping = guess_mapping(table, "organizations")
    assert mapping.columns[2] == "tags"
    before = live_state(sample_store)
    plan = plan_import(
        sample_store, table, mapping, "organizations", office_id=sample_id("office:frankfurt")
    )
    plan.set_duplicate_choice("merge")
    assert [row.action for row in plan.rows] == ["create", "update"]
    result = apply_plan(sample_store, plan)
    assert (result.created, result.updated, result.tags_created) == (1, 1, 1)
    imported = live_state(sample_store)
    undo_import(sample_store, result)
    assert live_state(sample_store) == before
    redo_import(sample_store, result)
    assert live_state(sample_store) == imported
    assert run_checks(sample_store) == []
