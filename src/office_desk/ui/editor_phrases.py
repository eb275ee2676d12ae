"""What a record editor says, in whole phrases per kind of record (German and Chinese
inflect the noun and the words around it differently, so "New {kind}" would not do).

The phrases are declared with each kind in :mod:`office_desk.core.kinds` (translation
context "Kinds"); the tables here only name which one, so a new kind needs no edit
here. ``phrase(NEW_TITLE, "office")`` is ``kinds.get("office").phrases("new")``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..core import kinds


class PhraseTable(Mapping[str, str]):
    """One phrase of every kind (``which``: an attribute of
    :class:`~office_desk.core.kinds.Phrases`), by kind name: the English source, in the
    context "Kinds". Read it in the chosen language with :func:`phrase`."""

    def __init__(self, which: str) -> None:
        self.which = which

    def __getitem__(self, kind: str) -> str:
        return str(getattr(kinds.get(kind).phrases, self.which))

    def __iter__(self) -> Iterator[str]:
        return iter(kinds.NAMES)

    def __len__(self) -> int:
        return len(kinds.NAMES)


#: The kind of record, as a fallback name (a record with no title yet).
NOUN = PhraseTable("noun")
#: Window titles, undo texts and messages.
NEW_TITLE = PhraseTable("new")
#: {title} is the record's name.
EDIT_TITLE = PhraseTable("edit")
#: The undo texts of creating and editing; {name} is the record's name.
ADD_UNDO = PhraseTable("added")
EDIT_UNDO = PhraseTable("edited")
#: {error} is why the store refused.
NOT_SAVED = PhraseTable("not_saved")
#: The question before an editor drops what was typed.
DISCARD = PhraseTable("discard")


def phrase(phrases: Mapping[str, object], kind: str) -> str:
    """``kind``'s phrase from one of the tables above, in the chosen language (its
    ``{title}``, ``{name}`` or ``{error}`` still to fill)."""
    if not isinstance(phrases, PhraseTable):
        raise TypeError(f"not one of the editor's phrase tables: {phrases!r}")
    return kinds.get(kind).phrases(phrases.which)
