"""PySide6 reads the source of every module imported after it, and keeps it: this
module keeps the check and drops the keeping.

Once ``PySide6.QtCore`` is imported, shiboken's import hook looks at every module
imported afterwards to learn whether it "uses PySide" (for the opt-in ``from
__feature__ import snake_case``): ``shibokensupport.feature._mod_uses_pyside`` calls
``inspect.getsource(module)`` and looks for the word ``PySide6`` in it. That reads the
whole file through :mod:`linecache`, which keeps every line of every module for the
life of the process: for Office Desk's start (SQLAlchemy, SQLModel, pydantic, folium,
jinja2...) about 290,000 lines, 33 MB of the Python heap measured with
:mod:`tracemalloc` (the same work made napari's start slow: napari issue #8584).

:func:`spare_source_reads` puts in a check with the same answer (the word in the
module's ``.py`` file; a module without one, such as an extension, is answered as
``inspect.getsource`` failing is: no) that reads the file's bytes once and keeps
nothing. With a PySide6 whose hook no longer has that function, nothing is changed.
Office Desk uses no ``__feature__`` itself.
"""

from __future__ import annotations

import sys
from types import ModuleType

#: The most of a module's file this check reads (a module's source is far smaller).
MAX_SOURCE_BYTES = 16 * 1024 * 1024


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file names PySide6, as shiboken's own check answers,
    without keeping the source in :mod:`linecache`."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read(MAX_SOURCE_BYTES)
    except OSError:
        return False


def spare_source_reads() -> bool:
    """Put :func:`uses_pyside` in place of shiboken's check (imports PySide6.QtCore,
    which installs the hook). Returns whether it was put in."""
    import PySide6.QtCore  # noqa: F401 - installs shiboken's import hook

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
