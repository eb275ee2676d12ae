"""The sample's events: the Kreuzchor concert and the six SME conferences from the press
release, and invented ones (delegations, meetings, calls, visits, training).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from . import AUTOMOTIVE_TAG, DELEGATION_2026_TAG, PRESS_RELEASE, PRESS_TAG
from .places import in_city

_CONFERENCE_SPONSORS = ["miit", "shandong_gov", "jinan_gov", "shandong_diit"]
_CONFERENCE_ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th"]
# Placeholder days: the release gives only the years of the editions.
_CONFERENCE_DATES = [
    date(2015, 10, 15),
    date(2016, 10, 13),
    date(2017, 10, 12),
    date(2018, 10, 11),
    date(2019, 10, 17),
    date(2020, 10, 15),
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
        _RENAMED_2020
        if edition == 6
        else f"Sino-German SME Cooperation & Communication Conference {year}"
    )
    return {
        "key": f"sme_conference_{year}",
        "title": title,
        "kind": "conference",
        "starts_on": day,
        **in_city("Jinan"),
        "place": "Jinan (online and offline)" if edition == 6 else "Jinan",
        "organizations": _CONFERENCE_SPONSORS,
        "tags": (PRESS_TAG,),
        "notes": notes,
    }


FACT_EVENTS: list[dict[str, Any]] = [
    {
        "key": "kreuzchor_concert",
        "title": "Dresdner Kreuzchor concert in Jinan",
        "kind": "cultural_event",
        "starts_on": date(2018, 10, 12),
        **in_city("Jinan"),
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
    where = in_city(city, site) if city else {}
    return {
        "key": key,
        "title": title,
        "kind": kind,
        "starts_on": starts,
        "ends_on": ends,
        **where,
        "place": place,
        "office": office,
        "organizations": list(orgs),
        "contacts": list(contacts),
        "projects": list(projects),
        "tags": tuple(tags),
        "notes": notes,
    }


_D26 = (DELEGATION_2026_TAG,)

EXAMPLE_EVENTS: list[dict[str, Any]] = [
    _ev(
        "dresden_delegation_2015",
        "Jinan Innovation Zone delegation to Dresden's microelectronics cluster",
        "delegation",
        date(2015, 9, 14),
        date(2015, 9, 17),
        city="Dresden",
        office="dresden",
        orgs=("elbflorenz", "elbtal_network"),
        contacts=("zhang_wei", "katrin_weiss", "juergen_mueller", "wang_fang", "chen_jie"),
        notes="Four days of company visits; first contact with Elbflorenz Mikrosysteme.",
    ),
    _ev(
        "trainer_exchange_signing",
        "Signing of the Dresden-Jinan trainer exchange",
        "meeting",
        date(2015, 11, 20),
        city="Dresden",
        office="dresden",
        orgs=("elbtal_network", "quanyuan_training"),
        projects=("trainer_exchange",),
        contacts=("sabine_gross", "huang_lei", "liu_yang"),
    ),
    _ev(
        "munich_opening",
        "Opening of the Munich-Jinan Contact Office",
        "meeting",
        date(2016, 4, 20),
        city="Munich",
        office="munich",
        contacts=("yang_li", "maximilian_strauss"),
    ),
    _ev(
        "elbflorenz_signing",
        "Signing ceremony: Elbflorenz Mikrosysteme R&D centre",
        "meeting",
        date(2016, 10, 18),
        city="Jinan",
        office="dresden",
        place="Jinan Innovation Zone",
        orgs=("elbflorenz", "quancheng"),
        projects=("elbflorenz_rd",),
        contacts=("juergen_mueller", "bjoern_schaefer", "sun_hao", "zhang_wei"),
    ),
    _ev(
        "trainer_week_2017",
        "Vocational trainer exchange week in Dresden",
        "training",
        date(2017, 4, 10),
        date(2017, 4, 21),
        city="Dresden",
        office="dresden",
        orgs=("elbtal_network", "quanyuan_training"),
        projects=("trainer_exchange",),
        contacts=("huang_lei", "sabine_gross", "katrin_weiss"),
    ),
    _ev(
        "vienna_opening",
        "Opening of the Vienna-Jinan Contact Office",
        "meeting",
        date(2017, 6, 1),
        city="Vienna",
        office="vienna",
        contacts=("wu_qiang", "johanna_wimmer"),
    ),
    _ev(
        "mainufer_visit_2018",
        "Mainufer Logistik fact-finding visit to the Jinan airport area",
        "visit",
        date(2018, 3, 12),
        date(2018, 3, 14),
        city="Jinan",
        site="Jinan Yaoqiang International Airport",
        office="frankfurt",
        orgs=("mainufer",),
        contacts=("andrea_hoffmann", "ma_chao", "chen_jie"),
    ),
    _ev(
        "donau_lab_signing",
        "Signing of the Sino-Austrian medical imaging joint lab",
        "meeting",
        date(2019, 5, 20),
        city="Vienna",
        office="vienna",
        orgs=("donau_med", "quanhe_medical"),
        projects=("donau_lab",),
        contacts=("elisabeth_gruber", "lukas_pichler", "liang_xiaoyu", "wu_qiang"),
    ),
    _ev(
        "photo_exhibition_opening",
        "Opening of the 'City of Springs' photo exhibition",
        "cultural_event",
        date(2019, 6, 1),
        city="Munich",
        office="munich",
        projects=("photo_exhibition",),
        contacts=("yang_li", "maximilian_strauss"),
    ),
    _ev(
        "paris_opening",
        "Opening of the Paris-Jinan Contact Office",
        "meeting",
        date(2019, 11, 5),
        city="Paris",
        office="paris",
        contacts=("zheng_wen", "helene_moreau"),
    ),
    _ev(
        "navigli_call_2020",
        "Video call with Navigli Automazione on a second Jinan line",
        "call",
        date(2020, 7, 8),
        city=None,
        office="jinan",
        orgs=("navigli",),
        projects=("navigli_expansion",),
        contacts=("giulia_rossi", "marco_bianchi", "li_na"),
        notes="Held online during the pandemic, before the Milan office opened.",
    ),
    _ev(
        "navigli_signing",
        "Online signing: Navigli Automazione line expansion",
        "meeting",
        date(2021, 3, 18),
        city=None,
        office="jinan",
        place="Online",
        orgs=("navigli",),
        projects=("navigli_expansion",),
        contacts=("giulia_rossi", "marco_bianchi", "wang_fang"),
    ),
    _ev(
        "milan_opening",
        "Opening of the Milan-Jinan Contact Office",
        "meeting",
        date(2021, 4, 12),
        city="Milan",
        office="milan",
        contacts=("xu_ming", "francesca_ricci"),
    ),
    _ev(
        "hannover_messe_2023",
        "Network visit to Hannover Messe 2023",
        "visit",
        date(2023, 4, 17),
        date(2023, 4, 21),
        city="Hannover",
        site="Hannover Exhibition Grounds",
        office="frankfurt",
        orgs=("isartal",),
        contacts=("ma_chao", "stefan_koehler", "florian_huber"),
    ),
    _ev(
        "elbtal_evening_2023",
        "Elbtal Innovation Network members' evening",
        "meeting",
        date(2023, 9, 27),
        city="Dresden",
        office="dresden",
        orgs=("elbtal_network",),
        contacts=("sabine_gross", "katrin_weiss", "bjoern_schaefer"),
    ),
    _ev(
        "budapest_premises_call",
        "Call on premises for a Budapest office",
        "call",
        date(2024, 4, 16),
        city=None,
        office="budapest",
        contacts=("he_jing", "szabo_gabor"),
    ),
    _ev(
        "duna_site_visit",
        "Duna Battery site visit to Jinan",
        "visit",
        date(2024, 6, 3),
        date(2024, 6, 6),
        city="Jinan",
        office="budapest",
        orgs=("duna_battery",),
        projects=("duna_cathode",),
        contacts=("nagy_peter", "kovacs_eszter", "chen_jie"),
    ),
    _ev(
        "mainufer_signing",
        "Signing: Mainufer Logistik cross-border e-commerce hub",
        "meeting",
        date(2024, 9, 12),
        city="Frankfurt am Main",
        office="frankfurt",
        orgs=("mainufer", "quancheng_logistics"),
        projects=("mainufer_hub",),
        contacts=("andrea_hoffmann", "thomas_becker", "guo_hui", "ma_chao", "wang_fang"),
    ),
    _ev(
        "seine_first_meeting",
        "First meeting with Seine Aéro Composants",
        "meeting",
        date(2024, 11, 21),
        city="Paris",
        office="paris",
        orgs=("seine_aero",),
        projects=("seine_composites",),
        contacts=("camille_dubois", "etienne_lefevre", "zheng_wen"),
    ),
    _ev(
        "isartal_talks_2025",
        "Isartal Robotik negotiation round in Jinan",
        "visit",
        date(2025, 3, 24),
        date(2025, 3, 28),
        city="Jinan",
        office="munich",
        orgs=("isartal", "quancheng"),
        projects=("isartal_plant",),
        contacts=("florian_huber", "lena_bauer", "yang_li", "sun_hao"),
        tags=(AUTOMOTIVE_TAG,),
    ),
    _ev(
        "hydrogen_scoping_call",
        "Scoping call: hydrogen fuel-cell test lab",
        "call",
        date(2025, 10, 14),
        city=None,
        office="vienna",
        orgs=("quanyuan_hydrogen",),
        projects=("hydrogen_lab",),
        contacts=("wu_qiang", "johanna_wimmer", "lin_tao"),
    ),
    _ev(
        "network_planning_2026",
        "Annual planning meeting of the office network (online)",
        "call",
        date(2026, 1, 15),
        city=None,
        office="jinan",
        contacts=(
            "wang_fang",
            "li_na",
            "chen_jie",
            "zhang_wei",
            "ma_chao",
            "yang_li",
            "wu_qiang",
            "zheng_wen",
            "xu_ming",
            "he_jing",
        ),
    ),
    _ev(
        "quancheng_budapest_signing",
        "Signing: Quancheng Smart Equipment service centre in Budapest",
        "meeting",
        date(2026, 2, 24),
        city="Budapest",
        office="jinan",
        orgs=("quancheng",),
        projects=("quancheng_budapest",),
        contacts=("sun_hao", "zhou_jing", "he_jing", "szabo_gabor"),
    ),
    _ev(
        "hannover_messe_2026",
        "Jinan SME delegation at Hannover Messe 2026",
        "delegation",
        date(2026, 4, 20),
        date(2026, 4, 24),
        city="Hannover",
        site="Hannover Exhibition Grounds",
        office="frankfurt",
        orgs=("quancheng",),
        contacts=("ma_chao", "stefan_koehler", "chen_jie", "zhou_jing"),
        tags=_D26,
    ),
    _ev(
        "delegation_2026",
        "Jinan Innovation Zone delegation 2026: Dresden, Munich, Vienna",
        "delegation",
        date(2026, 5, 11),
        date(2026, 5, 15),
        city="Dresden",
        office="dresden",
        orgs=("elbflorenz", "isartal", "donau_med"),
        projects=("isartal_plant", "hydrogen_lab"),
        contacts=(
            "wang_fang",
            "li_na",
            "zhang_wei",
            "yang_li",
            "wu_qiang",
            "juergen_mueller",
            "florian_huber",
            "elisabeth_gruber",
        ),
        tags=_D26,
        notes="Starts in Dresden; Munich on 13 May, Vienna on 14-15 May.",
    ),
    _ev(
        "navigli_followup_2026",
        "Follow-up call: Navigli Automazione expansion on hold",
        "call",
        date(2026, 6, 9),
        city=None,
        office="milan",
        orgs=("navigli",),
        projects=("navigli_expansion",),
        contacts=("marco_bianchi", "xu_ming"),
    ),
    _ev(
        "isartal_term_sheet",
        "Isartal Robotik term-sheet meeting in Munich",
        "meeting",
        date(2026, 12, 8),
        city="Munich",
        office="munich",
        orgs=("isartal", "quancheng"),
        projects=("isartal_plant",),
        contacts=("florian_huber", "lena_bauer", "yang_li"),
        tags=(AUTOMOTIVE_TAG,),
    ),
    _ev(
        "seine_visit_2026",
        "Seine Aéro Composants visit to the Jinan airport area",
        "visit",
        date(2026, 9, 22),
        date(2026, 9, 24),
        city="Jinan",
        site="Jinan Yaoqiang International Airport",
        office="paris",
        orgs=("seine_aero",),
        projects=("seine_composites",),
        contacts=("camille_dubois", "zheng_wen"),
    ),
    _ev(
        "budapest_opening",
        "Opening of the Budapest-Jinan Contact Office",
        "meeting",
        date(2027, 3, 16),
        city="Budapest",
        office="budapest",
        contacts=("he_jing", "szabo_gabor", "nagy_peter"),
    ),
    _ev(
        "network_planning_2027",
        "Annual planning meeting of the office network (online)",
        "call",
        date(2027, 1, 14),
        city=None,
        office="jinan",
        contacts=(
            "wang_fang",
            "li_na",
            "zhang_wei",
            "ma_chao",
            "yang_li",
            "wu_qiang",
            "zheng_wen",
            "xu_ming",
            "he_jing",
        ),
    ),
    _ev(
        "lean_training_2027",
        "Lean production training week for Jinan SME managers",
        "training",
        date(2027, 3, 8),
        date(2027, 3, 12),
        city="Frankfurt am Main",
        office="frankfurt",
        orgs=("quanyuan_training",),
        contacts=("stefan_koehler", "huang_lei"),
    ),
    _ev(
        "milan_matchmaking_2027",
        "Sino-European SME matchmaking day in Milan",
        "conference",
        date(2027, 5, 19),
        city="Milan",
        office="milan",
        orgs=("navigli", "quancheng"),
        projects=("design_showcase",),
        contacts=("xu_ming", "francesca_ricci", "giulia_rossi"),
    ),
]
