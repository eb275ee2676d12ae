"""Put imported records into the search index in bulk.

Rows written with Core inserts bypass the session hook that indexes records (see
:mod:`office_desk.core.store.database`), so the import indexes them itself, with the same
documents :func:`office_desk.core.search.document` makes (a test holds the two
together), two ``executemany`` statements for all of them, and row ids numbered from
the highest one in use (the import holds the write lock, so nobody else numbers).

Building a document is the costly part for 100,000 contacts: names repeat, so their
searchable form (with pinyin and umlaut spellings) is remembered, and text that is
plain ASCII needs no extra spellings at all.
"""

from __future__ import annotations

import re
from typing import Any

from ..countries import country_name
from ..name_folding import german_transliteration, has_cjk, pinyin, spaced_cjk
from ..search import Document
from .matching import display_name

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"\w+", re.UNICODE)


class Searchable:
    """:func:`~office_desk.core.name_folding.searchable_text`: the same text, faster for
    many records.

    A body is the record's fields joined by newlines, and every step of
    ``searchable_text`` works within a field (CJK spacing, transliterated words, Han
    runs: none crosses a newline), so each distinct field is worked out once and the
    parts are put together; only the check "is this spelling already in the text" needs
    the whole body. ASCII text has nothing to add at all."""

    def __init__(self) -> None:
        self.titles: dict[str, str] = {}
        self.fields: dict[str, tuple[str, list[str], list[str]]] = {}
        self.sounds: dict[str, str] = {}

    def title(self, text: str) -> str:
        """``searchable_text(text)`` (a title is a body of one field)."""
        if text.isascii():
            return text
        found = self.titles.get(text)
        if found is None:
            found = self.titles[text] = self.body([text])
        return found

    def _pinyin(self, run: str) -> str:
        found = self.sounds.get(run)
        if found is None:
            found = self.sounds[run] = pinyin(run)
        return found

    def _field(self, text: str) -> tuple[str, list[str], list[str]]:
        """(CJK spaced out, transliterated words not in the field, pinyin parts)."""
        found = self.fields.get(text)
        if found is None:
            spaced = spaced_cjk(text) if has_cjk(text) else text
            words = [w for w in _WORD.findall(german_transliteration(text)) if w not in text]
            sounds: list[str] = []
            for run in _HAN.findall(text):
                syllables = self._pinyin(run)
                sounds.append(syllables)
                if " " in syllables:
                    sounds.append(syllables.replace(" ", ""))
            found = self.fields[text] = (spaced, words, sounds)
        return found

    def body(self, fields: list[str]) -> str:
        """``searchable_text("\\n".join(f for f in fields if f))``."""
        present = [f for f in fields if f]
        body = "\n".join(present)
        if body.isascii():
            return body
        spaced: list[str] = []
        extra: list[str] = []
        sounds: list[str] = []
        for text in present:
            if text.isascii():
                spaced.append(text)
                continue
            field_spaced, words, field_sounds = self._field(text)
            spaced.append(field_spaced)
            extra.extend(w for w in words if w not in body)
            sounds.extend(field_sounds)
        parts = ["\n".join(spaced), " ".join(extra), *sounds]
        return " ".join(p for p in parts if p)


def contact_document(values: dict[str, Any], searchable: Searchable) -> Document:
    """The document of a contact given as the column values of its insert; the same as
    ``search.document(Contact(**values))``."""
    given, family = values["given_name"], values["family_name"]
    position, city, honour = values["position"], values["city"], values["title"]
    title = display_name(given, family, values["name_native"], values["family_name_first"], honour)
    detail = ", ".join(p for p in (position, city) if p)
    # In the order of the contact's search fields (core/kinds/contact.py).
    fields = [
        given,
        family,
        honour,
        values["name_native"],
        position,
        city,
        country_name(values["country"], ""),
        " ".join(values["emails"]),
        " ".join(values["phones"]),
        " ".join(values["messaging"]),
        values["notes"],
    ]
    return Document(searchable.title(title), searchable.body(fields), title, detail)
