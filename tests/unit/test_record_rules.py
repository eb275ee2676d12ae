"""The record editor's rules in the core: coordinates far outside the record's country,
web addresses, languages typed on one line, and e-mail reasons in the app's words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from office_desk.core import i18n
from office_desk.core.country_shapes import FAR_KM, km_outside
from office_desk.core.form_values import normalized_website, parse_web_address, split_languages
from office_desk.core.models import Event, Office, Organization, Project
from office_desk.core.validation import (
    editor_problems,
    email_problem,
    place_question,
    validate,
    website_problem,
)

DRESDEN = (51.0504, 13.7373)
JINAN = (36.6512, 117.1201)


# --------------------------------------------------------------------------- places


def test_inside_a_country_is_zero_km_outside() -> None:
    assert km_outside("DE", *DRESDEN) == 0.0
    assert km_outside("CN", *JINAN) == 0.0
    assert km_outside("US", 61.2181, -149.9003) == 0.0  # Anchorage: not in the box test's way
    assert km_outside("FJ", -16.5, 179.4) == 0.0  # across the antimeridian


def test_distances_outside_are_great_circle_kilometres() -> None:
    jinan_from_germany = km_outside("DE", *JINAN)
    assert jinan_from_germany is not None and 7000 < jinan_from_germany < 8000
    # Dresden is about 30 km from the Czech border, well under the limit.
    near = km_outside("CZ", *DRESDEN)
    assert near is not None and 10 < near < FAR_KM
    swapped = km_outside("DE", DRESDEN[1], DRESDEN[0])  # latitude and longitude swapped
    assert swapped is not None and swapped > 4000


def test_unknown_shapes_are_not_judged() -> None:
    assert km_outside("GI", 36.14, -5.35) is None  # Gibraltar has no shape of its own
    assert km_outside("", *DRESDEN) is None
    assert km_outside("XX", *DRESDEN) is None


@pytest.mark.parametrize("model", [Office, Organization, Event])
def test_far_coordinates_are_questioned_for_every_kind_with_a_country(model: type) -> None:
    values = {"name": "X", "title": "X", "country": "DE", "starts_on": date(2026, 5, 4)}
    record = model(
        **{k: v for k, v in values.items() if k in model.model_fields},
        latitude=JINAN[0],
        longitude=JINAN[1],
    )
    question = place_question(record)
    assert question is not None and question.field == "country"
    assert "Germany" in question.message and "km" in question.message
    assert validate(record) == []  # a question, not an error: it may be saved
    record.latitude, record.longitude = DRESDEN
    assert place_question(record) is None
    record.latitude = record.longitude = None
    assert place_question(record) is None


def test_a_project_is_not_questioned_by_its_investors_country() -> None:
    project = Project(
        title="R&D centre", source_country="DE", latitude=JINAN[0], longitude=JINAN[1]
    )
    assert place_question(project) is None


# --------------------------------------------------------------------------- websites


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.leipzig.de", "https://www.leipzig.de"),
        ("https://www.leipzig.de", "https://www.leipzig.de"),
        ("HTTPS://WWW.Leipzig.DE/", "https://www.leipzig.de"),
        ("http://leipzig.de/Amt/Seite?id=3", "http://leipzig.de/Amt/Seite?id=3"),
        ("  leipzig.de  ", "https://leipzig.de"),
        ("www.济南.gov.cn", "https://www.济南.gov.cn"),
    ],
)
def test_web_addresses_are_kept_in_one_form(typed: str, stored: str) -> None:
    assert normalized_website(typed) == stored
    assert website_problem(typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "www leipzig de",
        "leipzig",
        "www.leipzig,de",
        "javascript:alert(1)",
        "ftp://leipzig.de",
        "https://user:pw@leipzig.de",
        "mailto:info@leipzig.de",
    ],
)
def test_what_is_not_a_web_address_is_refused(typed: str) -> None:
    assert parse_web_address(typed) is None
    problem = website_problem(typed)
    assert problem is not None and "not a web address" in problem
    office = Office(name="Leipzig", country="DE", website=typed)
    assert [e.field for e in editor_problems(office)] == ["website"]
    organization = Organization(name="Leipzig", website=typed)
    assert [e.field for e in editor_problems(organization)] == ["website"]


# --------------------------------------------------------------------------- languages


def test_languages_on_one_line_are_one_entry_each() -> None:
    assert split_languages(["zh, de, en"]) == ["zh", "de", "en"]
    assert split_languages(["zh; DE", "en zh"]) == ["zh", "de", "en"]
    assert split_languages(["中文、英语"]) == ["中文", "英语"]
    assert split_languages(["Swiss German, fr"]) == ["Swiss German", "fr"]
    assert split_languages(["", " , "]) == []


# --------------------------------------------------------------------------- e-mail reasons


@pytest.fixture
def marked_translation() -> Iterator[list[tuple[str, str]]]:
    """A translation hook that marks every text it translates with « »."""
    asked: list[tuple[str, str]] = []

    def hook(context: str, text: str) -> str:
        asked.append((context, text))
        return f"«{text}»"

    i18n.install(hook, "de")
    yield asked
    i18n.install(None)


@pytest.mark.parametrize(
    "address",
    [
        "li.xiaoming@",
        "@example.com",
        "zhang.wei.example.com",
        "a@b",
        "a..b@example.com",
        "a b@example.com",
        "a@exa mple.com",
        "a@-example.com",
        "a＠example.com",
        "a@[1.2.3.4]",
        "a@b.123",
        "a@example.test",
        '"a b"@example.com',
        "<a@example.com",
        "a@" + "b" * 70 + ".com",
    ],
)
def test_email_reasons_are_the_apps_own_translated_sentences(
    address: str, marked_translation: list[tuple[str, str]]
) -> None:
    from email_validator import EmailNotValidError, validate_email

    with pytest.raises(EmailNotValidError) as library:
        validate_email(address, check_deliverability=False)
    problem = email_problem(address)
    assert problem is not None
    # The sentence and its reason both went through the translation...
    assert problem.startswith("«") and problem.endswith("»)»")
    reason = problem[problem.index("(«") + 2 : -3]
    assert ("Validation", reason) in marked_translation
    # ...and nothing of the library's English sentence is left.
    assert str(library.value) not in problem
