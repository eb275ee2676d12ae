"""Contact lists as they arrive, written for real by the import tests.

Each builder writes one file in one layout (Outlook's CSV export in English and in
German Excel's flavour, Google Contacts' old and new CSV, a GB18030 Chinese list, a
UTF-8 file with a byte-order mark and line breaks inside cells, an Excel workbook,
vCards 2.1, 3.0 and 4.0 as Outlook, macOS and phones write them) from the people in
:data:`PEOPLE`, so a test can compare what was imported with what was written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    native: str = ""
    organization: str = ""
    position: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    city: str = ""
    country: str = ""  # as written in the file
    country_code: str = ""  # what it must become
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)


PEOPLE: list[Person] = [
    Person(
        "Jürgen",
        "Müller",
        organization="Bäckerei Groß GmbH",
        position="Geschäftsführer",
        emails=("j.mueller@baeckerei-gross.example", "juergen@home.example"),
        phones=("+49 351 1234567", "+49 170 7654321"),
        city="Dresden",
        country="Deutschland",
        country_code="DE",
        notes="Met at Hannover Messe",
    ),
    Person(
        "Özlem",
        "Schäfer",
        organization="Straßenbau AG",
        position="Leiterin Einkauf",
        emails=("oe.schaefer@strassenbau.example",),
        phones=("+49 89 555 0101",),
        city="München",
        country="Germany",
        country_code="DE",
    ),
    Person(
        "Wei",
        "Zhang",
        native="张伟",
        organization="Shandong Heavy Industry Co., Ltd.",
        position="General Manager",
        emails=("zhang.wei@sdhi.example",),
        phones=("+86 531 8888 1234",),
        city="Jinan",
        country="China",
        country_code="CN",
        notes="Prefers WeChat",
    ),
    Person(
        "Fang",
        "Wang",
        native="王芳",
        organization="Qingdao Port Group",
        position="Director",
        emails=("wang.fang@qdport.example",),
        phones=("+86 532 6666 0000",),
        city="Qingdao",
        country="CN",
        country_code="CN",
    ),
]

#: Chinese contacts for the GB18030 file: (姓名, 邮箱, 电话, 公司, 职位, 城市, 国家).
CHINESE_ROWS: list[tuple[str, ...]] = [
    ("张伟", "zhangwei@jinan.example", "0531-88881234", "山东重工集团", "总经理", "济南", "中国"),
    (
        "李娜",
        "lina@qingdao.example",
        "0532-66660000",
        "青岛啤酒股份有限公司",
        "经理",
        "青岛",
        "中国",
    ),
    ("欧阳娜娜", "ouyang@yantai.example", "0535-12345678", "烟台万华", "主任", "烟台", "中国"),
    ("王芳", "wangfang@weifang.example", "0536-1111222", "潍柴动力", "工程师", "潍坊", "德国"),
]


def _csv_text(header: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


OUTLOOK_HEADER = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home City",
    "Business Fax",
    "Business Phone",
    "Home Phone",
    "Mobile Phone",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "E-mail 2 Type",
    "Notes",
    "Web Page",
]


def outlook_csv(path: Path, people: list[Person] = PEOPLE) -> Path:
    """Outlook's "Export to a file > Comma Separated Values" (English, Windows-1252)."""
    rows = []
    for p in people:
        values = dict.fromkeys(OUTLOOK_HEADER, "")
        values.update(
            {
                "Title": "Dr." if p.family == "Müller" else "",
                "First Name": p.given,
                "Last Name": p.family,
                "Company": p.organization,
                "Job Title": p.position,
                "Business City": p.city,
                "Business Country/Region": p.country,
                "Business Phone": p.phones[0] if p.phones else "",
                "Mobile Phone": p.phones[1] if len(p.phones) > 1 else "",
                "E-mail Address": p.emails[0] if p.emails else "",
                "E-mail Type": "SMTP",
                "E-mail Display Name": f"{p.given} {p.family} ({p.emails[0]})" if p.emails else "",
                "E-mail 2 Address": p.emails[1] if len(p.emails) > 1 else "",
                "Notes": p.notes,
                "Business Fax": "+49 351 999",
            }
        )
        rows.append([values[h] for h in OUTLOOK_HEADER])
    path.write_bytes(_csv_text(OUTLOOK_HEADER, rows).encode("cp1252"))
    return path


OUTLOOK_GERMAN_HEADER = [
    "Anrede",
    "Vorname",
    "Weitere Vornamen",
    "Nachname",
    "Suffix",
    "Firma",
    "Abteilung",
    "Position",
    "Straße geschäftlich",
    "Ort geschäftlich",
    "Region geschäftlich",
    "Postleitzahl geschäftlich",
    "Land/Region geschäftlich",
    "Fax geschäftlich",
    "Telefon geschäftlich",
    "Mobiltelefon",
    "E-Mail-Adresse",
    "E-Mail-Typ",
    "E-Mail: Angezeigter Name",
    "E-Mail 2: Adresse",
    "Notizen",
]


def outlook_german_csv(path: Path, people: list[Person] = PEOPLE[:2]) -> Path:
    """German Outlook exported and re-saved by German Excel: semicolons, Windows-1252."""
    rows = []
    for p in people:
        values = dict.fromkeys(OUTLOOK_GERMAN_HEADER, "")
        values.update(
            {
                "Anrede": "Herr" if p.family == "Müller" else "Frau",
                "Vorname": p.given,
                "Nachname": p.family,
                "Firma": p.organization,
                "Position": p.position,
                "Straße geschäftlich": "Königstraße 1",
                "Ort geschäftlich": p.city,
                "Land/Region geschäftlich": p.country,
                "Telefon geschäftlich": p.phones[0] if p.phones else "",
                "Mobiltelefon": p.phones[1] if len(p.phones) > 1 else "",
                "E-Mail-Adresse": p.emails[0] if p.emails else "",
                "E-Mail-Typ": "SMTP",
                "E-Mail 2: Adresse": p.emails[1] if len(p.emails) > 1 else "",
                "Notizen": p.notes,
            }
        )
        rows.append([values[h] for h in OUTLOOK_GERMAN_HEADER])
    path.write_bytes(_csv_text(OUTLOOK_GERMAN_HEADER, rows, ";").encode("cp1252"))
    return path


CHINESE_HEADER = ["姓名", "邮箱", "电话", "公司", "职位", "城市", "国家"]


def chinese_gb18030_csv(path: Path, rows: list[tuple[str, ...]] = CHINESE_ROWS) -> Path:
    """A Chinese contact list saved by a Chinese Excel: GB18030, semicolons."""
    path.write_bytes(_csv_text(CHINESE_HEADER, [list(r) for r in rows], ";").encode("gb18030"))
    return path


GOOGLE_OLD_HEADER = [
    "Name",
    "Given Name",
    "Additional Name",
    "Family Name",
    "Yomi Name",
    "Name Prefix",
    "Nickname",
    "Birthday",
    "Notes",
    "Group Membership",
    "E-mail 1 - Type",
    "E-mail 1 - Value",
    "E-mail 2 - Type",
    "E-mail 2 - Value",
    "Phone 1 - Type",
    "Phone 1 - Value",
    "Address 1 - Type",
    "Address 1 - Formatted",
    "Address 1 - City",
    "Address 1 - Country",
    "Organization 1 - Type",
    "Organization 1 - Name",
    "Organization 1 - Title",
    "Website 1 - Type",
    "Website 1 - Value",
]
GOOGLE_NEW_HEADER = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Name Prefix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Address 1 - Label",
    "Address 1 - City",
    "Address 1 - Country",
]


def google_csv(path: Path, new_layout: bool, people: list[Person] = PEOPLE) -> Path:
    """Google Contacts' "Google CSV" export, before 2023 or since; a second e-mail goes in
    the first e-mail cell after " ::: " as Google writes it."""
    header = GOOGLE_NEW_HEADER if new_layout else GOOGLE_OLD_HEADER
    rows = []
    for p in people:
        mails = " ::: ".join(p.emails)
        if new_layout:
            values = {
                "First Name": p.given,
                "Last Name": p.family,
                "Organization Name": p.organization,
                "Organization Title": p.position,
                "Notes": p.notes,
                "Labels": "* myContacts",
                "E-mail 1 - Label": "* Work",
                "E-mail 1 - Value": mails,
                "Phone 1 - Label": "Mobile",
                "Phone 1 - Value": " ::: ".join(p.phones),
                "Address 1 - City": p.city,
                "Address 1 - Country": p.country,
            }
        else:
            values = {
                "Name": f"{p.given} {p.family}",
                "Given Name": p.given,
                "Family Name": p.family,
                "Notes": p.notes,
                "Group Membership": "* myContacts",
                "E-mail 1 - Type": "* Work",
                "E-mail 1 - Value": mails,
                "Phone 1 - Type": "Mobile",
                "Phone 1 - Value": " ::: ".join(p.phones),
                "Address 1 - City": p.city,
                "Address 1 - Country": p.country,
                "Organization 1 - Name": p.organization,
                "Organization 1 - Title": p.position,
            }
        rows.append([values.get(h, "") for h in header])
    path.write_text(_csv_text(header, rows), encoding="utf-8", newline="")
    return path


def bom_csv_with_line_breaks(path: Path) -> Path:
    """Excel's "CSV UTF-8": a byte-order mark, and notes with line breaks inside quotes
    (rows after them must keep their real line numbers)."""
    header = ["Full Name", "Email", "Company", "Notes", "City"]
    rows = [
        [
            "Anna Köhler",
            "anna@koehler.example",
            "Köhler Optik",
            "first line\nsecond line\nthird line",
            "Jena",
        ],
        ["Zhang Wei", "zw@example.cn", "浪潮集团", "", "Jinan"],
        ["Müller, Björn", "bjoern@example.de", "", 'said:\n"quotes" and; separators', ""],
        ["李娜", "lina2@example.cn", "", "", "青岛"],
    ]
    path.write_bytes(_csv_text(header, rows).encode("utf-8-sig"))
    return path


def xlsx_workbook(path: Path, people: list[Person] = PEOPLE) -> Path:
    """An Excel workbook as a user makes one: a title row is not there, numbers and dates
    are real cells, a formula-looking text stays text."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        [
            "Vorname",
            "Nachname",
            "Firma",
            "E-Mail",
            "Telefon",
            "Stadt",
            "Land",
            "Letzter Kontakt",
            "Bemerkung",
        ]
    )
    for number, p in enumerate(people):
        phone = int(p.phones[0].replace(" ", "").replace("+", "")) if p.phones else None
        sheet.append(
            [
                p.given,
                p.family,
                p.organization,
                p.emails[0],
                phone,
                p.city,
                p.country,
                date(2024, 3, number + 1),
                None,
            ]
        )
    cell = sheet.cell(row=2, column=9, value='=HYPERLINK("http://evil.example")')
    cell.data_type = "s"
    book.save(path)
    return path


VCARD_MACOS = """BEGIN:VCARD\r
VERSION:3.0\r
PRODID:-//Apple Inc.//macOS 14.4//EN\r
N:Müller;Jürgen;;Dr.;\r
FN:Dr. Jürgen Müller\r
ORG:Bäckerei Groß GmbH;Vertrieb\r
TITLE:Geschäftsführer\r
EMAIL;type=INTERNET;type=WORK;type=pref:j.mueller@baeckerei-gross.example\r
item1.EMAIL;type=INTERNET:juergen@home.example\r
item1.X-ABLabel:_$!<Other>!$_\r
item2.EMAIL;type=INTERNET:jm@third.example\r
TEL;type=CELL;type=VOICE;type=pref:+49 170 7654321\r
TEL;type=WORK;type=VOICE:+49 351 1234567\r
item3.ADR;type=WORK;type=pref:;;Hauptstraße 1;Dresden;;01067;Deutschland\r
item3.X-ABADR:de\r
NOTE:Met at Hannover Messe\\, booth 12\\nsecond line of a long note that macOS folds\r
  over two lines\r
IMPP;X-SERVICE-TYPE=WeChat;type=pref:x-apple:jm_wechat\r
X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/jmueller\r
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBA\r
 QEBQgFBQUFBQgGBgQECAwKDAwMDAsLDQ4SEA0OEQ4LCxAWEBETFBUVFQwPFxgWFBgSFBUU/9k=\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
N:Zhang;Wei;;;\r
FN:Wei Zhang\r
ORG:Shandong Heavy Industry Co., Ltd.\r
TITLE:General Manager\r
EMAIL;type=INTERNET;type=WORK:zhang.wei@sdhi.example\r
TEL;type=WORK:+86 531 8888 1234\r
END:VCARD\r
"""

VCARD_4 = """BEGIN:VCARD
VERSION:4.0
FN:王芳
N:王;芳;;;
ORG:青岛港集团
TITLE:主任
EMAIL;TYPE=work;PREF=1:wang.fang@qdport.example
EMAIL;TYPE=home:wangfang@home.example
TEL;VALUE=uri;TYPE="voice,cell":tel:+86-532-6666-0000
ADR;TYPE=work:;;港口路1号;青岛;山东;266000;中国
LANG;PREF=1:zh
LANG;PREF=2:en
END:VCARD
"""

VCARD_OUTLOOK_21 = """BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=de;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Sch=C3=A4fer;=C3=96zlem
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96zlem Sch=C3=A4fer
ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Stra=DFenbau AG
TITLE:Leiterin Einkauf, Region Süd
TEL;WORK;VOICE:+49 89 555 0101
EMAIL;PREF;INTERNET:oe.schaefer@strassenbau.example
NOTE;ENCODING=QUOTED-PRINTABLE:Erste Zeile=0D=0AZweite Zeile, sehr lang, so dass Outlook sie =
umbricht
ADR;WORK;PREF;ENCODING=QUOTED-PRINTABLE:;;Leopoldstra=DFe 1;M=FCnchen;;80802;Deutschland
END:VCARD
"""


def vcard_file(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path
