"""What the office dashboard's sections say: escaped rich text, built from an overview.

The header's status and facts line, the projects by stage, the upcoming and recent
events (with how far away each is: "in 3 days", "2 years ago"), how to reach the office,
its contacts and the organizations it looks after. Every record named is a link
(``record:<kind>:<id>``) that the dashboard opens; every user text is escaped, with
bidi controls shown as markers (:mod:`office_desk.ui.plain_text`); link targets keep the
stored text. ``muted`` is the colour of secondary text (``#rrggbb``).

The texts are translated in the "OfficeDashboard" context, where they were first.
"""

from __future__ import annotations

import html
import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.countries import country_name
from ..core.listing import money_text
from ..core.locale_format import format_date, format_date_range
from ..core.models import Office
from ..core.services.office_overview import EventLine, OfficeOverview
from ..core.vocabulary import OfficeStatus
from .plain_text import escape
from .stage_colours import STAGE_COLOURS

RECORD_LINK = "record:"
_STATUS_COLOURS = {"active": "#3FA34D", "planned": "#3D8BD9", "closed": "#9A8478"}

#: How far away a day is: unit -> (in 1, in n, 1 ago, n ago).
_RELATIVE = {
    "day": (
        QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} day"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} days"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "{n} day ago"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "{n} days ago"),
    ),
    "week": (
        QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} week"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} weeks"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "{n} week ago"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "{n} weeks ago"),
    ),
    "month": (
        QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} month"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} months"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "{n} month ago"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "{n} months ago"),
    ),
    "year": (
        QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} year"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} years"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "{n} year ago"),
        QT_TRANSLATE_NOOP("OfficeDashboard", "{n} years ago"),
    ),
}

#: "and N more …" under a shortened list: noun -> (one more, several more).
_MORE = {
    "project": (
        QT_TRANSLATE_NOOP(
            "OfficeDashboard",
            "and {count} more project: see the project list filtered by this office.",
        ),
        QT_TRANSLATE_NOOP(
            "OfficeDashboard",
            "and {count} more projects: see the project list filtered by this office.",
        ),
    ),
    "event": (
        QT_TRANSLATE_NOOP(
            "OfficeDashboard", "and {count} more event: see the event list filtered by this office."
        ),
        QT_TRANSLATE_NOOP(
            "OfficeDashboard",
            "and {count} more events: see the event list filtered by this office.",
        ),
    ),
    "contact": (
        QT_TRANSLATE_NOOP(
            "OfficeDashboard",
            "and {count} more contact: see the contact list filtered by this office.",
        ),
        QT_TRANSLATE_NOOP(
            "OfficeDashboard",
            "and {count} more contacts: see the contact list filtered by this office.",
        ),
    ),
    "organization": (
        QT_TRANSLATE_NOOP(
            "OfficeDashboard",
            "and {count} more organization: see the organization list filtered by this office.",
        ),
        QT_TRANSLATE_NOOP(
            "OfficeDashboard",
            "and {count} more organizations: see the organization list filtered by this office.",
        ),
    ),
}


def _tr(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the current language."""
    return QCoreApplication.translate("OfficeDashboard", str(text))


def _e(text: object) -> str:
    return escape(text)


def _href(url: str) -> str:
    """A link target: the stored text, escaped for the attribute (no markers)."""
    return html.escape(url, quote=True)


def _link(kind: str, record_id: uuid.UUID, text: str) -> str:
    return f'<a href="{RECORD_LINK}{kind}:{record_id}" style="text-decoration:none">{_e(text)}</a>'


def _when(day: date, today: date) -> str:
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("OfficeDashboard", "today")
    if days == 1:
        return QCoreApplication.translate("OfficeDashboard", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("OfficeDashboard", "yesterday")
    span, unit = abs(days), "day"
    for size, name in ((365, "year"), (30, "month"), (7, "week")):
        if span >= size:
            span, unit = span // size, name
            break
    in_one, in_many, one_ago, many_ago = _RELATIVE[unit]
    if days > 0:
        return _tr(in_one if span == 1 else in_many).format(n=span)
    return _tr(one_ago if span == 1 else many_ago).format(n=span)


def _web_url(website: str) -> str:
    site = website.strip()
    return site if site.lower().startswith(("http://", "https://")) else f"https://{site}"


def _muted_text(text: str, muted: str) -> str:
    return f'<span style="color:{muted}">{_e(text)}</span>'


def _detail(text: str, muted: str) -> str:
    """A muted second line under a link (nothing if ``text`` is empty)."""
    return f'<br><span style="color:{muted}">{_e(text)}</span>' if text else ""


def _table(rows: list[str], more: int, noun: str, muted: str) -> str:
    text = '<table width="100%" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"
    if more > 0:
        one, several = _MORE[noun]
        text += (
            f'<p style="color:{muted}">'
            f"{_e(_tr(one if more == 1 else several).format(count=more))}</p>"
        )
    return text


# --------------------------------------------------------------------------- the header


def status_html(status: str) -> str:
    """The office's status, a coloured dot before it."""
    label = OfficeStatus(status).label if status in OfficeStatus.values() else status
    colour = _STATUS_COLOURS.get(status, "#8A8A8A")
    return f'<span style="color:{colour}; font-weight:600">● {_e(label)}</span>'


def facts_html(data: OfficeOverview, muted: str) -> str:
    """Where the office is, since when, and its counterpart (a link)."""
    office = data.office
    facts: list[str] = []
    place = ", ".join(p for p in (office.city, country_name(office.country)) if p)
    if place:
        facts.append(_e(place))
    if office.established_on:
        facts.append(
            _e(
                QCoreApplication.translate("OfficeDashboard", "established {date}").format(
                    date=format_date(office.established_on)
                )
            )
        )
    if data.counterpart is not None:
        facts.append(
            _e(QCoreApplication.translate("OfficeDashboard", "counterpart: {office}")).format(
                office=_link("office", data.counterpart.id, data.counterpart.name)
            )
        )
    return f'<span style="color:{muted}">' + " · ".join(facts) + "</span>"


# --------------------------------------------------------------------------- the sections


def stage_legend_html(data: OfficeOverview, muted: str) -> str:
    """The stages with their colour and count (those with projects)."""
    legend = [
        f'<span style="color:{STAGE_COLOURS.get(c.stage, "#8A8A8A")}">■</span>&nbsp;'
        f"{_e(c.label)}&nbsp;<b>{c.count}</b>"
        for c in data.projects_by_stage
        if c.count
    ]
    if legend:
        return " &nbsp; ".join(legend)
    return _muted_text(QCoreApplication.translate("OfficeDashboard", "No projects yet."), muted)


def projects_html(data: OfficeOverview, muted: str) -> str:
    """The office's projects (as many as the overview holds), with stage and amount."""
    rows = []
    for p in data.projects:
        colour = STAGE_COLOURS.get(p.stage, "#8A8A8A")
        amount = money_text(p.amount, p.currency) if p.amount is not None else ""
        detail = p.stage_label + (
            " · "
            + QCoreApplication.translate("OfficeDashboard", "signed {date}").format(
                date=format_date(p.signed_on)
            )
            if p.signed_on
            else ""
        )
        rows.append(
            f'<tr><td><span style="color:{colour}">■</span>&nbsp;'
            f"{_link('project', p.id, p.title)}{_detail(detail, muted)}</td>"
            f'<td align="right" style="white-space:nowrap">{_e(amount)}</td></tr>'
        )
    return _table(rows, data.project_count - len(data.projects), "project", muted)


def events_html(events: list[EventLine], today: date, empty: str, muted: str) -> str:
    """Events with their dates and how far from ``today`` they are (``empty`` if none)."""
    if not events:
        return _muted_text(empty, muted)
    rows = []
    for e in events:
        when = format_date_range(e.starts_on, e.ends_on)
        under_way = e.starts_on < today <= (e.ends_on or e.starts_on)
        relative = (
            QCoreApplication.translate("OfficeDashboard", "under way")
            if under_way
            else _when(e.starts_on, today)
        )
        detail = " · ".join(p for p in (e.kind, e.place) if p)
        rows.append(
            f"<tr><td>{_link('event', e.id, e.title)}{_detail(detail, muted)}</td>"
            f'<td align="right" style="white-space:nowrap">{_e(when)}<br>'
            f'<span style="color:{muted}">{_e(relative)}</span></td></tr>'
        )
    return _table(rows, 0, "event", muted)


def about_html(office: Office, muted: str) -> str:
    """Address, phone, e-mail and website (links), and the office's focus."""
    rows: list[tuple[str, str]] = []
    if office.address.strip():
        rows.append(
            (
                QCoreApplication.translate("OfficeDashboard", "Address"),
                _e(office.address).replace("\n", "<br>"),
            )
        )
    if office.phone.strip():
        rows.append((QCoreApplication.translate("OfficeDashboard", "Phone"), _e(office.phone)))
    if office.email.strip():
        rows.append(
            (
                QCoreApplication.translate("OfficeDashboard", "E-mail"),
                f'<a href="mailto:{_href(office.email.strip())}">{_e(office.email.strip())}</a>',
            )
        )
    if office.website.strip():
        rows.append(
            (
                QCoreApplication.translate("OfficeDashboard", "Website"),
                f'<a href="{_href(_web_url(office.website))}">{_e(office.website.strip())}</a>',
            )
        )
    if office.focus_areas:
        rows.append(
            (
                QCoreApplication.translate("OfficeDashboard", "Focus"),
                ", ".join(_e(a) for a in office.focus_areas),
            )
        )
    if not rows:
        return _muted_text(
            QCoreApplication.translate(
                "OfficeDashboard",
                "No address, phone, e-mail or website recorded: edit the office to add them.",
            ),
            muted,
        )
    return (
        '<table cellspacing="0" cellpadding="2">'
        + "".join(
            f'<tr><td style="color:{muted}; padding-right:10px">{_e(name)}</td>'
            f"<td>{value}</td></tr>"
            for name, value in rows
        )
        + "</table>"
    )


def contacts_html(data: OfficeOverview, muted: str) -> str:
    """The office's contacts, each with position, organization and last contact."""
    rows = []
    for c in data.contacts:
        detail = " · ".join(p for p in (c.position, c.organization) if p)
        last = (
            QCoreApplication.translate("OfficeDashboard", "last contact {date}").format(
                date=format_date(c.last_contacted_on)
            )
            if c.last_contacted_on
            else QCoreApplication.translate("OfficeDashboard", "never contacted")
        )
        rows.append(
            f"<tr><td>{_link('contact', c.id, c.name)}{_detail(detail, muted)}</td>"
            f'<td align="right" style="color:{muted}">{_e(last)}</td></tr>'
        )
    if not rows:
        return _muted_text(
            QCoreApplication.translate("OfficeDashboard", "No contacts belong to this office yet."),
            muted,
        )
    return _table(rows, data.contact_count - len(rows), "contact", muted)


def organizations_html(data: OfficeOverview, muted: str) -> str:
    """The organizations the office looks after, with native name, kind and city."""
    rows = []
    for o in data.organizations:
        native = (
            f' <span style="color:{muted}">{_e(o.name_native)}</span>'
            if o.name_native and o.name_native != o.name
            else ""
        )
        detail = " · ".join(p for p in (o.kind, o.city) if p)
        rows.append(
            f"<tr><td>{_link('organization', o.id, o.name)}{native}"
            f"{_detail(detail, muted)}</td></tr>"
        )
    if not rows:
        return _muted_text(
            QCoreApplication.translate(
                "OfficeDashboard", "This office looks after no organizations yet."
            ),
            muted,
        )
    return _table(rows, data.organization_count - len(rows), "organization", muted)
