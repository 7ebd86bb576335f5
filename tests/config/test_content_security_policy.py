"""Every answer carries a Content-Security-Policy; the admin and sign-in pages get what they
need beyond it, and nothing else does."""

from __future__ import annotations

import json
from typing import Any

import pytest
from wagtail.models import Site

from api.oauth import api_client_create
from cms.models import FrontendSettings
from tests import factories
from tests.processes import manage

pytestmark = pytest.mark.django_db


def policy(response: Any) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    return {name: sources for name, *sources in (d.split() for d in header.split(";"))}


def assert_baseline(directives: dict[str, list[str]]) -> None:
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert "'self'" in directives["form-action"]


def test_admin_allows_its_inline_scripts_and_the_frontends_preview(
    client: Any, home: Any, settings: Any
) -> None:
    settings.FRONTEND_PREVIEW_URL = "https://preview.stad.example/{locale}/preview"
    FrontendSettings.objects.create(
        site=Site.objects.get(is_default_site=True), preview_url="https://www.stad.example/p"
    )
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    directives = policy(client.get(f"/admin/pages/{home.pk}/edit/"))
    assert_baseline(directives)
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["frame-src"] == [
        "'self'",
        "https://preview.stad.example",
        "https://www.stad.example",
    ]
    assert_baseline(policy(client.get("/admin/login/")))


def test_sign_in_page_allows_no_inline_script_and_forms_end_at_registered_apps(
    client: Any, settings: Any
) -> None:
    settings.CITIZEN_SIGN_IN = "development"
    api_client_create(
        name="Stadens app",
        grant="authorization-code",
        scopes=["openid"],
        redirect_uris=["https://app.stad.example/callback", "https://mobil.stad.example/cb"],
    )
    response = client.get("/login/development/")
    assert response.status_code == 200
    directives = policy(response)
    assert_baseline(directives)
    assert directives["script-src"] == ["'self'"]
    assert directives["form-action"] == [
        "'self'",
        "https://app.stad.example",
        "https://mobil.stad.example",
    ]
    assert "frame-src" not in directives or directives["frame-src"] == ["'self'"]


@pytest.mark.parametrize("path", ["/api/v1/docs/", "/api/v1/redoc/", "/api/v1/api-info"])
def test_api_docs_and_answers_carry_the_policy(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    directives = policy(response)
    assert_baseline(directives)
    assert "'unsafe-inline'" not in directives["script-src"]


def test_swagger_ui_starts_from_a_script_file(client: Any) -> None:
    page = client.get("/api/v1/docs/").content.decode()
    assert "<script>" not in page
    script = client.get("/api/v1/docs/?script=")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.content.decode()


def test_operators_add_sources_through_the_environment() -> None:
    result = manage(
        "shell",
        "-c",
        "import json; from django.conf import settings;"
        "d = settings.CONTENT_SECURITY_POLICY['DIRECTIVES'];"
        "print(json.dumps([d['img-src'], d['frame-src'], d['report-uri']]))",
        CSP_EXTRA="img-src https://cdn.stad.example; frame-src https://karta.stad.example",
        CSP_REPORT_URI="https://csp.stad.example/report",
    )
    assert result.returncode == 0, result.stderr
    img, frame, report = json.loads(result.stdout.strip().splitlines()[-1])
    assert img[0] == "'self'" and img[-1] == "https://cdn.stad.example"
    assert frame == ["'self'", "https://karta.stad.example"]
    assert report == "https://csp.stad.example/report"
