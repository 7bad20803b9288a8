"""The OpenAPI document: valid 3.1, readable unique ids, and every route fully documented."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

OPERATION_ID = re.compile(
    r"^[a-z]+(?:-[a-z]+)*-(?:list|get|suggest|live|ready|discovery|patient-view)$"
)


@pytest.fixture(scope="module")
def spec(client: TestClient) -> dict[str, Any]:
    document: dict[str, Any] = client.get("/openapi.json").json()
    return document


def operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (path, operation) for path, item in spec["paths"].items() for operation in item.values()
    ]


def test_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_operation_ids_are_unique_and_readable(spec: dict[str, Any]) -> None:
    ids = [operation["operationId"] for _, operation in operations(spec)]
    assert len(ids) == len(set(ids))
    assert all(OPERATION_ID.match(i) for i in ids), ids
    assert {"causes-list", "causes-get", "diagnostic-tests-list", "meta-get"} <= set(ids)


def test_every_operation_is_documented(spec: dict[str, Any]) -> None:
    tags = {tag["name"] for tag in spec["tags"]}
    for path, operation in operations(spec):
        assert operation.get("summary"), path
        assert operation.get("description"), path
        assert len(operation["tags"]) == 1, path
        assert operation["tags"][0] in tags, path


def test_errors_are_documented_as_problems(spec: dict[str, Any]) -> None:
    for path, operation in operations(spec):
        if not path.startswith("/v1/"):
            continue
        errors = {code: r for code, r in operation["responses"].items() if code >= "400"}
        assert "503" in errors, path
        if "{slug}" in path:
            assert "404" in errors, path
        if operation.get("parameters"):
            assert "422" in errors, path
        for response in errors.values():
            assert list(response["content"]) == ["application/problem+json"], path
            content = response["content"]["application/problem+json"]
            assert content["schema"] == {"$ref": "#/components/schemas/Problem"}
            assert content["example"]["status"] == int(
                next(code for code, r in errors.items() if r is response)
            )


def test_no_default_validation_schema(spec: dict[str, Any]) -> None:
    assert "HTTPValidationError" not in spec["components"]["schemas"]
