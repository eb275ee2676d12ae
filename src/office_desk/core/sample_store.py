"""Create the sample network as a new database file."""

from __future__ import annotations

from pathlib import Path

from .models import ENTITY_TABLES
from .services.records import count
from .store.database import StoreError, open_store


def create_sample(path: Path) -> dict[str, int]:
    """Write the sample network to the new file ``path``; returns counts per kind.

    All or nothing: if anything fails, the half-made file is removed.
    """
    from .sample_network import populate

    if path.exists():
        raise StoreError(f"{path}: already exists; the sample is only written to a new file")
    store = open_store(path, create=True)
    try:
        with store.write() as session:
            populate(session)
        return {f"{kind}s": count(store, model) for kind, model in ENTITY_TABLES.items()}
    except BaseException:
        store.close()
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        store.close()
