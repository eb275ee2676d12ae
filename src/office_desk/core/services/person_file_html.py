"""The readable page of a person file: the HTML the PDF is printed from.

Built by hand from the data of :func:`~.person_file.person_file`, every value escaped
where it is written (:func:`office_desk.core.safe_html.escape`, bidi controls removed as
in every export): no template engine ever reads the person's text, so a name like
``{{7*7}}`` or ``<b>`` prints as typed. The page frame (running header and footer on
every page) is the reports' own (:class:`~office_desk.core.reports.print_page.PageFrame`,
whose texts are CSS-escaped).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .. import kinds
from ..countries import country_name
from ..i18n import current_language, translate
from ..reports.print_page import PageFrame
from ..reports.report_html import FONT_FAMILIES
from ..safe_html import escape, escape_lines
from ..text_safety import export_text
from ..vocabulary import LegalBasis, label_of

_STYLE = """
body { font-family: %(fonts)s; font-size: 10pt; color: #1d232b; line-height: 1.35;
       font-variant-ligatures: none; }
h1 { font-size: 17pt; margin: 0 0 2mm 0; }
h2 { font-size: 12pt; margin: 6mm 0 2mm 0; border-bottom: 0.6pt solid #b0b7c3;
     padding-bottom: 1mm; break-after: avoid; }
p.note { color: #444b55; margin: 1mm 0 2mm 0; }
p.warning { border: 0.8pt solid #b3261e; padding: 2mm; color: #7a1a14; }
table { border-collapse: collapse; width: 100%%; margin-bottom: 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1mm 2mm 1mm 0;
         border-bottom: 0.4pt solid #dde1e7; overflow-wrap: break-word; }
td.when { white-space: nowrap; }
th { font-weight: 600; color: #444b55; }
table.fields th { width: 32%%; font-weight: normal; }
tr { break-inside: avoid; }
"""


def _text(value: Any) -> str:
    """A value as the page shows it (escaped by the caller)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("PersonalData", "Yes") if value else translate("PersonalData", "No")
    if isinstance(value, list | tuple):
        return "\n".join(_text(v) for v in value)
    return export_text(str(value))


def _cell(value: Any, tag: str = "td", css_class: str = "") -> str:
    text = _text(value)
    lang = ' lang="zh"' if any("\u3400" <= c <= "\u9fff" for c in text) else ""
    kind = f' class="{css_class}"' if css_class else ""
    return f"<{tag}{kind}{lang}>{escape_lines(text)}</{tag}>"


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    empty: str,
    dates: Sequence[int] = (),
) -> str:
    """A table, or ``empty`` as a note when there are no rows; the columns ``dates``
    (indexes) hold dates or times and are not wrapped."""
    rows = list(rows)
    if not rows:
        return f'<p class="note">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(_cell(v, css_class="when" if i in dates else "") for i, v in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fields(pairs: Iterable[tuple[str, Any]]) -> str:
    body = "".join(f"<tr>{_cell(label, 'th')}{_cell(value)}</tr>" for label, value in pairs)
    return f'<table class="fields"><tbody>{body}</tbody></table>'


def _section(title: str, content: str) -> str:
    return f"<section><h2>{escape(title)}</h2>{content}</section>"


def _when(value: Any) -> str:
    """An ISO timestamp to the minute ("2026-12-03 10:15"), as the page shows times."""
    if not value:
        return ""
    text = str(value)
    return text[:16].replace("T", " ") if len(text) >= 16 else text


def _contact_fields(contact: dict[str, Any], data: dict[str, Any]) -> list[tuple[str, Any]]:
    """(label, value) of every field of the contact record: the fields in the order the
    editor has them, then the id and the record's dates, then anything else."""
    kind = kinds.get("contact")
    fixed = {
        "id": translate("PersonalData", "Id"),
        "created_at": translate("PersonalData", "Added"),
        "updated_at": translate("PersonalData", "Last changed"),
        "deleted_at": translate("PersonalData", "Deleted"),
        "erased_at": translate("PersonalData", "Erased"),
    }
    order = [f.name for f in kind.fields if f.name in contact] + list(fixed)
    order += [name for name in contact if name not in order]
    pairs: list[tuple[str, Any]] = []
    for name in order:
        value = contact.get(name)
        if name in fixed:
            label = fixed[name]
            value = _when(value) if name != "id" else value
        elif name in ("organization_id", "office_id"):
            named = data.get("organization" if name == "organization_id" else "office")
            label, value = kind.field(name).shown_label, (named or {}).get("name")
        elif name == "legal_basis":
            label, value = kind.field(name).shown_label, label_of(LegalBasis, str(value))
        elif name == "country" and value:
            label, value = kind.field(name).shown_label, f"{country_name(str(value))} ({value})"
        else:
            try:
                label = kind.field(name).shown_label
            except KeyError:
                label = name
        pairs.append((label, value))
    return pairs


def _removed(row: dict[str, Any]) -> str:
    return _when(row.get("deleted_at"))


def person_file_html(data: dict[str, Any]) -> str:
    """The whole page (a complete HTML document) for ``data`` from ``person_file``."""
    name = str(data.get("name") or "")
    title = translate("PersonalData", "Everything kept about {name}").format(name=name)
    generated = _when(data.get("generated_at"))
    frame = PageFrame.for_report(title, generated, generated)
    parts = [f"<h1>{escape(export_text(title))}</h1>"]
    parts.append(
        '<p class="note">'
        + escape(
            translate(
                "PersonalData",
                "Made by Office Desk on {when} from the database {database}. The same "
                "content is in the JSON file written beside this one.",
            ).format(when=generated, database=data.get("database", ""))
        )
        + "</p>"
    )
    contact = data.get("contact") or {}
    if data.get("erased"):
        parts.append(
            '<p class="warning">'
            + escape(
                translate(
                    "PersonalData",
                    "This person was erased on {when}: every personal field was removed "
                    "for good; only the id and the dates are kept.",
                ).format(when=_when(contact.get("erased_at")))
            )
            + "</p>"
        )
    elif data.get("deleted"):
        parts.append(
            '<p class="warning">'
            + escape(
                translate(
                    "PersonalData",
                    "This contact was deleted on {when}, but its record is still kept "
                    "(deleted records can be restored); erasing removes it for good.",
                ).format(when=_when(contact.get("deleted_at")))
            )
            + "</p>"
        )
    parts.append(
        _section(
            translate("PersonalData", "The contact record"), _fields(_contact_fields(contact, data))
        )
    )
    linked = translate("PersonalData", "Linked")
    removed = translate("PersonalData", "Removed")
    parts.append(
        _section(
            translate("PersonalData", "Projects"),
            _table(
                [
                    translate("PersonalData", "Project"),
                    translate("PersonalData", "Role"),
                    linked,
                    removed,
                ],
                (
                    [p["title"], p["role"], _when(p["linked_at"]), _removed(p)]
                    for p in data.get("projects", [])
                ),
                translate("PersonalData", "No project roles."),
                dates=(2, 3),
            ),
        )
    )
    parts.append(
        _section(
            translate("PersonalData", "Events"),
            _table(
                [
                    translate("PersonalData", "Date"),
                    translate("PersonalData", "Event"),
                    translate("PersonalData", "City"),
                    linked,
                    removed,
                ],
                (
                    [e["starts_on"], e["title"], e["city"], _when(e["linked_at"]), _removed(e)]
                    for e in data.get("events", [])
                ),
                translate("PersonalData", "No events."),
                dates=(0, 3, 4),
            ),
        )
    )
    parts.append(
        _section(
            translate("PersonalData", "Tags"),
            _table(
                [translate("PersonalData", "Tag"), linked, removed],
                ([t["name"], _when(t["linked_at"]), _removed(t)] for t in data.get("tags", [])),
                translate("PersonalData", "No tags."),
                dates=(1, 2),
            ),
        )
    )
    parts.append(
        _section(
            translate("PersonalData", "The search index"),
            _table(
                [
                    translate("PersonalData", "Shown as"),
                    translate("PersonalData", "Detail"),
                    translate("PersonalData", "Found by these words"),
                ],
                ([s["shown_title"], s["detail"], s["words"]] for s in data.get("search_index", [])),
                translate("PersonalData", "The search index holds nothing about this person."),
            ),
        )
    )
    parts.append(_sync_section(data))
    parts.append(
        _section(
            translate("PersonalData", "Other records found by the name"),
            '<p class="note">'
            + escape(
                translate(
                    "PersonalData",
                    "Their notes or descriptions may mention this person; not everything "
                    "found is about them.",
                )
            )
            + "</p>"
            + _table(
                [translate("PersonalData", "Kind"), translate("PersonalData", "Record")],
                (
                    [
                        _kind_label(f["kind"]),
                        f["title"] + (f" ({f['detail']})" if f["detail"] else ""),
                    ]
                    for f in data.get("found_by_name", [])
                ),
                translate("PersonalData", "None."),
            ),
        )
    )
    parts.append(
        _section(
            translate("PersonalData", "Backups and packages that may still hold this person"),
            _table(
                [
                    translate("PersonalData", "Backup"),
                    translate("PersonalData", "Made"),
                    translate("PersonalData", "Last changed"),
                ],
                (
                    [b["path"], _when(b["made"]), _when(b["modified_at"])]
                    for b in data.get("backups", [])
                ),
                translate("PersonalData", "No backup of this database was made since then."),
                dates=(1, 2),
            )
            + f'<p class="note">{escape(str(data.get("packages", "")))}</p>',
        )
    )
    style = _STYLE % {"fonts": FONT_FAMILIES} + str(frame.page_rules(FONT_FAMILIES))
    language = escape(current_language().replace("_", "-") or "en")
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{escape(export_text(title))}</title><style>{style}</style></head>"
        f"<body>{''.join(parts)}</body></html>\n"
    )


def _kind_label(kind: str) -> str:
    try:
        return kinds.get(kind).phrases("label")
    except Exception:
        return kind


def _sync_section(data: dict[str, Any]) -> str:
    history = data.get("sync_history", [])
    pending = data.get("sync_pending", [])
    conflicts = data.get("sync_conflicts", [])
    content = _table(
        [
            translate("PersonalData", "Record"),
            translate("PersonalData", "Last changed by"),
            translate("PersonalData", "On"),
        ],
        ([h["table"], h["changed_by"], _when(h["changed_at"])] for h in history),
        translate(
            "PersonalData",
            "This database does not sync with a team server, or the "
            "person's records have not been synced yet.",
        ),
    )
    if pending:
        content += _table(
            [
                translate("PersonalData", "Not yet sent to the team server"),
                translate("PersonalData", "Field"),
                translate("PersonalData", "Changed"),
            ],
            ([p["table"], p["field"], _when(p["changed_at"])] for p in pending),
            "",
        )
    if conflicts:
        content += _table(
            [
                translate("PersonalData", "Field"),
                translate("PersonalData", "Kept value"),
                translate("PersonalData", "Other value"),
            ],
            (
                [
                    c["field"],
                    f"{_text(c['kept_value'])} ({c['kept_by']})",
                    f"{_text(c['other_value'])} ({c['other_by']})",
                ]
                for c in conflicts
            ),
            "",
        )
    return _section(translate("PersonalData", "Team sync"), content)
