from __future__ import annotations

from office_desk.core.name_folding import name_key, searchable_text


def test_one_person_many_spellings() -> None:
    assert name_key("张伟") == name_key("Zhang Wei") == name_key("Wei Zhang")
    assert name_key("Müller") == name_key("Mueller")
    assert name_key("Straße") == name_key("Strasse")
    assert name_key("Zhang Wei") != name_key("Zhang Wen")


def test_searchable_text_adds_other_spellings() -> None:
    text = searchable_text("张伟 Müller")
    assert "张 " in text and "zhang wei" in text and "zhangwei" in text and "Mueller" in text
