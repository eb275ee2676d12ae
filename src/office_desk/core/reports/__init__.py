"""Office and network reports: their content, and the HTML, XLSX and CSV files.

Build the content with :func:`build_office_report` or :func:`build_network_report`
from a :class:`ReportRequest`, then write it with :func:`report_html`,
:func:`write_report_xlsx` or :func:`write_report_csv`; :func:`report_file_name`
suggests a file name. The PDF is printed by ``office_desk.render`` from
``report_html(report, images, for_print=True)``; chart pictures come from
``report.charts`` (:class:`ChartData`).
"""

from .content import (
    ChartData,
    ChartSeries,
    ContactRow,
    CountFigure,
    EventRow,
    Investment,
    KeyFigures,
    Listing,
    Money,
    NetworkReport,
    OfficeDetails,
    OfficeReport,
    OfficeRow,
    OrganizationRow,
    ProjectRow,
    RateUsed,
    RecordRow,
    Report,
    TextList,
)
from .file_name import FORMATS, report_file_name
from .network_report import NETWORK_ROW_LIMIT, build_network_report
from .office_report import OFFICE_ROW_LIMIT, build_office_report
from .report_csv import write_report_csv
from .report_html import report_html
from .report_xlsx import write_report_xlsx
from .request import (
    DEFAULT_NETWORK_SECTIONS,
    DEFAULT_OFFICE_SECTIONS,
    NETWORK_SECTIONS,
    OFFICE_SECTIONS,
    ReportRequest,
    period_label,
)

__all__ = [
    "DEFAULT_NETWORK_SECTIONS",
    "DEFAULT_OFFICE_SECTIONS",
    "FORMATS",
    "NETWORK_ROW_LIMIT",
    "NETWORK_SECTIONS",
    "OFFICE_ROW_LIMIT",
    "OFFICE_SECTIONS",
    "ChartData",
    "ChartSeries",
    "ContactRow",
    "CountFigure",
    "EventRow",
    "Investment",
    "KeyFigures",
    "Listing",
    "Money",
    "NetworkReport",
    "OfficeDetails",
    "OfficeReport",
    "OfficeRow",
    "OrganizationRow",
    "ProjectRow",
    "RateUsed",
    "RecordRow",
    "Report",
    "ReportRequest",
    "TextList",
    "build_network_report",
    "build_office_report",
    "period_label",
    "report_file_name",
    "report_html",
    "write_report_csv",
    "write_report_xlsx",
]
