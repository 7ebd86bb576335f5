"""Bulk exports of the city's open data and the feed of deletions, streamed.

Rows are read chunk by chunk as the client downloads them (cms.opendata), so an export
of any size holds one chunk in memory. The format is `format=` or, without it, the
Accept header: JSON (an envelope with licence, source and sync times around `results`),
CSV or NDJSON (the rows alone; licence and source in the Link header).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import serializers
from rest_framework.request import Request

from api.base import aware_datetime
from api.v1.content import _choice
from api.v1.opendata import formats, shapes, slots
from api.v1.opendata.common import LINK_HEADER, OpenDataView, license_data, source_data
from cms import opendata
from cms.models import Deletion

UPDATED_SINCE = OpenApiParameter(
    "updated_since",
    OpenApiTypes.DATETIME,
    description=(
        "Only rows changed at or after this RFC 3339 time (with its offset), for incremental "
        "sync: published or saved, moved, made public again, or changed through what they "
        "show (a deleted parent or topic, a renamed unit type or organisation). Pass the "
        "previous deletions answer's `next_updated_since` (also in the Next-Updated-Since "
        "header) and apply the deletions feed since the same time first."
    ),
)
FORMAT = OpenApiParameter(
    "format",
    {"type": "string", "enum": list(formats.FORMATS)},
    description="json (default), csv or ndjson; overrides the Accept header.",
)
NEXT_UPDATED_SINCE_HEADER = OpenApiParameter(
    "Next-Updated-Since",
    OpenApiTypes.DATETIME,
    OpenApiParameter.HEADER,
    response=[200],
    description="What to pass as `updated_since` next time (a few minutes of overlap).",
)
RETRY_AFTER_HEADER = OpenApiParameter(
    "Retry-After",
    OpenApiTypes.INT,
    OpenApiParameter.HEADER,
    response=[503],
    description="Seconds to wait before asking again.",
)
_NOT_ACCEPTABLE = OpenApiResponse(description="The Accept header names no format offered.")
_BUSY = OpenApiResponse(
    description=(
        "The server is streaming as many exports as it may at once (code `exports_busy`); "
        "retry after the number of seconds in Retry-After."
    )
)


def export_responses(row: type[serializers.Serializer], what: str) -> dict[Any, Any]:
    """The three formats of a 200, and the 406 when none is acceptable."""
    envelope = shapes.envelope(row)
    return {
        (200, formats.MEDIA_TYPES[formats.JSON]): OpenApiResponse(
            envelope, description=f"{what}: licence, source and sync times, rows in `results`."
        ),
        (200, formats.MEDIA_TYPES[formats.CSV]): OpenApiResponse(
            OpenApiTypes.STR,
            description=f"{what} as CSV (RFC 4180, UTF-8): a header row, then one row each.",
        ),
        (200, formats.MEDIA_TYPES[formats.NDJSON]): OpenApiResponse(
            OpenApiTypes.STR, description=f"{what} as NDJSON: one JSON object a line."
        ),
        406: _NOT_ACCEPTABLE,
        503: _BUSY,
    }


class _StreamedView(OpenDataView):
    renderer_classes = formats.EXPORT_RENDERERS
    content_negotiation_class = formats.FormatNegotiation
    query_parameters = frozenset({"updated_since", "format"})
    dataset = ""  # the export's name, also its file name

    def streamed(
        self,
        request: Request,
        *,
        columns: tuple[str, ...],
        chunks: Any,
        since: dt.datetime | None,
        started: dt.datetime,
    ) -> StreamingHttpResponse:
        fmt = request.accepted_renderer.format
        # A row committed while the export ran may carry a time just before it began: the
        # next sync starts a little earlier, and applying a row twice changes nothing.
        overlap = dt.timedelta(seconds=settings.OPENDATA_SYNC_OVERLAP)
        next_since = (started - overlap).astimezone(dt.UTC)
        envelope: dict[str, Any] = {
            "dataset": self.dataset,
            "license": license_data(),
            "source": source_data(self.dataset if self.dataset != "deletions" else None),
            "generated_at": started.astimezone(dt.UTC),
            "updated_since": since.astimezone(dt.UTC) if since is not None else None,
            "next_updated_since": next_since,
        }
        response = slots.streaming_response(
            formats.stream(fmt, columns=columns, envelope=envelope, chunks=chunks),
            content_type=formats.CONTENT_TYPES[fmt],
        )
        response["Next-Updated-Since"] = next_since.isoformat().replace("+00:00", "Z")
        if fmt != formats.JSON:
            response["Content-Disposition"] = f'attachment; filename="{self.dataset}.{fmt}"'
        return response

    def since(self, request: Request) -> dt.datetime | None:
        raw = request.query_params.get("updated_since")
        return aware_datetime(raw, "updated_since") if raw is not None else None


class DatasetExportView(_StreamedView):
    def get(self, request: Request, *args: Any, **kwargs: Any) -> StreamingHttpResponse:
        since, started = self.since(request), timezone.now()
        return self.streamed(
            request,
            columns=opendata.DATASETS[self.dataset].columns,
            chunks=opendata.dataset_chunks(self.dataset, since=since),
            since=since,
            started=started,
        )


def _export_view(slug: str, row: type[serializers.Serializer], summary: str) -> Any:
    dataset = opendata.DATASETS[slug]
    view = type(f"{row.__name__}ExportView", (DatasetExportView,), {"dataset": slug})
    return extend_schema_view(
        get=extend_schema(
            operation_id="opendata_" + slug.replace("-", "_"),
            summary=summary,
            description=(
                f"{dataset.description['en']} Open data under CC0 1.0, streamed whatever the "
                "size, ordered by id. `updated_since` gives what changed since a mirror's last "
                "sync; what was removed is in the deletions feed."
            ),
            parameters=[
                UPDATED_SINCE,
                FORMAT,
                LINK_HEADER,
                NEXT_UPDATED_SINCE_HEADER,
                RETRY_AFTER_HEADER,
            ],
            responses=export_responses(row, dataset.title["en"]),
            tags=["opendata"],
        )
    )(view)


UnitExportView = _export_view("units", shapes.UnitRowSerializer, "Open data: units")
KeyFigureExportView = _export_view(
    "key-figures", shapes.KeyFigureRowSerializer, "Open data: key figures of units"
)
OrganisationExportView = _export_view(
    "organisations", shapes.OrganisationRowSerializer, "Open data: organisations"
)
TopicExportView = _export_view("topics", shapes.TopicRowSerializer, "Open data: topics")
PageExportView = _export_view("pages", shapes.PageRowSerializer, "Open data: published pages")

KINDS = [choice.value for choice in Deletion.Kind]


class DeletionFeedView(_StreamedView):
    dataset = "deletions"
    query_parameters = frozenset({"updated_since", "format", "kind"})

    @extend_schema(
        operation_id="opendata_deletions",
        summary="Open data: what was removed",
        description=(
            "Tombstones of rows that left an export (deleted, unpublished or made private), "
            "oldest first: `kind` names the export (unit, key_figure, organisation, topic, "
            "page), `object_id` the row's `id` there. A mirror removes these, then applies "
            "the rows changed since the same time: together they keep it exact."
        ),
        parameters=[
            UPDATED_SINCE,
            OpenApiParameter("kind", str, enum=KINDS, description="Only this export's rows."),
            FORMAT,
            LINK_HEADER,
            NEXT_UPDATED_SINCE_HEADER,
            RETRY_AFTER_HEADER,
        ],
        responses=export_responses(shapes.DeletionRowSerializer, "Deletions"),
        tags=["opendata"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> StreamingHttpResponse:
        since, started = self.since(request), timezone.now()
        kind = _choice(request, "kind", KINDS)
        return self.streamed(
            request,
            columns=opendata.DELETION_COLUMNS,
            chunks=opendata.deletion_chunks(since, kind=kind),
            since=since,
            started=started,
        )
