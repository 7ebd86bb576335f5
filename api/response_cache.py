"""Public API answers kept in memory and served again until published content changes.

The key is the published-content version, the URL, the Accept header and the language, so
an entry is never served after any change a public reader could see: the next version
makes new keys and the old entries age out. Only answers the view marked as shared are
kept: 200s of public reads that depend on nothing else (`APIBaseView.cache_variant()`
empty). Requests with credentials always go to the view, as does anything the view would
answer differently per caller. A kept answer is also what revalidation compares against,
so a matching If-None-Match is answered 304 here. A request with `Cache-Control: no-cache`
(or `max-age=0`) reaches the view, and its answer replaces the kept one.

A hit skips the view, its queries and the rate limits: it costs what a CDN hit costs the
origin, nothing. Entries live in the `api-responses` cache (per process memory by default).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.urls import Resolver404, resolve
from django.utils.http import parse_etags
from django.utils.translation import get_language

from cms.versioning import content_version, content_version_pinned

CACHE_ALIAS = "api-responses"
PREFIX = "/api/v1/"
# Set per request by the middlewares around this one, never stored with an answer.
NOT_STORED = {"x-request-id", "set-cookie", "date", "content-language", "content-length"}
KEPT_SECONDS = 600
MAX_KEPT_BYTES = 256 * 1024  # larger answers are rare and would crowd out the rest
# What most callers send; each is the same answer, kept once.
JSON_ACCEPTS = {"", "*/*", "application/json", "application/json, */*", "application/*"}


def mark_shared(response: HttpResponseBase) -> None:
    """Let the response cache keep this answer for everyone (see the module docstring)."""
    response.shared_answer = True  # type: ignore[attr-defined]


class PublicResponseCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if (
            request.method != "GET"
            or not request.path.startswith(PREFIX)
            or "authorization" in request.headers
            or not _may_share(request)
        ):
            return self.get_response(request)
        with content_version_pinned():
            key = self._key(request)
            cache = caches[CACHE_ALIAS]
            # A client may ask for a fresh answer (RFC 9111 §5.2.1.4); it is kept for others.
            kept = None if _wants_fresh(request) else cache.get(key)
            if kept is not None:
                return _answer(request, *kept)
            response = self.get_response(request)
            if (
                getattr(response, "shared_answer", False)
                and response.status_code == 200
                and isinstance(response, HttpResponse)
                and len(response.content) <= MAX_KEPT_BYTES
            ):
                headers = [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED]
                cache.set(key, (response.content, headers), KEPT_SECONDS)
            return response

    @staticmethod
    def _key(request: HttpRequest) -> str:
        version, changed_at = content_version()
        accept = request.headers.get("accept", "")
        parts = (
            str(version),
            changed_at.isoformat(),
            # Links in an answer (a listing's next and previous) carry the caller's address.
            request.scheme or "",
            request.get_host(),
            request.get_full_path(),
            "json" if accept in JSON_ACCEPTS else accept,
            get_language() or "",
        )
        return "answer:" + hashlib.blake2b("\x00".join(parts).encode(), digest_size=16).hexdigest()


def _wants_fresh(request: HttpRequest) -> bool:
    directives = request.headers.get("cache-control", "").lower()
    return "no-cache" in directives or "max-age=0" in directives.replace(" ", "")


def _may_share(request: HttpRequest) -> bool:
    """Whether the view at this path ever marks answers shared (public, cacheable reads):
    the others are not worth reading the content version for."""
    try:
        match = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return False
    view = getattr(match.func, "view_class", None)
    return bool(
        getattr(view, "public", False)
        and getattr(view, "cacheable", False)
        and getattr(view, "shared_answers", False)
    )


def _answer(request: HttpRequest, body: bytes, headers: list[tuple[str, str]]) -> HttpResponse:
    etag = next((v for k, v in headers if k.lower() == "etag"), None)
    match = request.headers.get("if-none-match")
    if etag and match and (match.strip() == "*" or etag in parse_etags(match)):
        response = HttpResponse(status=304)
        del response["Content-Type"]
        kept: Any = [(k, v) for k, v in headers if k.lower() != "content-type"]
    else:
        response = HttpResponse(body)
        kept = headers
    for name, value in kept:
        response[name] = value
    return response
