"""The sample's offices: the Dresden-Jinan pair from the press release, and six examples."""

from __future__ import annotations

from datetime import date
from typing import Any

from . import PRESS_RELEASE
from .places import in_city

_FOCUS_FROM_RELEASE = ["resource accumulation", "project collaboration", "cultural exchange"]

FACT_OFFICES: list[dict[str, Any]] = [
    {
        "key": "dresden",
        "name": "Dresden-Jinan Contact Office",
        "name_native": "德累斯顿-济南联络处",
        **in_city("Dresden"),
        "established_on": date(2013, 1, 1),
        "status": "active",
        "focus_areas": _FOCUS_FROM_RELEASE,
        "notes": (
            f"{PRESS_RELEASE}: in 2013 the Jinan Innovation Zone established the Dresden - "
            "Jinan Contact Office (Dresden - Jinan Industry Cooperation Office) in Dresden, "
            "'also known as the Silicon Valley of Europe'; its Jinan counterpart followed in "
            "November. The two offices have undertaken cooperation in resource accumulation, "
            "project collaboration and cultural exchange, and have facilitated more than a "
            "dozen cooperative projects. The release gives only the year of establishment: "
            "1 January is a placeholder."
        ),
    },
    {
        "key": "jinan",
        "name": "Jinan-Dresden Contact Office (Jinan side)",
        "name_native": "济南-德累斯顿联络处（济南）",
        **in_city("Jinan"),
        "established_on": date(2013, 11, 1),
        "status": "active",
        "focus_areas": _FOCUS_FROM_RELEASE,
        "notes": (
            f"{PRESS_RELEASE}: the Jinan counterpart of the Dresden - Jinan Contact Office, "
            "established in November 2013 in the Jinan Innovation Zone. The release gives "
            "the month only: the day is a placeholder."
        ),
    },
]

EXAMPLE_OFFICES: list[dict[str, Any]] = [
    {
        "key": "frankfurt",
        "name": "Frankfurt-Jinan Contact Office",
        "name_native": "法兰克福-济南联络处",
        **in_city("Frankfurt am Main"),
        "established_on": date(2014, 9, 1),
        "status": "active",
        "phone": "+49 69 555 0100",
        "email": "frankfurt.office@example.com",
        "focus_areas": ["logistics", "finance", "Jinan-Frankfurt air link"],
        "notes": "One of the seven European offices; covers Hesse and the Rhine-Main area.",
    },
    {
        "key": "munich",
        "name": "Munich-Jinan Contact Office",
        "name_native": "慕尼黑-济南联络处",
        **in_city("Munich"),
        "established_on": date(2016, 4, 20),
        "status": "active",
        "phone": "+49 89 555 0100",
        "email": "munich.office@example.com",
        "focus_areas": ["robotics", "automotive", "intelligent manufacturing"],
        "notes": "Covers Bavaria; strong in automation and automotive suppliers.",
    },
    {
        "key": "vienna",
        "name": "Vienna-Jinan Contact Office",
        "name_native": "维也纳-济南联络处",
        **in_city("Vienna"),
        "established_on": date(2017, 6, 1),
        "status": "active",
        "phone": "+43 1 555 0100",
        "email": "vienna.office@example.com",
        "focus_areas": ["medical technology", "hydrogen", "life sciences"],
        "notes": "The network's office in Austria.",
    },
    {
        "key": "paris",
        "name": "Paris-Jinan Contact Office",
        "name_native": "巴黎-济南联络处",
        **in_city("Paris"),
        "established_on": date(2019, 11, 5),
        "status": "active",
        "phone": "+33 1 99 00 01 00",
        "email": "paris.office@example.com",
        "focus_areas": ["aerospace", "new materials", "cultural exchange"],
        "notes": "The network's office in France.",
    },
    {
        "key": "milan",
        "name": "Milan-Jinan Contact Office",
        "name_native": "米兰-济南联络处",
        **in_city("Milan"),
        "established_on": date(2021, 4, 12),
        "status": "active",
        "phone": "+39 02 555 0100",
        "email": "milan.office@example.com",
        "focus_areas": ["machinery", "packaging", "industrial design"],
        "notes": "The network's office in Italy; opened during the pandemic, online first.",
    },
    {
        "key": "budapest",
        "name": "Budapest-Jinan Contact Office",
        "name_native": "布达佩斯-济南联络处",
        **in_city("Budapest"),
        "established_on": None,
        "status": "planned",
        "email": "budapest.office@example.com",
        "focus_areas": ["batteries", "new energy vehicles", "logistics"],
        "notes": "Planned office in Hungary; opening foreseen for March 2027.",
    },
]
