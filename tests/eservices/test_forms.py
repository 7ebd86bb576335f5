"""Form definitions: publishing freezes versions; the API serves JSON Schema and a UI
schema; submitted data is checked against the same schema."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from eservices.models import FormDefinition, FormVersion
from eservices.schema import definition_problems, validation_errors
from tests import factories
from tests.eservices.conftest import APPLICATION_STEPS, VALID, field, step
from tests.eservices.strategies import answers_for

pytestmark = pytest.mark.django_db


def schema_of(form: FormDefinition) -> dict[str, Any]:
    return form.versions.get(number=1).json_schema


# --- Publishing -----------------------------------------------------------------------------


def test_publishing_freezes_a_version(application: FormDefinition) -> None:
    version = application.versions.get()
    assert (version.number, version.title, version.locale) == (1, application.title, "sv")
    assert version.organisation == application.organisation
    application.title = "Ansök om plats i förskola"
    application.save_revision().publish()
    assert list(application.versions.values_list("number", "title")) == [
        (2, "Ansök om plats i förskola"),
        (1, "Ansök om förskoleplats"),
    ]


def test_a_version_never_changes(application: FormDefinition) -> None:
    version = application.versions.get()
    version.title = "Något annat"
    with pytest.raises(ValidationError):
        version.save()
    assert FormVersion.objects.get().title == "Ansök om förskoleplats"


def test_a_draft_is_not_a_version(application: FormDefinition) -> None:
    application.title = "Utkast"
    application.save_revision()
    assert application.versions.count() == 1


def test_editors_are_told_about_broken_forms() -> None:
    steps = copy.deepcopy(APPLICATION_STEPS)
    steps[1]["value"]["fields"].append(field("text", "email", "E-post igen"))
    steps[0]["value"]["fields"][4]["value"]["show_when"]["field"] = "saknas"
    problems = definition_problems(steps)
    assert "Two fields are named “email”." in problems
    assert any("“saknas”" in p for p in problems)


# --- The schemas ------------------------------------------------------------------------------


def test_the_json_schema_is_valid_2020_12(application: FormDefinition) -> None:
    schema = schema_of(application)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    properties = schema["properties"]
    assert properties["child_identity_number"]["format"] == "se-personal-identity-number"
    assert properties["care_type"]["enum"] == ["förskola", "pedagogisk omsorg"]
    assert properties["hours_per_week"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 50,
        "title": "Timmar per vecka",
    }
    assert properties["consent"]["const"] is True
    assert "care_needs" not in schema["required"]  # required only when shown
    assert "phone" not in schema["required"]


def test_the_ui_schema_has_steps_order_and_show_rules(application: FormDefinition) -> None:
    ui = application.versions.get().ui_schema
    assert ui["type"] == "Categorization"
    assert [c["label"] for c in ui["elements"]] == ["Barnet", "Kontakt"]
    scopes = [e["scope"] for e in ui["elements"][0]["elements"]]
    assert scopes[:3] == [
        "#/properties/child_name",
        "#/properties/child_identity_number",
        "#/properties/start_date",
    ]
    needs = ui["elements"][0]["elements"][4]
    assert needs["rule"] == {
        "effect": "SHOW",
        "condition": {"scope": "#/properties/care_type", "schema": {"const": "pedagogisk omsorg"}},
    }


# --- Validation --------------------------------------------------------------------------------


def test_complete_answers_pass(application: FormDefinition) -> None:
    assert validation_errors(schema_of(application), VALID) == {}


@pytest.mark.parametrize(
    ("change", "field_name", "message"),
    [
        ({"child_name": None}, "child_name", "required"),
        ({"child_identity_number": "20220315-2381"}, "child_identity_number", "se-personal"),
        ({"phone": "12"}, "phone", "phone"),
        ({"email": "inte-en-adress"}, "email", "email"),
        ({"start_date": "10/1 2027"}, "start_date", "date"),
        ({"care_type": "dagmamma"}, "care_type", "is not one of"),
        ({"hours_per_week": 60}, "hours_per_week", "maximum"),
        ({"consent": False}, "consent", "True was expected"),
        ({"care_needs": "Skiftarbete"}, "care_needs", "Only answered when"),
        ({"care_type": "pedagogisk omsorg"}, "care_needs", "required"),
        ({"favourite_colour": "blå"}, "favourite_colour", "Not a field"),
        (
            {"address": {"street": "Storgatan 1", "postal_code": "4113", "city": "Göteborg"}},
            "address.postal_code",
            "match",
        ),
    ],
)
def test_wrong_answers_are_named_by_field(
    application: FormDefinition, change: dict[str, Any], field_name: str, message: str
) -> None:
    data = {k: v for k, v in {**VALID, **change}.items() if v is not None}
    errors = validation_errors(schema_of(application), data)
    assert field_name in errors, errors
    assert any(message in m for m in errors[field_name]), errors


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_anything_the_schema_allows_is_accepted(application: FormDefinition, data: Any) -> None:
    schema = schema_of(application)
    answers = data.draw(answers_for(schema))
    assert validation_errors(schema, answers) == {}


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), name=st.sampled_from(sorted(VALID)))
def test_breaking_any_one_answer_is_refused_on_that_field(
    application: FormDefinition, data: Any, name: str
) -> None:
    schema = schema_of(application)
    answers = data.draw(answers_for(schema))
    answers[name] = {"inte": "rätt"} if name != "address" else "Storgatan 1"
    errors = validation_errors(schema, answers)
    assert name in errors or any(key.startswith(f"{name}.") for key in errors), errors


def test_every_kind_of_field_is_offered_to_editors() -> None:
    kinds = {f["type"] for s in APPLICATION_STEPS for f in s["value"]["fields"]}
    from eservices.blocks import FIELD_BLOCKS

    assert kinds == {kind for kind, _block in FIELD_BLOCKS}


# --- The API -----------------------------------------------------------------------------------


def test_forms_are_listed_with_their_current_version(client: Any, application: Any) -> None:
    application.save_revision().publish()
    body = client.get("/api/v1/forms/").json()
    assert [(f["slug"], f["version"]) for f in body["results"]] == [("ansokan-forskoleplats", 2)]
    assert body["results"][0]["organisation"]["slug"] == "forskoleforvaltningen"


def test_a_form_comes_with_both_schemas(client: Any, application: Any) -> None:
    response = client.get("/api/v1/forms/ansokan-forskoleplats/")
    assert response.status_code == 200
    body = response.json()
    assert body["json_schema"] == schema_of(application)
    assert body["ui_schema"]["type"] == "Categorization"
    assert body["kind"] == "application"
    assert response["ETag"]


def test_unpublished_and_unknown_forms_are_404(client: Any, application: Any) -> None:
    application.unpublish()
    for path in ("/api/v1/forms/ansokan-forskoleplats/", "/api/v1/forms/finns-inte/"):
        response = client.get(path)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/problem+json"
    assert client.get("/api/v1/forms/").json()["results"] == []


def test_forms_follow_the_locale(client: Any, application: Any) -> None:
    assert client.get("/api/v1/forms/", {"locale": "en"}).json()["results"] == []
    assert client.get("/api/v1/forms/", {"locale": "xx"}).status_code == 400


def test_a_field_cannot_depend_on_itself(home: Any) -> None:
    form = FormDefinition(
        title="Tom",
        slug="tom",
        kind="feedback",
        organisation=factories.OrganisationFactory(),
        steps=[step("Ett", field("text", "a", "A", show_when={"field": "a", "equals": "x"}))],
        receipt_text="Tack",
    )
    with pytest.raises(ValidationError):
        form.full_clean()
