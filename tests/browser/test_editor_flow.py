"""An editor logs in, writes an article under a section, publishes it and sees it live."""

from __future__ import annotations

import re
from typing import Any

import pytest

from cms.models import ArticlePage
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def publish(page: Any, parent_id: int) -> None:
    """Press Publish and expect Wagtail back at the parent's listing, or say what it refused."""
    page.locator("button.dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile(r"^Publish", re.I)).click()
    if re.search(rf"/admin/pages/{parent_id}/$", page.url):
        return
    messages = page.locator(".messages, .help-critical, .error-message").all_inner_texts()
    invalid = page.locator("[aria-invalid=true], .w-field--error").evaluate_all(
        "(els) => els.map((el) => el.id || el.outerHTML.slice(0, 200))"
    )
    raise AssertionError(
        f"Publishing did not return to the section; at {page.url}: {messages}; fields: {invalid}"
    )


def test_editor_creates_and_publishes_an_article(
    live_server: Any,
    browser_page: Any,
    two_organisations: dict[str, Any],
    section: Any,
    settings: Any,
) -> None:
    # This flow is about writing and publishing. Autosave, which moves a new page to its
    # draft's edit view while the editor types, raced the typing on a loaded machine and
    # published an empty text block; it is off here.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    editor = two_organisations["editor_a"]
    page = browser_page
    log_in(page, live_server, editor)

    page.goto(f"{live_server.url}/admin/pages/{section.pk}/add_subpage/")
    page.get_by_role("link", name=re.compile(r"^Article", re.I)).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/add/cms/articlepage/"))

    page.fill("#id_title", "Ny öppettid för förskolornas kontor")
    page.fill("#id_summary", "Kontoret har nya öppettider från den första december.")
    # The slug follows the title through a script; set it as the Promote tab would, so an
    # autosave racing that script on a slow machine cannot leave it empty.
    page.locator("#id_slug").evaluate("(el) => { el.value = 'ny-oppettid-kontoret'; }")
    page.get_by_role("button", name=re.compile("Insert a block", re.I)).first.click()
    page.get_by_role("option", name=re.compile(r"^Text$")).click()
    editor_area = page.locator(".Draftail-Editor [contenteditable=true]").first
    editor_area.click()
    editor_area.type("Från den första december har kontoret öppet vardagar 8–16.")
    # Draftail writes the text to its hidden input as the editor types; publish once it has.
    page.wait_for_function(
        "() => (document.querySelector('#body-0-value') || {value: ''}).value.includes('december')"
    )

    publish(page, section.pk)

    row = page.get_by_role("row").filter(has_text="Ny öppettid för förskolornas kontor")
    assert row.count() == 1
    assert "live" in row.inner_text().lower()

    article = ArticlePage.objects.get(title="Ny öppettid för förskolornas kontor")
    assert article.live
    assert article.get_parent().pk == section.pk
    assert article.organisation == two_organisations["a"]
    assert article.owner == editor

    page.goto(f"{live_server.url}/sv/forskola/{article.slug}/")
    assert page.locator("h1").inner_text() == "Ny öppettid för förskolornas kontor"
