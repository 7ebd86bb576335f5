"""Container health check: `python -m config.healthcheck` exits 0 when /healthz answers 200.

The request carries a host name from ALLOWED_HOSTS; a bare 127.0.0.1 would be refused
by Django's host validation in production and the container would never turn healthy.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request


def allowed_host(allowed_hosts: str) -> str:
    """A concrete host name that ALLOWED_HOSTS accepts (wildcards become a plain name)."""
    for entry in (part.strip() for part in allowed_hosts.split(",")):
        if entry and entry != "*":
            return entry.lstrip(".") or "localhost"
    return "localhost"


def probe(url: str, host: str, timeout: float = 4.0) -> bool:
    request = urllib.request.Request(url, headers={"Host": host})  # noqa: S310 - fixed http URL
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def main() -> int:
    port = os.environ.get("PORT", "8000")
    host = allowed_host(os.environ.get("ALLOWED_HOSTS", "localhost"))
    return 0 if probe(f"http://127.0.0.1:{port}/healthz", host) else 1


if __name__ == "__main__":
    sys.exit(main())
