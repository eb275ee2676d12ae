"""The fonts of the report's chart pictures (Qt Charts): a Latin face first, then one
with Chinese glyphs. (The PDF's text is set by Chromium, with the same families in the
same order: ``office_desk.core.reports.report_html.FONT_FAMILIES``.)

Qt falls back per character along the family list, so German (ä ö ü ß) comes from the
Latin face and Chinese from the CJK face. The Simplified-Chinese face is named before
the Japanese one, whose glyph shapes differ for some characters (骨, 直, 角).
"""

from __future__ import annotations

from PySide6.QtGui import QFont

#: Latin faces, then Simplified-Chinese ones, per platform (missing ones are skipped).
REPORT_FAMILIES: tuple[str, ...] = (
    "Noto Sans",
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)


def report_font(point_size: float = 9.5) -> QFont:
    """The report body font at ``point_size``."""
    font = QFont()
    font.setFamilies(list(REPORT_FAMILIES))
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
