"""A record that may not be saved is named by its kind's label in core.kinds (context
"Kinds"), as search results name it; tables that are no kind keep their own names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from office_desk.core import kinds
from office_desk.core.i18n import install
from office_desk.core.models import Contact, Office, Tag
from office_desk.core.validation import ValidationError, check


def _marked(context: str, text: str) -> str:
    return f"«{context}: {text}»"


@pytest.fixture
def marked() -> Iterator[None]:
    """A fake translation showing the context and text it was asked for."""
    install(_marked, "xx")
    yield
    install(None)


def _refusal(record: object) -> str:
    with pytest.raises(ValidationError) as refused:
        check(record)  # type: ignore[arg-type]
    return str(refused.value)


def test_a_kind_is_named_by_its_label() -> None:
    assert _refusal(Contact()).startswith(f"{kinds.get('contact').phrases.label} not saved: ")
    assert _refusal(Office(name="", country="DE")).startswith("Office not saved: name: ")


def test_the_label_is_translated_in_the_kinds_context(marked: None) -> None:
    text = _refusal(Contact())
    assert f"«Kinds: {kinds.get('contact').phrases.label}»" in text
    assert "«Validation: Contact»" not in text


def test_a_table_that_is_no_kind_keeps_its_name(marked: None) -> None:
    assert "«Validation: Tag»" in _refusal(Tag(name="", color="red"))
