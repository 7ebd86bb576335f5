"""An export or a sitemap cannot make the import read internal addresses or huge files."""

from __future__ import annotations

from typing import Any

import pytest

from cms.legacy.adapters.base import old_path
from cms.legacy.fetching import FetchRefused, fetch


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8000/admin/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/intranet/",
        "http://[::1]/",
        "file:///etc/passwd",
        "ftp://example.se/fil.pdf",
    ],
)
def test_private_addresses_and_other_schemes_are_refused(settings: Any, url: str) -> None:
    settings.LEGACY_FETCH_ALLOWED_NETWORKS = []
    with pytest.raises(FetchRefused):
        fetch(url, limit=1000)


def test_a_redirect_is_checked_like_the_address_it_came_from(
    settings: Any, httpserver: Any
) -> None:
    httpserver.expect_request("/flyttad.pdf").respond_with_data(
        "", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    httpserver.expect_request("/ny.pdf").respond_with_data(
        "", status=301, headers={"Location": "/fil.pdf"}
    )
    httpserver.expect_request("/fil.pdf").respond_with_data(b"%PDF-1.4 innehall")
    httpserver.expect_request("/slinga").respond_with_data(
        "", status=302, headers={"Location": "/slinga"}
    )
    # The test server is on 127.0.0.1, allowed here (conftest); the metadata address is not.
    assert fetch(httpserver.url_for("/ny.pdf"), limit=1000) == b"%PDF-1.4 innehall"
    with pytest.raises(FetchRefused, match="redirects"):
        fetch(httpserver.url_for("/slinga"), limit=1000)
    with pytest.raises(FetchRefused, match=r"169\.254\.169\.254 is not a public address"):
        fetch(httpserver.url_for("/flyttad.pdf"), limit=1000)
    settings.LEGACY_FETCH_ALLOWED_NETWORKS = []
    with pytest.raises(FetchRefused, match="not a public address"):
        fetch(httpserver.url_for("/ny.pdf"), limit=1000)


def test_a_larger_answer_is_an_error_not_a_cut(settings: Any, httpserver: Any) -> None:
    httpserver.expect_request("/stor.pdf").respond_with_data(b"x" * 2001)
    with pytest.raises(FetchRefused, match="Larger than 2000 bytes"):
        fetch(httpserver.url_for("/stor.pdf"), limit=2000)
    assert len(fetch(httpserver.url_for("/stor.pdf"), limit=2001)) == 2001


@pytest.mark.parametrize(
    "written",
    ["https://gammal.se/förskola/", "https://gammal.se/f%c3%b6rskola/", "/f%C3%B6rskola"],
)
def test_an_old_address_has_one_key_however_it_was_encoded(written: str) -> None:
    assert old_path(written) == "/f%C3%B6rskola/"
    assert old_path("/sok?q=skola&sida=2") == "/sok/?q=skola&sida=2"
