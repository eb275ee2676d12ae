"""Split a name that arrives in one cell into the parts Office Desk keeps.

* Han script ("张伟") is the native form; the family name comes first.
* The forms Office Desk itself writes, "Wei Zhang (张伟)" / "Zhang Wei (张伟)", give both;
  the pinyin of the native form's first character says which Latin word is the family
  name, and so in which order the Latin name is written.
* "Müller, Anna" is family, given; "ZHANG Wei" (a word in capitals) marks the family name.
* "Zhang Wei" and "Wei Zhang": a best effort from how common each word is as a Chinese
  family name in pinyin (Zhang is far more common than Wei, so "Zhang Wei" is family
  first and "Wei Zhang" given first); otherwise the last word is the family name, with
  particles such as "von", "van", "de" kept with it ("Ludwig van Beethoven").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..name_folding import has_cjk

#: Common Chinese family names in pinyin, most common first (the order is the ranking).
PINYIN_SURNAMES: tuple[str, ...] = (
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "guo",
    "he",
    "gao",
    "lin",
    "luo",
    "zheng",
    "liang",
    "xie",
    "song",
    "tang",
    "han",
    "feng",
    "deng",
    "cao",
    "peng",
    "zeng",
    "xiao",
    "tian",
    "dong",
    "yuan",
    "pan",
    "yu",
    "jiang",
    "cai",
    "du",
    "ye",
    "cheng",
    "su",
    "wei",
    "lu",
    "lv",
    "ding",
    "ren",
    "shen",
    "yao",
    "jin",
    "fu",
    "fan",
    "fang",
    "bai",
    "cui",
    "kang",
    "mao",
    "qiu",
    "qin",
    "shi",
    "gu",
    "hou",
    "shao",
    "meng",
    "long",
    "wan",
    "duan",
    "lei",
    "qian",
    "yin",
    "yi",
    "chang",
    "wen",
    "hao",
    "kong",
    "xing",
    "zou",
    "xiong",
    "tan",
    "qi",
    "niu",
    "bao",
    "ouyang",
    "sima",
    "zhuge",
    "shangguan",
    "situ",
    "dongfang",
    "murong",
    "huangfu",
)
_RANK = {name: rank for rank, name in enumerate(PINYIN_SURNAMES)}
_PARTICLES = frozenset(
    {
        "von",
        "van",
        "de",
        "der",
        "den",
        "zu",
        "di",
        "da",
        "du",
        "le",
        "la",
        "del",
        "della",
        "dos",
        "das",
        "ter",
        "ten",
        "vom",
        "zum",
        "zur",
        "af",
    }
)
_NATIVE_IN_BRACKETS = re.compile(r"^(?P<latin>.*?)\s*[(（](?P<native>[^()（）]+)[)）]\s*$")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af·・]+")


@dataclass(frozen=True, slots=True)
class SplitName:
    given: str
    family: str
    native: str
    family_first: bool


def native_part(text: str) -> str:
    """The CJK characters of ``text`` (the native form of a name), spaces removed."""
    return "".join(_HAN_RUN.findall(text))


def split_full_name(text: str) -> SplitName:
    """The parts of a full name written in one cell (see the module's rules)."""
    text = " ".join(text.split())
    if not text:
        return SplitName("", "", "", False)
    native = ""
    bracketed = _NATIVE_IN_BRACKETS.match(text)
    if bracketed and has_cjk(bracketed.group("native")):
        native = bracketed.group("native").strip()
        text = bracketed.group("latin").strip()
    elif has_cjk(text):
        native = native_part(text)
        text = " ".join(_HAN_RUN.sub(" ", text).split())
    if not text:
        return SplitName("", "", native, bool(native))
    given, family, family_first = split_latin(text, native)
    return SplitName(given, family, native, family_first)


def _family_spellings(native: str) -> set[str]:
    """How the family name of a Han name is spelled in pinyin (one or two characters)."""
    from ..name_folding import pinyin

    return {pinyin(native[:1]).replace(" ", ""), pinyin(native[:2]).replace(" ", "")} - {""}


def split_latin(text: str, native: str = "") -> tuple[str, str, bool]:
    """(given, family, family written first) for a Latin-script name."""
    if "," in text:
        family, _, given = (p.strip() for p in text.partition(","))
        return given, family, False
    words = text.split()
    if len(words) == 1:
        return "", words[0], False
    capitals = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper() and w.isalpha()]
    if len(capitals) == 1 and len(capitals) < len(words):
        at = capitals[0]
        family = words[at].title()
        given = " ".join(w for i, w in enumerate(words) if i != at)
        return given, family, at == 0
    first, last = words[0].casefold(), words[-1].casefold()
    if native and has_cjk(native[:1]):
        family_names = _family_spellings(native)
        if first in family_names:
            return " ".join(words[1:]), words[0], True
        if last in family_names:
            return " ".join(words[:-1]), words[-1], False
    if len(words) == 2 and first in _RANK and _RANK[first] < _RANK.get(last, len(_RANK)):
        return words[1], words[0], True
    at = len(words) - 1
    while at > 1 and words[at - 1].casefold() in _PARTICLES:
        at -= 1
    return " ".join(words[:at]), " ".join(words[at:]), False


def written_family_first(full: str, given: str, family: str) -> bool | None:
    """Whether a full name written beside its parts ("Zhang Wei (张伟)" with given "Wei"
    and family "Zhang", as an Office Desk export has it) puts the family name first;
    None when it does not tell."""
    text = full.casefold()
    at_given, at_family = text.find(given.casefold()), text.find(family.casefold())
    if not given or not family or at_given < 0 or at_family < 0 or at_given == at_family:
        return None
    return at_family < at_given


def native_from_parts(given: str, family: str) -> str:
    """张 + 伟 → 张伟 (a name given in Han script in separate columns)."""
    return f"{family}{given}".replace(" ", "")


def is_native_only(text: str) -> bool:
    """True for text in CJK script only (no Latin letters)."""
    return bool(text) and has_cjk(text) and not re.search(r"[A-Za-z]", text)


# --------------------------------------------------------------------------- titles

#: Parts of academic titles, lower case without dots: "Dr.", "Prof.", "Dipl.-Ing.",
#: "Dr. rer. nat.", "Dr. h.c. mult.", "Univ.-Prof.", "Mag.", "Ing.", "Dott.", "Ir.".
_TITLE_PARTS = frozenset(
    {
        "dr",
        "prof",
        "professor",
        "dipl",
        "ing",
        "mag",
        "pd",
        "priv",
        "doz",
        "habil",
        "hc",
        "rer",
        "nat",
        "med",
        "phil",
        "jur",
        "oec",
        "pol",
        "soc",
        "dent",
        "vet",
        "theol",
        "techn",
        "sc",
        "mult",
        "eh",
        "univ",
        "apl",
        "em",
        "kfm",
        "kffr",
        "kff",
        "inf",
        "dott",
        "ssa",
        "ir",
        "drs",
        "ao",
    }
)
#: Parts of a title only inside a dotted word ("h.c.", "E.h.", "Prof.in"), never alone
#: (a lone "E." is an initial).
_ONLY_INSIDE = frozenset({"h", "c", "e", "o", "in"})
#: Titles a Chinese list writes (in a title column, or after a name in brackets).
_CJK_TITLES = frozenset(
    {"博士", "教授", "副教授", "院士", "研究员", "副研究员", "高级工程师", "工程师", "讲师", "博导"}
)
#: Forms of address: not titles, and not kept (as Outlook's "Anrede" column is not).
SALUTATIONS = frozenset(
    {
        "herr",
        "herrn",
        "frau",
        "hr",
        "fr",
        "frl",
        "fräulein",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "mister",
        "madam",
        "monsieur",
        "madame",
        "mme",
        "mlle",
        "先生",
        "女士",
        "小姐",
    }
)
_BRACKETED_END = re.compile(r"^(?P<name>.*?)\s*[(（](?P<inside>[^()（）]*)[)）]\s*$")
_LIST_SEPARATOR = re.compile(r"\s*[,，、]\s*")


def _folded(word: str) -> str:
    return word.strip(".,:;").casefold()


def is_salutation(word: str) -> bool:
    """ "Herr", "Mrs.", "先生": a form of address, not a title."""
    return _folded(word) in SALUTATIONS


def is_title_word(word: str) -> bool:
    """ "Dr.", "Prof", "Dipl.-Ing.", "h.c.", "rer.": a word of an academic title.

    Without a dot only "Dr", "Prof" and "Professor" count (any other bare word may be a
    name); a dotted word counts when each of its parts is a title part."""
    if word in _CJK_TITLES:
        return True
    if "." not in word:
        return word.casefold() in ("dr", "prof", "professor")
    parts = [p for p in re.split(r"[.\-]", word.casefold()) if p]
    if not parts:
        return False
    if len(parts) == 1:
        return parts[0] in _TITLE_PARTS
    return all(p in _TITLE_PARTS or p in _ONLY_INSIDE for p in parts)


def _is_title(text: str) -> bool:
    words = text.split()
    return bool(words) and all(is_title_word(w) for w in words)


def without_salutation(text: str) -> str:
    """A title cell without its forms of address: "Herr Dr." → "Dr.", "Mrs." → "",
    "Prof. Dr.-Ing." stays."""
    return " ".join(w for w in text.split() if not is_salutation(w))


def split_title(text: str) -> tuple[str, str]:
    """(academic title, the name without it) for a name written with its title.

    Leading forms of address are dropped and leading title words taken ("Herr Prof. Dr.
    Jürgen Müller" → "Prof. Dr.", "Jürgen Müller"); at least one word is left as the
    name. A title in brackets at the end, as Office Desk writes it after a name in its
    own script ("张伟 (Dr.)", "Zhang Wei (张伟, 教授)"), is taken too. Text with no
    title comes back whole, with an empty title."""
    words = text.split()
    title: list[str] = []
    at = 0
    while at < len(words) - 1:
        if is_salutation(words[at]):
            at += 1
        elif is_title_word(words[at]):
            title.append(words[at])
            at += 1
        else:
            break
    name = " ".join(words[at:])
    bracketed = _BRACKETED_END.match(name)
    if bracketed and bracketed.group("name"):
        inside = _LIST_SEPARATOR.split(bracketed.group("inside").strip())
        if inside and _is_title(inside[-1]):
            last = " ".join(inside.pop().split())
            if not title:
                title = [last]
            rest = ", ".join(p for p in inside if p)
            name = bracketed.group("name") + (f" ({rest})" if rest else "")
    return " ".join(title), name
