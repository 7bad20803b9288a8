"""Docs that stay honest: every setting and every route is in the README, every field in
data/README.md."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.config import PROJECT_ROOT, Settings
from app.loader.schemas import RECORD_SCHEMAS

README = (PROJECT_ROOT / "README.md").read_text()
DATA_README = (PROJECT_ROOT / "data" / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented(name: str) -> None:
    assert f"`PLAPI_{name.upper()}`" in README


def test_every_route_is_in_the_readme(client: TestClient) -> None:
    for path, item in client.get("/openapi.json").json()["paths"].items():
        for method in item:
            assert f"`{method.upper()} {path}`" in README, f"{method} {path}"


@pytest.mark.parametrize("folder", sorted(RECORD_SCHEMAS))
def test_every_field_is_in_the_data_readme(folder: str) -> None:
    section = DATA_README.split(f"## {folder}/", 1)[1].split("\n## ", 1)[0]
    shared = DATA_README.split("## Fields shared by every content record", 1)[1].split("\n## ")[0]
    for field in RECORD_SCHEMAS[folder].model_fields:
        assert f"`{field}`" in section or f"`{field}`" in shared, f"{folder}: {field}"


def test_readme_quick_start_is_two_commands() -> None:
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make run", "make test"]


def test_documented_response_headers_are_sent(client: TestClient) -> None:
    """What the OpenAPI document says an answer carries, a real answer carries."""
    spec = client.get("/openapi.json").json()
    conditional = {"RateLimit", "RateLimit-Policy", "Link"}  # limiting is off in tests
    checked = 0
    for path, item in spec["paths"].items():
        operation = item.get("get")
        if operation is None or "{" in path:
            continue
        params = {"q": "miscarriage"} if path.startswith("/v1/search") else {}
        if path == "/v1/lookup":
            params = {"system": "icd10cm", "code": "O03.9"}
        response = client.get(path, params=params)
        assert response.status_code == 200, path
        documented = set(operation["responses"]["200"]["headers"]) - conditional
        missing = {name for name in documented if name.lower() not in response.headers}
        assert not missing, (path, missing)
        if "304" in operation["responses"]:
            again = client.get(
                path, params=params, headers={"If-None-Match": response.headers["etag"]}
            )
            assert again.status_code == 304, path
        checked += 1
    assert checked >= 10
    paging = spec["paths"]["/v1/causes"]["get"]["responses"]["200"]["headers"]
    assert {"ETag", "Link", "Cache-Control", "RateLimit"} <= set(paging)
    assert "Retry-After" in spec["paths"]["/v1/causes"]["get"]["responses"]["429"]["headers"]
