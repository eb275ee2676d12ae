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
the same each time it is built. :func:`populate` adds the records to a session; the
caller commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, SQLModel

from . import vocabulary as v
from .models import (
    Contact,
    Event,
    EventContact,
    EventOrganization,
    EventProject,
    ExchangeRate,
    Office,
    Organization,
    Project,
    ProjectContact,
    ProjectPartner,
    Tag,
    TagLink,
)

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


# --------------------------------------------------------------------------- places

#: City -> (ISO 3166 country, latitude, longitude), WGS84 city centres.
_CITIES: dict[str, tuple[str, float, float]] = {
    "Dresden": ("DE", 51.0504, 13.7373),
    "Jinan": ("CN", 36.6512, 117.1201),
    "Frankfurt am Main": ("DE", 50.1109, 8.6821),
    "Munich": ("DE", 48.1351, 11.5820),
    "Vienna": ("AT", 48.2082, 16.3738),
    "Paris": ("FR", 48.8566, 2.3522),
    "Milan": ("IT", 45.4642, 9.1900),
    "Budapest": ("HU", 47.4979, 19.0402),
    "Beijing": ("CN", 39.9042, 116.4074),
    "Shanghai": ("CN", 31.2304, 121.4737),
    "Gerlingen": ("DE", 48.7995, 9.0633),
    "Wolfsburg": ("DE", 52.4227, 10.7865),
    "Münster": ("DE", 51.9607, 7.6261),
    "Stuttgart": ("DE", 48.7758, 9.1829),
    "Kempten (Allgäu)": ("DE", 47.7267, 10.3139),
    "Chemnitz": ("DE", 50.8278, 12.9214),
    "Hannover": ("DE", 52.3759, 9.7320),
}

#: Sites more precise than a city centre.
_SITES: dict[str, tuple[float, float]] = {
    "TU Chemnitz campus": (50.8136, 12.9290),
    "Dresden Kreuzkirche": (51.0493, 13.7394),
    "Jinan Yaoqiang International Airport": (36.8572, 117.2160),
    "Hannover Exhibition Grounds": (52.3223, 9.8100),
}


def _city(name: str, site: str | None = None) -> dict[str, Any]:
    """city, country, latitude and longitude of a known city (or a site within it)."""
    country, lat, lon = _CITIES[name]
    if site is not None:
        lat, lon = _SITES[site]
    return {"city": name, "country": country, "latitude": lat, "longitude": lon}


def _coords(name: str) -> dict[str, Any]:
    """Just the coordinates of a known city or site (for a project's destination)."""
    lat, lon = _SITES[name] if name in _SITES else _CITIES[name][1:]
    return {"latitude": lat, "longitude": lon}


def _eur(amount: str) -> dict[str, Any]:
    return {"amount": Decimal(amount), "currency": "EUR"}


def _cny(amount: str) -> dict[str, Any]:
    return {"amount": Decimal(amount), "currency": "CNY"}


# --------------------------------------------------------------------------- tags

_TAGS: list[tuple[str, str]] = [
    (EXAMPLE_TAG, "#9E9E9E"),
    (PRESS_TAG, "#1565C0"),
    (AUTOMOTIVE_TAG, "#EF6C00"),
    (VIP_TAG, "#C62828"),
    (DELEGATION_2026_TAG, "#2E7D32"),
]

# --------------------------------------------------------------------------- offices

_FOCUS_FROM_RELEASE = ["resource accumulation", "project collaboration", "cultural exchange"]

_FACT_OFFICES: list[dict[str, Any]] = [
    {
        "key": "dresden",
        "name": "Dresden-Jinan Contact Office",
        "name_native": "德累斯顿-济南联络处",
        **_city("Dresden"),
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
        **_city("Jinan"),
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

_EXAMPLE_OFFICES: list[dict[str, Any]] = [
    {
        "key": "frankfurt",
        "name": "Frankfurt-Jinan Contact Office",
        "name_native": "法兰克福-济南联络处",
        **_city("Frankfurt am Main"),
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
        **_city("Munich"),
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
        **_city("Vienna"),
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
        **_city("Paris"),
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
        **_city("Milan"),
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
        **_city("Budapest"),
        "established_on": None,
        "status": "planned",
        "email": "budapest.office@example.com",
        "focus_areas": ["batteries", "new energy vehicles", "logistics"],
        "notes": "Planned office in Hungary; opening foreseen for March 2027.",
    },
]

# --------------------------------------------------------------------------- organizations

_FACT_ORGANIZATIONS: list[dict[str, Any]] = [
    {
        "key": "jiz_admin",
        "name": "Jinan Innovation Zone Administration Committee",
        "name_native": "济南高新区管委会",
        "kind": "government",
        "sector": "Economic development zone administration",
        **_city("Jinan"),
        "notes": (
            f"{PRESS_RELEASE} (its source). The Jinan Innovation Zone is one of China's "
            "first national high-tech industrial development zones and hosts more than 500 "
            "foreign-funded enterprises, more than 60 of them German, and the first "
            "Sino-German cooperation zone north of the Yangtze River."
        ),
    },
    {
        "key": "miit",
        "name": "Ministry of Industry and Information Technology of China",
        "name_native": "中华人民共和国工业和信息化部",
        "kind": "government",
        "sector": "National government",
        **_city("Beijing"),
        "website": "https://www.miit.gov.cn",
        "notes": f"{PRESS_RELEASE}: a sponsor of the Sino-German SME conference.",
    },
    {
        "key": "shandong_gov",
        "name": "Shandong Provincial Government",
        "name_native": "山东省人民政府",
        "kind": "government",
        "sector": "Provincial government",
        **_city("Jinan"),
        "website": "https://www.shandong.gov.cn",
        "notes": f"{PRESS_RELEASE}: a sponsor of the Sino-German SME conference.",
    },
    {
        "key": "jinan_gov",
        "name": "Jinan Municipal Government",
        "name_native": "济南市人民政府",
        "kind": "government",
        "sector": "Municipal government",
        **_city("Jinan"),
        "website": "https://www.jinan.gov.cn",
        "notes": f"{PRESS_RELEASE}: an organizer of the Sino-German SME conference.",
    },
    {
        "key": "shandong_diit",
        "name": "Department of Industry and Information Technology of Shandong Province",
        "name_native": "山东省工业和信息化厅",
        "kind": "government",
        "sector": "Provincial government",
        **_city("Jinan"),
        "notes": f"{PRESS_RELEASE}: an organizer of the Sino-German SME conference.",
    },
    {
        "key": "festo_china",
        "name": "Festo China",
        "name_native": "费斯托（中国）有限公司",
        "kind": "company",
        "sector": "Automation technology and technical education",
        **_city("Shanghai"),
        "notes": f"{PRESS_RELEASE}: partner of the German Practices Workshop.",
    },
    {
        "key": "yingcai",
        "name": "Shandong Yingcai University",
        "name_native": "山东英才学院",
        "kind": "university",
        "sector": "Higher education",
        **_city("Jinan"),
        "notes": f"{PRESS_RELEASE}: partner of the German Practices Workshop.",
    },
    {
        "key": "fraunhofer",
        "name": "Fraunhofer-Gesellschaft",
        "name_native": "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e. V.",
        "kind": "research_institute",
        "sector": "Applied research",
        **_city("Munich"),
        "website": "https://www.fraunhofer.de",
        "notes": (
            f"{PRESS_RELEASE}: 'Europe's largest application research body'; partner of "
            "the digital simulation demonstration platform."
        ),
    },
    {
        "key": "bosch",
        "tags": (PRESS_TAG, AUTOMOTIVE_TAG),
        "name": "Bosch",
        "name_native": "Robert Bosch GmbH",
        "kind": "company",
        "sector": "Automotive and industrial technology",
        **_city("Gerlingen"),
        "website": "https://www.bosch.com",
        "notes": f"{PRESS_RELEASE}: named among the industry leaders in the industrial parks.",
    },
    {
        "key": "volkswagen",
        "tags": (PRESS_TAG, AUTOMOTIVE_TAG),
        "name": "Volkswagen",
        "name_native": "Volkswagen AG",
        "kind": "company",
        "sector": "Automotive",
        **_city("Wolfsburg"),
        "notes": (
            f"{PRESS_RELEASE}: named among the industry leaders in the industrial parks; its "
            "capacity expansion project for components and parts is underway."
        ),
    },
    {
        "key": "hengst",
        "tags": (PRESS_TAG, AUTOMOTIVE_TAG),
        "name": "Hengst",
        "name_native": "Hengst SE",
        "kind": "company",
        "sector": "Filtration (automotive and industrial)",
        **_city("Münster"),
        "notes": f"{PRESS_RELEASE}: named among the industry leaders in the industrial parks.",
    },
    {
        "key": "bmts",
        "tags": (PRESS_TAG, AUTOMOTIVE_TAG),
        "name": "BMTS Technology",
        "name_native": "BMTS Technology GmbH & Co. KG",
        "kind": "company",
        "sector": "Automotive (turbochargers)",
        **_city("Stuttgart"),
        "notes": f"{PRESS_RELEASE}: its production capacity expansion project is underway.",
    },
    {
        "key": "3s_smart",
        "name": "3S-Smart Software Solutions GmbH",
        "name_native": "3S-Smart Software Solutions GmbH",
        "kind": "company",
        "sector": "Industrial automation software",
        **_city("Kempten (Allgäu)"),
        "office": "dresden",
        "notes": f"{PRESS_RELEASE}: set up an R&D centre in Jinan with the offices' help.",
    },
    {
        "key": "hoteam",
        "name": "Hoteam Software",
        "name_native": "山东山大华天软件有限公司",
        "kind": "company",
        "sector": "Industrial software (CAD/PLM)",
        **_city("Jinan"),
        "office": "jinan",
        "notes": (
            f"{PRESS_RELEASE}: co-launched the Sino-German Intelligent Manufacturing "
            "Demonstration Lab with Chemnitz University of Technology."
        ),
    },
    {
        "key": "tu_chemnitz",
        "name": "Chemnitz University of Technology",
        "name_native": "Technische Universität Chemnitz",
        "kind": "university",
        "sector": "Higher education and research",
        **_city("Chemnitz", "TU Chemnitz campus"),
        "website": "https://www.tu-chemnitz.de",
        "office": "dresden",
        "notes": (
            f"{PRESS_RELEASE}: co-launched the Sino-German Intelligent Manufacturing "
            "Demonstration Lab with Hoteam Software."
        ),
    },
    {
        "key": "kreuzchor",
        "name": "Dresdner Kreuzchor",
        "name_native": "德累斯顿十字合唱团",
        "kind": "cultural",
        "sector": "Music (boys' choir)",
        **_city("Dresden", "Dresden Kreuzkirche"),
        "office": "dresden",
        "notes": (
            f"{PRESS_RELEASE}: the world-renowned choir was invited by the Dresden and Jinan "
            "offices to stage a concert in Jinan."
        ),
    },
]

_EXAMPLE_ORGANIZATIONS: list[dict[str, Any]] = [
    {
        "key": "elbflorenz",
        "name": "Elbflorenz Mikrosysteme GmbH",
        "kind": "company",
        "sector": "Microelectronics / MEMS sensors",
        **_city("Dresden"),
        "office": "dresden",
        "notes": "Fictional sensor maker, partner of the office since 2015.",
    },
    {
        "key": "elbtal_network",
        "name": "Elbtal Innovation Network e.V.",
        "kind": "association",
        "sector": "Business association",
        **_city("Dresden"),
        "office": "dresden",
        "notes": "Fictional regional SME association; co-runs the trainer exchange.",
    },
    {
        "key": "mainufer",
        "name": "Mainufer Logistik AG",
        "kind": "company",
        "sector": "Logistics / cross-border e-commerce",
        **_city("Frankfurt am Main"),
        "office": "frankfurt",
        "notes": "Fictional logistics group interested in the Jinan airport area.",
    },
    {
        "key": "isartal",
        "tags": (AUTOMOTIVE_TAG,),
        "name": "Isartal Robotik GmbH",
        "kind": "company",
        "sector": "Industrial robots (welding, automotive)",
        **_city("Munich"),
        "office": "munich",
        "notes": "Fictional robot maker; negotiating an assembly line in Jinan.",
    },
    {
        "key": "donau_med",
        "name": "Donau Medizintechnik GmbH",
        "kind": "company",
        "sector": "Medical imaging",
        **_city("Vienna"),
        "office": "vienna",
        "notes": "Fictional medical-imaging company.",
    },
    {
        "key": "seine_aero",
        "name": "Seine Aéro Composants SAS",
        "kind": "company",
        "sector": "Aerospace composites",
        **_city("Paris"),
        "office": "paris",
        "notes": "Fictional supplier of composite aircraft parts.",
    },
    {
        "key": "navigli",
        "name": "Navigli Automazione S.r.l.",
        "kind": "company",
        "sector": "Packaging machinery",
        **_city("Milan"),
        "office": "milan",
        "notes": "Fictional machine builder with a small plant in Jinan.",
    },
    {
        "key": "duna_battery",
        "name": "Duna Battery Kft.",
        "name_native": "Duna Akkumulátor Kft.",
        "kind": "company",
        "sector": "Battery materials",
        **_city("Budapest"),
        "office": "budapest",
        "notes": "Fictional battery-materials company.",
    },
    {
        "key": "quancheng",
        "name": "Quancheng Smart Equipment Co., Ltd.",
        "name_native": "泉城智能装备有限公司",
        "kind": "company",
        "sector": "Intelligent manufacturing equipment",
        **_city("Jinan"),
        "office": "jinan",
        "notes": "Fictional Jinan equipment maker; Chinese partner in several projects.",
    },
    {
        "key": "quancheng_logistics",
        "name": "Quancheng Cross-border Logistics Co., Ltd.",
        "name_native": "泉城跨境物流有限公司",
        "kind": "company",
        "sector": "Logistics",
        **_city("Jinan", "Jinan Yaoqiang International Airport"),
        "office": "jinan",
        "notes": "Fictional logistics company in the airport area.",
    },
    {
        "key": "quanhe_medical",
        "name": "Quanhe Medical Devices Co., Ltd.",
        "name_native": "泉禾医疗器械有限公司",
        "kind": "company",
        "sector": "Medical devices",
        **_city("Jinan"),
        "office": "jinan",
        "notes": "Fictional medical-device maker.",
    },
    {
        "key": "quanyuan_hydrogen",
        "name": "Quanyuan Hydrogen Technology Co., Ltd.",
        "name_native": "泉源氢能科技有限公司",
        "kind": "company",
        "sector": "Hydrogen and fuel cells",
        **_city("Jinan"),
        "office": "jinan",
        "notes": "Fictional fuel-cell start-up looking for a European lab partner.",
    },
    {
        "key": "quanyuan_training",
        "name": "Jinan Quanyuan Vocational Training Centre",
        "name_native": "济南泉源职业培训中心",
        "kind": "other",
        "sector": "Vocational training",
        **_city("Jinan"),
        "office": "jinan",
        "notes": "Fictional training centre; runs dual-system courses with German partners.",
    },
]

# --------------------------------------------------------------------------- contacts

_PHONE = {
    "Dresden": "+49 351 555 0",
    "Jinan": "+86 531 5550 0",
    "Frankfurt am Main": "+49 69 555 0",
    "Munich": "+49 89 555 0",
    "Vienna": "+43 1 555 0",
    "Paris": "+33 1 99 00 0",
    "Milan": "+39 02 555 0",
    "Budapest": "+36 1 555 0",
}


def _person(
    key: str,
    given: str,
    family: str,
    native: str = "",
    *,
    city: str,
    office: str | None,
    position: str,
    org: str | None = None,
    email: str,
    ext: str,
    langs: Iterable[str],
    last: date | None,
    basis: str = "legitimate_interest",
    basis_note: str = "",
    wechat: str = "",
    notes: str = "",
    tags: Iterable[str] = (),
    title: str = "",
) -> dict[str, Any]:
    """One contact row. The phone is the city's fictional 555 prefix plus ``ext``."""
    country = _CITIES[city][0]
    chinese = bool(native)
    hungarian = country == "HU" and not chinese
    return {
        "key": key,
        "given_name": given,
        "family_name": family,
        "name_native": native,
        "family_name_first": chinese or hungarian,
        "title": title,
        "position": position,
        "organization": org,
        "office": office,
        "city": city,
        "country": country,
        "emails": [email],
        "phones": [_PHONE[city] + ext],
        "messaging": [f"WeChat: {wechat}"] if wechat else [],
        "languages": list(langs),
        "last_contacted_on": last,
        "legal_basis": basis,
        "legal_basis_note": basis_note,
        "notes": f"Fictional person. {notes}".strip(),
        "tags": list(tags),
    }


_STAFF = "Office staff; data kept under the employment contract."

_CONTACTS: list[dict[str, Any]] = [
    # Dresden
    _person("zhang_wei", "Wei", "Zhang", "张伟", city="Dresden", office="dresden",
            position="Head of the Dresden-Jinan Contact Office",
            email="zhang.wei@example.com", ext="101", langs=("zh", "de", "en"),
            last=date(2026, 10, 5), basis="contract", basis_note=_STAFF,
            wechat="zhangwei_dd", tags=(DELEGATION_2026_TAG,)),
    _person("liu_yang", "Yang", "Liu", "刘洋", city="Dresden", office="dresden",
            position="Project Officer", email="liu.yang@example.com", ext="102",
            langs=("zh", "de", "en"), last=date(2025, 11, 3), basis="contract",
            basis_note=_STAFF, wechat="liuyang_dresden"),
    _person("katrin_weiss", "Katrin", "Weiß", city="Dresden", office="dresden",
            position="Office Manager", email="katrin.weiss@example.com", ext="103",
            langs=("de", "en", "zh"), last=date(2026, 1, 28), basis="contract",
            basis_note=_STAFF),
    _person("juergen_mueller", "Jürgen", "Müller", city="Dresden", office="dresden",
            org="elbflorenz", position="Managing Director",
            email="j.mueller@example.org", ext="210", langs=("de", "en"),
            last=date(2025, 12, 4), notes="Founder; sits on the Elbtal network board.",
            tags=(VIP_TAG, DELEGATION_2026_TAG)),
    _person("bjoern_schaefer", "Björn", "Schäfer", city="Dresden", office="dresden",
            org="elbflorenz", position="Head of Business Development",
            email="b.schaefer@example.org", ext="211", langs=("de", "en"),
            last=date(2024, 10, 15)),
    _person("sabine_gross", "Sabine", "Groß", city="Dresden", office="dresden",
            org="elbtal_network", position="Managing Director",
            email="sabine.gross@example.net", ext="220", langs=("de", "en", "fr"),
            last=date(2023, 9, 27), basis="consent",
            basis_note="Consent given in writing at the 2023 members' evening."),
    # Jinan
    _person("wang_fang", "Fang", "Wang", "王芳", city="Jinan", office="jinan",
            position="Director, Jinan-side Contact Office", email="wang.fang@example.com",
            ext="101", langs=("zh", "en", "de"), last=date(2026, 11, 18), basis="contract",
            basis_note=_STAFF, wechat="wangfang_jn", tags=(DELEGATION_2026_TAG,)),
    _person("li_na", "Na", "Li", "李娜", city="Jinan", office="jinan",
            position="Deputy Director, Europe Desk", email="li.na@example.com", ext="102",
            langs=("zh", "en"), last=date(2026, 2, 20), basis="contract",
            basis_note=_STAFF, wechat="lina_europe", tags=(DELEGATION_2026_TAG,)),
    _person("chen_jie", "Jie", "Chen", "陈杰", city="Jinan", office="jinan",
            position="Investment Promotion Officer", email="chen.jie@example.com",
            ext="103", langs=("zh", "en", "de"), last=date(2026, 1, 15), basis="contract",
            basis_note=_STAFF, wechat="chenjie_invest", tags=(DELEGATION_2026_TAG,)),
    _person("zhao_min", "Min", "Zhao", "赵敏", city="Jinan", office="jinan",
            position="German-Chinese Interpreter", email="zhao.min@example.com", ext="104",
            langs=("zh", "de"), last=date(2025, 5, 12), basis="contract",
            basis_note=_STAFF, wechat="zhaomin_de"),
    _person("sun_hao", "Hao", "Sun", "孙浩", city="Jinan", office="jinan", org="quancheng",
            position="General Manager", email="sunhao@example.net", ext="301",
            langs=("zh", "en"), last=date(2026, 11, 3), wechat="sunhao_qc",
            tags=(VIP_TAG,)),
    _person("zhou_jing", "Jing", "Zhou", "周静", city="Jinan", office="jinan",
            org="quancheng", position="International Cooperation Manager",
            email="zhoujing@example.net", ext="302", langs=("zh", "en", "de"),
            last=date(2026, 2, 24), wechat="zhoujing_qc", tags=(DELEGATION_2026_TAG,)),
    _person("huang_lei", "Lei", "Huang", "黄磊", city="Jinan", office="jinan",
            org="quanyuan_training", position="Head of Training Programmes",
            email="huanglei@example.org", ext="310", langs=("zh", "de"),
            last=date(2025, 9, 8), wechat="huanglei_training"),
    _person("lin_tao", "Tao", "Lin", "林涛", city="Jinan", office="jinan",
            org="quanyuan_hydrogen", position="Chief Technology Officer",
            email="lintao@example.net", ext="320", langs=("zh", "en"),
            last=date(2025, 10, 14), basis="consent",
            basis_note="Agreed by WeChat message to be kept on file.", wechat="lintao_h2",
            title="Dr."),
    _person("guo_hui", "Hui", "Guo", "郭辉", city="Jinan", office="jinan",
            org="quancheng_logistics", position="General Manager",
            email="guohui@example.net", ext="330", langs=("zh", "en"),
            last=date(2024, 9, 12), wechat="guohui_logistics"),
    _person("liang_xiaoyu", "Xiaoyu", "Liang", "梁晓雨", city="Jinan", office="jinan",
            org="quanhe_medical", position="R&D Manager", email="liangxiaoyu@example.net",
            ext="340", langs=("zh", "en", "de"), last=date(2025, 6, 30),
            wechat="xiaoyu_quanhe"),
    # Frankfurt
    _person("ma_chao", "Chao", "Ma", "马超", city="Frankfurt am Main", office="frankfurt",
            position="Head of the Frankfurt-Jinan Contact Office",
            email="ma.chao@example.com", ext="101", langs=("zh", "de", "en"),
            last=date(2026, 11, 20), basis="contract", basis_note=_STAFF,
            wechat="machao_ffm", tags=(DELEGATION_2026_TAG,)),
    _person("stefan_koehler", "Stefan", "Köhler", city="Frankfurt am Main",
            office="frankfurt", position="Senior Consultant", email="s.koehler@example.com",
            ext="102", langs=("de", "en"), last=date(2026, 2, 11), basis="contract",
            basis_note=_STAFF, tags=(DELEGATION_2026_TAG,)),
    _person("andrea_hoffmann", "Andrea", "Hoffmann", city="Frankfurt am Main",
            office="frankfurt", org="mainufer", position="Chief Operating Officer",
            email="andrea.hoffmann@example.org", ext="210", langs=("de", "en"),
            last=date(2025, 11, 20)),
    _person("thomas_becker", "Thomas", "Becker", city="Frankfurt am Main",
            office="frankfurt", org="mainufer", position="Head of Asia Business",
            email="thomas.becker@example.org", ext="211", langs=("de", "en", "zh"),
            last=date(2025, 4, 2), wechat="tbecker_ffm"),
    # Munich
    _person("yang_li", "Li", "Yang", "杨丽", city="Munich", office="munich",
            position="Head of the Munich-Jinan Contact Office", email="yang.li@example.com",
            ext="101", langs=("zh", "de", "en"), last=date(2026, 2, 27), basis="contract",
            basis_note=_STAFF, wechat="yangli_muc", tags=(DELEGATION_2026_TAG,)),
    _person("maximilian_strauss", "Maximilian", "Strauß", city="Munich", office="munich",
            position="Liaison Officer", email="m.strauss@example.com", ext="102",
            langs=("de", "en"), last=date(2025, 7, 1), basis="contract",
            basis_note=_STAFF),
    _person("florian_huber", "Florian", "Huber", city="Munich", office="munich",
            org="isartal", position="Managing Partner", email="f.huber@example.org",
            ext="210", langs=("de", "en"), last=date(2026, 10, 29),
            tags=(VIP_TAG, DELEGATION_2026_TAG)),
    _person("lena_bauer", "Lena", "Bauer", city="Munich", office="munich", org="isartal",
            position="Project Engineer", email="lena.bauer@example.org", ext="211",
            langs=("de", "en"), last=date(2025, 3, 28)),
    # Vienna
    _person("wu_qiang", "Qiang", "Wu", "吴强", city="Vienna", office="vienna",
            position="Head of the Vienna-Jinan Contact Office", email="wu.qiang@example.com",
            ext="101", langs=("zh", "de", "en"), last=date(2026, 2, 18), basis="contract",
            basis_note=_STAFF, wechat="wuqiang_vie", tags=(DELEGATION_2026_TAG,)),
    _person("johanna_wimmer", "Johanna", "Wimmer", city="Vienna", office="vienna",
            position="Office Assistant", email="j.wimmer@example.com", ext="102",
            langs=("de", "en"), last=date(2025, 10, 14), basis="contract",
            basis_note=_STAFF),
    _person("elisabeth_gruber", "Elisabeth", "Gruber", city="Vienna", office="vienna",
            org="donau_med", position="Chief Executive Officer",
            email="e.gruber@example.org", ext="210", langs=("de", "en"),
            last=date(2026, 1, 9), tags=(VIP_TAG, DELEGATION_2026_TAG)),
    _person("lukas_pichler", "Lukas", "Pichler", city="Vienna", office="vienna",
            org="donau_med", position="Director of Research and Development",
            email="l.pichler@example.org", ext="211", langs=("de", "en"),
            last=date(2025, 6, 30), title="Dr."),
    # Paris
    _person("zheng_wen", "Wen", "Zheng", "郑文", city="Paris", office="paris",
            position="Head of the Paris-Jinan Contact Office", email="zheng.wen@example.com",
            ext="1 01", langs=("zh", "fr", "en"), last=date(2026, 1, 30), basis="contract",
            basis_note=_STAFF, wechat="zhengwen_paris"),
    _person("helene_moreau", "Hélène", "Moreau", city="Paris", office="paris",
            position="Liaison Officer", email="helene.moreau@example.com", ext="1 02",
            langs=("fr", "en", "zh"), last=date(2025, 12, 12), basis="contract",
            basis_note=_STAFF),
    _person("camille_dubois", "Camille", "Dubois", city="Paris", office="paris",
            org="seine_aero", position="Directrice commerciale (Sales Director)",
            email="c.dubois@example.org", ext="2 10", langs=("fr", "en"),
            last=date(2025, 11, 21)),
    _person("etienne_lefevre", "Étienne", "Lefèvre", city="Paris", office="paris",
            org="seine_aero", position="Programme Engineer",
            email="e.lefevre@example.org", ext="2 11", langs=("fr", "en"),
            last=date(2024, 11, 21), basis="unknown",
            notes="Met once; ask whether he agrees to be kept on file."),
    # Milan
    _person("xu_ming", "Ming", "Xu", "徐明", city="Milan", office="milan",
            position="Head of the Milan-Jinan Contact Office", email="xu.ming@example.com",
            ext="101", langs=("zh", "it", "en"), last=date(2026, 3, 4), basis="contract",
            basis_note=_STAFF, wechat="xuming_mi"),
    _person("francesca_ricci", "Francesca", "Ricci", city="Milan", office="milan",
            position="Liaison Officer", email="francesca.ricci@example.com", ext="102",
            langs=("it", "en"), last=date(2025, 9, 19), basis="contract",
            basis_note=_STAFF),
    _person("giulia_rossi", "Giulia", "Rossi", city="Milan", office="milan", org="navigli",
            position="Chief Financial Officer", email="g.rossi@example.org", ext="210",
            langs=("it", "en"), last=date(2025, 2, 17)),
    _person("marco_bianchi", "Marco", "Bianchi", city="Milan", office="milan",
            org="navigli", position="Sales Director", email="m.bianchi@example.org",
            ext="211", langs=("it", "en", "de"), last=date(2025, 12, 1)),
    # Budapest
    _person("he_jing", "Jing", "He", "何静", city="Budapest", office="budapest",
            position="Designated Head of the Budapest Office", email="he.jing@example.com",
            ext="101", langs=("zh", "hu", "en"), last=date(2026, 11, 12), basis="contract",
            basis_note=_STAFF, wechat="hejing_bp"),
    _person("szabo_gabor", "Gábor", "Szabó", city="Budapest", office="budapest",
            position="Independent consultant (office set-up)",
            email="gabor.szabo@example.net", ext="120", langs=("hu", "en", "de"),
            last=date(2026, 2, 24), basis="contract",
            basis_note="Consultancy contract for the office set-up."),
    _person("nagy_peter", "Péter", "Nagy", city="Budapest", office="budapest",
            org="duna_battery", position="Chief Executive Officer",
            email="peter.nagy@example.org", ext="210", langs=("hu", "en", "de"),
            last=date(2025, 1, 20), tags=(VIP_TAG,)),
    _person("kovacs_eszter", "Eszter", "Kovács", city="Budapest", office="budapest",
            org="duna_battery", position="Business Development Manager",
            email="eszter.kovacs@example.org", ext="211", langs=("hu", "en"),
            last=date(2023, 11, 6), basis="public_role",
            basis_note="Contact details published on the company's trade-fair profile."),
]

# --------------------------------------------------------------------------- projects

_FACT_PROJECTS: list[dict[str, Any]] = [
    {
        "key": "3s_rd_centre",
        "title": "R&D centre of 3S-Smart Software Solutions GmbH in Jinan",
        "kind": "rd_centre",
        "sector": "Industrial automation software",
        "stage": "completed",
        "office": "dresden",
        "source_country": "DE",
        "destination": "Jinan",
        **_coords("Jinan"),
        "partners": [("3s_smart", "european_side")],
        "tags": (PRESS_TAG,),
        "description": (
            f"{PRESS_RELEASE}: one of the more than a dozen cooperative projects facilitated "
            "by the Dresden and Jinan contact offices. The release gives no amount, jobs or "
            "dates."
        ),
    },
    {
        "key": "hoteam_lab",
        "title": "Sino-German Intelligent Manufacturing Demonstration Lab",
        "kind": "joint_lab",
        "sector": "Intelligent manufacturing",
        "stage": "completed",
        "office": "dresden",
        "source_country": "DE",
        "partners": [("hoteam", "chinese_side"), ("tu_chemnitz", "european_side")],
        "tags": (PRESS_TAG,),
        "description": (
            f"{PRESS_RELEASE}: co-launched by Hoteam Software and Chemnitz University of "
            "Technology; one of the projects facilitated by the Dresden and Jinan contact "
            "offices. The release gives no location, amount or dates."
        ),
    },
    {
        "key": "vw_expansion",
        "title": "Volkswagen production capacity expansion for components and parts",
        "kind": "capacity_expansion",
        "sector": "Automotive components",
        "stage": "in_progress",
        "source_country": "DE",
        "destination": "Jinan Innovation Zone",
        **_coords("Jinan"),
        "partners": [("volkswagen", "european_side")],
        "tags": (PRESS_TAG, AUTOMOTIVE_TAG),
        "description": (
            f"{PRESS_RELEASE}: Volkswagen's production capacity expansion project for "
            "components and parts is underway in the Innovation Zone's industrial parks. "
            "The release names no office, amount or dates."
        ),
    },
    {
        "key": "bmts_expansion",
        "title": "BMTS Technology production capacity expansion",
        "kind": "capacity_expansion",
        "sector": "Automotive (turbochargers)",
        "stage": "in_progress",
        "source_country": "DE",
        "destination": "Jinan Innovation Zone",
        **_coords("Jinan"),
        "partners": [("bmts", "european_side")],
        "tags": (PRESS_TAG, AUTOMOTIVE_TAG),
        "description": (
            f"{PRESS_RELEASE}: BMTS Technology's production capacity expansion project is "
            "underway in the Innovation Zone's industrial parks. The release names no "
            "office, amount or dates."
        ),
    },
    {
        "key": "german_practices_workshop",
        "title": "German Practices Workshop",
        "kind": "training",
        "sector": "Vocational training",
        "stage": "in_progress",
        "source_country": "DE",
        "destination": "Sino-German Cooperation Zone, Jinan Innovation Zone",
        **_coords("Jinan"),
        "partners": [
            ("jiz_admin", "chinese_side"),
            ("yingcai", "chinese_side"),
            ("festo_china", "european_side"),
        ],
        "tags": (PRESS_TAG,),
        "description": (
            f"{PRESS_RELEASE}: part of the personnel training system the Sino-German "
            "Cooperation Zone designed specifically for German companies; launched with "
            "Festo China and Shandong Yingcai University to cultivate talent for the growth "
            "of industry clusters. No amount or dates given."
        ),
    },
    {
        "key": "fraunhofer_platform",
        "title": "Digital simulation demonstration platform",
        "kind": "joint_lab",
        "sector": "Digital simulation / intelligent manufacturing",
        "stage": "completed",
        "source_country": "DE",
        "destination": "Sino-German Cooperation Zone, Jinan Innovation Zone",
        **_coords("Jinan"),
        "partners": [("jiz_admin", "chinese_side"), ("fraunhofer", "european_side")],
        "tags": (PRESS_TAG,),
        "description": (
            f"{PRESS_RELEASE}: the cooperation zone 'has put together a digital simulation "
            "demonstration platform in collaboration with Fraunhofer'. No amount or dates "
            "given."
        ),
    },
]

_EXAMPLE_PROJECTS: list[dict[str, Any]] = [
    {
        "key": "trainer_exchange",
        "title": "Dresden-Jinan vocational trainer exchange",
        "title_native": "德累斯顿-济南职业培训师交流项目",
        "kind": "training",
        "sector": "Vocational training",
        "stage": "completed",
        "office": "dresden",
        **_cny("1500000.00"),
        "source_country": "DE",
        "destination": "Jinan",
        **_coords("Jinan"),
        "signed_on": date(2015, 11, 20),
        "start_on": date(2016, 3, 1),
        "end_on": date(2017, 12, 31),
        "partners": [
            ("elbtal_network", "european_side"),
            ("quanyuan_training", "chinese_side"),
            ("elbtal_network", "sponsor"),
        ],
        "contacts": [
            ("sabine_gross", "European lead"),
            ("huang_lei", "Chinese lead"),
            ("liu_yang", "Office liaison"),
        ],
        "description": "Two-year exchange of dual-system trainers between Saxony and Jinan.",
    },
    {
        "key": "elbflorenz_rd",
        "title": "Elbflorenz Mikrosysteme sensor R&D centre in Jinan",
        "title_native": "易北佛罗伦萨微系统传感器研发中心",
        "kind": "rd_centre",
        "sector": "Microelectronics / MEMS sensors",
        "stage": "completed",
        "office": "dresden",
        **_eur("3200000.00"),
        "source_country": "DE",
        "destination": "Jinan Innovation Zone",
        **_coords("Jinan"),
        "jobs_created": 45,
        "announced_on": date(2016, 6, 1),
        "signed_on": date(2016, 10, 18),
        "start_on": date(2017, 1, 9),
        "end_on": date(2018, 6, 30),
        "partners": [("elbflorenz", "european_side"), ("quancheng", "chinese_side")],
        "contacts": [
            ("juergen_mueller", "Partner lead"),
            ("zhang_wei", "Office liaison"),
            ("chen_jie", "Jinan-side facilitator"),
        ],
        "description": "A 40-person sensor design centre; opened on schedule in 2018.",
    },
    {
        "key": "photo_exhibition",
        "title": "'City of Springs' photo exhibition in Munich",
        "title_native": "“泉城”摄影展（慕尼黑）",
        "kind": "cultural_exchange",
        "sector": "Culture",
        "stage": "completed",
        "office": "munich",
        **_cny("400000.00"),
        "source_country": "CN",
        "destination": "Munich",
        **_coords("Munich"),
        "signed_on": date(2019, 2, 15),
        "start_on": date(2019, 6, 1),
        "end_on": date(2019, 6, 30),
        "contacts": [("yang_li", "Organizer"), ("maximilian_strauss", "Venue and press")],
        "description": "A month-long exhibition of photographs of Jinan's springs.",
    },
    {
        "key": "donau_lab",
        "title": "Sino-Austrian medical imaging joint lab",
        "title_native": "中奥医学影像联合实验室",
        "kind": "joint_lab",
        "sector": "Medical imaging",
        "stage": "in_progress",
        "office": "vienna",
        **_cny("18000000.00"),
        "source_country": "AT",
        "destination": "Jinan Innovation Zone",
        **_coords("Jinan"),
        "jobs_created": 35,
        "signed_on": date(2019, 5, 20),
        "start_on": date(2019, 9, 1),
        "partners": [("donau_med", "european_side"), ("quanhe_medical", "chinese_side")],
        "contacts": [
            ("elisabeth_gruber", "Partner sponsor"),
            ("lukas_pichler", "Scientific lead"),
            ("liang_xiaoyu", "Chinese-side lead"),
            ("wu_qiang", "Office liaison"),
        ],
        "description": "Joint development of low-dose CT reconstruction software.",
    },
    {
        "key": "navigli_expansion",
        "title": "Navigli Automazione second packaging-machine line in Jinan",
        "kind": "capacity_expansion",
        "sector": "Packaging machinery",
        "stage": "on_hold",
        "office": "milan",
        **_eur("8500000.00"),
        "source_country": "IT",
        "destination": "Jinan Innovation Zone",
        **_coords("Jinan"),
        "jobs_created": 60,
        "jobs_estimated": True,
        "signed_on": date(2021, 3, 18),
        "status_reason": (
            "The partner postponed the investment until its order book recovers; talks "
            "to resume in 2027."
        ),
        "partners": [("navigli", "european_side")],
        "contacts": [("giulia_rossi", "Financing"), ("marco_bianchi", "Partner lead"),
                     ("xu_ming", "Office liaison")],
        "description": "A second assembly line at the partner's existing plant in Jinan.",
    },
    {
        "key": "mainufer_hub",
        "title": "Cross-border e-commerce logistics hub near Jinan Airport",
        "title_native": "济南机场跨境电商物流中心",
        "kind": "investment",
        "sector": "Logistics / cross-border e-commerce",
        "stage": "signed",
        "office": "frankfurt",
        **_eur("12000000.00"),
        "source_country": "DE",
        "destination": "Jinan Innovation Zone (airport area)",
        **_coords("Jinan Yaoqiang International Airport"),
        "jobs_created": 80,
        "jobs_estimated": True,
        "announced_on": date(2024, 5, 14),
        "signed_on": date(2024, 9, 12),
        "partners": [("mainufer", "european_side"), ("quancheng_logistics", "chinese_side")],
        "contacts": [
            ("andrea_hoffmann", "Partner sponsor"),
            ("thomas_becker", "Partner lead"),
            ("guo_hui", "Chinese-side lead"),
            ("ma_chao", "Office liaison"),
        ],
        "description": "Bonded warehouse and sorting centre; construction due to start in 2027.",
    },
    {
        "key": "duna_cathode",
        "title": "Battery cathode materials plant",
        "kind": "investment",
        "sector": "Battery materials",
        "stage": "dropped",
        "office": "budapest",
        **_cny("300000000.00"),
        "source_country": "HU",
        "destination": "Jinan Innovation Zone",
        **_coords("Jinan"),
        "announced_on": date(2024, 6, 3),
        "status_reason": (
            "The partner chose a site in another province, closer to its main customer "
            "(January 2025)."
        ),
        "partners": [("duna_battery", "european_side")],
        "contacts": [("nagy_peter", "Decision maker"), ("kovacs_eszter", "Partner lead"),
                     ("he_jing", "Office liaison")],
        "description": "Dropped after a site visit and two rounds of talks.",
    },
    {
        "key": "isartal_plant",
        "title": "Isartal Robotik welding-robot assembly line",
        "kind": "investment",
        "sector": "Industrial robots",
        "stage": "in_talks",
        "office": "munich",
        **_eur("25000000.00"),
        "source_country": "DE",
        "destination": "Jinan Innovation Zone",
        **_coords("Jinan"),
        "jobs_created": 120,
        "jobs_estimated": True,
        "announced_on": date(2025, 3, 24),
        "partners": [("isartal", "european_side"), ("quancheng", "chinese_side")],
        "contacts": [
            ("florian_huber", "Decision maker"),
            ("lena_bauer", "Technical lead"),
            ("sun_hao", "Chinese-side lead"),
            ("yang_li", "Office liaison"),
        ],
        "tags": (AUTOMOTIVE_TAG,),
        "description": "Final assembly of welding robots for Chinese car makers.",
    },
    {
        "key": "seine_composites",
        "title": "Aerospace composite parts workshop",
        "kind": "investment",
        "sector": "Aerospace composites",
        "stage": "lead",
        "office": "paris",
        "source_country": "FR",
        "destination": "Jinan Innovation Zone (airport area)",
        **_coords("Jinan Yaoqiang International Airport"),
        "announced_on": date(2024, 11, 21),
        "partners": [("seine_aero", "european_side")],
        "contacts": [("camille_dubois", "Partner lead"), ("etienne_lefevre", "Technical"),
                     ("zheng_wen", "Office liaison")],
        "description": "Early interest; no amount discussed yet.",
    },
    {
        "key": "hydrogen_lab",
        "title": "Hydrogen fuel-cell test bench joint lab",
        "title_native": "氢燃料电池测试联合实验室",
        "kind": "joint_lab",
        "sector": "Hydrogen and fuel cells",
        "stage": "lead",
        "office": "vienna",
        "source_country": "AT",
        "destination": "Jinan",
        **_coords("Jinan"),
        "partners": [("quanyuan_hydrogen", "chinese_side")],
        "contacts": [("lin_tao", "Chinese-side lead"), ("wu_qiang", "Office liaison"),
                     ("johanna_wimmer", "Partner search")],
        "description": "The Jinan side is looking for an Austrian research partner.",
    },
    {
        "key": "quancheng_budapest",
        "title": "Quancheng Smart Equipment service centre in Budapest",
        "title_native": "泉城智能装备布达佩斯服务中心",
        "kind": "investment",
        "sector": "Intelligent manufacturing equipment",
        "stage": "signed",
        "office": "jinan",
        **_eur("4000000.00"),
        "source_country": "CN",
        "destination": "Budapest",
        **_coords("Budapest"),
        "jobs_created": 25,
        "jobs_estimated": True,
        "signed_on": date(2026, 2, 24),
        "start_on": date(2027, 4, 1),
        "partners": [("quancheng", "chinese_side")],
        "contacts": [
            ("sun_hao", "Decision maker"),
            ("zhou_jing", "Project lead"),
            ("he_jing", "Office liaison"),
            ("szabo_gabor", "Local adviser"),
        ],
        "description": "Outbound investment: a sales and service centre for Central Europe.",
    },
    {
        "key": "design_showcase",
        "title": "Jinan industrial design showcase in Milan",
        "title_native": "济南工业设计米兰展",
        "kind": "trade",
        "sector": "Industrial design",
        "stage": "in_talks",
        "office": "milan",
        **_eur("150000.00"),
        "source_country": "CN",
        "destination": "Milan",
        **_coords("Milan"),
        "partners": [("quancheng", "chinese_side")],
        "contacts": [("xu_ming", "Organizer"), ("francesca_ricci", "Venue search")],
        "description": "A joint stand for Jinan manufacturers; planned for May 2027.",
    },
]

# --------------------------------------------------------------------------- events

_CONFERENCE_SPONSORS = ["miit", "shandong_gov", "jinan_gov", "shandong_diit"]
_CONFERENCE_ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th"]
# Placeholder days: the release gives only the years of the editions.
_CONFERENCE_DATES = [
    date(2015, 10, 15), date(2016, 10, 13), date(2017, 10, 12),
    date(2018, 10, 11), date(2019, 10, 17), date(2020, 10, 15),
]
_RENAMED_2020 = (
    "China SME International Cooperation & Communication Conference – 2020 Sino-German "
    "(Europe) SME Cooperation & Communication Conference"
)


def _conference(edition: int) -> dict[str, Any]:
    """One edition (1-6, 2015-2020) of the Sino-German SME conference."""
    day = _CONFERENCE_DATES[edition - 1]
    year = day.year
    notes = (
        f"{PRESS_RELEASE}: the {_CONFERENCE_ORDINALS[edition - 1]} of six consecutive "
        "editions (2015-2020) of the conference launched in 2015 as a new platform for "
        "Sino-German exchange, sponsored by the Ministry of Industry and Information "
        "Technology of China and the Shandong Provincial Government and organized by the "
        "Jinan Municipal Government and the Department of Industry and Information "
        "Technology of Shandong Province."
    )
    if edition == 6:
        notes += (
            " In 2020 it was renamed and widened from Sino-German to Sino-Euro cooperation; "
            "more than 1,000 companies and 5,000-plus guests from more than 10 countries and "
            "regions attended online and offline. Across the editions, 105 projects were "
            "signed at the conference, with a total investment of 47.964 billion yuan "
            "(CNY 47,964,000,000); the release gives no split by edition. Prominent guests "
            "over the years included former German Chancellor Gerhard Schröder, German "
            "Bundestag Member Martin Schultz (spelled so in the release) and former German "
            "Defence Minister Rudolf Albert Scharping."
        )
    notes += f" The release gives only the year: {day.isoformat()} is an example date."
    title = (
        _RENAMED_2020 if edition == 6
        else f"Sino-German SME Cooperation & Communication Conference {year}"
    )
    return {
        "key": f"sme_conference_{year}",
        "title": title,
        "kind": "conference",
        "starts_on": day,
        **_city("Jinan"),
        "place": "Jinan (online and offline)" if edition == 6 else "Jinan",
        "organizations": _CONFERENCE_SPONSORS,
        "tags": (PRESS_TAG,),
        "notes": notes,
    }


_FACT_EVENTS: list[dict[str, Any]] = [
    {
        "key": "kreuzchor_concert",
        "title": "Dresdner Kreuzchor concert in Jinan",
        "kind": "cultural_event",
        "starts_on": date(2018, 10, 12),
        **_city("Jinan"),
        "office": "dresden",
        "organizations": ["kreuzchor"],
        "tags": (PRESS_TAG,),
        "notes": (
            f"{PRESS_RELEASE}: the Dresden and Jinan contact offices invited the "
            "world-renowned Dresdner Kreuzchor to stage a concert in Jinan, strengthening "
            "cultural exchange between the two countries. The release gives no date: "
            "12 October 2018 is an example date."
        ),
    },
    *(_conference(edition) for edition in range(1, 7)),
]


def _ev(
    key: str,
    title: str,
    kind: str,
    starts: date,
    ends: date | None = None,
    *,
    city: str | None,
    office: str | None,
    site: str | None = None,
    place: str = "",
    orgs: Iterable[str] = (),
    contacts: Iterable[str] = (),
    projects: Iterable[str] = (),
    tags: Iterable[str] = (),
    notes: str = "",
) -> dict[str, Any]:
    """One example event row (``city=None`` for a call or an online meeting)."""
    where = _city(city, site) if city else {}
    return {
        "key": key, "title": title, "kind": kind, "starts_on": starts, "ends_on": ends,
        **where, "place": place, "office": office, "organizations": list(orgs),
        "contacts": list(contacts), "projects": list(projects), "tags": tuple(tags),
        "notes": notes,
    }


_D26 = (DELEGATION_2026_TAG,)

_EXAMPLE_EVENTS: list[dict[str, Any]] = [
    _ev("dresden_delegation_2015", "Jinan Innovation Zone delegation to Dresden's "
        "microelectronics cluster", "delegation", date(2015, 9, 14), date(2015, 9, 17),
        city="Dresden", office="dresden", orgs=("elbflorenz", "elbtal_network"),
        contacts=("zhang_wei", "katrin_weiss", "juergen_mueller", "wang_fang", "chen_jie"),
        notes="Four days of company visits; first contact with Elbflorenz Mikrosysteme."),
    _ev("trainer_exchange_signing", "Signing of the Dresden-Jinan trainer exchange",
        "meeting", date(2015, 11, 20), city="Dresden", office="dresden",
        orgs=("elbtal_network", "quanyuan_training"), projects=("trainer_exchange",),
        contacts=("sabine_gross", "huang_lei", "liu_yang")),
    _ev("munich_opening", "Opening of the Munich-Jinan Contact Office", "meeting",
        date(2016, 4, 20), city="Munich", office="munich",
        contacts=("yang_li", "maximilian_strauss")),
    _ev("elbflorenz_signing", "Signing ceremony: Elbflorenz Mikrosysteme R&D centre",
        "meeting", date(2016, 10, 18), city="Jinan", office="dresden",
        place="Jinan Innovation Zone", orgs=("elbflorenz", "quancheng"),
        projects=("elbflorenz_rd",),
        contacts=("juergen_mueller", "bjoern_schaefer", "sun_hao", "zhang_wei")),
    _ev("trainer_week_2017", "Vocational trainer exchange week in Dresden", "training",
        date(2017, 4, 10), date(2017, 4, 21), city="Dresden", office="dresden",
        orgs=("elbtal_network", "quanyuan_training"), projects=("trainer_exchange",),
        contacts=("huang_lei", "sabine_gross", "katrin_weiss")),
    _ev("vienna_opening", "Opening of the Vienna-Jinan Contact Office", "meeting",
        date(2017, 6, 1), city="Vienna", office="vienna",
        contacts=("wu_qiang", "johanna_wimmer")),
    _ev("mainufer_visit_2018", "Mainufer Logistik fact-finding visit to the Jinan airport "
        "area", "visit", date(2018, 3, 12), date(2018, 3, 14), city="Jinan",
        site="Jinan Yaoqiang International Airport", office="frankfurt", orgs=("mainufer",),
        contacts=("andrea_hoffmann", "ma_chao", "chen_jie")),
    _ev("donau_lab_signing", "Signing of the Sino-Austrian medical imaging joint lab",
        "meeting", date(2019, 5, 20), city="Vienna", office="vienna",
        orgs=("donau_med", "quanhe_medical"), projects=("donau_lab",),
        contacts=("elisabeth_gruber", "lukas_pichler", "liang_xiaoyu", "wu_qiang")),
    _ev("photo_exhibition_opening", "Opening of the 'City of Springs' photo exhibition",
        "cultural_event", date(2019, 6, 1), city="Munich", office="munich",
        projects=("photo_exhibition",), contacts=("yang_li", "maximilian_strauss")),
    _ev("paris_opening", "Opening of the Paris-Jinan Contact Office", "meeting",
        date(2019, 11, 5), city="Paris", office="paris",
        contacts=("zheng_wen", "helene_moreau")),
    _ev("navigli_call_2020", "Video call with Navigli Automazione on a second Jinan line",
        "call", date(2020, 7, 8), city=None, office="jinan", orgs=("navigli",),
        projects=("navigli_expansion",), contacts=("giulia_rossi", "marco_bianchi", "li_na"),
        notes="Held online during the pandemic, before the Milan office opened."),
    _ev("navigli_signing", "Online signing: Navigli Automazione line expansion", "meeting",
        date(2021, 3, 18), city=None, office="jinan", place="Online", orgs=("navigli",),
        projects=("navigli_expansion",),
        contacts=("giulia_rossi", "marco_bianchi", "wang_fang")),
    _ev("milan_opening", "Opening of the Milan-Jinan Contact Office", "meeting",
        date(2021, 4, 12), city="Milan", office="milan",
        contacts=("xu_ming", "francesca_ricci")),
    _ev("hannover_messe_2023", "Network visit to Hannover Messe 2023", "visit",
        date(2023, 4, 17), date(2023, 4, 21), city="Hannover",
        site="Hannover Exhibition Grounds", office="frankfurt", orgs=("isartal",),
        contacts=("ma_chao", "stefan_koehler", "florian_huber")),
    _ev("elbtal_evening_2023", "Elbtal Innovation Network members' evening", "meeting",
        date(2023, 9, 27), city="Dresden", office="dresden", orgs=("elbtal_network",),
        contacts=("sabine_gross", "katrin_weiss", "bjoern_schaefer")),
    _ev("budapest_premises_call", "Call on premises for a Budapest office", "call",
        date(2024, 4, 16), city=None, office="budapest",
        contacts=("he_jing", "szabo_gabor")),
    _ev("duna_site_visit", "Duna Battery site visit to Jinan", "visit", date(2024, 6, 3),
        date(2024, 6, 6), city="Jinan", office="budapest", orgs=("duna_battery",),
        projects=("duna_cathode",), contacts=("nagy_peter", "kovacs_eszter", "chen_jie")),
    _ev("mainufer_signing", "Signing: Mainufer Logistik cross-border e-commerce hub",
        "meeting", date(2024, 9, 12), city="Frankfurt am Main", office="frankfurt",
        orgs=("mainufer", "quancheng_logistics"), projects=("mainufer_hub",),
        contacts=("andrea_hoffmann", "thomas_becker", "guo_hui", "ma_chao", "wang_fang")),
    _ev("seine_first_meeting", "First meeting with Seine Aéro Composants", "meeting",
        date(2024, 11, 21), city="Paris", office="paris", orgs=("seine_aero",),
        projects=("seine_composites",),
        contacts=("camille_dubois", "etienne_lefevre", "zheng_wen")),
    _ev("isartal_talks_2025", "Isartal Robotik negotiation round in Jinan", "visit",
        date(2025, 3, 24), date(2025, 3, 28), city="Jinan", office="munich",
        orgs=("isartal", "quancheng"), projects=("isartal_plant",),
        contacts=("florian_huber", "lena_bauer", "yang_li", "sun_hao"),
        tags=(AUTOMOTIVE_TAG,)),
    _ev("hydrogen_scoping_call", "Scoping call: hydrogen fuel-cell test lab", "call",
        date(2025, 10, 14), city=None, office="vienna", orgs=("quanyuan_hydrogen",),
        projects=("hydrogen_lab",), contacts=("wu_qiang", "johanna_wimmer", "lin_tao")),
    _ev("network_planning_2026", "Annual planning meeting of the office network (online)",
        "call", date(2026, 1, 15), city=None, office="jinan",
        contacts=("wang_fang", "li_na", "chen_jie", "zhang_wei", "ma_chao", "yang_li",
                  "wu_qiang", "zheng_wen", "xu_ming", "he_jing")),
    _ev("quancheng_budapest_signing", "Signing: Quancheng Smart Equipment service centre "
        "in Budapest", "meeting", date(2026, 2, 24), city="Budapest", office="jinan",
        orgs=("quancheng",), projects=("quancheng_budapest",),
        contacts=("sun_hao", "zhou_jing", "he_jing", "szabo_gabor")),
    _ev("hannover_messe_2026", "Jinan SME delegation at Hannover Messe 2026", "delegation",
        date(2026, 4, 20), date(2026, 4, 24), city="Hannover",
        site="Hannover Exhibition Grounds", office="frankfurt", orgs=("quancheng",),
        contacts=("ma_chao", "stefan_koehler", "chen_jie", "zhou_jing"), tags=_D26),
    _ev("delegation_2026", "Jinan Innovation Zone delegation 2026: Dresden, Munich, Vienna",
        "delegation", date(2026, 5, 11), date(2026, 5, 15), city="Dresden",
        office="dresden", orgs=("elbflorenz", "isartal", "donau_med"),
        projects=("isartal_plant", "hydrogen_lab"),
        contacts=("wang_fang", "li_na", "zhang_wei", "yang_li", "wu_qiang",
                  "juergen_mueller", "florian_huber", "elisabeth_gruber"),
        tags=_D26, notes="Starts in Dresden; Munich on 13 May, Vienna on 14-15 May."),
    _ev("navigli_followup_2026", "Follow-up call: Navigli Automazione expansion on hold",
        "call", date(2026, 6, 9), city=None, office="milan", orgs=("navigli",),
        projects=("navigli_expansion",), contacts=("marco_bianchi", "xu_ming")),
    _ev("isartal_term_sheet", "Isartal Robotik term-sheet meeting in Munich", "meeting",
        date(2026, 12, 8), city="Munich", office="munich", orgs=("isartal", "quancheng"),
        projects=("isartal_plant",), contacts=("florian_huber", "lena_bauer", "yang_li"),
        tags=(AUTOMOTIVE_TAG,)),
    _ev("seine_visit_2026", "Seine Aéro Composants visit to the Jinan airport area",
        "visit", date(2026, 9, 22), date(2026, 9, 24), city="Jinan",
        site="Jinan Yaoqiang International Airport", office="paris", orgs=("seine_aero",),
        projects=("seine_composites",), contacts=("camille_dubois", "zheng_wen")),
    _ev("budapest_opening", "Opening of the Budapest-Jinan Contact Office", "meeting",
        date(2027, 3, 16), city="Budapest", office="budapest",
        contacts=("he_jing", "szabo_gabor", "nagy_peter")),
    _ev("network_planning_2027", "Annual planning meeting of the office network (online)",
        "call", date(2027, 1, 14), city=None, office="jinan",
        contacts=("wang_fang", "li_na", "zhang_wei", "ma_chao", "yang_li", "wu_qiang",
                  "zheng_wen", "xu_ming", "he_jing")),
    _ev("lean_training_2027", "Lean production training week for Jinan SME managers",
        "training", date(2027, 3, 8), date(2027, 3, 12), city="Frankfurt am Main",
        office="frankfurt", orgs=("quanyuan_training",),
        contacts=("stefan_koehler", "huang_lei")),
    _ev("milan_matchmaking_2027", "Sino-European SME matchmaking day in Milan",
        "conference", date(2027, 5, 19), city="Milan", office="milan",
        orgs=("navigli", "quancheng"), projects=("design_showcase",),
        contacts=("xu_ming", "francesca_ricci", "giulia_rossi")),
]

# --------------------------------------------------------------------------- exchange rates

RATE_SOURCE = "Example rate (approximate annual average)"

#: 1 EUR in CNY, approximate annual averages, dated 1 January of the year.
_EUR_CNY: dict[int, str] = {
    2015: "6.97", 2016: "7.35", 2017: "7.63", 2018: "7.81", 2019: "7.73", 2020: "7.87",
    2021: "7.63", 2022: "7.08", 2023: "7.66", 2024: "7.79", 2025: "8.10", 2026: "8.15",
}
#: A few mid-year EUR -> CNY points (approximate).
_EUR_CNY_MID_YEAR: dict[date, str] = {date(2022, 6, 22): "7.05", date(2024, 7, 1): "7.75"}
#: 1 USD in CNY, approximate annual averages.
_USD_CNY: dict[int, str] = {2015: "6.23", 2020: "6.90", 2022: "6.73", 2024: "7.19", 2025: "7.18"}

# --------------------------------------------------------------------------- building

_CHOICES: dict[tuple[type[SQLModel], str], type[v._Choice]] = {
    (Office, "status"): v.OfficeStatus,
    (Organization, "kind"): v.OrganizationKind,
    (Contact, "legal_basis"): v.LegalBasis,
    (Project, "kind"): v.ProjectKind,
    (Project, "stage"): v.ProjectStage,
    (Event, "kind"): v.EventKind,
    (ProjectPartner, "role"): v.PartnerRole,
}

_KIND_OF: dict[type[SQLModel], str] = {
    Office: "office", Organization: "organization", Contact: "contact", Project: "project",
    Event: "event",
}


class _Builder:
    """Adds sample rows to a session, with fixed ids.

    Link rows (partners, participants, tag links) are held back in ``links`` until the
    records they point at have been flushed: the models have no ``relationship()``, so
    the unit of work cannot order inserts across tables by itself.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.tag_links: list[tuple[str, str, str]] = []  # (tag, kind, key)
        self.links: list[SQLModel] = []

    def add(self, model: type[SQLModel], key: str, *, later: bool = False, **fields: Any) -> Any:
        for (choice_model, field), choices in _CHOICES.items():
            if (
                choice_model is model
                and field in fields
                and fields[field] not in choices.values()
            ):
                raise ValueError(f"{model.__name__}.{field}: {fields[field]!r} is not valid")
        record = model(id=sample_id(key), **fields)
        if later:
            self.links.append(record)
        else:
            self.session.add(record)
        return record

    def entity(
        self, model: type[SQLModel], row: dict[str, Any], *, example: bool, **extra: Any
    ) -> Any:
        """Add one office/organization/contact/project/event from its table row."""
        kind = _KIND_OF[model]
        fields = dict(row)
        key = fields.pop("key")
        tags = list(fields.pop("tags", ()))
        for ref in ("office", "organization"):
            if ref in fields:
                target = fields.pop(ref)
                fields[f"{ref}_id"] = sample_id(f"{ref}:{target}") if target else None
        text_field = "description" if model is Project else "notes"
        if example:
            fields[text_field] = EXAMPLE_PREFIX + fields.get(text_field, "")
            tags.insert(0, EXAMPLE_TAG)
        elif PRESS_TAG not in tags:
            tags.insert(0, PRESS_TAG)
        self.tag_links.extend((tag, kind, key) for tag in tags)
        return self.add(model, f"{kind}:{key}", **fields, **extra)

    def project(self, row: dict[str, Any], *, example: bool) -> None:
        fields = dict(row)
        partners = fields.pop("partners", ())
        contacts = fields.pop("contacts", ())
        self.entity(Project, fields, example=example)
        project = fields["key"]
        for org, role in partners:
            self.add(
                ProjectPartner, f"project_partner:{project}:{org}:{role}", later=True,
                project_id=sample_id(f"project:{project}"),
                organization_id=sample_id(f"organization:{org}"), role=role,
            )
        for person, role in contacts:
            self.add(
                ProjectContact, f"project_contact:{project}:{person}", later=True,
                project_id=sample_id(f"project:{project}"),
                contact_id=sample_id(f"contact:{person}"), role=role,
            )

    def event(self, row: dict[str, Any], *, example: bool) -> None:
        fields = dict(row)
        links: dict[str, tuple[type[SQLModel], Iterable[str]]] = {
            "organization": (EventOrganization, fields.pop("organizations", ())),
            "contact": (EventContact, fields.pop("contacts", ())),
            "project": (EventProject, fields.pop("projects", ())),
        }
        self.entity(Event, fields, example=example)
        event = fields["key"]
        for kind, (model, keys) in links.items():
            for target in keys:
                self.add(
                    model, f"event_{kind}:{event}:{target}", later=True,
                    event_id=sample_id(f"event:{event}"),
                    **{f"{kind}_id": sample_id(f"{kind}:{target}")},
                )

    def link_tags(self) -> None:
        for tag, kind, key in self.tag_links:
            self.add(
                TagLink, f"tag_link:{tag}:{kind}:{key}", later=True,
                tag_id=sample_id(f"tag:{tag}"), **{f"{kind}_id": sample_id(f"{kind}:{key}")},
            )


def _add_exchange_rates(b: _Builder) -> None:
    series: list[tuple[date, str, str]] = [
        *((date(year, 1, 1), "EUR", rate) for year, rate in _EUR_CNY.items()),
        *((day, "EUR", rate) for day, rate in _EUR_CNY_MID_YEAR.items()),
        *((date(year, 1, 1), "USD", rate) for year, rate in _USD_CNY.items()),
    ]
    for on, base, rate in series:
        b.add(
            ExchangeRate, f"exchange_rate:{base}:CNY:{on.isoformat()}",
            on=on, base=base, quote="CNY", rate=Decimal(rate), source=RATE_SOURCE,
        )


def populate(session: Session) -> None:
    """Add the whole sample network to ``session``; the caller commits.

    The records are flushed in three steps inside the caller's transaction (offices,
    organizations, then the rest) so that every foreign key points at a row already
    written; the Dresden office and its Jinan counterpart point at each other, so the
    Dresden side's ``counterpart_id`` is set after the first flush. Nothing is committed:
    a rollback discards everything.
    """
    b = _Builder(session)
    for name, color in _TAGS:
        b.add(Tag, f"tag:{name}", name=name, color=color)

    dresden = b.entity(Office, _FACT_OFFICES[0], example=False)
    b.entity(Office, _FACT_OFFICES[1], example=False, counterpart_id=dresden.id)
    for row in _EXAMPLE_OFFICES:
        b.entity(Office, row, example=True)
    session.flush()
    dresden.counterpart_id = sample_id("office:jinan")

    for row in _FACT_ORGANIZATIONS:
        b.entity(Organization, row, example=False)
    for row in _EXAMPLE_ORGANIZATIONS:
        b.entity(Organization, row, example=True)
    session.flush()

    for row in _CONTACTS:
        b.entity(Contact, row, example=True)
    for row in _FACT_PROJECTS:
        b.project(row, example=False)
    for row in _EXAMPLE_PROJECTS:
        b.project(row, example=True)
    for row in _FACT_EVENTS:
        b.event(row, example=False)
    for row in _EXAMPLE_EVENTS:
        b.event(row, example=True)
    session.flush()

    b.link_tags()
    session.add_all(b.links)
    _add_exchange_rates(b)
