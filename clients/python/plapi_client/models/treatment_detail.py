from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_status import ReviewStatus, check_review_status
from ..models.treatment_kind import TreatmentKind, check_treatment_kind

if TYPE_CHECKING:
    from ..models.citation import Citation
    from ..models.cited_statement import CitedStatement
    from ..models.clinician_review import ClinicianReview
    from ..models.linked_record import LinkedRecord


T = TypeVar("T", bound="TreatmentDetail")


@_attrs_define
class TreatmentDetail:
    """A treatment, care or support in full.

    Attributes:
        slug (str): The record's permanent id, unique within its type.
        name (str): The plain name people use.
        summary (str): One or two plain sentences.
        url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
            record in full.
        kind (TreatmentKind): What kind of treatment, care or support it is: `expectant` (watchful waiting),
            `medication`, `procedure`, `preventive` or `supportive`.
        review_status (ReviewStatus): How far a record has been checked: `draft` (written from its sources, not yet
            compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off is
            in the record's `clinician_review`).
        clinician_review (ClinicianReview | None): The clinician's sign-off; null unless `review_status` is `clinician-
            reviewed`.
        fallback_fields (list[str]): The record's fields served in English because they have no text yet in the language
            of the answer (`Content-Language`), so that an app can tell; always empty in English.
        also_called (list[str]): Other names: lay words and clinical terms, searched but not shown as the title.
        details (str): A longer explanation, in Markdown.
        what_to_expect (str): Plain words on what happens.
        risks (None | str): Risks and side effects, as guidelines state them; null when the record has none.
        guideline_differences (list[CitedStatement]): Where guidelines disagree: one statement per guideline, with its
            references.
        conditions (list[LinkedRecord]): The types of pregnancy loss it is for.
        causes (list[LinkedRecord]): The causes and risk factors it addresses.
        references (list[Citation]): The references that support the record, as full citations, in the curator's order.
        last_reviewed (datetime.date): When the record was written or last checked against its references.
        license_ (str): SPDX id of the licence of the record's content.
        attribution (str): The credit the licence asks for wherever the record is shown or copied: its title, this
            service, its address here and the licence.
        outdated_names (list[str]): The names in `also_called` that are outdated clinical terms which can hurt
            ("habitual abortion", "incompetent cervix"; in Spanish, "aborto habitual", "cuello uterino incompetente"). They
            are kept so that search and clinical coding find the record; leave them out of anything patients read.
    """

    slug: str
    name: str
    summary: str
    url: str
    kind: TreatmentKind
    review_status: ReviewStatus
    clinician_review: ClinicianReview | None
    fallback_fields: list[str]
    also_called: list[str]
    details: str
    what_to_expect: str
    risks: str | None
    guideline_differences: list[CitedStatement]
    conditions: list[LinkedRecord]
    causes: list[LinkedRecord]
    references: list[Citation]
    last_reviewed: datetime.date
    license_: str
    attribution: str
    outdated_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clinician_review import ClinicianReview

        slug = self.slug

        name = self.name

        summary = self.summary

        url = self.url

        kind: str = self.kind

        review_status: str = self.review_status

        clinician_review: dict[str, Any] | None
        if isinstance(self.clinician_review, ClinicianReview):
            clinician_review = self.clinician_review.to_dict()
        else:
            clinician_review = self.clinician_review

        fallback_fields = self.fallback_fields

        also_called = self.also_called

        details = self.details

        what_to_expect = self.what_to_expect

        risks: str | None
        risks = self.risks

        guideline_differences = []
        for guideline_differences_item_data in self.guideline_differences:
            guideline_differences_item = guideline_differences_item_data.to_dict()
            guideline_differences.append(guideline_differences_item)

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        causes = []
        for causes_item_data in self.causes:
            causes_item = causes_item_data.to_dict()
            causes.append(causes_item)

        references = []
        for references_item_data in self.references:
            references_item = references_item_data.to_dict()
            references.append(references_item)

        last_reviewed = self.last_reviewed.isoformat()

        license_ = self.license_

        attribution = self.attribution

        outdated_names = self.outdated_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "summary": summary,
                "url": url,
                "kind": kind,
                "review_status": review_status,
                "clinician_review": clinician_review,
                "fallback_fields": fallback_fields,
                "also_called": also_called,
                "details": details,
                "what_to_expect": what_to_expect,
                "risks": risks,
                "guideline_differences": guideline_differences,
                "conditions": conditions,
                "causes": causes,
                "references": references,
                "last_reviewed": last_reviewed,
                "license": license_,
                "attribution": attribution,
                "outdated_names": outdated_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation
        from ..models.cited_statement import CitedStatement
        from ..models.clinician_review import ClinicianReview
        from ..models.linked_record import LinkedRecord

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        summary = d.pop("summary")

        url = d.pop("url")

        kind = check_treatment_kind(d.pop("kind"))

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

        also_called = cast(list[str], d.pop("also_called"))

        details = d.pop("details")

        what_to_expect = d.pop("what_to_expect")

        def _parse_risks(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        risks = _parse_risks(d.pop("risks"))

        guideline_differences = []
        _guideline_differences = d.pop("guideline_differences")
        for guideline_differences_item_data in _guideline_differences:
            guideline_differences_item = CitedStatement.from_dict(guideline_differences_item_data)

            guideline_differences.append(guideline_differences_item)

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = LinkedRecord.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        causes = []
        _causes = d.pop("causes")
        for causes_item_data in _causes:
            causes_item = LinkedRecord.from_dict(causes_item_data)

            causes.append(causes_item)

        references = []
        _references = d.pop("references")
        for references_item_data in _references:
            references_item = Citation.from_dict(references_item_data)

            references.append(references_item)

        last_reviewed = datetime.date.fromisoformat(d.pop("last_reviewed"))

        license_ = d.pop("license")

        attribution = d.pop("attribution")

        outdated_names = cast(list[str], d.pop("outdated_names"))

        treatment_detail = cls(
            slug=slug,
            name=name,
            summary=summary,
            url=url,
            kind=kind,
            review_status=review_status,
            clinician_review=clinician_review,
            fallback_fields=fallback_fields,
            also_called=also_called,
            details=details,
            what_to_expect=what_to_expect,
            risks=risks,
            guideline_differences=guideline_differences,
            conditions=conditions,
            causes=causes,
            references=references,
            last_reviewed=last_reviewed,
            license_=license_,
            attribution=attribution,
            outdated_names=outdated_names,
        )

        treatment_detail.additional_properties = d
        return treatment_detail

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
