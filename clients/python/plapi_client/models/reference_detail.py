from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reference_category import ReferenceCategory, check_reference_category
from ..models.reference_kind import ReferenceKind, check_reference_kind
from ..models.review_status import ReviewStatus, check_review_status

if TYPE_CHECKING:
    from ..models.citing_record import CitingRecord
    from ..models.clinician_review import ClinicianReview
    from ..models.linked_organization import LinkedOrganization
    from ..models.reference_summary import ReferenceSummary


T = TypeVar("T", bound="ReferenceDetail")


@_attrs_define
class ReferenceDetail:
    """A reference in full, with the records that cite it.

    Attributes:
        slug (str): The reference's permanent id.
        url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
            record in full.
        title (str): The title, as published.
        citation (str): The formatted citation (Vancouver style), ready to show.
        authors (list[str]): The authors, in Vancouver style; empty when none are named.
        publisher (None | str): The publisher, for a report, web page or book.
        journal (None | str): The journal's abbreviated name, for an article.
        year (int | None): The year of publication.
        month (int | None): The month of publication (1–12).
        volume (None | str): The journal volume, as printed.
        issue (None | str): The journal issue, as printed.
        pages (None | str): The pages, as printed.
        doi (None | str): The DOI, without a resolver prefix.
        pmid (None | str): The PubMed id.
        source_url (None | str): The source itself, on its publisher's site: an outside link (where `url` is this API's
            address of the reference); null when no confirmed address is known.
        kind (ReferenceKind): A kind of source: a guideline, an article, a resource for patients, news or a database.
        category (None | ReferenceCategory): The MedlinePlus section it is listed under; null when it is not a
            MedlinePlus link.
        organization (LinkedOrganization | None): The organization that publishes it; null when it is not one of the
            organizations here.
        listed_on (None | ReferenceSummary): The page that links to it (the MedlinePlus topic page), where readers find
            a resource
            whose own address could not be confirmed; null when it has its own DOI, PMID or address.
        note (None | str): What a reader of the citation should know: what the source is and what it supports.
        review_status (ReviewStatus): How far a record has been checked: `draft` (written from its sources, not yet
            compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off is
            in the record's `clinician_review`).
        clinician_review (ClinicianReview | None): The clinician's sign-off; null unless `review_status` is `clinician-
            reviewed`.
        fallback_fields (list[str]): The record's fields served in English because they have no text yet in the language
            of the answer (`Content-Language`), so that an app can tell; always empty in English.
        cited_by (list[CitingRecord]): The records that cite it, by type, then slug.
        lists (list[ReferenceSummary]): The references found through this one: the resources its page links to, whose
            own
            addresses are not known here.
        last_reviewed (datetime.date): When the citation was last checked.
        license_ (str): SPDX id of the licence of the record's content.
        attribution (str): The credit the licence asks for wherever the record is shown or copied: its title, this
            service, its address here and the licence.
    """

    slug: str
    url: str
    title: str
    citation: str
    authors: list[str]
    publisher: str | None
    journal: str | None
    year: int | None
    month: int | None
    volume: str | None
    issue: str | None
    pages: str | None
    doi: str | None
    pmid: str | None
    source_url: str | None
    kind: ReferenceKind
    category: ReferenceCategory | None
    organization: LinkedOrganization | None
    listed_on: ReferenceSummary | None
    note: str | None
    review_status: ReviewStatus
    clinician_review: ClinicianReview | None
    fallback_fields: list[str]
    cited_by: list[CitingRecord]
    lists: list[ReferenceSummary]
    last_reviewed: datetime.date
    license_: str
    attribution: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clinician_review import ClinicianReview
        from ..models.linked_organization import LinkedOrganization
        from ..models.reference_summary import ReferenceSummary

        slug = self.slug

        url = self.url

        title = self.title

        citation = self.citation

        authors = self.authors

        publisher: str | None
        publisher = self.publisher

        journal: str | None
        journal = self.journal

        year: int | None
        year = self.year

        month: int | None
        month = self.month

        volume: str | None
        volume = self.volume

        issue: str | None
        issue = self.issue

        pages: str | None
        pages = self.pages

        doi: str | None
        doi = self.doi

        pmid: str | None
        pmid = self.pmid

        source_url: str | None
        source_url = self.source_url

        kind: str = self.kind

        category: str | None
        if isinstance(self.category, str):
            category = self.category
        else:
            category = self.category

        organization: dict[str, Any] | None
        if isinstance(self.organization, LinkedOrganization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        listed_on: dict[str, Any] | None
        if isinstance(self.listed_on, ReferenceSummary):
            listed_on = self.listed_on.to_dict()
        else:
            listed_on = self.listed_on

        note: str | None
        note = self.note

        review_status: str = self.review_status

        clinician_review: dict[str, Any] | None
        if isinstance(self.clinician_review, ClinicianReview):
            clinician_review = self.clinician_review.to_dict()
        else:
            clinician_review = self.clinician_review

        fallback_fields = self.fallback_fields

        cited_by = []
        for cited_by_item_data in self.cited_by:
            cited_by_item = cited_by_item_data.to_dict()
            cited_by.append(cited_by_item)

        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)

        last_reviewed = self.last_reviewed.isoformat()

        license_ = self.license_

        attribution = self.attribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "url": url,
                "title": title,
                "citation": citation,
                "authors": authors,
                "publisher": publisher,
                "journal": journal,
                "year": year,
                "month": month,
                "volume": volume,
                "issue": issue,
                "pages": pages,
                "doi": doi,
                "pmid": pmid,
                "source_url": source_url,
                "kind": kind,
                "category": category,
                "organization": organization,
                "listed_on": listed_on,
                "note": note,
                "review_status": review_status,
                "clinician_review": clinician_review,
                "fallback_fields": fallback_fields,
                "cited_by": cited_by,
                "lists": lists,
                "last_reviewed": last_reviewed,
                "license": license_,
                "attribution": attribution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citing_record import CitingRecord
        from ..models.clinician_review import ClinicianReview
        from ..models.linked_organization import LinkedOrganization
        from ..models.reference_summary import ReferenceSummary

        d = dict(src_dict)
        slug = d.pop("slug")

        url = d.pop("url")

        title = d.pop("title")

        citation = d.pop("citation")

        authors = cast(list[str], d.pop("authors"))

        def _parse_publisher(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        publisher = _parse_publisher(d.pop("publisher"))

        def _parse_journal(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        journal = _parse_journal(d.pop("journal"))

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        def _parse_month(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        month = _parse_month(d.pop("month"))

        def _parse_volume(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        volume = _parse_volume(d.pop("volume"))

        def _parse_issue(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        issue = _parse_issue(d.pop("issue"))

        def _parse_pages(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        pages = _parse_pages(d.pop("pages"))

        def _parse_doi(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        doi = _parse_doi(d.pop("doi"))

        def _parse_pmid(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        pmid = _parse_pmid(d.pop("pmid"))

        def _parse_source_url(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        source_url = _parse_source_url(d.pop("source_url"))

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

        def _parse_organization(data: object) -> LinkedOrganization | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = LinkedOrganization.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedOrganization | None, data)

        organization = _parse_organization(d.pop("organization"))

        def _parse_listed_on(data: object) -> ReferenceSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                listed_on_type_0 = ReferenceSummary.from_dict(data)

                return listed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferenceSummary, data)

        listed_on = _parse_listed_on(d.pop("listed_on"))

        def _parse_note(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

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

        cited_by = []
        _cited_by = d.pop("cited_by")
        for cited_by_item_data in _cited_by:
            cited_by_item = CitingRecord.from_dict(cited_by_item_data)

            cited_by.append(cited_by_item)

        lists = []
        _lists = d.pop("lists")
        for lists_item_data in _lists:
            lists_item = ReferenceSummary.from_dict(lists_item_data)

            lists.append(lists_item)

        last_reviewed = datetime.date.fromisoformat(d.pop("last_reviewed"))

        license_ = d.pop("license")

        attribution = d.pop("attribution")

        reference_detail = cls(
            slug=slug,
            url=url,
            title=title,
            citation=citation,
            authors=authors,
            publisher=publisher,
            journal=journal,
            year=year,
            month=month,
            volume=volume,
            issue=issue,
            pages=pages,
            doi=doi,
            pmid=pmid,
            source_url=source_url,
            kind=kind,
            category=category,
            organization=organization,
            listed_on=listed_on,
            note=note,
            review_status=review_status,
            clinician_review=clinician_review,
            fallback_fields=fallback_fields,
            cited_by=cited_by,
            lists=lists,
            last_reviewed=last_reviewed,
            license_=license_,
            attribution=attribution,
        )

        reference_detail.additional_properties = d
        return reference_detail

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
