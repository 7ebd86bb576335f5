"""Admin report: near-identical pages across old sites, on screen and as CSV/XLSX."""

from __future__ import annotations

from typing import Any, ClassVar

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from cms.legacy.selectors import DuplicateRow, duplicate_rows
from cms.models import LegacySite


class LegacyDuplicatesReportView(ReportView):
    """Pages that say the same thing on several old sites, so editors merge them."""

    page_title = _("Duplicates across old sites")
    header_icon = "copy"
    index_url_name = "legacy_duplicates"
    index_results_url_name = "legacy_duplicates_results"
    permission_policy = ModelPermissionPolicy(LegacySite)
    any_permission_required: ClassVar[list[str]] = ["change"]
    paginate_by = 100
    columns: ClassVar[list[Any]] = [
        Column("group", label=_("Group")),
        Column("similarity", label=_("Similarity")),
        Column("host", label=_("Old site")),
        Column("old_url", label=_("Old address")),
        Column("title", label=_("Title")),
        Column("page_id", label=_("New page id")),
    ]
    list_export: ClassVar[list[str]] = [
        "group",
        "similarity",
        "host",
        "old_url",
        "title",
        "page_id",
    ]
    export_headings: ClassVar[dict[str, Any]] = {
        "group": _("Group"),
        "similarity": _("Similarity"),
        "host": _("Old site"),
        "old_url": _("Old address"),
        "title": _("Title"),
        "page_id": _("New page id"),
    }

    def get_filename(self) -> str:
        return "legacy-duplicates"

    def get_queryset(self) -> list[DuplicateRow]:  # type: ignore[override]
        return duplicate_rows()
