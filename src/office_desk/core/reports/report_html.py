"""A report as one self-contained HTML page: for a browser, or for the PDF.

``report_html(report, images)`` gives a page with its CSS inside (clean sans-serif,
figure cards, zebra tables, A4 print rules). With ``for_print=True`` the same content is
laid out for the PDF, which Chromium prints (``print.html.j2``, see
``office_desk.render.report_pdf``): tables for layout with widths in % fitted to
portrait paper (:mod:`.print_layout`), the running header and footer as CSS page-margin
boxes (:mod:`.print_page`), no script. Each printed section is a table with its heading
in the ``<thead>``, so a heading goes to the next page along with its first row or
picture (and is repeated above the rest of a table that runs on).

``images`` maps ``"map"`` and chart names (``report.charts[i].name``) to an ``src``
(a ``data:`` URI). A picture without an entry is left out; a chart then shows as a
small table of its numbers.

All user text is escaped (Jinja2 autoescape, plus ``$``, backtick and backslash as
character references, as :func:`office_desk.core.safe_html.escape` does), and the page
has no JavaScript: a name like ``<script>`` or ``${alert(1)}`` shows as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .. import paths
from ..i18n import QT_TRANSLATE_NOOP, current_language, translate, translate_count
from ..locale_format import format_number as number
from ..safe_html import escape
from ..text_safety import export_text
from .content import KeyFigures, NetworkReport, OfficeReport, Report
from .html_table import HtmlTable, html_table
from .print_layout import HEADER_PT, SMALL_PT, TEXT_PT, print_tables
from .print_page import PageFrame
from .report_tables import (
    Column,
    Money,
    Table,
    chart_table,
    details_table,
    events_table,
    format_money,
    lang_of,
    offices_table,
    organizations_table,
    projects_table,
    rates_table,
    section_title,
)
from .report_tables import (
    contacts_table as _contacts_table,
)
from .report_texts import page_texts

TEMPLATES = paths.package_file("core", "reports", "templates")
FONT_FAMILIES = (
    '"Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, '
    '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif'
)


def _finalize(value: Any) -> Any:
    """Every value printed into the page goes through the one escape for user text
    (bidi controls removed, as in every export: core.text_safety)."""
    if isinstance(value, Markup) or value is None:
        return value if value is not None else ""
    if isinstance(value, str):  # no bidi controls in what leaves the app
        value = export_text(str(value))
    return Markup(escape(value))


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["lang"] = lang_of
    env.filters["printed"] = print_tables
    return env


_ENV: Environment | None = None


def _env() -> Environment:
    global _ENV
    if _ENV is None:
        _ENV = _environment()
    return _ENV


# --------------------------------------------------------------------------- view model


@dataclass(frozen=True)
class Card:
    label: str
    value: str
    details: list[str] = field(default_factory=list)
    warning: str = ""
    unit: str = ""  # a currency code, set smaller after the value
    breakdown: list[str] = field(default_factory=list)  # "Meeting: 12"; in print on one line


def figure_cards(figures: KeyFigures, currency: str) -> list[Card]:
    money = figures.investment
    per_currency = [format_money(Money(v, c)) for c, v in sorted(money.amounts.by_currency.items())]
    not_converted = ", ".join(
        format_money(Money(v, c)) for c, v in sorted(money.amounts.unconverted.items())
    )
    item = translate("Report", "{label}: {count}")
    return [
        Card(
            translate("Report", "Projects in the period"),
            number(figures.project_count),
            breakdown=[
                item.format(label=s.label, count=f"{s.count:,}")
                for s in figures.projects_by_stage
                if s.count
            ],
        ),
        Card(
            translate("Report", "Signed investment ({currency})").format(currency=currency),
            number(money.amounts.total, 2),
            [
                translate_count(
                    "Report",
                    QT_TRANSLATE_NOOP("Report", "{number} project signed in the period"),
                    QT_TRANSLATE_NOOP("Report", "{number} projects signed in the period"),
                    money.project_count,
                    number=number(money.project_count),
                ),
                *per_currency,
            ],
            translate("Report", "Not converted (no rate): {amounts}").format(amounts=not_converted)
            if not_converted
            else "",
            currency,
        ),
        Card(translate("Report", "New organizations"), number(figures.new_organizations)),
        Card(translate("Report", "New contacts"), number(figures.new_contacts)),
        Card(
            translate("Report", "Events held"),
            number(figures.events_held),
            [
                translate("Report", "Still to come: {count}").format(
                    count=f"{figures.events_planned:,}"
                )
            ]
            if figures.events_planned
            else [],
            breakdown=[
                item.format(label=k.label, count=f"{k.count:,}") for k in figures.events_by_kind
            ],
        ),
    ]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    kind: str  # details | figures | table | charts | picture
    table: HtmlTable | None = None
    cards: list[Card] = field(default_factory=list)
    stages: HtmlTable | None = None
    charts: list[tuple[str, str, HtmlTable]] = field(default_factory=list)  # title, src, data
    src: str = ""


def _stages_table(figures: KeyFigures) -> HtmlTable:
    stages = figures.projects_by_stage
    table = Table(
        "stages",
        translate("Report", "Projects by stage"),
        [Column(s.label, "int", 10) for s in stages],
        [[s.count for s in stages]],
    )
    return html_table(table)


def _sections(report: Report, images: Mapping[str, str]) -> list[Section]:
    sections: list[Section] = []
    for key in report.sections:
        title = section_title(report, key)
        if key == "details" and isinstance(report, OfficeReport):
            sections.append(Section(key, title, "details", html_table(details_table(report))))
        elif key == "figures":
            sections.append(
                Section(
                    key,
                    title,
                    "figures",
                    cards=figure_cards(report.figures, report.currency),
                    stages=_stages_table(report.figures),
                )
            )
        elif key == "map":
            if images.get("map"):
                sections.append(Section(key, title, "picture", src=images["map"]))
        elif key == "offices" and isinstance(report, NetworkReport):
            sections.append(Section(key, title, "table", html_table(offices_table(report))))
        elif key == "charts" and isinstance(report, NetworkReport):
            sections.append(
                Section(
                    key,
                    title,
                    "charts",
                    charts=[
                        (c.title, images.get(c.name, ""), html_table(chart_table(c)))
                        for c in report.charts
                    ],
                )
            )
        elif key == "projects":
            table = projects_table(
                report.projects, report.currency, isinstance(report, NetworkReport)
            )
            sections.append(Section(key, title, "table", html_table(table)))
        elif key == "events":
            sections.append(Section(key, title, "table", html_table(events_table(report))))
        elif key == "organizations" and isinstance(report, OfficeReport):
            sections.append(Section(key, title, "table", html_table(organizations_table(report))))
        elif key == "contacts" and isinstance(report, OfficeReport):
            contacts = _contacts_table(report)
            if contacts is not None:
                sections.append(Section(key, title, "table", html_table(contacts)))
    return sections


def report_html(
    report: Report,
    images: Mapping[str, str] | None = None,
    *,
    for_print: bool = False,
    image_width: int = 640,
) -> str:
    """The report as one HTML page (``for_print``: laid out for printing as PDF, with
    the page header and footer).

    ``image_width`` is the width in pixels given to pictures in the print layout.
    """
    subtitle = (
        report.office.name
        if isinstance(report, OfficeReport)
        else translate("Report", "All offices")
    )
    native = report.office.name_native if isinstance(report, OfficeReport) else ""
    template = "print.html.j2" if for_print else "report.html.j2"
    generated = report.generated_at.strftime("%Y-%m-%d %H:%M")
    frame = PageFrame.for_report(str(report.title), str(report.period_label), generated)
    return (
        _env()
        .get_template(template)
        .render(
            txt=page_texts(generated),
            lang=current_language().replace("_", "-") or "en",
            report=report,
            subtitle=subtitle,
            native=native,
            generated=generated,
            sections=_sections(report, images or {}),
            rates=html_table(rates_table(report)),
            for_print=for_print,
            image_width=int(image_width),
            fonts=Markup(FONT_FAMILIES),
            page_rules=frame.page_rules(FONT_FAMILIES) if for_print else Markup(""),
            text_pt=TEXT_PT,
            header_pt=HEADER_PT,
            small_pt=SMALL_PT,
        )
    )
