"""The frame of every printed page: paper margins, the running header and the footer.

The printed report (``report_html(..., for_print=True)``) is laid out and printed by
Chromium (``office_desk.render.report_pdf``), which draws CSS page-margin boxes: the
header (report title at the left, the period at the right, a hairline under them) and
the footer (generation date at the left, "Page 3 of 7" at the right, a hairline above)
sit in the page margins, on every page, in the PDF's text layer like the rest.

The texts go into CSS strings inside a ``<style>`` element, where HTML escaping does
not apply: :func:`css_string` writes every character that is not a letter, a digit or
a space as a CSS escape, so a title with quotes, a backslash or ``</style>`` stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from ..i18n import QT_TRANSLATE_NOOP, translate

#: Paper margins in millimetres (top, right, bottom, left). The header and the footer
#: are drawn inside the top and bottom margins; the sides match print_layout.PRINT_WIDTH.
MARGINS_MM: tuple[float, float, float, float] = (23.0, 16.0, 22.0, 16.0)

#: The footer texts (context "ReportPdf", as the GUI's print code has always used).
FOOTER = QT_TRANSLATE_NOOP("ReportPdf", "Office Desk · generated {when}")
PAGE_NUMBER = QT_TRANSLATE_NOOP("ReportPdf", "Page {page} of {pages}")

_FIELD = re.compile(r"\{(page|pages)\}")


def css_string(text: str) -> str:
    """``text`` as a double-quoted CSS string; every character but letters, digits and
    the space is written as a six-digit CSS escape (no quote, backslash, ``<`` or line
    break can end the string or the style element). Each escape is closed by a space,
    which CSS takes as part of it: a space that follows in the text stays."""
    out = []
    for char in str(text):
        if char == " " or (char.isalnum() and char.isprintable()):
            out.append(char)
        else:
            out.append(f"\\{ord(char):06x} ")  # the space ends the escape (and goes)
    return '"' + "".join(out) + '"'


def page_number_content(label: str) -> str:
    """A CSS ``content`` value for ``label`` ("Page {page} of {pages}", translated):
    its text as CSS strings and the fields as the page counters."""
    parts: list[str] = []
    position = 0
    for match in _FIELD.finditer(label):
        if match.start() > position:
            parts.append(css_string(label[position : match.start()]))
        parts.append(f"counter({match.group(1)})")
        position = match.end()
    if position < len(label):
        parts.append(css_string(label[position:]))
    return " ".join(parts) or '""'


@dataclass(frozen=True)
class PageFrame:
    """What the header and the footer of every printed page say."""

    title: str
    subtitle: str  # the period, at the right of the header
    footer: str  # "Office Desk · generated 2026-11-25 14:02"
    page_number: str  # "Page {page} of {pages}", translated

    @classmethod
    def for_report(cls, title: str, period: str, generated: str) -> PageFrame:
        """The frame of a report in the current language."""
        return cls(
            title,
            period,
            translate("ReportPdf", FOOTER).replace("{when}", generated),
            translate("ReportPdf", PAGE_NUMBER),
        )

    def page_rules(self, fonts: str) -> Markup:
        """The CSS ``@page`` rule that draws the header and the footer (``fonts``: the
        CSS font-family list, ours, not user text).

        No ligatures, as in the body: the text layer would map the "ffi" of "Office" to
        the one character "ﬃ" (readers that honour the PDF's ActualText still see
        "ffi", others do not). Margin boxes ignore ``font-variant-ligatures`` in
        Chromium 140; a letter spacing too small to see turns them off there."""
        box = (
            f"font-family: {fonts}; font-size: 8.5pt; color: #555555; "
            "font-weight: normal; font-variant-ligatures: none; letter-spacing: 0.01pt; "
            "border-color: #b0b7c3; border-style: solid;"
        )
        top = (
            f"{box} border-width: 0 0 0.6pt 0; vertical-align: bottom; "
            "padding-bottom: 1.2mm; margin-bottom: 3mm;"
        )
        bottom = (
            f"{box} border-width: 0.6pt 0 0 0; vertical-align: top; "
            "padding-top: 1.2mm; margin-top: 3mm;"
        )
        return Markup(
            "@page {\n"
            f"  @top-left {{ content: {css_string(self.title)}; {top} text-align: left; }}\n"
            f'  @top-center {{ content: ""; {top} }}\n'
            f"  @top-right {{ content: {css_string(self.subtitle)}; {top} "
            "text-align: right; }\n"
            f"  @bottom-left {{ content: {css_string(self.footer)}; {bottom} "
            "text-align: left; }\n"
            f'  @bottom-center {{ content: ""; {bottom} }}\n'
            f"  @bottom-right {{ content: {page_number_content(self.page_number)}; {bottom} "
            "text-align: right; white-space: nowrap; }\n"
            "}\n"
        )
