"""Who may call what: every operation in the contract has an entry, and the entry holds.

A new operation without an entry here fails the suite: deciding who may call it is part
of adding it.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory

from api.base import APIBaseView
from cms.preview import preview_token_create
from cms.services import image_create
from tests import factories
from tests.api import contactcenter_access, opendata_access
from tests.cases import file_case
from tests.images import jpeg, show_on_page
from tests.tokens import as_citizen, machine_token, user_token, user_tokens

CONTRACT = Path(__file__).resolve().parents[2] / "frontend-contract" / "openapi.yaml"
PUBLIC = "public"
PER_FORM = "per form"  # anyone where the form allows, else a person's submissions:write token
# A token acting for a citizen: cases:read to read, submissions:write to write; their own only.
PERSONAL = "personal"

# operation id -> PUBLIC, or the scopes a token needs.
ACCESS: dict[str, Any] = {
    "api_info": PUBLIC,
    "pages_list": PUBLIC,
    "pages_retrieve": PUBLIC,
    "pages_resolve": PUBLIC,
    "navigation": PUBLIC,
    "organisations_list": PUBLIC,
    "organisations_retrieve": PUBLIC,
    "topics_list": PUBLIC,
    "images_retrieve": PUBLIC,
    "pages_preview": PUBLIC,  # the one-time preview token is the credential
    "pages_draft": ["content:preview"],
    "submissions_create": PER_FORM,
    "attachments_create": PER_FORM,
    "drafts_list": PERSONAL,
    "drafts_create": PERSONAL,
    "drafts_retrieve": PERSONAL,
    "drafts_update": PERSONAL,
    "drafts_destroy": PERSONAL,
    "forms_list": PUBLIC,
    "forms_retrieve": PUBLIC,
    "search": PUBLIC,
    "search_suggest": PUBLIC,
    # Object level too: only the cases of the caller's organisations (tests/api/test_cases_api.py).
    "cases_list": ["cases:manage"],
    "cases_retrieve": ["cases:manage"],
    "cases_transition": ["cases:manage"],
    "cases_messages_create": ["cases:manage"],
    "cases_attachment": ["cases:manage"],
    "me_cases_list": PERSONAL,
    "me_cases_retrieve": PERSONAL,
    "me_cases_messages_create": PERSONAL,
    "units_list": PUBLIC,
    "units_geojson": PUBLIC,
    "units_retrieve": PUBLIC,
    "units_figures": PUBLIC,
    "units_compare": PUBLIC,
}

ACCESS.update(contactcenter_access.ACCESS)
ACCESS.update(opendata_access.ACCESS)

# Bodies for the writes, so an allowed call succeeds (each with its own Idempotency-Key).
BODIES = {
    "cases_transition": {"status": "in_progress"},
    "cases_messages_create": {"body": "Hej"},
    **contactcenter_access.BODIES,
}

# A concrete request for each operation (path parameters filled in by the fixture).
REQUESTS = {
    "pages_resolve": "/api/v1/pages/resolve/?path=/sv/",
    "search": "/api/v1/search/?q=f%C3%B6rskola",
    "search_suggest": "/api/v1/search/suggest/?q=f%C3%B6rs",
}


def contract_operations() -> list[tuple[str, str, str]]:
    contract = yaml.safe_load(CONTRACT.read_text())
    return [
        (op["operationId"], method, path)
        for path, item in contract["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]


OPERATIONS = contract_operations()


def test_every_operation_has_an_access_entry() -> None:
    missing = sorted(op_id for op_id, _method, _path in OPERATIONS if op_id not in ACCESS)
    stale = sorted(set(ACCESS) - {op_id for op_id, _m, _p in OPERATIONS})
    assert missing == [], "Add these operations to ACCESS"
    assert stale == [], "These ACCESS entries name no operation"


def _photo_upload() -> Any:
    """An anonymous upload for the fault-report form, for a case to take."""
    import io

    from eservices import attachments, selectors
    from tests.images import png

    version = selectors.current_version(slug="felanmalan", locale="sv")
    data = png()
    return attachments.attachment_upload(
        version=version, owner="anonymous", file=io.BytesIO(data), name="lampa.png", size=len(data)
    )


def concrete_url(operation_id: str, path: str, section: Any) -> str:
    if operation_id == "forms_retrieve":
        from eservices.demo import FORMS
        from eservices.models import FormDefinition

        data = {k: v for k, v in FORMS[2].items() if k != "organisation"}
        form = FormDefinition.objects.create(**data, organisation=section.organisation, live=False)
        form.save_revision().publish()
        return f"/api/v1/forms/{form.slug}/"
    contactcenter_url = contactcenter_access.concrete_url(path, section)
    if contactcenter_url is not None:
        return contactcenter_url
    if "{unit_id}" in path or operation_id == "units_compare":
        unit_type = factories.UnitTypeFactory()
        units = [
            factories.UnitPageFactory(parent=section, slug=f"enhet-{n}", unit_type=unit_type)
            for n in (1, 2)
        ]
        for unit in units:
            unit.save_revision().publish()
        ids = ",".join(str(unit.pk) for unit in units)
        return path.replace("{unit_id}", str(units[0].pk)) + f"?ids={ids}" * (
            operation_id == "units_compare"
        )
    if operation_id == "pages_preview":
        return f"/api/v1/pages/preview/?token={preview_token_create(page=section)}"
    if "{reference}" in path:
        from tests.cases import FAULT_REPORT, publish_form

        publish_form("felanmalan", organisation=section.organisation)
        photo = _photo_upload()
        case = file_case(
            data={**FAULT_REPORT, "photos": [str(photo.pk)]},
            upload_secrets={str(photo.pk): photo.upload_secret},
        )
        return path.replace("{reference}", case.reference).replace("{attachment_id}", str(photo.pk))
    image = image_create(title="Torget", data=jpeg(), filename="torget.jpg")
    show_on_page(image, section)
    return REQUESTS.get(operation_id) or (
        path.replace("{page_id}", str(section.pk))
        .replace("{organisation_id}", str(section.organisation_id))
        .replace("{image_id}", str(image.pk))
        .replace("{draft_id}", str(uuid.uuid4()))
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("operation_id", "method", "path"), OPERATIONS, ids=[o[0] for o in OPERATIONS]
)
def test_anonymous_access_matches_the_matrix(
    client: Any, section: Any, operation_id: str, method: str, path: str
) -> None:
    if ACCESS[operation_id] == PER_FORM:
        pytest.skip(
            "Checked per form: test_submissions_follow_the_form, test_uploads_follow_the_form."
        )
    response = call(client, operation_id, method, concrete_url(operation_id, path, section))
    if ACCESS[operation_id] == PUBLIC:
        assert response.status_code == 200, response.content
    else:
        assert response.status_code == 401
        assert response["Content-Type"] == "application/problem+json"


SCOPED = [o for o in OPERATIONS if ACCESS.get(o[0]) not in (PUBLIC, PER_FORM, PERSONAL)]


@pytest.mark.django_db
@pytest.mark.parametrize(("operation_id", "method", "path"), SCOPED, ids=[o[0] for o in SCOPED])
def test_scoped_operations_need_their_scopes(
    client: Any, section: Any, operation_id: str, method: str, path: str
) -> None:
    url = concrete_url(operation_id, path, section)
    wrong = machine_token(client, name="Fel behörighet", scopes=["opendata:read"])
    scopes = ACCESS[operation_id]
    organisations = [section.organisation.slug] if "cases:manage" in scopes else []
    right = machine_token(
        client, name="Rätt behörighet", scopes=scopes, organisations=organisations
    )
    refused = call(client, operation_id, method, url, token=wrong)
    assert refused.status_code == 403
    assert refused["Content-Type"] == "application/problem+json"
    allowed = call(client, operation_id, method, url, token=right)
    assert allowed.status_code in {200, 201}, allowed.content
    assert allowed["Cache-Control"] == "no-store"


def call(client: Any, operation_id: str, method: str, url: str, token: str = "") -> Any:
    """The operation, with its body and a fresh Idempotency-Key when it writes."""
    import json
    import uuid

    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    if operation_id in BODIES:
        headers["HTTP_IDEMPOTENCY_KEY"] = str(uuid.uuid4())
        body = json.dumps(BODIES[operation_id])
        return client.generic(method.upper(), url, body, "application/json", **headers)
    return client.generic(method.upper(), url, **headers)


# Any value the route's converter takes: the token is refused before anything is looked up.
PATH_VALUES = {"reference": "GBG-2026-1", "attachment_id": str(uuid.uuid4()), "slug": "x"}
PATH_VALUES["draft_id"] = PATH_VALUES["attachment_id"]


@pytest.mark.django_db
def test_an_id_token_authorises_no_operation(client: Any, home: Any, settings: Any) -> None:
    """The OpenID Connect id token names who signed in, to the app; only access tokens
    from our token endpoint authorise requests, whatever operation, public ones too."""
    rates = getattr(settings, "AUTH_FAILURE_RATES", {})
    settings.AUTH_FAILURE_RATES = {**rates, "api_address": "1000/min"}
    citizen = as_citizen(factories.UserFactory(username="medborgare"))
    tokens = user_tokens(client, user=citizen, scopes=["openid", "cases:read", "submissions:write"])
    mine = client.get("/api/v1/me/cases/", HTTP_AUTHORIZATION=f"Bearer {tokens['access_token']}")
    assert mine.status_code == 200, mine.content

    answered = {}
    for operation_id, method, path in OPERATIONS:
        url = REQUESTS.get(operation_id) or re.sub(
            r"\{(\w+)\}", lambda m: PATH_VALUES.get(m.group(1), "1"), path
        )
        response = call(client, operation_id, method, url, token=tokens["id_token"])
        answered[operation_id] = response.status_code
        if response.status_code == 401:
            assert response["Content-Type"] == "application/problem+json"
            assert 'error="invalid_token"' in response["WWW-Authenticate"]

    assert {op: status for op, status in answered.items() if status != 401} == {}


class _Undeclared(APIBaseView):
    """A view that forgot to say who may call it."""

    def get(self, request: Request) -> Response:
        return Response({"secret": True})


class _Scoped(APIBaseView):
    required_scopes = ["cases:manage"]

    def get(self, request: Request) -> Response:
        return Response({"secret": True})


@pytest.mark.django_db
@pytest.mark.parametrize("view", [_Undeclared, _Scoped])
def test_views_are_closed_unless_they_say_otherwise(view: type[APIBaseView]) -> None:
    response = view.as_view()(APIRequestFactory().get("/api/v1/x/"))
    assert response.status_code in {401, 403}
    assert "secret" not in response.rendered_content.decode()
    assert response["Content-Type"] == "application/problem+json"
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("operation_id", "method", "path"), OPERATIONS, ids=[o[0] for o in OPERATIONS]
)
def test_staff_get_what_their_token_allows_not_what_their_account_could(
    client: Any, section: Any, operation_id: str, method: str, path: str
) -> None:
    """A superuser's token without a scope opens public operations and nothing more."""
    if ACCESS[operation_id] == PER_FORM:
        pytest.skip(
            "Checked per form: test_submissions_follow_the_form, test_uploads_follow_the_form."
        )
    if ACCESS[operation_id] == PERSONAL:
        pytest.skip("Checked in test_personal_operations_are_a_citizens_own.")
    url = concrete_url(operation_id, path, section)
    staff = factories.UserFactory(username="redaktor", is_staff=True, is_superuser=True)
    token = user_token(client, user=staff, scopes=["openid"])
    response = call(client, operation_id, method, url, token=token)
    if ACCESS[operation_id] == PUBLIC:
        assert response.status_code == 200, response.content
    else:
        assert response.status_code == 403
        assert response["Content-Type"] == "application/problem+json"
        scoped = user_token(client, user=staff, scopes=ACCESS[operation_id])
        allowed = call(client, operation_id, method, url, token=scoped)
        assert allowed.status_code in {200, 201}, allowed.content


def _form(slug: str, section: Any) -> str:
    from eservices.demo import FORMS
    from eservices.models import FormDefinition

    data = {k: v for k, v in next(f for f in FORMS if f["slug"] == slug).items()}
    data.pop("organisation")
    form = FormDefinition.objects.create(**data, organisation=section.organisation, live=False)
    form.save_revision().publish()
    return slug


@pytest.mark.django_db
def test_submissions_follow_the_form(client: Any, section: Any) -> None:
    """Anonymous where the form allows; otherwise only a person's submissions:write token."""
    import json

    open_form, closed_form = _form("synpunkter", section), _form("ansokan-forskoleplats", section)
    feedback = {"topic": "annat", "message": "Hej", "wants_answer": "nej"}
    application = {
        "child_name": "Alva",
        "child_identity_number": "20220315-2380",
        "start_date": "2027-01-10",
        "care_type": "förskola",
        "hours_per_week": 30,
        "email": "a@example.se",
        "consent": True,
    }

    def post(form: str, data: dict[str, Any], key: str, token: str | None = None) -> Any:
        headers = {"HTTP_IDEMPOTENCY_KEY": key}
        if token:
            headers["HTTP_AUTHORIZATION"] = f"Bearer {token}"
        body = json.dumps({"form": form, "data": data})
        return client.post("/api/v1/submissions/", body, content_type="application/json", **headers)

    assert post(open_form, feedback, "a").status_code == 201
    assert post(closed_form, application, "b").status_code == 401
    machine = machine_token(client, name="Fel behörighet", scopes=["opendata:read"])
    assert post(closed_form, application, "c", machine).status_code == 403
    person = factories.UserFactory(username="medborgare")
    wrong = user_token(client, user=person, scopes=["openid"])
    assert post(closed_form, application, "d", wrong).status_code == 403
    right = user_token(client, user=person, scopes=["submissions:write"])
    filed = post(closed_form, application, "e", right)
    assert filed.status_code == 201, filed.content
    from eservices.models import Case

    assert Case.objects.get(reference=filed.json()["reference"]).citizen == person


PERSONAL_OPERATIONS = [o for o in OPERATIONS if ACCESS.get(o[0]) == PERSONAL]
PERSONAL_BODIES = {
    "drafts_create": {"form": "synpunkter", "data": {"message": "Hej"}},
    "drafts_update": {"data": {"message": "Hej igen"}},
    "me_cases_messages_create": {"body": "Hej"},
}
SUCCESS = {"drafts_create": 201, "drafts_destroy": 204, "me_cases_messages_create": 201}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("operation_id", "method", "path"),
    PERSONAL_OPERATIONS,
    ids=[o[0] for o in PERSONAL_OPERATIONS],
)
def test_personal_operations_are_a_citizens_own(
    client: Any, section: Any, operation_id: str, method: str, path: str
) -> None:
    """Wrong scope, a machine or a superuser without the scope: 403; another citizen: 404."""
    from eservices.drafts import draft_create
    from eservices.models import Draft
    from eservices.selectors import current_version

    _form("synpunkter", section)
    anna, bo = (factories.UserFactory(username=name) for name in ("anna", "bo"))
    version = current_version(slug="synpunkter", locale="sv")
    draft = draft_create(citizen_id=anna.pk, version=version, data={"message": "Annas"})
    feedback = {"topic": "annat", "message": "Annas", "wants_answer": "nej"}
    case = file_case("synpunkter", feedback, citizen_id=anna.pk)
    url = path.replace("{draft_id}", str(draft.pk)).replace("{reference}", case.reference)
    scope = "cases:read" if method == "get" else "submissions:write"
    other = "submissions:write" if method == "get" else "cases:read"
    staff = factories.UserFactory(username="redaktor", is_staff=True, is_superuser=True)

    def call(token: str) -> Any:
        body = PERSONAL_BODIES.get(operation_id)
        return client.generic(
            method.upper(),
            url,
            json.dumps(body) if body is not None else "",
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {token}",
            HTTP_IDEMPOTENCY_KEY=str(uuid.uuid4()),
        )

    for token in (
        machine_token(client, name="Maskin", scopes=["opendata:read"]),
        user_token(client, user=anna, scopes=[other]),
        user_token(client, user=staff, scopes=["openid"]),
    ):
        assert call(token).status_code == 403
    if "{draft_id}" in path or "{reference}" in path:
        assert call(user_token(client, user=bo, scopes=[scope])).status_code == 404
        assert Draft.objects.get().data == {"message": "Annas"}
        assert not case.messages.exists()
    allowed = call(user_token(client, user=anna, scopes=[scope]))
    assert allowed.status_code == SUCCESS.get(operation_id, 200), allowed.content
    assert allowed["Cache-Control"] == "no-store"


# Open311 GeoReport v2 (/open311/v2/) is outside the contract: its routes by name and
# method. Reads are open data; filing needs a client-credentials token with open311:write.
OPEN311_ACCESS = {
    ("discovery", "get"): PUBLIC,
    ("services", "get"): PUBLIC,
    ("service", "get"): PUBLIC,
    ("requests", "get"): PUBLIC,
    ("request", "get"): PUBLIC,
    ("requests", "post"): ["open311:write"],
}


def test_every_open311_route_has_an_access_entry() -> None:
    from open311.urls import urlpatterns

    routes = {
        (p.name, m)
        for p in urlpatterns
        if p.name
        for m in p.callback.view_class().http_method_names
        if m != "head"
    }
    assert routes == set(OPEN311_ACCESS)


@pytest.mark.django_db
def test_open311_follows_its_matrix(client: Any, section: Any) -> None:
    from urllib.parse import urlencode

    from django.urls import reverse

    from tests.cases import FAULT_REPORT, publish_form

    publish_form("felanmalan", organisation=section.organisation)
    case = file_case()
    args = {"service": ["felanmalan", "json"], "request": [case.reference, "json"]}
    report = {"service_code": "felanmalan", "lat": "57.7", "long": "11.97"}
    report |= {"description": FAULT_REPORT["description"], "attribute[category]": "gata"}
    citizen = factories.UserFactory(username="medborgare")
    staff = factories.UserFactory(username="redaktor", is_staff=True, is_superuser=True)
    refused = [
        machine_token(client, name="Öppna data", scopes=["opendata:read"]),
        machine_token(client, name="Ärendesystem", scopes=["cases:manage"]),
        user_token(client, user=citizen, scopes=["submissions:write"]),
        user_token(client, user=staff, scopes=["openid"]),
    ]
    right = machine_token(client, name="Felanmälningsappen", scopes=["open311:write"])
    for (name, method), access in OPEN311_ACCESS.items():
        url = reverse(f"open311:{name}", args=args.get(name, ["json"]))

        def call(token: str = "", url: str = url, method: str = method) -> Any:
            headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
            body = urlencode(report) if method == "post" else ""
            kind = "application/x-www-form-urlencoded"
            return client.generic(method.upper(), url, body, kind, **headers)

        if access == PUBLIC:
            assert call().status_code == 200, url
            continue
        assert call().status_code == 401, url
        assert [call(token).status_code for token in refused] == [403] * len(refused), url
        assert call(right).status_code == 201, url
