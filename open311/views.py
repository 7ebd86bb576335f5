"""The GeoReport v2 endpoints: HTTP only, the mapping is `open311.catalogue` and
`open311.reports`.

Every answer is JSON or XML as the path's extension says, errors included; reads are
open to anyone, filing needs an access token with `open311:write`, and every caller is
rate limited as on the rest of the API.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from oauth2_provider.settings import oauth2_settings
from oauthlib.common import Request as OAuthRequest
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import BasePermission
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.views import APIView

from api.scopes import OPEN311_WRITE
from api.throttles import ClientRateThrottle, refused_token_counted
from api.v1.idempotency import IDEMPOTENCY_KEY
from eservices import submissions
from open311 import catalogue, reports
from open311.formats import FORMATS, Open311Error, answer, errors

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
CHANGESET = "2026-11-28T00:00:00Z"  # when this server's GeoReport interface last changed
PAGE_SIZE, MAX_PAGE_SIZE, MAX_PAGE = 50, 200, 100_000
MAX_IDS = 100
DEFAULT_WINDOW = dt.timedelta(days=90)
PUBLIC_CACHE_CONTROL = "public, max-age=60"


class ApiKeyAuthentication(BaseAuthentication):
    """An OAuth2 access token as a Bearer header or, on a POST, GeoReport's `api_key`
    form parameter; never from the address, where it would end up in logs and caches.

    A read with a token that is not valid is answered as an anonymous one, as on the API;
    a POST with one is refused (403).
    """

    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        if "api_key" in request.query_params or "access_token" in request.query_params:
            raise Open311Error(400, "Send api_key in the request body, never in the address.")
        scheme, _, value = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
        token = value.strip() if scheme.lower() == "bearer" else ""
        if not token and request.method == "POST":
            token = str(form_body(request).get("api_key", "")).strip()
        if not token:
            return None
        core = OAuthRequest(request.build_absolute_uri(request.path))
        if oauth2_settings.OAUTH2_VALIDATOR_CLASS().validate_bearer_token(token, [], core):
            return core.user, core.access_token
        refused_token_counted(request)  # one budget of failures per address with the API
        if request.method == "POST":
            raise exceptions.AuthenticationFailed("The api_key is not a valid access token.")
        return None

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="open311"'


class FilingPermission(BasePermission):
    """Reads are open data; filing a report needs a token with open311:write."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in {"GET", "HEAD"}:
            return True
        token = request.auth
        return token is not None and bool(token.is_valid([OPEN311_WRITE]))


class Open311View(APIView):
    """Base of the GeoReport views: strict parameters, jurisdiction, GeoReport errors."""

    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [FilingPermission]
    throttle_classes = [ClientRateThrottle]
    parser_classes = [FormParser, MultiPartParser]
    renderer_classes = [JSONRenderer]  # unused: answers are made by open311.formats
    http_method_names = ["get", "head"]
    query_parameters: ClassVar[frozenset[str]] = frozenset()
    fmt = "json"

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        self.fmt = kwargs.get("format", "json")
        if self.fmt not in FORMATS:
            self.fmt = "json"
            raise Open311Error(400, "Unknown format: end the path in .json or .xml.")
        # An undeclared method is 405 for everyone, before any question of credentials.
        method = (request.method or "").lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise exceptions.MethodNotAllowed(request.method or "")
        super().initial(request, *args, **kwargs)
        params = request.query_params
        unknown = sorted(set(params) - self.query_parameters - {"jurisdiction_id"})
        with_nul = sorted(k for k, values in params.lists() if any("\x00" in v for v in values))
        if unknown or with_nul:
            raise Open311Error(
                400,
                *[f"{name}: Unknown query parameter." for name in unknown],
                *[f"{name}: Contains a NUL character." for name in with_nul],
            )
        if any("\x00" in str(value) for value in kwargs.values()):
            raise Open311Error(404, "No GeoReport v2 resource at this path.")
        jurisdictions = params.getlist("jurisdiction_id")
        if request.method == "POST":
            jurisdictions += form_body(request).getlist("jurisdiction_id")
        if any(j and j != settings.OPEN311_JURISDICTION_ID for j in jurisdictions):
            raise Open311Error(404, "jurisdiction_id: This server answers for another one.")

    def perform_content_negotiation(self, request: Request, force: bool = False) -> Any:
        return JSONRenderer(), "application/json"  # the path's extension decides

    def handle_exception(self, exc: Exception) -> HttpResponse:
        if isinstance(exc, RequestDataTooBig):  # a client's mistake: no traceback
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            exc = Open311Error(413, f"A request body may be at most {limit} bytes.")
        if not isinstance(exc, Open311Error | exceptions.APIException | Http404):
            raise exc  # a real server error, logged by Django
        error = exc if isinstance(exc, Open311Error) else _as_open311(exc, self.http_method_names)
        return errors(error.status, error.descriptions, fmt=self.fmt, headers=error.headers)

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        ok = request.method in {"GET", "HEAD"} and response.status_code == 200
        response["Cache-Control"] = PUBLIC_CACHE_CONTROL if ok else "no-store"
        return response

    def respond(self, data: Any, *, root: str, **extra: Any) -> HttpResponse:
        return answer(data, fmt=self.fmt, root=root, **extra)


class DiscoveryView(Open311View):
    def get(self, request: Request, format: str) -> HttpResponse:
        base = request.build_absolute_uri(reverse("open311:discovery", args=["json"]))
        return self.respond(
            {
                "changeset": CHANGESET,
                "contact": settings.OPEN311_CONTACT,
                "key_service": "Client credentials at /oauth/token/ with the open311:write scope.",
                "endpoints": [
                    {
                        "specification": SPECIFICATION,
                        "url": base.rsplit("/", 1)[0],
                        "changeset": CHANGESET,
                        "type": "production",
                        "formats": ["text/xml", "application/json"],
                    }
                ],
            },
            root="discovery",
        )


class ServiceListView(Open311View):
    def get(self, request: Request, format: str) -> HttpResponse:
        return self.respond(
            [catalogue.service(v) for v in catalogue.offered_versions()], root="services"
        )


class ServiceDefinitionView(Open311View):
    def get(self, request: Request, service_code: str, format: str) -> HttpResponse:
        version = catalogue.offered_version(service_code)
        if version is None:
            raise Open311Error(404, f"service_code: No service “{service_code}”.")
        return self.respond(catalogue.service_definition(version), root="service_definition")


class RequestListView(Open311View):
    http_method_names = ["get", "head", "post"]
    query_parameters = frozenset(
        {"service_request_id", "service_code", "start_date", "end_date", "status"}
        | {"page", "page_size"}
    )

    def get(self, request: Request, format: str) -> HttpResponse:
        params = request.query_params
        page = _whole(params, "page", default=1, high=MAX_PAGE)
        size = _whole(params, "page_size", default=PAGE_SIZE, high=MAX_PAGE_SIZE)
        ids = _listed(params, "service_request_id")
        if ids is not None and len(ids) > MAX_IDS:
            raise Open311Error(400, f"service_request_id: At most {MAX_IDS} at once.")
        statuses = _listed(params, "status")
        if statuses is not None and not set(statuses) <= {"open", "closed"}:
            raise Open311Error(400, "status: Send open, closed, or both comma-separated.")
        start, end = _moment(params, "start_date"), _moment(params, "end_date")
        if start and end and start > end:
            raise Open311Error(400, "start_date: Must not be after end_date.")
        if start is None and end is None:
            start = timezone.now() - DEFAULT_WINDOW
        cases = reports.public_cases(
            versions=list(catalogue.offered_versions()),
            references=ids,
            statuses=None if statuses is None else reports.statuses_for(statuses),
            service_codes=_listed(params, "service_code"),
            start=start,
            end=end,
        )
        offset = (page - 1) * size
        found = list(cases[offset : offset + size + 1])
        links = []
        if len(found) > size:
            links.append(f'<{_page_url(request, page + 1)}>; rel="next"')
        if page > 1:
            links.append(f'<{_page_url(request, page - 1)}>; rel="prev"')
        headers = {"Link": ", ".join(links)} if links else {}
        rows = [reports.public_request(case) for case in found[:size]]
        return self.respond(rows, root="service_requests", headers=headers)

    def post(self, request: Request, format: str) -> HttpResponse:
        body = form_body(request)
        if request.FILES:
            raise Open311Error(400, "Send no files: give a picture's address as media_url.")
        parameters = {k: body.getlist(k) for k in body if k not in {"api_key", "jurisdiction_id"}}
        if any("\x00" in v for values in parameters.values() for v in values):
            raise Open311Error(400, "A parameter contains a NUL character.")
        code = reports.given(parameters, "service_code")
        if not code:
            raise Open311Error(400, "service_code: Required.")
        version = catalogue.offered_version(code)
        if version is None:
            raise Open311Error(404, f"service_code: No service “{code}”.")
        key = request.headers.get("Idempotency-Key")
        if key is not None and not IDEMPOTENCY_KEY.match(key):
            raise Open311Error(400, "Idempotency-Key: Send 1-255 visible ASCII characters.")
        try:
            filed = reports.open311_request_file(
                version=version,
                parameters=parameters,
                client_id=request.auth.application.client_id,
                idempotency_key=key or "",
            )
        except reports.RequestRefused as exc:
            raise Open311Error(400, *exc.errors) from None
        except submissions.KeyReused:
            raise Open311Error(422, "Idempotency-Key: Used for another request.") from None
        except submissions.SubmissionInProgress:
            raise Open311Error(409, "The same request is being handled; try again.") from None
        receipt = [
            {
                "service_request_id": filed.service_request_id,
                "service_notice": filed.service_notice,
                "account_id": None,
            }
        ]
        headers = {"Idempotent-Replayed": "true"} if filed.replayed else {}
        return self.respond(receipt, root="service_requests", status=201, headers=headers)


class RequestDetailView(Open311View):
    def get(self, request: Request, service_request_id: str, format: str) -> HttpResponse:
        found = reports.public_cases(
            versions=list(catalogue.offered_versions()), references=[service_request_id]
        ).first()
        if found is None:
            raise Open311Error(404, f"service_request_id: No request “{service_request_id}”.")
        return self.respond([reports.public_request(found)], root="service_requests")


def form_body(request: Request) -> QueryDict:
    """The POST's form parameters (REST framework gives a plain dict for an empty body
    without a Content-Type)."""
    data = request.data
    return data if isinstance(data, QueryDict) else QueryDict()


def _as_open311(exc: Exception, methods: list[str]) -> Open311Error:
    """REST framework's and Django's exceptions as GeoReport errors."""
    if isinstance(exc, exceptions.NotAuthenticated):
        challenge = {"WWW-Authenticate": 'Bearer realm="open311"'}
        return Open311Error(401, "api_key: Required to file a request.", headers=challenge)
    if isinstance(exc, exceptions.AuthenticationFailed | exceptions.PermissionDenied):
        return Open311Error(403, "api_key: Not valid, or without the open311:write scope.")
    if isinstance(exc, exceptions.Throttled):
        wait = {"Retry-After": str(int(exc.wait or 1))}
        return Open311Error(429, "Too many requests; try again later.", headers=wait)
    if isinstance(exc, exceptions.MethodNotAllowed):
        allow = {"Allow": ", ".join(m.upper() for m in methods)}
        return Open311Error(405, "Method not allowed.", headers=allow)
    if isinstance(exc, exceptions.APIException):  # an unparsable body, an unsupported type
        return Open311Error(exc.status_code, str(exc.detail))
    return Open311Error(404, "Not found.")


def not_found(request: HttpRequest, unmatched: str = "") -> HttpResponse:
    """Any other path under /open311/: a GeoReport error list, never Wagtail's page."""
    fmt = "xml" if request.path.endswith(".xml") else "json"
    return errors(404, ["No GeoReport v2 resource at this path."], fmt=fmt)


# --- Query parameters ----------------------------------------------------------------


def _whole(params: Any, name: str, *, default: int, high: int) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= high:
        raise Open311Error(400, f"{name}: Must be a whole number from 1 to {high}.")
    return int(raw)


def _listed(params: Any, name: str) -> list[str] | None:
    """A comma-separated parameter's items, None when absent or empty."""
    items = [item.strip() for value in params.getlist(name) for item in value.split(",")]
    return [item for item in items if item] or None


def _moment(params: Any, name: str) -> dt.datetime | None:
    """A W3C date-time (a date alone is its midnight, UTC), None when absent."""
    raw = params.get(name)
    if raw is None:
        return None
    try:
        moment = parse_datetime(raw)
        if moment is None:
            day = parse_date(raw)
            moment = None if day is None else dt.datetime.combine(day, dt.time(), dt.UTC)
        if moment is not None and timezone.is_naive(moment):
            moment = moment.replace(tzinfo=dt.UTC)
        if moment is not None:
            return moment.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        pass
    raise Open311Error(400, f"{name}: Must be a W3C date and time, e.g. 2026-11-28T08:00:00Z.")


def _page_url(request: Request, page: int) -> str:
    params = request.query_params.copy()
    params["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
