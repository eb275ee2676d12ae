"""Schema versions: Alembic migrations, run from code on open.

A new file is built by running every migration from empty, so new and upgraded files
have exactly the same schema. Migrations run with foreign keys OFF (set outside any
transaction: a batch table re-create with them ON cascade-deletes child rows), inside
one transaction, and ``PRAGMA foreign_key_check`` must come back empty before commit.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from .. import paths
from .backup import backup_file, backup_name

log = logging.getLogger(__name__)
MIGRATIONS = paths.package_file("core", "store", "migrations")

#: Every schema revision, oldest first, as the migrations folder has them. Kept here so
#: that opening a file does not have to load Alembic and parse every migration script
#: (a test checks this list against Alembic's own view of the folder).
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the hand-made search index (and FTS5's shadow tables) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith("search_"))


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def script_revisions() -> list[str]:
    """The revisions in the migrations folder, oldest first (loads Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return REVISIONS[-1]


def is_known_revision(revision: str) -> bool:
    return revision in REVISIONS


def upgrade(path: Path, timeout: float = 5.0, target: str = "head") -> None:
    """Run the migrations on the file at ``path`` up to ``target``."""
    from alembic import command

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
