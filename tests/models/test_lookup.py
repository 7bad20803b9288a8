"""A look-up match is built from flat fields and sent as exactly one of its two variants."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from app.models.cause import CauseDetail
from app.models.code import Code
from app.models.condition import ConditionDetail
from app.models.lookup import CauseMatch, ConditionMatch, LookupMatch

CODE = Code.model_validate({"system": "icd10cm", "code": "O34.3", "display": "Cervical"})


@pytest.fixture(scope="module")
def condition(client: TestClient) -> ConditionDetail:
    return ConditionDetail.model_validate(client.get("/v1/conditions/stillbirth").json())


@pytest.fixture(scope="module")
def cause(client: TestClient) -> CauseDetail:
    return CauseDetail.model_validate(client.get("/v1/causes/cervical-insufficiency").json())


def test_a_condition_match_keeps_both_keys(condition: ConditionDetail) -> None:
    match = LookupMatch(
        type="conditions",
        match="exact",
        matched_code=CODE,
        asked_code="O34.3",
        condition=condition,
        cause=None,
    )
    assert isinstance(match.root, ConditionMatch)
    sent = match.model_dump(mode="json")
    assert list(sent) == ["type", "match", "matched_code", "asked_code", "condition", "cause"]
    assert sent["condition"]["slug"] == "stillbirth"
    assert sent["cause"] is None


def test_a_cause_match_keeps_both_keys(cause: CauseDetail) -> None:
    match = LookupMatch(
        type="causes",
        match="narrower",
        matched_code=CODE,
        asked_code="O34",
        condition=None,
        cause=cause,
    )
    assert isinstance(match.root, CauseMatch)
    sent = match.model_dump(mode="json")
    assert sent["condition"] is None
    assert sent["cause"]["category"] == "anatomical"


def test_the_record_must_match_the_type(cause: CauseDetail) -> None:
    with pytest.raises(ValidationError):
        LookupMatch(
            type="conditions",
            match="exact",
            matched_code=CODE,
            asked_code="O34.3",
            condition=None,
            cause=cause,
        )
