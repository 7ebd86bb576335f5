"""Filing reports through Open311 and reading service requests, in JSON and XML."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from django.utils import timezone

from eservices import cases
from eservices.models import Case, FormDefinition, IdempotencyKey, OutboxMessage
from tests.cases import FAULT_REPORT, file_case
from tests.open311.conftest import BASE, REPORT, json_errors, post_report, xml
from tests.smtp import Mailbox

pytestmark = pytest.mark.django_db


def test_a_posted_report_becomes_a_case_and_its_receipt_is_mailed(
    client: Any,
    fault_report: FormDefinition,
    filer: str,
    mail: Mailbox,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = post_report(client, {**REPORT, "api_key": filer})
    assert response.status_code == 201, response.content
    assert response["Cache-Control"] == "no-store"
    (answer,) = response.json()
    case = Case.objects.get()
    assert answer == {
        "service_request_id": case.reference,
        "service_notice": "Tack för din felanmälan! Vi åtgärdar akuta fel inom ett dygn.",
        "account_id": None,
    }
    assert case.data == {
        "category": "belysning",
        "description": REPORT["description"],
        "location": {"lat": 57.708912, "lon": 11.974563},
        "email": "anmalare@example.se",
        "phone": "070-123 45 67",
    }
    assert case.citizen is None
    assert case.client_id  # filed through the third party's client
    (message,) = mail.messages
    assert message["To"] == "anmalare@example.se"
    assert case.reference in message["Subject"]
    assert OutboxMessage.objects.get(channel="email").state == "sent"


def test_the_token_may_come_as_a_bearer_header_and_the_answer_as_xml(
    client: Any, fault_report: FormDefinition, filer: str
) -> None:
    response = post_report(client, REPORT, "xml", HTTP_AUTHORIZATION=f"Bearer {filer}")
    assert response.status_code == 201, response.content
    root = xml(response)
    assert root.tag == "service_requests"
    (request,) = root.findall("request")
    assert request.findtext("service_request_id") == Case.objects.get().reference
    assert request.findtext("account_id") == ""  # present, and empty


def test_a_retry_with_the_same_idempotency_key_files_one_case(
    client: Any, fault_report: FormDefinition, filer: str
) -> None:
    first = post_report(client, {**REPORT, "api_key": filer}, HTTP_IDEMPOTENCY_KEY="rapport-1")
    again = post_report(client, {**REPORT, "api_key": filer}, HTTP_IDEMPOTENCY_KEY="rapport-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert Case.objects.count() == 1
    other = post_report(
        client, {**REPORT, "api_key": filer, "lat": "57.7"}, HTTP_IDEMPOTENCY_KEY="rapport-1"
    )
    assert other.status_code == 422
    assert json_errors(other) == ["Idempotency-Key: Used for another request."]
    assert Case.objects.count() == 1


def test_without_an_idempotency_key_every_post_is_a_new_report(
    client: Any, fault_report: FormDefinition, filer: str
) -> None:
    for _ in range(2):
        assert post_report(client, {**REPORT, "api_key": filer}).status_code == 201
    assert Case.objects.count() == 2


def test_media_url_is_never_fetched_and_the_notice_says_so(
    client: Any, fault_report: FormDefinition, filer: str, httpserver: Any
) -> None:
    photo = {**REPORT, "api_key": filer, "media_url": httpserver.url_for("/lampa.jpg")}
    response = post_report(client, photo)
    assert response.status_code == 201
    assert "media_url hämtades inte" in response.json()[0]["service_notice"]
    assert httpserver.log == []
    assert "photos" not in Case.objects.get().data


def test_a_wrong_answer_names_its_parameter_and_keeps_nothing(
    client: Any, fault_report: FormDefinition, filer: str
) -> None:
    report = {**REPORT, "api_key": filer, "attribute[category]": "vulkan"}
    del report["description"]
    response = post_report(client, report)
    assert response.status_code == 400
    descriptions = json_errors(response)
    assert "description: This field is required." in descriptions
    assert any(d.startswith("attribute[category]: 'vulkan' is not one of") for d in descriptions)
    assert not Case.objects.exists()
    assert not IdempotencyKey.objects.exists()


def _filed(count: int, **answers: Any) -> list[Case]:
    return [file_case(data={**FAULT_REPORT, **answers}) for _ in range(count)]


def test_requests_show_public_fields_only(client: Any, fault_report: FormDefinition) -> None:
    (case,) = _filed(1, location={"lat": 57.708912, "lon": 11.974563})
    response = client.get(f"{BASE}/requests.json")
    assert response.status_code == 200
    (request,) = response.json()
    assert request == {
        "service_request_id": case.reference,
        "status": "open",
        "status_notes": "Vi har tagit emot ditt ärende.",
        "service_name": "Felanmälan gata, park och belysning",
        "service_code": "felanmalan",
        "description": None,
        "agency_responsible": "Trafikkontoret",
        "service_notice": None,
        "requested_datetime": case.created_at.astimezone(dt.UTC).isoformat()[:-6] + "Z",
        "updated_datetime": case.updated_at.astimezone(dt.UTC).isoformat()[:-6] + "Z",
        "expected_datetime": (case.created_at + dt.timedelta(days=14))
        .astimezone(dt.UTC)
        .isoformat()[:-6]
        + "Z",
        "address": None,
        "address_id": None,
        "zipcode": None,
        "lat": 57.709,
        "long": 11.975,
        "media_url": None,
    }


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_no_personal_data_in_any_read(client: Any, fault_report: FormDefinition, fmt: str) -> None:
    (case,) = _filed(
        1,
        email="kalle.anka@example.se",
        phone="070-765 43 21",
        location={"lat": 57.708912, "lon": 11.974563},
    )
    cases.case_transition(case=case, status="in_progress", note="Kalle ringde oss.")
    for path in (f"requests.{fmt}", f"requests/{case.reference}.{fmt}"):
        text = client.get(f"{BASE}/{path}").content.decode()
        for secret in ("kalle", "765 43 21", "Lampan", "ringde", "57.7089", "11.9745"):
            assert secret.lower() not in text.lower(), (path, secret)
        assert case.reference in text


def test_one_request_in_json_and_xml(client: Any, fault_report: FormDefinition) -> None:
    (case,) = _filed(1)
    cases.case_transition(case=case, status="closed", reason="completed")
    (request,) = client.get(f"{BASE}/requests/{case.reference}.json").json()
    assert (request["service_request_id"], request["status"]) == (case.reference, "closed")
    assert request["status_notes"] == "Felet är åtgärdat. Tack för att du hjälpte oss!"
    assert request["expected_datetime"] is None
    root = xml(client.get(f"{BASE}/requests/{case.reference}.xml"))
    assert root.tag == "service_requests"
    (element,) = root.findall("request")
    assert element.findtext("status") == "closed"
    assert element.findtext("lat") == "57.7"
    assert element.findtext("description") == ""  # present, and empty


def test_a_case_of_a_form_not_offered_is_not_found(
    client: Any, fault_report: FormDefinition, feedback_form: FormDefinition
) -> None:
    case = file_case("synpunkter", {"topic": "annat", "message": "Hej", "wants_answer": "nej"})
    response = client.get(f"{BASE}/requests/{case.reference}.json")
    assert response.status_code == 404
    assert json_errors(response) == [f"service_request_id: No request “{case.reference}”."]
    assert client.get(f"{BASE}/requests.json").json() == []


def test_requests_page_newest_first_with_link_headers(
    client: Any, fault_report: FormDefinition
) -> None:
    filed = [c.reference for c in reversed(_filed(5))]
    first = client.get(f"{BASE}/requests.json?page_size=2")
    assert [r["service_request_id"] for r in first.json()] == filed[:2]
    assert first["Link"] == (
        '<http://testserver/open311/v2/requests.json?page_size=2&page=2>; rel="next"'
    )
    last = client.get(f"{BASE}/requests.xml?page_size=2&page=3")
    ids = [r.findtext("service_request_id") for r in xml(last).findall("request")]
    assert ids == filed[4:]
    assert last["Link"] == (
        '<http://testserver/open311/v2/requests.xml?page_size=2&page=2>; rel="prev"'
    )
    assert client.get(f"{BASE}/requests.json?page=4&page_size=2").json() == []


def test_requests_filter_by_id_status_service_and_dates(
    client: Any, fault_report: FormDefinition
) -> None:
    a, b, c = _filed(3)
    cases.case_transition(case=b, status="closed", reason="duplicate")
    Case.objects.filter(pk=a.pk).update(created_at=timezone.now() - dt.timedelta(days=200))

    def ids(query: str) -> list[str]:
        response = client.get(f"{BASE}/requests.json?{query}")
        assert response.status_code == 200, response.content
        return sorted(r["service_request_id"] for r in response.json())

    assert ids("") == sorted([b.reference, c.reference])  # the last 90 days by default
    assert ids(f"service_request_id={a.reference},{c.reference}") == sorted(
        [a.reference, c.reference]
    )
    assert ids(f"service_request_id={a.reference}&status=closed") == [a.reference]
    assert ids("status=closed") == [b.reference]
    assert ids("status=open,closed") == sorted([b.reference, c.reference])
    assert ids("service_code=felanmalan&status=open") == [c.reference]
    assert ids("service_code=synpunkter") == []
    assert ids("service_request_id=&status=&service_code=") == sorted([b.reference, c.reference])
    year_ago = (timezone.now() - dt.timedelta(days=365)).date().isoformat()
    assert ids(f"start_date={year_ago}") == sorted([a.reference, b.reference, c.reference])
    month_ago = (timezone.now() - dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%S%z")
    assert ids(f"start_date={year_ago}&end_date={month_ago.replace('+', '%2B')}") == [a.reference]


def test_the_list_costs_the_same_queries_whatever_the_page_size(
    client: Any, fault_report: FormDefinition, django_assert_max_num_queries: Any
) -> None:
    _filed(30)
    for size in (1, 30):
        with django_assert_max_num_queries(2):
            response = client.get(f"{BASE}/requests.json?page_size={size}")
        assert len(response.json()) == size


def test_reads_need_no_token_and_ignore_a_bad_one(
    client: Any, fault_report: FormDefinition
) -> None:
    _filed(1)
    response = client.get(f"{BASE}/requests.json", HTTP_AUTHORIZATION="Bearer fel")
    assert response.status_code == 200
    assert len(json.loads(response.content)) == 1
