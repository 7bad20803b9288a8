from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_status import ReviewStatus, check_review_status
from ..models.urgency import Urgency, check_urgency

if TYPE_CHECKING:
    from ..models.clinician_review import ClinicianReview
    from ..models.reference_summary import ReferenceSummary


T = TypeVar("T", bound="SymptomSummary")


@_attrs_define
class SymptomSummary:
    """A symptom in brief, as lists show it.

    Attributes:
        slug (str): The record's permanent id, unique within its type.
        name (str): The plain name people use.
        summary (str): One or two plain sentences.
        url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
            record in full.
        urgency (Urgency): How soon to seek care for a symptom: `emergency` (call emergency services or go to an
            emergency department now), `urgent` (contact your care team today or sooner — the record's
            `when_to_seek_care` says how soon), `routine` (mention it at your next visit).
        when_to_seek_care (str): Plain words on when to seek care, and whom to call.
        review_status (ReviewStatus): How far a record has been checked: `draft` (written from its sources, not yet
            compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off is
            in the record's `clinician_review`).
        clinician_review (ClinicianReview | None): The clinician's sign-off; null unless `review_status` is `clinician-
            reviewed`.
        fallback_fields (list[str]): The record's fields served in English because they have no text yet in the language
            of the answer (`Content-Language`), so that an app can tell; always empty in English.
        references (list[ReferenceSummary]): The references that support the record, in brief.
    """

    slug: str
    name: str
    summary: str
    url: str
    urgency: Urgency
    when_to_seek_care: str
    review_status: ReviewStatus
    clinician_review: ClinicianReview | None
    fallback_fields: list[str]
    references: list[ReferenceSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clinician_review import ClinicianReview

        slug = self.slug

        name = self.name

        summary = self.summary

        url = self.url

        urgency: str = self.urgency

        when_to_seek_care = self.when_to_seek_care

        review_status: str = self.review_status

        clinician_review: dict[str, Any] | None
        if isinstance(self.clinician_review, ClinicianReview):
            clinician_review = self.clinician_review.to_dict()
        else:
            clinician_review = self.clinician_review

        fallback_fields = self.fallback_fields

        references = []
        for references_item_data in self.references:
            references_item = references_item_data.to_dict()
            references.append(references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "summary": summary,
                "url": url,
                "urgency": urgency,
                "when_to_seek_care": when_to_seek_care,
                "review_status": review_status,
                "clinician_review": clinician_review,
                "fallback_fields": fallback_fields,
                "references": references,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clinician_review import ClinicianReview
        from ..models.reference_summary import ReferenceSummary

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        summary = d.pop("summary")

        url = d.pop("url")

        urgency = check_urgency(d.pop("urgency"))

        when_to_seek_care = d.pop("when_to_seek_care")

        review_status = check_review_status(d.pop("review_status"))

        def _parse_clinician_review(data: object) -> ClinicianReview | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clinician_review_type_0 = ClinicianReview.from_dict(data)

                return clinician_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClinicianReview | None, data)

        clinician_review = _parse_clinician_review(d.pop("clinician_review"))

        fallback_fields = cast(list[str], d.pop("fallback_fields"))

        references = []
        _references = d.pop("references")
        for references_item_data in _references:
            references_item = ReferenceSummary.from_dict(references_item_data)

            references.append(references_item)

        symptom_summary = cls(
            slug=slug,
            name=name,
            summary=summary,
            url=url,
            urgency=urgency,
            when_to_seek_care=when_to_seek_care,
            review_status=review_status,
            clinician_review=clinician_review,
            fallback_fields=fallback_fields,
            references=references,
        )

        symptom_summary.additional_properties = d
        return symptom_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
