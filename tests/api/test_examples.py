"""The contract's examples: one per operation, valid against the contract, and what the
code answers for the demo city today (regenerated here and compared)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.management import call_command
from django.db import connection
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from api import examples
from cms.models import CityImage
from cms.services import renditions_create
from search.services import index_rebuild

CONTRACT = Path(__file__).resolve().parents[2] / "frontend-contract" / "openapi.yaml"
METHODS = {"get", "put", "post", "patch", "delete"}


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    return yaml.safe_load(CONTRACT.read_text())


def operations(contract: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: op
        for item in contract["paths"].values()
        for method, op in item.items()
        if method in METHODS
    }


def response_validator(
    contract: dict[str, Any], operation: dict[str, Any], status: int = 200
) -> Any:
    schema = json_media(operation["responses"][str(status)]["content"])["schema"]
    resource = Resource.from_contents(contract, default_specification=DRAFT202012)
    registry = Registry().with_resource("contract", resource)
    return Draft202012Validator(_rebase(schema), registry=registry)


def json_media(content: dict[str, Any]) -> dict[str, Any]:
    """The JSON media type of an answer: application/json, or a JSON format such as
    application/geo+json."""
    if "application/json" in content:
        return content["application/json"]
    return next(media for name, media in content.items() if name.endswith("+json"))


def _rebase(schema: Any) -> Any:
    """Point the contract's local references at the registered contract document."""
    if isinstance(schema, dict):
        return {
            key: ("contract" + value if key == "$ref" and value.startswith("#") else _rebase(value))
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase(item) for item in schema]
    return schema


def test_every_operation_has_a_committed_example_in_the_contract(
    contract: dict[str, Any],
) -> None:
    committed = examples.committed()
    assert set(committed) == set(operations(contract))
    for operation_id, operation in operations(contract).items():
        status = str(committed[operation_id]["status"])
        if committed[operation_id]["response"] is None:  # 204, or a file
            content = operation["responses"][status].get("content", {})
            assert "application/json" not in content, operation_id
        else:
            shown = json_media(operation["responses"][status]["content"])["examples"]
            assert shown["demo"]["value"] == committed[operation_id]["response"], operation_id
        request = committed[operation_id]["request"]
        named = {p["name"]: p.get("example") for p in operation.get("parameters", [])}
        for name in request["query"]:
            assert named.get(name) is not None, f"{operation_id}: no example for {name}"


def test_committed_examples_conform_to_the_contract(contract: dict[str, Any]) -> None:
    for operation_id, example in examples.committed().items():
        if example["response"] is None:
            continue  # no body to conform
        operation = operations(contract)[operation_id]
        validator = response_validator(contract, operation, example["status"])
        errors = [e.message for e in validator.iter_errors(example["response"])]
        assert errors == [], operation_id


def test_a_response_that_breaks_the_contract_is_caught(contract: dict[str, Any]) -> None:
    page = examples.committed()["pages_retrieve"]["response"]
    validator = response_validator(contract, operations(contract)["pages_retrieve"])
    assert list(validator.iter_errors({**page, "meta": {"text_direction": "sideways"}}))


# Answers that list search hits: their lists hold the engine's choice and order.
SEARCH_LISTS = {
    "search": ("results", "promoted"),
    "search_suggest": ("results", "promoted"),
    "contactcenter_search": ("answers", "services", "units", "organisations", "directory"),
}


def engine_independent(operation_id: str, example: dict[str, Any]) -> dict[str, Any]:
    """A search example without the choice and order of its hits, only how many."""
    response = dict(example["response"])
    for name in SEARCH_LISTS[operation_id]:
        hits = response.pop(name, None)
        if isinstance(hits, list):
            response[f"{name}_count"] = len(hits)
    return {**example, "response": response}


def test_examples_are_what_the_code_answers_for_the_demo_city(demo: dict[str, Any]) -> None:
    # What the worker does after loading: the reference index (read by the images
    # endpoint) and the renditions.
    call_command("rebuild_references_index", stdout=io.StringIO())
    for image_id in CityImage.objects.values_list("pk", flat=True):
        renditions_create(image_id=image_id)
    index_rebuild()
    fresh = examples.generate()
    committed = examples.committed()
    assert set(fresh) == set(committed)
    for operation_id in committed:
        fresh_example, committed_example = fresh[operation_id], committed[operation_id]
        if operation_id in SEARCH_LISTS and connection.vendor != "sqlite":
            # Examples are made on SQLite (make contract); another engine ranks, and so
            # chooses its first results, its own way: compare what does not depend on that.
            fresh_example = engine_independent(operation_id, fresh_example)
            committed_example = engine_independent(operation_id, committed_example)
        assert examples.stable(fresh_example) == examples.stable(committed_example), (
            f"{operation_id} differs: run `make contract` and commit the result."
        )
