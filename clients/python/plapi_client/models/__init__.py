"""Contains all the data models used in inputs/outputs"""

from .asked_code import AskedCode
from .cause_category import CauseCategory
from .cause_detail import CauseDetail
from .cause_match import CauseMatch
from .cause_page import CausePage
from .cause_summary import CauseSummary
from .cds_card import CdsCard
from .cds_card_indicator import CdsCardIndicator
from .cds_context import CdsContext
from .cds_discovery import CdsDiscovery
from .cds_link import CdsLink
from .cds_link_type import CdsLinkType
from .cds_request import CdsRequest
from .cds_request_hook import CdsRequestHook
from .cds_request_prefetch_type_0 import CdsRequestPrefetchType0
from .cds_response import CdsResponse
from .cds_service import CdsService
from .cds_service_prefetch import CdsServicePrefetch
from .cds_source import CdsSource
from .change import Change
from .change_page import ChangePage
from .citation import Citation
from .cited_statement import CitedStatement
from .citing_record import CitingRecord
from .clinician_review import ClinicianReview
from .code import Code
from .code_match import CodeMatch
from .code_system import CodeSystem
from .code_system_oid import CodeSystemOid
from .condition_detail import ConditionDetail
from .condition_match import ConditionMatch
from .condition_page import ConditionPage
from .condition_summary import ConditionSummary
from .definition import Definition
from .diagnostic_test_detail import DiagnosticTestDetail
from .diagnostic_test_page import DiagnosticTestPage
from .diagnostic_test_summary import DiagnosticTestSummary
from .evidence import Evidence
from .field_error import FieldError
from .health import Health
from .jurisdiction import Jurisdiction
from .knowledge_response_type import KnowledgeResponseType
from .language import Language
from .language_status import LanguageStatus
from .linked_organization import LinkedOrganization
from .linked_record import LinkedRecord
from .linked_symptom import LinkedSymptom
from .linked_treatment import LinkedTreatment
from .lookup_result import LookupResult
from .meta import Meta
from .meta_counts import MetaCounts
from .modifiable import Modifiable
from .organization_detail import OrganizationDetail
from .organization_kind import OrganizationKind
from .organization_page import OrganizationPage
from .organization_summary import OrganizationSummary
from .problem import Problem
from .query_interpretation import QueryInterpretation
from .readiness import Readiness
from .record_change_item import RecordChangeItem
from .record_type_name import RecordTypeName
from .reference_category import ReferenceCategory
from .reference_detail import ReferenceDetail
from .reference_kind import ReferenceKind
from .reference_list_item import ReferenceListItem
from .reference_page import ReferencePage
from .reference_summary import ReferenceSummary
from .review_status import ReviewStatus
from .search_facets import SearchFacets
from .search_facets_trimester import SearchFacetsTrimester
from .search_facets_type import SearchFacetsType
from .search_hit import SearchHit
from .search_page import SearchPage
from .suggestion import Suggestion
from .suggestion_list import SuggestionList
from .symptom_detail import SymptomDetail
from .symptom_page import SymptomPage
from .symptom_summary import SymptomSummary
from .treatment_detail import TreatmentDetail
from .treatment_kind import TreatmentKind
from .treatment_page import TreatmentPage
from .treatment_summary import TreatmentSummary
from .trimester import Trimester
from .urgency import Urgency
from .urgency_at_weeks import UrgencyAtWeeks
from .week_range import WeekRange

__all__ = (
    "AskedCode",
    "CauseCategory",
    "CauseDetail",
    "CauseMatch",
    "CausePage",
    "CauseSummary",
    "CdsCard",
    "CdsCardIndicator",
    "CdsContext",
    "CdsDiscovery",
    "CdsLink",
    "CdsLinkType",
    "CdsRequest",
    "CdsRequestHook",
    "CdsRequestPrefetchType0",
    "CdsResponse",
    "CdsService",
    "CdsServicePrefetch",
    "CdsSource",
    "Change",
    "ChangePage",
    "Citation",
    "CitedStatement",
    "CitingRecord",
    "ClinicianReview",
    "Code",
    "CodeMatch",
    "CodeSystem",
    "CodeSystemOid",
    "ConditionDetail",
    "ConditionMatch",
    "ConditionPage",
    "ConditionSummary",
    "Definition",
    "DiagnosticTestDetail",
    "DiagnosticTestPage",
    "DiagnosticTestSummary",
    "Evidence",
    "FieldError",
    "Health",
    "Jurisdiction",
    "KnowledgeResponseType",
    "Language",
    "LanguageStatus",
    "LinkedOrganization",
    "LinkedRecord",
    "LinkedSymptom",
    "LinkedTreatment",
    "LookupResult",
    "Meta",
    "MetaCounts",
    "Modifiable",
    "OrganizationDetail",
    "OrganizationKind",
    "OrganizationPage",
    "OrganizationSummary",
    "Problem",
    "QueryInterpretation",
    "Readiness",
    "RecordChangeItem",
    "RecordTypeName",
    "ReferenceCategory",
    "ReferenceDetail",
    "ReferenceKind",
    "ReferenceListItem",
    "ReferencePage",
    "ReferenceSummary",
    "ReviewStatus",
    "SearchFacets",
    "SearchFacetsTrimester",
    "SearchFacetsType",
    "SearchHit",
    "SearchPage",
    "Suggestion",
    "SuggestionList",
    "SymptomDetail",
    "SymptomPage",
    "SymptomSummary",
    "TreatmentDetail",
    "TreatmentKind",
    "TreatmentPage",
    "TreatmentSummary",
    "Trimester",
    "Urgency",
    "UrgencyAtWeeks",
    "WeekRange",
)
