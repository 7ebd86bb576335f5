"""Bad input is a GeoReport error list with the right status, in the path's format, and
nothing changes; no input makes a server error."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eservices.models import Case, FormDefinition
from tests.open311.conftest import BASE, REPORT, json_errors, post_report, xml_errors
from tests.tokens import machine_token, user_token

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("changes", "status", "description"),
    [
        ({"service_code": "finns-inte"}, 404, "service_code: No service “finns-inte”."),
        ({"service_code": ""}, 400, "service_code: Required."),
        ({"attribute[category]": ""}, 400, "attribute[category]: This field is required."),
        ({"lat": "91"}, 400, "lat, long: Send both, in WGS 84 degrees"),
        ({"lat": "abc"}, 400, "lat, long: Send both, in WGS 84 degrees"),
        ({"long": "nan"}, 400, "lat, long: Send both, in WGS 84 degrees"),
        ({"long": ""}, 400, "lat, long: Send both, in WGS 84 degrees"),
        ({"lat": "", "long": ""}, 400, "lat, long: This field is required."),
        ({"email": "inte-en-adress"}, 400, "email: 'inte-en-adress' is not a 'email'"),
        ({"attribute[color]": "röd"}, 400, "attribute[color]: Not an attribute of this service."),
        ({"address_id": "17"}, 400, "address_id: Not supported"),
        ({"colour": "röd"}, 400, "colour: Not a parameter of a GeoReport v2 service request."),
        ({"jurisdiction_id": "annan.stad"}, 404, "jurisdiction_id: This server answers for"),
    ],
)
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_bad_reports_are_error_lists_and_file_nothing(
    client: Any,
    fault_report: FormDefinition,
    filer: str,
    changes: dict[str, str],
    status: int,
    description: str,
    fmt: str,
) -> None:
    response = post_report(client, {**REPORT, "api_key": filer, **changes}, fmt)
    assert response.status_code == status, response.content
    if fmt == "xml":
        descriptions = [d for code, d in xml_errors(response) if code == str(status)]
    else:
        descriptions = json_errors(response)
    assert any(d.startswith(description) for d in descriptions), descriptions
    assert response["Cache-Control"] == "no-store"
    assert not Case.objects.exists()


@pytest.mark.parametrize(
    ("query", "description"),
    [
        ("page=0", "page: Must be a whole number from 1 to 100000."),
        ("page=x", "page: Must be a whole number from 1 to 100000."),
        ("page_size=201", "page_size: Must be a whole number from 1 to 200."),
        ("page_size=%C2%B2", "page_size: Must be a whole number from 1 to 200."),
        ("start_date=igår", "start_date: Must be a W3C date and time"),
        ("end_date=2026-13-01", "end_date: Must be a W3C date and time"),
        ("start_date=0001-01-01T00:00:00%2B05:00", "start_date: Must be a W3C date and time"),
        ("start_date=2026-02-01&end_date=2026-01-01", "start_date: Must not be after end_date."),
        ("status=pending", "status: Send open, closed, or both comma-separated."),
        ("limit=10", "limit: Unknown query parameter."),
        ("service_code=a%00b", "service_code: Contains a NUL character."),
        ("jurisdiction_id=annan.stad", "jurisdiction_id: This server answers for another one."),
        ("service_request_id=" + ",".join(["x"] * 101), "service_request_id: At most 100"),
    ],
)
def test_bad_queries_are_error_lists(
    client: Any, fault_report: FormDefinition, query: str, description: str
) -> None:
    response = client.get(f"{BASE}/requests.json?{query}")
    assert response.status_code in {400, 404}
    assert any(d.startswith(description) for d in json_errors(response))


def test_the_right_jurisdiction_is_accepted(client: Any, fault_report: FormDefinition) -> None:
    for jurisdiction in ("stad.example", ""):  # clients send an empty one for "the only"
        response = client.get(f"{BASE}/services.json?jurisdiction_id={jurisdiction}")
        assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    ["services.yaml", "requests.html", "discovery.JSON", "services/felanmalan.txt"],
)
def test_an_unknown_format_is_a_json_error_list(
    client: Any, fault_report: FormDefinition, path: str
) -> None:
    response = client.get(f"{BASE}/{path}")
    assert response.status_code == 400
    assert json_errors(response) == ["Unknown format: end the path in .json or .xml."]


@pytest.mark.parametrize("path", ["services", "requests/", "v3/services.json", "x.xml"])
def test_other_paths_are_404_error_lists(client: Any, path: str) -> None:
    response = client.get(f"/open311/{path}" if path.startswith("v3") else f"{BASE}/{path}")
    assert response.status_code == 404
    if path.endswith(".xml"):
        assert xml_errors(response) == [("404", "No GeoReport v2 resource at this path.")]
    else:
        assert json_errors(response) == ["No GeoReport v2 resource at this path."]


def test_filing_without_a_token_is_401_and_with_a_bad_one_403(
    client: Any, fault_report: FormDefinition
) -> None:
    missing = post_report(client, REPORT)
    assert missing.status_code == 401
    assert missing["WWW-Authenticate"] == 'Bearer realm="open311"'
    assert json_errors(missing) == ["api_key: Required to file a request."]
    bad = post_report(client, {**REPORT, "api_key": "inte-en-nyckel"}, "xml")
    assert bad.status_code == 403
    assert xml_errors(bad) == [("403", "api_key: Not valid, or without the open311:write scope.")]
    header = post_report(client, REPORT, HTTP_AUTHORIZATION="Bearer inte-en-nyckel")
    assert header.status_code == 403
    assert not Case.objects.exists()


def test_guessed_api_keys_from_one_address_are_throttled(
    client: Any, fault_report: FormDefinition, settings: Any
) -> None:
    """Open311 shares the API's budget of refused tokens per address."""
    from django.core.cache import cache

    cache.clear()
    settings.AUTH_FAILURE_RATES = {**settings.AUTH_FAILURE_RATES, "api_address": "3/hour"}
    statuses = [
        post_report(client, {**REPORT, "api_key": f"gissad-{n}"}).status_code for n in range(3)
    ]
    assert statuses == [403] * 3

    throttled = post_report(client, {**REPORT, "api_key": "gissad-4"})

    assert throttled.status_code == 429
    assert int(throttled["Retry-After"]) > 0
    assert json_errors(throttled) == ["Too many requests; try again later."]
    assert not Case.objects.exists()


def test_tokens_without_open311_write_may_not_file(
    client: Any, fault_report: FormDefinition
) -> None:
    from tests import factories

    opendata = machine_token(client, name="Öppna data", scopes=["opendata:read"])
    citizen = factories.UserFactory(username="medborgare")
    personal = user_token(client, user=citizen, scopes=["submissions:write"])
    for token in (opendata, personal):
        assert post_report(client, {**REPORT, "api_key": token}).status_code == 403
    assert not Case.objects.exists()


def test_open311_write_is_only_for_client_credentials_clients(db: None) -> None:
    from api.oauth import ApiClientError, api_client_create

    with pytest.raises(ApiClientError) as refused:
        api_client_create(
            name="Medborgarapp",
            grant="authorization-code",
            scopes=["open311:write"],
            redirect_uris=["https://app.stad.example/callback"],
        )
    assert refused.value.code == "scope_needs_machine"


def test_the_api_key_never_travels_in_the_address(
    client: Any, fault_report: FormDefinition, filer: str
) -> None:
    response = client.post(
        f"{BASE}/requests.json?api_key={quote(filer)}",
        urlencode(REPORT),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert json_errors(response) == ["Send api_key in the request body, never in the address."]
    assert filer not in response.content.decode()
    assert not Case.objects.exists()


def test_a_json_body_and_other_methods_are_refused(
    client: Any, fault_report: FormDefinition, filer: str
) -> None:
    as_json = client.post(
        f"{BASE}/requests.json",
        {**REPORT, "api_key": filer},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {filer}",
    )
    assert as_json.status_code == 415
    deleted = client.delete(f"{BASE}/services.json")
    assert deleted.status_code == 405
    assert deleted["Allow"] == "GET, HEAD"
    assert json_errors(deleted) == ["Method not allowed."]


def test_callers_are_rate_limited_as_on_the_api(
    client: Any, settings: Any, fault_report: FormDefinition
) -> None:
    settings.API_THROTTLE_RATES = {"client": "3/min", "anonymous": "2/min"}
    assert [client.get(f"{BASE}/services.xml").status_code for _ in range(2)] == [200, 200]
    limited = client.get(f"{BASE}/services.xml")
    assert limited.status_code == 429
    assert 0 < int(limited["Retry-After"]) <= 60
    assert xml_errors(limited) == [("429", "Too many requests; try again later.")]


PATHS = st.sampled_from(
    [
        "discovery",
        "services",
        "services/felanmalan",
        "requests",
        "requests/GBG-2026-000001",
    ]
)
TEXT = st.text(st.characters(codec="utf-8"), max_size=30)
NAMES = st.sampled_from(
    [
        "service_request_id",
        "service_code",
        "start_date",
        "end_date",
        "status",
        "page",
        "page_size",
        "jurisdiction_id",
        "lat",
        "long",
        "address_string",
        "description",
        "email",
        "attribute[category]",
        "attribute[category][]",
        "attribute[",
        "media_url",
    ]
)
PARAMS = st.lists(st.tuples(st.one_of(NAMES, TEXT), TEXT), max_size=6)


@settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(
    path=PATHS,
    fmt=st.sampled_from(["json", "xml", "csv"]),
    query=PARAMS,
    body=PARAMS,
    post=st.booleans(),
)
def test_no_input_makes_a_server_error(
    client: Any,
    fault_report: FormDefinition,
    filer: str,
    path: str,
    fmt: str,
    query: list[tuple[str, str]],
    body: list[tuple[str, str]],
    post: bool,
) -> None:
    url = f"{BASE}/{path}.{fmt}?{urlencode(query)}"
    if post:
        fields = [("service_code", "felanmalan"), *body]
        response = client.post(
            url,
            urlencode(fields),
            content_type="application/x-www-form-urlencoded",
            HTTP_AUTHORIZATION=f"Bearer {filer}",
        )
    else:
        response = client.get(url)
    assert response.status_code < 500, response.content
    if response.status_code >= 400:
        if fmt == "xml":
            assert xml_errors(response)
        else:
            assert json_errors(response)


def test_files_and_bodiless_posts_are_refused(
    client: Any, fault_report: FormDefinition, filer: str
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    photo = SimpleUploadedFile("lampa.jpg", b"\xff\xd8\xff", content_type="image/jpeg")
    with_file = client.post(f"{BASE}/requests.json", {**REPORT, "api_key": filer, "media": photo})
    assert with_file.status_code == 400
    assert json_errors(with_file) == ["Send no files: give a picture's address as media_url."]
    bare = client.generic(
        "POST", f"{BASE}/requests.xml", b"", "", HTTP_AUTHORIZATION=f"Bearer {filer}"
    )
    assert bare.status_code in {400, 415}
    assert xml_errors(bare)
    nul = client.get(f"{BASE}/requests/GBG%00.json")
    assert nul.status_code == 404
    assert not Case.objects.exists()
