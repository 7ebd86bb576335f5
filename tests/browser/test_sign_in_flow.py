"""A frontend signs a citizen in (authorization code + PKCE, the development login) in a
real browser, files a report with the token it got, and My page lists the case."""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.cases import FAULT_REPORT, publish_form
from tests.identity.test_sign_in import authorization, my_page_app
from tests.tokens import CALLBACK

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_citizen_signs_in_through_a_frontend_and_sees_their_case(
    live_server: Any, browser_page: Any, home: Any
) -> None:
    publish_form("felanmalan")
    app = my_page_app()
    start, params, verifier = authorization(app)
    page = browser_page
    # The frontend's callback page: the browser lands there with the code.
    page.route(
        re.compile(r"^https://app\.stad\.example/"),
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<p>Webbplatsen</p>"
        ),
    )

    page.goto(f"{live_server.url}{start}")
    page.wait_for_url(re.compile(r"/login/development/"))
    page.get_by_label("Personal identity number").fill("19121212-1212")
    page.get_by_label("Given name").fill("Alva")
    page.get_by_label("Family name").fill("Ek")
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(re.compile(r"/oauth/authorize/"))
    assert "Stadens webbplats" in page.content()
    page.get_by_role("button", name=re.compile("Authorize", re.I)).click()
    page.wait_for_url(re.compile(r"^https://app\.stad\.example/callback"))

    answer = parse_qs(urlsplit(page.url).query)
    assert answer["state"] == [params["state"]]
    assert "191212" not in page.url
    # The frontend's server redeems the code with its PKCE verifier (a public client).
    tokens = requests.post(
        f"{live_server.url}/oauth/token/",
        data={
            "grant_type": "authorization_code",
            "code": answer["code"][0],
            "redirect_uri": CALLBACK,
            "code_verifier": verifier,
            "client_id": app.application.client_id,
            "client_secret": app.client_secret or "",
        },
        timeout=10,
    )
    assert tokens.status_code == 200, tokens.text
    bearer = {"Authorization": f"Bearer {tokens.json()['access_token']}"}

    filed = requests.post(
        f"{live_server.url}/api/v1/submissions/",
        json={"form": "felanmalan", "data": FAULT_REPORT},
        headers={**bearer, "Idempotency-Key": str(uuid.uuid4())},
        timeout=10,
    )
    assert filed.status_code == 201, filed.text
    mine = requests.get(f"{live_server.url}/api/v1/me/cases/", headers=bearer, timeout=10)
    assert mine.status_code == 200
    assert [c["reference"] for c in mine.json()["results"]] == [filed.json()["reference"]]
