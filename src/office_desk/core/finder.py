"""Find anything: the global search box and ``office-desk search`` both call :func:`find`."""

from __future__ import annotations

from .search import SearchHit, search
from .store.database import Store

#: A result: kind, id, the title and a detail line to show.
Found = SearchHit


def find(store: Store, text: str, limit: int = 50) -> list[Found]:
    """Live records of every kind matching ``text``, best first.

    One query: the titles and detail lines shown come from the index itself, so a
    search while typing never loads the records.
    """
    with store.session() as session:
        return search(session.connection(), text, limit)
