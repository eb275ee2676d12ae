"""The UI half of the record kinds: each kind's editor form and icon.

What a kind is and which fields it has is declared once in :mod:`office_desk.core.kinds`.
The editor form of a kind is built from its fields on the editor surface, in their
order: the widget follows the field's value type (text → a line, long text → a box,
choice → a list of its choices, date, number, country, money, coordinates, a record
picker, links...), the row's label, placeholder and tooltip are the field's own. A new
field declared in core appears in the editor with no change here.

What the declaration does not say (it is about widgets) is kept below in
:data:`LOOKS`, keyed by kind and field name: the texts of a list field's buttons ("Add
e-mail"), a picker that can create the record it points at, the roles of a project's
partners, a field shown with another widget than its type's, and each kind's icon.
:mod:`record_editor` builds the dialog from :data:`FORMS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from ..core import kinds
from ..core import vocabulary as v
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.kinds import FieldSpec, RecordKind, Surface
from ..core.kinds.spec import LABELS
from .icons import PAGE_ICONS, icon

if TYPE_CHECKING:
    from .app_context import AppContext
    from .field_base import Field

#: The translation context of the texts below (what the editor says beyond the labels).
CONTEXT = "EditorForms"

Maker = Callable[[QWidget, "AppContext", Any], "Field"]


def form_text(text: str) -> str:
    """A field's label, placeholder or tooltip (declared in :mod:`office_desk.core.kinds`,
    context ``"Fields"``) in the chosen language; "" stays ""."""
    return QCoreApplication.translate(LABELS, text) if text else ""


def _ui_text(text: str) -> str:
    """A text of this module (context ``"EditorForms"``) in the chosen language."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


# --------------------------------------------------------------------------- looks


class ListTexts(NamedTuple):
    """What a list field (e-mails, phones...) says, as whole phrases (so they translate)."""

    add: str  #: the add button: "Add e-mail"
    remove: str  #: each line's remove button: "Remove this e-mail"
    placeholder: str = ""  #: an empty line: "name@example.com"


class LinkPhrases(NamedTuple):
    """What a list of linked records says (see :class:`~.form_fields.LinkTexts`)."""

    find: str  #: "find a person to add…"
    add: str  #: "Add this person"
    remove: str  #: "Remove the selected person"


@dataclass(frozen=True)
class FieldLook:
    """How one field is shown, where its value type alone does not say."""

    #: Another widget than the value type's: "text" (one line for a long text),
    #: "languages" (a list that splits "zh, de, en" into entries).
    widget: str = ""
    list_texts: ListTexts | None = None
    link_texts: LinkPhrases | None = None
    #: The roles a link can have (a project's partners); links without roles hold ids.
    roles: type[v._Choice] | None = None
    #: The tooltip of a + button beside a record picker that creates the record.
    create_tip: str = ""


@dataclass(frozen=True)
class KindLook:
    """How a kind is shown: its icon (a qtawesome name) and its fields' looks by name."""

    icon: str
    fields: Mapping[str, FieldLook] = field(default_factory=dict)


#: A kind declared in core but not (yet) given a look here.
DEFAULT_LOOK = KindLook("mdi6.file-document-outline")

LOOKS: dict[str, KindLook] = {
    "office": KindLook(
        "mdi6.office-building-marker",
        {
            "focus_areas": FieldLook(
                list_texts=ListTexts(
                    QT_TRANSLATE_NOOP("EditorForms", "Add focus area"),
                    QT_TRANSLATE_NOOP("EditorForms", "Remove this focus area"),
                    QT_TRANSLATE_NOOP("EditorForms", "e.g. smart manufacturing"),
                )
            ),
        },
    ),
    "organization": KindLook("mdi6.domain"),
    "contact": KindLook(
        "mdi6.account-box",
        {
            "organization_id": FieldLook(
                create_tip=QT_TRANSLATE_NOOP("EditorForms", "Create a new organization")
            ),
            "emails": FieldLook(
                list_texts=ListTexts(
                    QT_TRANSLATE_NOOP("EditorForms", "Add e-mail"),
                    QT_TRANSLATE_NOOP("EditorForms", "Remove this e-mail"),
                    QT_TRANSLATE_NOOP("EditorForms", "name@example.com"),
                )
            ),
            "phones": FieldLook(
                list_texts=ListTexts(
                    QT_TRANSLATE_NOOP("EditorForms", "Add phone"),
                    QT_TRANSLATE_NOOP("EditorForms", "Remove this phone"),
                    QT_TRANSLATE_NOOP("EditorForms", "+49 351 …"),
                )
            ),
            "messaging": FieldLook(
                list_texts=ListTexts(
                    QT_TRANSLATE_NOOP("EditorForms", "Add handle"),
                    QT_TRANSLATE_NOOP("EditorForms", "Remove this handle"),
                    QT_TRANSLATE_NOOP("EditorForms", "WeChat: …"),
                )
            ),
            "languages": FieldLook(
                widget="languages",
                list_texts=ListTexts(
                    QT_TRANSLATE_NOOP("EditorForms", "Add language"),
                    QT_TRANSLATE_NOOP("EditorForms", "Remove this language"),
                    QT_TRANSLATE_NOOP("EditorForms", "zh, de, en…"),
                ),
            ),
        },
    ),
    "project": KindLook(
        "mdi6.briefcase",
        {
            "@partners": FieldLook(
                roles=v.PartnerRole,
                link_texts=LinkPhrases(
                    QT_TRANSLATE_NOOP("EditorForms", "find a partner to add…"),
                    QT_TRANSLATE_NOOP("EditorForms", "Add this partner"),
                    QT_TRANSLATE_NOOP("EditorForms", "Remove the selected partner"),
                ),
            ),
        },
    ),
    "event": KindLook("mdi6.calendar-star"),
}

#: What a list of linked records says, by the kind it links (a field's look may say
#: otherwise, as a project's partners do).
LINK_TEXTS: dict[str, LinkPhrases] = {
    "contact": LinkPhrases(
        QT_TRANSLATE_NOOP("EditorForms", "find a person to add…"),
        QT_TRANSLATE_NOOP("EditorForms", "Add this person"),
        QT_TRANSLATE_NOOP("EditorForms", "Remove the selected person"),
    ),
    "organization": LinkPhrases(
        QT_TRANSLATE_NOOP("EditorForms", "find an organization to add…"),
        QT_TRANSLATE_NOOP("EditorForms", "Add this organization"),
        QT_TRANSLATE_NOOP("EditorForms", "Remove the selected organization"),
    ),
    "project": LinkPhrases(
        QT_TRANSLATE_NOOP("EditorForms", "find a project to add…"),
        QT_TRANSLATE_NOOP("EditorForms", "Add this project"),
        QT_TRANSLATE_NOOP("EditorForms", "Remove the selected project"),
    ),
}
#: Links to a kind with no texts of its own above.
ANY_LINK_TEXTS = LinkPhrases(
    QT_TRANSLATE_NOOP("EditorForms", "find a record to add…"),
    QT_TRANSLATE_NOOP("EditorForms", "Add this record"),
    QT_TRANSLATE_NOOP("EditorForms", "Remove the selected record"),
)
#: A list field with no texts of its own above.
ANY_LIST_TEXTS = ListTexts(
    QT_TRANSLATE_NOOP("EditorForms", "Add another"),
    QT_TRANSLATE_NOOP("EditorForms", "Remove this entry"),
)
#: A website field's placeholder where its declaration has none.
WEBSITE_PLACEHOLDER = QT_TRANSLATE_NOOP("EditorForms", "e.g. www.example.com")


def look_of(kind: RecordKind) -> KindLook:
    return LOOKS.get(kind.name, DEFAULT_LOOK)


def field_look(kind: RecordKind, spec: FieldSpec) -> FieldLook:
    return look_of(kind).fields.get(spec.name, FieldLook())


# --------------------------------------------------------------------------- icons

#: The icon of each kind (qtawesome names), by kind name.
ICON_NAMES: dict[str, str] = {kind.name: look_of(kind).icon for kind in kinds.KINDS}
#: The icon of each page of the main window: the kinds', the map's and the reports'.
KIND_ICONS: dict[str, str] = {**ICON_NAMES, **PAGE_ICONS}


def kind_icon(kind: str) -> QIcon:
    """The icon of the kind called ``kind`` ("office"), coloured for the palette."""
    return icon(ICON_NAMES[kind])


# --------------------------------------------------------------------------- forms


@dataclass(frozen=True)
class Row:
    """One line of a form: ``label`` for the ``fields`` (model columns, or a link list
    such as ``"@tags"``), made by ``make(parent, context, creator)``. ``label`` and
    ``tip`` are English; show them with :func:`form_text`. ``spec`` is the field."""

    label: str
    fields: tuple[str, ...]
    make: Maker
    tip: str = ""
    spec: FieldSpec | None = field(default=None, compare=False)


def _choices(choices: type[v._Choice]) -> list[tuple[str, str]]:
    return [(c.value, c.label) for c in choices]


def _maker(kind: RecordKind, spec: FieldSpec) -> Maker:
    """How the widget of ``spec`` is made: by its value type, unless its look says."""
    look = field_look(kind, spec)
    value = look.widget or spec.value
    placeholder = form_text(spec.placeholder)

    def make(parent: QWidget, context: AppContext, creator: Any) -> Field:
        from . import form_fields as ff

        if value == "text":
            return ff.TextField(parent, placeholder)
        if value == "long_text":
            return ff.NotesField(parent, placeholder)
        if value == "website":
            return ff.WebsiteField(parent, placeholder or _ui_text(WEBSITE_PLACEHOLDER))
        if value == "choice":
            assert spec.choices is not None
            return ff.ChoiceField(parent, _choices(spec.choices))
        if value == "date":
            return ff.DateField(parent, optional=not spec.required)
        if value == "integer":
            return ff.NumberField(parent, placeholder, integer=True)
        if value == "boolean":
            return ff.CheckField(parent, form_text(spec.editor_label or spec.label))
        if value == "country":
            # Always with the empty choice "—", also where a country is required
            # (offices): a new record starts without a country rather than with the
            # first of the list (Afghanistan), and validation asks for one until chosen.
            return ff.CountryField(parent, required=False)
        if value == "money":
            return ff.MoneyField(parent)
        if value in ("text_list", "languages"):
            texts = look.list_texts or ANY_LIST_TEXTS
            cls = ff.LanguagesField if value == "languages" else ff.ListField
            return cls(
                parent,
                _ui_text(texts.add),
                _ui_text(texts.remove),
                placeholder or _ui_text(texts.placeholder),
            )
        if value == "record":
            from ..core.services import relations

            target = spec.refers_to
            return ff.RecordField(
                parent,
                lambda: relations.choices(context.store, target),
                create=(lambda: creator(target)) if look.create_tip and creator else None,
                create_tip=_ui_text(look.create_tip),
            )
        if value == "coordinates":
            return ff.CoordinatesField(parent)
        if value == "links":
            if spec.refers_to == "tag":
                from ..core.services.record_state import all_tag_names

                return ff.TagsField(parent, all_tag_names(context.store))
            from ..core.services import relations

            phrases = look.link_texts or LINK_TEXTS.get(spec.refers_to, ANY_LINK_TEXTS)
            target = spec.refers_to
            return ff.LinksField(
                parent,
                ff.LinkTexts(*(_ui_text(t) for t in phrases)),
                lambda: relations.choices(context.store, target),
                _choices(look.roles) if look.roles else None,
            )
        raise ValueError(f"{kind.name}.{spec.name}: the editor cannot show a {value!r} field")

    return make


def _row(kind: RecordKind, spec: FieldSpec) -> Row:
    if spec.value == "computed":
        raise ValueError(f"{kind.name}.{spec.name}: a computed field is not edited")
    # A check box says what it is itself; its row has no label.
    label = "" if spec.value == "boolean" else (spec.editor_label or spec.label)
    names = (spec.name,) if spec.value == "links" else spec.columns
    return Row(label, names, _maker(kind, spec), spec.tip, spec)


def form_rows(kind: RecordKind) -> list[Row]:
    """The rows of ``kind``'s editor: its fields on the editor surface, in order."""
    return [_row(kind, spec) for spec in kind.on(Surface.EDITOR)]


class _Forms(Mapping[str, list[Row]]):
    """The rows of each kind's editor, by kind name, read from the registry when asked."""

    def __getitem__(self, name: str) -> list[Row]:
        return form_rows(kinds.get(name))

    def __iter__(self) -> Iterator[str]:
        return iter(kinds.NAMES)

    def __len__(self) -> int:
        return len(kinds.NAMES)


#: Each kind's form rows by kind name: ``FORMS["office"]``.
FORMS: Mapping[str, list[Row]] = _Forms()

#: Where a validation message about a model field is shown.
ERROR_FIELD_ALIASES: dict[str, str] = {"name": "given_name", "counterpart": "counterpart_id"}

#: The link lists whose links carry a role (a project's partners); the others hold ids.
_WITH_ROLES = frozenset(
    name
    for look in LOOKS.values()
    for name, f in look.fields.items()
    if name.startswith("@") and f.roles is not None
)


def _ids_only(name: str) -> bool:
    return name.startswith("@") and name != "@tags" and name not in _WITH_ROLES


def link_value(name: str, value: Any) -> Any:
    """Form value → RecordState link list (drop the role where the link has none)."""
    if _ids_only(name):
        return [record_id for record_id, _role in value]
    return value


def link_form_value(name: str, value: Any) -> Any:
    """RecordState link list → form value."""
    if _ids_only(name):
        return [(record_id, "") for record_id in value]
    return value
