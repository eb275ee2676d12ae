"""Lists of records as users see them: which columns, filters, order, and rows of text.

The CLI prints these rows; the GUI's table models fetch the same rows page by page
(``ids`` first, then ``rows_for`` on the ids scrolled into view).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, String, exists, func, literal_column, or_, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from . import kinds
from .kinds import FieldSpec, RecordKind, Surface
from .kinds.spec import money_text as money_text  # the list's way to show an amount
from .locale_format import sort_key
from .models import Record, TagLink
from .search import matching_ids
from .services.records import model_for, text_filter
from .store import sort_keys
from .store.database import Store


@dataclass(frozen=True)
class Column:
    """A column of a kind's list: one of the kind's fields on :attr:`Surface.LIST`."""

    field: FieldSpec

    @property
    def key(self) -> str:
        """The field's name: the key of the column's text in :func:`rows_for`'s rows."""
        return self.field.name

    @property
    def english_header(self) -> str:
        return self.field.label

    @property
    def header(self) -> str:
        """The column's title in the current language (the field's label)."""
        return self.field.shown_label

    @property
    def sort(self) -> str | None:
        """The model attribute to ORDER BY, None if not sortable in SQL."""
        return self.field.sort

    @property
    def money(self) -> bool:
        """An amount with its currency code (see :func:`split_money_text`)."""
        return self.field.value == "money"


#: Each kind's list columns, in order (the kind's fields on the list).
COLUMNS: dict[str, list[Column]] = {
    kind.name: [Column(f) for f in kind.on(Surface.LIST)] for kind in kinds.KINDS
}


@dataclass(frozen=True)
class ListQuery:
    """What the user filtered and how the list is sorted."""

    kind: str
    text: str = ""
    office_id: uuid.UUID | None = None
    country: str = ""
    stage: str = ""
    record_kind: str = ""
    status: str = ""
    tag_id: uuid.UUID | None = None
    order_by: str | None = None
    descending: bool = False


def _conditions(query: ListQuery, kind: RecordKind) -> list[ColumnElement[bool]]:
    """The query's filters as conditions; a filter the kind does not offer
    (:attr:`RecordKind.filters`) is left out."""
    model = kind.model
    conditions: list[ColumnElement[bool]] = []
    needle = query.text.strip()
    if needle:
        # Substrings of the main columns, or a full-text match (pinyin, umlauts...).
        found = matching_ids(query.kind, needle)
        if found is None:
            conditions.append(text_filter(model, needle))
        else:
            conditions.append(or_(text_filter(model, needle), model.id.in_(found)))
    if query.office_id is not None:
        if kind.name == "office":  # an office's own records: the office itself
            conditions.append(model.id == query.office_id)
        elif "office" in kind.filters:
            conditions.append(model.office_id == query.office_id)
    if query.country and "country" in kind.filters:
        conditions.append(model.country == query.country)
    if query.stage and "stage" in kind.filters:
        conditions.append(model.stage == query.stage)
    if query.record_kind and "kind" in kind.filters:
        conditions.append(model.kind == query.record_kind)
    if query.status and "status" in kind.filters:
        conditions.append(model.status == query.status)
    if query.tag_id is not None and "tag" in kind.filters:
        column = next(link.column for link in kind.links if link.model is TagLink)
        conditions.append(
            exists().where(
                getattr(TagLink, column) == model.id,
                col(TagLink.tag_id) == query.tag_id,
                col(TagLink.deleted_at).is_(None),
            )
        )
    return conditions


def id_keys(store: Store, query: ListQuery) -> list[str]:
    """The ids (as 32-digit hex keys) of the live records matching ``query``, in display
    order. Hex keys skip building 100,000 UUID objects for a list that shows 30 rows."""
    kind = kinds.get(query.kind)
    model = kind.model
    attribute = query.order_by or kind.default_order
    order = getattr(model, attribute)
    live = (model.deleted_at.is_(None), *_conditions(query, kind))  # type: ignore[attr-defined]
    # Core queries (tombstones filtered explicitly above): the ORM's row handling would
    # double the time for 100,000 ids.
    key = sort_keys.key_for(model.__tablename__, attribute)
    if key is not None and _keys_ready(store, key):
        # Names sorted as readers expect ("Müller" beside "Muller", 张伟 among the Z's
        # by pinyin) by the key column's index (see store.sort_keys).
        by: ColumnElement[str] = literal_column(f"{key.table}.{key.column}")
        ordering = (by.desc(), model.id.desc()) if query.descending else (by, model.id)
        statement = sa_select(type_coerce(model.id, String)).where(*live).order_by(*ordering)
        return _first_column(store, statement)
    if key is not None:
        # A read-only file with keys missing (written by another program): the same
        # keys, computed and sorted here.
        sources = [getattr(model, c) for c in key.sources]
        by_sources = sa_select(type_coerce(model.id, String), *sources).where(*live)
        with store.engine.connect() as conn:
            keyed = [
                (sort_keys.value_of(key, tuple(r)[1:]), r[0]) for r in conn.execute(by_sources)
            ]
        keyed.sort(reverse=query.descending)
        return [record_id for _, record_id in keyed]
    column_type = getattr(order.type, "impl", order.type)  # SQLModel's AutoString wraps String
    if isinstance(column_type, String) or isinstance(order.type, String):
        # Codes (a kind, a stage): few and short, sorted here as they read.
        statement = sa_select(type_coerce(model.id, String), order).where(*live)
        with store.engine.connect() as conn:
            rows: list[tuple[Any, ...]] = [tuple(r) for r in conn.execute(statement)]
        rows.sort(key=lambda row: (sort_key(row[1] or ""), row[0]), reverse=query.descending)
        return [row[0] for row in rows]
    direction = order.desc() if query.descending else order.asc()
    statement = sa_select(type_coerce(model.id, String)).where(*live).order_by(direction, model.id)
    return _first_column(store, statement)


def _first_column(store: Store, statement: Any) -> list[str]:
    """The first column of ``statement``'s rows, as the driver returns them: SQLAlchemy's
    Row objects would take as long as SQLite's own index scan for 100,000 ids (the ids,
    type-coerced to text, need no conversion)."""
    with store.engine.connect() as conn:
        result = conn.execute(statement)
        try:
            return [row[0] for row in result.cursor.fetchall()]
        finally:
            result.close()


def _keys_ready(store: Store, key: sort_keys.SortKey) -> bool:
    """Whether every live row of ``key``'s table has its keys, computing the missing
    ones first if the file can be written (every write computes them: a key is missing
    only if another program wrote the file)."""
    with store.engine.connect() as conn:
        if not sort_keys.missing(conn, key.table):
            return True
    if store.read_only:
        return False
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        sort_keys.fill(conn, [key.table])
    return True


def ids(store: Store, query: ListQuery) -> list[uuid.UUID]:
    """The ids of the live records matching ``query``, in display order."""
    return [uuid.UUID(hex=key) for key in id_keys(store, query)]


def count(store: Store, query: ListQuery) -> int:
    kind = kinds.get(query.kind)
    statement = select(func.count()).select_from(kind.model).where(*_conditions(query, kind))
    with store.session() as session:
        return int(session.exec(statement).one())


def split_money_text(text: str) -> tuple[str, str]:
    """A :func:`money_text` split into the number and the currency code:
    ``("1.500.000,00", "EUR")``; text without a code comes back whole with ``""``.
    (Grouping spaces are no-break spaces; the code follows the one plain space.)"""
    number, _, code = text.rpartition(" ")
    if number and len(code) == 3 and code.isascii() and code.isalpha() and code.isupper():
        return number, code
    return text, ""


def rows_for(store: Store, kind: str, record_ids: Sequence[uuid.UUID]) -> list[dict[str, str]]:
    """Display rows (column key → text, plus ``id``) for ``record_ids``, in that order.

    Two or three queries whatever the number of ids: the records, then the names they
    refer to (one query per kind referred to)."""
    spec = kinds.get(kind)
    model = spec.model
    fields = spec.on(Surface.LIST)
    with store.session() as session:
        found = {
            r.id: r
            for r in session.exec(
                select(model).where(model.id.in_(list(record_ids)))  # type: ignore[attr-defined]
            ).all()
        }
        records = [found[i] for i in record_ids if i in found]
        names = kinds.names_for(session, fields, records)
    rows: list[dict[str, str]] = []
    for r in records:
        row = {f.name: f.display(r, names) for f in fields}
        row["id"] = str(r.id)
        rows.append(row)
    return rows


def records(store: Store, query: ListQuery) -> list[Record]:
    """Full records matching ``query`` in display order (for JSON output)."""
    model = model_for(query.kind)
    wanted = ids(store, query)
    with store.session() as session:
        found: dict[uuid.UUID, Record] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for r in session.exec(select(model).where(model.id.in_(chunk))).all():  # type: ignore[attr-defined]
                found[r.id] = r
    return [found[i] for i in wanted if i in found]


def countries_in_use(store: Store, kind: str) -> list[str]:
    """The country codes that records of ``kind`` use (for a country filter)."""
    spec = kinds.get(kind)
    if "country" not in spec.filters:
        return []
    column = spec.model.country
    with store.session() as session:
        return sorted(c for c in session.exec(select(column).distinct()).all() if c)


def tag_id(store: Store, name: str) -> uuid.UUID | None:
    from .models import Tag

    with store.session() as session:
        tag = session.exec(select(Tag).where(Tag.name == name)).first()
        return tag.id if tag else None


def sectors_in_use(store: Store) -> list[str]:
    """The sectors organizations and projects use (for a sector filter), sorted."""
    found: set[str] = set()
    with store.session() as session:
        for kind in kinds.KINDS:
            if any(f.name == "sector" for f in kind.fields):
                found |= set(session.exec(select(kind.model.sector).distinct()).all())
    return sorted((s for s in found if s), key=sort_key)
