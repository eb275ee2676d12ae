"""The ``officedesk:`` URL scheme of the map page: declared before the QApplication exists.

Qt only accepts custom schemes declared before the QApplication is created, so the app
(and the test set-up, and the CLI's picture renderer) call :func:`register_map_scheme`
first. This module is cheap to import; QtWebEngine is loaded only when it is called.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: The same name as ``office_desk.core.network_map.SCHEME`` (not imported from there:
#: this module is loaded at start-up and must stay light).
SCHEME = b"officedesk"


def register_map_scheme() -> None:
    """Declare the ``officedesk:`` scheme to QtWebEngine; calling it again is harmless.

    Raises RuntimeError if the QApplication already exists and the scheme is not declared.
    """
    from PySide6.QtWebEngineCore import QWebEngineUrlScheme

    if is_map_scheme_registered():
        return
    if QCoreApplication.instance() is not None:
        raise RuntimeError(
            "register_map_scheme() must be called before the QApplication is created"
        )
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
    )
    QWebEngineUrlScheme.registerScheme(scheme)


def is_map_scheme_registered() -> bool:
    from PySide6.QtWebEngineCore import QWebEngineUrlScheme

    return bytes(QWebEngineUrlScheme.schemeByName(SCHEME).name().data()) == SCHEME
