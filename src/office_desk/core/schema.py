"""Schema versions: Alembic migrations, run from code on open.

A new file is built by running every migration from empty, so new and upgraded files
have exactly the same schema. Migrations run with foreign keys OFF (set outside any
transaction: a batch table re-create with them ON cascade-deletes child rows), inside
one transaction, and ``PRAGMA foreign_key_check`` must come back empty before commit.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from . import paths
from .backup import backup_file, backup_name

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the hand-made search index (and FTS5's shadow tables) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith("search_"))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    return any(rev.revision == revision for rev in _script().walk_revisions())


def upgrade(path: Path, timeout: float = 5.0, target: str = "head") -> None:
    """Run the migrations on the file at ``path`` up to ``target``."""
    from .database import make_engine, sqlite_url

    engine = make_engine(sqlite_url(path), timeout=timeout, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            connection.commit()
    finally:
        engine.dispose()


def backup_and_upgrade(
    path: Path, revision: str, backup_folder: Path | None, timeout: float = 5.0
) -> Path:
    """Back ``path`` up, then upgrade it to the newest schema. Returns the backup."""
    folder = backup_folder or paths.backup_dir()
    copy = backup_file(path, folder / backup_name(path, f"before-schema-upgrade-from-{revision}"))
    log.warning("upgrading %s from schema %s; backup at %s", path, revision, copy)
    upgrade(path, timeout)
    return copy
