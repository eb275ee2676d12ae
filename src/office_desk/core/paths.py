"""Where Office Desk finds its files: what it ships, and what it keeps for each user.

What it ships is found here and nowhere else (:func:`resources_dir`,
:func:`bundled_file`, :func:`package_file`), in every way the app runs:

* installed from the wheel: ``resources/`` is inside the package
  (``site-packages/office_desk/resources``, see ``pyproject.toml``);
* frozen (``packaging/office_desk.spec``): the spec puts it at the same place under
  the bundle, ``<bundle>/office_desk/resources``, where the frozen modules' ``__file__``
  also point (the bundle folder is ``sys._MEIPASS``);
* from a source checkout (an editable install, the tests): at the repository root.

The package's own data files (report templates, migration scripts) sit beside its
modules in all three: :func:`package_file`.

The user's files are in per-user folders from platformdirs: ``OFFICE_DESK_DATA_DIR``
moves the whole data folder (portable installs, tests); ``OFFICE_DESK_DB`` names the
database file to open when ``--db`` is not given.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Office Desk"
DATA_DIR_ENV = "OFFICE_DESK_DATA_DIR"
DB_ENV = "OFFICE_DESK_DB"
#: The ``office_desk`` package folder (in a frozen app, ``<bundle>/office_desk``).
PACKAGE_DIR = Path(__file__).resolve().parent.parent
RESOURCES = "resources"


# --------------------------------------------------------------------------- shipped


def package_file(*parts: str) -> Path:
    """A data file or folder of the package itself, e.g. ``package_file("core",
    "reports", "templates")`` (shipped beside the modules: wheel, frozen app, checkout)."""
    return PACKAGE_DIR.joinpath(*parts)


def resource_folders() -> list[Path]:
    """Where the app's ``resources`` folder may be, in the order looked at: inside the
    package (wheel, frozen app), in the frozen app's bundle folder, then at the root of
    a source checkout."""
    folders = [PACKAGE_DIR / RESOURCES]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        bundle = Path(frozen)
        folders += [bundle / "office_desk" / RESOURCES, bundle / RESOURCES]
    folders.append(PACKAGE_DIR.parent.parent / RESOURCES)
    return list(dict.fromkeys(folders))


def resources_dir() -> Path:
    """The ``resources`` folder (map scripts, base map, icons, translations, licences);
    FileNotFoundError naming the places looked at if there is none."""
    for folder in resource_folders():
        if folder.is_dir():
            return folder
    looked = ", ".join(str(folder) for folder in resource_folders())
    raise FileNotFoundError(f"the app's resources are missing (looked at {looked})")


def bundled_file(relative: str) -> Path | None:
    """A file or folder the app ships under ``resources/``, e.g. ``"LICENSES.md"`` or
    ``"map/office-desk-map.js"`` (None if it is missing)."""
    for folder in resource_folders():
        candidate = folder / relative
        if candidate.exists():
            return candidate
    return None


def translations_dir() -> Path | None:
    """The app's compiled translations (``office_desk_<lang>.qm``), None if missing."""
    return bundled_file("translations")


# --------------------------------------------------------------------------- the user's


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/Office Desk, %LOCALAPPDATA%\\Office Desk)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    """The database opened when no other is named."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "office-desk.sqlite"


def sample_database_path() -> Path:
    """Where the GUI keeps the sample network it offers on first run."""
    return data_dir() / "sample-network.sqlite"


def backup_dir() -> Path:
    """Where safety copies go (before schema upgrades, and later rolling backups)."""
    return data_dir() / "backups"


def log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser() / "logs"
    return platformdirs.user_log_path(APP_NAME, appauthor=False)
