"""A handler signs in, finds the new case, asks the citizen for more, and the citizen is
told: in a real browser against a live server."""

from __future__ import annotations

import re
from typing import Any

import pytest

from eservices.models import Case
from tests import factories
from tests.browser.conftest import log_in
from tests.cases import file_case, handler_group, publish_form

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_handler_asks_the_citizen_for_more(
    live_server: Any, browser_page: Any, home: Any
) -> None:
    traffic = factories.OrganisationFactory(slug="trafikkontoret", name="Trafikkontoret")
    publish_form("felanmalan", organisation=traffic)
    case = file_case()
    handler = factories.UserFactory(username="handlaggare")
    handler.groups.add(handler_group(traffic))
    page = browser_page
    log_in(page, live_server, handler)

    page.goto(f"{live_server.url}/admin/cases/")
    page.get_by_role("link", name=case.reference).click()
    page.wait_for_url(re.compile(rf"/admin/cases/inspect/{case.pk}/$"))
    assert "Lampan vid busshållplatsen är trasig." in page.content()

    page.select_option("#id_status", "waiting_for_citizen")
    page.select_option("#id_reason", "needs_information")
    page.fill("#id_note", "Vilken lyktstolpe gäller det?")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_url(re.compile(rf"/admin/cases/inspect/{case.pk}/$"))
    assert "the citizen is told" in page.locator(".messages").inner_text()

    case.refresh_from_db()
    assert (case.status, case.status_reason) == ("waiting_for_citizen", "needs_information")
    told = case.outbox.filter(kind="status", channel="email").get()
    assert "Vilken lyktstolpe gäller det?" in told.body
    assert page.locator("[data-case-event='waiting_for_citizen']").count() == 1
    assert Case.objects.filter(pk=case.pk, events__actor=handler).exists()
