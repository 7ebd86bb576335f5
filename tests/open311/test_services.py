"""Discovery, the service list and service definitions, in JSON and XML."""

from __future__ import annotations

from typing import Any

import pytest

from eservices.models import FormDefinition
from tests.open311.conftest import BASE, json_errors, xml, xml_errors

pytestmark = pytest.mark.django_db


def test_discovery_names_the_endpoint_and_its_formats(client: Any) -> None:
    body = client.get(f"{BASE}/discovery.json").json()
    (endpoint,) = body["endpoints"]
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"] == "http://testserver/open311/v2"
    assert endpoint["formats"] == ["text/xml", "application/json"]
    root = xml(client.get(f"{BASE}/discovery.xml"))
    assert root.tag == "discovery"
    formats = root.findall("endpoints/endpoint/formats/format")
    assert [f.text for f in formats] == ["text/xml", "application/json"]


def test_only_fault_reports_offered_through_open311_are_services(
    client: Any, fault_report: FormDefinition, feedback_form: FormDefinition
) -> None:
    response = client.get(f"{BASE}/services.json")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=60"
    (service,) = response.json()
    assert service == {
        "service_code": "felanmalan",
        "service_name": "Felanmälan gata, park och belysning",
        "description": fault_report.introduction,
        "metadata": True,
        "type": "realtime",
        "keywords": "",
        "group": "Trafikkontoret",
    }


def test_a_fault_report_editors_did_not_open_is_no_service(
    client: Any, fault_report: FormDefinition
) -> None:
    fault_report.open311 = False
    fault_report.save_revision().publish()
    assert client.get(f"{BASE}/services.json").json() == []
    missing = client.get(f"{BASE}/services/felanmalan.json")
    assert missing.status_code == 404
    assert json_errors(missing) == ["service_code: No service “felanmalan”."]


def test_services_as_xml(client: Any, fault_report: FormDefinition) -> None:
    root = xml(client.get(f"{BASE}/services.xml"))
    assert root.tag == "services"
    (service,) = root.findall("service")
    assert service.findtext("service_code") == "felanmalan"
    assert service.findtext("metadata") == "true"
    assert service.findtext("group") == "Trafikkontoret"


def test_the_definition_lists_the_fields_standard_parameters_do_not_fill(
    client: Any, fault_report: FormDefinition
) -> None:
    body = client.get(f"{BASE}/services/felanmalan.json").json()
    assert body["service_code"] == "felanmalan"
    # description, location (lat/long), email and phone are standard; photos are files.
    (category,) = body["attributes"]
    assert category == {
        "variable": True,
        "code": "category",
        "datatype": "singlevaluelist",
        "required": True,
        "datatype_description": "",
        "order": 1,
        "description": "Vad gäller det?",
        "values": [
            {"key": c, "name": c} for c in ["belysning", "gata", "park", "klotter", "annat"]
        ],
    }


def test_the_definition_as_xml(client: Any, fault_report: FormDefinition) -> None:
    root = xml(client.get(f"{BASE}/services/felanmalan.xml"))
    assert root.tag == "service_definition"
    assert root.findtext("service_code") == "felanmalan"
    (attribute,) = root.findall("attributes/attribute")
    assert attribute.findtext("code") == "category"
    assert attribute.findtext("required") == "true"
    assert [v.findtext("key") for v in attribute.findall("values/value")][:2] == [
        "belysning",
        "gata",
    ]


def test_every_kind_of_field_has_its_datatype(client: Any, home: Any) -> None:
    from eservices.demo import field, step
    from tests import factories

    form = FormDefinition.objects.create(
        title="Skadat träd",
        slug="skadat-trad",
        kind=FormDefinition.Kind.FAULT_REPORT,
        organisation=factories.OrganisationFactory(),
        allow_anonymous=True,
        open311=True,
        receipt_text="Tack!",
        steps=[
            step(
                "Trädet",
                field("number", "height", "Höjd (m)", minimum="1", maximum="40"),
                field("date", "seen", "När såg du det?", required=False),
                field("multiple_choice", "damage", "Skada", choices=["gren", "rot"]),
                field("text", "species", "Art", required=False),
                field("map_location", "location", "Plats"),
                field(
                    "text",
                    "other",
                    "Annat",
                    show_when={"field": "species", "equals": "ek"},
                ),
                field("consent", "consent", "Jag godkänner"),
            )
        ],
        live=False,
    )
    form.full_clean()
    form.save_revision().publish()
    attributes = client.get(f"{BASE}/services/skadat-trad.json").json()["attributes"]
    assert [(a["code"], a["datatype"], a["required"], a["order"]) for a in attributes] == [
        ("height", "number", True, 1),
        ("seen", "datetime", False, 2),
        ("damage", "multivaluelist", True, 3),
        ("species", "string", False, 4),
        ("other", "string", False, 5),
        ("consent", "singlevaluelist", True, 6),
    ]
    assert "attribute[species]" in attributes[4]["datatype_description"]
    assert attributes[5]["values"] == [{"key": "true", "name": "Jag godkänner"}]


def test_editors_cannot_open_forms_that_need_a_person(home: Any) -> None:
    from django.core.exceptions import ValidationError

    from eservices.demo import FORMS
    from tests import factories

    data = {k: v for k, v in FORMS[0].items() if k != "organisation"}  # the application
    form = FormDefinition(**data, organisation=factories.OrganisationFactory(), open311=True)
    with pytest.raises(ValidationError) as refused:
        form.clean()
    assert "open311" in refused.value.message_dict


def test_an_unknown_service_is_a_404_error_list_in_its_format(
    client: Any, fault_report: FormDefinition
) -> None:
    response = client.get(f"{BASE}/services/finns-inte.xml")
    assert response.status_code == 404
    assert xml_errors(response) == [("404", "service_code: No service “finns-inte”.")]


def test_browser_apps_on_an_allowed_origin_may_read(
    client: Any, fault_report: FormDefinition, settings: Any
) -> None:
    settings.CORS_ALLOWED_ORIGINS = ["https://felanmalan.example"]
    allowed = client.get("/open311/v2/services.json", HTTP_ORIGIN="https://felanmalan.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://felanmalan.example"
    other = client.get("/open311/v2/services.json", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
