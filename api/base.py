"""The one base every API view inherits: authentication, permissions, renderers,
pagination, errors and strict query parameters are pinned here, not per view."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.utils.dateparse import parse_datetime
from drf_orjson_renderer.renderers import ORJSONRenderer
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions
from rest_framework.generics import GenericAPIView
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.parsers import JSONParser
from rest_framework.request import Request
from rest_framework.response import Response

from api import caching
from api.errors import Problem, UnknownQueryParameter
from api.oauth import BearerTokenAuthentication
from api.permissions import ScopePermission
from api.response_cache import mark_shared
from api.schema import ScopedAutoSchema
from api.throttles import ClientRateThrottle
from cms.directory import directory
from cms.versioning import content_version_pinned

# A UTF-16 surrogate on its own (JSON's "\ud800") is no character: it cannot be encoded,
# hashed or stored (PostgreSQL refuses it), so such a body is not text at all.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class NestingSafeJSONParser(JSONParser):
    """JSON nested deeper than Python's recursion limit, or with a string that is not
    Unicode text (a lone surrogate), is a 400 `malformed_request`; a NUL character in any
    string is a 400 on that field. Nothing past the parser meets either."""

    def parse(self, stream: Any, media_type: Any = None, parser_context: Any = None) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
            nul = _text_problems(data, "")
        except RecursionError:
            raise exceptions.ParseError("JSON parse error - nested too deeply.") from None
        except UnicodeError:
            raise exceptions.ParseError(
                "JSON parse error - a string holds a lone surrogate, which is not Unicode text."
            ) from None
        if nul:
            raise exceptions.ValidationError(
                {field: ["Contains a NUL character."] for field in nul}
            )
        return data


def _text_problems(value: Any, field: str) -> list[str]:
    """The fields (as problem details name them) with a NUL character in their text;
    raises UnicodeError on a lone surrogate anywhere."""
    if isinstance(value, str):
        if LONE_SURROGATE.search(value):
            raise UnicodeError(field)
        return [field] if "\x00" in value else []
    if isinstance(value, dict):
        found = []
        for key, item in value.items():
            name = f"{field}.{key}" if field else str(key)
            found += _text_problems(key, field) + _text_problems(item, name)
        return found
    if isinstance(value, list):
        return [f for i, item in enumerate(value) for f in _text_problems(item, f"{field}[{i}]")]
    return []


class StrictLimitOffsetPagination(LimitOffsetPagination):
    """`limit` + `offset` as the national API profile prescribes; bad values are 400."""

    default_limit = 20
    max_limit = 100

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        # OpenAPI 3.1 is JSON Schema: null is a type, not the 3.0 `nullable` keyword.
        link = {"type": ["string", "null"], "format": "uri"}
        return {
            "type": "object",
            "required": ["count", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "description": "Items matching, in all."},
                "next": {**link, "description": "The next page, null on the last."},
                "previous": {**link, "description": "The previous page, null on the first."},
                "results": schema,
            },
        }

    def get_limit(self, request: Request) -> int | None:
        return self._parse(
            request, self.limit_query_param, default=self.default_limit, low=1, high=self.max_limit
        )

    def get_offset(self, request: Request) -> int:
        return self._parse(request, self.offset_query_param, default=0, low=0, high=10_000_000)

    @staticmethod
    def _parse(request: Request, name: str, *, default: int, low: int, high: int) -> int:
        value = int_parameter(request, name, low=low, high=high)
        return default if value is None else value


class VersionCountedPagination(StrictLimitOffsetPagination):
    """Counts a public listing once per published-content version and set of filters:
    paging through it (offset 0, 20, 40…) asks the database for the count only once.

    For views whose answers follow the content version (`cacheable` public reads); any
    other read is counted every time."""

    MAX_KEPT = 4096

    def paginate_queryset(self, queryset: Any, request: Request, view: Any = None) -> Any:
        self._memo_key = None
        if view is not None and view._is_public_read(request):
            filters = sorted(
                (name, tuple(values))
                for name, values in request.query_params.lists()
                if name not in {self.limit_query_param, self.offset_query_param}
            )
            self._memo_key = (type(view).__name__, tuple(filters))
        return super().paginate_queryset(queryset, request, view)

    def get_count(self, queryset: Any) -> int:
        if self._memo_key is None:
            return super().get_count(queryset)
        counts = directory().counts
        count = counts.get(self._memo_key)
        if count is None:
            count = super().get_count(queryset)
            if len(counts) >= self.MAX_KEPT:
                counts.clear()
            counts[self._memo_key] = count
        return count


def int_parameter(request: Request, name: str, *, low: int, high: int) -> int | None:
    """A whole-number query parameter in [low, high], None when absent; else a 400."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    # ASCII digits only: str.isdigit() accepts "²", which int() refuses.
    if not raw.isascii() or not raw.lstrip("-").isdigit():
        raise exceptions.ValidationError({name: ["Must be a whole number."]})
    value = int(raw)
    if not low <= value <= high:
        raise exceptions.ValidationError({name: [f"Must be between {low} and {high}."]})
    return value


def aware_datetime(raw: str, name: str) -> dt.datetime:
    """An RFC 3339 time with its offset, or a 400 on `name`."""
    try:
        value = parse_datetime(raw) if isinstance(raw, str) else None
        # A time the database cannot hold in UTC (year 1 at +05:00) is as wrong as a typo.
        if value is not None and value.tzinfo is not None:
            value.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        value = None
    if value is None or value.tzinfo is None:
        raise exceptions.ValidationError(
            {name: ["An RFC 3339 time with its offset, e.g. 2026-11-27T08:00:00Z."]}
        )
    return value


PAGINATION_PARAMETERS = [
    OpenApiParameter(
        "limit",
        {"type": "integer", "minimum": 1, "maximum": 100},
        description="How many items, 1-100 (default 20).",
    ),
    OpenApiParameter(
        "offset",
        {"type": "integer", "minimum": 0, "maximum": 10_000_000},
        description="How many items to skip (default 0).",
    ),
]


class APIBaseView(GenericAPIView):
    """Base of every v1 view.

    A view declares who may call it: `public = True` (with a one-line reason) or
    `required_scopes`. It also declares the query parameters it understands in
    `query_parameters`; anything else is a 400, never silently ignored.
    """

    authentication_classes = [BearerTokenAuthentication]
    permission_classes = [ScopePermission]
    renderer_classes = [ORJSONRenderer]
    parser_classes = [NestingSafeJSONParser]
    throttle_classes = [ClientRateThrottle]
    # OPTIONS answers only CORS preflights (the middleware does that); the contract is the
    # description of the API, not per-view metadata.
    metadata_class = None
    schema = ScopedAutoSchema()
    pagination_class: type[StrictLimitOffsetPagination] | None = StrictLimitOffsetPagination
    public: ClassVar[bool] = False
    cacheable: ClassVar[bool] = True  # public answers get ETags; False for drafts
    # Public answers may be kept by the response cache until published content changes;
    # False for answers that follow anything else (api/response_cache.py).
    shared_answers: ClassVar[bool] = True
    required_scopes: ClassVar[list[str]] = []
    query_parameters: ClassVar[frozenset[str]] = frozenset()

    def dispatch(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        # Every read in one request sees the content version its ETag was made from.
        with content_version_pinned():
            return super().dispatch(request, *args, **kwargs)

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        # An undeclared method is 405 for everyone, before any question of credentials.
        method = request.method.lower() if request.method else ""
        if method not in self.http_method_names or not hasattr(self, method):
            raise exceptions.MethodNotAllowed(request.method or "")
        # No row is named with a NUL character (PostgreSQL refuses it in any lookup).
        if any("\x00" in str(value) for value in kwargs.values()):
            raise exceptions.NotFound()
        super().initial(request, *args, **kwargs)
        allowed = set(self.query_parameters)
        if self.pagination_class is not None:
            allowed |= {"limit", "offset"}
        unknown = sorted(set(request.query_params) - allowed)
        if unknown:
            raise UnknownQueryParameter({name: ["Unknown query parameter."] for name in unknown})
        # No text field can hold a NUL character (PostgreSQL refuses it outright).
        with_nul = sorted(
            k for k, values in request.query_params.lists() if any("\x00" in v for v in values)
        )
        if with_nul:
            raise exceptions.ValidationError(
                {name: ["Contains a NUL character."] for name in with_nul}
            )
        if self._is_public_read(request):
            self._validators = caching.public_validators(request, self.cache_variant())
            caching.check_not_modified(request, self._validators[0])

    def _is_public_read(self, request: Request) -> bool:
        return self.public and self.cacheable and request.method in {"GET", "HEAD"}

    def cache_variant(self) -> str:
        """What else than the content and the URL a public answer depends on ("": nothing)."""
        return ""

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, caching.NotModified):
            return caching.not_modified_response(*self._validators)
        if isinstance(exc, RequestDataTooBig):
            # A client's mistake, not a server error: no traceback, no HTML page.
            exc = Problem(
                f"A request body may be at most {settings.DATA_UPLOAD_MAX_MEMORY_SIZE} bytes.",
                status=413,
                code="request_too_large",
                title="Request body too large",
            )
        return super().handle_exception(exc)

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        if self._is_public_read(request) and response.status_code == 200:
            caching.add_public_headers(response, *self._validators)
            if self.shared_answers and not self.cache_variant():
                mark_shared(response)
        elif response.status_code != 304:
            # Errors, drafts and everything personal: never stored by any cache.
            response["Cache-Control"] = caching.PRIVATE_CACHE_CONTROL
        return response
