"""The import's bulk paths (issue 17) give what the record-by-record paths give.

The dry run remembers what it made of the same name cells, the indexer reads pinyin
word by word and remembers names and countries, the bulk insert writes plain lists as
JSON itself, and the collector is paused without a full walk afterwards: each is held
here to the slow, plain way, on tricky input, and a whole import of a file with
duplicates, errors, Chinese and umlaut names is checked end to end.
"""

from __future__ import annotations

import csv
import gc
import random
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlmodel import select

from office_desk.core import search
from office_desk.core.finder import find
from office_desk.core.import_contacts import (
    apply_plan,
    guess_mapping,
    plan_import,
    read_source,
)
from office_desk.core.import_contacts.apply import CONTACT_DEFAULTS, new_ids
from office_desk.core.import_contacts.bulk_index import Searchable, Syllables, contact_document
from office_desk.core.import_contacts.bulk_insert import insert_rows
from office_desk.core.import_contacts.collector import collector_paused
from office_desk.core.import_contacts.row_fields import OfficeNames, RowReader
from office_desk.core.models import Contact, Organization
from office_desk.core.name_folding import pinyin
from office_desk.core.services import records
from office_desk.core.store import sort_keys
from office_desk.core.store.column_types import utcnow
from office_desk.core.store.database import Store
from office_desk.core.sync import local

HEADERS = [
    "Given name",
    "Family name",
    "Native name",
    "Title",
    "Position",
    "Organization",
    "City",
    "Country",
    "E-mail",
    "Phone",
]


def _write(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


# --------------------------------------------------------------------------- pinyin


def test_pinyin_word_by_word_is_pinyin_of_the_whole_run() -> None:
    """Names, phrases whose reading depends on the word (重庆, 银行 / 行长, 长城 / 长大)
    and random text read the same as name_folding.pinyin reads them."""
    rng = random.Random(17)
    phrases = ["重庆", "银行", "行长", "长城", "长大", "音乐", "快乐", "朝阳", "朝代", "曾经"]
    phrases += ["曾国藩", "单于", "中国人民银行", "山东重工", "有限公司", "齐鲁制药", "研究院"]
    names = ["张伟", "王芳", "李娜", "刘强", "陈静", "单雄信", "曾明", "解放", "仇英", "乐乐"]
    runs = set(phrases + names)
    for _ in range(3000):
        runs.add("".join(rng.choice(names + phrases) for _ in range(rng.randint(1, 3))))
        runs.add("".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(rng.randint(1, 6))))
    syllables = Syllables()
    for run in sorted(runs):
        assert syllables.of_run(run) == pinyin(run), run
    assert (
        syllables.of_run("重庆银行行长")
        == pinyin("重庆银行行长")
        == "chong qing yin hang hang zhang"
    )


# --------------------------------------------------------------------------- documents


def _contact(**values: Any) -> dict[str, Any]:
    made = {**CONTACT_DEFAULTS, **values}
    made.update(id=new_ids(1)[0], created_at=utcnow(), updated_at=utcnow(), deleted_at=None)
    return made


def test_documents_made_in_bulk_are_the_search_modules() -> None:
    tricky = [
        _contact(given_name="Wei", family_name="Zhang", name_native="张伟", city="Jinan"),
        _contact(name_native="张伟明", family_name_first=True, position="总经理", country="CN"),
        _contact(given_name="Jürgen", family_name="Müller", title="Dr.", city="München"),
        _contact(given_name="Jürgen", family_name="Müller", title="Dr.", city="Dresden"),
        _contact(given_name="Käthe", family_name="Weiß", emails=["k@x.de", "k2@x.de"]),
        _contact(given_name="Anna", family_name="Lee", phones=["+49 1", "+49 2"], country="DE"),
        _contact(name_native="王芳", title="教授", notes="Met at 青岛 fair\nÜbersetzung"),
        _contact(given_name="Ana", family_name="Ng", messaging=["WeChat: ng"], position="Müll"),
        _contact(given_name="Mueller", family_name="Müller", country="XX"),
        _contact(given_name="Zoë", family_name="Ürün", city="Qingdao 青岛", position="Leiterin"),
    ]
    searchable = Searchable()
    for values in tricky + tricky:  # the second time from what was remembered
        assert contact_document(values, searchable) == search.document(Contact(**values))


# --------------------------------------------------------------------------- bulk insert


def test_lists_written_as_json_directly_are_what_core_writes(empty_store: Store) -> None:
    lists = [
        ["a@x.example"],
        ["a@x.example", "b@x.example"],
        ['say "hi"'],
        ["back\\slash"],
        ["tab\there"],
        [" padded "],
        ["", "x"],
        ["Müller 张伟", "\u2028"],
        [],
    ]
    table = Contact.__table__  # type: ignore[attr-defined]
    now = utcnow()
    made = [
        {**CONTACT_DEFAULTS, "id": record_id, "created_at": now, "updated_at": now}
        | {"deleted_at": None, "given_name": f"P{n}", "emails": value, "phones": value}
        for n, (record_id, value) in enumerate(zip(new_ids(len(lists)), lists, strict=True))
    ]
    with empty_store.write() as session:
        conn = session.connection()
        insert_rows(conn, table, made)
        for values in made:
            conn.execute(insert(table), [{**values, "id": new_ids(1)[0], "given_name": "Q"}])
    with sqlite3.connect(empty_store.path) as raw:  # type: ignore[arg-type]
        ours = raw.execute(
            "SELECT emails, phones FROM contact WHERE given_name != 'Q' ORDER BY rowid"
        ).fetchall()
        cores = raw.execute(
            "SELECT emails, phones FROM contact WHERE given_name = 'Q' ORDER BY rowid"
        ).fetchall()
    assert ours == cores
    assert ours[0] == ('["a@x.example"]', '["a@x.example"]')


# --------------------------------------------------------------------------- names


def test_names_remembered_are_the_names_read_afresh(tmp_path: Path) -> None:
    rows = [
        ["Wei", "Zhang", "张伟", "", "", "", "", "", "a@x.cn", ""],
        ["", "", "", "", "", "", "", "", "b@x.cn", ""],  # no name: an error, every time
        ["张伟", "", "", "Dr.", "", "", "", "", "c@x.cn", ""],
        ["Dr. Jürgen", "Müller", "", "", "", "", "", "", "d@x.de", ""],
        ["Wei", "Zhang", "张伟", "", "", "", "", "", "e@x.cn", ""],
        ["张伟", "", "", "Dr.", "", "", "", "", "f@x.cn", ""],
        ["", "", "", "", "", "", "", "", "g@x.cn", ""],
        ["Dr. Jürgen", "Müller", "", "", "", "", "", "", "h@x.de", ""],
        ["Jürgen", "Müller", "", "x" * 60, "", "", "", "", "i@x.de", ""],  # title too long
        ["Jürgen", "Müller", "", "x" * 60, "", "", "", "", "j@x.de", ""],
    ]
    table = read_source(_write(tmp_path / "names.csv", rows))
    mapping = guess_mapping(table, "contacts")
    shared = RowReader(table, mapping, OfficeNames([]))
    for source in table.rows:
        again = shared.read(source)
        fresh = RowReader(table, mapping, OfficeNames([])).read(source)
        assert list(again.fields.items()) == list(fresh.fields.items())
        assert (again.errors, again.notes) == (fresh.errors, fresh.notes)
    lines = [shared.read(s).errors for s in table.rows]
    assert [n for n, errors in enumerate(lines) if errors] == [1, 6, 8, 9]
    assert "line 3" in lines[1][0] and "line 8" in lines[6][0]
    assert "line 10" in lines[8][0] and "line 11" in lines[9][0]


# --------------------------------------------------------------------------- collector


def test_the_collector_comes_back_without_a_walk_of_everything_made() -> None:
    was_on = gc.isenabled()
    try:
        gc.enable()
        with collector_paused():
            assert not gc.isenabled()
            kept = [{"n": [n]} for n in range(50_000)]
        assert gc.isenabled()
        assert gc.get_count()[0] < 1000  # the new objects are no young generation to walk
        assert len(kept) == 50_000
        gc.disable()
        with collector_paused():
            pass
        assert not gc.isenabled()  # left off as it was (the GUI collects on its own)
    finally:
        (gc.enable if was_on else gc.disable)()


# --------------------------------------------------------------------------- end to end


def test_a_tricky_file_imports_as_the_dry_run_says(empty_store: Store, tmp_path: Path) -> None:
    known = Organization(name="Jinan Machine Works")
    records.add(empty_store, known)
    stored = records.add(
        empty_store,
        Contact(given_name="Anna", family_name="Schmidt", emails=["anna@x.de"]),
    )
    with empty_store.engine.begin() as conn:
        local.set_recording(conn, True)
    rows = [
        [
            "Wei",
            "Zhang",
            "张伟",
            "",
            "总经理",
            "山东重工集团",
            "Jinan",
            "China",
            "wz@x.cn",
            "+86 1",
        ],
        [
            "Jürgen",
            "Müller",
            "",
            "Dr.",
            "Leiter",
            "Müller Optik GmbH",
            "München",
            "DE",
            "jm@x.de",
            "",
        ],
        ["Anna", "Schmidt", "", "", "", "", "", "", "ANNA@x.de", ""],  # the database's
        ["Wei", "Zhang", "张伟", "", "", "山东重工集团", "", "", "wz2@x.cn", ""],  # line 2's
        ["Fang", "Wang", "王芳", "", "", "jinan machine works", "", "CN", "fw@x.cn", ""],
        ["Käthe", "Weiß", "", "", "", "müller optik gmbh", "", "", "kw@x.de", ""],
        ["Bad", "Mail", "", "", "", "", "", "", "not an address", ""],  # an error
        ["", "", "", "", "", "Müller Optik GmbH", "", "", "", ""],  # no name: an error
        ["Ming", "Li", "李明", "", "", "", "", "Nowhere-land", "lm@x.cn", ""],  # error
        ["Jürgen", "Müller", "", "Dr.", "", "", "", "", "JM@x.de", ""],  # line 3's e-mail
    ]
    path = _write(tmp_path / "tricky.csv", rows)
    table = read_source(path)
    plan = plan_import(empty_store, table, guess_mapping(table, "contacts"), "contacts")
    counts = plan.summary()
    assert (counts["create"], counts["skip"], counts["error"], counts["duplicates"]) == (4, 3, 3, 3)
    assert plan.organizations_to_create() == ["山东重工集团", "Müller Optik GmbH"]
    assert plan.rows[2].duplicate_of[0].record_id == stored.id
    assert [r.merge_into_row for r in plan.rows if r.merge_into_row is not None] == [0, 1]
    plan.skip_errors = True
    result = apply_plan(empty_store, plan)
    assert (result.created, result.skipped, result.left_out) == (4, 3, 3)
    assert result.organizations_created == 2
    assert "4 new contacts" in result.summary() and "3 rows skipped" in result.summary()

    with empty_store.session() as session:
        contacts = session.exec(select(Contact)).all()
        organizations = {o.id: o.name for o in session.exec(select(Organization)).all()}
    assert len(contacts) == 5
    assert sorted(organizations.values()) == sorted(
        ["Jinan Machine Works", "Müller Optik GmbH", "山东重工集团"]
    )
    by_mail = {c.emails[0]: c for c in contacts}
    assert by_mail["fw@x.cn"].organization_id == known.id
    assert by_mail["kw@x.de"].organization_id == by_mail["jm@x.de"].organization_id
    assert by_mail["wz@x.cn"].name_native == "张伟" and by_mail["wz@x.cn"].country == "CN"

    # Every new record is indexed as the search module indexes it, and found in every form.
    with sqlite3.connect(empty_store.path) as conn:  # type: ignore[arg-type]
        indexed = dict(
            conn.execute(
                "SELECT k.record_id, i.body FROM search_key k"
                " JOIN search_index i ON i.rowid = k.rowid"
            ).fetchall()
        )
        queued = {
            (t, r)
            for t, r, f in conn.execute("SELECT tbl, record_id, field FROM sync_queue")
            if f == "*"
        }
    with empty_store.session() as session:
        for record in [*session.exec(select(Contact)), *session.exec(select(Organization))]:
            assert indexed[record.id.hex] == search.document(record).body
    for query, title in (
        ("zhangwei", "Zhang Wei (张伟)"),
        ("wang fang", "Wang Fang (王芳)"),
        ("Mueller", "Dr. Jürgen Müller"),
        ("Weiss", "Käthe Weiß"),
        ("shandong", "山东重工集团"),
        ("Muenchen", "Dr. Jürgen Müller"),
    ):
        assert title in [h.title for h in find(empty_store, query)], query

    # The rows came in with their sort keys: the keys fill computes afresh.
    key_columns = {
        t: [k.column for k in sort_keys.SORT_KEYS if k.table == t]
        for t in ("contact", "organization")
    }

    def stored_keys() -> dict[str, list[tuple[object, ...]]]:
        with sqlite3.connect(empty_store.path) as raw:  # type: ignore[arg-type]
            return {
                t: raw.execute(f"SELECT id, {', '.join(cs)} FROM {t} ORDER BY id").fetchall()
                for t, cs in key_columns.items()
            }

    inserted = stored_keys()
    assert all(None not in row for rows in inserted.values() for row in rows)
    with empty_store.engine.begin() as conn:
        for t, cs in key_columns.items():
            conn.exec_driver_sql(f"UPDATE {t} SET {', '.join(f'{c} = NULL' for c in cs)}")
        assert sort_keys.fill(conn) == 5 + 3
    assert stored_keys() == inserted

    # The file belongs to a team server: the queue has every new row.
    assert {r.hex for r in result.created_ids} <= {r for t, r in queued if t == "contact"}
    assert {r.hex for r in result.organization_ids} <= {r for t, r in queued if t == "organization"}
