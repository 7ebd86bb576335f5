"""The export formats: CSV, JSON and NDJSON, written chunk by chunk as the rows are read.

The renderers only name the formats for content negotiation (and render problem details
as JSON when something goes wrong); the body of a 200 is streamed by `stream()`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator
from typing import Any

import orjson
from drf_orjson_renderer.renderers import ORJSONRenderer
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.request import Request

CSV, JSON, NDJSON = "csv", "json", "ndjson"
FORMATS = (JSON, CSV, NDJSON)
MEDIA_TYPES = {
    JSON: "application/json",
    CSV: "text/csv",
    NDJSON: "application/x-ndjson",
}
CONTENT_TYPES = {
    JSON: "application/json",
    CSV: "text/csv; charset=utf-8; header=present",
    NDJSON: "application/x-ndjson",
}
_JSON_OPTIONS = orjson.OPT_UTC_Z


class NamedFormat(ORJSONRenderer):
    """A format the view streams itself; errors are still problem+json."""


class JSONExportRenderer(NamedFormat):
    media_type, format = MEDIA_TYPES[JSON], JSON


class CSVExportRenderer(NamedFormat):
    media_type, format = MEDIA_TYPES[CSV], CSV


class NDJSONExportRenderer(NamedFormat):
    media_type, format = MEDIA_TYPES[NDJSON], NDJSON


EXPORT_RENDERERS = [JSONExportRenderer, CSVExportRenderer, NDJSONExportRenderer]


class FormatNegotiation(DefaultContentNegotiation):
    """`format=` wins over Accept; a format we do not write is a 400 (not DRF's 404), an
    Accept header naming nothing we write is a 406."""

    def select_renderer(self, request: Request, renderers: Any, format_suffix: Any = None) -> Any:
        requested = request.query_params.get(self.settings.URL_FORMAT_OVERRIDE)
        offered = [renderer.format for renderer in renderers]
        if requested is None:
            return super().select_renderer(request, renderers, format_suffix)
        if requested not in offered:
            raise ValidationError({"format": [f"Must be one of: {', '.join(offered)}."]})
        chosen = renderers[offered.index(requested)]
        return chosen, chosen.media_type


def _cell(value: Any) -> Any:
    """A CSV cell: times as in JSON (RFC 3339, UTC), lists space-separated, null empty."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    return value


def _csv(columns: tuple[str, ...], chunks: Iterable[list[dict[str, Any]]]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180
    writer.writerow(columns)
    for chunk in chunks:
        writer.writerows([[_cell(row[column]) for column in columns] for row in chunk])
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode()  # the header of an empty export


def _ndjson(chunks: Iterable[list[dict[str, Any]]]) -> Iterator[bytes]:
    for chunk in chunks:
        yield b"".join(orjson.dumps(row, option=_JSON_OPTIONS) + b"\n" for row in chunk)


def _json(envelope: dict[str, Any], chunks: Iterable[list[dict[str, Any]]]) -> Iterator[bytes]:
    # The envelope with an empty list, opened where the rows go.
    head = orjson.dumps({**envelope, "results": []}, option=_JSON_OPTIONS)
    yield head[:-2]
    separator = b""
    for chunk in chunks:
        yield separator + b",".join(orjson.dumps(row, option=_JSON_OPTIONS) for row in chunk)
        separator = b","
    yield b"]}"


def stream(
    fmt: str,
    *,
    columns: tuple[str, ...],
    envelope: dict[str, Any],
    chunks: Iterable[list[dict[str, Any]]],
) -> Iterator[bytes]:
    """The export's body in `fmt`: JSON is the envelope with the rows as `results`; CSV
    (a header row, then the columns) and NDJSON (one object a line) are the rows alone."""
    if fmt == CSV:
        return _csv(columns, chunks)
    if fmt == NDJSON:
        return _ndjson(chunks)
    return _json(envelope, chunks)
