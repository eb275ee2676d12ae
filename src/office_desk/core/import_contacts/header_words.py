"""The words people put in column headers, in English, German and Chinese, and the
field each one means: used to guess the mapping of a file in no known layout.

A header is compared folded (any case, ä = ae, accents and punctuation ignored, so
"E-Mail-Adresse" is "emailadresse"): first whole, then without its digits ("E-mail 2"),
then word by word ("Business City" → city), never when a word says the column is about
something else ("E-mail Type", "Business Fax").
"""

from __future__ import annotations

import re

from ..name_folding import german_transliteration, strip_accents


def normalised(text: str) -> str:
    """A header or field name as compared: lower case, umlauts and accents folded,
    only letters and digits (CJK kept)."""
    folded = strip_accents(german_transliteration(text)).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def _table(**fields: str) -> dict[str, str]:
    """field=space-separated synonyms → {normalised synonym: field}."""
    return {normalised(word): key for key, words in fields.items() for word in words.split()}


_CONTACT_WORDS = _table(
    full_name="name fullname full_name displayname display_name contact contactname person "
    "kontakt kontaktname vollername vollstaendigername anzeigename namevorname "
    "姓名 名字 全名 联系人 英文名 英文姓名 联系人姓名",
    given_name="firstname first_name givenname given_name forename prename vorname rufname "
    "名 名字拼音",
    family_name="lastname last_name familyname family_name surname nachname familienname "
    "zuname 姓 姓氏",
    name_native="nativename native_name chinesename 中文名 中文姓名 中文名字 originalname "
    "namenative",
    family_name_first="familynamefirst family_name_first",
    # "Title" is Outlook's and most lists' Dr./Prof.; the job is "Job Title" (职务/职位
    # are the job, 头衔/职称 the title or rank: 教授, 高级工程师).
    title="title titel nameprefix name_prefix honorificprefix academictitle "
    "akademischertitel akademischergrad doktortitel 头衔 职称 学衔",
    position="position jobtitle job_title role function funktion stellung "
    "berufsbezeichnung occupation jobposition positionjobtitle 职位 职务 岗位",
    organization="organization organisation company companyname employer firm firma "
    "firmenname unternehmen institution arbeitgeber organizationname 公司 单位 "
    "机构 公司名称 工作单位 企业 企业名称 单位名称",
    office="office contactoffice 办事处 代表处 联络处",
    city="city town ort stadt wohnort 城市 所在城市 市",
    country="country land countryregion staat nation 国家 国家地区 国别",
    emails="email e_mail mail emailaddress emailadresse mailaddress emails 邮箱 电子邮件 "
    "电子邮箱 邮件 邮箱地址",
    phones="phone telephone tel mobile mobilephone cell cellphone handy mobil mobiltelefon "
    "telefon telefonnummer phonenumber phones 电话 手机 手机号 手机号码 联系电话 "
    "座机 电话号码",
    messaging="messaging messenger im wechat weixin skype whatsapp telegram qq linkedin "
    "signal 微信 微信号",
    languages="language languages sprache sprachen 语言",
    notes="notes note comment comments remarks remark bemerkung bemerkungen notiz notizen "
    "anmerkung anmerkungen kommentar 备注 说明 附注",
    last_contacted_on="lastcontacted last_contacted lastcontact letzterkontakt "
    "zuletztkontaktiert 最后联系 最近联系",
    legal_basis="legalbasis legal_basis rechtsgrundlage",
    legal_basis_note="legalbasisnote legal_basis_note",
    tags="tags tag categories category kategorien kategorie schlagwoerter schlagworte "
    "stichwoerter stichworte 标签 分类",
)
_ORGANIZATION_WORDS = _table(
    name="name company companyname organization organisation organizationname firma "
    "firmenname unternehmen institution 名称 公司 公司名称 单位 单位名称 机构 "
    "机构名称 企业 企业名称",
    name_native="nativename native_name chinesename 中文名 中文名称",
    kind="kind type category art typ kategorie 类型 类别",
    sector="sector industry branche sektor wirtschaftszweig 行业 领域 产业",
    city="city town ort stadt sitz 城市 所在城市 市",
    country="country land countryregion staat 国家 国家地区 国别",
    latitude="latitude lat breitengrad breite 纬度",
    longitude="longitude lon lng long laengengrad laenge 经度",
    website="website web webpage url homepage internet webseite internetseite 网站 网址 主页",
    office="office contactoffice 办事处 代表处 联络处",
    notes="notes note comment comments remarks bemerkung bemerkungen notiz notizen "
    "anmerkung kommentar 备注 说明",
    tags="tags tag categories kategorien schlagwoerter schlagworte stichwoerter stichworte 标签",
)
WORDS: dict[str, dict[str, str]] = {
    "contacts": _CONTACT_WORDS,
    "organizations": _ORGANIZATION_WORDS,
}

#: Words inside a longer header ("Business City", "Telefon geschäftlich").
_CONTACT_PARTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"email", "mail", "邮箱", "邮件"}), "emails"),
    (
        frozenset(
            {
                "phone",
                "telephone",
                "tel",
                "mobile",
                "cell",
                "telefon",
                "handy",
                "mobiltelefon",
                "电话",
                "手机",
            }
        ),
        "phones",
    ),
    (frozenset({"wechat", "skype", "whatsapp", "telegram", "linkedin", "微信"}), "messaging"),
    (frozenset({"city", "town", "ort", "stadt", "城市"}), "city"),
    (frozenset({"country", "land", "国家"}), "country"),
    (
        frozenset({"company", "organization", "organisation", "firma", "公司", "单位"}),
        "organization",
    ),
    (frozenset({"notes", "note", "notizen", "备注"}), "notes"),
)
_ORGANIZATION_PARTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"website", "web", "homepage", "url", "网站"}), "website"),
    (frozenset({"city", "town", "ort", "stadt", "城市"}), "city"),
    (frozenset({"country", "land", "国家"}), "country"),
    (frozenset({"industry", "sector", "branche", "行业"}), "sector"),
    (frozenset({"notes", "note", "notizen", "备注"}), "notes"),
)
PARTS = {"contacts": _CONTACT_PARTS, "organizations": _ORGANIZATION_PARTS}
#: Words that say a column is about something else than the field its other words name.
_NOT_THIS = frozenset(
    {
        "fax",
        "type",
        "typ",
        "label",
        "display",
        "angezeigter",
        "pager",
        "yomi",
        "phonetic",
        "street",
        "strasse",
        "postal",
        "postleitzahl",
        "zip",
        "region",
        "state",
        "po",
        "box",
        "assistant",
        "assistent",
        "manager",
        "spouse",
        "children",
        "formatted",
        "service",
        "id",
        "department",
        "abteilung",
        "description",
        "symbol",
        "location",
        "prefix",
        "suffix",
    }
)
_WORD = re.compile(r"[a-z]+|[\u3400-\u9fff]+")


def _words(header: str) -> list[str]:
    folded = strip_accents(german_transliteration(header)).casefold()
    folded = folded.replace("e-mail", "email").replace("e mail", "email")
    return _WORD.findall(folded)


def guess_field(header: str, target: str) -> str | None:
    """The field ``header`` most likely means for ``target``, or None."""
    words = WORDS[target]
    folded = normalised(header)
    key = words.get(folded) or words.get(re.sub(r"\d+", "", folded))
    if key:
        return key
    parts = _words(header)
    if not parts or _NOT_THIS.intersection(parts):
        return None
    for found, field in PARTS[target]:
        if found.intersection(parts):
            return field
    for found, field in PARTS[target]:  # CJK headers are one run: look inside it
        if any(word in part for part in parts for word in found if not word.isascii()):
            return field
    return None


#: What a user may type after ``--map Header=`` besides a field's key or label.
FIELD_ALIASES: dict[str, dict[str, str]] = {
    "contacts": {
        **_CONTACT_WORDS,
        "name": "full_name",
        "fullname": "full_name",
        "email": "emails",
        "phone": "phones",
        "native": "name_native",
        "given": "given_name",
        "family": "family_name",
        "first": "given_name",
        "last": "family_name",
        "org": "organization",
        "company": "organization",
    },
    "organizations": {**_ORGANIZATION_WORDS, "native": "name_native"},
}
