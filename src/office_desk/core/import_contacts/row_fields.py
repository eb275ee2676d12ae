"""One row of the file → the fields of a contact or organization, with what is wrong.

:class:`RowReader` is built once per dry run from the mapping, and turns each row into
a dict holding only the fields the file gives (empty cells are "not given", so a merge
never erases), plus the errors (each naming the line and the column's header) and
notes for the user. A contact's name is completed here: a full name is split, a name in
Han script becomes the native form, and so on (see :mod:`.person_names`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..i18n import translate
from ..locale_format import format_number
from ..models import TITLE_MAX_LENGTH, Contact, Organization
from ..name_folding import has_cjk
from ..validation import length_limits, length_problems
from ..vocabulary import LegalBasis, OrganizationKind
from . import cell_values as cv
from .header_words import normalised
from .layouts import TARGET_FIELDS, ColumnMapping
from .person_names import (
    is_native_only,
    native_from_parts,
    native_part,
    split_full_name,
    split_title,
    without_salutation,
    written_family_first,
)
from .sources import SourceRow, SourceTable

_MESSAGING_SERVICES = {
    "wechat": "WeChat",
    "weixin": "WeChat",
    "微信": "WeChat",
    "微信号": "WeChat",
    "skype": "Skype",
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "qq": "QQ",
    "linkedin": "LinkedIn",
    "signal": "Signal",
    "threema": "Threema",
    "line": "LINE",
}
_KIND_SYNONYMS = {
    "firma": "company",
    "unternehmen": "company",
    "business": "company",
    "enterprise": "company",
    "公司": "company",
    "企业": "company",
    "universität": "university",
    "universitaet": "university",
    "hochschule": "university",
    "college": "university",
    "大学": "university",
    "高校": "university",
    "institute": "research_institute",
    "institut": "research_institute",
    "research": "research_institute",
    "forschungsinstitut": "research_institute",
    "研究所": "research_institute",
    "研究院": "research_institute",
    "behörde": "government",
    "behoerde": "government",
    "ministry": "government",
    "ministerium": "government",
    "government": "government",
    "政府": "government",
    "verband": "association",
    "verein": "association",
    "kammer": "association",
    "chamber": "association",
    "协会": "association",
    "商会": "association",
    "museum": "cultural",
    "theater": "cultural",
    "文化": "cultural",
    "sonstige": "other",
    "andere": "other",
    "其他": "other",
}
_BASIS_SYNONYMS = {
    "einwilligung": "consent",
    "vertrag": "contract",
    "同意": "consent",
    "berechtigtes interesse": "legitimate_interest",
    "合同": "contract",
}


@dataclass
class ReadRow:
    """A row as read: the fields the file gives, errors and notes for the user."""

    fields: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class OfficeNames:
    """Offices by name, native name or city (any case); a city two offices share is
    not used."""

    def __init__(self, offices: list[tuple[uuid.UUID, str, str, str]]) -> None:
        self.by_word: dict[str, uuid.UUID | None] = {}
        for office_id, *words in offices:
            for word in {w.strip().casefold() for w in words if w and w.strip()}:
                known = self.by_word.get(word, office_id)
                self.by_word[word] = office_id if known == office_id else None

    def find(self, name: str) -> uuid.UUID | None:
        return self.by_word.get(name.strip().casefold())


class RowReader:
    """Reads rows of ``table`` for ``mapping.target`` (see the module's notes)."""

    def __init__(self, table: SourceTable, mapping: ColumnMapping, offices: OfficeNames) -> None:
        self.headers = table.headers
        self.target = mapping.target
        self.offices = offices
        columns = mapping.columns_of()
        multiple = {s.key for s in TARGET_FIELDS[self.target] if s.multiple}
        width = len(table.headers)
        self.singles = [
            (key, [c for c in cols if c < width])
            for key, cols in columns.items()
            if key not in multiple and key != "notes"
        ]
        self.notes = [c for c in columns.get("notes", []) if c < width]
        self.lists = [
            (key, [c for c in columns.get(key, []) if c < width])
            for key in ("emails", "phones", "messaging", "languages", "tags")
            if columns.get(key)
        ]
        self.prefix = {
            c: _MESSAGING_SERVICES.get(normalised(self.headers[c]), "")
            for c in columns.get("messaging", [])
            if c < width
        }
        self.read: Callable[[SourceRow], ReadRow] = (
            self.contact if self.target == "contacts" else self.organization
        )
        model = Contact if self.target == "contacts" else Organization
        #: What :meth:`_names` made of the same name cells before.
        self.names_read: dict[tuple[Any, ...], tuple[str, str, str, str, bool]] = {}
        #: The fields with a length limit, and the limit (worked out once, not per row).
        self.limits = list(length_limits(model).items())
        self.organization_limit = length_limits(Organization)["name"]

    # ------------------------------------------------------------------ helpers

    def problem(self, line: int, column: int | None, message: object) -> str:
        if column is None:
            return translate("ImportRows", "line {line}: {message}").format(
                line=line, message=message
            )
        return translate("ImportRows", "line {line}, column {column}: {message}").format(
            line=line, column=repr(self.headers[column]), message=message
        )

    def _singles(self, values: list[str]) -> tuple[dict[str, str], dict[str, int]]:
        got: dict[str, str] = {}
        where: dict[str, int] = {}
        for key, cols in self.singles:
            for c in cols:
                text = values[c]
                if text:
                    text = cv.clean(text)
                    if text:
                        got[key] = text
                        where[key] = c
                        break
        return got, where

    def _notes(self, values: list[str]) -> str:
        parts = [cv.clean(values[c]) for c in self.notes if values[c]]
        return "\n".join(p for p in parts if p)

    def _lists(self, values: list[str], line: int, out: ReadRow) -> None:
        for key, cols in self.lists:
            items: list[str] = []
            seen: set[str] = set()
            for c in cols:
                text = values[c]
                if not text:
                    continue
                text = cv.clean(text)
                if key == "emails":
                    found = []
                    for item in cv.split_emails(text):
                        try:
                            found.append(cv.email(item))
                        except cv.BadValue as exc:
                            out.errors.append(self.problem(line, c, exc))
                elif key == "phones":
                    found = cv.split_phones(text)
                elif key == "tags":
                    found = []
                    for item in cv.split_tags(text):
                        if len(item) > cv.TAG_MAX_LENGTH:
                            out.errors.append(
                                self.problem(
                                    line,
                                    c,
                                    translate(
                                        "ImportRows",
                                        "the tag {tag} is longer than {count} characters",
                                    ).format(tag=repr(item[:40] + "…"), count=cv.TAG_MAX_LENGTH),
                                )
                            )
                        else:
                            found.append(item)
                elif key == "messaging":
                    found = cv.split_lines(text)
                    service = self.prefix.get(c)
                    if service:
                        found = [
                            f if f.casefold().startswith(service.casefold()) else f"{service}: {f}"
                            for f in found
                        ]
                else:
                    found = cv.split_words(text)
                for item in found:
                    folded = item.casefold()
                    if folded not in seen:
                        seen.add(folded)
                        items.append(item)
            if items:
                out.fields[key] = items

    def _convert(
        self,
        out: ReadRow,
        line: int,
        where: dict[str, int],
        key: str,
        convert: Callable[[str], Any],
        target: str | None = None,
    ) -> None:
        text = out.fields.pop(key, None)
        if text is None:
            return
        try:
            value = convert(text)
        except cv.BadValue as exc:
            out.errors.append(self.problem(line, where.get(key), exc))
            return
        if value is not None and value != "":
            out.fields[target or key] = value

    def _office(self, out: ReadRow, line: int, where: dict[str, int]) -> None:
        name = out.fields.pop("office", None)
        if not name:
            return
        found = self.offices.find(name)
        if found is None:
            out.notes.append(
                self.problem(
                    line,
                    where.get("office"),
                    translate("ImportRows", "no office here is called {name}; left empty").format(
                        name=repr(name)
                    ),
                )
            )
        else:
            out.fields["office_id"] = found

    # ------------------------------------------------------------------ contacts

    def contact(self, row: SourceRow) -> ReadRow:
        values, line = row.values, row.line
        got, where = self._singles(values)
        out = ReadRow(got)
        notes = self._notes(values)
        if notes:
            got["notes"] = notes
        self._lists(values, line, out)
        self._names(out, line, where)
        self._convert(out, line, where, "country", cv.country_code)
        self._convert(out, line, where, "last_contacted_on", cv.a_date)
        self._convert(
            out, line, where, "legal_basis", lambda t: cv.choice(t, LegalBasis, _BASIS_SYNONYMS)
        )
        self._office(out, line, where)
        self._lengths(out, line, where, Contact)
        return out

    def _lengths(
        self,
        out: ReadRow,
        line: int,
        where: dict[str, int],
        model: type[Contact] | type[Organization],
    ) -> None:
        """An error for each value longer than its field may be (the import writes new
        records in bulk, without the checks every other write has)."""
        got = out.fields
        get = got.get
        too_long = False
        for name, most in self.limits:
            value = get(name)
            if isinstance(value, str) and len(value) > most:
                too_long = True
                break
        for problem in length_problems(model, got) if too_long else ():
            column = where.get(problem.field)
            if column is None and problem.field in ("given_name", "family_name", "name_native"):
                column = where.get("full_name", where.get(problem.field))
            elif column is None and problem.field == "name":
                column = where.get("name_native")
            out.errors.append(self.problem(line, column, problem.message))
        organization = got.get("organization")
        limit = self.organization_limit
        if isinstance(organization, str) and len(organization) > limit:
            out.errors.append(
                self.problem(
                    line,
                    where.get("organization"),
                    translate(
                        "ImportRows",
                        "the organization's name has {length} characters; at most "
                        "{limit} are allowed",
                    ).format(length=format_number(len(organization)), limit=format_number(limit)),
                )
            )

    def _names(self, out: ReadRow, line: int, where: dict[str, int]) -> None:
        """Complete the row's name (see :meth:`_work_out_names`); names repeat in a
        file, so the outcome for the same cells is remembered (when they gave no
        error: an error names its line)."""
        got = out.fields
        key = (
            got.get("full_name", ""),
            got.get("given_name", ""),
            got.get("family_name", ""),
            got.get("name_native", ""),
            got.get("title", ""),
            got.get("family_name_first"),
        )
        found = self.names_read.get(key)
        if found is None:
            errors = len(out.errors)
            self._work_out_names(out, line, where)
            if len(out.errors) == errors:
                self.names_read[key] = (
                    got.get("title", ""),
                    got.get("given_name", ""),
                    got.get("family_name", ""),
                    got.get("name_native", ""),
                    bool(got.get("family_name_first")),
                )
            return
        title, given, family, native, family_first = found
        # The same steps, in the same order, as _work_out_names takes.
        got.pop("full_name", None)
        got.pop("title", None)
        if title:
            got["title"] = title
        for name, value in (
            ("given_name", given),
            ("family_name", family),
            ("name_native", native),
        ):
            if value:
                got[name] = value
            else:
                got.pop(name, None)
        got.pop("family_name_first", None)
        if family_first:
            got["family_name_first"] = True

    def _work_out_names(self, out: ReadRow, line: int, where: dict[str, int]) -> None:
        got = out.fields
        full = got.pop("full_name", "")
        given, family = got.get("given_name", ""), got.get("family_name", "")
        native = got.get("name_native", "")
        # The title column's, else one written with the name ("Dr. Jürgen Müller").
        title = without_salutation(got.pop("title", ""))
        family_first: bool | None = None
        if given:
            found, given = split_title(given)
            title = title or found
        if (given or family) and is_native_only(given + family):
            native = native or native_from_parts(given, family)
            given = family = ""
        if not (given or family) and full:
            found, full = split_title(full)
            title = title or found
            split = split_full_name(full)
            given, family, family_first = split.given, split.family, split.family_first
            native = native or split.native
        elif full:
            family_first = written_family_first(full, given, family)
            if not native and has_cjk(full):
                native = native_part(split_title(full)[1])
            title = title or split_title(full)[0]
        self._title(out, line, where, title)
        for key, value in (("given_name", given), ("family_name", family), ("name_native", native)):
            if value:
                got[key] = value
            else:
                got.pop(key, None)
        explicit = got.pop("family_name_first", None)
        if explicit is not None:
            try:
                family_first = bool(cv.yes_no(explicit))
            except cv.BadValue as exc:
                out.errors.append(self.problem(line, where.get("family_name_first"), exc))
        if family_first is None:
            family_first = bool(native) and has_cjk(native)
        if family_first:
            got["family_name_first"] = True
        if not (given or family or native):
            columns = sorted(
                {
                    c
                    for k, cols in self.singles
                    if k in ("full_name", "given_name", "family_name", "name_native")
                    for c in cols
                }
            )
            named = ", ".join(repr(self.headers[c]) for c in columns)
            out.errors.append(
                self.problem(
                    line,
                    None,
                    translate("ImportRows", "no name ({columns} empty)").format(columns=named)
                    if named
                    else translate("ImportRows", "no name"),
                )
            )

    def _title(self, out: ReadRow, line: int, where: dict[str, int], title: str) -> None:
        if not title:
            return
        if len(title) > TITLE_MAX_LENGTH:
            out.errors.append(
                self.problem(
                    line,
                    where.get("title"),
                    translate(
                        "ImportRows",
                        "the title {title} is longer than {count} characters (is it "
                        "the job title? map that column to Position)",
                    ).format(title=repr(title[:40] + "…"), count=TITLE_MAX_LENGTH),
                )
            )
            return
        out.fields["title"] = title

    # ------------------------------------------------------------------ organizations

    def organization(self, row: SourceRow) -> ReadRow:
        values, line = row.values, row.line
        got, where = self._singles(values)
        out = ReadRow(got)
        notes = self._notes(values)
        if notes:
            got["notes"] = notes
        self._lists(values, line, out)
        if not got.get("name"):
            if got.get("name_native"):
                got["name"] = got["name_native"]
            else:
                out.errors.append(self.problem(line, None, translate("ImportRows", "no name")))
        self._convert(out, line, where, "country", cv.country_code)
        self._convert(
            out, line, where, "kind", lambda t: cv.choice(t, OrganizationKind, _KIND_SYNONYMS)
        )
        self._convert(
            out,
            line,
            where,
            "latitude",
            lambda t: cv.a_number(t, -90, 90, translate("ImportRows", "latitude")),
        )
        self._convert(
            out,
            line,
            where,
            "longitude",
            lambda t: cv.a_number(t, -180, 180, translate("ImportRows", "longitude")),
        )
        if ("latitude" in got) != ("longitude" in got):
            out.errors.append(
                self.problem(
                    line,
                    None,
                    translate("ImportRows", "give both latitude and longitude, or neither"),
                )
            )
        self._office(out, line, where)
        self._lengths(out, line, where, Organization)
        return out
