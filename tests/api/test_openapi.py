"""The OpenAPI document: valid 3.1, readable unique ids, and every route fully documented."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from openapi_spec_validator import validate

from app.loader.build import BuildResult
from app.main import create_app
from app.middleware.ratelimit import EXEMPT_PATHS
from tests.helpers import settings_for

OPERATION_ID = re.compile(
    r"^[a-z]+(?:-[a-z]+)*-(?:list|get|suggest|live|ready|discovery|patient-view)$"
)


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
        if any(p.get("in") in ("query", "path") for p in operation.get("parameters", [])):
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


# --- what typed clients are generated from ----------------------------------------------------


def resolve(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """``item``, or what its ``$ref`` points at."""
    if "$ref" not in item:
        return item
    found: dict[str, Any] = spec
    for part in item["$ref"].removeprefix("#/").split("/"):
        found = found[part]
    return found


def parameters(spec: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(spec, parameter) for parameter in operation.get("parameters", [])]


def example_path(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> str:
    """A request path that answers 200: templates filled with their examples, and the
    parameters a route cannot answer without."""
    for parameter in parameters(spec, operation):
        if parameter["in"] == "path":
            path = path.replace(f"{{{parameter['name']}}}", parameter["schema"]["examples"][0])
    if path.startswith("/v1/search"):
        return f"{path}?q=miscarriage"
    if path == "/v1/lookup":
        return f"{path}?system=icd10cm&code=O03.9"
    return path


def gets(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(path, item["get"]) for path, item in spec["paths"].items() if "get" in item]


def test_a_success_is_json_alone(spec: dict[str, Any]) -> None:
    """One media type per 200, so a typed client's `data` is the model, not a union; the
    export alone is NDJSON, a line per record."""
    for path, operation in operations(spec):
        media_type = "application/x-ndjson" if path == "/v1/export" else "application/json"
        assert list(operation["responses"]["200"]["content"]) == [media_type], path


def test_json_ld_is_described_on_every_detail(spec: dict[str, Any]) -> None:
    for path, operation in gets(spec):
        if path.endswith("/{slug}"):
            description = operation["responses"]["200"]["description"]
            assert "Accept: application/ld+json" in description, path


def test_each_detail_example_slug_is_a_record_of_its_type(
    client: TestClient, spec: dict[str, Any]
) -> None:
    examples = set()
    for path, operation in gets(spec):
        if path.endswith("/{slug}"):
            (slug,) = [p for p in parameters(spec, operation) if p["name"] == "slug"]
            examples.add(slug["schema"]["examples"][0])
            response = client.get(example_path(spec, path, operation))
            assert response.status_code == 200, path
    assert len(examples) == 7


def test_optional_query_parameters_are_not_nullable(spec: dict[str, Any]) -> None:
    """`week=null` is refused, so no parameter says it may be null: clients get `week?: number`,
    not `number | null`."""
    checked = 0
    for path, operation in operations(spec):
        for parameter in parameters(spec, operation):
            schema = parameter["schema"]
            assert "anyOf" not in schema, (path, parameter["name"])
            assert schema.get("type") != "null", (path, parameter["name"])
            if "default" in schema or parameter["in"] == "header":
                assert not parameter.get("required"), (path, parameter["name"])
            checked += 1
    assert checked > 50


def test_parameter_enums_are_named_schemas(spec: dict[str, Any]) -> None:
    """An enum written inline would become a generated name such as `LookupGetXType0`."""
    for path, operation in operations(spec):
        for parameter in parameters(spec, operation):
            assert "enum" not in parameter["schema"], (path, parameter["name"])


def test_cached_gets_take_if_none_match(spec: dict[str, Any]) -> None:
    shared = spec["components"]["parameters"]["IfNoneMatch"]
    assert shared["name"] == "If-None-Match"
    assert shared["in"] == "header"
    assert shared["required"] is False
    assert shared["schema"]["type"] == "string"
    assert "304" in shared["description"]
    assert shared["schema"]["description"] == shared["description"]
    for path, operation in gets(spec):
        refs = [p.get("$ref") for p in operation.get("parameters", [])]
        if path in ("/healthz", "/readyz"):  # never cached: no ETag to send back
            assert "#/components/parameters/IfNoneMatch" not in refs, path
            assert "304" not in operation["responses"], path
        else:
            assert refs.count("#/components/parameters/IfNoneMatch") == 1, path
            assert "304" in operation["responses"], path


def test_every_operation_documents_what_middleware_refuses(spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            documented = set(operation["responses"])
            expected = {"400", "414", "431"} if method == "get" else {"413"}
            if path in EXEMPT_PATHS:
                assert "429" not in documented, path
            else:
                expected.add("429")
            assert expected <= documented, (method, path, expected - documented)


def test_the_refusals_documented_are_the_refusals_sent(
    client: TestClient, spec: dict[str, Any], built: BuildResult
) -> None:
    limited = create_app(settings_for(built.path, rate_limit_per_minute=1, rate_limit_burst=1))
    with TestClient(limited) as limited_client:
        limited_client.get("/healthz")
        limited_client.get("/v1/meta")  # the one request the bucket holds
        for path, operation in gets(spec):
            url = example_path(spec, path, operation)
            refused = {
                client.get(url, headers={"Content-Length": "2"}).status_code,
                client.get(f"{url}{'&' if '?' in url else '?'}x={'a' * 2100}").status_code,
                client.get(url, headers={"X-Big": "a" * 9000}).status_code,
                limited_client.get(url).status_code,
            }
            assert {str(status) for status in refused} - {"200"} <= set(operation["responses"])
            assert (200 in refused) == (path in EXEMPT_PATHS), path


def test_problem_schema_matches_what_is_sent(client: TestClient, spec: dict[str, Any]) -> None:
    problem = spec["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status", "detail", "instance"}
    assert problem["properties"]["errors"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/FieldError"},
        "title": "Errors",
        "description": problem["properties"]["errors"]["description"],
    }
    assert "errors" not in client.get("/v1/causes/weak-cervix").json()
    assert client.get("/v1/causes?week=99").json()["errors"]


def test_documented_limits_are_the_settings_in_force(built: BuildResult) -> None:
    app = create_app(settings_for(built.path, max_url_length=4096, max_header_bytes=16384))
    operation = app.openapi()["paths"]["/v1/causes"]["get"]
    example = operation["responses"]["414"]["content"]["application/problem+json"]["example"]
    assert example["detail"] == "The URL is longer than 4096 bytes."
    example = operation["responses"]["431"]["content"]["application/problem+json"]["example"]
    assert example["detail"] == "The headers are larger than 16384 bytes."


def test_problem_examples_are_true_of_their_route(client: TestClient, spec: dict[str, Any]) -> None:
    """Each problem example names its own route's path, and a 404, 410 or 422 example of a
    route is what asking for its `instance` answers."""
    asked = 0
    for path, item in spec["paths"].items():
        template = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                example = response.get("content", {}).get("application/problem+json", {})
                instance = example.get("example", {}).get("instance")
                if instance is None:
                    continue
                assert template.match(instance), (method, path, status, instance)
                if method == "get" and status in ("404", "422") and "{slug}" in path:
                    answer = client.get(instance)
                    assert answer.status_code == int(status), (path, status, instance)
                    assert answer.json()["detail"] == example["example"]["detail"]
                    asked += 1
    assert asked == 14
