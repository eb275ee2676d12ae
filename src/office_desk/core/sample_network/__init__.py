"""A sample contact-office network to explore Office Desk with: public facts plus examples.

What is fact
    Every record tagged "press release" comes from one public source, the Jinan
    Innovation Zone press release of 22 June 2022 (Xinhua/Kyodo JBN): the
    Dresden-Jinan Contact Office (est. 2013) and its Jinan counterpart (est. November
    2013); the projects it names (the 3S-Smart Software Solutions R&D centre, the
    Sino-German Intelligent Manufacturing Demonstration Lab of Hoteam Software and
    Chemnitz University of Technology, the Volkswagen and BMTS Technology capacity
    expansions, the German Practices Workshop, the Fraunhofer digital simulation
    platform); the Dresdner Kreuzchor concert in Jinan; the six editions (2015-2020) of
    the Sino-German SME Cooperation & Communication Conference with their sponsors and
    organizers; and the organizations named. The release gives no amounts, job figures
    or exact dates for these, so none are recorded; where the data model needs a date
    (an office's founding day, an event's day) the notes say that it is a placeholder.

What is example
    Everything else is invented to show what a lived-in database looks like: six
    more European offices (making the "seven cities across five European countries" of
    the release), all contacts (fictional people), the fictional partner companies and
    their projects, most events, and the exchange rates (approximate annual averages).
    Each invented record's notes (a project's description) start with
    ``"Example record:"`` and the record carries the tag "example". Example contacts
    use reserved e-mail domains (example.com/.org/.net) and 555-style or fiction-range
    telephone numbers.

Every id is ``uuid5(SAMPLE_NAMESPACE, key)`` (see :func:`sample_id`), so the sample is
the same each time it is built.

This package is the sample's data, one module per kind of record (places, offices,
organizations, contacts, projects, events, exchange rates); the code that writes it
into a database is :mod:`office_desk.core.sample_store`.
"""

from __future__ import annotations

import uuid

SAMPLE_NAMESPACE: uuid.UUID = uuid.UUID("6f1c2a3e-5b7d-4c1e-9a8f-0d2b4e6a8c10")

EXAMPLE_PREFIX = "Example record: "
PRESS_RELEASE = "From the Jinan Innovation Zone press release of 22 June 2022"

EXAMPLE_TAG = "example"
PRESS_TAG = "press release"
AUTOMOTIVE_TAG = "automotive"
VIP_TAG = "VIP"
DELEGATION_2026_TAG = "delegation 2026"


def sample_id(key: str) -> uuid.UUID:
    """The fixed id of the sample record named ``key`` (e.g. ``"office:dresden"``)."""
    return uuid.uuid5(SAMPLE_NAMESPACE, key)


#: The sample's tags and their colours.
TAGS: list[tuple[str, str]] = [
    (EXAMPLE_TAG, "#9E9E9E"),
    (PRESS_TAG, "#1565C0"),
    (AUTOMOTIVE_TAG, "#EF6C00"),
    (VIP_TAG, "#C62828"),
    (DELEGATION_2026_TAG, "#2E7D32"),
]
