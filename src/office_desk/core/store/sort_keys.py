"""Sort keys: lists sorted as readers expect, by SQLite and its indexes.

Names sort the way a German or Chinese reader expects (:func:`collation_key`):
"Müller" beside "Muller", 张伟 among the Z's by its pinyin. SQLite cannot compute that
(its ``lower()`` knows ASCII only, and pinyin needs a dictionary), so each sortable
text column of the record tables has a key column beside it (``sortkey_<name>``, made
by migration 0007) holding the key as plain text, and an index ``(key, id,
deleted_at)``: a list of 100,000 contacts sorted by name is a scan of that index alone
(it covers the query). Not a partial index of the live rows: SQLite would then take it
for any query of the live rows (``SELECT *``), in name order and with a table lookup
per row.

The key columns are the database's own (they are not fields of the models: they never
travel in packages or team sync, and no form shows them). They are kept right on every
write, whatever wrote:

* a write that changes a source column (a name, a city) without setting its key makes a
  trigger of migration 0007 clear the key (plain SQL: triggers may not call the app's
  functions, see ``trusted_schema`` in :mod:`.engine`);
* a new row starts without keys, unless its writer gave them (an import inserts its
  rows with their keys, :func:`new_row_keys`);
* :func:`fill` computes every missing key in one pass, inside the write transaction:
  at the end of every :meth:`Store.write <office_desk.core.store.database.Store.write>`,
  of an import, a package merge and a team-sync pull; and, as a last safety net, before
  a list is sorted (:mod:`office_desk.core.listing`), when a key is still missing.

A missing key is found with the same index (NULL sorts first), so checking for one costs
a few microseconds. Deleted rows (tombstones) have keys too: they would otherwise be
found missing on every check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..name_folding import has_cjk, pinyin, strip_accents

#: Each component of a key is separated by this (lower than any character a key keeps).
_SEPARATOR = "\x01"
#: Control characters (which could sort below the separator) read as spaces in a key.
_CONTROL = {c: " " for c in range(0x20)} | {0x7F: " "}
_CONTROL_CHARACTER = re.compile("[\x00-\x1f\x7f]")
# As locale_format.sort_key reads Han characters and spaces.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SPACES = re.compile(r"\s+")
#: The Latin letters with accents (Latin-1 and Extended-A) and their base letters, as
#: strip_accents gives them: the common case without a Unicode decomposition per name.
_LATIN_BASE = {
    c: strip_accents(chr(c)) for c in range(0xC0, 0x180) if strip_accents(chr(c)) != chr(c)
}


@dataclass(frozen=True)
class SortKey:
    """The key column ``column`` of ``table``, computed from ``sources``."""

    table: str
    column: str
    sources: tuple[str, ...]
    #: The model attribute a list sorts by (:attr:`FieldSpec.sort`) that this key serves.
    sort: str

    @property
    def index(self) -> str:
        return f"ix_{self.table}_{self.column}"

    @property
    def stale_trigger(self) -> str:
        return f"{self.column}_{self.table}_stale"


def _keys(table: str, *entries: tuple[str, tuple[str, ...], str]) -> list[SortKey]:
    return [SortKey(table, f"sortkey_{name}", sources, sort) for name, sources, sort in entries]


#: Every key column: the free-text columns lists sort by. (Codes such as a country or a
#: stage sort as they are, in SQL; dates and amounts too.)
SORT_KEYS: tuple[SortKey, ...] = (
    *_keys("office", ("name", ("name",), "name"), ("city", ("city",), "city")),
    *_keys(
        "organization",
        ("name", ("name",), "name"),
        ("name_native", ("name_native",), "name_native"),
        ("sector", ("sector",), "sector"),
        ("city", ("city",), "city"),
    ),
    *_keys(
        "contact",
        ("name", ("family_name", "given_name", "name_native"), "family_name"),
        ("position", ("position",), "position"),
        ("city", ("city",), "city"),
    ),
    *_keys(
        "project",
        ("title", ("title",), "title"),
        ("funding_programme", ("funding_programme",), "funding_programme"),
    ),
    *_keys("event", ("title", ("title",), "title"), ("place", ("place",), "place")),
)
TABLES: tuple[str, ...] = tuple(dict.fromkeys(k.table for k in SORT_KEYS))
PREFIX = "sortkey_"


def key_for(table: str, sort: str) -> SortKey | None:
    """The key column serving a list of ``table`` sorted by the attribute ``sort``."""
    for key in SORT_KEYS:
        if key.table == table and key.sort == sort:
            return key
    return None


def collation_key(text: str) -> str:
    """``text`` as a key that sorts, compared as plain text (code point by code point,
    which is SQLite's BINARY order for UTF-8 too), as :func:`locale_format.sort_key`
    sorts: case and accents ignored first ("Müller" beside "Muller"), Han characters by
    their pinyin; ties broken by case and accents, then by the text itself.

    The same three parts as ``sort_key``, computed here without its cache (an import
    computes 100,000 keys once each) and with the fast paths of plain ASCII names."""
    spelled = text
    if has_cjk(spelled):
        spelled = _HAN.sub(lambda m: f" {pinyin(m.group(0))} ", spelled)
        spelled = _SPACES.sub(" ", spelled).strip()
    folded = spelled.casefold()
    stripped = folded
    if not folded.isascii():
        stripped = folded.translate(_LATIN_BASE)  # é → e at once: most accented names
        if not stripped.isascii():
            stripped = strip_accents(folded)
    if _CONTROL_CHARACTER.search(text) is None:
        return f"{stripped}{_SEPARATOR}{folded}{_SEPARATOR}{text}"
    return _SEPARATOR.join(part.translate(_CONTROL) for part in (stripped, folded, text))


def value_of(key: SortKey, values: Iterable[Any]) -> str:
    """The key of one row from its ``sources`` values (None reads as empty).

    A contact sorts by family name, then given name; a contact with only a name in its
    own script (name_native) sorts by that."""
    parts = ["" if v is None else str(v) for v in values]
    if key.table == "contact" and key.column == "sortkey_name":
        family, given, native = parts
        text = f"{family} {given}".strip() or native
        return collation_key(text)
    return collation_key(parts[0])


def _keys_of(table: str) -> list[SortKey]:
    return [k for k in SORT_KEYS if k.table == table]


def _memo_values(key: SortKey, sources: Iterable[tuple[Any, ...]]) -> list[str]:
    """``value_of`` for each tuple of source values, each distinct tuple computed once
    (names, cities and positions repeat: an import of 100,000 contacts has far fewer
    distinct cities)."""
    memo: dict[tuple[Any, ...], str] = {}
    out: list[str] = []
    append = out.append
    for values in sources:
        found = memo.get(values)
        if found is None:
            found = memo[values] = value_of(key, values)
        append(found)
    return out


def new_row_keys(table: str, records: Sequence[Mapping[str, Any]]) -> dict[str, list[str]]:
    """The key columns of new rows of ``table`` (each record holds its source columns'
    values): ``{key column: [key of each record]}``, to insert with the rows. Empty for
    a table without keys."""
    return {
        key.column: _memo_values(key, (tuple(r[c] for c in key.sources) for r in records))
        for key in _keys_of(table)
    }


def missing(conn: Any, table: str | None = None) -> bool:
    """Whether a row of ``table`` (default: any record table) lacks a key."""
    for key in SORT_KEYS:
        if table is None or key.table == table:
            found = conn.exec_driver_sql(
                f"SELECT 1 FROM {key.table} WHERE {key.column} IS NULL LIMIT 1"
            ).first()
            if found is not None:
                return True
    return False


def fill(conn: Any, tables: Iterable[str] | None = None) -> int:
    """Compute every missing key of the rows of ``tables`` (default: all), on a
    SQLAlchemy connection inside a write transaction. Returns the rows written.

    One pass per table: each row missing any key gets all its keys in one UPDATE (a
    key already there is computed again, the same)."""
    wanted = set(tables) if tables is not None else None
    written = 0
    for table in TABLES:
        if wanted is not None and table not in wanted:
            continue
        keys = _keys_of(table)
        if not missing(conn, table):
            continue
        sources = list(dict.fromkeys(c for k in keys for c in k.sources))
        where = " OR ".join(f"{k.column} IS NULL" for k in keys)
        selected = ", ".join(f'"{c}"' for c in sources)
        rows = conn.exec_driver_sql(f"SELECT rowid, {selected} FROM {table} WHERE {where}")
        at = {c: i + 1 for i, c in enumerate(sources)}
        found = rows.fetchall()
        columns = [
            _memo_values(k, (tuple(row[at[c]] for c in k.sources) for row in found)) for k in keys
        ]
        values = list(zip(*columns, (row[0] for row in found), strict=True))
        assignments = ", ".join(f"{k.column} = ?" for k in keys)
        conn.exec_driver_sql(f"UPDATE {table} SET {assignments} WHERE rowid = ?", values)
        written += len(values)
    return written
