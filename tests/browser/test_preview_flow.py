"""An editor changes a page and opens the preview pane: the site's frontend is shown with a
token, and the API gives that frontend the unsaved page."""

from __future__ import annotations

import re
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.models import Site

from cms.models import FrontendSettings
from tests import factories
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FRONTEND_PAGE = "<!doctype html><html lang='sv'><body><h1>Förhandsvisning</h1></body></html>"


def frame_at(page: Any, prefix: str, *, seconds: float = 20) -> Any:
    """The first frame whose address starts with `prefix`, waiting for it to load."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for frame in page.frames:
            if frame.url.startswith(prefix):
                return frame
        page.wait_for_timeout(200)
    raise AssertionError(f"No frame opened {prefix}; frames: {[f.url for f in page.frames]}")


def test_preview_pane_shows_the_sites_frontend_with_the_unsaved_page(
    live_server: Any,
    browser_page: Any,
    httpserver: Any,
    two_organisations: dict[str, Any],
    section: Any,
    client: Any,
) -> None:
    httpserver.expect_request(re.compile(r"^/sv/forhandsvisning$")).respond_with_data(
        FRONTEND_PAGE, content_type="text/html; charset=utf-8"
    )
    frontend = httpserver.url_for("/").rstrip("/")
    FrontendSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        preview_url=frontend + "/{locale}/forhandsvisning",
    )
    article = factories.ArticlePageFactory(
        parent=section, title="Öppettider", slug="oppettider", organisation=two_organisations["a"]
    )
    article.save_revision().publish()
    editor = two_organisations["editor_a"]
    page = browser_page
    log_in(page, live_server, editor)

    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    page.fill("#id_title", "Öppettider i jul")
    page.get_by_role("button", name=re.compile(r"Toggle preview", re.I)).click()

    frame = frame_at(page, f"{frontend}/sv/forhandsvisning")
    assert frame.locator("h1").inner_text() == "Förhandsvisning"
    query = parse_qs(urlsplit(frame.url).query)
    assert query["locale"] == ["sv"]

    # What the frontend does with the token: the unsaved title, and the live page unchanged.
    draft = client.get("/api/v1/pages/preview/", {"token": query["token"][0]})
    assert draft.status_code == 200
    assert draft.json()["title"] == "Öppettider i jul"
    assert client.get(f"/api/v1/pages/{article.pk}/").json()["title"] == "Öppettider"
