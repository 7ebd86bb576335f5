"""Every old address is answered: by the resolve API and on the old host itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cms.legacy.services import legacy_item_retire
from cms.models import LegacyItem, LegacySite
from tests.cms.legacy.test_import import A, _wxr_site

pytestmark = pytest.mark.django_db

RESOLVE = "/api/v1/pages/resolve/"


@pytest.fixture
def imported(tmp_path: Path, run_import: Any) -> LegacySite:
    run_import("forskola.example.se", "wxr", _wxr_site(tmp_path))
    return LegacySite.objects.get(host="forskola.example.se")


def _resolve(client: Any, url: str) -> Any:
    return client.get(RESOLVE, {"url": url})


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"{A}/forskola/ansok/", "/sv/gamla-sajter/forskola/ansok/"),
        ("http://www.forskola.example.se/forskola/ansok", "/sv/gamla-sajter/forskola/ansok/"),
        (f"{A}/?p=20", "/sv/gamla-sajter/nya-platser/"),
        (f"{A}/forskola/", "/sv/gamla-sajter/forskola/"),
    ],
)
def test_old_address_resolves_to_its_new_page(
    client: Any, imported: LegacySite, url: str, expected: str
) -> None:
    response = _resolve(client, url)
    assert response.status_code == 200
    assert response.json() == {"status": 301, "redirect_to": expected, "page": None}


def test_old_file_address_resolves_to_the_imported_document(
    client: Any, imported: LegacySite
) -> None:
    body = _resolve(client, f"{A}/wp-content/uploads/taxa.pdf").json()
    assert body["status"] == 301 and body["redirect_to"].startswith("/documents/")


def test_retired_address_is_gone_and_unknown_one_not_found(
    client: Any, imported: LegacySite
) -> None:
    legacy_item_retire(item=LegacyItem.objects.get(old_path="/ansok/"))
    assert _resolve(client, f"{A}/ansok/").json() == {
        "status": 410,
        "redirect_to": None,
        "page": None,
    }
    missing = _resolve(client, f"{A}/finns-inte/")
    assert missing.status_code == 404 and missing["Content-Type"] == "application/problem+json"
    assert missing.json()["code"] == "not_found"


def test_host_wide_rule_keeps_the_path_tail(client: Any, imported: LegacySite, target: Any) -> None:
    imported.host_redirect_page = target
    imported.save()
    body = _resolve(client, f"{A}/gammal/sida.html").json()
    assert body == {
        "status": 301,
        "redirect_to": "/sv/gamla-sajter/gammal/sida.html/",
        "page": None,
    }
    # What the map knows still wins.
    assert _resolve(client, f"{A}/forskola/").json()["redirect_to"] == "/sv/gamla-sajter/forskola/"


def test_old_host_itself_redirects_to_the_frontend(
    client: Any, imported: LegacySite, settings: Any
) -> None:
    settings.ALLOWED_HOSTS = ["*"]
    settings.FRONTEND_URL = "https://www.stad.example"
    response = client.get("/forskola/ansok/", HTTP_HOST="forskola.example.se")
    assert response.status_code == 301
    assert response["Location"] == "https://www.stad.example/sv/gamla-sajter/forskola/ansok/"
    response = client.get("/", {"p": "20"}, HTTP_HOST="www.forskola.example.se")
    assert response["Location"] == "https://www.stad.example/sv/gamla-sajter/nya-platser/"
    legacy_item_retire(item=LegacyItem.objects.get(old_path="/ansok/"))
    assert client.get("/ansok/", HTTP_HOST="forskola.example.se").status_code == 410
    # What the map does not know, and our own host, are left to the rest of the stack.
    assert client.get("/finns-inte/", HTTP_HOST="forskola.example.se").status_code not in {301, 410}
    assert client.get("/forskola/ansok/").status_code not in {301, 410}
