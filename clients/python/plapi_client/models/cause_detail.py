from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cause_category import CauseCategory, check_cause_category
from ..models.evidence import Evidence, check_evidence
from ..models.modifiable import Modifiable, check_modifiable
from ..models.review_status import ReviewStatus, check_review_status
from ..models.trimester import Trimester, check_trimester

if TYPE_CHECKING:
    from ..models.citation import Citation
    from ..models.cited_statement import CitedStatement
    from ..models.clinician_review import ClinicianReview
    from ..models.code import Code
    from ..models.linked_organization import LinkedOrganization
    from ..models.linked_record import LinkedRecord
    from ..models.linked_treatment import LinkedTreatment
    from ..models.week_range import WeekRange


T = TypeVar("T", bound="CauseDetail")


@_attrs_define
class CauseDetail:
    """A cause or risk factor in full.

    Attributes:
        slug (str): The record's permanent id, unique within its type.
        name (str): The plain name people use.
        summary (str): One or two plain sentences.
        url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
            record in full.
        category (CauseCategory): A kind of cause of, or risk factor for, pregnancy loss; `not-a-cause` marks what
            people
            fear caused their loss but the evidence says does not (exercise, sex, stress, …).
        trimesters (list[Trimester]): The trimesters in which it matters.
        weeks (WeekRange): Gestational weeks: ``start`` inclusive, ``end`` exclusive, ``end`` null for no limit.
        evidence (Evidence): How strong the evidence is that links a cause to pregnancy loss.
        modifiable (Modifiable): Whether a person can change a cause or risk factor: `yes`, `partly` or `no`.
        review_status (ReviewStatus): How far a record has been checked: `draft` (written from its sources, not yet
            compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off is
            in the record's `clinician_review`).
        clinician_review (ClinicianReview | None): The clinician's sign-off; null unless `review_status` is `clinician-
            reviewed`.
        fallback_fields (list[str]): The record's fields served in English because they have no text yet in the language
            of the answer (`Content-Language`), so that an app can tell; always empty in English.
        also_called (list[str]): Other names: lay words and clinical terms (some outdated), searched but not shown as
            the
            title.
        details (str): A longer explanation, in Markdown.
        what_can_change (None | str): Plain words on what can and cannot be changed; null when the record has none.
        how_common (list[CitedStatement]): How common it is, each statement with its references; one per source where
            sources
            differ.
        prevention_tips (list[str]): Short, plain tips, supported by the record's references.
        codes (list[Code]): Clinical codes that name it (often none).
        conditions (list[LinkedRecord]): The types of pregnancy loss it can lead to.
        treatments (list[LinkedTreatment]): Treatments that address it.
        diagnostic_tests (list[LinkedRecord]): Tests that find it.
        organizations (list[LinkedOrganization]): Organizations that help with it.
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
    category: CauseCategory
    trimesters: list[Trimester]
    weeks: WeekRange
    evidence: Evidence
    modifiable: Modifiable
    review_status: ReviewStatus
    clinician_review: ClinicianReview | None
    fallback_fields: list[str]
    also_called: list[str]
    details: str
    what_can_change: str | None
    how_common: list[CitedStatement]
    prevention_tips: list[str]
    codes: list[Code]
    conditions: list[LinkedRecord]
    treatments: list[LinkedTreatment]
    diagnostic_tests: list[LinkedRecord]
    organizations: list[LinkedOrganization]
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

        category: str = self.category

        trimesters = []
        for trimesters_item_data in self.trimesters:
            trimesters_item: str = trimesters_item_data
            trimesters.append(trimesters_item)

        weeks = self.weeks.to_dict()

        evidence: str = self.evidence

        modifiable: str = self.modifiable

        review_status: str = self.review_status

        clinician_review: dict[str, Any] | None
        if isinstance(self.clinician_review, ClinicianReview):
            clinician_review = self.clinician_review.to_dict()
        else:
            clinician_review = self.clinician_review

        fallback_fields = self.fallback_fields

        also_called = self.also_called

        details = self.details

        what_can_change: str | None
        what_can_change = self.what_can_change

        how_common = []
        for how_common_item_data in self.how_common:
            how_common_item = how_common_item_data.to_dict()
            how_common.append(how_common_item)

        prevention_tips = self.prevention_tips

        codes = []
        for codes_item_data in self.codes:
            codes_item = codes_item_data.to_dict()
            codes.append(codes_item)

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        treatments = []
        for treatments_item_data in self.treatments:
            treatments_item = treatments_item_data.to_dict()
            treatments.append(treatments_item)

        diagnostic_tests = []
        for diagnostic_tests_item_data in self.diagnostic_tests:
            diagnostic_tests_item = diagnostic_tests_item_data.to_dict()
            diagnostic_tests.append(diagnostic_tests_item)

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

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
                "category": category,
                "trimesters": trimesters,
                "weeks": weeks,
                "evidence": evidence,
                "modifiable": modifiable,
                "review_status": review_status,
                "clinician_review": clinician_review,
                "fallback_fields": fallback_fields,
                "also_called": also_called,
                "details": details,
                "what_can_change": what_can_change,
                "how_common": how_common,
                "prevention_tips": prevention_tips,
                "codes": codes,
                "conditions": conditions,
                "treatments": treatments,
                "diagnostic_tests": diagnostic_tests,
                "organizations": organizations,
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
        from ..models.code import Code
        from ..models.linked_organization import LinkedOrganization
        from ..models.linked_record import LinkedRecord
        from ..models.linked_treatment import LinkedTreatment
        from ..models.week_range import WeekRange

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        summary = d.pop("summary")

        url = d.pop("url")

        category = check_cause_category(d.pop("category"))

        trimesters = []
        _trimesters = d.pop("trimesters")
        for trimesters_item_data in _trimesters:
            trimesters_item = check_trimester(trimesters_item_data)

            trimesters.append(trimesters_item)

        weeks = WeekRange.from_dict(d.pop("weeks"))

        evidence = check_evidence(d.pop("evidence"))

        modifiable = check_modifiable(d.pop("modifiable"))

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

        def _parse_what_can_change(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        what_can_change = _parse_what_can_change(d.pop("what_can_change"))

        how_common = []
        _how_common = d.pop("how_common")
        for how_common_item_data in _how_common:
            how_common_item = CitedStatement.from_dict(how_common_item_data)

            how_common.append(how_common_item)

        prevention_tips = cast(list[str], d.pop("prevention_tips"))

        codes = []
        _codes = d.pop("codes")
        for codes_item_data in _codes:
            codes_item = Code.from_dict(codes_item_data)

            codes.append(codes_item)

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = LinkedRecord.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        treatments = []
        _treatments = d.pop("treatments")
        for treatments_item_data in _treatments:
            treatments_item = LinkedTreatment.from_dict(treatments_item_data)

            treatments.append(treatments_item)

        diagnostic_tests = []
        _diagnostic_tests = d.pop("diagnostic_tests")
        for diagnostic_tests_item_data in _diagnostic_tests:
            diagnostic_tests_item = LinkedRecord.from_dict(diagnostic_tests_item_data)

            diagnostic_tests.append(diagnostic_tests_item)

        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = LinkedOrganization.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        references = []
        _references = d.pop("references")
        for references_item_data in _references:
            references_item = Citation.from_dict(references_item_data)

            references.append(references_item)

        last_reviewed = datetime.date.fromisoformat(d.pop("last_reviewed"))

        license_ = d.pop("license")

        attribution = d.pop("attribution")

        outdated_names = cast(list[str], d.pop("outdated_names"))

        cause_detail = cls(
            slug=slug,
            name=name,
            summary=summary,
            url=url,
            category=category,
            trimesters=trimesters,
            weeks=weeks,
            evidence=evidence,
            modifiable=modifiable,
            review_status=review_status,
            clinician_review=clinician_review,
            fallback_fields=fallback_fields,
            also_called=also_called,
            details=details,
            what_can_change=what_can_change,
            how_common=how_common,
            prevention_tips=prevention_tips,
            codes=codes,
            conditions=conditions,
            treatments=treatments,
            diagnostic_tests=diagnostic_tests,
            organizations=organizations,
            references=references,
            last_reviewed=last_reviewed,
            license_=license_,
            attribution=attribution,
            outdated_names=outdated_names,
        )

        cause_detail.additional_properties = d
        return cause_detail

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
