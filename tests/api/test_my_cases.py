"""My page: a citizen follows their own cases and answers the handlers (cases:read);
another citizen's case does not exist for them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eservices import cases
from eservices.models import Case, CaseMessage
from tests import factories
from tests.cases import FAULT_REPORT, publish_form
from tests.tokens import user_token


@pytest.fixture
def people(client: Any, home: Any) -> dict[str, Any]:
    publish_form("felanmalan")
    alva, bo = factories.UserFactory(username="alva"), factories.UserFactory(username="bo")
    scopes = ["openid", "submissions:write", "cases:read"]
    return {
        "alva": user_token(client, user=alva, scopes=scopes),
        "bo": user_token(client, user=bo, scopes=scopes),
    }


def call(client: Any, method: str, url: str, token: str, body: Any = None, key: str = "") -> Any:
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    if key:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    if body is None:
        return client.generic(method, url, **headers)
    return client.generic(method, url, json.dumps(body), "application/json", **headers)


def file(client: Any, token: str, key: str) -> Any:
    body = {"form": "felanmalan", "data": FAULT_REPORT}
    return call(client, "POST", "/api/v1/submissions/", token, body, key=key)


@pytest.mark.django_db
def test_a_citizen_follows_their_case_from_the_receipt(client: Any, people: dict[str, Any]) -> None:
    receipt = file(client, people["alva"], "a-1").json()
    assert receipt["case_url"] == f"/api/v1/me/cases/{receipt['reference']}/"
    listed = call(client, "GET", "/api/v1/me/cases/", people["alva"])
    assert listed.status_code == 200
    assert listed["Cache-Control"] == "no-store"
    assert [c["reference"] for c in listed.json()["results"]] == [receipt["reference"]]
    case = call(client, "GET", receipt["case_url"], people["alva"]).json()
    assert case["data"] == FAULT_REPORT
    assert case["public_status"]["text"] == "Vi har tagit emot ditt ärende."


@pytest.mark.django_db
def test_anonymous_receipts_have_no_case_url(client: Any, home: Any) -> None:
    publish_form("felanmalan")
    body = json.dumps({"form": "felanmalan", "data": FAULT_REPORT})
    receipt = client.post(
        "/api/v1/submissions/", body, content_type="application/json", HTTP_IDEMPOTENCY_KEY="x"
    )
    assert receipt.json()["case_url"] is None


@pytest.mark.django_db
def test_another_citizens_case_does_not_exist_for_them(client: Any, people: dict[str, Any]) -> None:
    reference = file(client, people["alva"], "a-1").json()["reference"]
    assert call(client, "GET", "/api/v1/me/cases/", people["bo"]).json()["results"] == []
    url = f"/api/v1/me/cases/{reference}/"
    seen = call(client, "GET", url, people["bo"])
    missing = call(client, "GET", "/api/v1/me/cases/GBG-1999-000001/", people["bo"])
    assert (seen.status_code, missing.status_code) == (404, 404)
    assert {**seen.json(), "instance": ""} == {**missing.json(), "instance": ""}
    reply = call(client, "POST", url + "messages/", people["bo"], {"body": "Hej"}, key="b-1")
    assert reply.status_code == 404
    assert not CaseMessage.objects.exists()


@pytest.mark.django_db
def test_the_citizen_sees_notes_to_them_but_never_internal_ones(
    client: Any, people: dict[str, Any]
) -> None:
    reference = file(client, people["alva"], "a-1").json()["reference"]
    cases.case_transition(
        case=Case.objects.get(reference=reference),
        status="waiting_for_citizen",
        reason="needs_information",
        note="Vilken lyktstolpe gäller det?",
        internal_note="Troligen samma fel som GBG-2026-000042",
    )
    body = call(client, "GET", f"/api/v1/me/cases/{reference}/", people["alva"]).content.decode()
    assert "Vilken lyktstolpe gäller det?" in body
    assert "Troligen samma fel" not in body
    assert "internal_note" not in body


@pytest.mark.django_db
def test_a_reply_takes_a_waiting_case_up_again_once(client: Any, people: dict[str, Any]) -> None:
    reference = file(client, people["alva"], "a-1").json()["reference"]
    case = Case.objects.get(reference=reference)
    cases.case_transition(case=case, status="waiting_for_citizen", reason="needs_information")
    url = f"/api/v1/me/cases/{reference}/messages/"
    reply = {"body": "Stolpen vid Järntorgets hållplats."}
    first = call(client, "POST", url, people["alva"], reply, key="r-1")
    again = call(client, "POST", url, people["alva"], reply, key="r-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert again["Idempotent-Replayed"] == "true"
    assert CaseMessage.objects.filter(case=case, direction="from_citizen").count() == 1
    case.refresh_from_db()
    assert case.status == "in_progress"
    detail = call(client, "GET", f"/api/v1/me/cases/{reference}/", people["alva"]).json()
    assert [m["direction"] for m in detail["messages"]] == ["from_citizen"]


@pytest.mark.django_db
def test_my_page_needs_a_persons_token_with_cases_read(client: Any, people: dict[str, Any]) -> None:
    assert client.get("/api/v1/me/cases/").status_code == 401
    someone = factories.UserFactory(username="utan")
    writer = user_token(client, user=someone, scopes=["submissions:write"])
    assert call(client, "GET", "/api/v1/me/cases/", writer).status_code == 403


@pytest.mark.django_db
def test_listing_my_cases_costs_the_same_queries_however_many_there_are(
    client: Any, people: dict[str, Any]
) -> None:
    """A fixed budget: token, count, one page with its forms and organisations."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def listing_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert call(client, "GET", "/api/v1/me/cases/", people["alva"]).status_code == 200
        # Neither the answers nor the form's schema: the list shows neither.
        read = " ".join(q["sql"] for q in queries.captured_queries)
        assert '"eservices_case"."data"' not in read
        assert '"eservices_formversion"."json_schema"' not in read
        return len(queries)

    file(client, people["alva"], "first")
    file(client, people["bo"], "someone-else")
    one = listing_queries()
    for n in range(24):
        file(client, people["alva"], f"more-{n}")
    assert listing_queries() == one
    assert one <= 4
