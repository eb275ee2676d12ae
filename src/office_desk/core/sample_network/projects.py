"""The sample's projects: those the press release names (no amounts: it gives none), and
invented ones at every stage, in euros and yuan.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from . import AUTOMOTIVE_TAG, PRESS_RELEASE, PRESS_TAG
from .places import coords


def eur(amount: str) -> dict[str, Any]:
    return {"amount": Decimal(amount), "currency": "EUR"}


def cny(amount: str) -> dict[str, Any]:
    return {"amount": Decimal(amount), "currency": "CNY"}


FACT_PROJECTS: list[dict[str, Any]] = [
    {
        "key": "3s_rd_centre",
        "title": "R&D centre of 3S-Smart Software Solutions GmbH in Jinan",
        "kind": "rd_centre",
        "sector": "Industrial automation software",
        "stage": "completed",
        "office": "dresden",
        "source_country": "DE",
        "destination": "Jinan",
        **coords("Jinan"),
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
        **coords("Jinan"),
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
        **coords("Jinan"),
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
        **coords("Jinan"),
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
        "funding_programme": "Horizon Europe",
        "title": "Digital simulation demonstration platform",
        "kind": "joint_lab",
        "sector": "Digital simulation / intelligent manufacturing",
        "stage": "completed",
        "source_country": "DE",
        "destination": "Sino-German Cooperation Zone, Jinan Innovation Zone",
        **coords("Jinan"),
        "partners": [("jiz_admin", "chinese_side"), ("fraunhofer", "european_side")],
        "tags": (PRESS_TAG,),
        "description": (
            f"{PRESS_RELEASE}: the cooperation zone 'has put together a digital simulation "
            "demonstration platform in collaboration with Fraunhofer'. No amount or dates "
            "given."
        ),
    },
]

EXAMPLE_PROJECTS: list[dict[str, Any]] = [
    {
        "key": "trainer_exchange",
        "funding_programme": "Erasmus+",
        "title": "Dresden-Jinan vocational trainer exchange",
        "title_native": "德累斯顿-济南职业培训师交流项目",
        "kind": "training",
        "sector": "Vocational training",
        "stage": "completed",
        "office": "dresden",
        **cny("1500000.00"),
        "source_country": "DE",
        "destination": "Jinan",
        **coords("Jinan"),
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
        **eur("3200000.00"),
        "source_country": "DE",
        "destination": "Jinan Innovation Zone",
        **coords("Jinan"),
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
        **cny("400000.00"),
        "source_country": "CN",
        "destination": "Munich",
        **coords("Munich"),
        "signed_on": date(2019, 2, 15),
        "start_on": date(2019, 6, 1),
        "end_on": date(2019, 6, 30),
        "contacts": [("yang_li", "Organizer"), ("maximilian_strauss", "Venue and press")],
        "description": "A month-long exhibition of photographs of Jinan's springs.",
    },
    {
        "key": "donau_lab",
        "funding_programme": "ZIM (Central Innovation Programme for SMEs)",
        "title": "Sino-Austrian medical imaging joint lab",
        "title_native": "中奥医学影像联合实验室",
        "kind": "joint_lab",
        "sector": "Medical imaging",
        "stage": "in_progress",
        "office": "vienna",
        **cny("18000000.00"),
        "source_country": "AT",
        "destination": "Jinan Innovation Zone",
        **coords("Jinan"),
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
        **eur("8500000.00"),
        "source_country": "IT",
        "destination": "Jinan Innovation Zone",
        **coords("Jinan"),
        "jobs_created": 60,
        "jobs_estimated": True,
        "signed_on": date(2021, 3, 18),
        "status_reason": (
            "The partner postponed the investment until its order book recovers; talks "
            "to resume in 2027."
        ),
        "partners": [("navigli", "european_side")],
        "contacts": [
            ("giulia_rossi", "Financing"),
            ("marco_bianchi", "Partner lead"),
            ("xu_ming", "Office liaison"),
        ],
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
        **eur("12000000.00"),
        "source_country": "DE",
        "destination": "Jinan Innovation Zone (airport area)",
        **coords("Jinan Yaoqiang International Airport"),
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
        **cny("300000000.00"),
        "source_country": "HU",
        "destination": "Jinan Innovation Zone",
        **coords("Jinan"),
        "announced_on": date(2024, 6, 3),
        "status_reason": (
            "The partner chose a site in another province, closer to its main customer "
            "(January 2025)."
        ),
        "partners": [("duna_battery", "european_side")],
        "contacts": [
            ("nagy_peter", "Decision maker"),
            ("kovacs_eszter", "Partner lead"),
            ("he_jing", "Office liaison"),
        ],
        "description": "Dropped after a site visit and two rounds of talks.",
    },
    {
        "key": "isartal_plant",
        "title": "Isartal Robotik welding-robot assembly line",
        "kind": "investment",
        "sector": "Industrial robots",
        "stage": "in_talks",
        "office": "munich",
        **eur("25000000.00"),
        "source_country": "DE",
        "destination": "Jinan Innovation Zone",
        **coords("Jinan"),
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
        **coords("Jinan Yaoqiang International Airport"),
        "announced_on": date(2024, 11, 21),
        "partners": [("seine_aero", "european_side")],
        "contacts": [
            ("camille_dubois", "Partner lead"),
            ("etienne_lefevre", "Technical"),
            ("zheng_wen", "Office liaison"),
        ],
        "description": "Early interest; no amount discussed yet.",
    },
    {
        "key": "hydrogen_lab",
        "funding_programme": "Shandong Key R&D Programme",
        "title": "Hydrogen fuel-cell test bench joint lab",
        "title_native": "氢燃料电池测试联合实验室",
        "kind": "joint_lab",
        "sector": "Hydrogen and fuel cells",
        "stage": "lead",
        "office": "vienna",
        "source_country": "AT",
        "destination": "Jinan",
        **coords("Jinan"),
        "partners": [("quanyuan_hydrogen", "chinese_side")],
        "contacts": [
            ("lin_tao", "Chinese-side lead"),
            ("wu_qiang", "Office liaison"),
            ("johanna_wimmer", "Partner search"),
        ],
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
        **eur("4000000.00"),
        "source_country": "CN",
        "destination": "Budapest",
        **coords("Budapest"),
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
        **eur("150000.00"),
        "source_country": "CN",
        "destination": "Milan",
        **coords("Milan"),
        "partners": [("quancheng", "chinese_side")],
        "contacts": [("xu_ming", "Organizer"), ("francesca_ricci", "Venue search")],
        "description": "A joint stand for Jinan manufacturers; planned for May 2027.",
    },
]
