"""Make names match across scripts and spellings: 张伟 = Zhang Wei = Wei Zhang,
Müller = Mueller = Muller, Straße = Strasse.

Used by the full-text index (so one search finds every form) and by duplicate
detection (so two spellings of one person are recognised).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: CJK ideographs (basic block, extension A, compatibility) and kana/hangul, which
#: FTS5's unicode61 tokenizer would otherwise keep in one long token per run.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS"}
)
_WORD = re.compile(r"\w+", re.UNICODE)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def spaced_cjk(text: str) -> str:
    """Put spaces around each CJK character so each becomes one search token."""
    return _CJK.sub(lambda m: f" {m.group(0)} ", text)


@lru_cache(maxsize=4096)
def pinyin(text: str) -> str:
    """Tone-less pinyin of the Han characters in ``text``, one syllable per word."""
    # Imported on first use: its phrase dictionary takes a noticeable part of start-up.
    from pypinyin import Style, lazy_pinyin

    return " ".join(
        syllable for run in _HAN.findall(text) for syllable in lazy_pinyin(run, style=Style.NORMAL)
    )


def german_transliteration(text: str) -> str:
    """ä→ae, ö→oe, ü→ue, ß→ss (the spelling used where umlauts cannot be typed)."""
    return text.translate(_GERMAN)


def strip_accents(text: str) -> str:
    """Müller→Muller, Zoë→Zoe (diacritics removed; ß kept)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def searchable_text(text: str) -> str:
    """``text`` plus the other spellings a user might type, ready for the FTS index.

    CJK characters are spaced out and followed by their pinyin, both syllable by
    syllable and run together ("张伟" → "张 伟 zhang wei zhangwei"); words with
    umlauts or ß are followed by their transliteration ("Müller Mueller").
    """
    if not text:
        return ""
    parts = [spaced_cjk(text) if has_cjk(text) else text]
    transliterated = german_transliteration(text)
    if transliterated != text:
        extra = [w for w in _WORD.findall(transliterated) if w not in text]
        parts.append(" ".join(extra))
    for run in _HAN.findall(text):
        syllables = pinyin(run)
        parts.append(syllables)
        if " " in syllables:
            parts.append(syllables.replace(" ", ""))
    return " ".join(p for p in parts if p)


def name_key(text: str) -> str:
    """A spelling-independent key for comparing names (duplicate detection).

    Lower case, German transliteration, accents stripped, Han characters as pinyin,
    words sorted so that "Wei Zhang" and "Zhang Wei" (and 张伟) give the same key.
    """
    with_pinyin = _HAN.sub(lambda m: " " + pinyin(m.group(0)) + " ", text)
    folded = strip_accents(german_transliteration(with_pinyin)).casefold()
    return " ".join(sorted(_WORD.findall(folded)))
