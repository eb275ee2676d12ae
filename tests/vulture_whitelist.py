# ruff: noqa
"""Names vulture cannot see used: a library, Qt, a template or a script calls them.

Read by tests/unit/test_dead_names.py, never run (``_`` stands for any object). By hand:

    .venv/bin/vulture src/office_desk tests bench docs packaging tests/vulture_whitelist.py \
        --min-confidence 60

Add a name here only when something outside Python's view uses it; a name nothing uses
is removed instead.
"""

# --- Qt calls these overrides and slots (and the map page's script calls the bridge's)
_.acceptNavigationRequest  # render/map_page.py
is_main_frame  # its parameter, part of Qt's signature
_.canDropMimeData  # the project board's models
_.contextMenuEvent
_.createWindow
_.filterAcceptsRow
source_parent  # its parameter, part of Qt's signature
_.headerData
_.interceptRequest  # render/map_server.py
_.javaScriptAlert
_.javaScriptConfirm
_.javaScriptConsoleMessage
_.javaScriptPrompt
_.locationPicked  # resources/map/office-desk-map.js: OD.bridge.locationPicked(lat, lon)
_.mimeTypes
_.requestStarted
_.supportedDragActions
_.supportedDropActions
_.wheelTaken  # resources/map/office-desk-map.js: OD.bridge.wheelTaken(on)
TABLE  # ui/foreign_objects_dialog.py: the third column's number (KIND, NAME, TABLE, FINDING)

# --- SQLAlchemy and Alembic read these
_.cache_ok  # core/store/column_types.py: TypeDecorator
_.coerce_compared_value
_.process_bind_param
_.process_result_value
_.naming_convention  # core/models.py: MetaData
_.isolation_level  # core/store/engine.py: the sqlite3 connection, in the connect listener
_on_begin  # core/store/engine.py and database.py: event listeners (@event.listens_for)
_on_connect
_hide_deleted
_update_search_index
_validate_and_stamp
_stamp_after_what_it_replaces  # core/models.py: event listener
compare_to  # core/store/schema.py: include_object's parameters, Alembic's signature
reflected
branch_labels  # core/store/migrations/versions/*.py: read by Alembic
depends_on
down_revision

# --- openpyxl, vobject and zipfile read these attributes
_.col_counter  # core/import_contacts/workbook.py: openpyxl's sheet parser
_.type_param  # core/export_vcard.py: vobject
_.type_paramlist
_.external_attr  # core/network_package/format.py: zipfile.ZipInfo

# --- columns of the models that Python code names only as strings (core/kinds/)
_.status_reason

# --- a kind's phrases (core/kinds/spec.py: Phrases), read by name: the record editor's
# kinds.get(kind).phrases("not_saved")
_.not_saved

# --- the report templates read this (core/reports/templates/*.j2)
_.breakdown

# --- fields of the package format (docs/package-format.md), read from every package
_.app_version
_.schema_revision

# --- the stored values of the vocabularies (core/vocabulary.py): each member is a
# choice a record can hold, listed by iterating its enum
_.ACTIVE
_.CLOSED
_.PLANNED
_.ASSOCIATION
_.COMPANY
_.CULTURAL
_.GOVERNMENT
_.RESEARCH_INSTITUTE
_.UNIVERSITY
_.CAPACITY_EXPANSION
_.CULTURAL_EXCHANGE
_.INVESTMENT
_.JOINT_LAB
_.RD_CENTRE
_.TRADE
_.TRAINING
_.DROPPED
_.IN_TALKS
_.LEAD
_.ON_HOLD
_.CHINESE_SIDE
_.EUROPEAN_SIDE
_.SPONSOR
_.CALL
_.CONFERENCE
_.CULTURAL_EVENT
_.DELEGATION
_.MEETING
_.VISIT
_.CONSENT
_.CONTRACT
_.LEGAL_OBLIGATION
_.LEGITIMATE_INTEREST
_.PUBLIC_ROLE
_.UNKNOWN

# --- Python calls these
__getattr__  # core/store/cipher.py: cipher.Error, cipher.DatabaseError... (PEP 562)
