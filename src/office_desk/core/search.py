"""Full-text search across offices, organizations, contacts, projects and events.

One SQLite FTS5 table, ``search_index``, holds a document per live record: a title
and a body of every searchable field, with the extra spellings from
:func:`~office_desk.core.name_folding.searchable_text` (pinyin for Chinese, ``ae`` for
``ä``...). ``search_key`` maps a record id to the FTS rowid, so an edit replaces its
document in constant time. Both are kept up to date in the same transaction as the
edit (see :mod:`office_desk.core.store.database`) and can be rebuilt from scratch.

User input never reaches ``MATCH`` raw: it is split into word tokens, each quoted,
so ``foo"`` or ``AND (`` search for words instead of raising syntax errors.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Uuid, text
from sqlalchemy.orm.attributes import set_committed_value

from . import kinds
from .models import Record
from .name_folding import has_cjk, searchable_text, spaced_cjk

CREATE_STATEMENTS: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS search_key ("
    " rowid INTEGER PRIMARY KEY,"
    " record_id CHAR(32) NOT NULL UNIQUE,"
    " kind VARCHAR(20) NOT NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
    " title, body, tokenize = 'unicode61 remove_diacritics 2')",
)
DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TABLE IF EXISTS search_index",
    "DROP TABLE IF EXISTS search_key",
)


@dataclass(frozen=True)
class Document:
    """What the index holds for one record: searchable title and body (with the other
    spellings), and the title and detail line a result list shows."""

    title: str
    body: str
    shown_title: str
    detail: str


def document(record: Record) -> Document:
    """The document under which ``record`` is found: its kind's title, and the words
    of its fields on :attr:`~office_desk.core.kinds.Surface.SEARCH`."""
    kind = kinds.BY_MODEL.get(type(record))
    if kind is None:
        raise TypeError(f"{type(record).__name__} is not searchable")
    title = kind.title_of(record)
    words = (word for field in kind.on(kinds.Surface.SEARCH) for word in field.search_words(record))
    body = "\n".join(w for w in words if w)
    return Document(
        searchable_text(title), searchable_text(body), title, kind.search_detail(record)
    )


def is_searchable(record: object) -> bool:
    return type(record) in kinds.BY_MODEL


_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


def _key(record_id: uuid.UUID) -> str:
    return record_id.hex


def remove(conn: Connection, record_ids: Iterable[uuid.UUID]) -> None:
    """Take the records out of the index (ids that are not in it are ignored)."""
    keys = [_key(record_id) for record_id in record_ids]
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rowids = [
            (n,)
            for (n,) in conn.exec_driver_sql(
                f"SELECT rowid FROM search_key WHERE record_id IN ({marks})", tuple(chunk)
            )
        ]
        if rowids:
            conn.exec_driver_sql("DELETE FROM search_index WHERE rowid = ?", rowids)  # type: ignore[arg-type]
            conn.exec_driver_sql("DELETE FROM search_key WHERE rowid = ?", rowids)  # type: ignore[arg-type]


def add_documents(conn: Connection, documents: Iterable[tuple[uuid.UUID, str, Document]]) -> int:
    """Add (record id, kind, document) entries for records not in the index yet.

    Two ``executemany`` statements for all of them; row ids are numbered on from the
    highest in use, which is safe because writes hold the database's write lock.
    """
    start = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM search_key").scalar_one()
    keys: list[tuple[object, ...]] = []
    texts: list[tuple[object, ...]] = []
    for number, (record_id, kind, doc) in enumerate(documents, start=int(start) + 1):
        keys.append((number, _key(record_id), kind, doc.shown_title, doc.detail))
        texts.append((number, doc.title, doc.body))
    if keys:
        conn.exec_driver_sql(
            "INSERT INTO search_key (rowid, record_id, kind, title, detail) VALUES (?, ?, ?, ?, ?)",
            keys,
        )  # type: ignore[arg-type]
        conn.exec_driver_sql(
            "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", texts
        )  # type: ignore[arg-type]
    return len(keys)


def put(conn: Connection, records: Iterable[Record]) -> None:
    """Index (or re-index) live records; tombstoned ones are removed from the index."""
    records = list(records)
    remove(conn, (r.id for r in records))
    add_documents(
        conn, ((r.id, kinds.of(r).name, document(r)) for r in records if r.deleted_at is None)
    )


def rebuild(conn: Connection) -> int:
    """Drop and rebuild the whole index from the live records; returns the count.

    Migrations call this too (0002 builds the first index), on a file whose tables may
    not have the columns later migrations add yet: only the columns the file has are
    read, and the others take their model default (what the later migration gives
    every existing row)."""
    from sqlmodel import Session

    for statement in DROP_STATEMENTS + CREATE_STATEMENTS:
        conn.execute(text(statement))
    count = 0
    with Session(bind=conn) as session:
        for kind in kinds.KINDS:
            statement, missing = _live_rows(conn, kind.model)
            rows = session.exec(statement).all()
            for row in rows:
                for name, default in missing.items():
                    set_committed_value(row, name, default)
            put(conn, rows)
            count += len(rows)
    return count


def _live_rows(conn: Connection, model: type[Record]) -> tuple[Any, dict[str, Any]]:
    """The select of ``model``'s live rows that reads only the columns the file has,
    and the default of each column it lacks."""
    from sqlalchemy import inspect as sa_inspect
    from sqlalchemy.orm import load_only
    from sqlmodel import select

    table = model.__table__  # type: ignore[attr-defined]
    present = {c["name"] for c in sa_inspect(conn).get_columns(table.name)}
    statement = select(model).where(model.deleted_at.is_(None))  # type: ignore[union-attr]
    missing = {c.name: _default(model, c.name) for c in table.columns if c.name not in present}
    if missing:
        statement = statement.options(
            load_only(*(getattr(model, c.name) for c in table.columns if c.name in present))
        )
    return statement, missing


def _default(model: type[Record], name: str) -> Any:
    field = model.model_fields[name]
    return field.default_factory() if field.default_factory is not None else field.default  # type: ignore[call-arg]


_TOKEN = re.compile(r"\w+", re.UNICODE)


def _script_runs(token: str) -> list[str]:
    """Split "Dresden德累斯顿" into ["Dresden", "德累斯顿"]; underscores separate words."""
    runs: list[str] = []
    for char in token:
        if char == "_":
            runs.append("")
            continue
        if runs and runs[-1] and has_cjk(runs[-1][-1]) == has_cjk(char):
            runs[-1] += char
        else:
            runs.append(char)
    return [r for r in runs if r]


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None if nothing searchable.

    Every word must match (in any order); Latin words match as prefixes, so results
    appear while typing; a run of CJK characters must appear in that order.
    """
    terms: list[str] = []
    for token in _TOKEN.findall(query):
        for chunk in _script_runs(token):
            if has_cjk(chunk):
                terms.append('"' + " ".join(spaced_cjk(chunk).split()) + '"')
            else:
                terms.append(f'"{chunk}"*')
    return " AND ".join(terms) if terms else None


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: uuid.UUID
    title: str
    detail: str


def search(conn: Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Live records matching ``query``, best first (title matches weigh most)."""
    expression = match_expression(query)
    if expression is None:
        return []
    rows = conn.execute(
        text(
            "SELECT k.kind, k.record_id, k.title, k.detail FROM search_index"
            " JOIN search_key AS k ON k.rowid = search_index.rowid"
            " WHERE search_index MATCH :q"
            " ORDER BY bm25(search_index, 10.0, 1.0) LIMIT :limit"
        ),
        {"q": expression, "limit": limit},
    ).all()
    return [
        SearchHit(kind, uuid.UUID(hex=record_id), title, detail)
        for kind, record_id, title, detail in rows
    ]


def matching_ids(kind: str, query: str) -> Any:
    """A sub-select of the ids of ``kind`` records matching ``query`` (for list filters),
    or None when the query has nothing searchable."""
    expression = match_expression(query)
    if expression is None:
        return None
    return (
        text(
            "SELECT k.record_id FROM search_index JOIN search_key AS k"
            " ON k.rowid = search_index.rowid"
            " WHERE search_index MATCH :q AND k.kind = :kind"
        )
        .bindparams(q=expression, kind=kind)
        .columns(record_id=Uuid())
    )
