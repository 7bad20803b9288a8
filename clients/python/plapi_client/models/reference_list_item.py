from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reference_category import ReferenceCategory, check_reference_category
from ..models.reference_kind import ReferenceKind, check_reference_kind
from ..models.review_status import ReviewStatus, check_review_status

if TYPE_CHECKING:
    from ..models.clinician_review import ClinicianReview


T = TypeVar("T", bound="ReferenceListItem")


@_attrs_define
class ReferenceListItem:
    """A reference in brief, as lists show it.

    Attributes:
        slug (str): The record's permanent id, unique within its type.
        name (str): The title, as published.
        summary (str): The formatted citation (Vancouver style).
        url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
            record in full.
        review_status (ReviewStatus): How far a record has been checked: `draft` (written from its sources, not yet
            compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off is
            in the record's `clinician_review`).
        clinician_review (ClinicianReview | None): The clinician's sign-off; null unless `review_status` is `clinician-
            reviewed`.
        fallback_fields (list[str]): The record's fields served in English because they have no text yet in the language
            of the answer (`Content-Language`), so that an app can tell; always empty in English.
        kind (ReferenceKind): A kind of source: a guideline, an article, a resource for patients, news or a database.
        category (None | ReferenceCategory): The MedlinePlus section it is listed under; null when it is not a
            MedlinePlus link.
        year (int | None): The year of publication; null when unknown.
    """

    slug: str
    name: str
    summary: str
    url: str
    review_status: ReviewStatus
    clinician_review: ClinicianReview | None
    fallback_fields: list[str]
    kind: ReferenceKind
    category: ReferenceCategory | None
    year: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clinician_review import ClinicianReview

        slug = self.slug

        name = self.name

        summary = self.summary

        url = self.url

        review_status: str = self.review_status

        clinician_review: dict[str, Any] | None
        if isinstance(self.clinician_review, ClinicianReview):
            clinician_review = self.clinician_review.to_dict()
        else:
            clinician_review = self.clinician_review

        fallback_fields = self.fallback_fields

        kind: str = self.kind

        category: str | None
        if isinstance(self.category, str):
            category = self.category
        else:
            category = self.category

        year: int | None
        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "summary": summary,
                "url": url,
                "review_status": review_status,
                "clinician_review": clinician_review,
                "fallback_fields": fallback_fields,
                "kind": kind,
                "category": category,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clinician_review import ClinicianReview

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        summary = d.pop("summary")

        url = d.pop("url")

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

        kind = check_reference_kind(d.pop("kind"))

        def _parse_category(data: object) -> ReferenceCategory | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = check_reference_category(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferenceCategory, data)

        category = _parse_category(d.pop("category"))

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        reference_list_item = cls(
            slug=slug,
            name=name,
            summary=summary,
            url=url,
            review_status=review_status,
            clinician_review=clinician_review,
            fallback_fields=fallback_fields,
            kind=kind,
            category=category,
            year=year,
        )

        reference_list_item.additional_properties = d
        return reference_list_item

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
