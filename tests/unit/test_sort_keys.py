"""Sort keys (migration 0007): lists sorted as readers expect by SQLite's index, and
the keys right after every kind of write."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from office_desk.core import listing
from office_desk.core.locale_format import sort_key
from office_desk.core.models import Contact, Office, Organization
from office_desk.core.services import records
from office_desk.core.store import sort_keys
from office_desk.core.store.database import Store, open_store

MIGRATION = Path(sort_keys.__file__).parent / "migrations" / "versions" / "0007_sort_keys.py"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(tmp_path / "keys.sqlite", create=True)
    yield opened
    opened.close()


def _names(store: Store, query: listing.ListQuery) -> list[str]:
    ids = listing.ids(store, query)
    return [r["name"] for r in listing.rows_for(store, query.kind, ids)]


def _keys(path: Path, table: str, column: str) -> dict[str, str | None]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(f"SELECT id, {column} FROM {table}").fetchall()
    conn.close()
    return dict(rows)


# --------------------------------------------------------------------------- the key


names = st.text(
    alphabet=st.sampled_from(list("aAäÄoOöÖuUüÜßsSeéEÉzZñøæłŁİıǅ\u0301 -'\t\x01张伟李娜")),
    max_size=8,
)


@settings(deadline=None)  # the first example loads pypinyin's dictionary
@given(st.lists(names, max_size=30))
def test_the_text_key_sorts_as_the_readers_key(texts: list[str]) -> None:
    """Compared as plain text, the key orders names as ``locale_format.sort_key`` does
    (control characters aside, which read as spaces)."""
    clean = [t.replace("\t", " ").replace("\x01", " ") for t in texts]
    assert sorted(clean, key=sort_keys.collation_key) == sorted(clean, key=sort_key)


@settings(deadline=None)
@given(names)
def test_the_key_holds_the_readers_key(text: str) -> None:
    clean = text.replace("\t", " ").replace("\x01", " ")
    assert sort_keys.collation_key(clean).split("\x01") == list(sort_key(clean))


@settings(max_examples=25, deadline=None)
@given(st.lists(names, min_size=1, max_size=25))
def test_sqlite_sorts_the_keys_as_python_does(texts: list[str]) -> None:
    """SQLite's BINARY order of the keys (UTF-8 bytes) is Python's order of the str."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (n INTEGER, k TEXT)")
    keys = [sort_keys.collation_key(t) for t in texts]
    conn.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(keys)))
    in_sql = [n for (n,) in conn.execute("SELECT n FROM t ORDER BY k, n")]
    assert in_sql == sorted(range(len(keys)), key=lambda n: (keys[n], n))
    conn.close()


def test_the_migration_makes_the_keys_the_app_knows() -> None:
    spec = importlib.util.spec_from_file_location("m0007", MIGRATION)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert tuple((k.table, k.column, k.sources) for k in sort_keys.SORT_KEYS) == migration.KEYS
    made = migration._index_sql("contact", "sortkey_name")
    assert made.startswith(f"CREATE INDEX {sort_keys.SORT_KEYS[6].index} ")
    trigger = migration._stale_trigger_sql("contact", "sortkey_name", ("family_name",))
    assert trigger.startswith(f"CREATE TRIGGER {sort_keys.SORT_KEYS[6].stale_trigger} ")


def test_every_list_sort_of_free_text_has_a_key() -> None:
    """Each free-text column a list sorts by is served by a key column (codes, dates and
    amounts sort in SQL as they are)."""
    from office_desk.core import kinds

    for kind in kinds.KINDS:
        for column in listing.COLUMNS[kind.name]:
            if column.sort is None or column.field.value in ("choice", "country", "date"):
                continue
            if column.sort == "starts_on":  # the event's date, shown as a range
                continue
            assert sort_keys.key_for(kind.model.__tablename__, column.sort), (
                kind.name,
                column.key,
            )


# --------------------------------------------------------------------------- lists


def test_a_list_sorts_umlauts_and_pinyin_as_readers_expect(store: Store) -> None:
    for family, given_name in (
        ("Zhang", "Wei"),
        ("Müller", "Jürgen"),
        ("Muller", "Anna"),
        ("Mueller", "Zoe"),
        ("Li", "Na"),
        ("ämter", "Ute"),
        ("Zeller", "Hans"),
    ):
        records.add(store, Contact(given_name=given_name, family_name=family))
    records.add(store, Contact(name_native="张伟"))
    records.add(store, Contact(name_native="李娜"))
    shown = _names(store, listing.ListQuery("contact"))
    assert shown.index("Ute ämter") < shown.index("Na Li")  # ä with the a's
    assert shown.index("Na Li") < shown.index("李娜") < shown.index("Zoe Mueller")
    # Müller and Muller side by side (accents ignored first), Mueller after them.
    assert abs(shown.index("Anna Muller") - shown.index("Jürgen Müller")) == 1
    assert shown.index("Hans Zeller") < shown.index("Wei Zhang") < shown.index("张伟")
    descending = _names(store, listing.ListQuery("contact", descending=True))
    assert descending == shown[::-1]


def test_the_list_reads_the_key_index(store: Store, tmp_path: Path) -> None:
    records.add(store, Contact(given_name="Anna", family_name="Schmidt", city="Köln"))
    with sqlite3.connect(tmp_path / "keys.sqlite") as conn:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE deleted_at IS NULL "
            "ORDER BY sortkey_name, id"
        ).fetchall()
        whole = conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM contact WHERE deleted_at IS NULL"
        ).fetchall()
    conn.close()
    assert "COVERING INDEX ix_contact_sortkey_name" in plan[-1][-1]
    assert "sortkey" not in whole[-1][-1]  # a plain read of every row stays a table scan


# --------------------------------------------------------------------------- writes


def test_every_write_leaves_the_keys_right(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "keys.sqlite"
    anna = records.add(store, Contact(given_name="Anna", family_name="Özdemir", city="Köln"))
    office = records.add(store, Office(name="济南 Office", city="Jinan", country="CN"))
    org = records.add(store, Organization(name="Müller GmbH"))
    expected = sort_keys.collation_key("Özdemir Anna")
    assert _keys(path, "contact", "sortkey_name")[anna.id.hex] == expected
    assert _keys(path, "contact", "sortkey_city")[anna.id.hex] == sort_keys.collation_key("Köln")
    assert _keys(path, "office", "sortkey_name")[office.id.hex].startswith("ji nan office")
    assert _keys(path, "organization", "sortkey_name")[org.id.hex].startswith("muller gmbh")

    records.update(store, Contact, anna.id, family_name="Zander")
    assert _keys(path, "contact", "sortkey_name")[anna.id.hex] == sort_keys.collation_key(
        "Zander Anna"
    )

    # Another program renames her: the trigger clears the key, the next list fills it.
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE contact SET given_name = 'Berta' WHERE id = ?", (anna.id.hex,))
    conn.close()
    assert _keys(path, "contact", "sortkey_name")[anna.id.hex] is None
    assert _keys(path, "contact", "sortkey_city")[anna.id.hex] is not None  # untouched
    assert _names(store, listing.ListQuery("contact")) == ["Berta Zander"]
    assert _keys(path, "contact", "sortkey_name")[anna.id.hex] == sort_keys.collation_key(
        "Zander Berta"
    )

    # Any write through the store fills what another program left without keys.
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE contact SET city = 'Bonn' WHERE id = ?", (anna.id.hex,))
    conn.close()
    assert _keys(path, "contact", "sortkey_city")[anna.id.hex] is None
    records.add(store, Contact(given_name="Carl", family_name="Adler"))
    assert _keys(path, "contact", "sortkey_city")[anna.id.hex] == sort_keys.collation_key("Bonn")
    assert None not in _keys(path, "contact", "sortkey_name").values()
    assert _names(store, listing.ListQuery("contact")) == ["Carl Adler", "Berta Zander"]


def test_a_read_only_file_with_missing_keys_sorts_the_same(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "keys.sqlite"
    for family in ("Zhang", "Müller", "Adler", "muller", "Ähre"):
        records.add(store, Contact(given_name="X", family_name=family))
    sorted_by_index = listing.id_keys(store, listing.ListQuery("contact"))
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE contact SET sortkey_name = NULL")
    conn.close()
    read_only = open_store(path, read_only=True)
    try:
        assert listing.id_keys(read_only, listing.ListQuery("contact")) == sorted_by_index
        assert None in _keys(path, "contact", "sortkey_name").values()  # nothing written
    finally:
        read_only.close()


def test_an_erased_persons_old_name_leaves_the_key(store: Store, tmp_path: Path) -> None:
    from office_desk.core.services import erasure

    path = tmp_path / "keys.sqlite"
    contact = records.add(store, Contact(given_name="Jürgen", family_name="Müller", city="Ulm"))
    erasure.erase_person(store, contact.id)
    keys = _keys(path, "contact", "sortkey_name")
    assert "muller" not in (keys[contact.id.hex] or "")
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT sortkey_name, sortkey_city, sortkey_position FROM contact WHERE id = ?",
            (contact.id.hex,),
        ).fetchone()
    conn.close()
    assert not any("ulm" in (k or "") or "muller" in (k or "") for k in row)
