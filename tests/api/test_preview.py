"""Headless preview: the admin sends the frontend a token; the API returns the draft."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.tokens import machine_token

pytestmark = pytest.mark.django_db


def test_admin_preview_opens_the_frontend_with_a_token_for_the_unsaved_page(
    client: Any, article: Any, settings: Any
) -> None:
    settings.FRONTEND_PREVIEW_URL = "https://www.stad.example/forhandsvisning"
    article.title = "Öppettider i jul"  # edited in the form, not saved
    response = article.make_preview_request()
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == settings.FRONTEND_PREVIEW_URL
    query = parse_qs(target.query)
    assert query["locale"] == ["sv"]

    draft = client.get("/api/v1/pages/preview/", {"token": query["token"][0]})
    assert draft.status_code == 200
    assert draft.json()["title"] == "Öppettider i jul"
    assert draft["Cache-Control"] == "no-store"
    # The published page is untouched.
    assert client.get(f"/api/v1/pages/{article.pk}/").json()["title"] == "Öppettider"


@pytest.mark.parametrize(("query", "status"), [({"token": "gissat"}, 404), ({}, 400)])
def test_unknown_or_missing_preview_tokens_are_refused(
    client: Any, query: dict[str, str], status: int
) -> None:
    response = client.get("/api/v1/pages/preview/", query)
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"


def test_preview_clients_read_the_latest_draft(client: Any, article: Any) -> None:
    article.title = "Utkast till nya öppettider"
    article.save_revision()  # saved, not published
    token = machine_token(client, name="Webbplatsen", scopes=["content:preview"])
    draft = client.get(f"/api/v1/pages/{article.pk}/draft/", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert draft.json()["title"] == "Utkast till nya öppettider"
    assert client.get(f"/api/v1/pages/{article.pk}/").json()["title"] == "Öppettider"


def test_each_site_previews_in_its_own_frontend_and_locale(
    client: Any, article: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from wagtail.models import Locale, Site

    from cms.models import FrontendSettings
    from cms.services import translation_create

    settings.FRONTEND_PREVIEW_URL = "https://standard.stad.example/preview"
    site = Site.objects.get(is_default_site=True)
    FrontendSettings.objects.create(
        site=site, preview_url="https://www.stad.example/{locale}/forhandsvisning"
    )
    Locale.objects.create(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        translation_create(instance=article, language_code="en", strings={})
    english = article.get_translation(Locale.objects.get(language_code="en"))

    for page, language in ((article, "sv"), (english, "en")):
        target = urlsplit(page.make_preview_request()["Location"])
        assert f"{target.scheme}://{target.netloc}{target.path}" == (
            f"https://www.stad.example/{language}/forhandsvisning"
        )
        assert parse_qs(target.query)["locale"] == [language]


@pytest.mark.parametrize(
    "address",
    ["ftp://www.stad.example/", "https://x.example/{lang}/", "http://www.stad.example/{locale}/"],
)
def test_a_preview_address_must_be_http_with_only_the_locale_placeholder(
    address: str, home: Any
) -> None:
    from django.core.exceptions import ValidationError
    from wagtail.models import Site

    from cms.models import FrontendSettings

    setting = FrontendSettings(site=Site.objects.get(is_default_site=True), preview_url=address)
    with pytest.raises(ValidationError):
        setting.full_clean()
