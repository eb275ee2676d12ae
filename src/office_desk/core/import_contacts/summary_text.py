"""The dry run and the import told in words, a whole phrase per number.

Every counted phrase comes as a pair: the English for exactly one and for any other
number, each marked for translation, so "1 duplicate" is never "1 duplicates" and a
translation can agree in number (see :func:`office_desk.core.i18n.translate_count`).
Numbers are written with the current language's grouping ("1,000" / "1.000").
Several counts in a line are separate phrases joined by a translatable separator.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..locale_format import format_number

CONTEXT = "ImportContacts"
Pair = tuple[str, str]

ROWS: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{source}: {count} row"),
    QT_TRANSLATE_NOOP("ImportContacts", "{source}: {count} rows"),
)
NEW_RECORDS: dict[str, Pair] = {
    "contacts": (
        QT_TRANSLATE_NOOP("ImportContacts", "{count} new contact"),
        QT_TRANSLATE_NOOP("ImportContacts", "{count} new contacts"),
    ),
    "organizations": (
        QT_TRANSLATE_NOOP("ImportContacts", "{count} new organization"),
        QT_TRANSLATE_NOOP("ImportContacts", "{count} new organizations"),
    ),
}
TO_UPDATE: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} to update"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} to update"),
)
SKIPPED: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} skipped"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} skipped"),
)
WITH_ERRORS: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} with errors"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} with errors"),
)
DUPLICATES: Pair = (
    QT_TRANSLATE_NOOP(
        "ImportContacts", "  {count} duplicate of an existing record or an earlier row: {details}"
    ),
    QT_TRANSLATE_NOOP(
        "ImportContacts", "  {count} duplicates of existing records or earlier rows: {details}"
    ),
)
IDENTICAL: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} identical"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} identical"),
)
SKIPPED_OF_WHICH: str = QT_TRANSLATE_NOOP("ImportContacts", "{skipped} ({identical})")
MERGED: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} merged"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} merged"),
)
CREATED_ANYWAY: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} created anyway"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} created anyway"),
)
NEW_ORGANIZATION_NAMES: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "  {count} new organization: {names}"),
    QT_TRANSLATE_NOOP("ImportContacts", "  {count} new organizations: {names}"),
)
NEW_TAG_NAMES: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "  {count} new tag: {names}"),
    QT_TRANSLATE_NOOP("ImportContacts", "  {count} new tags: {names}"),
)
AND_MORE: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", " and {count} more"),
    QT_TRANSLATE_NOOP("ImportContacts", " and {count} more"),
)
MORE_ERRORS: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "    … and {count} more row with errors"),
    QT_TRANSLATE_NOOP("ImportContacts", "    … and {count} more rows with errors"),
)
OFFICE: str = QT_TRANSLATE_NOOP("ImportContacts", "  Office of the imported records: {office}")
READ_OTHERWISE: Pair = (
    QT_TRANSLATE_NOOP(
        "ImportContacts",
        "  {count} line is not {main} like the rest of the file; "
        "it was read as {encodings} (line {lines})",
    ),
    QT_TRANSLATE_NOOP(
        "ImportContacts",
        "  {count} lines are not {main} like the rest of the "
        "file; they were read as {encodings} (lines {lines})",
    ),
)
UNCLEAR_LINES: Pair = (
    QT_TRANSLATE_NOOP(
        "ImportContacts",
        "  {count} line is in an unclear encoding or does not "
        "fit the one chosen (line {lines}): its row is an error "
        "until you choose the file's encoding or leave it out",
    ),
    QT_TRANSLATE_NOOP(
        "ImportContacts",
        "  {count} lines are in an unclear encoding or do not "
        "fit the one chosen (lines {lines}): their rows are "
        "errors until you choose the file's encoding or leave "
        "them out",
    ),
)
TRY_ENCODING: str = QT_TRANSLATE_NOOP("ImportContacts", "; try {encodings}")

# What an import wrote (ImportResult.summary).
MERGED_ROWS: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} row merged into others"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} rows merged into others"),
)
RECORDS_UPDATED: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", " ({count} existing record updated)"),
    QT_TRANSLATE_NOOP("ImportContacts", " ({count} existing records updated)"),
)
ROWS_SKIPPED: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} row skipped"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} rows skipped"),
)
ROWS_LEFT_OUT: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} row with errors left out"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} rows with errors left out"),
)
NEW_TAGS: Pair = (
    QT_TRANSLATE_NOOP("ImportContacts", "{count} new tag"),
    QT_TRANSLATE_NOOP("ImportContacts", "{count} new tags"),
)
IMPORTED: str = QT_TRANSLATE_NOOP("ImportContacts", "Imported: {parts}.")


def counted(pair: Pair, number: int, **values: object) -> str:
    """The phrase of ``pair`` for ``number``, translated, with ``{count}`` written in
    the current language's digits and the other ``values`` filled in. (Where English
    writes both forms alike, "{count} skipped", so do German and Chinese.)"""
    one, many = pair
    text = translate(CONTEXT, one if number == 1 else many)
    return text.format(count=format_number(number), **values)


def listed(parts: Iterable[str]) -> str:
    """Phrases one after the other, as a list in the current language ("a, b, c")."""
    return translate("ImportContacts", ", ").join(parts)
