"""The core's labels follow the installed translation, and stay English without one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from office_desk.core import i18n, listing
from office_desk.core.countries import all_countries, country_name
from office_desk.core.i18n import choose_language, current_language, install, translate
from office_desk.core.models import Project
from office_desk.core.record_facts import facts
from office_desk.core.services.project_totals import stage_label
from office_desk.core.vocabulary import (
    _LABELS,
    EventKind,
    LegalBasis,
    OfficeStatus,
    OrganizationKind,
    PartnerRole,
    ProjectKind,
    ProjectStage,
    label_of,
)

CHOICES = (
    OfficeStatus,
    OrganizationKind,
    ProjectKind,
    ProjectStage,
    PartnerRole,
    EventKind,
    LegalBasis,
)


def _marked(context: str, text: str) -> str:
    return f"«{context}: {text}»"


@pytest.fixture
def marked() -> Iterator[None]:
    """A fake translation showing the context and text it was asked for."""
    install(_marked, "xx")
    yield
    install(None)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    install(None)


def test_translate_is_identity_by_default() -> None:
    assert current_language() == ""
    assert translate("Vocabulary", "In talks") == "In talks"
    assert i18n.QT_TRANSLATE_NOOP("Vocabulary", "In talks") == "In talks"
    assert ProjectStage.IN_TALKS.label == "In talks"
    assert listing.COLUMNS["contact"][5].header == "E-mail"


def test_every_choice_has_an_english_label() -> None:
    for choices in CHOICES:
        for member in choices:
            assert member.value in _LABELS, member
    assert ProjectKind.RD_CENTRE.label == "R&D centre"
    assert OfficeStatus.PLANNED.label == "Planned"
    assert label_of(ProjectStage, "mystery_stage") == "Mystery stage"


def test_installed_hook_translates_labels_and_headers(marked: None) -> None:
    assert current_language() == "xx"
    assert ProjectStage.ON_HOLD.label == "«Vocabulary: On hold»"
    assert label_of(EventKind, "visit") == "«Vocabulary: Visit»"
    assert ProjectStage.ON_HOLD.value == "on_hold"  # stored values never change
    headers = [c.header for c in listing.COLUMNS["office"]]
    assert headers[0] == "«Fields: Name»"
    assert listing.COLUMNS["office"][0].english_header == "Name"
    assert stage_label("") == "«ProjectTotals: No stage»"
    assert stage_label("signed") == "«Vocabulary: Signed»"
    project = Project(
        title="Lab",
        kind="joint_lab",
        stage="lead",
        jobs_created=40,
        jobs_estimated=True,
        signed_on=date(2024, 5, 6),
    )
    lines = dict(facts(project))
    assert lines["«Fields: Kind»"] == "«Vocabulary: Joint lab»"
    assert lines["«Fields: Jobs created»"] == "«Fields: 40 (estimated)»"


def test_facts_stay_english_without_translation() -> None:
    project = Project(
        title="Lab", kind="joint_lab", stage="lead", jobs_created=40, jobs_estimated=True
    )
    assert dict(facts(project))["Jobs created"] == "40 (estimated)"


def test_country_names_follow_the_language() -> None:
    assert country_name("DE") == "Germany"
    install(lambda _context, text: text, "de")
    assert country_name("DE") == "Deutschland"
    assert country_name("de") == "Deutschland"
    assert country_name("DE", language="") == "Germany"
    names = [name for _code, name in all_countries()]
    assert names.index("Österreich") < names.index("Polen")  # umlauts beside their vowel
    install(lambda _context, text: text, "zh_CN")
    assert country_name("DE") == "德国"
    assert country_name("XX") == "XX"
    assert country_name("") == ""
    install(None)
    assert country_name("DE") == "Germany"
    assert current_language() == ""
    assert ("DE", "Germany") in all_countries()


def test_an_unknown_language_gives_english_country_names() -> None:
    assert country_name("DE", language="tlh") == "Germany"


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "de_DE", "de"),
        ("", "de_AT", "de"),
        ("", "de_DE.UTF-8", "de"),
        ("", "zh_CN", "zh_CN"),
        ("", "zh_Hans_CN", "zh_CN"),
        ("", "zh-Hans-SG", "zh_CN"),
        ("", "zh_TW", ""),  # Traditional Chinese readers don't get Simplified
        ("", "zh_Hant_HK", ""),
        ("", "en_US", ""),
        ("", "fr_FR", ""),
        ("", "C", ""),
        ("", "", ""),
        ("de", "zh_CN", "de"),
        ("zh_CN", "de_DE", "zh_CN"),
        ("en", "de_DE", ""),  # English chosen in Settings wins over the system
        ("fr", "de_DE", "de"),  # a language without a translation falls back to the system
        ("fr", "en_GB", ""),
    ],
)
def test_choose_language(setting: str, system: str, expected: str) -> None:
    assert choose_language(setting, system, ["de", "en", "zh_CN"]) == expected


def test_choose_language_without_translations() -> None:
    assert choose_language("de", "de_DE", ["en"]) == ""
    assert choose_language("", "pt_PT", ["pt_BR"]) == "pt_BR"
