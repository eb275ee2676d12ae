"""The main window's pages, in sidebar order, and the words for them: each page's
name, and the phrases that count a kind's records ("1 office", "2 offices") in the
status bar, the delete question and the export dialogs.

A record kind's page, title and counts come from its declaration in
:mod:`office_desk.core.kinds` (translation context "Kinds"), so a new kind needs no
edit here; the two pages that are not kinds keep the main window's context.
"""

from __future__ import annotations

from ..core import kinds
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.kinds.spec import PHRASES

#: The record kinds with a list page of their own, in sidebar order (the registry's).
KINDS: tuple[str, ...] = kinds.NAMES
#: The pages that are not a kind's list, after the kinds.
OTHER_PAGES = {
    "map": QT_TRANSLATE_NOOP("MainWindow", "Map"),
    "reports": QT_TRANSLATE_NOOP("MainWindow", "Reports"),
}
#: Every page, in sidebar order (Ctrl+1 … Ctrl+7).
PAGES: tuple[str, ...] = (*KINDS, *OTHER_PAGES)
#: Each page's name, as its English source: a kind's title (context "Kinds") or one of
#: :data:`OTHER_PAGES` (context "MainWindow"). Show it through :func:`page_title`.
PAGE_TITLES: dict[str, str] = {
    **{kind.name: kind.phrases.title for kind in kinds.KINDS},
    **OTHER_PAGES,
}


def page_title(page: str) -> str:
    """The name of ``page`` (sidebar, View menu) in the chosen language."""
    context = PHRASES if page in kinds.BY_NAME else "MainWindow"
    return translate(context, PAGE_TITLES[page])


def count_text(kind: str, n: int, separators: bool = True) -> str:
    """``n`` records of ``kind``: "1 office", "1,234 contacts" (grouped the way the
    chosen language writes numbers); with ``separators=False`` the digits alone
    ("Delete 1234 contacts?")."""
    phrases = kinds.get(kind).phrases
    if separators:
        return phrases.count(n)
    return translate(PHRASES, phrases.count_one if n == 1 else phrases.count_many).format(
        count=str(n)
    )
