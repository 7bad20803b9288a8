"""The dataset version and each record's content hash: hashes of the canonical content, the
same on every machine."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel

from app.loader.files import Dataset
from app.vocabulary import VERSION_LENGTH


def canonical(value: Any) -> bytes:
    """``value`` as canonical JSON: sorted keys, no spaces, UTF-8. File layout, key order,
    comments and YAML style do not change it; any change of content does."""
    encoded = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return encoded.encode("utf-8")


def record_content(record: BaseModel) -> Any:
    """A record as its canonical content hashes it."""
    return record.model_dump(mode="json")


def dataset_version(dataset: Dataset) -> str:
    """Hash of every record in a canonical form: sorted folders, slugs and keys, JSON values."""
    content: dict[str, object] = {
        folder: {slug: record_content(record) for slug, record in sorted(records.items())}
        for folder, records in sorted(dataset.records.items())
    }
    content["synonyms"] = [synonym.model_dump(mode="json") for synonym in dataset.synonyms]
    content["glossary"] = [entry.model_dump(mode="json") for entry in dataset.glossary]
    return hashlib.sha256(canonical(content)).hexdigest()[:VERSION_LENGTH]
