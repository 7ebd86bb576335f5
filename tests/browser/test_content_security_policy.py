"""The Content-Security-Policy lets the admin, the sign-in pages and the API docs work in a
browser: no page reports a violation while it is used."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PIL import Image

from tests import factories
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LISTEN = """
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.blockedURI} at ${event.documentURI}`;
  window.cspViolation(`${event.violatedDirective} blocked ${where}`);
});
"""


def watch_violations(page: Any) -> list[str]:
    """Every CSP violation the page's documents report, and Chromium's console errors for them."""
    seen: list[str] = []
    page.expose_function("cspViolation", lambda text: seen.append(text))
    page.add_init_script(LISTEN)
    page.on(
        "console",
        lambda message: (
            seen.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return seen


def png(path: Any) -> Any:
    Image.new("RGB", (64, 48), "teal").save(path, format="PNG")
    return path


@pytest.fixture
def root_collection() -> Any:
    """Wagtail's root collection, which a flush by an earlier transactional test removes."""
    from wagtail.models import Collection

    return Collection.get_first_root_node() or Collection.add_root(name="Root")


@pytest.fixture
def news(section: Any) -> Any:
    """A news page: its edit view has Wagtail's date widget, which runs an inline script."""
    return factories.NewsPageFactory(parent=section, title="Nya förskoleplatser")


def test_admin_works_without_violations(
    live_server: Any,
    browser_page: Any,
    news: Any,
    root_collection: Any,
    httpserver: Any,
    settings: Any,
    tmp_path: Any,
) -> None:
    # The preview pane goes on to the frontend's preview route: here a local server.
    httpserver.expect_request("/preview").respond_with_data(
        "<!doctype html><title>Förhandsvisning</title><p>Förhandsvisning</p>",
        content_type="text/html; charset=utf-8",
    )
    settings.FRONTEND_PREVIEW_URL = httpserver.url_for("/preview")
    # With an address, the admin shows the user's avatar from Gravatar.
    admin = factories.UserFactory(is_superuser=True, is_staff=True, email="admin@stad.example")
    page = browser_page
    violations = watch_violations(page)
    log_in(page, live_server, admin)
    page.wait_for_load_state("networkidle")

    page.goto(f"{live_server.url}/admin/pages/{news.get_parent().pk}/")
    page.get_by_role("row").filter(has_text="Nya förskoleplatser").wait_for()

    page.goto(f"{live_server.url}/admin/pages/{news.pk}/edit/")
    page.locator("#id_title").wait_for()
    page.locator("[data-side-panel-toggle='preview']").click()
    # Wagtail swaps a fresh frame in for the old one once it has loaded.
    frame = page.frame_locator("iframe.w-preview__iframe").last
    frame.locator("p", has_text="Förhandsvisning").wait_for()
    page.wait_for_load_state("networkidle")

    page.goto(f"{live_server.url}/admin/images/multiple/add/")
    page.locator("input[type=file]").set_input_files(str(png(tmp_path / "karta.png")))
    page.get_by_text(re.compile("Upload successful|Image uploaded", re.I)).first.wait_for()
    page.wait_for_load_state("networkidle")
    assert violations == [], "\n".join(violations)


def test_sign_in_page_and_api_docs_work_without_violations(
    live_server: Any, browser_page: Any, settings: Any
) -> None:
    settings.CITIZEN_SIGN_IN = "development"
    page = browser_page
    violations = watch_violations(page)
    page.goto(f"{live_server.url}/login/development/")
    page.get_by_role("button", name="Logga in").wait_for()
    assert violations == [], "\n".join(violations)

    page.goto(f"{live_server.url}/api/v1/docs/")
    page.locator(".swagger-ui .info .title").wait_for()
    page.locator(".opblock").first.wait_for()
    assert violations == [], "\n".join(violations)
    page.goto(f"{live_server.url}/api/v1/redoc/")
    page.locator("redoc h1, #redoc-container h1, .api-content h1").first.wait_for()
    page.wait_for_load_state("networkidle")
    assert violations == [], "\n".join(violations)
