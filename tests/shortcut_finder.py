"""Find keyboard shortcuts that Qt would call ambiguous (so that none of them fires).

Qt fires a shortcut only when exactly one registration for the pressed key is active;
two actions with Ctrl+Shift+Z on the same window, or one action given the same key
twice (StandardKey.Redo plus an explicit Ctrl+Shift+Z on Linux and macOS), make the
key do nothing at all. Used by tests/gui/test_shortcuts.py and by the e2e walk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


@dataclass(frozen=True)
class Registration:
    key: str
    owner: str  # the action's or shortcut's text, for the message
    context: Qt.ShortcutContext
    scope: Any  # the widget whose window (or subtree) the shortcut is active in
    obj_id: int


def _menu_host(menu: QMenu) -> QWidget | None:
    """The window a menu of the menu bar (or a submenu of one) belongs to."""
    action = menu.menuAction()
    for widget in action.associatedObjects():
        if isinstance(widget, QMenuBar):
            return widget.window()
        if isinstance(widget, QMenu) and widget is not menu:
            return _menu_host(widget)
    return None


def _scopes(obj: QAction | QShortcut) -> list[QWidget]:
    if isinstance(obj, QShortcut):
        parent = obj.parent()
        return [parent] if isinstance(parent, QWidget) else []
    scopes: list[QWidget] = []
    for widget in obj.associatedObjects():
        if isinstance(widget, QMenu):
            host = _menu_host(widget)
            if host is not None:
                scopes.append(host)
        elif isinstance(widget, QWidget) and not isinstance(widget, QMenuBar):
            scopes.append(widget)
    return scopes


def registrations(root: QWidget) -> list[Registration]:
    found: list[Registration] = []
    objects: list[QAction | QShortcut] = [
        *root.findChildren(QAction),
        *root.findChildren(QShortcut),
        *root.actions(),
    ]
    import shiboken6

    for obj in {id(o): o for o in objects}.values():
        if not shiboken6.isValid(obj):
            continue
        keys = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]
        owner = (obj.text() if isinstance(obj, QAction) else obj.objectName()) or repr(obj)
        context = obj.shortcutContext() if isinstance(obj, QAction) else obj.context()
        for scope in _scopes(obj):
            for key in keys:
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                if text:
                    found.append(
                        Registration(text, owner.replace("&", ""), context, scope, id(obj))
                    )
    return found


def _area(reg: Registration) -> QWidget:
    if reg.context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return reg.scope.window()
    return reg.scope


def _overlap(a: Registration, b: Registration) -> bool:
    """Both can be active at once: same window, and one's area holds the other's."""
    if a.scope.window() is not b.scope.window():
        return a.context == b.context == Qt.ShortcutContext.ApplicationShortcut
    first, second = _area(a), _area(b)
    return first is second or first.isAncestorOf(second) or second.isAncestorOf(first)


def ambiguous(root: QWidget) -> list[str]:
    """Every key registered twice where both could be active, as readable lines."""
    regs = registrations(root)
    problems: set[str] = set()
    for i, a in enumerate(regs):
        for b in regs[i + 1 :]:
            if a.key == b.key and _overlap(a, b) and (a.obj_id != b.obj_id or a.scope is b.scope):
                problems.add(f"{a.key}: “{a.owner}” and “{b.owner}”")
    return sorted(problems)
