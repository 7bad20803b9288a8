"""The content inventory that ``plapi report`` prints."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from app.loader.files import Dataset
from app.loader.lint import locatable
from app.loader.translations import completeness
from app.vocabulary import Language, ReferenceKind, ReviewStatus, Trimester, Urgency


def _counter_lines(title: str, counts: Counter[str], order: list[str]) -> list[str]:
    lines = [f"{title}:"]
    lines += [f"  {key:<24} {counts.get(key, 0):>4}" for key in order]
    return lines


def _language_lines(dataset: Dataset) -> list[str]:
    """How complete each translation is: records translated, current, and fields in English."""
    lines = ["translations (records translated / current / fields falling back to English):"]
    for language in completeness(
        r for records in dataset.records.values() for r in records.values()
    ):
        if language["code"] == Language.en:
            continue
        translated, behind = language["translated"], language["behind"]
        lines.append(
            f"  {language['code']:<24} {translated:>4} / {translated - behind:>4} / "
            f"{language['fallback_fields']:>4} (of {dataset.count()} records)"
        )
    return lines


def inventory(dataset: Dataset) -> list[str]:
    records: dict[str, dict[str, Any]] = dataset.records
    lines = _counter_lines(
        "records per type",
        Counter({folder: len(items) for folder, items in records.items()}),
        list(records),
    )
    lines.append(f"  {'total':<24} {dataset.count():>4}")
    trimesters = Counter(t.value for cause in records["causes"].values() for t in cause.trimesters)
    lines += _counter_lines("causes per trimester", trimesters, [t.value for t in Trimester])
    urgency = Counter(symptom.urgency.value for symptom in records["symptoms"].values())
    lines += _counter_lines("symptoms per urgency", urgency, [u.value for u in Urgency])
    kinds = Counter(ref.kind.value for ref in records["references"].values())
    lines += _counter_lines("references by kind", kinds, [k.value for k in ReferenceKind])
    references = records["references"]
    with_id = sum(1 for ref in references.values() if ref.doi or ref.pmid)
    lines.append(f"  {'with a DOI or PMID':<24} {with_id:>4}")
    own = sum(1 for ref in references.values() if ref.doi or ref.pmid or ref.url)
    listed = sum(1 for ref in references.values() if not (ref.doi or ref.pmid or ref.url))
    lines.append(f"  {'with their own locator':<24} {own:>4}")
    lines.append(f"  {'found through a listing':<24} {listed:>4}")
    located = sum(1 for ref in references.values() if locatable(dataset, ref))
    share = 100 * located / len(references) if references else 100.0
    lines.append(f"  {'with a locator':<24} {located:>4} ({share:.0f} %)")
    statuses = Counter(
        record.review_status.value for items in records.values() for record in items.values()
    )
    lines += _counter_lines("review status", statuses, [s.value for s in ReviewStatus])
    lines += _language_lines(dataset)
    reviewed: list[tuple[dt.date, str]] = [
        (record.last_reviewed, f"{folder}/{slug}")
        for folder, items in records.items()
        for slug, record in items.items()
    ]
    if reviewed:
        oldest = min(reviewed)
        lines.append(f"oldest last_reviewed: {oldest[0].isoformat()} ({oldest[1]})")
    return lines
