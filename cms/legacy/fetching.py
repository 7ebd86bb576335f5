"""Reading old sites over HTTP without letting an export steer the server.

An export or a sitemap names the addresses the import reads, so each is checked before
it is fetched: http or https only; the host must resolve to public addresses only
(no loopback, private, link-local or reserved ones, such as a cloud metadata service),
except networks `LEGACY_FETCH_ALLOWED_NETWORKS` names (an intranet server of old sites;
tests serve theirs on 127.0.0.1); redirects are followed by hand, at most MAX_REDIRECTS,
each hop checked the same way; and an answer larger than its limit is an error, never
silently cut.

The check resolves the name before connecting, and the connection resolves it again: a
name that changes its answer in between (DNS rebinding) is not caught here; run imports
where the network itself keeps internal services out of reach.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urljoin, urlsplit

from django.conf import settings

FETCH_TIMEOUT = 20
MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}


class FetchRefused(ValueError):
    """The address may not be read, or its answer is too large."""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a 3xx comes back as an HTTPError, to be checked and followed here


_opener = urllib.request.build_opener(_NoRedirects)


def fetch(url: str, *, limit: int) -> bytes:
    """GET an http(s) address the import may read; at most `limit` bytes."""
    for _hop in range(MAX_REDIRECTS + 1):
        check_address(url)
        request = urllib.request.Request(url, headers={"User-Agent": "city-legacy-import"})  # noqa: S310
        try:
            with _opener.open(request, timeout=FETCH_TIMEOUT) as response:
                data = bytes(response.read(limit + 1))
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if exc.code in REDIRECTS else None
            if not location:
                raise
            url = urljoin(url, location)
            continue
        if len(data) > limit:
            raise FetchRefused(f"Larger than {limit} bytes: {url}")
        return data
    raise FetchRefused(f"More than {MAX_REDIRECTS} redirects: {url}")


def check_address(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FetchRefused(f"Only http and https addresses are read: {url}")
    allowed = [ipaddress.ip_network(n) for n in settings.LEGACY_FETCH_ALLOWED_NETWORKS]
    try:
        found = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        raise FetchRefused(f"Unknown host: {parts.hostname}") from exc
    for *_rest, sockaddr in found:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if not address.is_global and not any(address in network for network in allowed):
            raise FetchRefused(f"{parts.hostname} is not a public address ({address}).")
