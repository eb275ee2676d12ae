"""Whether a text is a usable e-mail address, and why not in the app's own words.

email_validator decides; its reasons are English sentences, so each is told as one of
the app's sentences, marked for translation (context "Validation", shared with
:mod:`office_desk.core.validation`, which checks every record's addresses with
:func:`email_problem`).
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, translate

#: Why email_validator refused an address, in the app's own words (marked for
#: translation): the library's reasons are English sentences. The first entry whose
#: words are all in the library's message wins; :data:`_EMAIL_REASON_FALLBACK` when
#: none does (a reason new in a later version is never shown untranslated).
_EMAIL_REASONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("full-width",),
        QT_TRANSLATE_NOOP(
            "Validation", "it has a full-width or look-alike @ sign; type the ordinary @"
        ),
    ),
    (
        ("small commercial at",),
        QT_TRANSLATE_NOOP(
            "Validation", "it has a full-width or look-alike @ sign; type the ordinary @"
        ),
    ),
    (("must have an @-sign",), QT_TRANSLATE_NOOP("Validation", "it has no @ sign")),
    (
        ("something before the @-sign",),
        QT_TRANSLATE_NOOP("Validation", "there is nothing before the @"),
    ),
    (
        ("something after the @-sign",),
        QT_TRANSLATE_NOOP("Validation", "there is nothing after the @"),
    ),
    (
        ("should have a period",),
        QT_TRANSLATE_NOOP(
            "Validation", "the part after the @ needs a dot and an ending, e.g. example.com"
        ),
    ),
    (
        ("top-level domain",),
        QT_TRANSLATE_NOOP(
            "Validation",
            "the part after the @ does not end in a real domain ending such as .com, .de or .cn",
        ),
    ),
    (
        ("special-use or reserved",),
        QT_TRANSLATE_NOOP(
            "Validation", "the part after the @ is a reserved name, not a real domain"
        ),
    ),
    (("too long",), QT_TRANSLATE_NOOP("Validation", "it is too long")),
    (("so many characters",), QT_TRANSLATE_NOOP("Validation", "it is too long")),
    (
        ("hyphen",),
        QT_TRANSLATE_NOOP("Validation", "the part after the @ has a hyphen in the wrong place"),
    ),
    (
        ("dashes",),
        QT_TRANSLATE_NOOP("Validation", "the part after the @ has a hyphen in the wrong place"),
    ),
    (
        ("period",),
        QT_TRANSLATE_NOOP(
            "Validation",
            "it has a dot in the wrong place: at the start or the end, next to "
            "the @, or two in a row",
        ),
    ),
    (
        ("bracket", "ip"),
        QT_TRANSLATE_NOOP(
            "Validation", "an IP address after the @ is not accepted; use the domain name"
        ),
    ),
    (
        ("quot",),
        QT_TRANSLATE_NOOP("Validation", "quotation marks are not accepted in an e-mail address"),
    ),
    (
        ("before the @-sign",),
        QT_TRANSLATE_NOOP(
            "Validation",
            "the part before the @ has a character an address cannot have, "
            "such as a space or a comma",
        ),
    ),
    (
        ("after the @-sign",),
        QT_TRANSLATE_NOOP(
            "Validation",
            "the part after the @ has a character an address cannot have, "
            "such as a space, a second @ or _",
        ),
    ),
)
_EMAIL_REASON_FALLBACK = QT_TRANSLATE_NOOP(
    "Validation", "it has a character or a form an e-mail address cannot have"
)


def email_reason(library_message: str) -> str:
    """email_validator's English reason as one of the app's translated sentences."""
    text = library_message.casefold()
    for words, reason in _EMAIL_REASONS:
        if all(word in text for word in words):
            return translate("Validation", reason)
    return translate("Validation", _EMAIL_REASON_FALLBACK)


def email_problem(address: str) -> str | None:
    """Why ``address`` is not a usable e-mail address (in the app's words, translated),
    or None if it is."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return translate("Validation", "{address} is not a valid e-mail address ({reason})").format(
            address=repr(address), reason=email_reason(str(exc))
        )
    return None
