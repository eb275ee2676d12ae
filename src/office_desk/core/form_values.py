"""What a person types into a record's form, read the way the records keep it.

* A website is kept as a full web address: ``www.leipzig.de`` is stored as
  ``https://www.leipzig.de``, ``HTTPS://WWW.Leipzig.DE/`` as ``https://www.leipzig.de``
  (scheme and host in lower case, the path as typed), so every list, export and link
  sees one form. Text that is not a web address (``www leipzig de``) is not changed
  here; :func:`office_desk.core.validation.website_problem` says why it is refused.
* Languages typed into one line (``zh, de, en`` or ``zh de en``) are several entries,
  as the contact's ``languages`` list keeps them (one ISO 639 code or name each, e.g.
  ``["zh", "de", "en"]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

#: One label of a host name: letters (any script) and digits, hyphens inside.
_LABEL = r"[^\W_](?:[^\W_]|-){0,62}"
_HOST = re.compile(rf"^(?:{_LABEL}\.)+(?:[^\W\d_]{{2,63}}|xn--[a-z0-9-]{{1,59}})$", re.IGNORECASE)


@dataclass(frozen=True)
class WebAddress:
    """A web address taken apart: ``scheme://host[:port]rest``."""

    scheme: str
    host: str
    port: int | None
    rest: str

    def __str__(self) -> str:
        port = f":{self.port}" if self.port is not None else ""
        rest = "" if self.rest == "/" else self.rest
        return f"{self.scheme}://{self.host}{port}{rest}"


def parse_web_address(text: str) -> WebAddress | None:
    """``text`` as a web address (``https://`` assumed when no scheme is typed), or None
    when it is not one: spaces, no dot in the host, a scheme other than http(s)..."""
    text = text.strip()
    if not text or any(c.isspace() for c in text) or "\x00" in text:
        return None
    if "://" not in text:  # "www.leipzig.de": no scheme typed
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if (
        parts.scheme.casefold() not in ("http", "https")
        or not parts.hostname
        or parts.username is not None
        or parts.password is not None
    ):
        return None
    host = parts.hostname.rstrip(".")
    if not _HOST.match(host):
        return None
    rest = parts.path
    if parts.query:
        rest += "?" + parts.query
    if parts.fragment:
        rest += "#" + parts.fragment
    return WebAddress(parts.scheme.casefold(), host.casefold(), port, rest)


def normalized_website(text: str) -> str:
    """The stored form of a typed website (see the module's docstring); text that is
    not a web address comes back trimmed but otherwise as typed."""
    address = parse_web_address(text)
    return str(address) if address is not None else text.strip()


_LANGUAGE_SEPARATORS = re.compile(r"[,;，；、/\n]+")
_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def split_languages(entries: list[str]) -> list[str]:
    """The languages in ``entries``, one per item: split on commas and semicolons (also
    the Chinese ones), and on spaces between codes ("zh de en"), never inside a
    name ("Swiss German"); two- and three-letter codes in lower case, each once."""
    found: list[str] = []
    seen: set[str] = set()
    for entry in entries:
        for part in _LANGUAGE_SEPARATORS.split(entry):
            words = part.split()
            if not words:
                continue
            items = words if all(_CODE.match(w) for w in words) else [" ".join(words)]
            for item in items:
                if _CODE.match(item) and len(item) <= 3:
                    item = item.lower()
                if item.casefold() not in seen:
                    seen.add(item.casefold())
                    found.append(item)
    return found
