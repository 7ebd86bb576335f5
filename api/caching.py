"""HTTP caching for API responses.

Public reads carry an ETag derived from the published-content version and the request
URL, so a matching If-None-Match is answered 304 before the view does any work.
Everything else is personal or privileged and is never stored by caches.
"""

from __future__ import annotations

import hashlib

from django.utils.http import http_date, parse_etags, quote_etag
from rest_framework.request import Request
from rest_framework.response import Response

from cms.versioning import content_version

PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300"
PRIVATE_CACHE_CONTROL = "no-store"


class NotModified(Exception):
    """Raised before the handler runs when the client's copy is current."""


def public_validators(request: Request, variant: str = "") -> tuple[str, str]:
    """(ETag, Last-Modified) for a public read of this URL; `variant` names anything else
    the answer depends on (e.g. the minute, for what is open now)."""
    version, changed_at = content_version()
    key = f"{version}:{request.get_full_path()}:{variant}"
    digest = hashlib.blake2b(key.encode(), digest_size=12)
    return quote_etag(digest.hexdigest()), http_date(changed_at.timestamp())


def check_not_modified(request: Request, etag: str) -> None:
    if request.method not in {"GET", "HEAD"}:
        return
    header = request.headers.get("If-None-Match")
    if header and (etag in parse_etags(header) or header.strip() == "*"):
        raise NotModified


def not_modified_response(etag: str, last_modified: str) -> Response:
    return Response(
        status=304,
        headers={
            "ETag": etag,
            "Last-Modified": last_modified,
            "Cache-Control": PUBLIC_CACHE_CONTROL,
            "Vary": "Accept",
        },
    )


def add_public_headers(response: Response, etag: str, last_modified: str) -> None:
    response["ETag"] = etag
    response["Last-Modified"] = last_modified
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    response["Vary"] = "Accept"
