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


class Syllables:
    """:func:`~office_desk.core.name_folding.pinyin` of runs of Han characters, with a
    memory of the words a run is made of rather than of whole runs.

    ``pinyin`` reads a run with pypinyin's ``lazy_pinyin``, which cuts the run into
    words (its phrase dictionary's, or single characters) and reads each word on its
    own. Names hardly repeat as a whole (张伟, 张伟明, 王伟...) but their characters and
    words do: so the run is cut here with pypinyin's own cutting, and each word is read
    once by pypinyin's own converter, with the settings ``pinyin`` uses. A test holds
    this to ``pinyin`` on names, phrases and random text. Without pypinyin's parts (a
    version that moved them), every run goes to ``pinyin`` itself."""

    def __init__(self) -> None:
        self.words: dict[str, list[str]] = {}
        self.cut: Any = None
        self.read: Any = None
        try:
            from pypinyin import Style
            from pypinyin.converter import DefaultConverter
            from pypinyin.core import Pinyin
        except ImportError:  # pragma: no cover - pypinyin is a dependency
            return
        converter = DefaultConverter()
        self.cut = Pinyin(converter).seg
        normal = Style.NORMAL
        self.read = lambda word: converter.convert(word, normal, False, "default", True)

    def of_run(self, run: str) -> str:
        if self.cut is None:
            return pinyin(run)
        words = self.words
        syllables: list[str] = []
        for word in self.cut(run):
            found = words.get(word)
            if found is None:
                found = words[word] = [s for readings in self.read(word) for s in readings]
            syllables.extend(found)
        return " ".join(syllables)


class Searchable:
    """:func:`~office_desk.core.name_folding.searchable_text`: the same text, faster for
    many records.

    A body is the record's fields joined by newlines, and every step of
    ``searchable_text`` works within a field (CJK spacing, transliterated words, Han
    runs: none crosses a newline), so each distinct field is worked out once and the
    parts are put together; only the check "is this spelling already in the text" needs
    the whole body. ASCII text has nothing to add at all. A contact's name as shown
    (and its searchable form) and a country's name are remembered too: names repeat."""

    def __init__(self) -> None:
        self.titles: dict[str, str] = {}
        self.fields: dict[str, tuple[str, list[str], list[str]]] = {}
        self.sounds: dict[str, str] = {}
        self.names: dict[tuple[str, str, str, bool, str], tuple[str, str]] = {}
        self.countries: dict[str, str] = {}
        self.syllables = Syllables()

    def title(self, text: str) -> str:
        """``searchable_text(text)`` (a title is a body of one field)."""
        if text.isascii():
            return text
        found = self.titles.get(text)
        if found is None:
            found = self.titles[text] = self.body([text])
        return found

    def person(
        self, given: str, family: str, native: str, first: bool, honour: str
    ) -> tuple[str, str]:
        """The contact's name as shown (:func:`.matching.display_name`), and its
        searchable form."""
        key = (given, family, native, first, honour)
        found = self.names.get(key)
        if found is None:
            shown = display_name(given, family, native, first, honour)
            found = self.names[key] = (shown, self.title(shown))
        return found

    def country(self, code: str) -> str:
        """``country_name(code, "")``."""
        found = self.countries.get(code)
        if found is None:
            found = self.countries[code] = country_name(code, "")
        return found

    def _pinyin(self, run: str) -> str:
        """``pinyin(run)`` for a run of Han characters."""
        found = self.sounds.get(run)
        if found is None:
            found = self.sounds[run] = self.syllables.of_run(run)
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
                if not syllables:
                    continue
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
        field = self._field
        for text in present:
            if text.isascii():
                spaced.append(text)
                continue
            field_spaced, words, field_sounds = field(text)
            spaced.append(field_spaced)
            if words:
                extra.extend(w for w in words if w not in body)
            if field_sounds:
                sounds.extend(field_sounds)
        text = "\n".join(spaced)
        if extra:
            text = f"{text} {' '.join(extra)}" if text else " ".join(extra)
        if sounds:
            text = " ".join((text, *sounds)) if text else " ".join(sounds)
        return text


def contact_document(values: dict[str, Any], searchable: Searchable) -> Document:
    """The document of a contact given as the column values of its insert; the same as
    ``search.document(Contact(**values))``."""
    given, family = values["given_name"], values["family_name"]
    position, city, honour = values["position"], values["city"], values["title"]
    shown, title = searchable.person(
        given, family, values["name_native"], values["family_name_first"], honour
    )
    detail = f"{position}, {city}" if position and city else position or city
    emails, phones, messaging = values["emails"], values["phones"], values["messaging"]
    code = values["country"]
    # In the order of the contact's search fields (core/kinds/contact.py).
    fields = [
        given,
        family,
        honour,
        values["name_native"],
        position,
        city,
        searchable.country(code) if code else "",
        (emails[0] if len(emails) == 1 else " ".join(emails)) if emails else "",
        (phones[0] if len(phones) == 1 else " ".join(phones)) if phones else "",
        " ".join(messaging) if messaging else "",
        values["notes"],
    ]
    return Document(title, searchable.body(fields), shown, detail)
