"""The OpenAPI document types every answer precisely, for generated clients: closed vocabularies
are named enum schemas, a look-up match is a discriminated union, every field of a response is
required (the server always sends it) and described."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel
from sqlmodel import SQLModel

import app.models

REF = "#/components/schemas/"

# The fields that carry a closed vocabulary, and the enum schema each must refer to.
ENUM_FIELDS = {
    ("CauseSummary", "category"): "CauseCategory",
    ("CauseDetail", "category"): "CauseCategory",
    ("CauseSummary", "trimesters"): "Trimester",
    ("CauseDetail", "trimesters"): "Trimester",
    ("CauseSummary", "evidence"): "Evidence",
    ("CauseDetail", "evidence"): "Evidence",
    ("CauseSummary", "modifiable"): "Modifiable",
    ("CauseDetail", "modifiable"): "Modifiable",
    ("SymptomSummary", "urgency"): "Urgency",
    ("SymptomDetail", "urgency"): "Urgency",
    ("TreatmentSummary", "kind"): "TreatmentKind",
    ("TreatmentDetail", "kind"): "TreatmentKind",
    ("OrganizationSummary", "kind"): "OrganizationKind",
    ("OrganizationDetail", "kind"): "OrganizationKind",
    ("Citation", "kind"): "ReferenceKind",
    ("ReferenceListItem", "kind"): "ReferenceKind",
    ("ReferenceDetail", "kind"): "ReferenceKind",
    ("Citation", "category"): "ReferenceCategory",
    ("ReferenceListItem", "category"): "ReferenceCategory",
    ("ReferenceDetail", "category"): "ReferenceCategory",
    ("SearchHit", "type"): "RecordTypeName",
    ("Suggestion", "type"): "RecordTypeName",
    ("CitingRecord", "type"): "RecordTypeName",
    ("QueryInterpretation", "trimester"): "Trimester",
    ("Definition", "jurisdiction"): "Jurisdiction",
    ("Code", "system"): "CodeSystem",
    ("AskedCode", "system"): "CodeSystem",
    ("LookupResult", "system"): "CodeSystem",
    ("ConditionMatch", "match"): "CodeMatch",
    ("CauseMatch", "match"): "CodeMatch",
}


@pytest.fixture(scope="module")
def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def public_models() -> list[type[BaseModel]]:
    """The public models defined in ``app.models``: not its tables and their columns, nor the
    bases that are only extended (``PublicModel``, the generic ``Page``, the ``…Fields``
    shared by a summary and a detail), nor the parametrized generics pydantic names there."""
    found = []
    for module_info in pkgutil.iter_modules(app.models.__path__):
        module = importlib.import_module(f"app.models.{module_info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, BaseModel)
                and cls.__module__ == module.__name__
                and name.isidentifier()
                and not issubclass(cls, SQLModel)
                and not cls.__pydantic_generic_metadata__["parameters"]
                and not name.endswith("Fields")
                and name != "PublicModel"
            ):
                found.append(cls)
    return found


def response_schemas(spec: dict[str, Any]) -> set[str]:
    """The names of the schemas any answer uses, directly or nested."""
    names: set[str] = set()
    pending = [
        content["schema"]
        for item in spec["paths"].values()
        for operation in item.values()
        for response in operation["responses"].values()
        for content in response.get("content", {}).values()
        if "schema" in content
    ]
    while pending:
        for ref in refs(pending.pop()):
            name = ref.removeprefix(REF)
            if name not in names:
                names.add(name)
                pending.append(spec["components"]["schemas"][name])
    return names


def refs(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if "$ref" in schema:
            yield schema["$ref"]
        for value in schema.values():
            yield from refs(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from refs(value)


def enums(node: Any, where: str) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """Every ``enum`` in the document: where it is, and its values."""
    if isinstance(node, dict):
        if "enum" in node:
            yield where, tuple(sorted(node["enum"]))
        for key, value in node.items():
            yield from enums(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from enums(value, f"{where}/{index}")


def referred(property_schema: dict[str, Any]) -> set[str]:
    """The schemas a property refers to (itself, as the items of a list, or beside null)."""
    return {ref.removeprefix(REF) for ref in refs(property_schema)}


@pytest.mark.parametrize(("field", "enum"), sorted(ENUM_FIELDS.items()))
def test_a_vocabulary_field_refers_to_its_named_enum(
    schemas: dict[str, Any], field: tuple[str, str], enum: str
) -> None:
    model, name = field
    property_schema = schemas[model]["properties"][name]
    assert referred(property_schema) == {enum}, (model, name, property_schema)
    assert "enum" in schemas[enum]
    if name == "trimesters":
        assert property_schema["type"] == "array"


def test_each_vocabulary_is_one_named_schema(spec: dict[str, Any]) -> None:
    """A set of values is written once, as a named schema that every field using it refers
    to: no inline copies (which generators turn into one type per field), no two schemas with
    the same values."""
    found = list(enums(spec, "#"))
    copies = Counter(values for _, values in found)
    repeated = {
        values: [w for w, v in found if v == values] for values, n in copies.items() if n > 1
    }
    assert not repeated, repeated


def test_a_lookup_match_is_a_discriminated_union(schemas: dict[str, Any]) -> None:
    match = schemas["LookupMatch"]
    assert match["oneOf"] == [{"$ref": f"{REF}ConditionMatch"}, {"$ref": f"{REF}CauseMatch"}]
    assert match["discriminator"] == {
        "propertyName": "type",
        "mapping": {"conditions": f"{REF}ConditionMatch", "causes": f"{REF}CauseMatch"},
    }
    assert schemas["LookupResult"]["properties"]["items"]["items"] == {"$ref": f"{REF}LookupMatch"}
    for variant, type_name, present, absent in (
        ("ConditionMatch", "conditions", ("condition", "ConditionDetail"), "cause"),
        ("CauseMatch", "causes", ("cause", "CauseDetail"), "condition"),
    ):
        properties = schemas[variant]["properties"]
        assert properties["type"]["const"] == type_name
        # Both keys are always sent, as they were before the union: the other one is null.
        assert properties[present[0]]["$ref"] == REF + present[1]
        assert properties[absent]["type"] == "null"
        assert set(schemas[variant]["required"]) == set(properties)


@pytest.mark.parametrize("model", public_models(), ids=lambda model: model.__name__)
def test_every_field_is_described(schemas: dict[str, Any], model: type[BaseModel]) -> None:
    for name, property_schema in schemas[model.__name__].get("properties", {}).items():
        assert property_schema.get("description"), f"{model.__name__}.{name}"
        assert "title" not in property_schema, f"{model.__name__}.{name}"


def test_every_field_of_an_answer_is_required(
    spec: dict[str, Any], schemas: dict[str, Any]
) -> None:
    """Every field of a response model is always sent (null or empty, if need be), so
    generated types must not make it optional."""
    answers = response_schemas(spec)
    for model in public_models():
        if model.__name__ in answers and "properties" in schemas[model.__name__]:
            schema = schemas[model.__name__]
            assert set(schema["required"]) == set(schema["properties"]), model.__name__


def test_addresses_say_what_they_are(schemas: dict[str, Any]) -> None:
    """``url`` is this API's path to a record; outside links are absolute URLs."""
    for model in ("LinkedRecord", "Citation", "SearchHit", "CitingRecord", "ReferenceSummary"):
        assert schemas[model]["properties"]["url"]["format"] == "uri-reference", model
    for model, name in (
        ("Citation", "source_url"),
        ("OrganizationSummary", "website"),
        ("OrganizationDetail", "website"),
        ("CdsLink", "url"),
        ("CdsSource", "url"),
    ):
        formats = {s.get("format") for s in schemas[model]["properties"][name].get("anyOf", [])}
        formats.add(schemas[model]["properties"][name].get("format"))
        assert "uri" in formats, (model, name)
