"""Translating the core's labels without importing Qt (the core must stay Qt-free).

The core keeps its user-visible labels in English and passes them through
:func:`translate` when they are read. By default that returns the English text; the
GUI, once it has loaded a translation, installs Qt's translator as the hook
(``install(QCoreApplication.translate, "de")``), so the same code gives German labels
in the GUI and English ones in the CLI and tests.

Marking strings for ``pyside6-lupdate``:

* a label written where it is shown: ``translate("Context", "Text")``;
* a label kept in a module-level constant and shown later: wrap the literal in
  ``QT_TRANSLATE_NOOP("Context", "Text")`` (returns the text unchanged; lupdate
  extracts it) and call ``translate("Context", value)`` with the SAME context where
  the value is displayed.

Both arguments must be plain string literals for lupdate to find them. Stored values
(database columns, setting keys) are never translated, only what a user reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Hook = Callable[[str, str], str]

_hook: Hook | None = None
_language = ""


def translate(context: str, text: str) -> str:
    """``text`` (English source) in the current language, found under ``context``;
    ``text`` itself when no translation is installed or none is known for it."""
    if _hook is None or not text:
        return text
    return _hook(context, text)


def translate_count(context: str, one: str, many: str, count: int, **values: object) -> str:
    """A whole sentence for ``count`` things, in the current language: ``one`` (the
    English source for exactly one) or ``many`` (for every other number), each a
    complete sentence with ``{count}`` in it, never "project(s)". German and English
    need these two forms, Chinese one (both sources get the same translation). lupdate
    does not know this function: mark both literals where they are written::

        translate_count("Report", QT_TRANSLATE_NOOP("Report", "{count} project signed"),
                        QT_TRANSLATE_NOOP("Report", "{count} projects signed"), n)

    ``{count}`` is the number as given (format it first, and pass it in ``values`` under
    another name, for thousands separators).
    """
    text = translate(context, one if count == 1 else many)
    return text.format(count=count, **values)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for extraction under ``context`` and return it unchanged (translate
    it later with ``translate(context, value)``)."""
    return text


def install(hook: Hook | None, language: str = "") -> None:
    """Use ``hook(context, text)`` to translate from now on (None: back to English).

    ``language`` is the locale name of the translation (``"de"``, ``"zh_CN"``; ``""``
    for English); the core uses it where it translates itself, e.g. country names.
    """
    global _hook, _language
    _hook = hook
    _language = language if hook is not None else ""


def current_language() -> str:
    """The locale name of the installed translation (``"de"``, ``"zh_CN"``); ``""`` is
    English (the source language, also when nothing was installed)."""
    return _language


# --------------------------------------------------------------------------- choosing

_TRADITIONAL_CHINESE_TERRITORIES = frozenset({"TW", "HK", "MO"})
_PART = re.compile(r"[A-Za-z0-9]+")


def _candidates(name: str) -> list[str] | None:
    """The translation names that would suit the locale ``name`` ("de_AT", "zh-Hans-CN",
    "de_DE.UTF-8"), best first; None when ``name`` is English (no translation needed)."""
    name = name.split(".", 1)[0].split("@", 1)[0]
    parts = _PART.findall(name)
    if not parts:
        return []
    language = parts[0].lower()
    script = next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), "")
    territory = next((p.upper() for p in parts[1:] if len(p) in (2, 3) and p != script), "")
    if language == "en":
        return None
    if language == "zh":
        if not script:
            script = "Hant" if territory in _TRADITIONAL_CHINESE_TERRITORIES else "Hans"
        if script == "Hant":  # Traditional Chinese: only a Traditional translation fits
            return ["zh_TW", "zh_HK", "zh_Hant"]
        return ["zh_CN", "zh_SG", "zh_Hans", "zh"]
    return [f"{language}_{territory}", language] if territory else [language]


def _match(name: str, available: Sequence[str]) -> str | None:
    """The available translation for the locale ``name``: "" for English, None if none."""
    candidates = _candidates(name)
    if candidates is None:
        return ""
    for candidate in candidates:
        if candidate in available:
            return candidate
    if candidates and not candidates[0].startswith("zh"):
        language = candidates[-1]  # e.g. "pt" for pt_PT: any pt_XX translation will do
        same = sorted(a for a in available if a.split("_", 1)[0] == language)
        if same:
            return same[0]
    return None


def choose_language(setting: str, system: str, available: Sequence[str]) -> str:
    """The translation to load: "" for English, else a name from ``available``.

    ``setting`` is the language chosen in Settings ("" follows the system, "en" is
    English); ``system`` the OS's locale name (``QLocale.system().name()``, e.g.
    "de_DE", "zh_CN", "zh_Hans_CN"); ``available`` the compiled translations ("de",
    "zh_CN"; "en" may be listed). A setting without a translation (any more) falls back
    to the system language, and that to English. Traditional Chinese locales (zh_TW,
    zh_HK, zh_Hant) do not get the Simplified translation.
    """
    for name in (setting, system):
        if not name or name == "C":
            continue
        found = _match(name, available)
        if found is not None:
            return found
    return ""
