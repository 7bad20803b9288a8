"""The dataset version: a hash of the canonical content, the same on every machine."""

from __future__ import annotations

import hashlib
import json

from app.loader.files import Dataset

VERSION_LENGTH = 16


def dataset_version(dataset: Dataset) -> str:
    """Hash of every record in a canonical form: sorted folders, slugs and keys, JSON values.

    File layout, key order, comments and YAML style do not change it; any change of content does.
    """
    canonical: dict[str, object] = {
        folder: {slug: record.model_dump(mode="json") for slug, record in sorted(records.items())}
        for folder, records in sorted(dataset.records.items())
    }
    canonical["synonyms"] = [synonym.model_dump(mode="json") for synonym in dataset.synonyms]
    canonical["glossary"] = [entry.model_dump(mode="json") for entry in dataset.glossary]
    encoded = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:VERSION_LENGTH]
