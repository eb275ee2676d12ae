"""People's rights over what the network keeps about them (issue 16): see it, have it
erased, and review who is kept without a reason.

One import for the CLI, the GUI and the rest of the core; the work is done in:

* :mod:`.person_lookup`: the id a request names, and the errors (one line each);
* :mod:`.person_file` and :mod:`.person_file_html`: everything kept about one person,
  as JSON and as the page the PDF is printed from (``office_desk.render.person_file_pdf``);
* :mod:`.erasure` and :mod:`.erasure_log`: erasing a person for good, the log kept
  outside the database, and erasing again whoever a backup, package or pull brings back;
* :mod:`.data_protection_review`: the contacts to look at again.
"""

from __future__ import annotations

from .data_protection_review import DEFAULT_YEARS, ReviewItem, review_list
from .erasure import (
    ERASURE_FIELDS,
    ErasureResult,
    OtherOfficesPerson,
    erase_again,
    erase_person,
    erased_values,
    forget_freed_pages,
    restore_erasing_again,
)
from .erasure_log import ErasureLogError, erased_ids, log_path
from .person_file import person_file, person_file_paths, write_person_json
from .person_file_html import person_file_html
from .person_lookup import (
    AlreadyErased,
    NotAnId,
    NotAPerson,
    PersonalDataError,
    UnknownPerson,
    parse_person_id,
)

__all__ = [
    "DEFAULT_YEARS",
    "ERASURE_FIELDS",
    "AlreadyErased",
    "ErasureLogError",
    "ErasureResult",
    "NotAPerson",
    "NotAnId",
    "OtherOfficesPerson",
    "PersonalDataError",
    "ReviewItem",
    "UnknownPerson",
    "erase_again",
    "erase_person",
    "erased_ids",
    "erased_values",
    "forget_freed_pages",
    "log_path",
    "parse_person_id",
    "person_file",
    "person_file_html",
    "person_file_paths",
    "restore_erasing_again",
    "review_list",
    "write_person_json",
]
