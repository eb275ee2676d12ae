"""The fixed texts of the HTML and printed report pages (the Jinja2 templates).

``pyside6-lupdate`` cannot read the ``.j2`` templates, so every text a reader sees on
the page is kept here, marked for translation under the context ``"Report"``;
:func:`page_texts` translates them when a report is rendered and the templates read
them from the ``txt`` mapping (``{{ txt.notes }}``). Without a translation installed
the page is in English, as before.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP, translate

#: Key (as the templates use it) -> English text.
PAGE_TEXTS: dict[str, str] = {
    "kicker_office": QT_TRANSLATE_NOOP("Report", "Office Desk · Office report"),
    "kicker_network": QT_TRANSLATE_NOOP("Report", "Office Desk · Network report"),
    "period": QT_TRANSLATE_NOOP("Report", "Period:"),
    "currency": QT_TRANSLATE_NOOP("Report", "Reporting currency:"),
    "generated": QT_TRANSLATE_NOOP("Report", "Generated {when}"),
    "projects_by_stage": QT_TRANSLATE_NOOP("Report", "Projects by stage"),
    "no_details": QT_TRANSLATE_NOOP("Report", "No details recorded."),
    "no_data": QT_TRANSLATE_NOOP("Report", "No data in this period."),
    "none_in_period": QT_TRANSLATE_NOOP("Report", "None in this period."),
    "no_organizations": QT_TRANSLATE_NOOP("Report", "The office looks after no organizations."),
    "no_contacts": QT_TRANSLATE_NOOP("Report", "The office has no contacts."),
    "rates_used": QT_TRANSLATE_NOOP("Report", "Exchange rates used"),
    "no_rates": QT_TRANSLATE_NOOP("Report", "No exchange rate was needed for the totals."),
    "notes": QT_TRANSLATE_NOOP("Report", "Notes"),
    "foot": QT_TRANSLATE_NOOP(
        "Report",
        "Made with Office Desk on {when}. Dates are written "
        "YYYY-MM-DD; amounts carry their currency code.",
    ),
}


def page_texts(generated: str) -> dict[str, str]:
    """Every page text in the current language (``{when}`` filled in with ``generated``)."""
    return {
        key: translate("Report", text).replace("{when}", generated)
        for key, text in PAGE_TEXTS.items()
    }
