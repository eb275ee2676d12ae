"""The one escape for user text in HTML and JavaScript."""

from __future__ import annotations

import html

import pytest

from office_desk.core.safe_html import escape, escape_lines


@pytest.mark.parametrize(
    "text",
    [
        "<img src=x onerror=alert(1)>",
        "${alert(1)}",
        "`${document.cookie}`",
        "\\`; alert(1); //",
        "\"'><script>alert(1)</script>",
        "Müller & 张伟",
    ],
)
def test_escaped_text_has_no_markup_or_template_characters(text: str) -> None:
    escaped = escape(text)
    for forbidden in ("<", ">", '"', "'", "$", "`", "\\"):
        assert forbidden not in escaped
    assert html.unescape(escaped) == text  # a browser shows exactly what was typed


def test_template_characters_become_entities() -> None:
    assert escape("${x}") == "&#36;{x}"
    assert escape("`") == "&#96;"
    assert escape("a\\b") == "a&#92;b"
    assert escape("a & b") == "a &amp; b"


def test_none_and_non_text() -> None:
    assert escape(None) == ""
    assert escape(42) == "42"


def test_lines_keep_breaks_and_escape_each_line() -> None:
    assert escape_lines("<b>\n${x}") == "&lt;b&gt;<br>&#36;{x}"
