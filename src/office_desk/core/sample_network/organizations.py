"""The sample's organizations: those the press release names, and invented partners."""

from __future__ import annotations

from typing import Any

from . import AUTOMOTIVE_TAG, PRESS_RELEASE, PRESS_TAG
from .places import in_city

FACT_ORGANIZATIONS: list[dict[str, Any]] = [
    {
        "key": "jiz_admin",
        "name": "Jinan Innovation Zone Administration Committee",
        "name_native": "济南高新区管委会",
        "kind": "government",
        "sector": "Economic development zone administration",
        **in_city("Jinan"),
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
        **in_city("Beijing"),
        "website": "https://www.miit.gov.cn",
        "notes": f"{PRESS_RELEASE}: a sponsor of the Sino-German SME conference.",
    },
    {
        "key": "shandong_gov",
        "name": "Shandong Provincial Government",
        "name_native": "山东省人民政府",
        "kind": "government",
        "sector": "Provincial government",
        **in_city("Jinan"),
        "website": "https://www.shandong.gov.cn",
        "notes": f"{PRESS_RELEASE}: a sponsor of the Sino-German SME conference.",
    },
    {
        "key": "jinan_gov",
        "name": "Jinan Municipal Government",
        "name_native": "济南市人民政府",
        "kind": "government",
        "sector": "Municipal government",
        **in_city("Jinan"),
        "website": "https://www.jinan.gov.cn",
        "notes": f"{PRESS_RELEASE}: an organizer of the Sino-German SME conference.",
    },
    {
        "key": "shandong_diit",
        "name": "Department of Industry and Information Technology of Shandong Province",
        "name_native": "山东省工业和信息化厅",
        "kind": "government",
        "sector": "Provincial government",
        **in_city("Jinan"),
        "notes": f"{PRESS_RELEASE}: an organizer of the Sino-German SME conference.",
    },
    {
        "key": "festo_china",
        "name": "Festo China",
        "name_native": "费斯托（中国）有限公司",
        "kind": "company",
        "sector": "Automation technology and technical education",
        **in_city("Shanghai"),
        "notes": f"{PRESS_RELEASE}: partner of the German Practices Workshop.",
    },
    {
        "key": "yingcai",
        "name": "Shandong Yingcai University",
        "name_native": "山东英才学院",
        "kind": "university",
        "sector": "Higher education",
        **in_city("Jinan"),
        "notes": f"{PRESS_RELEASE}: partner of the German Practices Workshop.",
    },
    {
        "key": "fraunhofer",
        "name": "Fraunhofer-Gesellschaft",
        "name_native": "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e. V.",
        "kind": "research_institute",
        "sector": "Applied research",
        **in_city("Munich"),
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
        **in_city("Gerlingen"),
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
        **in_city("Wolfsburg"),
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
        **in_city("Münster"),
        "notes": f"{PRESS_RELEASE}: named among the industry leaders in the industrial parks.",
    },
    {
        "key": "bmts",
        "tags": (PRESS_TAG, AUTOMOTIVE_TAG),
        "name": "BMTS Technology",
        "name_native": "BMTS Technology GmbH & Co. KG",
        "kind": "company",
        "sector": "Automotive (turbochargers)",
        **in_city("Stuttgart"),
        "notes": f"{PRESS_RELEASE}: its production capacity expansion project is underway.",
    },
    {
        "key": "3s_smart",
        "name": "3S-Smart Software Solutions GmbH",
        "name_native": "3S-Smart Software Solutions GmbH",
        "kind": "company",
        "sector": "Industrial automation software",
        **in_city("Kempten (Allgäu)"),
        "office": "dresden",
        "notes": f"{PRESS_RELEASE}: set up an R&D centre in Jinan with the offices' help.",
    },
    {
        "key": "hoteam",
        "name": "Hoteam Software",
        "name_native": "山东山大华天软件有限公司",
        "kind": "company",
        "sector": "Industrial software (CAD/PLM)",
        **in_city("Jinan"),
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
        **in_city("Chemnitz", "TU Chemnitz campus"),
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
        **in_city("Dresden", "Dresden Kreuzkirche"),
        "office": "dresden",
        "notes": (
            f"{PRESS_RELEASE}: the world-renowned choir was invited by the Dresden and Jinan "
            "offices to stage a concert in Jinan."
        ),
    },
]

EXAMPLE_ORGANIZATIONS: list[dict[str, Any]] = [
    {
        "key": "elbflorenz",
        "name": "Elbflorenz Mikrosysteme GmbH",
        "kind": "company",
        "sector": "Microelectronics / MEMS sensors",
        **in_city("Dresden"),
        "office": "dresden",
        "notes": "Fictional sensor maker, partner of the office since 2015.",
    },
    {
        "key": "elbtal_network",
        "name": "Elbtal Innovation Network e.V.",
        "kind": "association",
        "sector": "Business association",
        **in_city("Dresden"),
        "office": "dresden",
        "notes": "Fictional regional SME association; co-runs the trainer exchange.",
    },
    {
        "key": "mainufer",
        "name": "Mainufer Logistik AG",
        "kind": "company",
        "sector": "Logistics / cross-border e-commerce",
        **in_city("Frankfurt am Main"),
        "office": "frankfurt",
        "notes": "Fictional logistics group interested in the Jinan airport area.",
    },
    {
        "key": "isartal",
        "tags": (AUTOMOTIVE_TAG,),
        "name": "Isartal Robotik GmbH",
        "kind": "company",
        "sector": "Industrial robots (welding, automotive)",
        **in_city("Munich"),
        "office": "munich",
        "notes": "Fictional robot maker; negotiating an assembly line in Jinan.",
    },
    {
        "key": "donau_med",
        "name": "Donau Medizintechnik GmbH",
        "kind": "company",
        "sector": "Medical imaging",
        **in_city("Vienna"),
        "office": "vienna",
        "notes": "Fictional medical-imaging company.",
    },
    {
        "key": "seine_aero",
        "name": "Seine Aéro Composants SAS",
        "kind": "company",
        "sector": "Aerospace composites",
        **in_city("Paris"),
        "office": "paris",
        "notes": "Fictional supplier of composite aircraft parts.",
    },
    {
        "key": "navigli",
        "name": "Navigli Automazione S.r.l.",
        "kind": "company",
        "sector": "Packaging machinery",
        **in_city("Milan"),
        "office": "milan",
        "notes": "Fictional machine builder with a small plant in Jinan.",
    },
    {
        "key": "duna_battery",
        "name": "Duna Battery Kft.",
        "name_native": "Duna Akkumulátor Kft.",
        "kind": "company",
        "sector": "Battery materials",
        **in_city("Budapest"),
        "office": "budapest",
        "notes": "Fictional battery-materials company.",
    },
    {
        "key": "quancheng",
        "name": "Quancheng Smart Equipment Co., Ltd.",
        "name_native": "泉城智能装备有限公司",
        "kind": "company",
        "sector": "Intelligent manufacturing equipment",
        **in_city("Jinan"),
        "office": "jinan",
        "notes": "Fictional Jinan equipment maker; Chinese partner in several projects.",
    },
    {
        "key": "quancheng_logistics",
        "name": "Quancheng Cross-border Logistics Co., Ltd.",
        "name_native": "泉城跨境物流有限公司",
        "kind": "company",
        "sector": "Logistics",
        **in_city("Jinan", "Jinan Yaoqiang International Airport"),
        "office": "jinan",
        "notes": "Fictional logistics company in the airport area.",
    },
    {
        "key": "quanhe_medical",
        "name": "Quanhe Medical Devices Co., Ltd.",
        "name_native": "泉禾医疗器械有限公司",
        "kind": "company",
        "sector": "Medical devices",
        **in_city("Jinan"),
        "office": "jinan",
        "notes": "Fictional medical-device maker.",
    },
    {
        "key": "quanyuan_hydrogen",
        "name": "Quanyuan Hydrogen Technology Co., Ltd.",
        "name_native": "泉源氢能科技有限公司",
        "kind": "company",
        "sector": "Hydrogen and fuel cells",
        **in_city("Jinan"),
        "office": "jinan",
        "notes": "Fictional fuel-cell start-up looking for a European lab partner.",
    },
    {
        "key": "quanyuan_training",
        "name": "Jinan Quanyuan Vocational Training Centre",
        "name_native": "济南泉源职业培训中心",
        "kind": "other",
        "sector": "Vocational training",
        **in_city("Jinan"),
        "office": "jinan",
        "notes": "Fictional training centre; runs dual-system courses with German partners.",
    },
]
